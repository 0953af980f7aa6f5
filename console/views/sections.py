"""The sections of the main window, in order: a new section is one more line in SECTIONS."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.views.calendar.section import CalendarView
from console.views.common.section import SectionView, ViewContext
from console.views.overview import OverviewView


@dataclass(frozen=True)
class Section:
    name: str  # stable and untranslated: the --view NAME of a screenshot
    title: str  # source text in the "Sections" context; shown through title_text()
    factory: Callable[[ViewContext], SectionView]

    def title_text(self) -> str:
        return QCoreApplication.translate("Sections", self.title)


SECTIONS: tuple[Section, ...] = (
    Section("calendar", QT_TRANSLATE_NOOP("Sections", "Calendar"), CalendarView),
    Section("overview", QT_TRANSLATE_NOOP("Sections", "Overview"), OverviewView),
)


def section_names() -> tuple[str, ...]:
    return tuple(section.name for section in SECTIONS)
