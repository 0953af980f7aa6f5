"""Item models of the Meetings section, fed rows from the meetings services; they never query:
the meetings and a meeting's agenda; and how an agenda item and a restricted text read."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from console.clock import HOME_TIME_ZONE
from console.models import AgendaKind, AgendaSource, MeetingStatus
from console.services.meetings.rows import AgendaItemRow, MeetingRow
from console.views.common import labels
from console.views.common.formatting import format_moment, week_label
from console.views.common.rows_model import Index, RowsTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the id of a row's meeting, item or action
MUTED_COLOUR = QColor("#666666")
CONTEXT = "MeetingsModel"


translate = QCoreApplication.translate


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _RoleModel(RowsTableModel):
    """Answers each role with one method: ``handlers()`` maps a role to ``fn(row, index)``."""

    def handlers(self) -> dict[int, Callable[[Any, Index], Any]]:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        handler = self.handlers().get(role)
        return handler(self.row(index.row()), index) if handler is not None else None

    def _id(self, row: Any, _index: Index) -> int:
        return row.id

    def _alignment(self, _row: Any, index: Index) -> Qt.AlignmentFlag:
        return self.alignment(index.column())


class MeetingsModel(_RoleModel):
    """The meetings as ``list_meetings`` orders them: planned ones (the next on top), then
    held and closed ones, newest first. The next planned meeting is in bold."""

    CONTEXT = CONTEXT
    # The place last: the least needed to tell meetings apart, it takes the room left.
    COL_WHEN, COL_TITLE, COL_STATUS, COL_ACTIONS, COL_PLACE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("MeetingsModel", "When"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Meeting"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Status"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Actions"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Place"),
    )
    TOOLTIPS: ClassVar[dict[int, str]] = {
        COL_ACTIONS: QT_TRANSLATE_NOOP(
            "MeetingsModel", "Actions decided at the meeting that are still open"
        ),
    }
    TEXT_COLUMNS = frozenset({COL_WHEN, COL_TITLE, COL_PLACE, COL_STATUS})

    def __init__(self, parent: Any = None, tz: ZoneInfo = HOME_TIME_ZONE) -> None:
        super().__init__(parent)
        self.tz = tz

    def handlers(self) -> dict[int, Callable[[Any, Index], Any]]:
        return {
            Qt.ItemDataRole.DisplayRole: lambda row, index: self._text(row, index.column()),
            ID_ROLE: self._id,
            Qt.ItemDataRole.TextAlignmentRole: self._alignment,
            Qt.ItemDataRole.FontRole: self._font,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
        }

    def _font(self, meeting: MeetingRow, index: Index) -> QFont | None:
        next_one = index.row() == 0 and meeting.status is MeetingStatus.PLANNED
        return _bold() if next_one else None

    def _tooltip(self, meeting: MeetingRow, index: Index) -> str | None:
        if index.column() in (self.COL_TITLE, self.COL_PLACE, self.COL_STATUS):
            return self._text(meeting, index.column()) or None
        return None

    def _text(self, meeting: MeetingRow, column: int) -> str:
        if column == self.COL_WHEN:
            return format_moment(meeting.held_at, self.tz)
        if column == self.COL_ACTIONS:
            return str(meeting.open_actions) if meeting.open_actions else ""
        return {
            self.COL_TITLE: meeting.title,
            self.COL_PLACE: meeting.location,
            self.COL_STATUS: labels.meeting_status_label(meeting.status),
        }[column]

    def row_of(self, meeting_id: int) -> int | None:
        for number in range(self.rowCount()):
            if self.row(number).id == meeting_id:
                return number
        return None


def agenda_title(item: AgendaItemRow, *, cases_visible: bool = True) -> str:
    """The item's title. A reader who does not see cases (a manager) reads neither a case's
    title (the services leave it out) nor a referral's, which names its case."""
    if item.kind is AgendaKind.REFERRAL and not cases_visible:
        return translate("MeetingsModel", "A referral (for the partners only)")
    if item.kind is AgendaKind.PLANNING and item.week_monday is not None:
        return week_label(item.week_monday)  # not its code ("2026-W51")
    return item.title or translate("MeetingsModel", "A case (for the partners only)")


def agenda_about(item: AgendaItemRow) -> str:
    """What the item is about: its kind, and the zone or week it names."""
    kind = labels.agenda_kind_label(item.kind)
    if item.kind is AgendaKind.ZONE and item.zone_name:
        return translate("MeetingsModel", "{kind}: {zone}").format(kind=kind, zone=item.zone_name)
    if item.kind is AgendaKind.PLANNING and item.week_monday is not None:
        return translate("MeetingsModel", "{kind}: {week}").format(
            kind=kind, week=week_label(item.week_monday)
        )
    return kind


def agenda_why(item: AgendaItemRow) -> str:
    """Why it is on the agenda: the reason the data gave, or that someone added it."""
    if item.source is AgendaSource.FREE or not item.reason:
        return translate("MeetingsModel", "Added by hand")
    return labels.agenda_reason_label(item.reason)


class AgendaModel(_RoleModel):
    """A meeting's agenda in order (``AgendaItemRow``), as a reader who sees cases or not
    (``cases_visible``) may read it."""

    CONTEXT = CONTEXT
    COL_NUMBER, COL_TITLE, COL_ABOUT, COL_WHY = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("MeetingsModel", "#"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Item"),
        QT_TRANSLATE_NOOP("MeetingsModel", "About"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Why"),
    )
    TOOLTIPS: ClassVar[dict[int, str]] = {
        COL_WHY: QT_TRANSLATE_NOOP(
            "MeetingsModel", "Why the item was proposed from the data, or added by hand"
        ),
    }
    TEXT_COLUMNS = frozenset({COL_TITLE, COL_ABOUT, COL_WHY})

    def __init__(self, parent: Any = None, *, cases_visible: bool = True) -> None:
        super().__init__(parent)
        self.cases_visible = cases_visible

    def handlers(self) -> dict[int, Callable[[Any, Index], Any]]:
        return {
            Qt.ItemDataRole.DisplayRole: lambda row, i: self._text(row, i.row(), i.column()),
            ID_ROLE: self._id,
            Qt.ItemDataRole.TextAlignmentRole: self._alignment,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            Qt.ItemDataRole.ForegroundRole: self._foreground,
        }

    def _tooltip(self, item: AgendaItemRow, index: Index) -> str | None:
        text = self._text(item, index.row(), index.column())
        if index.column() == self.COL_TITLE and item.notes:
            return f"{text}\n\n{item.notes}"
        return text or None

    def _foreground(self, item: AgendaItemRow, index: Index) -> QBrush | None:
        free = item.source is AgendaSource.FREE
        return QBrush(MUTED_COLOUR) if free and index.column() == self.COL_WHY else None

    def _text(self, item: AgendaItemRow, row: int, column: int) -> str:
        if column == self.COL_NUMBER:
            return str(row + 1)
        return {
            self.COL_TITLE: partial(agenda_title, cases_visible=self.cases_visible),
            self.COL_ABOUT: agenda_about,
            self.COL_WHY: agenda_why,
        }[column](item)

    def row_of(self, item_id: int) -> int | None:
        for number in range(self.rowCount()):
            if self.row(number).id == item_id:
                return number
        return None


def restricted_text(organization_name: str) -> str:
    """What a reader sees of a text beyond their audience: that it exists, and whose it is."""
    return translate("MeetingsModel", "Restricted — {organization}").format(
        organization=organization_name or "?"
    )
