"""Proposing the week on the Cremona demo, through the services: the demand and availability
editors with their permissions, a proposal that breaks no rule of the calendar, locked shifts
that stay, applying all or some of it in one audited step, and undoing it."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from console import db
from console.models import (
    AuditEvent,
    AvailabilityKind,
    Person,
    Role,
    Shift,
    ShiftKind,
    ShiftStatus,
    Zone,
)
from console.services import access, planning, roster
from console.services.access import PermissionDenied
from console.services.demo.seed import seed_demo
from console.services.planning import shift_edits
from console.services.planning.rules import ViolationKind
from console.services.roster import gather, solver, verify
from console.services.roster.model import RosterWeights, SolverStatus

TODAY = date(2026, 12, 2)  # the demo's weeks: 2 November to 27 December 2026
NEXT_MONDAY = date(2026, 12, 14)  # two weeks on: drafts, demand, history behind it
COORDINATOR = access.Actor(None, None, None, Role.COORDINATOR, "coordinatore")
EDUCATOR = access.Actor(None, None, None, Role.EDUCATOR, "educatore")
FAST = RosterWeights(time_limit_seconds=10.0)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("roster") / "demo.db"
    opened = db.open_database(db.sqlite_url(path))
    try:
        with db.session_scope(opened.engine) as session:
            seed_demo(session, TODAY)
    finally:
        opened.engine.dispose()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Engine]:
    copy = tmp_path / "demo.db"
    with closing(sqlite3.connect(demo_file)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    engine = db.open_database(db.sqlite_url(copy)).engine
    yield engine
    engine.dispose()


def audit_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def test_the_demo_has_demand_for_every_zone_and_some_availability(demo: Engine) -> None:
    with db.session_scope(demo) as s:
        rows = roster.demand_patterns(s, COORDINATOR)
        zones = {z.name for z in s.scalars(select(Zone))}
        assert {r.zone_name for r in rows} == zones
        assert any(r.follows_pressure for r in rows)
        everyone = roster.availability_of(s, COORDINATOR)
        assert {r.kind for r in everyone} == set(AvailabilityKind)


def test_demand_is_edited_by_planners_with_checks_and_versions(demo: Engine) -> None:
    with db.session_scope(demo) as s:
        zone_id = s.scalar(select(Zone.id).order_by(Zone.id))
        draft = roster.DemandDraft(zone_id, (5, 6), time(22), time(2), ShiftKind.JOINT, 1, 2)
        with pytest.raises(PermissionDenied):
            roster.add_demand(s, EDUCATOR, draft)
        row = roster.add_demand(s, COORDINATOR, draft)
        assert (row.days, row.starts, row.ends, row.minutes) == ((5, 6), time(22), time(2), 240)
        for bad, code in (
            (roster.DemandDraft(zone_id, (), time(18), time(22)), "demand_no_days"),
            (roster.DemandDraft(zone_id, (7,), time(18), time(22)), "demand_bad_day"),
            (roster.DemandDraft(zone_id, (1,), time(8), time(21)), "demand_too_long"),
            (
                roster.DemandDraft(zone_id, (1,), time(8), time(12), officers=0),
                "demand_joint_needs_both",
            ),
            (
                roster.DemandDraft(zone_id, (1,), time(8), time(12), ShiftKind.OUTREACH, 0, 0),
                "demand_people",
            ),
            (roster.DemandDraft(999, (1,), time(8), time(12)), "not_found"),
        ):
            with pytest.raises(roster.RosterError) as refused:
                roster.add_demand(s, COORDINATOR, bad)
            assert refused.value.code == code
        changed = roster.update_demand(
            s,
            COORDINATOR,
            row.id,
            dataclasses.replace(draft, officers=1),
            expected_version=row.version_id,
        )
        with pytest.raises(roster.StaleRoster):
            roster.update_demand(s, COORDINATOR, row.id, draft, expected_version=row.version_id - 1)
        roster.remove_demand(s, COORDINATOR, row.id, expected_version=changed.version_id)
        assert row.id not in {r.id for r in roster.demand_patterns(s, COORDINATOR)}


def test_availability_is_edited_with_the_absences_and_read_by_the_person(demo: Engine) -> None:
    with db.session_scope(demo) as s:
        person = s.scalar(select(Person).where(Person.role == Role.OFFICER).order_by(Person.id))
        assert person is not None
        draft = roster.AvailabilityDraft(AvailabilityKind.UNAVAILABLE, 2, time(18), time(0))
        with pytest.raises(PermissionDenied):
            roster.add_availability(s, EDUCATOR, person.id, draft)
        row = roster.add_availability(s, COORDINATOR, person.id, draft)
        assert (row.starts, row.ends) == (time(18), time(0))
        own = access.Actor(None, person.id, person.organization_id, Role.OFFICER, "agente")
        assert row.id in {r.id for r in roster.availability_of(s, own, person.id)}
        with pytest.raises(PermissionDenied):
            roster.availability_of(s, own)
        for bad, code in (
            (
                roster.AvailabilityDraft(AvailabilityKind.PREFERRED, 1, time(9)),
                "availability_half_times",
            ),
            (
                roster.AvailabilityDraft(AvailabilityKind.PREFERRED, 1, time(9), time(8)),
                "availability_ends_before_start",
            ),
        ):
            with pytest.raises(roster.RosterError) as refused:
                roster.add_availability(s, COORDINATOR, person.id, bad)
            assert refused.value.code == code
        roster.remove_availability(s, COORDINATOR, row.id, expected_version=row.version_id)


def test_only_planners_propose(demo: Engine) -> None:
    with db.session_scope(demo) as s, pytest.raises(PermissionDenied):
        roster.propose_week(s, EDUCATOR, NEXT_MONDAY, weights=FAST)


def test_the_demo_week_is_proposed_optimal_with_no_rule_broken(demo: Engine) -> None:
    with db.session_scope(demo) as s:
        proposal = roster.propose_week(s, COORDINATOR, NEXT_MONDAY, weights=FAST)
        assert proposal.status is SolverStatus.OPTIMAL
        assert proposal.objective == sum(p.cost for p in proposal.penalties)
        assert proposal.shifts and all(s.person_ids for s in proposal.shifts)
        assert [z.index for z in proposal.pressure] == sorted(
            (z.index for z in proposal.pressure), reverse=True
        )
        assert dict(proposal.pressure_rule)["it"].startswith("Seguire la pressione")
        problem = gather.week_problem(
            s,
            NEXT_MONDAY,
            planning.DEFAULT_TZ,
            weights=FAST,
            holidays=planning.week.DEFAULT_HOLIDAYS,
        )
        answer = solver.Solution(
            proposal.status,
            {p.key: p.person_ids for p in proposal.shifts},
            {p.key: p.zone_id for p in proposal.shifts},
        )
        assert verify.hard_violations(problem, answer) == []
        again = roster.propose_week(s, COORDINATOR, NEXT_MONDAY, weights=FAST)
        assert again.shifts == proposal.shifts and again.objective == proposal.objective


def test_applied_as_drafts_the_calendar_finds_no_problem_and_undo_restores(demo: Engine) -> None:
    with db.session_scope(demo) as s:
        before = {
            row.id: row for row in planning.shifts_in_week(s, COORDINATOR, NEXT_MONDAY).shifts
        }
        proposal = roster.propose_week(s, COORDINATOR, NEXT_MONDAY, weights=FAST)
        entries = audit_count(s)
        applied = roster.apply_proposal(s, COORDINATOR, proposal)
        assert audit_count(s) == entries + 1
        assert applied.created_shift_ids
        week = planning.shifts_in_week(s, COORDINATOR, NEXT_MONDAY)
        touched = set(applied.shift_ids)
        problems = [
            v
            for v in week.violations
            if v.shift_id in touched and v.kind is not ViolationKind.HOLIDAY
        ]
        assert problems == []
        assert applied.restaffed, "the demo week has a draft the solver restaffs"
        proposed = {p.shift_id: p for p in proposal.shifts if p.shift_id is not None}
        for shift_id, before_ids, after_ids in applied.restaffed:
            shift = s.get(Shift, shift_id)
            assert shift is not None
            now = tuple(sorted(a.person_id for a in shift.assignments))
            assert now == after_ids == proposed[shift_id].person_ids != before_ids
            assert shift.version_id > proposed[shift_id].version_id
        created = s.scalars(select(Shift).where(Shift.id.in_(applied.created_shift_ids))).all()
        assert {c.status for c in created} == {ShiftStatus.DRAFT}
        # Proposing again changes nothing: the week is as the solver wants it.
        assert roster.propose_week(s, COORDINATOR, NEXT_MONDAY, weights=FAST).changes == ()
        roster.revert_applied(s, COORDINATOR, applied)
        after = {row.id: row for row in planning.shifts_in_week(s, COORDINATOR, NEXT_MONDAY).shifts}
        assert set(after) == set(before)
        assert {i: r.people for i, r in after.items()} == {i: r.people for i, r in before.items()}


def test_a_selected_subset_is_applied_alone(demo: Engine) -> None:
    with db.session_scope(demo) as s:
        proposal = roster.propose_week(s, COORDINATOR, NEXT_MONDAY, weights=FAST)
        new = [p for p in proposal.changes if p.is_new][:2]
        applied = roster.apply_proposal(s, COORDINATOR, proposal, [p.key for p in new])
        assert len(applied.created_shift_ids) == 2 and applied.restaffed == ()
        shifts = s.scalars(select(Shift).where(Shift.id.in_(applied.created_shift_ids))).all()
        assert sorted((x.starts_at, x.zone_id) for x in shifts) == sorted(
            (p.starts_at, p.zone_id) for p in new
        )
        with pytest.raises(roster.RosterError) as refused:
            roster.apply_proposal(s, COORDINATOR, proposal, ["demand:0:1999-01-01"])
        assert refused.value.code == "slot_not_in_proposal"


def test_a_locked_draft_never_moves_and_a_changed_draft_is_stale(demo: Engine) -> None:
    with db.session_scope(demo) as s:
        week = planning.shifts_in_week(s, COORDINATOR, NEXT_MONDAY)
        drafts = [r for r in week.shifts if r.status is ShiftStatus.DRAFT and r.people]
        proposal = roster.propose_week(s, COORDINATOR, NEXT_MONDAY, weights=FAST)
        restaffed = [p for p in proposal.changes if p.shift_id is not None]
        assert restaffed, "the demo week has a draft the solver restaffs"
        target = next(r for r in drafts if r.id == restaffed[0].shift_id)
        locked = roster.set_shift_locked(
            s, COORDINATOR, target.id, True, expected_version=target.version_id
        )
        proposal = roster.propose_week(s, COORDINATOR, NEXT_MONDAY, weights=FAST)
        mine = next(p for p in proposal.shifts if p.shift_id == target.id)
        assert mine.locked and mine.person_ids == tuple(sorted(p.id for p in locked.people))
        assert mine not in proposal.changes
        roster.set_shift_locked(
            s, COORDINATOR, target.id, False, expected_version=locked.version_id
        )
        proposal = roster.propose_week(s, COORDINATOR, NEXT_MONDAY, weights=FAST)
        proposed = next(p for p in proposal.shifts if p.shift_id == target.id)
        assert proposed in proposal.changes
        # Someone changes that draft meanwhile: applying it is refused, nothing written.
        current = next(
            r
            for r in planning.shifts_in_week(s, COORDINATOR, NEXT_MONDAY).shifts
            if r.id == target.id
        )
        shift_edits.update_shift(
            s,
            COORDINATOR,
            target.id,
            shift_edits.ShiftDraft(
                current.zone_id,
                current.starts_at,
                current.ends_at,
                current.kind,
                "changed",
                tuple(p.id for p in current.people),
            ),
            expected_version=current.version_id,
        )
        entries = audit_count(s)
        with pytest.raises(roster.StaleRoster):
            roster.apply_proposal(s, COORDINATOR, proposal)
        assert audit_count(s) == entries


def test_alternatives_for_a_slot_of_the_proposal(demo: Engine) -> None:
    with db.session_scope(demo) as s:
        proposal = roster.propose_week(s, COORDINATOR, NEXT_MONDAY, weights=FAST)
        slot = next(p for p in proposal.shifts if p.is_new and p.person_ids)
        ranked = roster.alternatives_for_slot(s, COORDINATOR, proposal, slot.key, limit=30)
        assert ranked and {a.role for a in ranked} == {Role.EDUCATOR, Role.OFFICER}
        assert not set(slot.person_ids) & {a.person_id for a in ranked}
        possible = [a for a in ranked if a.possible]
        assert possible and ranked[: len(possible)] == possible
        assert all(a.replaces_person_id in slot.person_ids for a in possible)
        with pytest.raises(PermissionDenied):
            roster.alternatives_for_slot(s, EDUCATOR, proposal, slot.key)
        with pytest.raises(roster.RosterError):
            roster.alternatives_for_slot(s, COORDINATOR, proposal, "demand:0:1999-01-01")


def week_state(session: Session) -> dict[int, tuple[object, ...]]:
    """Every shift of the proposed week with its people and lock flags, versions aside."""
    session.expire_all()
    shifts = session.scalars(
        select(Shift).where(
            Shift.starts_at >= planning.week_bounds(NEXT_MONDAY)[0] - planning.week.MAX_SHIFT,
            Shift.starts_at < planning.week_bounds(NEXT_MONDAY)[1],
        )
    ).all()
    return {
        s.id: (
            s.zone_id,
            s.starts_at,
            s.ends_at,
            s.kind,
            s.status,
            s.objectives,
            s.locked,
            tuple(sorted((a.person_id, a.locked) for a in s.assignments)),
        )
        for s in shifts
    }


def test_propose_accept_undo_gives_back_every_shift_and_lock_as_it_was(demo: Engine) -> None:
    with db.session_scope(demo) as s:
        proposal = roster.propose_week(s, COORDINATOR, NEXT_MONDAY, weights=FAST)
        target = next(p for p in proposal.changes if p.shift_id is not None)
        kept = next(iter(set(target.previous_person_ids) & set(target.person_ids)), None)
        dropped = next(iter(set(target.previous_person_ids) - set(target.person_ids)))
        # A person the proposal keeps is locked; so is one it would drop, after it was made
        # (locking a person is no new version of the shift: the proposal still applies).
        for person_id in {kept, dropped} - {None}:
            roster.set_assignment_locked(s, COORDINATOR, target.shift_id, person_id, True)
        before = week_state(s)
        assert any(locks for *_, locks in before.values() if any(f for _, f in locks))
        applied = roster.apply_proposal(s, COORDINATOR, proposal)
        after_apply = week_state(s)
        assert dropped in {p for p, _ in after_apply[target.shift_id][-1]}  # locked: stays
        # Someone frees that person before the undo; the undo puts the week back all the same.
        roster.set_assignment_locked(s, COORDINATOR, target.shift_id, dropped, False)
        roster.revert_applied(s, COORDINATOR, applied)
        assert week_state(s) == before


def test_an_outing_someone_made_meanwhile_is_refused_and_nothing_written(demo: Engine) -> None:
    with db.session_scope(demo) as s:
        proposal = roster.propose_week(s, COORDINATOR, NEXT_MONDAY, weights=FAST)
        new = [p for p in proposal.changes if p.is_new]
        outing, other = new[0], new[1]
        made = shift_edits.create_shift(  # by hand, another kind even, without people
            s,
            COORDINATOR,
            shift_edits.ShiftDraft(
                outing.zone_id, outing.starts_at, outing.ends_at, ShiftKind.OUTREACH, "", ()
            ),
        )
        entries, count = audit_count(s), s.scalar(select(func.count()).select_from(Shift))
        for keys in (None, [other.key, outing.key]):
            with pytest.raises(roster.RosterError) as refused:
                roster.apply_proposal(s, COORDINATOR, proposal, keys)
            assert refused.value.code == "proposal_outing_made_meanwhile"
            assert refused.value.params["shift"] == made.id
            assert audit_count(s) == entries
            assert s.scalar(select(func.count()).select_from(Shift)) == count
        # The other outings still apply alone; a proposal made now knows the new shift.
        assert roster.apply_proposal(s, COORDINATOR, proposal, [other.key]).created_shift_ids
        again = roster.propose_week(s, COORDINATOR, NEXT_MONDAY, weights=FAST)
        assert made.id in again.known_shift_ids
        roster.apply_proposal(s, COORDINATOR, again)
