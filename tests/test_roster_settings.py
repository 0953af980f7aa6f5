"""The proposal's weights in the settings: declared once with their defaults, read typed, and
values edited by hand out of range falling back to the defaults."""

from __future__ import annotations

from console import config
from console.config import Settings
from console.services.roster import RosterWeights


def test_the_defaults_are_the_proposals() -> None:
    assert Settings().roster_weights() == RosterWeights()


def test_the_weights_are_read_typed_and_kept() -> None:
    settings = Settings()
    settings.set_value(config.ROSTER_WEIGHT_FAIRNESS, 9)
    settings.set_value(config.ROSTER_WEIGHT_CHANGES, 0)
    settings.set_value(config.ROSTER_FOLLOW_PRESSURE, False)
    settings.set_value(config.ROSTER_TIME_LIMIT, 45)
    settings.set_value(config.ROSTER_SEED, 7)
    settings.sync()
    weights = Settings().roster_weights()
    assert (weights.fairness, weights.changes, weights.follow_pressure) == (9, 0, False)
    assert (weights.time_limit_seconds, weights.seed) == (45.0, 7)
    assert weights.continuity == RosterWeights.continuity


def test_values_out_of_range_fall_back() -> None:
    settings = Settings()
    settings.set_value(config.ROSTER_WEIGHT_PRESSURE, config.ROSTER_WEIGHT_MAX + 1)
    settings.set_value(config.ROSTER_WEIGHT_PREFERENCES, -3)
    settings.set_value(config.ROSTER_TIME_LIMIT, 0)
    weights = settings.roster_weights()
    assert weights.pressure == RosterWeights.pressure
    assert weights.preferences == RosterWeights.preferences
    assert weights.time_limit_seconds == RosterWeights.time_limit_seconds
