"""Prepare a meeting: its title, date and time, place, and the organizations and people invited.
A new meeting starts from the last one: the same weekday next week at 10:00, the same guests."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.services.meetings.meetings import MAX_LOCATION, MAX_TITLE
from console.services.meetings.rows import MeetingDraft, MeetingRow
from console.services.planning.week import OrganizationChoice, PersonLoad, monday_of
from console.views.common.formatting import console_dates, pydate, qdate
from console.views.common.people_picker import COL_HOURS, PeoplePicker
from console.views.common.submit_dialog import SubmitDialog
from console.views.common.time_fields import QuarterTimeEdit

DEFAULT_HOUR = time(10, 0)
ORG_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def default_when(meetings: Sequence[MeetingRow], today: date, tz: ZoneInfo) -> datetime:
    """When a new meeting is proposed: the weekday of the last meeting, in the week after both
    today and that meeting, at 10:00 (a week from today when there has been none)."""
    if not meetings:
        return datetime.combine(today + timedelta(days=7), DEFAULT_HOUR, tz)
    last_day = last_meeting(meetings).held_at.astimezone(tz).date()
    base = max(today, last_day)
    day = monday_of(base) + timedelta(days=7 + last_day.weekday())
    return datetime.combine(day, DEFAULT_HOUR, tz)


def last_meeting(meetings: Sequence[MeetingRow]) -> MeetingRow:
    return max(meetings, key=lambda m: (m.held_at, m.id))


class MeetingDialog(SubmitDialog):
    """A new meeting (``meeting`` None, starting from ``when`` and ``template``'s guests) or
    the planned ``meeting`` to change. :meth:`draft` is what to save."""

    def __init__(
        self,
        organizations: Sequence[OrganizationChoice],
        people: Sequence[PersonLoad],
        tz: ZoneInfo,
        parent: QWidget | None = None,
        *,
        meeting: MeetingRow | None = None,
        when: datetime | None = None,
        template: MeetingRow | None = None,
        submit: Callable[[SubmitDialog], None] | None = None,
    ) -> None:
        super().__init__(parent, submit)
        self.tz = tz
        self.meeting = meeting
        if meeting is None:
            self.setWindowTitle(self.tr("New meeting"))
        else:
            self.setWindowTitle(self.tr("Edit meeting — {title}").format(title=meeting.title))
        self.title = QLineEdit(meeting.title if meeting else self.tr("Coordination meeting"))
        self.title.setMaxLength(MAX_TITLE)
        self.date = console_dates(QDateEdit())
        self.date.setCalendarPopup(True)
        self.time = QuarterTimeEdit()
        place = meeting or template
        self.place = QLineEdit(place.location if place else "")
        self.place.setMaxLength(MAX_LOCATION)
        self.place.setPlaceholderText(self.tr("For example: Palazzo Comunale, sala della Consulta"))
        self.organizations = QListWidget()
        self.organizations.setAccessibleName(self.tr("Organizations invited"))
        self.people = PeoplePicker()
        self.people.view.setColumnHidden(COL_HOURS, True)
        self.people.setAccessibleName(self.tr("People invited"))
        moment = (meeting.held_at if meeting else when or datetime.now(tz)).astimezone(tz)
        self.date.setDate(qdate(moment.date()))
        self.time.setTime(QTime(moment.hour, moment.minute))
        guests = meeting or template
        org_ids = set(guests.organization_ids) if guests else {o.id for o in organizations}
        self._fill_organizations(organizations, org_ids)
        person_ids = [p.person_id for p in guests.participants] if guests else []
        self.people.set_people(people, person_ids)
        # Guests the picker does not offer (a manager, someone who left) stay invited when a
        # meeting is edited: only what the person unchecks is taken away.
        offered = {p.id for p in people}
        self._kept = tuple(i for i in person_ids if i not in offered) if meeting else ()
        self._lay_out()
        self.title.textChanged.connect(self.show_problem)
        self.title.setFocus()
        self.title.selectAll()
        self.resize(860, 560)
        self.show_problem()

    def _fill_organizations(
        self, organizations: Iterable[OrganizationChoice], ids: set[int]
    ) -> None:
        for organization in organizations:
            item = QListWidgetItem(organization.name)
            item.setData(ORG_ID_ROLE, organization.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = organization.id in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.organizations.addItem(item)

    def _lay_out(self) -> None:
        when = QHBoxLayout()
        when.addWidget(self.date, 1)
        when.addWidget(self.time)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        date_label = QLabel(self.tr("&Date and time:"))
        date_label.setBuddy(self.date)
        form.addRow(date_label, when)
        form.addRow(self.tr("&Place:"), self.place)
        organizations_label = QLabel(self.tr("&Organizations invited:"))
        organizations_label.setBuddy(self.organizations)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(organizations_label)
        left.addWidget(self.organizations, 1)
        people_label = QLabel(self.tr("P&eople invited:"))
        people_label.setBuddy(self.people.search)
        right = QVBoxLayout()
        right.addWidget(people_label)
        right.addWidget(self.people, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)

    # -- reading -------------------------------------------------------------------------------

    def organization_ids(self) -> tuple[int, ...]:
        return tuple(
            int(item.data(ORG_ID_ROLE))
            for item in (self.organizations.item(n) for n in range(self.organizations.count()))
            if item.checkState() == Qt.CheckState.Checked
        )

    def held_at(self) -> datetime:
        moment = self.time.time()
        return datetime.combine(
            pydate(self.date.date()), time(moment.hour(), moment.minute()), self.tz
        )

    def draft(self) -> MeetingDraft:
        return MeetingDraft(
            title=self.title.text().strip(),
            held_at=self.held_at(),
            location=self.place.text().strip(),
            organization_ids=self.organization_ids(),
            person_ids=(*self.people.selected_ids(), *self._kept),
        )

    def problem(self) -> str | None:
        if not self.title.text().strip():
            return self.tr("Give the meeting a title.")
        return None
