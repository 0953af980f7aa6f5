"""The side panel of a proposal of the week: what it changes (ticked to accept), the places it
leaves empty with why, and the soft rules it breaks with whom; Accept all, Accept selected,
Discard. It shows a :class:`Proposal` and emits what the person chose; the section acts."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.services.roster import Proposal, ProposedShift, SolverStatus
from console.views.common import formatting, labels

ROLE_SLOT_KEY = Qt.ItemDataRole.UserRole + 1


def interface_language() -> str:
    return "it" if QLocale().language() == QLocale.Language.Italian else "en"


def span_text(starts_at: datetime, ends_at: datetime, tz: ZoneInfo) -> str:
    """ "Mon 18:00–22:00" in the interface's language (the week is on screen)."""
    start, end = starts_at.astimezone(tz), ends_at.astimezone(tz)
    weekday = QLocale().dayName(start.isoweekday(), QLocale.FormatType.ShortFormat)
    times = f"{formatting.format_time(start.time())}–{formatting.format_time(end.time())}"
    return f"{weekday} {times}"


class ProposalPanel(QWidget):
    """Shows one proposal; the section keeps it and the ghost blocks in step."""

    sig_accept_all = Signal()  # accept every change of the proposal
    sig_accept_selected = Signal(list)  # list[str]: the slot keys ticked
    sig_discard = Signal()  # put the proposal away, nothing written
    sig_slot_chosen = Signal(str)  # a change clicked: select its ghost block

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposal: Proposal | None = None
        self.edited = False  # a place changed by hand since the solver's proposal
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.changes = QListWidget()
        self.changes.setAccessibleName(self.tr("Changes the proposal makes"))
        self.changes.setWordWrap(True)
        self.unfilled = QListWidget()
        self.unfilled.setAccessibleName(self.tr("Places left empty"))
        self.unfilled.setWordWrap(True)
        self.penalties = QListWidget()
        self.penalties.setAccessibleName(self.tr("Soft rules broken"))
        self.penalties.setWordWrap(True)
        for listing in (self.changes, self.unfilled, self.penalties):
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.setSpacing(2)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.changes, "")
        self.tabs.addTab(self.unfilled, "")
        self.tabs.addTab(self.penalties, "")
        self.accept_all = QPushButton(self.tr("Accept &all"))
        self.accept_selected = QPushButton(self.tr("Accept &selected"))
        self.discard = QPushButton(self.tr("&Discard"))
        self.accept_all.clicked.connect(self.sig_accept_all)
        self.accept_selected.clicked.connect(self._accept_selected)
        self.discard.clicked.connect(self.sig_discard)
        self.changes.itemClicked.connect(self._clicked)
        self.changes.itemChanged.connect(lambda _item: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_all)
        buttons.addWidget(self.accept_selected)
        buttons.addWidget(self.discard)
        title = QLabel(self.tr("Proposal of the week"))
        title.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    # -- showing -----------------------------------------------------------------------------

    def set_proposal(
        self, proposal: Proposal, tz: ZoneInfo, names: dict[int, str], *, edited: bool = False
    ) -> None:
        """Show ``proposal``; ``names`` gives people's short names by id (the proposal's own
        are used first); ``edited``: a place was changed by hand (the costs are the solver's)."""
        self.proposal = proposal
        self.edited = edited
        language = interface_language()
        known = dict(names)
        known |= {a.person_id: a.person_name for a in proposal.assignments}
        summary = self._summary(proposal)
        if edited:
            summary += " " + self.tr(
                "Changed by hand: the empty places and penalties are those of the proposal as "
                "found."
            )
        self.summary.setText(summary)
        # A place changed by hand keeps what was ticked; a new proposal starts all ticked.
        unticked = set(self.unticked_keys()) if edited else set()
        self.changes.blockSignals(True)
        self.changes.clear()
        for shift in proposal.changes:
            item = QListWidgetItem(self.change_text(shift, tz, known))
            item.setData(ROLE_SLOT_KEY, shift.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = shift.key not in unticked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.changes.addItem(item)
        self.changes.blockSignals(False)
        self.unfilled.clear()
        for slot in proposal.unfilled:
            item = QListWidgetItem(
                f"{span_text(slot.starts_at, slot.ends_at, tz)} · {slot.zone_name}\n"
                f"{slot.text(language)}"
            )
            item.setData(ROLE_SLOT_KEY, slot.slot_key)
            self.unfilled.addItem(item)
        if not proposal.unfilled:
            self.unfilled.addItem(QListWidgetItem(self.tr("Every place is filled.")))
        self.penalties.clear()
        for penalty in proposal.penalties:
            who = penalty.person_name or self.tr("Everyone")
            rule = penalty_rule_label(penalty.rule.value)
            item = QListWidgetItem(
                self.tr("{person} · {rule} (cost {cost})\n{text}").format(
                    person=who, rule=rule, cost=penalty.cost, text=penalty.text(language)
                )
            )
            item.setData(ROLE_SLOT_KEY, penalty.slot_key)
            self.penalties.addItem(item)
        if not proposal.penalties:
            self.penalties.addItem(QListWidgetItem(self.tr("No soft rule is broken.")))
        self.tabs.setTabText(0, self.tr("Changes (%n)", "", len(proposal.changes)))
        self.tabs.setTabText(1, self.tr("Empty places (%n)", "", len(proposal.unfilled)))
        self.tabs.setTabText(2, self.tr("Penalties (%n)", "", len(proposal.penalties)))
        self._update_buttons()

    def _summary(self, proposal: Proposal) -> str:
        status = {
            SolverStatus.OPTIMAL: self.tr("The best roster under these weights."),
            SolverStatus.FEASIBLE: self.tr(
                "A roster keeping every rule, the best found within the time limit."
            ),
            SolverStatus.INFEASIBLE: self.tr(
                "No roster can keep every rule: the locked shifts themselves break one."
            ),
            SolverStatus.UNKNOWN: self.tr(
                "No roster was found within the time limit: raise it in Settings."
            ),
            SolverStatus.EMPTY: self.tr(
                "Nothing to plan: this week has no demand and no draft shift."
            ),
        }[proposal.status]
        found = self.tr("Found in {seconds} s (seed {seed}).").format(
            seconds=QLocale().toString(proposal.wall_time_seconds, "f", 1), seed=proposal.seed
        )
        return f"{status} {found}"

    def change_text(self, shift: ProposedShift, tz: ZoneInfo, names: dict[int, str]) -> str:
        """ "Mon 23/11 18:00–22:00 · Piazza Roma" and, under it, who comes and who goes."""
        head = f"{span_text(shift.starts_at, shift.ends_at, tz)} · {shift.zone_name}"
        added = [
            names.get(p, str(p)) for p in shift.person_ids if p not in shift.previous_person_ids
        ]
        removed = [
            names.get(p, str(p)) for p in shift.previous_person_ids if p not in shift.person_ids
        ]
        lines = [head]
        if shift.is_new:
            lines.append(
                self.tr("New {kind}: {people}").format(
                    kind=labels.shift_kind_label(shift.kind).lower(),
                    people=", ".join(added) or "—",
                )
            )
        else:
            if added:
                lines.append(self.tr("Adds {people}").format(people=", ".join(added)))
            if removed:
                lines.append(self.tr("Takes off {people}").format(people=", ".join(removed)))
        if shift.moved_from_zone_id is not None:
            lines.append(self.tr("Moved here to follow pressure"))
        return "\n".join(lines)

    # -- choosing ----------------------------------------------------------------------------

    def selected_keys(self) -> list[str]:
        """The slot keys of the changes ticked, in the list's order."""
        return [
            str(self.changes.item(i).data(ROLE_SLOT_KEY))
            for i in range(self.changes.count())
            if self.changes.item(i).checkState() == Qt.CheckState.Checked
        ]

    def unticked_keys(self) -> list[str]:
        return [
            str(self.changes.item(i).data(ROLE_SLOT_KEY))
            for i in range(self.changes.count())
            if self.changes.item(i).checkState() != Qt.CheckState.Checked
        ]

    def select_key(self, key: str | None) -> None:
        """Highlight the change of ``key`` (a ghost block was clicked)."""
        for index in range(self.changes.count()):
            item = self.changes.item(index)
            if item.data(ROLE_SLOT_KEY) == key:
                self.tabs.setCurrentWidget(self.changes)
                self.changes.setCurrentItem(item)
                self.changes.scrollToItem(item)
                return
        self.changes.setCurrentItem(None)

    def _accept_selected(self) -> None:
        self.sig_accept_selected.emit(self.selected_keys())

    def _clicked(self, item: QListWidgetItem) -> None:
        self.sig_slot_chosen.emit(str(item.data(ROLE_SLOT_KEY)))

    def _update_buttons(self) -> None:
        has_changes = self.proposal is not None and bool(self.proposal.changes)
        self.accept_all.setEnabled(has_changes)
        self.accept_selected.setEnabled(has_changes and bool(self.selected_keys()))


def penalty_rule_label(rule: str) -> str:
    """The name of a soft rule, in the interface's language."""
    names = {
        "unfilled": QCoreApplication.translate("ProposalPanel", "empty place"),
        "fairness": QCoreApplication.translate("ProposalPanel", "fair share"),
        "continuity": QCoreApplication.translate("ProposalPanel", "pairs who know the zone"),
        "preference": QCoreApplication.translate("ProposalPanel", "preferred days"),
        "pressure": QCoreApplication.translate("ProposalPanel", "follow pressure"),
        "change": QCoreApplication.translate("ProposalPanel", "change to the draft"),
    }
    return names.get(rule, rule)
