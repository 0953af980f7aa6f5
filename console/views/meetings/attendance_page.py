"""Meeting mode's first page: the confidentiality statement read aloud, then for each person a
Present and an Acknowledged box (recorded at once), someone present who was not invited added,
and Begin (the meeting starts only when every attendee has acknowledged the statement)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console.models import MeetingStatus
from console.services.meetings import attendance
from console.services.meetings.rows import MeetingRow, Participant
from console.services.planning.week import PersonLoad
from console.views.common.errors import error_text
from console.views.common.formatting import format_time
from console.views.common.labels import role_label
from console.views.common.section import ViewContext
from console.views.meetings.confidentiality import confidentiality_statement
from console.views.meetings.room_style import MUTED, clear_layout, text_label

COL_NAME, COL_ORGANIZATION, COL_ROLE, COL_PRESENT, COL_ACKNOWLEDGED = range(5)


class AttendanceRow:
    """One person's two boxes; the page records each change as it is made."""

    def __init__(self, participant: Participant) -> None:
        self.person_id = participant.person_id
        self.name = participant.name
        self.present = QCheckBox(QCoreApplication.translate("AttendancePage", "Present"))
        self.acknowledged = QCheckBox(QCoreApplication.translate("AttendancePage", "Acknowledged"))
        for box in (self.present, self.acknowledged):
            box.setObjectName(f"{'present' if box is self.present else 'ack'}_{self.person_id}")
        self.set_state(participant)

    def set_state(self, participant: Participant) -> None:
        for box, checked in (
            (self.present, participant.attended),
            (self.acknowledged, participant.acknowledged_at is not None),
        ):
            box.blockSignals(True)
            box.setChecked(checked)
            box.blockSignals(False)
        self.participant = participant
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.present.setEnabled(not busy)
        self.acknowledged.setEnabled(not busy)


class AttendancePage(QWidget):
    """Fed the meeting (:meth:`set_meeting`) and the people who may be added; records
    attendance and starts the meeting through the services."""

    sig_begun = Signal(object)  # MeetingRow: the meeting has started (or was under way)
    sig_attendance = Signal(object)  # MeetingRow: someone's attendance was recorded

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting: MeetingRow | None = None
        self.rows: dict[int, AttendanceRow] = {}
        self._people: tuple[PersonLoad, ...] = ()
        frame = self._statement_frame(confidentiality_statement(context.settings))
        scroll = self._people_area()

        self.newcomer = QComboBox()
        self.newcomer.setObjectName("newcomer")
        self.newcomer.setMinimumContentsLength(28)
        self.add = QPushButton(self.tr("Add as &present"))
        self.add.clicked.connect(self.add_newcomer)
        adding = QHBoxLayout()
        adding.addWidget(QLabel(self.tr("Someone present who was not invited:")))
        adding.addWidget(self.newcomer, 1)
        adding.addWidget(self.add)

        self.summary = text_label()
        self.refused = text_label()
        self.refused.setObjectName("refused")
        self.refused.hide()
        self.begin = QPushButton(self.tr("&Begin the meeting"))
        self.begin.setObjectName("begin")
        self.begin.setDefault(True)
        self.begin.clicked.connect(self.start)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.begin)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        layout.addWidget(frame)
        layout.addWidget(scroll, 1)
        layout.addLayout(adding)
        layout.addWidget(self.refused)
        layout.addLayout(bottom)

    def _statement_frame(self, text: str) -> QFrame:
        self.statement = text_label(text, size="large")
        self.statement.setObjectName("confidentiality_statement")
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.Box)
        frame.setStyleSheet(f"QFrame {{ border: 2px solid {MUTED}; border-radius: 6px; }}")
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(24, 16, 24, 16)
        heading = text_label(self.tr("Confidentiality"), size="large", bold=True)
        heading.setStyleSheet("border: none;")
        self.statement.setStyleSheet("border: none;")
        inner.addWidget(heading)
        inner.addWidget(self.statement)
        return frame

    def _people_area(self) -> QScrollArea:
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(32)
        self.grid.setVerticalSpacing(8)
        people = QWidget()
        people.setObjectName("room_scrolled")
        people_layout = QVBoxLayout(people)
        people_layout.addLayout(self.grid)
        people_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(people)
        return scroll

    # -- feeding ---------------------------------------------------------------------------

    def set_meeting(self, meeting: MeetingRow) -> None:
        self.meeting = meeting
        self._fill(meeting.participants)
        self._fill_newcomers()
        self._update()

    def set_people(self, people: Sequence[PersonLoad]) -> None:
        """Everyone who may be added as present (the planning's people)."""
        self._people = tuple(people)
        self._fill_newcomers()

    def _fill(self, participants: Sequence[Participant]) -> None:
        clear_layout(self.grid)
        self.rows = {}
        for column, title in enumerate(
            (self.tr("Name"), self.tr("Organization"), self.tr("Role"), "", "")
        ):
            if title:
                caption = QLabel(title)
                caption.setStyleSheet(f"color: {MUTED};")
                self.grid.addWidget(caption, 0, column)
        for number, participant in enumerate(participants, start=1):
            row = AttendanceRow(participant)
            self.rows[participant.person_id] = row
            name = text_label(participant.name, bold=True)
            self.grid.addWidget(name, number, COL_NAME)
            self.grid.addWidget(QLabel(participant.organization_name), number, COL_ORGANIZATION)
            self.grid.addWidget(QLabel(role_label(participant.role)), number, COL_ROLE)
            self.grid.addWidget(row.present, number, COL_PRESENT)
            self.grid.addWidget(row.acknowledged, number, COL_ACKNOWLEDGED)
            row.present.toggled.connect(lambda checked, r=row: self._present_toggled(r, checked))
            row.acknowledged.toggled.connect(
                lambda checked, r=row: self._acknowledged_toggled(r, checked)
            )
        self.grid.setColumnStretch(COL_NAME, 2)
        self.grid.setColumnStretch(COL_ORGANIZATION, 1)
        self.grid.setColumnStretch(COL_ROLE, 1)
        if not participants:
            self.grid.addWidget(
                text_label(self.tr("Nobody was invited by name: add the people present below.")),
                1,
                0,
                1,
                5,
            )

    def _fill_newcomers(self) -> None:
        listed = set(self.rows)
        self.newcomer.clear()
        for person in self._people:
            if person.active and person.id not in listed:
                self.newcomer.addItem(f"{person.full_name} — {person.organization_name}", person.id)
        self.add.setEnabled(self.newcomer.count() > 0)

    # -- recording -------------------------------------------------------------------------

    def _present_toggled(self, row: AttendanceRow, checked: bool) -> None:
        acknowledged = checked and row.acknowledged.isChecked()
        if not checked and row.acknowledged.isChecked():
            row.acknowledged.blockSignals(True)
            row.acknowledged.setChecked(False)
            row.acknowledged.blockSignals(False)
        self._record(row, checked, acknowledged)

    def _acknowledged_toggled(self, row: AttendanceRow, checked: bool) -> None:
        if checked and not row.present.isChecked():
            row.present.blockSignals(True)
            row.present.setChecked(True)
            row.present.blockSignals(False)
        self._record(row, row.present.isChecked(), checked)

    def _record(self, row: AttendanceRow, attended: bool, acknowledged: bool) -> None:
        if self.meeting is None:
            return
        row.set_busy(True)
        self.refused.hide()
        self.context.run_service(
            attendance.record_attendance,
            self.context.actor,
            self.meeting.id,
            row.person_id,
            attended,
            acknowledged,
            owner=self,
            on_done=self._recorded,
            on_error=lambda exc, r=row: self._refused(exc, r),
        )

    def _recorded(self, participant: Participant) -> None:
        row = self.rows.get(participant.person_id)
        if row is None:  # a newcomer: listed from now on
            assert self.meeting is not None
            people = [*self.meeting.participants, participant]
            self.meeting = _with_participants(self.meeting, people)
            self._fill(self.meeting.participants)
            self._fill_newcomers()
        else:
            row.set_state(participant)
            self.meeting = _with_participants(
                self.meeting,
                [
                    participant if p.person_id == participant.person_id else p
                    for p in self.meeting.participants
                ],
            )
        self._update()
        self.sig_attendance.emit(self.meeting)

    def _refused(self, exc: BaseException, row: AttendanceRow | None) -> None:
        # The rows may have been rebuilt meanwhile (a newcomer recorded): the person's row now.
        current = self.rows.get(row.person_id) if row is not None else None
        if current is not None:
            current.set_state(current.participant)  # back to what is recorded
        self.add.setEnabled(self.newcomer.count() > 0)
        self.refused.setText(error_text(exc))
        self.refused.show()
        self._update()

    def add_newcomer(self) -> None:
        person_id = self.newcomer.currentData()
        if self.meeting is None or person_id is None:
            return
        # Before the start they are present at once; once under way they acknowledge first.
        under_way = self.meeting.status is MeetingStatus.HELD
        self.add.setEnabled(False)
        self.context.run_service(
            attendance.record_attendance,
            self.context.actor,
            self.meeting.id,
            int(person_id),
            not under_way,
            False,
            owner=self,
            on_done=self._recorded,
            on_error=lambda exc: self._refused(exc, None),
        )

    def start(self) -> None:
        """Begin (planned), or go on to the agenda (a meeting already under way)."""
        if self.meeting is None:
            return
        if self.meeting.status is not MeetingStatus.PLANNED:
            self.sig_begun.emit(self.meeting)
            return
        self.begin.setEnabled(False)
        self.refused.hide()
        self.context.run_service(
            attendance.start_meeting,
            self.context.actor,
            self.meeting.id,
            self.statement.text(),
            owner=self,
            on_done=self._started,
            on_error=lambda exc: self._refused(exc, None),
        )

    def _started(self, meeting: MeetingRow) -> None:
        self.meeting = meeting
        self._update()
        self.sig_begun.emit(meeting)

    # -- state -----------------------------------------------------------------------------

    def ready(self) -> bool:
        """Someone attends and every attendee has acknowledged the statement."""
        present = [p for p in self.meeting.participants if p.attended] if self.meeting else []
        return bool(present) and all(p.acknowledged_at is not None for p in present)

    def _update(self) -> None:
        if self.meeting is None:
            return
        present = [p for p in self.meeting.participants if p.attended]
        waiting = [p.name for p in present if p.acknowledged_at is None]
        text = self.tr("Present: {present} of {listed}.").format(
            present=len(present), listed=len(self.meeting.participants)
        )
        if waiting:
            text += " " + self.tr("Still to acknowledge: {names}.").format(names=", ".join(waiting))
        self.summary.setText(text)
        for row in self.rows.values():
            when = row.participant.acknowledged_at
            row.acknowledged.setToolTip(
                self.tr("Acknowledged at {time}").format(time=_local_time(when, self.context))
                if when is not None
                else ""
            )
        under_way = self.meeting.status is not MeetingStatus.PLANNED
        self.begin.setText(
            self.tr("&Continue to the agenda") if under_way else self.tr("&Begin the meeting")
        )
        self.begin.setEnabled(under_way or self.ready())


def _with_participants(meeting: MeetingRow, people: Sequence[Participant]) -> MeetingRow:
    return replace(meeting, participants=tuple(people))


def _local_time(moment: datetime, context: ViewContext) -> str:
    return format_time(moment.astimezone(context.settings.time_zone()).time())
