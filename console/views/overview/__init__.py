"""The Overview section: the dashboard of a period (figures, changes, charts, summary PDF) and
the current week at a glance, from real data."""

from console.views.overview.view import OverviewView

__all__ = ["OverviewView"]
