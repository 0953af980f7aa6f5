"""Copy a week: choose the week to copy from (seeing which shifts would fall on a public
holiday, and whether to leave them out), then read what the copy did and its problems."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
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
from console.services.planning.week_copy import CopyPreview, CopyProblemKind, CopyResult
from console.views.calendar import messages
from console.views.common import formatting
from console.views.common.errors import error_text
from console.views.common.formatting import console_dates
from console.views.common.validated_dialog import ValidatedDialog

SHIFT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the shift a problem is about, or None


class CopyWeekDialog(ValidatedDialog):
    """Choose the week whose shifts are copied, as drafts, into the week shown.

    ``preview(source_monday)`` is called whenever the week to copy from changes; the owner
    answers with :meth:`show_preview` (the shifts that would fall on a public holiday, listed
    with the holiday's name; leaving them out is the default) or :meth:`show_preview_failed`.
    """

    def __init__(
        self,
        shown_monday: date,
        parent: QWidget | None = None,
        *,
        tz: ZoneInfo = messages.DEFAULT_TZ,
        preview: Callable[[date], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.tz = tz
        self._preview = preview
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
        self.day = console_dates(QDateEdit(QDate(previous.year, previous.month, previous.day)))
        self.day.setCalendarPopup(True)
        self.day.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.day.setDisplayFormat(f"ddd {QLocale().dateFormat(QLocale.FormatType.ShortFormat)}")
        self.chosen_label = QLabel()
        group = QButtonGroup(self)
        group.addButton(self.previous)
        group.addButton(self.chosen)
        self.previous.setChecked(True)
        self.ok.setText(self.tr("&Copy"))
        self.holiday_summary = QLabel()
        self.holiday_summary.setWordWrap(True)
        self.on_holidays = QListWidget()
        self.on_holidays.setAccessibleName(self.tr("Shifts that would fall on a public holiday"))
        self.on_holidays.setMaximumHeight(120)
        self.skip = QCheckBox(self.tr("&Leave out the shifts that fall on a public holiday"))
        self.skip.setChecked(True)
        self.skip.setToolTip(
            self.tr(
                "Checked, those shifts are not copied and the copy's report names them. "
                "Unchecked, they are copied and marked as shifts on a holiday."
            )
        )
        self.on_holidays.hide()
        self.skip.hide()

        self._lay_out(intro)

        self.day.dateChanged.connect(lambda _day: self.chosen.setChecked(True))
        self.day.dateChanged.connect(self._changed)
        group.buttonToggled.connect(self._changed)
        self._shown = False  # the first preview is asked for once the dialog is on screen
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
        layout.addSpacing(6)
        layout.addWidget(self.holiday_summary)
        layout.addWidget(self.on_holidays)
        layout.addWidget(self.skip)
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

    def skip_holidays(self) -> bool:
        """Whether the shifts that would fall on a public holiday are left out of the copy."""
        return self.skip.isChecked()

    def show_preview(self, preview: CopyPreview) -> None:
        """List the shifts of the chosen week that would fall on a public holiday (an answer
        for a week no longer chosen is ignored)."""
        if preview.source_monday != self.source_monday():
            return
        self.on_holidays.clear()
        for landing in preview.on_holidays:
            text = self.tr("{when} · {zone}: {holiday}").format(
                when=formatting.format_moment(landing.starts_at, self.tz),
                zone=landing.zone_name,
                holiday=landing.holiday,
            )
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.on_holidays.addItem(item)
        landed = len(preview.on_holidays)
        if not preview.shifts:
            text = self.tr("The chosen week has no shift to copy.")
        elif landed:
            text = self.tr("Shifts that would fall on a public holiday: %n.", "", landed)
        else:
            text = self.tr("No shift would fall on a public holiday.")
        self.holiday_summary.setText(text)
        self.on_holidays.setVisible(bool(landed))
        self.skip.setVisible(bool(landed))

    def show_preview_failed(self, exc: BaseException) -> None:
        self.holiday_summary.setText(
            self.tr("The public holidays of the copy could not be checked: {reason}").format(
                reason=error_text(exc)
            )
        )
        self.on_holidays.hide()
        self.skip.hide()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True  # the owner may answer now: the dialog exists and is its own
            self._changed()

    def holiday_texts(self) -> list[str]:
        return [self.on_holidays.item(row).text() for row in range(self.on_holidays.count())]

    def _changed(self, *_args: object) -> None:
        chosen_monday = monday_of(self.day.date().toPython())
        self.chosen_label.setText(formatting.week_label(chosen_monday))
        self.show_problem()
        self.on_holidays.clear()
        self.on_holidays.hide()
        self.skip.hide()
        self.holiday_summary.clear()
        if self._preview is not None and self._shown and self.problem() is None:
            self.holiday_summary.setText(self.tr("Looking for shifts on public holidays…"))
            self._preview(self.source_monday())


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
