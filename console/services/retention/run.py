"""The retention run: what expired by a day, kind by kind (the preview), and anonymising it in one
transaction (the run), audited with the counts only.

Anonymising keeps every date, zone, kind, status and count, and the links between records, so
every figure of the activity summary and of the funding report of a past period is the same
after a run as before; only names, nicknames, descriptions and free text become
:data:`rules.MARKER` (or nothing, for an absence's note). The search index is rebuilt in the
same transaction, so it forgets the removed words; :func:`console.db.compact` then makes them
unreadable in the database's files, and old backups are pruned (:func:`finish_run`).

The preview and the run select the records with the same queries, so the run changes exactly
the records the preview counted (unless someone wrote in between).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Select, and_, delete, exists, func, or_, select, text, update
from sqlalchemy import case as sql_case
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from console import db
from console.models import (
    Absence,
    ActionItem,
    ActionStatus,
    AgendaItem,
    AuditEvent,
    Case,
    CaseNote,
    CaseStatus,
    Consent,
    Decision,
    Intervention,
    InterventionSubject,
    Meeting,
    MinuteEntry,
    Referral,
    Signal,
    Subject,
    SubjectAmendment,
    Visibility,
)
from console.services.access import Action, Actor, audit, pg_roles, require
from console.services.changes import Area, writes
from console.services.retention.rules import (
    DECLARED,
    MARKER,
    Outcome,
    RecordKind,
    current_months,
    cutoff,
    longest_data_months,
    months_before,
)

CHUNK = 500  # ids per UPDATE: well under SQLite's limit of bound parameters
# Tables whose text a run may change: compacted afterwards on PostgreSQL.
TOUCHED_TABLES = (
    "case_notes",
    "cases",
    "referrals",
    "subjects",
    "consents",
    "subject_amendments",
    "interventions",
    "absences",
    "signals",
    "decisions",
    "action_items",
    "minute_entries",
    "agenda_items",
    "meetings",
)


class ProgressJob(Protocol):
    def report(self, done: int, total: int) -> None: ...
    def is_cancelled(self) -> bool: ...


class RetentionCancelled(Exception):
    """The run was cancelled between two kinds: its transaction is rolled back, nothing changed."""


@dataclass(frozen=True)
class KindCount:
    """How many records of ``kind`` expired before ``before`` (aware UTC), and what a run does."""

    kind: RecordKind
    months: int
    before: datetime
    outcome: Outcome
    count: int
    covers: str
    day: date  # ``before`` as a local day: records older than its start expired


@dataclass(frozen=True)
class RetentionPlan:
    as_of: date
    kinds: tuple[KindCount, ...]
    applied: bool = False

    @property
    def total(self) -> int:
        return sum(k.count for k in self.kinds if k.outcome is not Outcome.KEPT)

    def counts(self) -> dict[str, int]:
        return {k.kind.value: k.count for k in self.kinds}


# --- which records ------------------------------------------------------------------------------


def _closed_before(limit: datetime) -> Any:
    """Cases closed before ``limit`` (one closed with no date counts from its opening)."""
    return and_(
        Case.status == CaseStatus.CLOSED,
        func.coalesce(Case.closed_at, Case.opened_at) < limit,
    )


def _not_marked(column: Any) -> Any:
    return and_(column.is_not(None), column != MARKER, column != "")


def _case_notes(limit: datetime) -> Select[Any]:
    return (
        select(CaseNote.id)
        .join(Case, Case.id == CaseNote.case_id)
        .where(_closed_before(limit), CaseNote.body != MARKER)
    )


def _cases(limit: datetime) -> Select[Any]:
    referral_text = exists().where(
        Referral.case_id == Case.id,
        or_(_not_marked(Referral.reason), _not_marked(Referral.decline_reason)),
    )
    return select(Case.id).where(_closed_before(limit), or_(Case.title != MARKER, referral_text))


def _subject_has_text() -> Any:
    return or_(
        _not_marked(Subject.alias),
        _not_marked(Subject.description),
        Subject.full_name.is_not(None),
        Subject.birth_year.is_not(None),
        Subject.care_reference.is_not(None),
        exists().where(Consent.subject_id == Subject.id),
        exists().where(SubjectAmendment.subject_id == Subject.id),
    )


def _people_met(limit: datetime) -> Select[Any]:
    recent_case = exists().where(
        Case.subject_id == Subject.id, ~_closed_before(limit)
    )  # open, or closed within the period
    met_since = exists().where(
        InterventionSubject.subject_id == Subject.id,
        InterventionSubject.intervention_id == Intervention.id,
        Intervention.started_at >= limit,
    )
    return select(Subject.id).where(
        Subject.created_at < limit, ~recent_case, ~met_since, _subject_has_text()
    )


def _debriefs(limit: datetime) -> Select[Any]:
    return select(Intervention.id).where(
        Intervention.started_at < limit,
        or_(_not_marked(Intervention.outcome), _not_marked(Intervention.follow_up)),
    )


def _absences(limit: datetime) -> Select[Any]:
    return select(Absence.id).where(Absence.ends_at < limit, Absence.note.is_not(None))


def _signals(limit: datetime) -> Select[Any]:
    return select(Signal.id).where(
        Signal.occurred_at < limit, or_(_not_marked(Signal.summary), _not_marked(Signal.source))
    )


def _shared(column: Any, shared: bool) -> Any:
    return column == Visibility.SHARED if shared else column != Visibility.SHARED


def _meeting_parts(limit: datetime, shared: bool) -> list[tuple[Any, Select[Any]]]:
    """(model, ids) of the meeting texts of one audience, of meetings held before ``limit``."""
    old = select(Meeting.id).where(Meeting.held_at < limit)
    parts: list[tuple[Any, Select[Any]]] = [
        (
            Decision,
            select(Decision.id).where(
                Decision.meeting_id.in_(old), _shared(Decision.audience, shared),
                Decision.text != MARKER,
            ),
        ),
        (
            ActionItem,
            select(ActionItem.id).where(
                ActionItem.meeting_id.in_(old),
                _shared(ActionItem.audience, shared),
                ActionItem.status != ActionStatus.OPEN,
                or_(ActionItem.text != MARKER, _not_marked(ActionItem.status_reason)),
            ),
        ),
        (
            MinuteEntry,
            select(MinuteEntry.id).where(
                MinuteEntry.meeting_id.in_(old),
                _shared(MinuteEntry.audience, shared),
                MinuteEntry.body != MARKER,
            ),
        ),
    ]  # fmt: skip
    if shared:
        parts.append(
            (
                AgendaItem,
                select(AgendaItem.id).where(
                    AgendaItem.meeting_id.in_(old),
                    or_(
                        _not_marked(AgendaItem.notes),
                        and_(AgendaItem.case_id.is_not(None), AgendaItem.title != MARKER),
                    ),
                ),
            )
        )
        parts.append(
            (
                Meeting,
                select(Meeting.id).where(Meeting.held_at < limit, _not_marked(Meeting.minutes)),
            )
        )
    return parts


def _audit(limit: datetime) -> Select[Any]:
    return select(AuditEvent.id).where(AuditEvent.at < limit)


# --- what a run does to them --------------------------------------------------------------------


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _update(session: Session, model: Any, ids: Sequence[int], **values: Any) -> None:
    """Set ``values`` on the rows ``ids`` of ``model``, a new ``version_id`` for versioned ones
    (an editor open on one gets the usual conflict)."""
    if "version_id" in model.__table__.c:
        values["version_id"] = model.version_id + 1
    for chunk in _chunks(ids):
        session.execute(
            update(model).where(model.id.in_(chunk)).values(**values),
            execution_options={"synchronize_session": False},
        )


def _marked(column: Any) -> Any:
    """The column's new value: the marker where there was text, else what was there."""
    return sql_case((and_(column.is_not(None), column != ""), MARKER), else_=column)


def anonymise_subjects(session: Session, ids: Sequence[int]) -> None:
    """Profiles to the marker (identification, zone, dates and in-care flag kept, so the counts
    of people met stay); their consents and amendments removed."""
    _update(
        session,
        Subject,
        ids,
        alias=_marked(Subject.alias),
        description="",
        full_name=None,
        birth_year=None,
        care_reference=None,
    )
    for chunk in _chunks(ids):
        session.execute(delete(Consent).where(Consent.subject_id.in_(chunk)))
        session.execute(delete(SubjectAmendment).where(SubjectAmendment.subject_id.in_(chunk)))


def anonymise_cases(session: Session, ids: Sequence[int]) -> None:
    """Titles, and the reasons of their referrals, to the marker."""
    _update(session, Case, ids, title=MARKER)
    for chunk in _chunks(ids):
        session.execute(
            update(Referral)
            .where(Referral.case_id.in_(chunk))
            .values(
                reason=_marked(Referral.reason),
                decline_reason=_marked(Referral.decline_reason),
                version_id=Referral.version_id + 1,
            ),
            execution_options={"synchronize_session": False},
        )


def anonymise_notes(session: Session, ids: Sequence[int]) -> None:
    _update(session, CaseNote, ids, body=MARKER)


_PLAIN: dict[RecordKind, tuple[Callable[[datetime], Select[Any]], Callable[..., None]]] = {
    RecordKind.CASE_NOTES: (_case_notes, anonymise_notes),
    RecordKind.CASES: (_cases, anonymise_cases),
    RecordKind.PEOPLE_MET: (_people_met, anonymise_subjects),
    RecordKind.DEBRIEF_NARRATIVES: (
        _debriefs,
        lambda s, ids: _update(
            s,
            Intervention,
            ids,
            outcome=_marked(Intervention.outcome),
            follow_up=_marked(Intervention.follow_up),
        ),
    ),
    RecordKind.ABSENCE_REASONS: (_absences, lambda s, ids: _update(s, Absence, ids, note=None)),
    RecordKind.SIGNAL_TEXT: (
        _signals,
        lambda s, ids: _update(
            s, Signal, ids, summary=_marked(Signal.summary), source=_marked(Signal.source)
        ),
    ),
}

_MEETING_TEXT: dict[Any, dict[str, Any]] = {
    Decision: {"text": MARKER},
    ActionItem: {"text": MARKER, "status_reason": _marked(ActionItem.status_reason)},
    MinuteEntry: {"body": MARKER},
    AgendaItem: {
        "notes": _marked(AgendaItem.notes),
        "title": sql_case((AgendaItem.case_id.is_not(None), MARKER), else_=AgendaItem.title),
    },
    Meeting: {"minutes": _marked(Meeting.minutes)},
}


def _targets(session: Session, kind: RecordKind, limit: datetime) -> list[tuple[Any, list[int]]]:
    """(what, ids) of the records of ``kind`` that expired before ``limit``."""
    if kind in _PLAIN:
        query, _ = _PLAIN[kind]
        return [(kind, list(session.scalars(query(limit).order_by(None))))]
    if kind in {RecordKind.MEETING_SHARED, RecordKind.MEETING_RESTRICTED}:
        parts = _meeting_parts(limit, shared=kind is RecordKind.MEETING_SHARED)
        return [(model, list(session.scalars(query))) for model, query in parts]
    return [(kind, list(session.scalars(_audit(limit))))]


# --- the preview and the run --------------------------------------------------------------------


def _plan(session: Session, as_of: date) -> tuple[RetentionPlan, dict[RecordKind, Any]]:
    months = current_months(session)
    found: dict[RecordKind, Any] = {}
    kinds = []
    for kind, declared in DECLARED.items():
        limit = cutoff(as_of, months[kind])
        targets = _targets(session, kind, limit)
        found[kind] = targets
        kinds.append(
            KindCount(
                kind=kind,
                months=months[kind],
                before=limit,
                outcome=declared.outcome,
                count=sum(len(ids) for _, ids in targets),
                covers=declared.covers,
                day=months_before(as_of, months[kind]),
            )
        )
    return RetentionPlan(as_of=as_of, kinds=tuple(kinds)), found


def preview_retention(session: Session, actor: Actor, as_of: date) -> RetentionPlan:
    """How many records of each kind expired by ``as_of``; reads only. Needs ``RUN_RETENTION``."""
    require(actor, Action.RUN_RETENTION)
    pg_roles.require_owner(session, "retention --dry-run")
    return _plan(session, as_of)[0]


def rebuild_search_index(session: Session) -> None:
    """SQLite's FTS5 index keeps a replaced word in its segments until they are merged: rebuild
    both from their tables so the word is gone from the index too. PostgreSQL's expression
    indexes follow the rows (their dead entries go with ``VACUUM``)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    for fts in ("cases_fts", "case_notes_fts"):
        session.execute(text(f"INSERT INTO {fts}({fts}) VALUES('rebuild')"))


@writes(Area.ALL)
def apply_retention(
    session: Session, actor: Actor, as_of: date, job: ProgressJob | None = None
) -> RetentionPlan:
    """Anonymise (or remove) everything that expired by ``as_of``, in the caller's transaction,
    and append one audit entry with the counts per kind (never the content). Needs
    ``RUN_RETENTION``. Call :func:`finish_run` after the commit."""
    require(actor, Action.RUN_RETENTION)
    pg_roles.require_owner(session, "retention --apply")
    plan, found = _plan(session, as_of)
    steps = [k for k in DECLARED if DECLARED[k].outcome is not Outcome.KEPT]
    for done, kind in enumerate(steps):
        if job is not None and job.is_cancelled():
            raise RetentionCancelled
        for what, ids in found[kind]:
            if not ids:
                continue
            if kind in _PLAIN:
                _PLAIN[kind][1](session, ids)
            else:
                _update(session, what, ids, **_MEETING_TEXT[what])
        if job is not None:
            job.report(done + 1, len(steps) + 1)
    rebuild_search_index(session)
    session.expire_all()
    audit.record(
        session,
        actor,
        audit.AuditAction.RETENTION,
        entity="retention",
        details={"as_of": as_of, "counts": plan.counts()},
    )
    return RetentionPlan(as_of=as_of, kinds=plan.kinds, applied=True)


@dataclass(frozen=True)
class FileCleanup:
    compacted: bool
    backups_removed: tuple[Path, ...]


def finish_run(engine: Engine, as_of: date, database_file: Path | None) -> FileCleanup:
    """After the run's commit: make the removed text unreadable in the files
    (:func:`console.db.compact`) and remove the backups of ``database_file`` (SQLite) taken
    before the longest retention period of the data."""
    db.compact(engine, TOUCHED_TABLES)
    removed: list[Path] = []
    if database_file is not None:
        with db.read_scope(engine) as session:
            months = current_months(session)
        removed = db.prune_backups_before(database_file, cutoff(as_of, longest_data_months(months)))
    return FileCleanup(compacted=True, backups_removed=tuple(removed))
