"""What each dashboard tile shows, read from an activity summary: its name, what it counts,
its value as the locale writes it and its change against the previous period."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from console.services.reporting.summary import ActivitySummary, Count, Figures, MeetingFigures
from console.views.common.formatting import format_hours
from console.views.overview.tiles import TileFigure

CONTEXT = "DashboardTiles"
Value = Count | int | float


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


@dataclass(frozen=True)
class TileSpec:
    key: str
    title: str  # QT_TRANSLATE_NOOP("DashboardTiles", ...)
    tooltip: str  # what it counts, same context


TILES: tuple[TileSpec, ...] = (
    TileSpec(
        "joint_shifts",
        QT_TRANSLATE_NOOP("DashboardTiles", "Joint shifts done"),
        QT_TRANSLATE_NOOP(
            "DashboardTiles",
            "Joint shifts starting in the period and marked done, out of those planned "
            "(published or done)",
        ),
    ),
    TileSpec(
        "presence",
        # The map's index, named as the summary PDF names it (its "hours of presence" are
        # the outings' hours, shown on the Outings tile).
        QT_TRANSLATE_NOOP("DashboardTiles", "Presence hours"),
        QT_TRANSLATE_NOOP(
            "DashboardTiles",
            "Hours of the joint shifts (published or done), plus the debriefs of outings that "
            "were not one of those shifts",
        ),
    ),
    TileSpec(
        "outings",
        QT_TRANSLATE_NOOP("DashboardTiles", "Outings"),
        QT_TRANSLATE_NOOP("DashboardTiles", "Debriefs of outings that started in the period"),
    ),
    TileSpec(
        "contacts",
        QT_TRANSLATE_NOOP("DashboardTiles", "Contacts"),
        QT_TRANSLATE_NOOP("DashboardTiles", "Contacts recorded in the debriefs of the period"),
    ),
    TileSpec(
        "people_met",
        QT_TRANSLATE_NOOP("DashboardTiles", "People met"),
        QT_TRANSLATE_NOOP(
            "DashboardTiles", "Different people linked to the debriefs of the period"
        ),
    ),
    TileSpec(
        "cases",
        QT_TRANSLATE_NOOP("DashboardTiles", "Cases active"),
        QT_TRANSLATE_NOOP(
            "DashboardTiles", "Cases opened before the end of the period and not closed by then"
        ),
    ),
    TileSpec(
        "referrals",
        QT_TRANSLATE_NOOP("DashboardTiles", "Referrals"),
        QT_TRANSLATE_NOOP("DashboardTiles", "Referrals sent in the period"),
    ),
    TileSpec(
        "signals",
        QT_TRANSLATE_NOOP("DashboardTiles", "Signals"),
        QT_TRANSLATE_NOOP(
            "DashboardTiles", "Citizen reports, police interventions and media reports"
        ),
    ),
    TileSpec(
        "meetings",
        QT_TRANSLATE_NOOP("DashboardTiles", "Meetings held"),
        QT_TRANSLATE_NOOP("DashboardTiles", "Coordination meetings held in the period (all zones)"),
    ),
    TileSpec(
        "actions",
        QT_TRANSLATE_NOOP("DashboardTiles", "Actions done"),
        QT_TRANSLATE_NOOP(
            "DashboardTiles",
            "Actions decided at the meetings of the period, by their status today",
        ),
    ),
)


def _number(value: float, hours: bool) -> str:
    return format_hours(value) if hours else QLocale().toString(int(value))


def value_text(value: Value, *, hours: bool = False) -> str:
    """'12', '37,5' (hours) or '<5' for a suppressed count."""
    if isinstance(value, Count):
        return value.text() if value.suppressed else _number(value.value or 0, hours)
    return _number(value, hours)


def tile(
    value: Value, previous: Value | None, *, hours: bool = False, detail: str = ""
) -> TileFigure:
    """The tile of ``value`` against ``previous`` (no change when either is suppressed or
    there is no previous period)."""
    now = value.value if isinstance(value, Count) else value
    before = previous.value if isinstance(previous, Count) else previous
    if now is None or before is None:
        return TileFigure(value_text(value, hours=hours), None, "", detail)
    change = round(float(now) - float(before), 2)
    return TileFigure(value_text(value, hours=hours), change, _number(abs(change), hours), detail)


def _of(figures: Figures | None, read: Callable[[Figures], Value]) -> Value | None:
    return None if figures is None else read(figures)


def _meeting(meetings: MeetingFigures | None, read: Callable[[MeetingFigures], int]) -> int | None:
    return None if meetings is None else read(meetings)


def _joint_detail(now: Figures) -> str:
    """ "of 40 planned", and how many of them are over without their debrief."""
    planned = value_text(now.joint_planned)
    if not now.joint_to_debrief:
        return _t(QT_TRANSLATE_NOOP("DashboardTiles", "of {planned} planned")).format(
            planned=planned
        )
    return _t(
        QT_TRANSLATE_NOOP("DashboardTiles", "of {planned} planned · {to_debrief} to debrief")
    ).format(planned=planned, to_debrief=value_text(now.joint_to_debrief))


def tile_figures(summary: ActivitySummary) -> dict[str, TileFigure]:
    """Every tile of :data:`TILES`, by key."""
    now, before = summary.figures, summary.previous
    meetings, met_before = summary.meetings, summary.previous_meetings

    def pair(read: Callable[[Figures], Value], **kwargs: object) -> TileFigure:
        return tile(read(now), _of(before, read), **kwargs)  # type: ignore[arg-type]

    return {
        "joint_shifts": pair(
            lambda f: f.joint_done,
            detail=_joint_detail(now),
        ),
        "presence": pair(lambda f: f.presence_hours, hours=True),
        "outings": pair(
            lambda f: f.outings,
            detail=_t(QT_TRANSLATE_NOOP("DashboardTiles", "{hours} h in the field")).format(
                hours=value_text(now.outing_hours, hours=True)
            ),
        ),
        "contacts": pair(lambda f: f.contacts),
        "people_met": pair(lambda f: f.people_met),
        "cases": pair(
            lambda f: f.cases_active,
            detail=_t(
                QT_TRANSLATE_NOOP("DashboardTiles", "{opened} opened · {closed} closed")
            ).format(opened=value_text(now.cases_opened), closed=value_text(now.cases_closed)),
        ),
        "referrals": pair(lambda f: f.referrals),
        "signals": pair(
            lambda f: f.signals,
            detail=_t(QT_TRANSLATE_NOOP("DashboardTiles", "pressure {pressure} a week")).format(
                pressure=QLocale().toString(float(now.pressure), "f", 1)
            ),
        ),
        "meetings": tile(meetings.held, _meeting(met_before, lambda m: m.held)),
        "actions": tile(
            meetings.actions_done,
            _meeting(met_before, lambda m: m.actions_done),
            detail=_t(QT_TRANSLATE_NOOP("DashboardTiles", "{open} still open")).format(
                open=value_text(meetings.actions_open)
            ),
        ),
    }
