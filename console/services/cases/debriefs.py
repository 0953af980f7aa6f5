"""Debriefs of outings (interventions): what a pair did, recorded from a shift or on its own.

Recording a debrief for a shift marks the shift done; a shift has at most one debrief.
Hours of presence are counted from debriefs (:func:`presence_hours`). The outcome and
follow-up texts are read by the partners only: managers see aggregates, and the audit log
records that the texts changed, never what they say.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from console.models import (
    INTERVENTION_TYPES,
    Intervention,
    InterventionParticipant,
    InterventionSubject,
    Person,
    Shift,
    ShiftStatus,
    Subject,
    Zone,
)
from console.services import bounds
from console.services.access import Action, Actor, ScopedWrite, require, require_holder
from console.services.access.audit import record_write
from console.services.cases.case_common import (
    CaseworkError,
    StaleCase,
    debrief_holders,
)
from console.services.changes import Area, field_ids, row_id, writes
from console.services.conflicts import stale_as
from console.services.errors import Entity, not_found
from console.services.places import aggregates
from console.services.planning.week import PEOPLE_AND_ZONE, people_of
from console.services.text_rules import LIMITS, TextField, clean_text

MAX_OUTING = timedelta(hours=16)
MAX_OUTING_HOURS = int(MAX_OUTING.total_seconds()) // 3600
MAX_TEXT = LIMITS[TextField.DEBRIEF_OUTCOME]  # the outcome and the follow-up alike
MAX_CONTACTS = 10_000
AGE_BANDS = ("<18", "18-30", "31-50", ">50")
GENDERS = ("f", "m", "other")
BREAKDOWN_PARTS = {"age_band": AGE_BANDS, "gender": GENDERS}


class DebriefError(CaseworkError):
    """The debrief cannot be recorded as drafted; ``code`` says what to fix."""


class DebriefExists(DebriefError):
    """The shift has its debrief already (``debrief_id``): edit that one."""

    def __init__(self, shift_id: int, debrief_id: int) -> None:
        self.shift_id = shift_id
        self.debrief_id = debrief_id
        super().__init__(
            "debrief_exists",
            "shift {shift} already has a debrief (debrief {debrief}): edit that one",
            shift=shift_id,
            debrief=debrief_id,
        )


class Participant(NamedTuple):
    person_id: int
    short_name: str


@dataclass(frozen=True)
class DebriefDraft:
    """What the debrief dialog holds: a debrief as it would be saved."""

    zone_id: int
    started_at: datetime  # aware, any zone
    ended_at: datetime
    participant_ids: tuple[int, ...]
    types: tuple[str, ...]  # a subset of models.INTERVENTION_TYPES
    contacts_count: int
    contacts_breakdown: dict[str, dict[str, int]] | None
    outcome: str
    follow_up: str
    shift_id: int | None = None
    subject_ids: tuple[int, ...] = field(default=())  # the nickname profiles met

    def __post_init__(self) -> None:
        for name in ("participant_ids", "types", "subject_ids"):
            object.__setattr__(self, name, tuple(dict.fromkeys(getattr(self, name))))


@dataclass(frozen=True)
class DebriefRow:
    id: int
    shift_id: int | None
    zone_id: int
    zone_name: str
    started_at: datetime  # aware UTC
    ended_at: datetime
    hours: float
    participants: tuple[Participant, ...]  # by name
    types: tuple[str, ...]  # in INTERVENTION_TYPES order
    contacts_count: int
    contacts_breakdown: dict[str, dict[str, int]] | None
    outcome: str
    follow_up: str
    version_id: int
    subject_ids: tuple[int, ...] = ()
    recorded_at: datetime | None = None

    def draft(self) -> DebriefDraft:
        """The draft that edits this debrief (give it to :func:`update_debrief`)."""
        return DebriefDraft(
            zone_id=self.zone_id,
            started_at=self.started_at,
            ended_at=self.ended_at,
            participant_ids=tuple(p.person_id for p in self.participants),
            types=self.types,
            contacts_count=self.contacts_count,
            contacts_breakdown=self.contacts_breakdown,
            outcome=self.outcome,
            follow_up=self.follow_up,
            shift_id=self.shift_id,
            subject_ids=self.subject_ids,
        )


def debrief_row(session: Session, intervention: Intervention) -> DebriefRow:
    subjects = session.scalars(
        select(InterventionSubject.subject_id)
        .where(InterventionSubject.intervention_id == intervention.id)
        .order_by(InterventionSubject.subject_id)
    )
    people = sorted(
        (p.person for p in intervention.participants),
        key=lambda p: (p.last_name, p.first_name, p.id),
    )
    return DebriefRow(
        id=intervention.id,
        shift_id=intervention.shift_id,
        zone_id=intervention.zone_id,
        zone_name=intervention.zone.name,
        started_at=intervention.started_at,
        ended_at=intervention.ended_at,
        hours=(intervention.ended_at - intervention.started_at).total_seconds() / 3600,
        participants=tuple(Participant(p.id, p.short_name) for p in people),
        types=tuple(t for t in INTERVENTION_TYPES if t in set(intervention.types or ())),
        contacts_count=intervention.contacts_count,
        contacts_breakdown=intervention.contacts_breakdown,
        outcome=intervention.outcome,
        follow_up=intervention.follow_up,
        version_id=intervention.version_id,
        subject_ids=tuple(subjects),
        recorded_at=intervention.recorded_at,
    )


LOADED = (
    selectinload(Intervention.zone),
    selectinload(Intervention.participants).joinedload(InterventionParticipant.person),
)


# -- reading -------------------------------------------------------------------------------------


def draft_for_shift(session: Session, actor: Actor, shift_id: int) -> DebriefDraft:
    """A draft prefilled from the shift: its zone, planned times and people.

    Raises :class:`DebriefExists` when the shift has a debrief already (edit it with
    :func:`update_debrief`), :class:`DebriefError` for an unknown or cancelled shift.
    """
    require(actor, Action.RECORD_DEBRIEFS)
    shift = _shift(session, shift_id)
    return DebriefDraft(
        zone_id=shift.zone_id,
        started_at=shift.starts_at,
        ended_at=shift.ends_at,
        participant_ids=tuple(p.id for p in people_of(shift)),
        types=(),
        contacts_count=0,
        contacts_breakdown=None,
        outcome="",
        follow_up="",
        shift_id=shift.id,
    )


def debrief_for_shift(session: Session, actor: Actor, shift_id: int) -> DebriefRow | None:
    """The shift's debrief, or None (partners only: it holds the outcome text)."""
    require(actor, Action.VIEW_CASES)
    found = session.scalar(
        select(Intervention).options(*LOADED).where(Intervention.shift_id == shift_id)
    )
    return debrief_row(session, found) if found is not None else None


def debriefs_in_period(
    session: Session, actor: Actor, start: datetime, end: datetime, *, zone_id: int | None = None
) -> list[DebriefRow]:
    """Debriefs starting in [start, end), by start. Partners only: managers get
    :class:`PermissionDenied` (they see aggregates: :func:`presence_hours`)."""
    require(actor, Action.VIEW_CASES)
    query = (
        select(Intervention)
        .options(*LOADED)
        .where(Intervention.started_at >= start, Intervention.started_at < end)
        .order_by(Intervention.started_at, Intervention.id)
    )
    if zone_id is not None:
        query = query.where(Intervention.zone_id == zone_id)
    return [debrief_row(session, i) for i in session.scalars(query)]


def debriefs_by_id(session: Session, ids: list[int]) -> list[DebriefRow]:
    """The rows of these debriefs, by start (no permission check: callers check)."""
    if not ids:
        return []
    query = (
        select(Intervention)
        .options(*LOADED)
        .where(Intervention.id.in_(ids))
        .order_by(Intervention.started_at, Intervention.id)
    )
    return [debrief_row(session, i) for i in session.scalars(query)]


def presence_hours(
    session: Session, actor: Actor, start: datetime, end: datetime
) -> dict[int, float]:
    """``{zone_id: hours}`` of the debriefs starting in [start, end); every role may ask."""
    require(actor, Action.VIEW_AGGREGATES)
    totals = aggregates.debrief_totals(session, Intervention.zone_id, start, end, None)
    return {zone_id: hours for zone_id, (_count, hours, _own) in totals.items()}


# -- writing -------------------------------------------------------------------------------------


# A shift's debrief marks the shift done.
@writes(Area.DEBRIEFS, Area.SHIFTS, ids={Area.DEBRIEFS: row_id, Area.SHIFTS: field_ids("shift_id")})
def record_debrief(session: Session, actor: Actor, draft: DebriefDraft) -> DebriefRow:
    """Record an outing; with ``draft.shift_id`` the shift becomes done.

    Raises :class:`DebriefExists` when the shift has a debrief already, and
    :class:`DebriefError` for what :func:`_validated` refuses. Audited; the outcome and
    follow-up texts are recorded there only as changed.
    """
    require(actor, Action.RECORD_DEBRIEFS)
    if draft.shift_id is not None:
        # The shift's row first, before anything is written: someone editing the shift at the
        # same time finishes first (we then read their shift), and the two never wait on each
        # other's locks in opposite order (PostgreSQL; SQLite writes one at a time anyway).
        session.execute(select(Shift.id).where(Shift.id == draft.shift_id).with_for_update())
    values, people = _validated(session, draft)
    shift = _shift(session, draft.shift_id) if draft.shift_id is not None else None
    intervention = Intervention(shift_id=draft.shift_id, recorded_by_id=actor.user_id, **values)
    intervention.participants = [InterventionParticipant(person=p) for p in people]
    session.add(intervention)
    extra = {"people": [p.id for p in people], "subjects": list(draft.subject_ids)}
    try:
        record_write(session, actor, "create", intervention, extra=extra)
    except IntegrityError as exc:  # another workstation recorded the shift's debrief first
        raise DebriefError(
            "debrief_recorded_meanwhile",
            "shift {shift} already has a debrief: reload it",
            shift=draft.shift_id,
        ) from exc
    session.add_all(
        InterventionSubject(intervention_id=intervention.id, subject_id=s)
        for s in draft.subject_ids
    )
    if shift is not None and shift.status is not ShiftStatus.DONE:
        stale = StaleCase(Entity.SHIFT, shift.id, shift.version_id)  # before the flush
        debrief_id = intervention.id
        shift.status = ShiftStatus.DONE
        with stale_as(stale):
            record_write(session, actor, "update", shift, extra={"debrief": debrief_id})
    session.flush()
    return debrief_row(session, intervention)


@writes(Area.DEBRIEFS, ids=row_id)
def update_debrief(
    session: Session, actor: Actor, debrief_id: int, draft: DebriefDraft, expected_version: int
) -> DebriefRow:
    """Change a debrief; raises :class:`StaleCase` when it is no longer at
    ``expected_version``. A debrief stays with its shift (``draft.shift_id`` must match)."""
    require(actor, Action.RECORD_DEBRIEFS)
    intervention = session.get(Intervention, debrief_id, options=LOADED)
    if intervention is None:
        raise not_found(DebriefError, Entity.DEBRIEF, debrief_id)
    require_holder(actor, ScopedWrite.CHANGE_DEBRIEF, debrief_holders(session, intervention))
    if intervention.version_id != expected_version:
        raise StaleCase(Entity.DEBRIEF, debrief_id, expected_version)
    if draft.shift_id != intervention.shift_id:
        raise DebriefError(
            "debrief_shift_changed", "a debrief stays with the shift it was recorded for"
        )
    values, people = _validated(session, draft)
    # Every query before the first change: an autoflush in between would bump the version.
    links = session.scalars(
        select(InterventionSubject).where(InterventionSubject.intervention_id == intervention.id)
    ).all()
    old_subjects = {link.subject_id for link in links}
    for name, value in values.items():
        if getattr(intervention, name) != value:
            setattr(intervention, name, value)
    extra: dict[str, Any] = {}
    old_people = {p.person_id: p for p in intervention.participants}
    if set(old_people) != {p.id for p in people}:
        extra["people"] = [sorted(old_people), sorted(p.id for p in people)]
        intervention.participants = [
            old_people.get(p.id) or InterventionParticipant(person=p) for p in people
        ]
    if old_subjects != set(draft.subject_ids):
        extra["subjects"] = [sorted(old_subjects), sorted(draft.subject_ids)]
        for link in links:
            if link.subject_id not in draft.subject_ids:
                session.delete(link)
        session.add_all(
            InterventionSubject(intervention_id=intervention.id, subject_id=s)
            for s in draft.subject_ids
            if s not in old_subjects
        )
    with stale_as(StaleCase(Entity.DEBRIEF, debrief_id, expected_version)):
        record_write(session, actor, "update", intervention, extra=extra, touch="outcome")
    return debrief_row(session, intervention)


# -- checks --------------------------------------------------------------------------------------


def _shift(session: Session, shift_id: int) -> Shift:
    shift = session.get(Shift, shift_id, options=PEOPLE_AND_ZONE)
    if shift is None:
        raise not_found(DebriefError, Entity.SHIFT, shift_id)
    if shift.status is ShiftStatus.CANCELLED:
        raise DebriefError(
            "debrief_shift_cancelled",
            "shift {shift} was cancelled: record the outing on its own",
            shift=shift_id,
        )
    found = session.scalar(select(Intervention.id).where(Intervention.shift_id == shift_id))
    if found is not None:
        raise DebriefExists(shift_id, found)
    return shift


def _validated(session: Session, draft: DebriefDraft) -> tuple[dict[str, Any], list[Person]]:
    """The column values of the draft and its people, or :class:`DebriefError`."""
    for moment in (draft.started_at, draft.ended_at):
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise DebriefError(
                "debrief_time_zone_missing", "give the start and end with a time zone"
            )
    bounds.check_days(draft.started_at, draft.ended_at)
    if draft.ended_at <= draft.started_at:
        raise DebriefError(
            "debrief_ends_before_start",
            "the outing must end after it starts",
            started=draft.started_at,
            ended=draft.ended_at,
        )
    if draft.ended_at - draft.started_at > MAX_OUTING:
        raise DebriefError(
            "debrief_too_long",
            "an outing lasts at most {hours} hours: check the start and end",
            hours=MAX_OUTING_HOURS,
            started=draft.started_at,
            ended=draft.ended_at,
        )
    zone = session.get(Zone, draft.zone_id)
    if zone is None:
        raise not_found(DebriefError, Entity.ZONE, draft.zone_id)
    unknown = [t for t in draft.types if t not in INTERVENTION_TYPES]
    if unknown:
        raise DebriefError(
            "debrief_unknown_kind_of_work", "unknown kind of work: {kind}", kind=unknown[0]
        )
    if not draft.types:
        raise DebriefError("debrief_kind_of_work_required", "tick at least one thing that was done")
    if not draft.participant_ids:
        raise DebriefError("debrief_participant_required", "name at least one participant")
    found = {
        p.id: p for p in session.scalars(select(Person).where(Person.id.in_(draft.participant_ids)))
    }
    missing = [i for i in draft.participant_ids if i not in found]
    if missing:
        raise not_found(DebriefError, Entity.PERSON, missing[0])
    subjects = set(session.scalars(select(Subject.id).where(Subject.id.in_(draft.subject_ids))))
    missing = [i for i in draft.subject_ids if i not in subjects]
    if missing:
        raise not_found(DebriefError, Entity.SUBJECT, missing[0])
    count = draft.contacts_count
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_CONTACTS:
        raise DebriefError(
            "debrief_contacts_out_of_range",
            "the people contacted are a whole number from 0 to {limit}",
            limit=MAX_CONTACTS,
        )
    values = {
        "zone_id": zone.id,
        "started_at": draft.started_at,
        "ended_at": draft.ended_at,
        "types": [t for t in INTERVENTION_TYPES if t in draft.types],
        "contacts_count": count,
        "contacts_breakdown": _breakdown(draft.contacts_breakdown, count),
        "outcome": clean_text(
            draft.outcome,
            TextField.DEBRIEF_OUTCOME,
            too_long=lambda: DebriefError(
                "debrief_outcome_too_long",
                "the outcome has at most {limit} characters",
                limit=MAX_TEXT,
            ),
        ),
        "follow_up": clean_text(
            draft.follow_up,
            TextField.DEBRIEF_FOLLOW_UP,
            too_long=lambda: DebriefError(
                "debrief_follow_up_too_long",
                "the follow-up has at most {limit} characters",
                limit=LIMITS[TextField.DEBRIEF_FOLLOW_UP],
            ),
        ),
    }
    return values, [found[i] for i in draft.participant_ids]


def _breakdown(
    breakdown: dict[str, dict[str, int]] | None, count: int
) -> dict[str, dict[str, int]] | None:
    """The split of the contacts with every known key (missing ones 0), or None if empty."""
    if not breakdown:
        return None
    result: dict[str, dict[str, int]] = {}
    for part, counts in breakdown.items():
        keys = BREAKDOWN_PARTS.get(part)
        if keys is None:
            raise DebriefError(
                "debrief_unknown_split", "unknown split of the contacts: {split}", split=part
            )
        if not counts:
            continue
        extra = [k for k in counts if k not in keys]
        if extra:
            raise _unknown_group(part, extra[0])
        values = {k: counts.get(k, 0) for k in keys}
        if any(isinstance(v, bool) or not isinstance(v, int) or v < 0 for v in values.values()):
            raise DebriefError(
                "debrief_split_not_whole", "the split of the contacts takes whole numbers from 0"
            )
        if sum(values.values()) > count:
            raise _split_too_large(part, sum(values.values()), count)
        result[part] = values
    return result or None


def _unknown_group(part: str, key: str) -> DebriefError:
    """A key of the split that is no age band (``part`` "age_band") or no gender."""
    if part == "age_band":
        return DebriefError("debrief_unknown_age_band", "unknown age band: {band}", band=key)
    return DebriefError("debrief_unknown_gender", "unknown gender: {gender}", gender=key)


def _split_too_large(part: str, total: int, count: int) -> DebriefError:
    """The split by age band (``part`` "age_band") or by gender counts more than ``count``."""
    if part == "age_band":
        return DebriefError(
            "debrief_age_bands_exceed_contacts",
            "the split by age band adds up to more than the {count} people contacted",
            total=total,
            count=count,
        )
    return DebriefError(
        "debrief_genders_exceed_contacts",
        "the split by gender adds up to more than the {count} people contacted",
        total=total,
        count=count,
    )
