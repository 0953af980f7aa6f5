"""Proposing the week on PostgreSQL: the demo's next week proposed, applied as drafts, undone,
with the audit chain intact."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from console import db
from console.services import planning, roster
from console.services.access import audit
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
        assert roster.propose_week(s, coordinator, monday, ROME, weights=weights).shifts == (
            proposal.shifts
        )
        assert audit.verify_chain(s).ok
