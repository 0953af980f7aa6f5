"""What the meetings services share: their refusals, loading a meeting in the state a write
needs, text checks, the audit of a write (free text never copied) and names by id.

Imported by every module of the package; it imports none of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, inspect, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from console.models import Meeting, MeetingStatus, Organization, Person
from console.services.access import Action, Actor, audit, can
from console.services.cases.people_met import identities_visible, identity_source
from console.services.conflicts import stale_as
from console.services.errors import Entity, Refusal, StaleRecord, not_found
from console.services.text_rules import LIMITS, TextField, clean_text

# Free text about the work and the people in it: the partners read it in the console, the audit
# log records only that it changed (as for note bodies).
PRIVATE_COLUMNS: dict[str, frozenset[str]] = {
    "meetings": frozenset({"minutes"}),
    "agenda_items": frozenset({"notes"}),
    "decisions": frozenset({"text"}),
    "action_items": frozenset({"text", "status_reason"}),
    "minute_entries": frozenset({"body"}),
}
SKIPPED = frozenset({"id", "version_id"})
MAX_TEXT = LIMITS[TextField.DECISION]  # a decision, an action, a paragraph of the minutes


class MeetingError(Refusal):
    """The meeting request cannot be carried out as asked: ``code`` says why, ``params`` with
    what (see :mod:`console.services.errors`)."""


class StaleMeeting(StaleRecord, MeetingError):
    """A row of the meeting (the meeting, an agenda item, a decision, an action) changed since
    the caller read it: reload and apply the change again. The entity is always the meeting: its
    rows are told apart by ``record_id`` and the caller's context."""

    def __init__(self, row_id: int, expected_version: int) -> None:
        self.row_id = row_id
        super().__init__(
            Entity.MEETING,
            row_id,
            expected_version,
            "{entity} {id} was changed by someone else since version {version}; "
            "reload it and try again",
        )


# -- loading a meeting in the state a change needs -------------------------------------------


def load_meeting(session: Session, meeting_id: int) -> Meeting:
    """The meeting; :class:`MeetingError` (``not_found``) when there is none."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise not_found(MeetingError, Entity.MEETING, meeting_id)
    return meeting


def not_closed(meeting: Meeting) -> Meeting:
    """Refuse (``meeting_closed``) any change to approved minutes but an amendment."""
    if meeting.status is MeetingStatus.CLOSED:
        raise MeetingError(
            "meeting_closed",
            "meeting {id} is closed: its minutes are approved and only amendments are possible",
            id=meeting.id,
        )
    return meeting


def held(meeting: Meeting) -> Meeting:
    """Refuse what only a meeting under way may record (decisions, actions, approval)."""
    not_closed(meeting)
    if meeting.status is not MeetingStatus.HELD:
        raise MeetingError(
            "meeting_not_held",
            "meeting {id} has not started yet: take attendance first",
            id=meeting.id,
        )
    return meeting


def planned(meeting: Meeting) -> Meeting:
    """Refuse a change that is only for a meeting still being prepared."""
    not_closed(meeting)
    if meeting.status is not MeetingStatus.PLANNED:
        raise MeetingError(
            "meeting_already_started", "meeting {id} has started already", id=meeting.id
        )
    return meeting


def check_version(row_id: int, version_id: int, expected_version: int) -> None:
    if version_id != expected_version:
        raise StaleMeeting(row_id, expected_version)


def local_day(meeting: Meeting, tz: Any) -> date:
    return meeting.held_at.astimezone(tz).date()


# -- texts -----------------------------------------------------------------------------------


def required_text(value: str | None, field: TextField) -> str:
    """``value`` cleaned by the shared text rules (:mod:`console.services.text_rules`):
    refused when blank (the meetings' own refusal for the field, else ``text_required``) or
    longer than the field's limit (``text_too_long``)."""
    return clean_text(value, field, required=True, blank=_BLANK.get(field))


def optional_text(value: str | None, field: TextField) -> str:
    return clean_text(value, field)


_BLANK = {
    TextField.MEETING_TITLE: lambda: MeetingError(
        "meeting_title_required", "a meeting needs a title"
    ),
    TextField.AGENDA_TITLE: lambda: MeetingError(
        "agenda_title_required", "an agenda item needs a title"
    ),
    TextField.DECISION: lambda: MeetingError(
        "decision_text_required", "a decision needs some text"
    ),
    TextField.ACTION: lambda: MeetingError("action_text_required", "an action needs some text"),
    TextField.MINUTE: lambda: MeetingError(
        "minute_text_required", "a paragraph of the minutes needs some text"
    ),
    TextField.CONFIDENTIALITY: lambda: MeetingError(
        "confidentiality_text_required",
        "the confidentiality statement is empty: write it in the settings",
    ),
    TextField.ACTION_REASON: lambda: MeetingError(
        "action_reason_required", "say why the action was not done or proved impossible"
    ),
}


def check_no_names(session: Session, actor: Actor, *texts: str, today: date) -> None:
    """Refuse (``meeting_text_names_person``) a text that holds the full name of a person met
    whose identity the writer's organization may see: minutes and decisions carry no personal
    data. Names the console never showed the writer are not looked for (a refusal would tell
    them the name is on record), nor any for a role that never sees people met (managers,
    administrators). One query for the names, one for the consents."""
    joined = "\n".join(t for t in texts if t).casefold()
    if not joined or actor.organization_id is None or not can(actor, Action.VIEW_PEOPLE_MET):
        return
    # On a shared server the account reads only the names its organization may see: the same
    # candidates once filtered below. (A full name is held only for a named person.)
    source = identity_source(session)
    found = session.execute(
        select(source.c.id, source.c.full_name).where(
            source.c.full_name.is_not(None),
            func.length(source.c.full_name) > 2,
            literal(joined).contains(func.lower(source.c.full_name)),
        )
    ).all()
    # SQL lower() folds ASCII only: check in Python what SQL kept, and what it may have missed.
    candidates = {sid for sid, name in found if name and name.casefold() in joined}
    if candidates and identities_visible(session, actor.organization_id, candidates, today):
        raise MeetingError(
            "meeting_text_names_person",
            "the text names a person met: minutes and decisions carry no personal data",
        )


# -- the audit of a write --------------------------------------------------------------------


def audit_write(
    session: Session,
    actor: Actor,
    verb: str,
    obj: Any,
    *,
    expected_version: int = 0,
    extra: Mapping[str, Any] | None = None,
    touch: str | None = None,
) -> None:
    """Audit a create or update of a meetings row like ``audit.record_write``, with its free
    text (:data:`PRIVATE_COLUMNS`) recorded only as changed. Flushes: a versioned row changed
    meanwhile is a :class:`StaleMeeting`. An update that changed nothing (and has no ``extra``)
    writes no entry. ``touch`` names a column to flag when only related rows changed, so the
    row still gets a new version."""
    table = obj.__tablename__
    changes: dict[str, list[Any]] = {}
    if verb == audit.AuditAction.UPDATE:
        changes = audit.pending_changes(obj)
        if not changes and not extra:
            return
        if not changes and touch is not None:
            flag_modified(obj, touch)
    identity = inspect(obj).identity  # read before the flush: nothing can be read after it fails
    with stale_as(StaleMeeting(identity[0] if identity else 0, expected_version)):
        session.flush()
    if verb == audit.AuditAction.CREATE:
        for attribute in inspect(obj).mapper.column_attrs:
            value = getattr(obj, attribute.key)
            if attribute.key not in SKIPPED and value is not None:
                changes[attribute.key] = [None, audit.plain(value)]
    hidden = PRIVATE_COLUMNS.get(table, frozenset())
    details = {
        "changes": {
            key: [_redacted(old), _redacted(new)] if key in hidden else [old, new]
            for key, (old, new) in changes.items()
        },
        **(extra or {}),
    }
    audit.record(session, actor, verb, entity=table, entity_id=obj.id, details=details)


def _redacted(value: Any) -> Any:
    return None if value is None else audit.REDACTED_VALUE


# -- names -----------------------------------------------------------------------------------


def person_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(wanted))
    )
    return {pid: f"{first} {last}".strip() for pid, first, last in rows}


def organization_names(
    session: Session, ids: Iterable[int | None], *, full: bool = False
) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    name = Organization.name if full else Organization.short_name
    query = select(Organization.id, name).where(Organization.id.in_(wanted))
    return dict(session.execute(query).all())
