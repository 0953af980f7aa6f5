"""The zone panel's trend chart: reports.charts.zone_trend_figure with the words translated."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, QLocale

from console.reports.charts import zone_trend_figure
from console.services.places.indicators import WeekPoint
from console.views.common.formatting import qdate


def _week_text(monday: date) -> str:
    return QLocale().toString(qdate(monday), "d MMM")


def trend_figure(points: Sequence[WeekPoint], threshold: float | None = None) -> Figure:
    """Pressure per week (bars) beside presence hours (line), sized for the panel."""
    return zone_trend_figure(
        points,
        title="",
        labels={
            "pressure": QCoreApplication.translate("MapCharts", "Pressure"),
            "presence": QCoreApplication.translate("MapCharts", "Presence (h)"),
            "threshold": QCoreApplication.translate("MapCharts", "Review threshold"),
            "week": QCoreApplication.translate("MapCharts", "Week of"),
        },
        threshold=threshold,
        week_text=_week_text,
        size=(4.2, 2.6),
        dpi=90,
    )
