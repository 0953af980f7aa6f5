"""Proposing the week on PostgreSQL: the demo's next week proposed, applied as drafts, undone,
with the audit chain intact."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy import Engine

from console import db
from console.services import planning, roster
from console.services.access import audit
from console.services.planning import shift_edits
from console.services.roster.model import RosterWeights, SolverStatus
from tests.factories import ROME
from tests.pg.test_postgresql import TODAY, actor, pg, pg_demo, pg_url  # noqa: F401 - fixtures


def test_a_week_proposed_applied_and_undone_on_postgresql(pg_demo: Engine) -> None:  # noqa: F811
    coordinator = actor(pg_demo, "coordinatore")
    monday = planning.monday_of(TODAY) + timedelta(weeks=2)
    weights = RosterWeights(time_limit_seconds=10.0)
    with db.session_scope(pg_demo) as s:
        proposal = roster.propose_week(s, coordinator, monday, ROME, weights=weights)
        assert proposal.status is SolverStatus.OPTIMAL and proposal.changes
        applied = roster.apply_proposal(s, coordinator, proposal)
    with db.session_scope(pg_demo) as s:
        again = roster.propose_week(s, coordinator, monday, ROME, weights=weights)
        assert again.changes == ()
        roster.revert_applied(s, coordinator, applied)
    with db.session_scope(pg_demo) as s:
        after = roster.propose_week(s, coordinator, monday, ROME, weights=weights)
        # The same week again; only the restored drafts have new versions.
        assert [dataclasses.replace(p, version_id=None) for p in after.shifts] == [
            dataclasses.replace(p, version_id=None) for p in proposal.shifts
        ]
        assert audit.verify_chain(s).ok


def test_an_outing_planned_meanwhile_is_refused_on_postgresql(pg_demo: Engine) -> None:  # noqa: F811
    coordinator = actor(pg_demo, "coordinatore")
    monday = planning.monday_of(TODAY) + timedelta(weeks=2)
    weights = RosterWeights(time_limit_seconds=10.0)
    with db.session_scope(pg_demo) as s:
        proposal = roster.propose_week(s, coordinator, monday, ROME, weights=weights)
        outing = next(p for p in proposal.changes if p.is_new)
    with db.session_scope(pg_demo) as s:  # someone plans it by hand meanwhile
        shift_edits.create_shift(
            s,
            coordinator,
            shift_edits.ShiftDraft(
                outing.zone_id, outing.starts_at, outing.ends_at, outing.kind, "", ()
            ),
        )
    with db.session_scope(pg_demo) as s, pytest.raises(roster.RosterError) as refused:
        roster.apply_proposal(s, coordinator, proposal)
    assert refused.value.code == "proposal_outing_made_meanwhile"
