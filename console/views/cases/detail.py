"""A case in detail: its facts (editable, with a version check), the timeline of notes (read
with a reason, asked once per case), the person, the referrals, what it is linked to."""

from __future__ import annotations

from collections.abc import MutableMapping
from datetime import date, datetime
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.models import CaseStatus, Priority
from console.services.access import Action, can
from console.services.cases import casework
from console.services.cases.casework import UNCHANGED, CaseDetail, CaseRow, StaleCase
from console.services.cases.operations import CaseChoices
from console.views.cases.case_dialogs import fill_owners
from console.views.cases.detail_notes import NotesPanel
from console.views.cases.form_dialog import OptionalDate
from console.views.cases.linked import LinkedPanel
from console.views.cases.person_panel import PersonPanel
from console.views.cases.referrals_panel import ReferralsPanel
from console.views.common import labels
from console.views.common.errors import error_text
from console.views.common.formatting import format_date
from console.views.common.section import ViewContext

OWNER_LENGTH = 16  # characters the owner field shows at least
TITLE_STYLE = "font-size: 14pt; font-weight: 600;"
TAB_NOTES, TAB_PERSON, TAB_REFERRALS, TAB_LINKED = range(4)


class CaseDetailView(QWidget):
    """Shows one case at a time (:meth:`show_case`); every write is announced on the hub and
    the section reloads. ``reasons`` (case id -> reason) is the section's memory of why the
    notes of each case are read, for the whole sign-in session."""

    sig_loaded = Signal(object)  # case id: its detail is on screen; None: it could not load

    def __init__(self, context: ViewContext, reasons: MutableMapping[int, str]) -> None:
        super().__init__()
        self.context = context
        self.actor = context.actor
        self.detail: CaseDetail | None = None
        self.choices: CaseChoices | None = None
        self._case_id: int | None = None
        self._request = 0
        self.writable = can(self.actor, Action.WRITE_CASES)
        self.title = QLabel(self.tr("Choose a case in the list."))
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        # Shown when the case is another organization's: its facts are theirs to change.
        self.held = QLabel()
        self.held.setObjectName("case_held_elsewhere")
        self.held.setWordWrap(True)
        self.held.setStyleSheet("color: palette(mid);")
        self.held.hide()
        self.status = QComboBox()
        for status in CaseStatus:
            self.status.addItem(labels.case_status_label(status), status)
        self.priority = QComboBox()
        for priority in Priority:
            self.priority.addItem(labels.priority_label(priority), priority)
        self.owner = QComboBox()
        self.review = OptionalDate(self.tr("Next review"), date.today())
        self.save = QPushButton(self.tr("&Save changes"))
        self.save.setToolTip(self.tr("Save the status, priority, owner and review date"))
        self.notes = NotesPanel(context, reasons)
        self.person = PersonPanel(context, self.notes.reason_for_current)
        self.referrals = ReferralsPanel(context)
        self.linked = LinkedPanel(context.settings.time_zone())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self.person, self.tr("Person"))
        self.tabs.addTab(self.referrals, self.tr("Referrals"))
        self.tabs.addTab(self.linked, self.tr("Debriefs, shifts, signals"))
        self._lay_out()
        for signal in (
            self.status.currentIndexChanged,
            self.priority.currentIndexChanged,
            self.owner.currentIndexChanged,
            self.review.edit.dateChanged,
            self.review.enabled.toggled,
        ):
            signal.connect(self._facts_edited)
        self.save.clicked.connect(self.save_facts)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_facts)
        self.set_detail(None)

    def _lay_out(self) -> None:
        facts = QGridLayout()
        for row, column, span, label, field in (
            (0, 0, 1, self.tr("S&tatus:"), self.status),
            (0, 2, 1, self.tr("P&riority:"), self.priority),
            (1, 0, 3, self.tr("O&wner:"), self.owner),
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            facts.addWidget(caption, row, column)
            facts.addWidget(field, row, column + 1, 1, span)
        # The review date on a row of its own, with the button: the detail fits beside the list
        # in a 1280-pixel window without scrolling sideways, in Italian too.
        facts.addWidget(self.review, 2, 0, 1, 4)
        facts.addWidget(self.save, 2, 4, Qt.AlignmentFlag.AlignRight)
        facts.setColumnStretch(5, 1)
        self.owner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.owner.setMinimumContentsLength(OWNER_LENGTH)
        self.facts = QWidget()
        self.facts.setLayout(facts)
        facts.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.facts)
        layout.addWidget(self.held)
        layout.addWidget(self.tabs, 1)

    # -- loading -------------------------------------------------------------------------------

    def case_id(self) -> int | None:
        return self._case_id

    def set_choices(self, choices: CaseChoices) -> None:
        self.choices = choices
        self.person.set_organizations(choices.organizations)
        self.referrals.set_organizations(choices.organizations)

    def show_case(self, case_id: int | None, *, note_id: int | None = None) -> None:
        """Load the case (None clears); its notes too when their reason is known already."""
        self._request += 1
        number = self._request
        if case_id != self._case_id:
            self.notes.clear()
        self._case_id = case_id
        if case_id is None:
            self.set_detail(None)
            return
        self.context.run_service(
            casework.case_detail,
            self.actor,
            case_id,
            owner=self,
            on_done=lambda detail: self._loaded(number, detail, note_id),
            on_error=lambda exc: self._failed(number, exc),
        )

    def _loaded(self, number: int, detail: CaseDetail, note_id: int | None) -> None:
        if number != self._request:
            return  # the user chose another case meanwhile
        self.set_detail(detail)
        self.notes.show_case(detail.case, note_id=note_id)
        self.sig_loaded.emit(detail.case.id)

    def _failed(self, number: int, exc: BaseException) -> None:
        if number == self._request:
            self.set_detail(None)
            self.title.setText(error_text(exc))
            self.sig_loaded.emit(None)

    def set_detail(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        case = detail.case if detail is not None else None
        self.facts.setVisible(case is not None)
        self.tabs.setVisible(case is not None)
        if case is None:
            self.title.setText(self.tr("Choose a case in the list."))
            self.subtitle.clear()
            return
        self.title.setText(case.title)
        self.subtitle.setText(self._subtitle(case))
        self._show_facts(case)
        self.person.set_subject(detail.subject)
        self.referrals.set_referrals(case, detail.referrals)
        self.linked.set_detail(detail)
        self.tabs.setTabText(TAB_NOTES, self.tr("Notes (%n)", "", case.notes_count))
        self.tabs.setTabText(TAB_REFERRALS, self.tr("Referrals (%n)", "", len(detail.referrals)))
        self.tabs.setTabText(TAB_LINKED, self.tr("Linked (%n)", "", self.linked.count()))

    def _subtitle(self, case: CaseRow) -> str:
        parts = [case.organization_name]
        if case.zone_name:
            parts.append(case.zone_name)
        if case.subject_display:
            parts.append(self.tr("about {person}").format(person=case.subject_display))
        if case.opened_at is not None:
            opened = case.opened_at.astimezone(self.context.settings.time_zone()).date()
            parts.append(self.tr("opened on {day}").format(day=format_date(opened)))
        return " · ".join(parts)

    def _show_facts(self, case: CaseRow) -> None:
        widgets = (self.status, self.priority, self.owner, self.review.edit, self.review.enabled)
        for widget in widgets:
            widget.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData(case.status))
        self.priority.setCurrentIndex(self.priority.findData(case.priority))
        people = self.choices.people if self.choices is not None else ()
        fill_owners(self.owner, people, case.owner_id)
        if self.owner.findData(case.owner_id) < 0:
            self.owner.addItem(case.owner_name, case.owner_id)
        self.owner.setCurrentIndex(self.owner.findData(case.owner_id))
        self.review.set_value(case.next_review_on)
        self.review.edit.setEnabled(case.next_review_on is not None)
        for widget in widgets:
            widget.blockSignals(False)
        editable = self.writable and case.may_change
        for widget in (self.status, self.priority, self.owner, self.review):
            widget.setEnabled(editable)
        self.held.setVisible(self.writable and not case.may_change)
        self.held.setText(
            self.tr(
                "This case belongs to {organization}: its status, priority, owner and links are "
                "changed there. You can still write notes, or ask them in a meeting."
            ).format(organization=case.organization_name)
        )
        self._facts_edited()

    # -- the facts -----------------------------------------------------------------------------

    def changes(self) -> dict[str, object]:
        """What the fields change, as ``update_case`` keywords (empty: nothing changed)."""
        if self.detail is None:
            return {}
        case = self.detail.case
        found: dict[str, object] = {}
        if self.status.currentData() != case.status:
            found["status"] = CaseStatus(self.status.currentData())
        if self.priority.currentData() != case.priority:
            found["priority"] = Priority(self.priority.currentData())
        if self.owner.currentData() not in (None, case.owner_id):
            found["owner_id"] = int(self.owner.currentData())
        if self.review.value() != case.next_review_on:
            found["next_review_on"] = self.review.value()
        return found

    def _facts_edited(self, *_args: object) -> None:
        may_change = self.detail is not None and self.detail.case.may_change
        self.save.setEnabled(self.writable and may_change and bool(self.changes()))

    def save_facts(self) -> None:
        changes = self.changes()
        if self.detail is None or not changes or not self.writable:
            return
        case = self.detail.case
        self.context.run_service(
            partial(casework.update_case, **changes),
            self.actor,
            case.id,
            case.version_id,
            owner=self,
            on_error=lambda exc: self._not_saved(exc, case, changes),
        )

    def _not_saved(self, exc: BaseException, case: CaseRow, changes: dict[str, object]) -> None:
        if not isinstance(exc, StaleCase):
            QMessageBox.warning(self, self.tr("Case not saved"), error_text(exc))
            return
        # Both versions, then the case as it is now: the person decides again.
        self.context.run_service(
            casework.case_detail,
            self.actor,
            case.id,
            owner=self,
            on_done=lambda now: self._show_conflict(now, changes),
            on_error=lambda err: QMessageBox.warning(
                self, self.tr("Case not saved"), error_text(err)
            ),
        )

    def _show_conflict(self, now: CaseDetail, changes: dict[str, object]) -> None:
        yours = "\n".join(f"  • {self._fact_text(name, value)}" for name, value in changes.items())
        theirs = "\n".join(
            f"  • {self._fact_text(name, getattr(now.case, name))}" for name in changes
        )
        QMessageBox.warning(
            self,
            self.tr("Changed by someone else"),
            self.tr(
                "Someone else saved this case after you opened it; your change was not saved."
                "\n\nYour change:\n{yours}\n\nSaved meanwhile:\n{theirs}\n\nThe case is shown "
                "as it is now: make your change again if it still applies."
            ).format(yours=yours, theirs=theirs),
        )
        self.set_detail(now)

    def _fact_text(self, name: str, value: object) -> str:
        if name == "status":
            return self.tr("Status: {value}").format(value=labels.case_status_label(value))
        if name == "priority":
            return self.tr("Priority: {value}").format(value=labels.priority_label(value))
        if name == "owner_id":
            index = self.owner.findData(value)
            who = self.owner.itemText(index) if index >= 0 else str(value)
            return self.tr("Owner: {value}").format(value=who)
        if value is UNCHANGED or value is None:
            return self.tr("Next review: none")
        assert isinstance(value, date | datetime)
        return self.tr("Next review: {value}").format(value=format_date(value))

    def focus_notes(self) -> None:
        self.tabs.setCurrentIndex(TAB_NOTES)
        self.notes.setFocus(Qt.FocusReason.ShortcutFocusReason)
