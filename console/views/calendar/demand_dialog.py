"""The weekly demand of the zones, the input of "Propose week": per zone, the outings each
week needs (days, times, kind, how many educators and officers, whether it follows pressure).
The dialogs show and check; the section writes through the roster services on the runner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from functools import partial

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from console.models import ShiftKind
from console.services import roster
from console.services.roster import DemandDraft, DemandRow
from console.services.roster.explain import PRESSURE_RULE
from console.views.calendar.proposal_panel import interface_language
from console.views.common import formatting, labels
from console.views.common.errors import error_text
from console.views.common.section import ViewContext
from console.views.common.validated_dialog import ValidatedDialog

MAX_PEOPLE = 10
COLUMNS = 7
COL_ZONE, COL_DAYS, COL_TIMES, COL_KIND, COL_TEAM, COL_PRESSURE, COL_ACTIVE = range(COLUMNS)


def pressure_rule_text() -> str:
    """The "follow pressure" rule in words, in the interface's language."""
    return dict(PRESSURE_RULE).get(interface_language()) or dict(PRESSURE_RULE)["en"]


def day_name(day: int) -> str:
    return QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)


def days_text(days: tuple[int, ...]) -> str:
    if tuple(days) == tuple(range(7)):
        return QCoreApplication.translate("DemandDialog", "every day")
    return ", ".join(day_name(d) for d in days)


def times_text(starts: time, ends: time) -> str:
    return f"{formatting.format_time(starts)}–{formatting.format_time(ends)}"


class DemandRowDialog(ValidatedDialog):
    """One weekly outing of a zone; OK only when it can be planned."""

    def __init__(
        self,
        zones: list[tuple[int, str]],
        initial: DemandRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit weekly outing") if initial else self.tr("New weekly outing")
        )
        self.zone = QComboBox()
        for zone_id, name in zones:
            self.zone.addItem(name, zone_id)
        self.days = [QCheckBox(day_name(day)) for day in range(7)]
        day_row = QHBoxLayout()
        for box in self.days:
            day_row.addWidget(box)
        self.starts = QTimeEdit()
        self.ends = QTimeEdit()
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
        self.kind = QComboBox()
        for kind in ShiftKind:
            self.kind.addItem(labels.shift_kind_label(kind), kind)
        self.educators = QSpinBox()
        self.officers = QSpinBox()
        for box in (self.educators, self.officers):
            box.setRange(0, MAX_PEOPLE)
        self.follows = QCheckBox(
            self.tr("&Follows pressure: may move to a zone under more pressure")
        )
        self.follows.setToolTip(pressure_rule_text())
        self.active = QCheckBox(self.tr("A&ctive (proposals plan it)"))
        form = QFormLayout()
        form.addRow(self.tr("&Zone:"), self.zone)
        form.addRow(self.tr("Days:"), day_row)
        form.addRow(self.tr("&Starts:"), self.starts)
        form.addRow(self.tr("&Ends (earlier: the next day):"), self.ends)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("E&ducators:"), self.educators)
        form.addRow(self.tr("&Officers:"), self.officers)
        form.addRow(self.follows)
        form.addRow(self.active)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self._load(initial)
        for box in self.days:
            box.toggled.connect(self.show_problem)
        for edit in (self.starts, self.ends):
            edit.timeChanged.connect(self.show_problem)
        self.kind.currentIndexChanged.connect(self.show_problem)
        for spin in (self.educators, self.officers):
            spin.valueChanged.connect(self.show_problem)
        self.show_problem()

    def _load(self, row: DemandRow | None) -> None:
        if row is None:
            self.kind.setCurrentIndex(max(self.kind.findData(ShiftKind.JOINT), 0))
            self.starts.setTime(QTime(18, 0))
            self.ends.setTime(QTime(22, 0))
            self.educators.setValue(1)
            self.officers.setValue(1)
            self.active.setChecked(True)
            return
        self.zone.setCurrentIndex(max(self.zone.findData(row.zone_id), 0))
        for day, box in enumerate(self.days):
            box.setChecked(day in row.days)
        self.starts.setTime(QTime(row.starts.hour, row.starts.minute))
        self.ends.setTime(QTime(row.ends.hour, row.ends.minute))
        self.kind.setCurrentIndex(max(self.kind.findData(row.kind), 0))
        self.educators.setValue(row.educators)
        self.officers.setValue(row.officers)
        self.follows.setChecked(row.follows_pressure)
        self.active.setChecked(row.active)

    def problem(self) -> str | None:  # noqa: PLR0911 - one return per thing to fix
        if self.zone.currentData() is None:
            return self.tr("There is no zone to plan for. Draw a zone on the map first.")
        if not any(box.isChecked() for box in self.days):
            return self.tr("Tick at least one day of the week.")
        if self.starts.time() == self.ends.time():
            return self.tr("The outing must end at another time than it starts.")
        start = self.starts.time().hour() * 60 + self.starts.time().minute()
        end = self.ends.time().hour() * 60 + self.ends.time().minute()
        if (end - start) % (24 * 60) > 12 * 60:
            return self.tr("An outing may last at most 12 hours. Bring the start and end closer.")
        educators, officers = self.educators.value(), self.officers.value()
        if educators + officers < 1:
            return self.tr("An outing needs at least one person: an educator or an officer.")
        if ShiftKind(self.kind.currentData()) is ShiftKind.JOINT and (
            educators < 1 or officers < 1
        ):
            return self.tr(
                "A joint outing needs at least one educator and one officer. Add them, or "
                "choose another kind."
            )
        return None

    def draft(self) -> DemandDraft:
        def wall(edit: QTimeEdit) -> time:
            return time(edit.time().hour(), edit.time().minute())

        return DemandDraft(
            zone_id=int(self.zone.currentData()),
            days=tuple(day for day, box in enumerate(self.days) if box.isChecked()),
            starts=wall(self.starts),
            ends=wall(self.ends),
            kind=ShiftKind(self.kind.currentData()),
            educators=self.educators.value(),
            officers=self.officers.value(),
            follows_pressure=self.follows.isChecked(),
            active=self.active.isChecked(),
        )


class DemandDialog(QDialog):
    """The demand of every zone; edits are asked for with signals and shown when reloaded."""

    sig_add_requested = Signal(object)  # DemandDraft
    sig_update_requested = Signal(int, object, int)  # (demand id, DemandDraft, version)
    sig_remove_requested = Signal(int, int)  # (demand id, version)

    def __init__(
        self, zones: list[tuple[int, str]], parent: QWidget | None = None, *, editable: bool = True
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weekly demand"))
        self.zones = zones
        self.editable = editable
        self.rows: list[DemandRow] = []
        intro = QLabel(
            self.tr(
                "The outings each zone needs every week. “Propose week” staffs them, with "
                "the drafts already there."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Zone"),
                self.tr("Days"),
                self.tr("Times"),
                self.tr("Kind"),
                self.tr("Team"),
                self.tr("Follows pressure"),
                self.tr("Active"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        rule = QLabel(pressure_rule_text())
        rule.setWordWrap(True)
        rule.setStyleSheet("color: palette(mid);")
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setVisible(editable)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(rule)
        layout.addWidget(close)
        self.resize(820, 460)
        self._update_buttons()

    def set_rows(self, rows: list[DemandRow]) -> None:
        chosen = self.selected_row()
        self.rows = list(rows)
        self.table.setRowCount(len(rows))
        yes, no = self.tr("yes"), self.tr("no")
        for index, row in enumerate(rows):
            team = self.tr("{educators} E + {officers} O").format(
                educators=row.educators, officers=row.officers
            )
            cells = {
                COL_ZONE: row.zone_name,
                COL_DAYS: days_text(row.days),
                COL_TIMES: times_text(row.starts, row.ends),
                COL_KIND: labels.shift_kind_label(row.kind),
                COL_TEAM: team,
                COL_PRESSURE: yes if row.follows_pressure else no,
                COL_ACTIVE: yes if row.active else no,
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(index, column, item)
            if chosen is not None and row.id == chosen.id:
                self.table.selectRow(index)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected_row(self) -> DemandRow | None:
        index = self.table.currentRow()
        selected = (
            self.table.selectionModel().hasSelection() if self.table.selectionModel() else False
        )
        if not selected or not 0 <= index < len(self.rows):
            return None
        return self.rows[index]

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        self.edit_button.setEnabled(self.editable and chosen)
        self.remove_button.setEnabled(self.editable and chosen)

    def row_dialog(self, initial: DemandRow | None) -> DemandRowDialog:
        """The dialog of one outing (a method, so tests can fill it)."""
        return DemandRowDialog(self.zones, initial, self)

    def _run_row_dialog(self, initial: DemandRow | None) -> DemandDraft | None:
        dialog = self.row_dialog(initial)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        draft = dialog.draft() if accepted else None
        dialog.deleteLater()
        return draft

    def add(self) -> None:
        draft = self._run_row_dialog(None)
        if draft is not None:
            self.sig_add_requested.emit(draft)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.editable:
            return
        draft = self._run_row_dialog(row)
        if draft is not None:
            self.sig_update_requested.emit(row.id, draft, row.version_id)

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.editable:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove weekly outing"),
            self.tr(
                "Remove the outing of {zone} ({days}, {times}) from the weekly demand? Shifts "
                "already planned from it stay."
            ).format(
                zone=row.zone_name,
                days=days_text(row.days),
                times=times_text(row.starts, row.ends),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.sig_remove_requested.emit(row.id, row.version_id)


def edit_demand(
    parent: QWidget,
    context: ViewContext,
    zones: list[tuple[int, str]],
    *,
    editable: bool,
    on_error: Callable[[BaseException], None],
) -> None:
    """Run the demand dialog: rows read and written through the roster services on the
    context's runner; a write refused shows why in a box over the dialog."""
    dialog = DemandDialog(zones, parent, editable=editable)
    actor = context.actor

    def show(*_args: object) -> None:
        context.run_service(
            roster.demand_patterns, actor, owner=dialog, on_done=dialog.set_rows, on_error=on_error
        )

    def write(service: Callable[..., object], *args: object, **kwargs: object) -> None:
        context.run_service(
            partial(service, **kwargs),
            actor,
            *args,
            owner=dialog,
            on_done=show,
            on_error=lambda exc: QMessageBox.warning(dialog, dialog.windowTitle(), error_text(exc)),
        )

    dialog.sig_add_requested.connect(lambda draft: write(roster.add_demand, draft))
    dialog.sig_update_requested.connect(
        lambda demand, draft, version: write(
            roster.update_demand, demand, draft, expected_version=version
        )
    )
    dialog.sig_remove_requested.connect(
        lambda demand, version: write(roster.remove_demand, demand, expected_version=version)
    )
    show()
    dialog.exec()
    dialog.deleteLater()
