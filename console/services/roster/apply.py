"""Writing a proposal: all or some of its outings as drafts in one audited step
(:func:`apply_proposal`), and the exact undo of that step (:func:`revert_applied`), which the
calendar's undo stack calls."""

from __future__ import annotations

from collections.abc import Iterable
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from console.models import Person, Shift, ShiftAssignment, ShiftStatus, Zone
from console.models.base import utcnow
from console.services import access
from console.services.access import Action, audit
from console.services.changes import Area, writes
from console.services.errors import Entity
from console.services.planning.week import unavailability
from console.services.roster.inputs import RosterError, StaleRoster
from console.services.roster.model import AppliedProposal, Proposal, ProposedShift
from console.services.roster.problem import PLANNED_ROLES


def applied_ids(result: AppliedProposal) -> tuple[int, ...]:
    return result.shift_ids


@writes(Area.SHIFTS, ids=applied_ids)
def apply_proposal(
    session: Session,
    actor: access.Actor,
    proposal: Proposal,
    slot_keys: Iterable[str] | None = None,
) -> AppliedProposal:
    """Write the proposal's outings named by ``slot_keys`` (default: every change) as drafts:
    new outings become draft shifts with their people, existing drafts get the proposed people
    (their locked people stay). One audit entry for the whole step. Returns what was written,
    for :func:`revert_applied`.

    Raises :class:`StaleRoster` when a draft changed (or was published) since the proposal
    was made, and :class:`RosterError` for a key the proposal lacks; nothing is written then.
    """
    access.require(actor, Action.PLAN_SHIFTS)
    wanted = (
        [s.key for s in proposal.changes] if slot_keys is None else list(dict.fromkeys(slot_keys))
    )
    by_key = {s.key: s for s in proposal.shifts}
    for key in wanted:
        if key not in by_key:
            raise RosterError(
                "slot_not_in_proposal",
                "the outing {slot} is not in this proposal; propose the week again",
                slot=key,
            )
    chosen = [by_key[key] for key in wanted if by_key[key].changed and not by_key[key].locked]
    person_ids = {p for s in chosen for p in s.person_ids}
    people = {
        p.id: p for p in session.scalars(select(Person).where(Person.id.in_(list(person_ids))))
    }
    existing = {
        s.id: s
        for s in session.scalars(
            select(Shift)
            .options(selectinload(Shift.assignments))
            .where(Shift.id.in_([s.shift_id for s in chosen if s.shift_id is not None]))
        )
    }
    zones = {z.id: z for z in session.scalars(select(Zone))}
    _check_applicable(chosen, people, existing, zones, ZoneInfo(proposal.tz_name))
    _check_not_made_meanwhile(session, proposal, [s for s in chosen if s.shift_id is None])
    created: list[Shift] = []
    restaffed: list[tuple[int, tuple[int, ...], tuple[int, ...]]] = []
    locked_before: list[tuple[int, tuple[int, ...]]] = []
    for proposed in chosen:
        if proposed.shift_id is None:
            shift = Shift(
                zone=zones[proposed.zone_id],
                starts_at=proposed.starts_at,
                ends_at=proposed.ends_at,
                kind=proposed.kind,
                status=ShiftStatus.DRAFT,
                objectives="",
                created_by_id=actor.user_id,
                assignments=[ShiftAssignment(person=people[p]) for p in proposed.person_ids],
            )
            session.add(shift)
            created.append(shift)
        else:
            shift = existing[proposed.shift_id]
            before = tuple(sorted(a.person_id for a in shift.assignments))
            locked_before.append(
                (shift.id, tuple(sorted(a.person_id for a in shift.assignments if a.locked)))
            )
            _set_people(shift, proposed.person_ids, people)
            shift.updated_at = utcnow()  # only its people changed: a new version all the same
            restaffed.append((shift.id, before, tuple(sorted(_ids(shift)))))
    session.flush()
    result = AppliedProposal(
        created_shift_ids=tuple(s.id for s in created),
        restaffed=tuple(restaffed),
        locked_before=tuple(locked_before),
    )
    if chosen:
        audit.record(
            session,
            actor,
            audit.AuditAction.CREATE if created else audit.AuditAction.UPDATE,
            entity="shifts",
            details={
                "proposal": {
                    "week": proposal.monday,
                    "seed": proposal.seed,
                    "status": proposal.status,
                    "objective": proposal.objective,
                },
                "created": list(result.created_shift_ids),
                "restaffed": {str(i): [list(b), list(a)] for i, b, a in restaffed},
            },
        )
    return result


def _check_applicable(
    chosen: list[ProposedShift],
    people: dict[int, Person],
    existing: dict[int, Shift],
    zones: dict[int, Zone],
    tz: ZoneInfo,
) -> None:
    """Refuse, before anything is written, a proposal the data moved away from."""
    for proposed in chosen:
        for person_id in proposed.person_ids:
            person = people.get(person_id)
            if person is None:
                raise RosterError(
                    "proposal_person_gone",
                    "person {person} is no longer in the console; propose the week again",
                    person=person_id,
                )
            refusal = unavailability(person, proposed.starts_at.astimezone(tz).date())
            if refusal is not None:
                raise refusal
        if proposed.shift_id is not None:
            shift = existing.get(proposed.shift_id)
            if (
                shift is None
                or shift.version_id != proposed.version_id
                or shift.status is not ShiftStatus.DRAFT
            ):
                raise StaleRoster(Entity.SHIFT, proposed.shift_id, proposed.version_id or 0)
        elif proposed.zone_id not in zones:
            raise RosterError(
                "proposal_zone_gone",
                "zone {zone} is no longer in the console; propose the week again",
                zone=proposed.zone_id,
            )


def _check_not_made_meanwhile(
    session: Session, proposal: Proposal, new: list[ProposedShift]
) -> None:
    """Refuse a new outing someone else already made since the proposal: a shift (not
    cancelled) in the same zone with the same start and end that the proposal did not read.
    One query for all of them."""
    if not new:
        return
    places = {(s.zone_id, s.starts_at, s.ends_at): s for s in new}
    rows = session.execute(
        select(Shift.id, Shift.zone_id, Shift.starts_at, Shift.ends_at).where(
            Shift.zone_id.in_(sorted({zone_id for zone_id, _, _ in places})),
            Shift.starts_at.in_(sorted({starts_at for _, starts_at, _ in places})),
            Shift.status != ShiftStatus.CANCELLED,
        )
    )
    for shift_id, zone_id, starts_at, ends_at in rows:
        if shift_id in proposal.known_shift_ids:
            continue
        proposed = places.get((zone_id, starts_at, ends_at))
        if proposed is not None:
            raise RosterError(
                "proposal_outing_made_meanwhile",
                "someone else has planned the outing of {zone} at that time since the proposal "
                "was made (shift {shift}); propose the week again",
                zone=proposed.zone_name,
                shift=shift_id,
            )


def _ids(shift: Shift) -> set[int]:
    return {a.person_id for a in shift.assignments}


def _set_people(shift: Shift, person_ids: Iterable[int], people: dict[int, Person]) -> None:
    """Make the shift's educators and officers ``person_ids``; locked ones and people of other
    roles (a coordinator, a social worker) stay."""
    wanted = set(person_ids)
    for assignment in list(shift.assignments):
        if assignment.person_id in wanted or assignment.locked:
            continue
        if assignment.person.role in PLANNED_ROLES:
            shift.assignments.remove(assignment)
    for person_id in sorted(wanted - _ids(shift)):
        shift.assignments.append(ShiftAssignment(person=people[person_id]))


@writes(Area.SHIFTS, ids=applied_ids)
def revert_applied(
    session: Session, actor: access.Actor, applied: AppliedProposal
) -> AppliedProposal:
    """Undo :func:`apply_proposal`: delete the drafts it created (still drafts, without a
    debrief) and give the restaffed drafts their people back, each locked or not as before the
    step. One audit entry. Raises
    :class:`StaleRoster` when one of them is no longer a draft."""
    access.require(actor, Action.PLAN_SHIFTS)
    ids = list(applied.shift_ids)
    shifts = {
        s.id: s
        for s in session.scalars(
            select(Shift).options(selectinload(Shift.assignments)).where(Shift.id.in_(ids))
        )
    }
    for shift_id in ids:
        shift = shifts.get(shift_id)
        if shift is None or shift.status is not ShiftStatus.DRAFT:
            raise StaleRoster(Entity.SHIFT, shift_id, shift.version_id if shift else 0)
    before_ids = {p for _, before, _ in applied.restaffed for p in before}
    people = {
        p.id: p for p in session.scalars(select(Person).where(Person.id.in_(list(before_ids))))
    }
    for shift_id in applied.created_shift_ids:
        session.delete(shifts[shift_id])
    locked = dict(applied.locked_before)
    for shift_id, before, _after in applied.restaffed:
        shift = shifts[shift_id]
        for assignment in list(shift.assignments):
            if assignment.person_id not in before:
                shift.assignments.remove(assignment)
        for person_id in sorted(set(before) - _ids(shift)):
            if person_id in people:
                shift.assignments.append(ShiftAssignment(person=people[person_id]))
        was_locked = set(locked.get(shift_id, ()))
        for assignment in shift.assignments:
            assignment.locked = assignment.person_id in was_locked
        shift.updated_at = utcnow()
    session.flush()
    audit.record(
        session,
        actor,
        audit.AuditAction.DELETE if applied.created_shift_ids else audit.AuditAction.UPDATE,
        entity="shifts",
        details={
            "proposal_undone": True,
            "deleted": list(applied.created_shift_ids),
            "restored": [shift_id for shift_id, _, _ in applied.restaffed],
        },
    )
    return applied
