"""The Overview section: the current week at a glance, from real data."""

from console.views.overview.view import OverviewView

__all__ = ["OverviewView"]
