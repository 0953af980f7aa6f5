"""The weights and limits of "Propose the week", with their defaults: a tiny pure module, so the
settings (``console.config``) know the defaults without loading the roster service."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class RosterWeights:
    """The weights of the soft rules and the solver's limits (Settings ▸ Calendar ▸ Proposal;
    ``config.Settings.roster_weights()`` reads them). A weight of 0 turns its rule off."""

    fairness: int = 4  # evenings and weekends shared fairly over the last 4 weeks and this one
    continuity: int = 3  # educator–officer pairs who already worked the zone together
    preferences: int = 2  # people planned on their preferred days
    pressure: int = 3  # outings staffed first where pressure is high relative to presence
    changes: int = 5  # fewest changes to the draft already there
    follow_pressure: bool = True  # outings marked so may move to the zone under most pressure
    time_limit_seconds: float = 20.0  # wall-clock safety limit of one proposal
    seed: int = 20261205  # the solver's random seed, recorded in every proposal
    workers: int = 1  # solver threads; one search is deterministic (and fastest here)

    def as_dict(self) -> dict[str, Any]:
        return {
            "fairness": self.fairness,
            "continuity": self.continuity,
            "preferences": self.preferences,
            "pressure": self.pressure,
            "changes": self.changes,
            "follow_pressure": self.follow_pressure,
            "time_limit_seconds": self.time_limit_seconds,
            "seed": self.seed,
            "workers": self.workers,
        }
