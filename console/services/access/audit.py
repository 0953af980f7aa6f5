"""The audit log: append-only, hash-chained, anchored; what was written, who logged in, who read.

Each entry stores ``prev_hash`` and ``hash = sha256(prev_hash + canonical JSON of the entry)``,
and ids run 1, 2, 3... without gaps. The one-row ``audit_anchor`` names the newest entry and is
updated in the same transaction as every append, so :func:`verify_chain` finds an entry that was
edited, removed (the newest ones too), reordered or forged. Note bodies, password hashes and
full names are never copied into an entry: only the fact that they changed.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, String, func, inspect, select, text, type_coerce
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import NO_VALUE, flag_modified

from console import files
from console.models import AuditAnchor, AuditEvent, Organization
from console.models.base import utcnow

# A module reference, not names: access imports this module too (login is audited).
from console.services import access, csv_cells
from console.services.access import audit_details
from console.services.changes import Area, writes
from console.services.errors import Refusal
from console.services.text_rules import LIMITS, TextField, clean_text

GENESIS = "0" * 64  # the prev_hash of the first entry
MAX_JUSTIFICATION = LIMITS[TextField.JUSTIFICATION]
MAX_USERNAME = 80  # audit_events.username is a String(80)

# Columns whose values never reach the log; a change to them is recorded as "changed".
REDACTED: frozenset[tuple[str, str]] = frozenset(
    {
        ("case_notes", "body"),
        ("users", "password_hash"),
        ("subjects", "full_name"),
        ("subjects", "description"),
        ("absences", "note"),  # may say why someone is away: health is nobody's business
        # Free text about people is for the partners who read it in the console, not for
        # whoever reads the audit log.
        ("interventions", "outcome"),
        ("interventions", "follow_up"),
        ("referrals", "reason"),
        ("referrals", "decline_reason"),
        ("subjects", "birth_year"),
        ("subjects", "care_reference"),
        # A nickname, a case's title and a signal's summary can name or describe a person:
        # copied into the append-only log they would outlive their retention period.
        ("subjects", "alias"),
        ("cases", "title"),
        ("signals", "summary"),
    }
)
REDACTED_VALUE = "(not recorded)"
# Redacted columns that are never empty but are not loaded with their row (deferred): a change
# to one shows "(not recorded)" on both sides.
ALWAYS_SET: frozenset[tuple[str, str]] = frozenset({("users", "password_hash")})
# Bookkeeping columns that say nothing a reader of the log needs.
SKIPPED_COLUMNS = frozenset({"version_id", "updated_at"})


class AuditAction(enum.StrEnum):
    """What an entry records; writes use the verbs, the rest name the event."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    READ = "read"
    SEARCH = "search"  # note snippets shown by a search
    EXPORT = "export"
    IMPORT = "import"
    LOGIN_SUCCEEDED = "login_succeeded"
    LOGIN_FAILED = "login_failed"
    ACCOUNT_LOCKED = "account_locked"
    UNLOCK_FAILED = "unlock_failed"
    RETENTION = "retention"  # a retention run: counts only
    ERASE = "erase"  # a person met erased


WRITE_VERBS = frozenset({AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE})


class AuditChainError(RuntimeError):
    """The log cannot be appended to: its anchor is missing (see ``console-admin audit-verify``)."""


class ReasonRequired(Refusal):
    """Reading this needs a reason, in a few words."""

    def __init__(self) -> None:
        super().__init__(
            "audit_reason_required", "give a reason for reading this (for example: follow-up)"
        )


# --- appending ---------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """``value`` as JSON: dates as ISO text, enums as their value, containers recursively."""
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [plain(item) for item in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    return str(value)  # Decimal and anything else: its text


def canonical(event: AuditEvent) -> str:
    """The entry as the hash sees it: every recorded field, sorted keys, no blanks."""
    return json.dumps(
        {
            "id": event.id,
            "at": event.at.isoformat(),
            "user_id": event.user_id,
            "username": event.username,
            "action": event.action,
            "entity": event.entity,
            "entity_id": event.entity_id,
            "details": event.details,
            "justification": event.justification,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )


def entry_hash(prev_hash: str, event: AuditEvent) -> str:
    return hashlib.sha256((prev_hash + canonical(event)).encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: access.Actor | None,
    action: str,
    *,
    entity: str | None = None,
    entity_id: object = None,
    details: Mapping[str, Any] | None = None,
    justification: str | None = None,
    username: str | None = None,
    user_id: int | None = None,
) -> AuditEvent:
    """Append one entry and move the anchor; flushes, never commits.

    ``actor`` None is for events before anyone is signed in (a failed login): then ``username``
    (as typed) and ``user_id`` (when the account exists) say who it was about.
    """
    if session.get_bind().dialect.name == "postgresql":
        return _append_in_database(
            session, actor, action, entity, entity_id, details, justification, username, user_id
        )
    anchor = session.scalar(select(AuditAnchor).with_for_update())
    if anchor is None:
        raise AuditChainError("the audit log has no anchor; run console-admin audit-verify")
    event = AuditEvent(
        id=anchor.last_event_id + 1,
        at=utcnow(),
        user_id=actor.user_id if actor is not None else user_id,
        username=(actor.username if actor is not None else username or "")[:MAX_USERNAME],
        action=str(action),
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        # Through JSON and back, so the hash sees exactly what the database will return.
        details=json.loads(json.dumps(plain(dict(details or {})), ensure_ascii=False)),
        justification=justification,
        prev_hash=anchor.last_hash,
    )
    event.hash = entry_hash(anchor.last_hash, event)
    session.add(event)
    anchor.last_event_id = event.id
    anchor.last_hash = event.hash
    anchor.event_count += 1
    session.flush()
    return event


_APPEND = text(
    "SELECT event_id, event_at, event_prev_hash, event_hash FROM console_audit_append("
    ":user_id, :username, :action, :entity, :entity_id, CAST(:details AS json), :justification)"
)


def _append_in_database(  # noqa: PLR0917 - record()'s arguments, passed on
    session: Session,
    actor: access.Actor | None,
    action: str,
    entity: str | None,
    entity_id: object,
    details: Mapping[str, Any] | None,
    justification: str | None,
    username: str | None,
    user_id: int | None,
) -> AuditEvent:
    """PostgreSQL: the entry is appended by ``console_audit_append`` (revision
    ``0008_pg_audit_append``), a SECURITY DEFINER function that computes the id, the time and the
    chain in the database, so the person's own role needs no privilege on the audit tables. The
    entry returned is not attached to the session (the person may not be allowed to read it
    back)."""
    session.flush()  # the writes this entry records come first, as on SQLite
    values = {
        "user_id": actor.user_id if actor is not None else user_id,
        "username": (actor.username if actor is not None else username or "")[:MAX_USERNAME],
        "action": str(action),
        "entity": entity,
        "entity_id": None if entity_id is None else str(entity_id),
        "details": json.dumps(plain(dict(details or {})), ensure_ascii=False, sort_keys=True),
        "justification": justification,
    }
    try:
        row = session.execute(_APPEND, values).one()
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == _NO_ANCHOR:
            raise AuditChainError(
                "the audit log has no anchor; run console-admin audit-verify"
            ) from exc
        raise
    event_id, at, prev_hash, hash_ = row
    return AuditEvent(
        id=event_id,
        at=at,
        user_id=values["user_id"],
        username=values["username"],
        action=values["action"],
        entity=entity,
        entity_id=values["entity_id"],
        details=json.loads(values["details"]),
        justification=justification,
        prev_hash=prev_hash,
        hash=hash_,
    )


_NO_ANCHOR = "P0002"  # console_audit_append's error when the anchor row is gone


def _columns(obj: object) -> Iterable[str]:
    for attribute in inspect(obj).mapper.column_attrs:
        if attribute.key not in SKIPPED_COLUMNS:
            yield attribute.key


def _shown(table: str, column: str, value: Any) -> Any:
    return REDACTED_VALUE if (table, column) in REDACTED and value is not None else plain(value)


def pending_changes(obj: object) -> dict[str, list[Any]]:
    """``{column: [old, new]}`` for the columns changed on ``obj`` since it was loaded."""
    table = obj.__tablename__  # type: ignore[attr-defined]
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for key in _columns(obj):
        history = state.attrs[key].history
        if not history.added and not history.deleted:
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old is None and (table, key) in ALWAYS_SET:
            old = REDACTED_VALUE  # deferred, so not loaded; it had a value all the same
        elif (
            not history.deleted
            and state.committed_state.get(key) is NO_VALUE
            and (table, key) in REDACTED
        ):
            old = REDACTED_VALUE  # deferred and not loaded (a person's identity): not known
        if old != new:
            changes[key] = [_shown(table, key, old), _shown(table, key, new)]
    return changes


def _snapshot(obj: object, *, old: bool) -> dict[str, list[Any]]:
    table = obj.__tablename__  # type: ignore[attr-defined]
    values = {key: _shown(table, key, getattr(obj, key)) for key in _columns(obj)}
    return {
        key: [value, None] if old else [None, value]
        for key, value in values.items()
        if value is not None and key != "id"
    }


def record_write(
    session: Session,
    actor: access.Actor,
    verb: str,
    obj: object,
    *,
    extra: Mapping[str, Any] | None = None,
    touch: str | None = None,
) -> AuditEvent | None:
    """Audit a create, update or delete of ``obj`` (an ORM instance) by ``actor``.

    Call it right after ``session.add(obj)``, after setting attributes, or after
    ``session.delete(obj)``, and before any flush: it reads the pending changes, flushes and
    appends ``{"changes": {column: [old, new]}}`` plus ``extra``. An update that changed
    nothing (and has no ``extra``) writes no entry and returns None. ``touch`` names a column
    to flag as modified when only related rows changed (told in ``extra``), so a versioned row
    still gets a new ``version_id``.
    """
    action = AuditAction(verb)
    if action not in WRITE_VERBS:
        raise ValueError(f"{verb!r} is not a write")
    if action is AuditAction.UPDATE:
        changes = pending_changes(obj)
        if touch is not None and not changes and extra:
            flag_modified(obj, touch)
    elif action is AuditAction.DELETE:
        changes = _snapshot(obj, old=True)
    session.flush()
    if action is AuditAction.CREATE:
        changes = _snapshot(obj, old=False)
    if action is AuditAction.UPDATE and not changes and not extra:
        return None
    details: dict[str, Any] = {"changes": changes}
    details.update(extra or {})
    return record(
        session,
        actor,
        action,
        entity=obj.__tablename__,  # type: ignore[attr-defined]
        entity_id=inspect(obj).identity[0] if inspect(obj).identity else None,
        details=details,
    )


def record_read(
    session: Session, actor: access.Actor, entity: str, entity_id: object, justification: str
) -> AuditEvent:
    """Audit a reading of people's data (a case's notes, a person's profile), with its reason.

    Raises :class:`ReasonRequired` when the reason is blank (spaces and zero-width characters
    only), and the shared text refusals (:mod:`console.services.text_rules`) for a control
    character or a reason too long; nothing is written then.
    """
    reason = clean_text(
        " ".join(justification.split()), TextField.JUSTIFICATION, blank=ReasonRequired
    )
    return record(
        session,
        actor,
        AuditAction.READ,
        entity=entity,
        entity_id=entity_id,
        justification=reason[:MAX_JUSTIFICATION],
    )


# --- reading (administrators) ------------------------------------------------------------------


@dataclass(frozen=True)
class AuditQuery:
    """Which entries to show; ``start``/``end`` are aware UTC, ``end`` exclusive."""

    user_id: int | None = None
    action: str | None = None
    entity: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    limit: int = 2000


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user_id: int | None
    username: str | None
    action: str
    entity: str | None
    entity_id: str | None
    details: dict[str, Any]
    justification: str | None


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    truncated: bool  # more entries match than ``limit``: narrow the filters


@dataclass(frozen=True)
class AuditChoices:
    users: tuple[tuple[int, str], ...]
    actions: tuple[str, ...]
    entities: tuple[str, ...]


def _row(event: AuditEvent) -> AuditRow:
    return AuditRow(
        id=event.id,
        at=event.at,
        user_id=event.user_id,
        username=event.username,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        details=dict(event.details or {}),
        justification=event.justification,
    )


def _filtered(query: AuditQuery) -> Any:
    statement = select(AuditEvent)
    if query.user_id is not None:
        statement = statement.where(AuditEvent.user_id == query.user_id)
    if query.action:
        statement = statement.where(AuditEvent.action == query.action)
    if query.entity:
        statement = statement.where(AuditEvent.entity == query.entity)
    if query.start is not None:
        statement = statement.where(AuditEvent.at >= query.start)
    if query.end is not None:
        statement = statement.where(AuditEvent.at < query.end)
    return statement


def find_events(session: Session, actor: access.Actor, query: AuditQuery) -> AuditPage:
    """The newest ``query.limit`` entries that match, newest first (administrators only)."""
    access.require(actor, access.Action.READ_AUDIT)
    limit = max(1, query.limit)
    events = session.scalars(_filtered(query).order_by(AuditEvent.id.desc()).limit(limit + 1))
    rows = tuple(_row(event) for event in events)
    return AuditPage(rows=rows[:limit], truncated=len(rows) > limit)


def audit_choices(session: Session, actor: access.Actor) -> AuditChoices:
    """The users, actions and entities that occur in the log, for the filters."""
    access.require(actor, access.Action.READ_AUDIT)
    users = session.execute(
        select(AuditEvent.user_id, func.max(AuditEvent.username))
        .where(AuditEvent.user_id.is_not(None))
        .group_by(AuditEvent.user_id)
    )
    actions = session.scalars(select(AuditEvent.action).distinct())
    entities = session.scalars(
        select(AuditEvent.entity).where(AuditEvent.entity.is_not(None)).distinct()
    )
    return AuditChoices(
        users=tuple(sorted(((uid, name or "") for uid, name in users), key=lambda u: u[1])),
        actions=tuple(sorted(actions)),
        entities=tuple(sorted(entities)),
    )


@dataclass(frozen=True)
class AuditData:
    """What the Audit section shows for its filters: the entries that match, and what the
    filters can offer, read in one session."""

    page: AuditPage
    choices: AuditChoices
    # Organizations by id, so that details read "Polizia Locale" rather than an id.
    organizations: Mapping[int, str] = field(default_factory=dict)


def load_audit(session: Session, actor: access.Actor, query: AuditQuery) -> AuditData:
    """The matching entries, the filters' choices and the organizations' names (administrators
    only)."""
    return AuditData(
        page=find_events(session, actor, query),
        choices=audit_choices(session, actor),
        organizations=dict(session.execute(select(Organization.id, Organization.name)).all()),
    )


CSV_COLUMNS = (
    "id",
    "at",
    "user_id",
    "username",
    "action",
    "entity",
    "entity_id",
    "details",
    "justification",
)


@writes(Area.AUDIT)  # the export is itself an entry of the log
def events_csv(session: Session, actor: access.Actor, query: AuditQuery) -> str:
    """Every matching entry as CSV text, oldest first; the export itself is audited."""
    return _export(session, actor, query)[0]


@writes(Area.AUDIT)
def write_events_csv(session: Session, actor: access.Actor, query: AuditQuery, path: Path) -> int:
    """Export every matching entry (the export is audited) and write ``path`` whole, or not at
    all; returns how many entries it holds. UTF-8 with a byte order mark, so spreadsheets read
    the accents."""
    text, count = _export(session, actor, query)
    files.write_atomically(path, text.encode("utf-8-sig"))
    return count


def _export(session: Session, actor: access.Actor, query: AuditQuery) -> tuple[str, int]:
    """The CSV text and its number of entries. Details read as the Audit section lists them,
    free texts about people hidden (audit_details); no cell can act as a formula (csv_cells)."""
    access.require(actor, access.Action.READ_AUDIT)
    rows = [
        (
            row.id,
            row.at.isoformat(),
            row.user_id,
            row.username,
            row.action,
            row.entity,
            row.entity_id,
            audit_details.details_line(row.action, row.details, row.entity),
            row.justification,
        )
        for row in map(_row, session.scalars(_filtered(query).order_by(AuditEvent.id)))
    ]
    record(session, actor, AuditAction.EXPORT, entity="audit_events", details={"rows": len(rows)})
    return csv_cells.csv_text(CSV_COLUMNS, rows), len(rows)


# --- verifying -----------------------------------------------------------------------------------


class ChainBreak(enum.StrEnum):
    """What is wrong where the chain breaks (so views can say it in the reader's language)."""

    MISSING = "missing"  # an entry was removed from the middle
    OUT_OF_ORDER = "out_of_order"  # its prev_hash names another entry: reordered or forged
    CHANGED = "changed"  # its content no longer matches its hash
    NO_ANCHOR = "no_anchor"
    PAST_ANCHOR = "past_anchor"  # an entry appended without moving the anchor
    REMOVED = "removed"  # the newest entries were cut off
    ANCHOR_MISMATCH = "anchor_mismatch"
    # Found only against a checkpoint kept elsewhere (audit_checkpoints.py):
    SHORTER = "shorter"  # the log ends before the checkpoint's entry: cut, or an older copy
    REWRITTEN = "rewritten"  # the checkpoint's entry has another hash: the chain was recomputed


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_broken_id: int | None
    reason: str
    head_hash: str = GENESIS
    kind: ChainBreak | None = None

    def line(self) -> str:
        """One line for people: the verdict and where the chain breaks."""
        if self.ok:
            return f"audit log intact: {self.checked} entries, head {self.head_hash}"
        return f"audit log broken at entry {self.first_broken_id}: {self.reason}"


def _broken(checked: int, event_id: int | None, kind: ChainBreak, reason: str) -> ChainReport:
    return ChainReport(
        ok=False, checked=checked, first_broken_id=event_id, reason=reason, kind=kind
    )


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole chain in id order and check every link, then the anchor.

    Finds an edited entry (its hash no longer matches), a removed one (a gap in the ids, or the
    anchor naming a later entry), a reordered one (its prev_hash names another entry) and a
    forged one (a hash that does not follow from the entry before it, or an entry past the
    anchor).
    """
    checked, head, broken = _walk(session)
    if broken is not None:
        return broken
    anchor = session.get(AuditAnchor, 1)
    if anchor is None:
        return _broken(
            checked, checked + 1, ChainBreak.NO_ANCHOR, "the anchor of the chain is missing"
        )
    if anchor.last_event_id < checked or anchor.event_count < checked:
        extra = anchor.last_event_id + 1
        return _broken(
            checked,
            extra,
            ChainBreak.PAST_ANCHOR,
            "it was added after the newest entry the anchor names",
        )
    if anchor.last_event_id != checked or anchor.event_count != checked:
        missing = checked + 1
        return _broken(
            checked,
            missing,
            ChainBreak.REMOVED,
            f"entries {missing} to {anchor.last_event_id} were removed",
        )
    if anchor.last_hash != head:
        return _broken(
            checked,
            checked,
            ChainBreak.ANCHOR_MISMATCH,
            "the newest entry does not match the anchor",
        )
    return ChainReport(ok=True, checked=checked, first_broken_id=None, reason="", head_hash=head)


def _walk(session: Session) -> tuple[int, str, ChainReport | None]:
    """(entries checked, hash of the last good one, the first break or None).

    Reads plain columns in batches, not ORM objects, and writes each entry's canonical JSON
    directly (:func:`_canonical_row`, the same text as :func:`canonical`): a long log is
    checked at the pace of hashing it.
    """
    prev_hash = GENESIS
    checked = 0
    statement = _walk_statement().execution_options(yield_per=VERIFY_BATCH)
    sha256 = hashlib.sha256
    # Core rows (no ORM layer): the columns as the driver gives them.
    for row in session.connection().execute(statement):
        event_id = row[0]
        expected_id = checked + 1
        if event_id != expected_id:
            reason = f"entry {expected_id} is missing"
            return checked, prev_hash, _broken(checked, expected_id, ChainBreak.MISSING, reason)
        if row[9] != prev_hash:
            reason = "it does not follow the entry before it"
            return checked, prev_hash, _broken(checked, event_id, ChainBreak.OUT_OF_ORDER, reason)
        if sha256((prev_hash + _canonical_row(row)).encode("utf-8")).hexdigest() != row[10]:
            reason = "its content was changed after it was written"
            return checked, prev_hash, _broken(checked, event_id, ChainBreak.CHANGED, reason)
        prev_hash = row[10]
        checked += 1
    return checked, prev_hash, None


VERIFY_BATCH = 5000  # entries read at a time by audit-verify


def _walk_statement() -> Select[Any]:
    """Every entry as plain columns, in id order; ``at`` and ``details`` as the driver gives
    them (text on SQLite; a datetime and parsed JSON on PostgreSQL)."""
    return select(
        AuditEvent.id,
        type_coerce(AuditEvent.at, String()),
        AuditEvent.user_id,
        AuditEvent.username,
        AuditEvent.action,
        AuditEvent.entity,
        AuditEvent.entity_id,
        type_coerce(AuditEvent.details, String()),
        AuditEvent.justification,
        AuditEvent.prev_hash,
        AuditEvent.hash,
    ).order_by(AuditEvent.id)


_string = json.encoder.encode_basestring  # a str as JSON, non-ASCII kept: as canonical() does
_details = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode


def _json_text(value: str | None) -> str:
    return "null" if value is None else _string(value)


def _iso_utc(at: datetime | str) -> str:
    """``at.isoformat()`` of the entry's time, aware in UTC, as :func:`canonical` writes it.

    SQLite gives the stored text, ``2026-11-24 17:00:00.123456`` (UTC, always with its
    microseconds): rewritten as isoformat would write it, without parsing; anything else is
    parsed."""
    if isinstance(at, str):
        if len(at) == 26 and at[10] == " " and at[19] == ".":
            clock = at[11:19] if at.endswith(".000000") else at[11:]
            return f"{at[:10]}T{clock}+00:00"
        at = datetime.fromisoformat(at)
    at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return at.isoformat()


def _canonical_row(row: Any) -> str:
    """:func:`canonical` of an entry read by :func:`_walk_statement`: the keys in sorted
    order, no blanks."""
    at = _iso_utc(row[1])
    stored = row[7]
    if isinstance(stored, str):
        details = "{}" if stored == "{}" else _details(json.loads(stored))
    else:
        details = "{}" if stored == {} else _details(stored)
    return (
        f'{{"action":{_string(row[4])},"at":"{at}","details":{details},'
        f'"entity":{_json_text(row[5])},"entity_id":{_json_text(row[6])},"id":{row[0]},'
        f'"justification":{_json_text(row[8])},'
        f'"user_id":{"null" if row[2] is None else row[2]},"username":{_json_text(row[3])}}}'
    )
