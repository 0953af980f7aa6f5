"""Copy a week: choose the week to copy from, then read what the copy did and its problems."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from console.services.planning.week import monday_of
from console.services.planning.week_copy import CopyProblemKind, CopyResult
from console.views.calendar import messages
from console.views.common import formatting
from console.views.common.validated_dialog import ValidatedDialog

SHIFT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the shift a problem is about, or None


class CopyWeekDialog(ValidatedDialog):
    """Choose the week whose shifts are copied, as drafts, into the week shown."""

    def __init__(self, shown_monday: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target_monday = monday_of(shown_monday)
        previous = self.target_monday - timedelta(days=7)
        self.setWindowTitle(self.tr("Copy a week"))

        intro = QLabel(
            self.tr(
                "The shifts of the week you choose are copied into {week} as drafts, on the "
                "same days and at the same times. Cancelled shifts are not copied, and people "
                "who can no longer be planned are left out."
            ).format(week=formatting.week_label(self.target_monday))
        )
        intro.setWordWrap(True)
        self.previous = QRadioButton(self.tr("The &previous week"))
        self.previous_label = QLabel(formatting.week_label(previous))
        self.chosen = QRadioButton(self.tr("A c&hosen week, the one of:"))
        self.day = QDateEdit(QDate(previous.year, previous.month, previous.day))
        self.day.setCalendarPopup(True)
        self.day.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.day.setDisplayFormat(f"ddd {QLocale().dateFormat(QLocale.FormatType.ShortFormat)}")
        self.chosen_label = QLabel()
        group = QButtonGroup(self)
        group.addButton(self.previous)
        group.addButton(self.chosen)
        self.previous.setChecked(True)
        self.ok.setText(self.tr("&Copy"))

        self._lay_out(intro)

        self.day.dateChanged.connect(lambda _day: self.chosen.setChecked(True))
        self.day.dateChanged.connect(self._changed)
        group.buttonToggled.connect(self._changed)
        self._changed()

    def _lay_out(self, intro: QLabel) -> None:
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) * 2
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen)
        chosen_row.addWidget(self.day)
        chosen_row.addStretch(1)
        choices = QVBoxLayout()
        choices.setSpacing(2)
        choices.addWidget(self.previous)
        choices.addWidget(self.previous_label)
        choices.addSpacing(10)
        choices.addLayout(chosen_row)
        choices.addWidget(self.chosen_label)
        for label in (self.previous_label, self.chosen_label):
            label.setContentsMargins(indent, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(choices)
        layout.addWidget(self.refused)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def source_monday(self) -> date:
        """The Monday of the week to copy from."""
        if self.previous.isChecked():
            return self.target_monday - timedelta(days=7)
        return monday_of(self.day.date().toPython())

    def problem(self) -> str | None:
        """Why the choice cannot be copied, or None."""
        if self.source_monday() == self.target_monday:
            return self.tr(
                "That is the week shown: a week cannot be copied onto itself. "
                "Choose another week to copy from."
            )
        return None

    def _changed(self, *_args: object) -> None:
        chosen_monday = monday_of(self.day.date().toPython())
        self.chosen_label.setText(formatting.week_label(chosen_monday))
        self.show_problem()


class CopyResultDialog(QDialog):
    """What a week copy did: how many shifts, and each problem in words. Activating a problem
    about a shift tells the owner, which can select that shift."""

    sig_shift_activated = Signal(int)  # id of the shift the activated problem is about

    def __init__(
        self,
        result: CopyResult,
        names: Mapping[int, str] | None = None,
        tz: ZoneInfo = messages.DEFAULT_TZ,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Week copied"))
        created = {row.id: row for row in result.created}
        known = {p.id: p.short_name for row in result.created for p in row.people}
        known |= dict(names or {})
        self.summary = QLabel(self.summary_text(result))
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setAlternatingRowColors(True)
        self.problems.setIconSize(QSize(16, 16))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for problem in result.problems:
            text = messages.copy_problem_text(problem, known, tz)
            row = created.get(problem.shift_id or 0)
            if problem.kind is CopyProblemKind.VIOLATION and row is not None:
                text = self.tr("{when} · {zone}: {problem}").format(
                    when=formatting.format_moment(row.starts_at, tz),
                    zone=row.zone_name,
                    problem=text,
                )
            item = QListWidgetItem(warning, text)
            item.setData(SHIFT_ID_ROLE, problem.shift_id)
            item.setToolTip(text)
            self.problems.addItem(item)
        self.problems.setVisible(bool(result.problems))
        self.problems.itemActivated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.resize(640, 360 if result.problems else 120)

    def summary_text(self, result: CopyResult) -> str:
        """ "Shifts copied as drafts: 3. Problems to look at: 2." (worded to need no plural
        forms in English; the Italian catalogue has them)."""
        copied = self.tr("Shifts copied as drafts: %n.", None, len(result.created))
        if result.problems:
            problems = self.tr("Problems to look at: %n.", None, len(result.problems))
        else:
            problems = self.tr("No problems found.")
        return f"{copied} {problems}"

    def problem_texts(self) -> list[str]:
        return [self.problems.item(row).text() for row in range(self.problems.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        shift_id = item.data(SHIFT_ID_ROLE)
        if shift_id:
            self.sig_shift_activated.emit(shift_id)
