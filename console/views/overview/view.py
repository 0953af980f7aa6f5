"""The Overview section: the dashboard of a period (for everyone the permission table lets see
activity figures) and, on its own tab, one week's shifts per zone and people per organization."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from console.services.access import Action, can
from console.services.changes import Area
from console.views.common.section import SectionView, ViewContext
from console.views.overview.dashboard import DashboardPage
from console.views.overview.week_page import WeekPage

# What changes the dashboard's figures (and the week's tables).
DASHBOARD_AREAS = frozenset(
    {
        Area.SHIFTS,
        Area.DEBRIEFS,
        Area.CASES,
        Area.REFERRALS,
        Area.SIGNALS,
        Area.MEETINGS,
        Area.ZONES,
        Area.SETTINGS,
    }
)
WEEK_AREAS = frozenset({Area.SHIFTS, Area.ZONES, Area.PERSONS, Area.ORGANIZATIONS, Area.SETTINGS})


class OverviewView(SectionView):
    """The dashboard tab first (when the actor may see aggregates), the week tab beside it.

    ``sig_loaded`` is emitted once every page asked to load has its data on screen.
    """

    reload_areas = DASHBOARD_AREAS | WEEK_AREAS

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._waiting: set[QWidget] = set()
        self.week = WeekPage(context)
        self.week.sig_loaded.connect(self._week_loaded)
        self.dashboard: DashboardPage | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        if can(context.actor, Action.VIEW_AGGREGATES):
            self.dashboard = DashboardPage(context)
            self.dashboard.sig_loaded.connect(self._dashboard_loaded)
            self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.week, self.tr("Week"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._changed_areas: set[str] = set()

    def show_week_tab(self) -> None:
        self.tabs.setCurrentWidget(self.week)

    def show_dashboard_tab(self) -> None:
        if self.dashboard is not None:
            self.tabs.setCurrentWidget(self.dashboard)

    def on_changed(self, area: str, ids: object) -> None:
        self._changed_areas.add(area)
        super().on_changed(area, ids)

    def load(self) -> None:
        changed, self._changed_areas = self._changed_areas, set()
        everything = not changed or Area.ALL in changed
        pages: list[QWidget] = []
        if self.dashboard is not None and (everything or changed & DASHBOARD_AREAS):
            pages.append(self.dashboard)
        if everything or changed & WEEK_AREAS:
            pages.append(self.week)
        self._waiting = set(pages)
        for page in pages:
            page.load()

    def _week_loaded(self) -> None:
        self._page_loaded(self.week)

    def _dashboard_loaded(self) -> None:
        self._page_loaded(self.dashboard)

    def _page_loaded(self, page: QWidget | None) -> None:
        self._waiting.discard(page)
        if not self._waiting:
            self.sig_loaded.emit()
