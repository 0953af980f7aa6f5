"""The funding window (File > Funding report…): the project's settings, hourly costs, other
expenses and the narrative of a period, and the report saved as PDF or spreadsheet.

Every read and write is a named service operation run by the runner; a refusal is shown on the
window's red line in the user's language and nothing typed is lost. Money is typed as people
write it ("7.500,00" or "7500.00") and handed to the services as text they check.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.models import Role
from console.services import funding
from console.views.common import labels
from console.views.common.errors import error_text
from console.views.common.formatting import console_dates
from console.views.common.section import ViewContext

COST_ROLE = Qt.ItemDataRole.UserRole + 1  # a cost row's (organization id, role, row or None)
EXPENSE_ROLE = Qt.ItemDataRole.UserRole + 2  # an expense row's ExpenseRow


def interface_language() -> str:
    """The language documents are written in: the interface's."""
    return "it" if QLocale().language() == QLocale.Language.Italian else "en"


def parse_money(text: str) -> Decimal | str:
    """'7.500,00', '7500.00', '€ 12,5' as a Decimal; anything else as typed, for the service to
    refuse in its own words."""
    cleaned = re.sub(r"[\s€]", "", text)
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        return Decimal(cleaned) if cleaned else Decimal(0)
    except InvalidOperation:
        return text


def money_text(amount: Decimal | None) -> str:
    """An amount as the locale writes it, two decimals ("" for none)."""
    if amount is None:
        return ""
    return QLocale().toString(float(amount), "f", 2)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _date_edit(day: date) -> QDateEdit:
    edit = console_dates(QDateEdit(_qdate(day)))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def _table(headers: list[str], stretch: int | None = None) -> QTableWidget:
    """A table whose columns fit their contents; the ``stretch`` column (the last when None)
    takes the room left, and is the one that gives way in a narrow window, so the amounts at
    the right stay in sight."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return table


class FundingDialog(QDialog):
    """The funding window; ``sig_loaded`` when the data last asked for is on screen."""

    sig_loaded = Signal()  # the settings, costs and expenses are on screen
    sig_saved = Signal(str)  # path of a report file just written

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: funding.FundingData | None = None
        self.narrative = funding.Narrative(date.today().replace(day=1), date.today())
        self.setWindowTitle(self.tr("Funding report"))
        self.resize(980, 680)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._project_tab(), self.tr("&Project"))
        self.tabs.addTab(self._costs_tab(), self.tr("Hourly &costs"))
        self.tabs.addTab(self._expenses_tab(), self.tr("Other &expenses"))
        self.tabs.addTab(self._report_tab(), self.tr("&Report"))
        self.refused = QLabel()
        self.refused.setObjectName("refused")
        self.refused.setStyleSheet("color: #b00020;")
        self.refused.setWordWrap(True)
        self.refused.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.refused)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.load()

    # -- the tabs ------------------------------------------------------------------------------

    def _project_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.title_edit = QLineEdit()
        self.funder_edit = QLineEdit()
        self.cup_edit = QLineEdit()
        self.cup_edit.setMaxLength(20)
        self.cup_edit.setPlaceholderText(self.tr("15 letters and digits, e.g. D11H24000120006"))
        self.grant_edit = QLineEdit()
        self.grant_edit.setPlaceholderText(self.tr("euros, e.g. 7500,00"))
        self.starts_edit = _date_edit(date.today())
        self.ends_edit = _date_edit(date.today())
        self.objectives_edit = QPlainTextEdit()
        self.objectives_edit.setPlaceholderText(self.tr("One objective per line"))
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Funder:"), self.funder_edit)
        form.addRow(self.tr("C&UP code:"), self.cup_edit)
        form.addRow(self.tr("&Grant (€):"), self.grant_edit)
        form.addRow(self.tr("&Starts on:"), self.starts_edit)
        form.addRow(self.tr("E&nds on:"), self.ends_edit)
        form.addRow(self.tr("&Objectives:"), self.objectives_edit)
        self.save_project_button = QPushButton(self.tr("Save the project"))
        self.save_project_button.clicked.connect(self.save_project)
        form.addRow("", self.save_project_button)
        return page

    def _costs_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        explained = QLabel(
            self.tr(
                "What an hour of each role costs the project, in euros. Leave a cost empty "
                "for a role whose hours the grant does not pay."
            )
        )
        explained.setWordWrap(True)  # whole in a narrow window
        layout.addWidget(explained)
        self.costs_table = _table([self.tr("Organization"), self.tr("Role"), self.tr("€ per hour")])
        layout.addWidget(self.costs_table)
        self.save_costs_button = QPushButton(self.tr("Save the costs"))
        self.save_costs_button.clicked.connect(self.save_costs)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.save_costs_button)
        layout.addLayout(row)
        return page

    def _expenses_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.expenses_table = _table(
            [self.tr("Date"), self.tr("Description"), self.tr("Supporting document"), self.tr("€")],
            stretch=1,  # the description gives way; the amounts stay in sight
        )
        self.expenses_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.expenses_table.itemSelectionChanged.connect(self._expense_selected)
        layout.addWidget(self.expenses_table)
        form = QFormLayout()
        self.expense_date = _date_edit(date.today())
        self.expense_description = QLineEdit()
        self.expense_document = QLineEdit()
        self.expense_document.setPlaceholderText(self.tr("invoice or receipt number"))
        self.expense_amount = QLineEdit()
        form.addRow(self.tr("D&ate:"), self.expense_date)
        form.addRow(self.tr("&Description:"), self.expense_description)
        form.addRow(self.tr("Supporting d&ocument:"), self.expense_document)
        form.addRow(self.tr("A&mount (€):"), self.expense_amount)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.add_expense_button = QPushButton(self.tr("Add"))
        self.update_expense_button = QPushButton(self.tr("Save changes"))
        self.remove_expense_button = QPushButton(self.tr("Remove"))
        self.add_expense_button.clicked.connect(self.add_expense)
        self.update_expense_button.clicked.connect(self.update_expense)
        self.remove_expense_button.clicked.connect(self.remove_expense)
        row.addStretch()
        for button in (
            self.add_expense_button,
            self.update_expense_button,
            self.remove_expense_button,
        ):
            row.addWidget(button)
        layout.addLayout(row)
        self._expense_selected()
        return page

    def _report_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        period = QHBoxLayout()
        self.from_edit = _date_edit(self.narrative.period_start)
        self.to_edit = _date_edit(self.narrative.period_end)
        self.from_edit.dateChanged.connect(self.load_narrative)
        self.to_edit.dateChanged.connect(self.load_narrative)
        period.addWidget(QLabel(self.tr("Period from")))
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.to_edit)
        period.addStretch()
        layout.addLayout(period)
        form = QFormLayout()
        self.narrative_edits: dict[str, QPlainTextEdit] = {}
        for name, label in (
            ("activities", self.tr("Activities carried out:")),
            ("results", self.tr("Results achieved:")),
            ("difficulties", self.tr("Difficulties met:")),
            ("next_steps", self.tr("Next steps:")),
        ):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            self.narrative_edits[name] = edit
            form.addRow(label, edit)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.save_narrative_button = QPushButton(self.tr("Save the narrative"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.xlsx_button = QPushButton(self.tr("Save as spreadsheet…"))
        self.save_narrative_button.clicked.connect(self.save_narrative)
        self.pdf_button.clicked.connect(lambda: self.choose_file(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.choose_file(".xlsx"))
        row.addStretch()
        for button in (self.save_narrative_button, self.pdf_button, self.xlsx_button):
            row.addWidget(button)
        layout.addLayout(row)
        return page

    # -- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        self.context.run_service(
            funding.funding_data,
            self.context.actor,
            owner=self,
            on_done=self._loaded,
            on_error=self._refused,
        )
        self.load_narrative()

    def _loaded(self, data: funding.FundingData) -> None:
        self.data = data
        settings = data.settings
        self.title_edit.setText(settings.title)
        self.funder_edit.setText(settings.funder)
        self.cup_edit.setText(settings.cup)
        self.grant_edit.setText(money_text(settings.grant_amount))
        if settings.starts_on:
            self.starts_edit.setDate(_qdate(settings.starts_on))
        if settings.ends_on:
            self.ends_edit.setDate(_qdate(settings.ends_on))
        self.objectives_edit.setPlainText("\n".join(settings.objectives))
        self._fill_costs(data)
        self._fill_expenses(data.expenses)
        self.sig_loaded.emit()

    def _fill_costs(self, data: funding.FundingData) -> None:
        costs = {(c.organization_id, c.role): c for c in data.costs}
        wanted = [(o.organization_id, o.name, role) for o in data.organizations for role in o.roles]
        known = {(org_id, role) for org_id, _name, role in wanted}
        wanted += [
            (c.organization_id, c.organization_name, c.role)
            for c in data.costs
            if (c.organization_id, c.role) not in known
        ]
        self.costs_table.setRowCount(len(wanted))
        for row, (org_id, name, role) in enumerate(wanted):
            cost = costs.get((org_id, role))
            org_item = QTableWidgetItem(name)
            org_item.setFlags(org_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            org_item.setData(COST_ROLE, (org_id, role, cost))
            role_item = QTableWidgetItem(labels.role_label(role))
            role_item.setFlags(role_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            cost_item = QTableWidgetItem(money_text(cost.hourly_cost) if cost else "")
            cost_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.costs_table.setItem(row, 0, org_item)
            self.costs_table.setItem(row, 1, role_item)
            self.costs_table.setItem(row, 2, cost_item)

    def _fill_expenses(self, expenses: tuple[funding.ExpenseRow, ...]) -> None:
        """The expenses, with the one selected before still selected (found by id, not by
        row: an edit or a removal moves the rows), or none."""
        chosen = self.selected_expense()
        self.expenses_table.clearSelection()
        self.expenses_table.setRowCount(len(expenses))
        for row, expense in enumerate(expenses):
            day = QTableWidgetItem(QLocale().toString(_qdate(expense.spent_on), "dd/MM/yyyy"))
            day.setData(EXPENSE_ROLE, expense)
            amount = QTableWidgetItem(money_text(expense.amount))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.expenses_table.setItem(row, 0, day)
            self.expenses_table.setItem(row, 1, QTableWidgetItem(expense.description))
            self.expenses_table.setItem(row, 2, QTableWidgetItem(expense.document_ref))
            self.expenses_table.setItem(row, 3, amount)
            if chosen is not None and expense.id == chosen.id:
                self.expenses_table.selectRow(row)
        self._expense_selected()

    def load_narrative(self) -> None:
        self.context.run_service(
            funding.read_narrative,
            self.context.actor,
            _day(self.from_edit),
            _day(self.to_edit),
            owner=self,
            on_done=self._narrative_loaded,
            on_error=self._refused,
        )

    def _narrative_loaded(self, narrative: funding.Narrative) -> None:
        """Show the narrative stored for the period, unless that would throw away what the
        person typed and has not saved: kept over a reload of the same period (after any
        save in the window) and carried to a period with nothing written yet."""
        if (narrative.period_start, narrative.period_end) != (
            _day(self.from_edit),
            _day(self.to_edit),
        ):
            return  # an answer for a period no longer shown
        same_period = (narrative.period_start, narrative.period_end) == (
            self.narrative.period_start,
            self.narrative.period_end,
        )
        if self.narrative_unsaved() and (same_period or narrative.version_id == 0):
            if not same_period:
                self.narrative = narrative  # saved as this period's first version
            return
        self.narrative = narrative
        for name, edit in self.narrative_edits.items():
            edit.setPlainText(getattr(narrative, name))

    def _typed_narrative(self) -> tuple[str, ...]:
        return tuple(self.narrative_edits[n].toPlainText() for n in funding.rows.NARRATIVE_FIELDS)

    def narrative_unsaved(self) -> bool:
        """Whether the narrative on screen differs from the one last loaded or saved."""
        shown = tuple(getattr(self.narrative, n) for n in funding.rows.NARRATIVE_FIELDS)
        return self._typed_narrative() != shown

    # -- writing -------------------------------------------------------------------------------

    def _run(
        self,
        service: object,
        *args: object,
        done: str,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Run a write; once done, say ``done``, call ``then`` and reload."""
        self.refused.hide()

        def finished(_result: object) -> None:
            self.status.setText(done)
            if then is not None:
                then()
            self.load()

        self.context.run_service(
            service,  # type: ignore[arg-type]
            self.context.actor,
            *args,
            owner=self,
            on_done=finished,
            on_error=self._refused,
        )

    def save_project(self) -> None:
        current = (
            self.data.settings
            if self.data
            else funding.ProjectSettings("", "", "", Decimal(0), None, None, ())
        )
        settings = funding.ProjectSettings(
            title=self.title_edit.text(),
            funder=self.funder_edit.text(),
            cup=self.cup_edit.text(),
            grant_amount=parse_money(self.grant_edit.text()),  # type: ignore[arg-type]
            starts_on=_day(self.starts_edit),
            ends_on=_day(self.ends_edit),
            objectives=tuple(self.objectives_edit.toPlainText().splitlines()),
            version_id=current.version_id,
        )
        self._run(
            funding.update_project, settings, done=self.tr("The project's settings were saved.")
        )

    def save_costs(self) -> None:
        changes = []
        for row in range(self.costs_table.rowCount()):
            org_id, role, cost = self.costs_table.item(row, 0).data(COST_ROLE)
            text = self.costs_table.item(row, 2).text().strip()
            before = money_text(cost.hourly_cost) if cost else ""
            if text == before:
                continue
            changes.append(
                funding.CostChange(
                    organization_id=org_id,
                    role=Role(role),
                    hourly_cost=parse_money(text) if text else None,  # type: ignore[arg-type]
                    version_id=cost.version_id if cost else 0,
                    cost_id=cost.id if cost else None,
                )
            )
        self._run(funding.set_hourly_costs, changes, done=self.tr("The hourly costs were saved."))

    def _expense_draft(self) -> funding.ExpenseDraft:
        return funding.ExpenseDraft(
            spent_on=_day(self.expense_date),
            description=self.expense_description.text(),
            amount=parse_money(self.expense_amount.text()),  # type: ignore[arg-type]
            document_ref=self.expense_document.text(),
        )

    def selected_expense(self) -> funding.ExpenseRow | None:
        rows = self.expenses_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.expenses_table.item(rows[0].row(), 0).data(EXPENSE_ROLE)

    def _expense_selected(self) -> None:
        expense = self.selected_expense()
        self.update_expense_button.setEnabled(expense is not None)
        self.remove_expense_button.setEnabled(expense is not None)
        if expense is not None:
            self.expense_date.setDate(_qdate(expense.spent_on))
            self.expense_description.setText(expense.description)
            self.expense_document.setText(expense.document_ref)
            self.expense_amount.setText(money_text(expense.amount))

    def _clear_expense_form(self) -> None:
        """An empty form (the date stays): pressing Add again adds nothing twice."""
        for edit in (self.expense_description, self.expense_document, self.expense_amount):
            edit.clear()

    def add_expense(self) -> None:
        self._run(
            funding.add_expense,
            self._expense_draft(),
            done=self.tr("The expense was added."),
            then=self._clear_expense_form,
        )

    def update_expense(self) -> None:
        expense = self.selected_expense()
        if expense is not None:
            self._run(
                funding.update_expense,
                expense.id,
                expense.version_id,
                self._expense_draft(),
                done=self.tr("The expense was changed."),
            )

    def remove_expense(self) -> None:
        expense = self.selected_expense()
        if expense is not None:
            self._run(
                funding.remove_expense,
                expense.id,
                expense.version_id,
                done=self.tr("The expense was removed."),
                then=self._clear_expense_form,
            )

    def save_narrative(self) -> None:
        self._save_narrative()

    def _save_narrative(self, then: Callable[[], None] | None = None) -> None:
        narrative = funding.Narrative(
            _day(self.from_edit),
            _day(self.to_edit),
            *(self.narrative_edits[name].toPlainText() for name in funding.rows.NARRATIVE_FIELDS),
            version_id=self.narrative.version_id
            if (self.narrative.period_start, self.narrative.period_end)
            == (_day(self.from_edit), _day(self.to_edit))
            else 0,
        )

        def saved() -> None:
            self.narrative = narrative  # what is on screen is saved
            if then is not None:
                then()

        self._run(
            funding.save_narrative, narrative, done=self.tr("The narrative was saved."), then=saved
        )

    def choose_file(self, suffix: str) -> None:
        start, end = _day(self.from_edit), _day(self.to_edit)
        stem = self.tr("funding-report")
        name = stem + f"-{start.isoformat()}-{end.isoformat()}{suffix}"
        kind = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Spreadsheet (*.xlsx)")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the funding report"), str(Path.home() / name), kind
        )
        if chosen:
            path = Path(chosen)
            self.export(path if path.suffix.lower() == suffix else path.with_suffix(suffix))

    def export(self, path: Path) -> None:
        """Write the report of the period shown to ``path`` (.pdf or .xlsx) on the runner; a
        narrative typed and not saved is saved first, so the report holds what is on screen."""
        if self.narrative_unsaved():
            self._save_narrative(then=lambda: self._write_report(path))
        else:
            self._write_report(path)

    def _write_report(self, path: Path) -> None:
        # reportlab and openpyxl load when a report is written, not when the window opens.
        from console.services.funding import printout  # noqa: PLC0415

        self.refused.hide()
        request = printout.FundingRequest(
            start=_day(self.from_edit),
            end=_day(self.to_edit),
            tz=self.context.settings.time_zone(),
            language=interface_language(),
            path=path,
        )
        self.status.setText(self.tr("Writing {name}…").format(name=path.name))

        def written(_report: funding.FundingReport) -> None:
            self.status.setText(self.tr("The report was saved to {path}.").format(path=path))
            self.sig_saved.emit(str(path))

        self.context.run_service(
            printout.write_funding_report,
            self.context.actor,
            request,
            owner=self,
            on_done=written,
            on_error=self._refused,
        )

    def _refused(self, exc: BaseException) -> None:
        self.status.clear()
        self.refused.setText(error_text(exc))
        self.refused.show()
