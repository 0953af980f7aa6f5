"""The sections of the main window, in order: a new section is one more line in SECTIONS."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.services.access import Action, Actor, can
from console.views.accounts import AccountsView
from console.views.audit import AuditView
from console.views.calendar import CalendarView
from console.views.cases import CasesView
from console.views.common.section import SectionView, ViewContext
from console.views.map import MapView
from console.views.meetings import MeetingsView
from console.views.overview import OverviewView
from console.views.retention import RetentionView


@dataclass(frozen=True)
class Section:
    name: str  # stable and untranslated: the --view NAME of a screenshot
    title: str  # source text in the "Sections" context; shown through title_text()
    factory: Callable[[ViewContext], SectionView]
    action: Action | None = None  # shown only to actors who may take it; None: to everyone

    def title_text(self) -> str:
        return QCoreApplication.translate("Sections", self.title)

    def visible_to(self, actor: Actor) -> bool:
        return self.action is None or can(actor, self.action)


SECTIONS: tuple[Section, ...] = (
    Section("calendar", QT_TRANSLATE_NOOP("Sections", "Calendar"), CalendarView),
    Section("map", QT_TRANSLATE_NOOP("Sections", "Map"), MapView, Action.VIEW_MAP),
    Section("cases", QT_TRANSLATE_NOOP("Sections", "Cases"), CasesView, Action.VIEW_CASES),
    Section("overview", QT_TRANSLATE_NOOP("Sections", "Overview"), OverviewView),
    Section(
        "meetings", QT_TRANSLATE_NOOP("Sections", "Meetings"), MeetingsView, Action.VIEW_MEETINGS
    ),
    Section(
        "accounts", QT_TRANSLATE_NOOP("Sections", "Accounts"), AccountsView, Action.MANAGE_USERS
    ),
    Section("audit", QT_TRANSLATE_NOOP("Sections", "Audit log"), AuditView, Action.READ_AUDIT),
    Section(
        "retention",
        QT_TRANSLATE_NOOP("Sections", "Personal data"),
        RetentionView,
        Action.RUN_RETENTION,
    ),
)


def section_names() -> tuple[str, ...]:
    return tuple(section.name for section in SECTIONS)
