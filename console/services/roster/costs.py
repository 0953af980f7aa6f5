"""What the soft rules cost, in the solver's whole units: shared by the model
(:mod:`solver`) and by the penalties listed with a proposal (:mod:`penalties`), so both count
the same."""

from __future__ import annotations

import math

from console.services.roster.problem import PLANNED_ROLES, Slot, WeekProblem

UNIT = 10  # cost units per weight point and breach
UNFILLED_COST = 1000  # one empty place, before the pressure share is added


def unfilled_cost(problem: WeekProblem, slot: Slot, zone_share: float | None = None) -> int:
    """What one empty place of ``slot`` costs: more where the pressure share is higher."""
    share = slot.pressure_share if zone_share is None else zone_share
    if slot.zone_options:
        shares = {z.zone_id: z for z in problem.pressure}
        share = max(
            (shares[o.zone_id].share for o in slot.zone_options if o.zone_id in shares),
            default=share,
        )
    return UNFILLED_COST + problem.weights.pressure * round(10 * share)


def fair_targets(problem: WeekProblem) -> dict[tuple[int, str], int]:
    """Each person's fair number of evenings and weekend outings over the last 4 weeks and
    this one: the role's total (past ones plus this week's places) shared by contract hours,
    rounded up."""
    targets: dict[tuple[int, str], int] = {}
    for role in PLANNED_ROLES:
        team = [w for w in problem.workers if w.role is role]
        hours = sum(w.contract_hours for w in team)
        if not team or hours <= 0:
            continue
        for what, past, flag in (
            ("evening", lambda w: w.past_evenings, lambda s: s.evening),
            ("weekend", lambda w: w.past_weekends, lambda s: s.weekend),
        ):
            total = sum(past(w) for w in team) + sum(
                s.needed(role) for s in problem.slots if flag(s)
            )
            for worker in team:
                targets[worker.id, what] = math.ceil(total * worker.contract_hours / hours)
    return targets
