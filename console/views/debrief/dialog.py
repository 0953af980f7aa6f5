"""The debrief of an outing: where, when, who, what was done, whom, and what comes next.

Built to be filled in two minutes by a pair after a shift: prefilled from the shift, tab
order down the left column then the right one, Ctrl+Enter saves.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.models import INTERVENTION_TYPES
from console.services.cases.debriefs import MAX_OUTING, DebriefDraft
from console.services.cases.people_met import SubjectRow
from console.services.planning.week import PersonLoad, ZoneChoice
from console.views.common import labels
from console.views.common.formatting import console_dates
from console.views.common.people_picker import COL_HOURS, PeoplePicker
from console.views.common.submit_dialog import SubmitDialog
from console.views.common.time_fields import QuarterTimeEdit, duration_text, zone_icon
from console.views.debrief.contacts import ContactsBox
from console.views.debrief.people_met import PeopleMetPicker

TYPE_COLUMNS = 2
TEXT_LINES = 3


class DebriefDialog(SubmitDialog):
    """Fed the zones, the people, the profiles and a draft; :meth:`draft` is what is saved.

    ``submit(dialog)`` runs the service (see :class:`SubmitDialog`); "New profile…" is
    announced through ``people_met.sig_new_requested`` for the owner to handle.
    """

    def __init__(
        self,
        zones: Sequence[ZoneChoice],
        people: Sequence[PersonLoad],
        subjects: Sequence[SubjectRow],
        draft: DebriefDraft,
        tz: ZoneInfo,
        *,
        parent: QWidget | None = None,
        submit: Callable[[SubmitDialog], None] | None = None,
        shift_label: str = "",
    ) -> None:
        super().__init__(parent, submit)
        self.tz = tz
        self.shift_id = draft.shift_id
        self.setWindowTitle(self.tr("Record debrief"))
        self.intro = QLabel(shift_label)
        self.intro.setVisible(bool(shift_label))
        self.intro.setWordWrap(True)
        self.zone = QComboBox()
        for zone in zones:
            if zone.active or zone.id == draft.zone_id:
                self.zone.addItem(zone_icon(zone.colour), zone.name, zone.id)
        self.day = console_dates(QDateEdit())
        self.day.setCalendarPopup(True)
        self.day.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.day.setDisplayFormat("ddd " + QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.start = QuarterTimeEdit()
        self.end = QuarterTimeEdit()
        self.timing = QLabel()
        self.types: dict[str, QCheckBox] = {
            kind: QCheckBox(labels.intervention_type_label(kind, mnemonic=True))
            for kind in INTERVENTION_TYPES
        }
        self.contacts = ContactsBox()
        self.outcome = _text_field(self.tr("How it went: situations met, what changed"))
        self.follow_up = _text_field(self.tr("What to do next, and who"))
        self.participants = PeoplePicker()
        self.participants.view.setColumnHidden(COL_HOURS, True)
        self.people_met = PeopleMetPicker()
        self._lay_out()
        self._load(zones, people, subjects, draft)
        for signal in (
            self.zone.currentIndexChanged,
            self.day.dateChanged,
            self.start.timeChanged,
            self.end.timeChanged,
            self.contacts.sig_changed,
            self.participants.sig_selection_changed,
        ):
            signal.connect(self._edited)
        for box in self.types.values():
            box.toggled.connect(self._edited)
        self._edited()

    def _lay_out(self) -> None:
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end)
        times.addWidget(self.timing, 1)
        done = QGroupBox(self.tr("What was done"))
        grid = QGridLayout(done)
        for number, box in enumerate(self.types.values()):
            grid.addWidget(box, number // TYPE_COLUMNS, number % TYPE_COLUMNS)
        form = QFormLayout()
        form.addRow(self.tr("&Zone:"), self.zone)
        form.addRow(self.tr("&Date:"), self.day)
        time_label = QLabel(self.tr("&Time:"))
        time_label.setBuddy(self.start)
        form.addRow(time_label, times)
        form.addRow(done)
        contacts_label = QLabel(self.tr("People &contacted:"))
        contacts_label.setBuddy(self.contacts.count)
        form.addRow(contacts_label, self.contacts)
        form.addRow(self.tr("O&utcome:"), self.outcome)
        form.addRow(self.tr("&Follow-up:"), self.follow_up)
        who = QGroupBox(self.tr("Partic&ipants"))
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(self.participants)
        who.setFocusProxy(self.participants)
        met = QGroupBox(self.tr("People &met (nickname profiles)"))
        met_layout = QVBoxLayout(met)
        met_layout.addWidget(self.people_met)
        met.setFocusProxy(self.people_met)
        right = QVBoxLayout()
        right.addWidget(who, 3)
        right.addWidget(met, 2)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(columns, 1)
        # Shown by whoever opens the dialog from a case: link the debrief to it when saved.
        self.link_case = QCheckBox()
        self.link_case.setChecked(True)
        self.link_case.setVisible(False)
        layout.addWidget(self.link_case)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        order = (
            self.zone,
            self.day,
            self.start,
            self.end,
            *self.types.values(),
            self.contacts.count,
            self.contacts.split,
            *(spin for spins in self.contacts.spins.values() for spin in spins.values()),
            self.outcome,
            self.follow_up,
            self.participants.search,
            self.participants.view,
            self.people_met.choose,
            self.people_met.new_profile,
            self.people_met.chosen,
            self.ok,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.resize(980, 640)

    def _load(
        self,
        zones: Sequence[ZoneChoice],
        people: Sequence[PersonLoad],
        subjects: Sequence[SubjectRow],
        draft: DebriefDraft,
    ) -> None:
        index = self.zone.findData(draft.zone_id)
        self.zone.setCurrentIndex(max(index, 0))
        start = draft.started_at.astimezone(self.tz)
        end = draft.ended_at.astimezone(self.tz)
        self.day.setDate(QDate(start.year, start.month, start.day))
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))
        for kind, box in self.types.items():
            box.setChecked(kind in draft.types)
        self.contacts.set_values(draft.contacts_count, draft.contacts_breakdown)
        self.outcome.setPlainText(draft.outcome)
        self.follow_up.setPlainText(draft.follow_up)
        self.participants.set_people(people, draft.participant_ids)
        self.people_met.set_subjects(subjects, draft.subject_ids)
        self.zones = tuple(zones)

    # -- the draft -------------------------------------------------------------------------

    def times(self) -> tuple[datetime, datetime]:
        """Start and end, aware in the dialog's zone; an end before the start is the next day."""
        day: date = self.day.date().toPython()
        start = self.start.time().toPython().replace(second=0, microsecond=0)
        end = self.end.time().toPython().replace(second=0, microsecond=0)
        end_day = day + timedelta(days=1) if end < start else day
        return datetime.combine(day, start, self.tz), datetime.combine(end_day, end, self.tz)

    def offer_case_link(self, title: str) -> None:
        """Offer (ticked) to link the saved debrief to the case ``title``."""
        self.link_case.setText(self.tr("&Link it to the case “{title}”").format(title=title))
        self.link_case.setVisible(True)

    def links_case(self) -> bool:
        return self.link_case.isVisibleTo(self) and self.link_case.isChecked()

    def draft(self) -> DebriefDraft:
        started_at, ended_at = self.times()
        return DebriefDraft(
            zone_id=int(self.zone.currentData()) if self.zone.count() else 0,
            started_at=started_at,
            ended_at=ended_at,
            participant_ids=self.participants.selected_ids(),
            types=tuple(kind for kind, box in self.types.items() if box.isChecked()),
            contacts_count=self.contacts.count.value(),
            contacts_breakdown=self.contacts.breakdown(),
            outcome=self.outcome.toPlainText().strip(),
            follow_up=self.follow_up.toPlainText().strip(),
            shift_id=self.shift_id,
            subject_ids=self.people_met.subject_ids(),
        )

    def current_zone_id(self) -> int | None:
        return self.zone.currentData()

    # -- checks ----------------------------------------------------------------------------

    def problem(self) -> str | None:
        if self.zone.count() == 0:
            return self.tr("There is no active zone. Add a zone on the map first.")
        started_at, ended_at = self.times()
        length = ended_at.astimezone(UTC) - started_at.astimezone(UTC)
        if length <= timedelta(0):
            return self.tr("The outing must end after it starts.")
        if length > MAX_OUTING:
            return self.tr("An outing lasts at most 16 hours: check the start and the end.")
        if not any(box.isChecked() for box in self.types.values()):
            return self.tr("Tick at least one thing that was done.")
        if not self.participants.selected_ids():
            return self.tr("Tick at least one participant.")
        return self.contacts.problem()

    def _edited(self, *_args: object) -> None:
        started_at, ended_at = self.times()
        length = ended_at.astimezone(UTC) - started_at.astimezone(UTC)
        text = duration_text(length) if length > timedelta(0) else ""
        if ended_at.date() != started_at.date():
            text = self.tr("ends next day · {length}").format(length=text)
        self.timing.setText(text)
        self.show_problem()


def _text_field(placeholder: str) -> QPlainTextEdit:
    field = QPlainTextEdit()
    field.setTabChangesFocus(True)
    field.setPlaceholderText(placeholder)
    field.setMinimumHeight(field.fontMetrics().lineSpacing() * (TEXT_LINES + 1))
    return field
