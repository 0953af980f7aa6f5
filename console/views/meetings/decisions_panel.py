"""Decisions and actions of one agenda item: record a decision, turn it into its effect (a shift,
a case change, a referral, a note, a zone threshold), add actions; each shown with what it
became. Used in meeting mode and beside the agenda outside it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.models import EffectKind, MeetingStatus
from console.services.access import Action, can
from console.services.meetings import actions, decisions, meetings
from console.services.meetings.rows import ActionRow, DecisionRow, MeetingDetail, MeetingRow
from console.services.planning import week
from console.views.common.errors import error_text
from console.views.common.formatting import format_date
from console.views.common.labels import action_status_label, audience_label
from console.views.common.section import ViewContext
from console.views.common.submit_dialog import SubmitDialog
from console.views.common.validated_dialog import refused_label
from console.views.meetings.action_dialogs import ActionDialog
from console.views.meetings.decision_dialogs import DecisionDialog, fit_to_type
from console.views.meetings.decision_effects import (
    EffectFlows,
    Subject,
    applicable,
    link_text,
    menu_text,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the decision's or action's id
DEFAULT_DUE = timedelta(days=14)  # an action's due date when no next meeting is planned


class DecisionsPanel(QWidget):
    """Shows the decisions and actions of one item (:meth:`show_item`) and records new ones
    through the meetings services (while the meeting is under way, for those who run it)."""

    sig_recorded = Signal(object)  # EffectKind | None: a decision, effect or action was saved
    sig_effect_activated = Signal(object, int)  # (EffectKind, effect id): show what it became

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.actor = context.actor
        self.meeting_id: int | None = None
        self.item_id: int | None = None
        self.detail: MeetingDetail | None = None
        self.next_meeting_on: date | None = None
        self._choices_loaded = False
        self._effects: dict[int, str] = {}  # decision id -> what it became, made here
        self._request = 0
        self.flows = EffectFlows(context, self, self._effect_made, self._show_refusal)

        self.decisions = QListWidget()
        self.decisions.setObjectName("decisions")
        self.decisions.setWordWrap(True)
        self.decisions.setAccessibleName(self.tr("Decisions on this item"))
        self.decisions.currentItemChanged.connect(self._update_buttons)
        self.decisions.itemActivated.connect(self._activated)
        self.decide = QPushButton(self.tr("Record a &decision…"))
        self.decide.setObjectName("record_decision")
        self.decide.clicked.connect(self.record_decision)
        self.turn = self._turn_button()
        self.actions = QListWidget()
        self.actions.setObjectName("actions")
        self.actions.setWordWrap(True)
        self.actions.setAccessibleName(self.tr("Actions on this item"))
        self.add = QPushButton(self.tr("Add an &action…"))
        self.add.setObjectName("add_action")
        self.add.clicked.connect(self.add_action)
        self.refused = refused_label()
        self.refused.hide()
        self._lay_out()
        self._update_buttons()

    def _turn_button(self) -> QToolButton:
        """ "Turn into…" and its menu, one entry per effect."""
        button = QToolButton()
        button.setObjectName("turn_into")
        button.setText(self.tr("&Turn into…"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.turn_menu = QMenu(button)
        self.effect_actions: dict[EffectKind, QAction] = {}
        for kind in EffectKind:
            action = self.turn_menu.addAction(menu_text(kind))
            action.setObjectName(f"turn_into_{kind.value}")
            action.triggered.connect(lambda _checked=False, k=kind: self.turn_into(k))
            self.effect_actions[kind] = action
        button.setMenu(self.turn_menu)
        return button

    def _lay_out(self) -> None:
        decision_buttons = QHBoxLayout()
        decision_buttons.addWidget(self.decide)
        decision_buttons.addWidget(self.turn)
        decision_buttons.addStretch(1)
        action_buttons = QHBoxLayout()
        action_buttons.addWidget(self.add)
        action_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(self.tr("Decisions")))
        layout.addWidget(self.decisions, 3)
        layout.addLayout(decision_buttons)
        layout.addSpacing(8)
        layout.addWidget(_heading(self.tr("Actions")))
        layout.addWidget(self.actions, 2)
        layout.addLayout(action_buttons)
        layout.addWidget(self.refused)

    # -- loading ---------------------------------------------------------------------------

    def show_item(self, meeting_id: int, item_id: int | None) -> None:
        """Show the decisions and actions on ``item_id`` (None: on the meeting as a whole)."""
        if meeting_id != self.meeting_id:
            self._effects.clear()
            self.detail, self.next_meeting_on = None, None
        self.meeting_id, self.item_id = meeting_id, item_id
        self.refused.hide()
        self.reload()
        if not self._choices_loaded and self.writable_role():
            self._choices_loaded = True
            self._load_choices()

    def reload(self) -> None:
        if self.meeting_id is None:
            return
        self._request += 1
        number = self._request
        self.context.run_service(
            meetings.meeting_detail,
            self.actor,
            self.meeting_id,
            owner=self,
            on_done=lambda detail: self._show(number, detail),
            on_error=self._show_refusal,
        )

    def _load_choices(self) -> None:
        tz = self.context.settings.time_zone()
        today = datetime.now(tz).date()
        self.context.run_service(
            week.calendar_choices, self.actor, owner=self, on_done=self._set_organizations
        )
        self.context.run_service(
            week.people_for_planning,
            self.actor,
            week.monday_of(today),
            tz,
            owner=self,
            on_done=self._set_people,
        )

    def _set_organizations(self, choices: week.CalendarChoices) -> None:
        self.flows.organizations = choices.organizations

    def _set_people(self, people: list[week.PersonLoad]) -> None:
        self.flows.people = tuple(people)

    def _set_next_meeting(self, rows: list[MeetingRow]) -> None:
        if self.detail is None:
            return
        held_at = self.detail.meeting.held_at
        later = [m.held_at for m in rows if m.held_at > held_at and m.id != self.meeting_id]
        if later:
            self.next_meeting_on = min(later).astimezone(self.context.settings.time_zone()).date()

    def _show(self, number: int, detail: MeetingDetail) -> None:
        if number != self._request:
            return
        first = self.detail is None
        self.detail = detail
        if first:  # the next meeting is found relative to this one
            self._load_next_meeting()
        chosen = self.selected_decision()
        self.decisions.clear()
        for decision in detail.decisions:
            if decision.agenda_item_id == self.item_id:
                self.decisions.addItem(self._decision_item(decision))
        self.actions.clear()
        for action in detail.actions:
            if action.agenda_item_id == self.item_id:
                self.actions.addItem(self._action_item(action))
        self._select(chosen.id if chosen is not None else None)
        self._update_buttons()

    def _load_next_meeting(self) -> None:
        if self.writable_role():
            self.context.run_service(
                meetings.list_meetings, self.actor, owner=self, on_done=self._set_next_meeting
            )

    # -- rows ------------------------------------------------------------------------------

    def _decision_item(self, decision: DecisionRow) -> QListWidgetItem:
        if decision.restricted or decision.text is None:
            text = self.tr("Restricted — a decision of {agency}").format(
                agency=decision.organization_name
            )
        else:
            text = decision.text
        lines = [
            text,
            self.tr("For: {audience}").format(audience=audience_label(decision.audience)),
        ]
        effect = link_text(decision, self._effects)
        if effect:
            lines.append(effect)
        item = QListWidgetItem("\n".join(lines))
        item.setData(ID_ROLE, decision.id)
        if effect:
            item.setToolTip(self.tr("Enter or double-click: show what the decision became"))
        return item

    def _action_item(self, action: ActionRow) -> QListWidgetItem:
        if action.restricted or action.text is None:
            text = self.tr("Restricted — an action of {agency}").format(
                agency=action.organization_name
            )
        else:
            text = action.text
        due = format_date(action.due_on) if action.due_on is not None else self.tr("no date")
        details = self.tr("{owner} · {agency} · due {date} · {status}").format(
            owner=action.owner_name or self.tr("nobody yet"),
            agency=action.organization_name,
            date=due,
            status=action_status_label(action.status),
        )
        item = QListWidgetItem(f"{text}\n{details}")
        item.setData(ID_ROLE, action.id)
        return item

    def selected_decision(self) -> DecisionRow | None:
        item = self.decisions.currentItem()
        if item is None or self.detail is None:
            return None
        wanted = item.data(ID_ROLE)
        return next((d for d in self.detail.decisions if d.id == wanted), None)

    def _select(self, decision_id: int | None) -> None:
        """Select ``decision_id``, or else the newest decision still without an effect."""
        rows = [self.decisions.item(i) for i in range(self.decisions.count())]
        found = [r for r in rows if r.data(ID_ROLE) == decision_id]
        if not found and self.detail is not None:
            open_ids = {d.id for d in self.detail.decisions if d.effect_kind is None}
            found = [r for r in rows if r.data(ID_ROLE) in open_ids][-1:]
        if found:
            self.decisions.setCurrentItem(found[0])

    # -- what may be done ------------------------------------------------------------------

    def writable_role(self) -> bool:
        return can(self.actor, Action.RUN_MEETINGS)

    def writable(self) -> bool:
        """The meeting is under way and the actor runs meetings."""
        return (
            self.writable_role()
            and self.detail is not None
            and self.detail.meeting.status is MeetingStatus.HELD
        )

    def subject(self) -> Subject | None:
        if self.detail is None:
            return None
        item = next((i for i in self.detail.agenda if i.id == self.item_id), None)
        return Subject(self.detail.meeting.held_at, item)

    def _update_buttons(self, *_args: object) -> None:
        writable = self.writable()
        for button in (self.decide, self.turn, self.add):
            button.setVisible(self.writable_role())
        self.decide.setEnabled(writable)
        self.add.setEnabled(writable)
        decision, subject = self.selected_decision(), self.subject()
        open_decision = (
            decision is not None and not decision.restricted and decision.effect_kind is None
        )
        self.turn.setEnabled(writable and open_decision)
        for kind, action in self.effect_actions.items():
            action.setEnabled(subject is not None and applicable(kind, subject))
        if not writable and self.detail is not None and self.writable_role():
            self.decide.setToolTip(self.tr("Decisions are recorded while the meeting is held."))
        else:
            self.decide.setToolTip("")

    # -- recording -------------------------------------------------------------------------

    def record_decision(self) -> None:
        if not self.writable() or self.meeting_id is None:
            return
        subject = self.subject()
        title = subject.item.title if subject is not None and subject.item is not None else ""
        meeting_id, item_id = self.meeting_id, self.item_id

        def submit(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, DecisionDialog)
            self.context.run_service(
                decisions.record_decision,
                self.actor,
                meeting_id,
                item_id,
                dialog.value(),
                dialog.chosen_audience(),
                owner=dialog,
                on_done=lambda row: self._decided(dialog, row),
                on_error=lambda exc: dialog.refuse(error_text(exc)),
            )

        self._open(DecisionDialog(self.actor, title, self, submit=submit))

    def _decided(self, dialog: SubmitDialog, row: DecisionRow) -> None:
        dialog.saved(row)
        self._add_shown(row)
        self.sig_recorded.emit(None)

    def _add_shown(self, row: DecisionRow) -> None:
        """Show the new decision at once, selected (a reload confirms it)."""
        if self.detail is not None:
            self.detail = replace(self.detail, decisions=(*self.detail.decisions, row))
            self.decisions.addItem(self._decision_item(row))
            self._select(row.id)
        self.reload()

    def turn_into(self, kind: EffectKind) -> None:
        decision, subject = self.selected_decision(), self.subject()
        if (
            not self.writable()
            or decision is None
            or subject is None
            or decision.effect_kind is not None
            or not applicable(kind, subject)
        ):
            return
        self.refused.hide()
        self.flows.start(kind, decision, subject)

    def _effect_made(self, kind: EffectKind, row: DecisionRow, text: str) -> None:
        self._effects[row.id] = text
        self.reload()
        self.sig_recorded.emit(kind)

    def add_action(self) -> None:
        if not self.writable() or self.meeting_id is None or self.detail is None:
            return
        meeting_id, item_id = self.meeting_id, self.item_id
        decision = self.selected_decision()
        tz = self.context.settings.time_zone()
        today = datetime.now(tz).date()
        due = self.next_meeting_on or today + DEFAULT_DUE

        def submit(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, ActionDialog)
            draft = dialog.draft(item_id, decision.id if decision is not None else None)
            self.context.run_service(
                actions.add_action,
                self.actor,
                meeting_id,
                draft,
                owner=dialog,
                on_done=lambda row: self._action_added(dialog, row),
                on_error=lambda exc: dialog.refuse(error_text(exc)),
            )

        dialog = ActionDialog(
            self.actor,
            self.detail.meeting.participants,
            self.flows.people,
            self.flows.organizations,
            self,
            due=due,
            submit=submit,
        )
        self._open(dialog)

    def _action_added(self, dialog: SubmitDialog, row: ActionRow) -> None:
        dialog.saved(row)
        self.reload()
        self.sig_recorded.emit(None)

    def _activated(self, item: QListWidgetItem) -> None:
        decision = self.selected_decision()
        if decision is not None and decision.effect_kind is not None and decision.effect_id:
            self.sig_effect_activated.emit(decision.effect_kind, decision.effect_id)
        del item

    def _show_refusal(self, exc: BaseException) -> None:
        self.refused.setText(error_text(exc))
        self.refused.show()

    def _open(self, dialog: QWidget) -> None:
        fit_to_type(dialog)  # type: ignore[arg-type]
        dialog.finished.connect(dialog.deleteLater)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont()  # only the weight: the size follows the panel's (large in meeting mode)
    font.setBold(True)
    label.setFont(font)
    return label
