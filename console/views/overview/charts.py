"""The dashboard's charts: each one a builder from ``reports.charts`` fed from the summary, with
the words translated on the GUI thread (:func:`chart_words`) before the build starts.

The ``draw_*`` functions run on the runner's worker: they read only the summary and ``words``.
"""

from __future__ import annotations

from collections.abc import Mapping

from matplotlib.figure import Figure
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.models import ActionStatus, Identification, ReferralStatus, SignalKind
from console.reports import charts
from console.services.reporting.queries import NOT_RECORDED
from console.services.reporting.summary import ActivitySummary, Count
from console.views.common import labels

CONTEXT = "DashboardCharts"
DPI = 90
Words = Mapping[str, str]

# The charts' own words; enum names come from views.common.labels.
WORDS = {
    "shifts": QT_TRANSLATE_NOOP("DashboardCharts", "Joint shifts per zone"),
    "planned": QT_TRANSLATE_NOOP("DashboardCharts", "Planned"),
    "done": QT_TRANSLATE_NOOP("DashboardCharts", "Done"),
    "shifts_axis": QT_TRANSLATE_NOOP("DashboardCharts", "Shifts"),
    "hours_zone": QT_TRANSLATE_NOOP("DashboardCharts", "Presence hours per zone"),
    # Person-hours: two people of one organization in a 4-hour outing count 8.
    "hours_org": QT_TRANSLATE_NOOP("DashboardCharts", "People's hours in outings per organization"),
    "hours_axis": QT_TRANSLATE_NOOP("DashboardCharts", "Hours"),
    "contacts_age": QT_TRANSLATE_NOOP("DashboardCharts", "Contacts by age"),
    "contacts_gender": QT_TRANSLATE_NOOP("DashboardCharts", "Contacts by gender"),
    "contacts_axis": QT_TRANSLATE_NOOP("DashboardCharts", "Contacts"),
    "not_recorded": QT_TRANSLATE_NOOP("DashboardCharts", "Not recorded"),
    "gender:f": QT_TRANSLATE_NOOP("DashboardCharts", "Women"),
    "gender:m": QT_TRANSLATE_NOOP("DashboardCharts", "Men"),
    "gender:other": QT_TRANSLATE_NOOP("DashboardCharts", "Other"),
    "people_met": QT_TRANSLATE_NOOP("DashboardCharts", "People met by identification"),
    "people_axis": QT_TRANSLATE_NOOP("DashboardCharts", "People"),
    "cases": QT_TRANSLATE_NOOP("DashboardCharts", "Cases"),
    "cases_opened": QT_TRANSLATE_NOOP("DashboardCharts", "Opened"),
    "cases_closed": QT_TRANSLATE_NOOP("DashboardCharts", "Closed"),
    "cases_active": QT_TRANSLATE_NOOP("DashboardCharts", "Active"),
    "referrals_status": QT_TRANSLATE_NOOP("DashboardCharts", "Referrals by status"),
    "referrals_org": QT_TRANSLATE_NOOP("DashboardCharts", "Referrals by receiving organization"),
    "referrals_axis": QT_TRANSLATE_NOOP("DashboardCharts", "Referrals"),
    "signals": QT_TRANSLATE_NOOP("DashboardCharts", "Signals by kind"),
    "signals_axis": QT_TRANSLATE_NOOP("DashboardCharts", "Signals"),
    "trend": QT_TRANSLATE_NOOP("DashboardCharts", "Pressure and presence hours, week by week"),
    "pressure": QT_TRANSLATE_NOOP("DashboardCharts", "Pressure (weighted signals)"),
    "presence": QT_TRANSLATE_NOOP("DashboardCharts", "Presence hours"),
    "before_after": QT_TRANSLATE_NOOP(
        "DashboardCharts", "Pressure before and after joint shifts began"
    ),
    "before": QT_TRANSLATE_NOOP("DashboardCharts", "Before"),
    "after": QT_TRANSLATE_NOOP("DashboardCharts", "After"),
    "pressure_axis": QT_TRANSLATE_NOOP("DashboardCharts", "Weighted signals a week"),
    "actions": QT_TRANSLATE_NOOP("DashboardCharts", "Actions of the meetings held"),
    "actions_axis": QT_TRANSLATE_NOOP("DashboardCharts", "Actions"),
    "empty": QT_TRANSLATE_NOOP("DashboardCharts", "Nothing to show for this period"),
}


def _translated(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def chart_words() -> dict[str, str]:
    """Every word the charts draw, in the interface language (call on the GUI thread)."""
    words = {key: _translated(text) for key, text in WORDS.items()}
    words.update({f"stage:{s.value}": labels.identification_label(s) for s in Identification})
    words.update({f"referral:{s.value}": labels.referral_status_label(s) for s in ReferralStatus})
    words.update({f"signal:{k.value}": labels.signal_kind_label(k) for k in SignalKind})
    words.update({f"action:{s.value}": labels.action_status_label(s) for s in ActionStatus})
    return words


def _shown(value: Count) -> int | None:
    return value.value  # None: suppressed, drawn hatched with the "<5" text


def _suppressed(summary: ActivitySummary) -> str:
    return f"<{summary.threshold}"


def draw_shifts(summary: ActivitySummary, words: Words) -> Figure:
    return charts.shifts_figure(
        [z.name for z in summary.zones],
        [z.figures.joint_planned for z in summary.zones],
        [z.figures.joint_done for z in summary.zones],
        title=words["shifts"],
        labels={"planned": words["planned"], "done": words["done"], "axis": words["shifts_axis"]},
        empty_text=words["empty"],
        dpi=DPI,
    )


def draw_hours_by_zone(summary: ActivitySummary, words: Words) -> Figure:
    return charts.hours_by_zone_figure(
        [z.name for z in summary.zones],
        [z.figures.presence_hours for z in summary.zones],
        title=words["hours_zone"],
        axis=words["hours_axis"],
        empty_text=words["empty"],
        dpi=DPI,
    )


def draw_hours_by_organization(summary: ActivitySummary, words: Words) -> Figure:
    hours = summary.figures.hours_by_organization
    return charts.hours_by_organization_figure(
        list(hours),
        list(hours.values()),
        title=words["hours_org"],
        axis=words["hours_axis"],
        empty_text=words["empty"],
        dpi=DPI,
    )


def draw_contacts(summary: ActivitySummary, words: Words) -> Figure:
    figures = summary.figures

    def band(key: str) -> str:
        return words["not_recorded"] if key == NOT_RECORDED else key

    def gender(key: str) -> str:
        return words["not_recorded"] if key == NOT_RECORDED else words[f"gender:{key}"]

    return charts.contacts_figure(
        {band(k): _shown(v) for k, v in figures.contacts_by_age.items()},
        {gender(k): _shown(v) for k, v in figures.contacts_by_gender.items()},
        title_age=words["contacts_age"],
        title_gender=words["contacts_gender"],
        axis=words["contacts_axis"],
        suppressed_text=_suppressed(summary),
        empty_text=words["empty"],
        dpi=DPI,
    )


def draw_people_met(summary: ActivitySummary, words: Words) -> Figure:
    stages = summary.figures.people_met_by_stage
    return charts.people_met_figure(
        {words[f"stage:{Identification(s).value}"]: _shown(v) for s, v in stages.items()},
        title=words["people_met"],
        axis=words["people_axis"],
        suppressed_text=_suppressed(summary),
        empty_text=words["empty"],
        dpi=DPI,
    )


def draw_cases(summary: ActivitySummary, words: Words) -> Figure:
    figures = summary.figures
    return charts.cases_figure(
        {
            words["cases_opened"]: _shown(figures.cases_opened),
            words["cases_closed"]: _shown(figures.cases_closed),
            words["cases_active"]: _shown(figures.cases_active),
        },
        title=words["cases"],
        axis=words["cases"],
        suppressed_text=_suppressed(summary),
        empty_text=words["empty"],
        dpi=DPI,
    )


def draw_referrals_by_status(summary: ActivitySummary, words: Words) -> Figure:
    statuses = summary.figures.referrals_by_status
    return charts.referrals_figure(
        {words[f"referral:{ReferralStatus(s).value}"]: _shown(v) for s, v in statuses.items()},
        title=words["referrals_status"],
        axis=words["referrals_axis"],
        suppressed_text=_suppressed(summary),
        empty_text=words["empty"],
        dpi=DPI,
    )


def draw_referrals_by_organization(summary: ActivitySummary, words: Words) -> Figure:
    organizations = summary.figures.referrals_by_organization
    return charts.referrals_figure(
        {name: _shown(v) for name, v in organizations.items()},
        title=words["referrals_org"],
        axis=words["referrals_axis"],
        suppressed_text=_suppressed(summary),
        empty_text=words["empty"],
        dpi=DPI,
    )


def draw_signals(summary: ActivitySummary, words: Words) -> Figure:
    kinds = summary.figures.signals_by_kind
    return charts.signals_figure(
        {words[f"signal:{SignalKind(k).value}"]: n for k, n in kinds.items()},
        title=words["signals"],
        axis=words["signals_axis"],
        empty_text=words["empty"],
        dpi=DPI,
    )


def draw_trend(summary: ActivitySummary, words: Words) -> Figure:
    return charts.zones_trend_figure(
        [(z.name, z.trend) for z in summary.zones],
        title=words["trend"],
        labels={"pressure": words["pressure"], "presence": words["presence"]},
        empty_text=words["empty"],
        dpi=DPI,
    )


def draw_before_after(summary: ActivitySummary, words: Words) -> Figure:
    zones = [z for z in summary.zones if z.before_after is not None]
    return charts.before_after_figure(
        [z.name for z in zones],
        [z.before_after.before_pressure for z in zones if z.before_after],
        [z.before_after.after_pressure for z in zones if z.before_after],
        title=words["before_after"],
        labels={"before": words["before"], "after": words["after"], "axis": words["pressure_axis"]},
        empty_text=words["empty"],
        dpi=DPI,
    )


def draw_actions(summary: ActivitySummary, words: Words) -> Figure:
    actions = summary.meetings.actions
    return charts.bar_figure(
        [words[f"action:{ActionStatus(s).value}"] for s in actions],
        list(actions.values()),
        title=words["actions"],
        value_label=words["actions_axis"],
        empty_text=words["empty"],
        dpi=DPI,
    )


# In the order shown: two a row, the wide trend chart last but one.
CHARTS = (
    ("shifts", draw_shifts),
    ("hours_by_zone", draw_hours_by_zone),
    ("hours_by_organization", draw_hours_by_organization),
    ("contacts", draw_contacts),
    ("people_met", draw_people_met),
    ("cases", draw_cases),
    ("referrals_by_status", draw_referrals_by_status),
    ("referrals_by_organization", draw_referrals_by_organization),
    ("signals", draw_signals),
    ("actions", draw_actions),
    ("before_after", draw_before_after),
    ("trend", draw_trend),
)
