"""A meeting's agenda: proposed from the data (:mod:`proposals`), then freely edited — items
added by hand, reordered, retitled, annotated, removed — until the minutes are approved.

Positions stay 0..n-1. Proposing is idempotent: an item whose subject (zone, case, referral,
action, week) is on the agenda already is not proposed again, and neither is one removed by
hand from this meeting. A removal is remembered by its audit entry (entity ``meetings``, the
meeting's id, ``details.agenda_removed``), which the audit keeps for good: no column to add,
and the record of who removed what is the one the proposer reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from console.clock import HOME_TIME_ZONE
from console.models import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    AgendaSource,
    AuditEvent,
    Case,
    Decision,
    MinuteEntry,
    SignalKind,
    Zone,
)
from console.services.access import Action, Actor, audit, require
from console.services.cases.case_common import today_local
from console.services.changes import Area, row_id, writes
from console.services.conflicts import stale_as
from console.services.errors import Entity, not_found
from console.services.meetings.build import agenda_rows
from console.services.meetings.common import (
    MeetingError,
    StaleMeeting,
    audit_write,
    check_no_names,
    check_version,
    load_meeting,
    not_closed,
    optional_text,
    required_text,
)
from console.services.meetings.proposals import Key, key_of, propose
from console.services.meetings.rows import AgendaItemRow
from console.services.text_rules import LIMITS, TextField

MAX_NOTES = LIMITS[TextField.AGENDA_NOTES]
FREE_KINDS = (AgendaKind.OTHER, AgendaKind.ZONE, AgendaKind.CASE)


def _rows_ids(rows: list[AgendaItemRow]) -> tuple[int, ...]:
    return tuple(row.id for row in rows)


@writes(Area.MEETINGS, ids=_rows_ids)
def propose_agenda(
    session: Session,
    actor: Actor,
    meeting_id: int,
    today: date | None = None,
    tz: ZoneInfo = HOME_TIME_ZONE,
    *,
    weights: Mapping[SignalKind, float] | None = None,
) -> list[AgendaItemRow]:
    """Add to the agenda, after what is there, the items the data proposes (see
    :mod:`proposals`) that are neither on it nor removed from it by hand; returns the items
    added (none the second time). ``weights`` are the map's signal weights (default: 1 each);
    ``today`` is the last day of the data looked at."""
    require(actor, Action.PREPARE_MEETINGS)
    meeting = not_closed(load_meeting(session, meeting_id))
    found = propose(session, actor, meeting, today or today_local(), tz, weights=weights or {})
    items = _agenda(session, meeting.id)
    skip = {key_of(item) for item in items} | _removed(session, meeting.id)
    added = []
    for proposal in found:
        if proposal.key in skip:
            continue
        item = AgendaItem(
            meeting_id=meeting.id,
            position=len(items) + len(added),
            kind=proposal.kind,
            source=AgendaSource.GENERATED,
            reason=proposal.reason,
            title=proposal.title,
            zone_id=proposal.zone_id,
            case_id=proposal.case_id,
            referral_id=proposal.referral_id,
            action_item_id=proposal.action_item_id,
            week_monday=proposal.week_monday,
            notes="",
        )
        session.add(item)
        audit_write(session, actor, "create", item)
        added.append(item)
    return agenda_rows(session, actor, added)


@writes(Area.MEETINGS, ids=row_id)
def add_agenda_item(  # noqa: PLR0917 - the contract's signature
    session: Session,
    actor: Actor,
    meeting_id: int,
    title: str,
    kind: AgendaKind = AgendaKind.OTHER,
    zone_id: int | None = None,
    case_id: int | None = None,
) -> AgendaItemRow:
    """A free item at the end of the agenda, about a zone, a case or anything else."""
    require(actor, Action.PREPARE_MEETINGS)
    meeting = not_closed(load_meeting(session, meeting_id))
    text = required_text(title, TextField.AGENDA_TITLE)
    check_no_names(session, actor, text, today=today_local())
    kind = AgendaKind(kind)
    if kind not in FREE_KINDS:
        raise MeetingError(
            "agenda_kind_not_free",
            "items of this kind are proposed from the data; add a zone, a case or another item",
        )
    if kind is AgendaKind.ZONE and zone_id is None:
        raise MeetingError("agenda_zone_required", "choose the zone the item is about")
    if kind is AgendaKind.CASE and case_id is None:
        raise MeetingError("agenda_case_required", "choose the case the item is about")
    if kind is not AgendaKind.ZONE:
        zone_id = None
    if kind is not AgendaKind.CASE:
        case_id = None
    if zone_id is not None and session.get(Zone, zone_id) is None:
        raise not_found(MeetingError, Entity.ZONE, zone_id)
    if case_id is not None and session.get(Case, case_id) is None:
        raise not_found(MeetingError, Entity.CASE, case_id)
    item = AgendaItem(
        meeting_id=meeting.id,
        position=len(_agenda(session, meeting.id)),
        kind=kind,
        source=AgendaSource.FREE,
        reason="",
        title=text,
        zone_id=zone_id,
        case_id=case_id,
        notes="",
    )
    session.add(item)
    audit_write(session, actor, "create", item)
    return agenda_rows(session, actor, [item])[0]


@writes(Area.MEETINGS, ids=row_id)
def edit_agenda_item(  # noqa: PLR0917 - the contract's signature
    session: Session, actor: Actor, item_id: int, expected_version: int, title: str, notes: str
) -> AgendaItemRow:
    """Retitle and annotate an item (the preparers' notes, for the partners)."""
    require(actor, Action.PREPARE_MEETINGS)
    item = load_item(session, item_id)
    not_closed(load_meeting(session, item.meeting_id))
    check_version(item.id, item.version_id, expected_version)
    text = required_text(title, TextField.AGENDA_TITLE)
    note = optional_text(notes, TextField.AGENDA_NOTES)
    check_no_names(session, actor, text, note, today=today_local())
    item.title, item.notes = text, note
    audit_write(session, actor, "update", item, expected_version=expected_version)
    return agenda_rows(session, actor, [item])[0]


@writes(Area.MEETINGS)
def remove_agenda_item(session: Session, actor: Actor, item_id: int, expected_version: int) -> None:
    """Remove an item nothing was recorded on (decisions, actions, minutes); proposing the
    agenda again will not bring its subject back to this meeting."""
    require(actor, Action.PREPARE_MEETINGS)
    item = load_item(session, item_id)
    meeting = not_closed(load_meeting(session, item.meeting_id))
    check_version(item.id, item.version_id, expected_version)
    used = session.scalar(
        select(
            or_(
                exists().where(Decision.agenda_item_id == item.id),
                exists().where(ActionItem.agenda_item_id == item.id),
                exists().where(MinuteEntry.agenda_item_id == item.id),
            )
        )
    )
    if used:
        raise MeetingError(
            "agenda_item_in_use",
            "decisions, actions or minutes were recorded on this item: it stays on the agenda",
        )
    removed = {
        "id": item.id,
        "title": item.title,
        "source": item.source,
        "reason": item.reason,
        "key": _key_json(key_of(item)),
    }
    session.delete(item)
    with stale_as(StaleMeeting(item_id, expected_version)):
        session.flush()
    _renumber(_agenda(session, meeting.id))
    audit.record(
        session,
        actor,
        audit.AuditAction.UPDATE,
        entity="meetings",
        entity_id=meeting.id,
        details={"agenda_removed": removed},
    )


@writes(Area.MEETINGS, ids=row_id)
def restore_agenda_item(
    session: Session, actor: Actor, item: AgendaItemRow, position: int
) -> AgendaItemRow:
    """Put back an item removed from the agenda (the undo of :func:`remove_agenda_item`), as it
    was — kind, source, reason, title, notes, what it is about — at ``position``. A proposed
    item put back counts as on the agenda again: its removal no longer keeps it from being
    proposed (the audit records the restoring after the removal)."""
    require(actor, Action.PREPARE_MEETINGS)
    meeting = not_closed(load_meeting(session, item.meeting_id))
    text = required_text(item.title, TextField.AGENDA_TITLE)
    note = optional_text(item.notes, TextField.AGENDA_NOTES)
    check_no_names(session, actor, text, note, today=today_local())
    if item.zone_id is not None and session.get(Zone, item.zone_id) is None:
        raise not_found(MeetingError, Entity.ZONE, item.zone_id)
    if item.case_id is not None and session.get(Case, item.case_id) is None:
        raise not_found(MeetingError, Entity.CASE, item.case_id)
    if item.action_item_id is not None and session.get(ActionItem, item.action_item_id) is None:
        raise MeetingError("action_not_found", "action {id} does not exist", id=item.action_item_id)
    restored = AgendaItem(
        meeting_id=meeting.id,
        position=0,
        kind=item.kind,
        source=item.source,
        reason=item.reason,
        title=text,
        zone_id=item.zone_id,
        case_id=item.case_id,
        referral_id=item.referral_id,
        action_item_id=item.action_item_id,
        week_monday=item.week_monday,
        notes=note,
    )
    items = _agenda(session, meeting.id)
    items.insert(max(0, min(position, len(items))), restored)
    session.add(restored)
    _renumber(items)
    session.flush()
    audit_write(session, actor, "create", restored)
    audit.record(
        session,
        actor,
        audit.AuditAction.UPDATE,
        entity="meetings",
        entity_id=meeting.id,
        details={"agenda_restored": {"id": restored.id, "key": _key_json(key_of(restored))}},
    )
    return agenda_rows(session, actor, [restored])[0]


@writes(Area.MEETINGS)
def move_agenda_item(
    session: Session, actor: Actor, item_id: int, new_position: int
) -> list[AgendaItemRow]:
    """Move an item to ``new_position`` (clamped to the agenda); returns the agenda in order."""
    require(actor, Action.PREPARE_MEETINGS)
    item = load_item(session, item_id)
    not_closed(load_meeting(session, item.meeting_id))
    items = [i for i in _agenda(session, item.meeting_id) if i.id != item.id]
    old = item.position
    items.insert(max(0, min(new_position, len(items))), item)
    _renumber(items)
    if item.position != old:
        audit_write(session, actor, "update", item, extra={"agenda": [i.id for i in items]})
    return agenda_rows(session, actor, items)


def load_item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise MeetingError("agenda_item_not_found", "agenda item {id} does not exist", id=item_id)
    return item


def item_on(session: Session, meeting_id: int, item_id: int) -> AgendaItem:
    """The agenda item ``item_id``, refused unless it is on meeting ``meeting_id``'s agenda."""
    item = load_item(session, item_id)
    if item.meeting_id != meeting_id:
        raise MeetingError(
            "agenda_item_other_meeting",
            "agenda item {item} is not on the agenda of meeting {meeting}",
            item=item_id,
            meeting=meeting_id,
        )
    return item


def _agenda(session: Session, meeting_id: int) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )


def _renumber(items: list[AgendaItem]) -> None:
    for position, item in enumerate(items):
        if item.position != position:
            item.position = position


def _key_json(key: Key) -> list[Any]:
    kind, *ids, week_monday = key
    return [kind.value, *ids, week_monday.isoformat() if week_monday else None]


def _removed(session: Session, meeting_id: int) -> set[Key]:
    """The subjects removed by hand from this meeting's agenda and not put back since (its
    audit entries, in order)."""
    keys: set[Key] = set()
    for details in session.scalars(
        select(AuditEvent.details)
        .where(
            AuditEvent.entity == "meetings",
            AuditEvent.entity_id == str(meeting_id),
            AuditEvent.action == audit.AuditAction.UPDATE,
        )
        .order_by(AuditEvent.id)
    ):
        removed = (details or {}).get("agenda_removed")
        if removed:
            keys.add(_key_from_json(removed["key"]))
        restored = (details or {}).get("agenda_restored")
        if restored:
            keys.discard(_key_from_json(restored["key"]))
    return keys


def _key_from_json(key: list[Any]) -> Key:
    kind, zone, case, referral, action, week_monday = key
    monday = date.fromisoformat(week_monday) if week_monday else None
    return (AgendaKind(kind), zone, case, referral, action, monday)
