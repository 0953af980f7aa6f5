"""The dashboard's period picker: a kind (week, month, quarter, year, project to date, custom),
arrows that move to the period before or after, and the first and last day in two date fields
(editing either makes the period a custom one)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.services.reporting.periods import Period, PeriodKind
from console.views.common.formatting import console_dates, pydate, qdate, week_range_text

CONTEXT = "PeriodPicker"
KIND_NAMES = {
    PeriodKind.WEEK: QT_TRANSLATE_NOOP("PeriodPicker", "Week"),
    PeriodKind.MONTH: QT_TRANSLATE_NOOP("PeriodPicker", "Month"),
    PeriodKind.QUARTER: QT_TRANSLATE_NOOP("PeriodPicker", "Quarter"),
    PeriodKind.YEAR: QT_TRANSLATE_NOOP("PeriodPicker", "Year"),
    PeriodKind.PROJECT_TO_DATE: QT_TRANSLATE_NOOP("PeriodPicker", "Project to date"),
    PeriodKind.CUSTOM: QT_TRANSLATE_NOOP("PeriodPicker", "Custom range"),
}


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def step(kind: PeriodKind, period: Period, steps: int) -> Period:
    """The period ``steps`` before (negative) or after (positive) ``period``, of the same kind;
    a custom range moves by its own length. Project to date does not move."""
    if kind == PeriodKind.PROJECT_TO_DATE:
        return period
    moved = period
    for _ in range(abs(steps)):
        if kind == PeriodKind.CUSTOM:
            moved = (
                moved.previous()
                if steps < 0
                else Period(moved.end + timedelta(days=1), moved.end + timedelta(days=moved.days))
            )
        else:
            day = moved.start - timedelta(days=1) if steps < 0 else moved.end + timedelta(days=1)
            moved = Period.of(kind, day)
    return moved


def period_title(kind: PeriodKind, period: Period) -> str:
    """The period in words: "week 12 (16–22 March 2026)", "March 2026", "Q1 2026", "2026",
    or its first and last day."""
    locale = QLocale()
    if kind == PeriodKind.WEEK:
        return _t(QT_TRANSLATE_NOOP("PeriodPicker", "Week {number} ({days})")).format(
            number=period.start.isocalendar().week, days=week_range_text(period.start)
        )
    if kind == PeriodKind.MONTH:
        month = locale.standaloneMonthName(period.start.month, QLocale.FormatType.LongFormat)
        return f"{month[:1].upper()}{month[1:]} {period.start.year}"
    if kind == PeriodKind.QUARTER:
        return _t(QT_TRANSLATE_NOOP("PeriodPicker", "Q{number} {year}")).format(
            number=(period.start.month - 1) // 3 + 1, year=period.start.year
        )
    if kind == PeriodKind.YEAR:
        return str(period.start.year)
    return _t(QT_TRANSLATE_NOOP("PeriodPicker", "{first} – {last}")).format(
        first=locale.toString(qdate(period.start), QLocale.FormatType.ShortFormat),
        last=locale.toString(qdate(period.end), QLocale.FormatType.ShortFormat),
    )


class PeriodPicker(QWidget):
    """Picks a :class:`Period`; ``today`` is asked each time "the current period" is meant.

    Starts on the last full month: the current month is still under way, and comparing its
    first days with a whole month before would show a fall that is not there.
    """

    sig_period_changed = Signal(object)  # Period: the period picked (once per change)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._project_start: date | None = None
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("period_kind")
        for kind, name in KIND_NAMES.items():
            self.kind_box.addItem(_t(name), kind)
        self.kind_box.setToolTip(self.tr("How long a period the figures cover"))
        self.back = QToolButton()
        self.back.setText("◀")
        self.back.setAutoRaise(True)
        self.forward = QToolButton()
        self.forward.setText("▶")
        self.forward.setAutoRaise(True)
        self.title = QLabel()
        self.title.setObjectName("period_title")
        # Takes the room there is, asks for none: a long week title never widens the window.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.first = console_dates(QDateEdit())
        self.last = console_dates(QDateEdit())
        for name, edit in (("period_first", self.first), ("period_last", self.last)):
            edit.setObjectName(name)
            console_dates(edit)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            # A typed date counts once typed (Enter, Tab, a click elsewhere): the half-typed
            # days in between are not periods to build, nor to push the other field with.
            edit.setKeyboardTracking(False)
        # Two rows: the kind and the arrows with the period in words, then its first and last
        # day; narrow enough for a small window.
        kind_row = QHBoxLayout()
        kind_row.addWidget(QLabel(self.tr("Period:")))
        kind_row.addWidget(self.kind_box)
        kind_row.addWidget(self.back)
        kind_row.addWidget(self.forward)
        kind_row.addWidget(self.title, 1)
        dates_row = QHBoxLayout()
        dates_row.addWidget(QLabel(self.tr("From")))
        dates_row.addWidget(self.first)
        dates_row.addWidget(QLabel(self.tr("to")))
        dates_row.addWidget(self.last)
        dates_row.addStretch(1)
        self._dates_row = dates_row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(kind_row)
        layout.addLayout(dates_row)

        self._kind = PeriodKind.MONTH
        self._period = Period.last(PeriodKind.MONTH, today())
        self._show()
        self.kind_box.currentIndexChanged.connect(self._kind_picked)
        self.back.clicked.connect(self.previous)
        self.forward.clicked.connect(self.next)
        self.first.dateChanged.connect(self._dates_edited)
        self.last.dateChanged.connect(self._dates_edited)

    def add_to_dates_row(self, *widgets: QWidget) -> None:
        """Place ``widgets`` at the right end of the row of the first and last day."""
        self._dates_row.addSpacing(16)
        for widget in widgets:
            self._dates_row.addWidget(widget)

    @property
    def kind(self) -> PeriodKind:
        return self._kind

    def period(self) -> Period:
        return self._period

    def set_project_start(self, day: date | None) -> None:
        """The project's first day (project to date starts there); None: not recorded."""
        self._project_start = day
        if self._kind == PeriodKind.PROJECT_TO_DATE:
            self.set_period(PeriodKind.PROJECT_TO_DATE, self._project_to_date())

    def set_period(self, kind: PeriodKind, period: Period) -> None:
        """Show ``period`` as a ``kind`` period; announces it when it changed."""
        changed = (kind, period) != (self._kind, self._period)
        self._kind, self._period = kind, period
        self._show()
        if changed:
            self.sig_period_changed.emit(period)

    def pick(self, kind: PeriodKind) -> None:
        """The current ``kind`` period (the one holding today; project to date up to today).
        Custom keeps the dates shown."""
        today = self._today()
        if kind == PeriodKind.CUSTOM:
            self.set_period(kind, self._period)
        elif kind == PeriodKind.PROJECT_TO_DATE:
            self.set_period(kind, self._project_to_date())
        else:
            self.set_period(kind, Period.of(kind, today))

    def previous(self) -> None:
        self.set_period(self._kind, step(self._kind, self._period, -1))

    def next(self) -> None:
        if self._can_go_forward():
            self.set_period(self._kind, step(self._kind, self._period, 1))

    def current(self) -> None:
        """Back to the period holding today, of the same kind."""
        self.pick(self._kind if self._kind != PeriodKind.CUSTOM else PeriodKind.MONTH)

    def _project_to_date(self) -> Period:
        today = self._today()
        return Period.project_to_date(self._project_start or today, today)

    def _can_go_forward(self) -> bool:
        if self._kind == PeriodKind.PROJECT_TO_DATE:
            return False
        return step(self._kind, self._period, 1).start <= self._today()

    def _kind_picked(self, index: int) -> None:
        self.pick(PeriodKind(self.kind_box.itemData(index)))

    def _dates_edited(self) -> None:
        first, last = pydate(self.first.date()), pydate(self.last.date())
        if last < first:  # the other field follows, so the range is never reversed
            if self.sender() is self.first:
                last = first
            else:
                first = last
        self.set_period(PeriodKind.CUSTOM, Period(first, last))

    def _show(self) -> None:
        blockers = [QSignalBlocker(w) for w in (self.kind_box, self.first, self.last)]
        self.kind_box.setCurrentIndex(self.kind_box.findData(self._kind))
        self.first.setDate(qdate(self._period.start))
        self.last.setDate(qdate(self._period.end))
        del blockers
        self.title.setText(period_title(self._kind, self._period))
        stepped = self._kind != PeriodKind.PROJECT_TO_DATE
        self.back.setEnabled(stepped)
        self.forward.setEnabled(self._can_go_forward())
        self.back.setToolTip(self.tr("The period before (Alt+Left)"))
        self.forward.setToolTip(self.tr("The period after (Alt+Right)"))
