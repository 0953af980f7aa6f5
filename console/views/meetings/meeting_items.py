"""One agenda item on the projector: its kind, why it is there, its title, and its live data for
the room — a zone's panel, a case's summary, a carried-over action, a referral, next week's
planning problems. Fed the agenda row at once and the room's data when it arrives."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.models import ActionStatus, AgendaKind
from console.services.meetings.room import ItemView, ReferralSummary
from console.services.meetings.rows import ActionRow, AgendaItemRow
from console.services.places.indicators import ZonePanel
from console.views.common.formatting import format_date, moment_text, week_label
from console.views.common.labels import (
    action_status_label,
    agenda_kind_label,
    agenda_reason_label,
    audience_label,
    referral_status_label,
)
from console.views.meetings.room_case import CaseBody
from console.views.meetings.room_style import (
    ALERT,
    BAR,
    MUTED,
    chip,
    clear_layout,
    facts,
    paint_chip,
    restricted_label,
    text_label,
)
from console.views.meetings.room_zone import ZoneBody

KIND_COLOURS = {
    AgendaKind.ZONE: "#8a4b08",
    AgendaKind.CASE: "#1f4e8c",
    AgendaKind.ACTIONS: "#1e6b34",
    AgendaKind.REFERRAL: "#7a3e9d",
    AgendaKind.PLANNING: "#5c5c00",
    AgendaKind.OTHER: BAR,
}


class FactsBody(QWidget):
    """Label: value rows and, below them, one text or its "Restricted" box (actions,
    referrals, the week's planning, free items)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = QVBoxLayout(self)
        self.content.setContentsMargins(0, 0, 0, 0)

    def show_facts(
        self,
        rows: list[tuple[str, str]],
        text: str = "",
        restricted: str = "",
        alert: frozenset[int] = frozenset(),
    ) -> None:
        clear_layout(self.content)
        if text:
            self.content.addWidget(text_label(text, size="large"))
        if restricted:
            self.content.addWidget(restricted_label(restricted))
        if rows:
            self.content.addLayout(facts(rows, alert=alert))
        self.content.addStretch(1)


class ActionStatusBar(QWidget):
    """A carried-over action's outcome, recorded as the room reviews it."""

    sig_status_requested = Signal(object)  # ActionStatus: the status asked for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[ActionStatus, QPushButton] = {
            ActionStatus.DONE: QPushButton(self.tr("&Mark done")),
            ActionStatus.NOT_DONE: QPushButton(self.tr("&Not done…")),
            ActionStatus.IMPOSSIBLE: QPushButton(self.tr("&Impossible…")),
            ActionStatus.OPEN: QPushButton(self.tr("&Reopen")),
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for status, button in self.buttons.items():
            button.setObjectName(f"mark_{status.value}")
            button.clicked.connect(
                lambda _checked=False, s=status: self.sig_status_requested.emit(s)
            )
            layout.addWidget(button)
        layout.addStretch(1)

    def set_status(self, status: ActionStatus) -> None:
        for shown, button in self.buttons.items():
            button.setEnabled(shown is not status)


class ItemPage(QWidget):
    """The item's heading and, below it, the body its kind needs."""

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.item: AgendaItemRow | None = None
        self.view: ItemView | None = None
        self.may_update_actions = False  # the status bar of a carried-over action
        self.kind = chip("", BAR)
        self.kind.setObjectName("item_kind")
        self.reason = QLabel()
        self.reason.setStyleSheet(f"color: {MUTED};")
        self.position = QLabel()
        self.position.setStyleSheet(f"color: {MUTED};")
        self.title = text_label(size="title", bold=True)
        self.title.setObjectName("item_title")
        # A title without spaces is cut at the edge rather than widening the room's screen.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.notes = text_label()
        self.notes.setStyleSheet(f"color: {MUTED};")
        self.status = text_label()
        self.status.setObjectName("item_status")
        self.zone = ZoneBody(tz)
        self.case = CaseBody(tz)
        self.facts = FactsBody()
        self.bodies = QStackedWidget()
        self.empty = QWidget()
        for body in (self.empty, self.zone, self.case, self.facts):
            self.bodies.addWidget(body)
        self.action_bar = ActionStatusBar()
        self.action_bar.hide()
        heading = QHBoxLayout()
        heading.addWidget(self.kind)
        heading.addWidget(self.reason, 1)
        heading.addWidget(self.position)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.title)
        layout.addWidget(self.notes)
        layout.addWidget(self.status)
        layout.addWidget(self.bodies, 1)
        layout.addWidget(self.action_bar)

    # -- feeding ---------------------------------------------------------------------------

    def set_item(self, item: AgendaItemRow, number: int, count: int) -> None:
        """Show the item's heading at once; its data follows (:meth:`set_view`)."""
        self.item, self.view = item, None
        self.kind.show()
        self.kind.setText(agenda_kind_label(item.kind))
        paint_chip(self.kind, KIND_COLOURS[item.kind])
        self.reason.setText(agenda_reason_label(item.reason))
        self.position.setText(
            self.tr("Item {number} of {count}").format(number=number, count=count)
        )
        if item.kind is AgendaKind.PLANNING and item.week_monday is not None:
            self.title.setText(week_label(item.week_monday))  # not its code ("2026-W49")
        else:
            self.title.setText(item.title or self.tr("(an item you may not read)"))
        self.notes.setText(item.notes)
        self.notes.setVisible(bool(item.notes))
        self.show_status(self.tr("Loading…"))
        self.bodies.setCurrentWidget(self.empty)
        self.action_bar.hide()

    def show_nothing(self, text: str) -> None:
        """No item to show (an empty agenda): ``text`` as the title, and none of an item's
        heading (its kind's chip would be an empty box)."""
        self.item, self.view = None, None
        self.kind.hide()
        self.reason.clear()
        self.position.clear()
        self.title.setText(text)
        self.notes.hide()
        self.show_status("")
        self.bodies.setCurrentWidget(self.empty)
        self.action_bar.hide()

    def show_status(self, text: str, *, alert: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {ALERT if alert else MUTED};")
        self.status.setVisible(bool(text))

    def set_view(self, view: ItemView) -> None:
        """The room's data for the item (a zone item's panel comes with :meth:`set_zone`)."""
        self.view = view
        self.show_status("")
        if view.case is not None:
            self.case.set_summary(view.case)
            self.bodies.setCurrentWidget(self.case)
        elif view.action is not None:
            self._show_action(view.action)
        elif view.referral is not None:
            self._show_referral(view.referral)
        elif view.planning is not None:
            problems = view.planning
            self.facts.show_facts(
                [
                    (self.tr("Joint shifts without an educator"), str(problems.no_educator)),
                    (self.tr("Joint shifts without an officer"), str(problems.no_officer)),
                    (self.tr("Shifts not published yet"), str(problems.drafts)),
                    (self.tr("Other problems"), str(problems.other_violations)),
                ]
            )
            self.bodies.setCurrentWidget(self.facts)
        elif view.zone_id is not None:
            self.show_status(self.tr("Loading the zone…"))
        else:
            self.facts.show_facts([])
            self.bodies.setCurrentWidget(self.facts)

    def set_zone(self, panel: ZonePanel) -> None:
        self.show_status("")
        self.zone.set_panel(panel)
        self.bodies.setCurrentWidget(self.zone)

    # -- the small kinds -------------------------------------------------------------------

    def _show_action(self, action: ActionRow) -> None:
        due = format_date(action.due_on) if action.due_on is not None else self.tr("no date")
        if action.overdue:
            due = self.tr("⚠ {date} — overdue").format(date=due)
        rows = [
            (self.tr("Owner"), action.owner_name or self.tr("nobody yet")),
            (self.tr("Agency"), action.organization_name),
            (self.tr("Due"), due),
            (self.tr("Status"), action_status_label(action.status)),
            (
                self.tr("Decided at"),
                f"{action.meeting_title}, {moment_text(action.meeting_held_at, self.tz)}",
            ),
        ]
        if action.status_reason:
            rows.append((self.tr("Why"), action.status_reason))
        alert = frozenset({2}) if action.overdue else frozenset()
        if action.restricted or action.text is None:
            self.facts.show_facts(
                rows,
                alert=alert,
                restricted=self.tr("Restricted — an action of {agency} ({audience})").format(
                    agency=action.organization_name, audience=audience_label(action.audience)
                ),
            )
        else:
            # The item's title is usually the action itself: not twice.
            text = "" if action.text == (self.item.title if self.item else "") else action.text
            self.facts.show_facts(rows, text=text, alert=alert)
        self.bodies.setCurrentWidget(self.facts)
        self.action_bar.set_status(action.status)
        self.action_bar.setVisible(self.may_update_actions)

    def _show_referral(self, referral: ReferralSummary) -> None:
        rows = [
            (self.tr("Status"), referral_status_label(referral.status)),
            (self.tr("From"), referral.from_name),
            (self.tr("To"), referral.to_name),
            (self.tr("Sent"), moment_text(referral.sent_at, self.tz)),
        ]
        if referral.answered_at is not None:
            rows.append((self.tr("Answered"), moment_text(referral.answered_at, self.tz)))
        self.facts.show_facts(rows)
        self.bodies.setCurrentWidget(self.facts)
