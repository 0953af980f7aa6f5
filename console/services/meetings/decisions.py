"""Decisions recorded on the agenda's items, each for an audience, and the one step that turns a
decision into its effect: a draft shift, a case's review date or owner, a referral, a case
note, a zone's review threshold.

The effect is made by the service that owns it (its rules, permissions and audit apply), in
the same session as the link back to the decision (``effect_kind``, ``effect_id``): both or
neither. A decision has one effect.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from console.models import Decision, EffectKind, Visibility, Zone
from console.services.access import Action, Actor, PermissionDenied, require
from console.services.cases import casework, referrals
from console.services.cases.case_common import today_local
from console.services.changes import Area, field_ids, row_id, writes
from console.services.errors import Entity, not_found
from console.services.meetings.agenda import item_on
from console.services.meetings.audience import belongs_to, may_read
from console.services.meetings.build import decision_rows
from console.services.meetings.common import (
    MeetingError,
    audit_write,
    check_no_names,
    held,
    load_meeting,
    required_text,
)
from console.services.meetings.rows import DecisionRow
from console.services.places import zones
from console.services.planning import shift_edits
from console.services.text_rules import TextField

EFFECT = field_ids("effect_id")  # the row the decision was turned into


def check_audience(actor: Actor, audience: Visibility, organization_id: int | None) -> None:
    """Who writes for an audience belongs to it (as a reader, not only as the author)."""
    if not belongs_to(actor, Visibility(audience), organization_id):
        raise MeetingError(
            "meeting_audience_outside",
            "you can write only for an audience you belong to ({audience})",
            audience=Visibility(audience),
        )


@writes(Area.MEETINGS, ids=row_id)
def record_decision(  # noqa: PLR0917 - the contract's signature
    session: Session,
    actor: Actor,
    meeting_id: int,
    agenda_item_id: int | None,
    text: str,
    audience: Visibility = Visibility.SHARED,
) -> DecisionRow:
    """A decision of a meeting under way, on one of its items (or on none), written for
    ``audience`` in the actor's organization."""
    require(actor, Action.RUN_MEETINGS)
    if actor.organization_id is None:
        raise PermissionDenied(actor, Action.RUN_MEETINGS)
    meeting = held(load_meeting(session, meeting_id))
    if agenda_item_id is not None:
        item_on(session, meeting.id, agenda_item_id)
    body = required_text(text, TextField.DECISION)
    check_audience(actor, audience, actor.organization_id)
    check_no_names(session, actor, body, today=today_local())
    decision = Decision(
        meeting_id=meeting.id,
        agenda_item_id=agenda_item_id,
        text=body,
        audience=Visibility(audience),
        organization_id=actor.organization_id,
        created_by_id=actor.user_id,
    )
    session.add(decision)
    audit_write(session, actor, "create", decision)
    return decision_rows(session, actor, [decision])[0]


@writes(Area.MEETINGS, Area.SHIFTS, ids={Area.MEETINGS: row_id, Area.SHIFTS: EFFECT})
def decide_shift(
    session: Session, actor: Actor, decision_id: int, draft: shift_edits.ShiftDraft
) -> DecisionRow:
    """A draft shift, as the shift dialog holds it (``planning.create_shift``)."""
    decision = _open_decision(session, actor, decision_id)
    shift = shift_edits.create_shift(session, actor, draft)
    return _link(session, actor, decision, EffectKind.SHIFT, shift.id)


@writes(Area.MEETINGS, Area.CASES, ids={Area.MEETINGS: row_id, Area.CASES: EFFECT})
def decide_case_review(  # noqa: PLR0917 - the decision, then the case change
    session: Session,
    actor: Actor,
    decision_id: int,
    case_id: int,
    review_on: date | None,
    expected_version: int,
) -> DecisionRow:
    """The case's next review date (``expected_version``: the case's)."""
    decision = _open_decision(session, actor, decision_id)
    casework.update_case(session, actor, case_id, expected_version, next_review_on=review_on)
    return _link(session, actor, decision, EffectKind.CASE_REVIEW, case_id)


@writes(Area.MEETINGS, Area.CASES, ids={Area.MEETINGS: row_id, Area.CASES: EFFECT})
def decide_case_owner(  # noqa: PLR0917 - the decision, then the case change
    session: Session,
    actor: Actor,
    decision_id: int,
    case_id: int,
    owner_id: int,
    expected_version: int,
) -> DecisionRow:
    """A new owner for the case (it moves to the owner's organization)."""
    decision = _open_decision(session, actor, decision_id)
    casework.update_case(session, actor, case_id, expected_version, owner_id=owner_id)
    return _link(session, actor, decision, EffectKind.CASE_OWNER, case_id)


# The case too (it becomes referred): any of them.
@writes(
    Area.MEETINGS,
    Area.REFERRALS,
    Area.CASES,
    ids={Area.MEETINGS: row_id, Area.REFERRALS: EFFECT},
)
def decide_referral(  # noqa: PLR0917 - the decision, then the referral
    session: Session,
    actor: Actor,
    decision_id: int,
    case_id: int,
    to_organization_id: int,
    reason: str,
) -> DecisionRow:
    """Refer the case from the actor's organization to another."""
    decision = _open_decision(session, actor, decision_id)
    referral = referrals.refer_case(session, actor, case_id, to_organization_id, reason)
    return _link(session, actor, decision, EffectKind.REFERRAL, referral.id)


@writes(Area.MEETINGS, Area.NOTES, ids={Area.MEETINGS: row_id, Area.NOTES: EFFECT})
def decide_note(  # noqa: PLR0917 - the decision, then the note
    session: Session,
    actor: Actor,
    decision_id: int,
    case_id: int,
    body: str,
    audience: Visibility,
) -> DecisionRow:
    """A note on the case, for ``audience``, as the Cases section writes it."""
    decision = _open_decision(session, actor, decision_id)
    note = casework.add_note(session, actor, case_id, body, audience)
    return _link(session, actor, decision, EffectKind.NOTE, note.id)


@writes(Area.MEETINGS, Area.ZONES, ids={Area.MEETINGS: row_id, Area.ZONES: EFFECT})
def decide_zone_threshold(  # noqa: PLR0917 - the decision, then the zone change
    session: Session,
    actor: Actor,
    decision_id: int,
    zone_id: int,
    threshold: float,
    expected_version: int,
) -> DecisionRow:
    """A new review threshold for the zone (``expected_version``: the zone's)."""
    decision = _open_decision(session, actor, decision_id)
    zone = session.get(Zone, zone_id)
    if zone is None:
        raise not_found(MeetingError, Entity.ZONE, zone_id)
    draft = zones.ZoneDraft(zone.name, zone.colour, zone.geometry, threshold)
    zones.update_zone(session, actor, zone_id, expected_version, draft)
    return _link(session, actor, decision, EffectKind.ZONE_THRESHOLD, zone_id)


def _open_decision(session: Session, actor: Actor, decision_id: int) -> Decision:
    """The decision to turn into its effect: of a meeting under way, readable by the actor,
    with no effect yet."""
    require(actor, Action.RUN_MEETINGS)
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise MeetingError("decision_not_found", "decision {id} does not exist", id=decision_id)
    held(load_meeting(session, decision.meeting_id))
    if not may_read(actor, decision.audience, decision.organization_id, decision.created_by_id):
        raise PermissionDenied(actor, Action.RUN_MEETINGS)
    if decision.effect_kind is not None:
        raise MeetingError(
            "decision_already_effected",
            "decision {id} was already turned into its effect",
            id=decision.id,
        )
    return decision


def _link(
    session: Session, actor: Actor, decision: Decision, kind: EffectKind, effect_id: int
) -> DecisionRow:
    version = decision.version_id
    decision.effect_kind, decision.effect_id = kind, effect_id
    audit_write(session, actor, "update", decision, expected_version=version)
    return decision_rows(session, actor, [decision])[0]
