"""Rostering: the weekly demand of each zone, each person's recurring availability, and the
proposal of a week staffed by a constraint solver (OR-Tools CP-SAT, loaded only when
proposing), with reasons for every empty place and every soft rule it breaks.

The front gives the names the calendar and the command line use. Inside: ``model`` holds the
values; ``inputs`` the editing services; ``propose`` the use cases and ``apply`` writing a
proposal; ``gather`` and ``problem`` the week as plain data; ``hard``, ``costs`` and ``solver``
the model; ``explain`` and ``penalties`` the words; ``verify`` the rules checked on a result;
``greedy`` the baseline; ``synthetic`` made-up weeks; ``export`` the JSON.
"""

from __future__ import annotations

from console.services.roster.apply import apply_proposal, revert_applied
from console.services.roster.inputs import (
    RosterError,
    StaleRoster,
    add_availability,
    add_demand,
    availability_of,
    demand_patterns,
    remove_availability,
    remove_demand,
    set_assignment_locked,
    set_shift_locked,
    update_availability,
    update_demand,
)
from console.services.roster.model import (
    Alternative,
    AppliedProposal,
    AvailabilityDraft,
    AvailabilityRow,
    Blocker,
    BlockerCount,
    DemandDraft,
    DemandRow,
    Penalty,
    PenaltyRule,
    Proposal,
    ProposedAssignment,
    ProposedShift,
    RosterWeights,
    SolverStatus,
    UnfilledSlot,
    ZonePressure,
)
from console.services.roster.propose import alternatives_for_slot, propose_week

__all__ = [
    "Alternative",
    "AppliedProposal",
    "AvailabilityDraft",
    "AvailabilityRow",
    "Blocker",
    "BlockerCount",
    "DemandDraft",
    "DemandRow",
    "Penalty",
    "PenaltyRule",
    "Proposal",
    "ProposedAssignment",
    "ProposedShift",
    "RosterError",
    "RosterWeights",
    "SolverStatus",
    "StaleRoster",
    "UnfilledSlot",
    "ZonePressure",
    "add_availability",
    "add_demand",
    "alternatives_for_slot",
    "apply_proposal",
    "availability_of",
    "demand_patterns",
    "propose_week",
    "remove_availability",
    "remove_demand",
    "revert_applied",
    "set_assignment_locked",
    "set_shift_locked",
    "update_availability",
    "update_demand",
]
