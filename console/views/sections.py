"""The sections of the main window, in order: a new section is one more line in SECTIONS.

Light on purpose (the command line's ``--view`` choices come from here before the sign-in
dialog shows): no SQLAlchemy, no models, no section's own package until it is made."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from console.services.actions import Action

if TYPE_CHECKING:
    from console.services.access import Actor
    from console.views.common.section import SectionView, ViewContext

SectionFactory = Callable[["ViewContext", QWidget | None], "SectionView"]


@dataclass(frozen=True)
class _Lazy:
    """A section's view class by its package and name, imported when the first view of it is
    made: start-up imports only the section it shows (the others, with their libraries, load
    when they are first made)."""

    package: str
    name: str

    def view_class(self) -> SectionFactory:
        view_class: SectionFactory = getattr(importlib.import_module(self.package), self.name)
        return view_class

    def __call__(self, context: ViewContext, parent: QWidget | None = None) -> SectionView:
        return self.view_class()(context, parent)


@dataclass(frozen=True)
class Section:
    name: str  # stable and untranslated: the --view NAME of a screenshot
    title: str  # source text in the "Sections" context; shown through title_text()
    factory: SectionFactory  # (context, parent): the view, a child of parent
    action: Action | None = None  # shown only to actors who may take it; None: to everyone

    def title_text(self) -> str:
        return QCoreApplication.translate("Sections", self.title)

    def visible_to(self, actor: Actor) -> bool:
        # Asked once someone signed in, when the permission table has long been loaded.
        from console.services.access import can  # noqa: PLC0415

        return self.action is None or can(actor, self.action)


SECTIONS: tuple[Section, ...] = (
    Section(
        "calendar",
        QT_TRANSLATE_NOOP("Sections", "Calendar"),
        _Lazy("console.views.calendar", "CalendarView"),
    ),
    Section(
        "map",
        QT_TRANSLATE_NOOP("Sections", "Map"),
        _Lazy("console.views.map", "MapView"),
        Action.VIEW_MAP,
    ),
    Section(
        "cases",
        QT_TRANSLATE_NOOP("Sections", "Cases"),
        _Lazy("console.views.cases", "CasesView"),
        Action.VIEW_CASES,
    ),
    Section(
        "overview",
        QT_TRANSLATE_NOOP("Sections", "Overview"),
        _Lazy("console.views.overview", "OverviewView"),
    ),
    Section(
        "meetings",
        QT_TRANSLATE_NOOP("Sections", "Meetings"),
        _Lazy("console.views.meetings", "MeetingsView"),
        Action.VIEW_MEETINGS,
    ),
    Section(
        "accounts",
        QT_TRANSLATE_NOOP("Sections", "Accounts"),
        _Lazy("console.views.accounts", "AccountsView"),
        Action.MANAGE_USERS,
    ),
    Section(
        "audit",
        QT_TRANSLATE_NOOP("Sections", "Audit log"),
        _Lazy("console.views.audit", "AuditView"),
        Action.READ_AUDIT,
    ),
    Section(
        "retention",
        QT_TRANSLATE_NOOP("Sections", "Personal data"),
        _Lazy("console.views.retention", "RetentionView"),
        Action.RUN_RETENTION,
    ),
)


def import_section(name: str | None) -> None:
    """Import the package of a section (by default the first), as making its view would: done
    while the person signs in, the window that follows shows sooner."""
    section = next((s for s in SECTIONS if s.name == name), SECTIONS[0])
    if isinstance(section.factory, _Lazy):
        section.factory.view_class()


def import_sections(names: tuple[str, ...]) -> None:
    """Import the packages of these sections (on the runner's worker, once the first section
    has loaded): making each view on the GUI thread then imports nothing, and the window does
    not stall while the map's and the dashboard's libraries load (about 0.3 s)."""
    for section in SECTIONS:
        if section.name in names and isinstance(section.factory, _Lazy):
            section.factory.view_class()


def section_names() -> tuple[str, ...]:
    return tuple(section.name for section in SECTIONS)
