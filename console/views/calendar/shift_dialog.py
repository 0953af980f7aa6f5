"""The shift dialog: create or edit one shift, see its problems live, refuse impossible times."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.models import ShiftKind, ShiftStatus
from console.services.planning.availability import Availability
from console.services.planning.rules import ShiftRefused, Violation, validate_times
from console.services.planning.shift_edits import ShiftDraft
from console.services.planning.week import AssignedPerson, PersonLoad, PlanningError, ShiftRow
from console.views.calendar import messages
from console.views.common import formatting, labels
from console.views.common.errors import error_text
from console.views.common.formatting import console_dates
from console.views.common.people_picker import PeoplePicker
from console.views.common.time_fields import QuarterTimeEdit, duration_text, zone_icon
from console.views.common.validated_dialog import refused_label

ZoneChoice = tuple[int, str, str]  # (zone id, name, colour "#rrggbb")
CheckDraft = Callable[[ShiftDraft], None]
CHECK_DELAY_MS = 300  # wait for a pause in typing before asking the services
DEFAULT_START, DEFAULT_END = time(18, 0), time(22, 0)  # most outings are in the evening
PROBLEMS_STYLE = "color: #7a4f01;"


class ShiftDialog(QDialog):
    """Create a shift (``initial`` a ShiftDraft or None) or edit one (``initial`` a ShiftRow).

    Shows and returns times in ``tz``. Never calls a service: ``check(draft)``, when given, is
    called after edits settle and the owner answers with :meth:`show_problems`; likewise
    ``check_people(draft)`` after the time settles on a new value, answered with
    :meth:`show_availability` (who is absent, busy or short of rest then). Problems warn and
    never block; times no shift may have keep OK disabled with the reason shown.
    """

    def __init__(
        self,
        zones: Sequence[ZoneChoice],
        people: Sequence[PersonLoad],
        tz: ZoneInfo = messages.DEFAULT_TZ,
        initial: ShiftRow | ShiftDraft | None = None,
        parent: QWidget | None = None,
        *,
        check: CheckDraft | None = None,
        check_people: CheckDraft | None = None,
    ) -> None:
        super().__init__(parent)
        self.tz = tz
        self.shift = initial if isinstance(initial, ShiftRow) else None  # the shift being edited
        self._check = check
        self._check_people = check_people
        self._people_checked: tuple[datetime, datetime] | None = None  # the time last asked
        self._refusal: str | None = None
        self._problems: list[str] = []
        self.setWindowTitle(self.tr("Edit shift") if self.shift else self.tr("New shift"))

        self.zone = QComboBox()
        for zone_id, name, colour in zones:
            self.zone.addItem(zone_icon(colour), name, zone_id)
        self.date = console_dates(QDateEdit())
        self.date.setCalendarPopup(True)
        self.date.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        date_format = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.date.setDisplayFormat(f"ddd {date_format}")
        self.start = QuarterTimeEdit()
        self.end = QuarterTimeEdit()
        self.timing = QLabel()  # "ends next day · 6 h"
        self.kind = QComboBox()
        for kind in ShiftKind:
            self.kind.addItem(labels.shift_kind_label(kind), kind)
        self.objectives = QPlainTextEdit()
        self.objectives.setTabChangesFocus(True)
        self.objectives.setPlaceholderText(self.tr("What the outing should achieve"))
        self.objectives.setFixedHeight(self.objectives.fontMetrics().lineSpacing() * 5)
        self.picker = PeoplePicker()

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(PROBLEMS_STYLE)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refused = refused_label()
        self.refused.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Save"))
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._run_check)
        self._load(initial, people)
        for signal in (
            self.zone.currentIndexChanged,
            self.date.dateChanged,
            self.start.timeChanged,
            self.end.timeChanged,
            self.kind.currentIndexChanged,
            self.objectives.textChanged,
            self.picker.sig_selection_changed,
        ):
            signal.connect(self._edited)
        self._edited()

    def _lay_out(self) -> None:
        times = QHBoxLayout()
        times.addWidget(self.start)
        dash = QLabel(self.tr("to"))
        times.addWidget(dash)
        times.addWidget(self.end)
        times.addWidget(self.timing, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Zone:"), self.zone)
        form.addRow(self.tr("&Date:"), self.date)
        time_label = QLabel(self.tr("&Time:"))
        time_label.setBuddy(self.start)
        form.addRow(time_label, times)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Objectives:"), self.objectives)
        problems_box = QGroupBox(self.tr("Problems (they do not prevent saving)"))
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.addWidget(self.problems)
        problems_box.setVisible(self._check is not None)
        self.problems_box = problems_box
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(problems_box)
        left.addStretch(1)
        people_box = QGroupBox(self.tr("&People"))
        people_layout = QVBoxLayout(people_box)
        people_layout.addWidget(self.picker)
        people_box.setFocusProxy(self.picker)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(people_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        order = (
            self.zone,
            self.date,
            self.start,
            self.end,
            self.kind,
            self.objectives,
            self.picker.search,
            self.picker.view,
            self.ok,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.resize(1040, 560)

    # -- loading ---------------------------------------------------------------------------

    def _load(self, initial: ShiftRow | ShiftDraft | None, people: Sequence[PersonLoad]) -> None:
        if initial is None:
            today = datetime.now(self.tz).date()
            start, end, day = DEFAULT_START, DEFAULT_END, today
            selected: tuple[int, ...] = ()
        else:
            local_start = initial.starts_at.astimezone(self.tz)
            local_end = initial.ends_at.astimezone(self.tz)
            day, start, end = local_start.date(), local_start.time(), local_end.time()
            self._select_zone(initial)
            self.kind.setCurrentIndex(self.kind.findData(ShiftKind(initial.kind)))
            self.objectives.setPlainText(initial.objectives)
            selected = (
                tuple(p.id for p in initial.people)
                if isinstance(initial, ShiftRow)
                else initial.person_ids
            )
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))
        loads = list(people)
        if self.shift is not None:
            loads += _missing_people(self.shift.people, loads, self._counted()[1])
        self.picker.set_people(loads, selected)
        self._initial_draft = self.draft() if initial is not None else None

    def _select_zone(self, initial: ShiftRow | ShiftDraft) -> None:
        index = self.zone.findData(initial.zone_id)
        if index < 0:  # an inactive zone the shift is still in
            if isinstance(initial, ShiftRow):
                name, colour = initial.zone_name, initial.zone_colour
            else:
                name, colour = self.tr("Zone {id}").format(id=initial.zone_id), "#888888"
            self.zone.addItem(zone_icon(colour), name, initial.zone_id)
            index = self.zone.count() - 1
        self.zone.setCurrentIndex(index)

    # -- the draft -------------------------------------------------------------------------

    def times(self) -> tuple[datetime, datetime]:
        """Start and end as aware datetimes in the dialog's zone; an end time earlier than
        the start time is on the next day."""
        day: date = self.date.date().toPython()
        start = self.start.time().toPython().replace(second=0, microsecond=0)
        end = self.end.time().toPython().replace(second=0, microsecond=0)
        starts_at = datetime.combine(day, start, self.tz)
        end_day = day + timedelta(days=1) if end < start else day
        return starts_at, datetime.combine(end_day, end, self.tz)

    def draft(self) -> ShiftDraft:
        """The shift as it would be saved."""
        starts_at, ends_at = self.times()
        return ShiftDraft(
            zone_id=self.zone.currentData() if self.zone.count() else 0,
            starts_at=starts_at,
            ends_at=ends_at,
            kind=ShiftKind(self.kind.currentData()),
            objectives=self.objectives.toPlainText().strip(),
            person_ids=self.picker.selected_ids(),
        )

    def refusal(self) -> str | None:
        """Why the shift cannot be saved at all, or None."""
        return self._refusal

    def problem_texts(self) -> list[str]:
        """The problems shown now, one sentence each."""
        return list(self._problems)

    # -- feedback from the owner -----------------------------------------------------------

    def show_problems(
        self,
        violations: Sequence[Violation],
        names: Mapping[int, str] | None = None,
        *,
        draft: ShiftDraft | None = None,
    ) -> None:
        """Show the violations found for the draft; an answer for an older ``draft`` is
        ignored. ``names`` add to the short names of the people listed."""
        if draft is not None and draft != self.draft():
            return
        known = self.picker.names() | dict(names or {})
        self._problems = list(dict.fromkeys(messages.violation_text(v, known) for v in violations))
        if self._problems:
            self.problems.setText("\n".join(f"• {text}" for text in self._problems))
        else:
            self.problems.setText(self.tr("No problems found."))
        self.problems_box.show()

    def show_availability(
        self, found: Mapping[int, Availability], *, draft: ShiftDraft | None = None
    ) -> None:
        """Who cannot work the drafted time freely; an answer for another time is ignored."""
        if draft is not None and (draft.starts_at, draft.ends_at) != self.times():
            return
        self.picker.set_availability(found, self.tz)

    def show_check_failed(self, exc: BaseException) -> None:
        """The check itself was refused (a person who left, a zone closed): say why."""
        self._problems = [error_text(exc)]
        self.problems.setText(self._problems[0])
        self.problems_box.show()

    # -- reactions -------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        starts_at, ends_at = self.times()
        length = ends_at.astimezone(UTC) - starts_at.astimezone(UTC)
        timing = duration_text(length) if length > timedelta(0) else ""
        if ends_at.date() != starts_at.date():
            timing = self.tr("ends next day · {length}").format(length=timing)
            self.timing.setToolTip(formatting.format_date(ends_at.date()))
        else:
            self.timing.setToolTip("")
        self.timing.setText(timing)
        self.picker.set_shift_hours(max(length.total_seconds(), 0) / 3600, *self._counted())
        self._refusal = self._find_refusal(starts_at, ends_at)
        self.refused.setText(self._refusal or "")
        self.refused.setVisible(self._refusal is not None)
        self.ok.setEnabled(self._refusal is None)
        if self._check is not None and self._refusal is None:
            if not self.problems.text():
                self.problems.setText(self.tr("Checking…"))
            self._check_timer.start()
        elif self._check_people is not None and self._refusal is None:
            self._check_timer.start()
        elif self._refusal is not None:
            self._check_timer.stop()

    def _find_refusal(self, starts_at: datetime, ends_at: datetime) -> str | None:
        if self.shift is not None and self.shift.status in (
            ShiftStatus.CANCELLED,
            ShiftStatus.DONE,
        ):
            return error_text(
                PlanningError(
                    "shift_not_editable",
                    "a {status} shift cannot be edited",
                    status=self.shift.status,
                )
            )
        if self.zone.count() == 0:
            return self.tr("There is no active zone. Add a zone on the map first.")
        try:
            validate_times(starts_at, ends_at)
        except ShiftRefused as refused:
            return error_text(refused)
        return None

    def _counted(self) -> tuple[tuple[int, ...], float]:
        """The people whose planned hours already count the stored shift, and its hours."""
        if self.shift is None or self.shift.status is ShiftStatus.CANCELLED:
            return (), 0.0
        hours = (self.shift.ends_at - self.shift.starts_at).total_seconds() / 3600
        return tuple(p.id for p in self.shift.people), hours

    def _run_check(self) -> None:
        if self._refusal is not None:
            return
        if self._check is not None:
            self._check(self.draft())
        if self._check_people is not None and self._people_checked != self.times():
            self._people_checked = self.times()
            self._check_people(self.draft())

    def accept(self) -> None:
        if self._refusal is not None:
            return
        changed = self._initial_draft is None or self.draft() != self._initial_draft
        if self.shift is not None and self.shift.status is ShiftStatus.PUBLISHED and changed:
            answer = QMessageBox.question(
                self,
                self.tr("Change a published shift"),
                self.tr(
                    "This shift is published: people may already have it in their calendar. "
                    "Change it?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._check_timer.stop()
        super().accept()


def _missing_people(
    assigned: Sequence[AssignedPerson], loads: Sequence[PersonLoad], hours: float
) -> list[PersonLoad]:
    """People on the shift whom the planning list does not offer: shown so they can be
    dropped, never silently lost; their week is this shift, their contract unknown (NaN)."""
    offered = {load.id for load in loads}
    organizations = {load.organization_id: load.organization_name for load in loads}
    return [
        PersonLoad(
            id=person.id,
            full_name=person.full_name,
            short_name=person.short_name,
            role=person.role,
            organization_id=person.organization_id,
            organization_name=organizations.get(person.organization_id, ""),
            weekly_hours=math.nan,
            planned_hours=hours,
            active=False,
        )
        for person in assigned
        if person.id not in offered
    ]
