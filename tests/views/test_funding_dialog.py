"""The funding window: loads the project, costs and expenses; edits each through the services
(on both runners); shows a refusal in words and keeps what was typed; writes the PDF and the
spreadsheet; reachable from the File menu only for managers, coordinators and admins."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from console import db
from console.config import Settings
from console.models import Role
from console.services import funding
from console.views.common.events import EventsHub
from console.views.common.runner import SyncRunner
from console.views.common.section import ViewContext
from console.views.funding import FundingDialog
from console.views.funding.dialog import parse_money
from console.views.main_window import MainWindow
from tests.services.funding_world import World, build
from tests.views.signed_in import BOTH_RUNNERS, SETTLE_MS, ContextMaker, settle


@pytest.fixture
def world(engine: Engine) -> World:
    return build(engine)


def opened(qtbot: QtBot, make_context: ContextMaker, world: World, role: Role) -> FundingDialog:
    context = make_context(world.engine, world.actors[role])
    dialog = FundingDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=SETTLE_MS)
    dialog.from_edit.setDate(QDate(2026, 3, 1))
    dialog.to_edit.setDate(QDate(2026, 3, 31))
    return dialog


def settled(qtbot: QtBot, dialog: FundingDialog, text: str) -> None:
    qtbot.waitUntil(
        lambda: text in dialog.status.text() or not dialog.refused.isHidden(), timeout=SETTLE_MS
    )
    assert dialog.refused.isHidden(), dialog.refused.text()


def test_parse_money_as_people_type_it() -> None:
    assert parse_money("7.500,00") == Decimal("7500.00")
    assert parse_money("7500.5") == Decimal("7500.5")
    assert parse_money(" € 12,30 ") == Decimal("12.30")
    assert parse_money("dodici") == "dodici"  # left to the service to refuse in words


@BOTH_RUNNERS
def test_loads_and_saves_the_project(
    qtbot: QtBot, make_context: ContextMaker, world: World
) -> None:
    dialog = opened(qtbot, make_context, world, Role.MANAGER)
    assert dialog.cup_edit.text() == "D11H24000120006"
    assert dialog.objectives_edit.toPlainText().splitlines()[0] == "Ridurre la marginalità"
    dialog.grant_edit.setText("9.000,00")
    qtbot.mouseClick(dialog.save_project_button, Qt.MouseButton.LeftButton)
    settled(qtbot, dialog, "saved")
    with db.session_scope(world.engine) as s:
        assert funding.project_settings(s, world.actors[Role.ADMIN]).grant_amount == Decimal("9000")


@BOTH_RUNNERS
def test_a_bad_cup_is_refused_in_words_and_kept(
    qtbot: QtBot, make_context: ContextMaker, world: World
) -> None:
    dialog = opened(qtbot, make_context, world, Role.COORDINATOR)
    dialog.cup_edit.setText("D11H")
    qtbot.mouseClick(dialog.save_project_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.refused.isHidden(), timeout=SETTLE_MS)
    assert "CUP" in dialog.refused.text() and "15" in dialog.refused.text()
    assert dialog.cup_edit.text() == "D11H"


def test_costs_are_edited_in_the_table(
    qtbot: QtBot, make_context: ContextMaker, world: World
) -> None:
    dialog = opened(qtbot, make_context, world, Role.MANAGER)
    rows = {
        (dialog.costs_table.item(r, 0).text(), dialog.costs_table.item(r, 1).data(0)): r
        for r in range(dialog.costs_table.rowCount())
    }
    educator = next(r for (org, _), r in rows.items() if org == "Cooperativa Il Cortile")
    dialog.costs_table.item(educator, 2).setText("19,90")
    qtbot.mouseClick(dialog.save_costs_button, Qt.MouseButton.LeftButton)
    settled(qtbot, dialog, "costs")
    with db.session_scope(world.engine) as s:
        costs = funding.hourly_costs(s, world.actors[Role.ADMIN])
    assert {c.role: c.hourly_cost for c in costs}[Role.EDUCATOR] == Decimal("19.90")


@BOTH_RUNNERS
def test_expenses_added_changed_and_removed(
    qtbot: QtBot, make_context: ContextMaker, world: World
) -> None:
    dialog = opened(qtbot, make_context, world, Role.MANAGER)
    before = dialog.expenses_table.rowCount()
    dialog.expense_date.setDate(QDate(2026, 3, 25))
    dialog.expense_description.setText("Biglietti dell'autobus")
    dialog.expense_document.setText("Ricevuta 7")
    dialog.expense_amount.setText("12,40")
    qtbot.mouseClick(dialog.add_expense_button, Qt.MouseButton.LeftButton)
    settled(qtbot, dialog, "added")
    qtbot.waitUntil(lambda: dialog.expenses_table.rowCount() == before + 1, timeout=SETTLE_MS)
    row = next(
        r
        for r in range(dialog.expenses_table.rowCount())
        if dialog.expenses_table.item(r, 1).text() == "Biglietti dell'autobus"
    )
    dialog.expenses_table.selectRow(row)
    assert dialog.expense_amount.text() == "12,40" or dialog.expense_amount.text() == "12.40"
    dialog.expense_amount.setText("0")
    qtbot.mouseClick(dialog.update_expense_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.refused.isHidden(), timeout=SETTLE_MS)
    assert "euros" in dialog.refused.text()
    dialog.expenses_table.selectRow(row)
    qtbot.mouseClick(dialog.remove_expense_button, Qt.MouseButton.LeftButton)
    settled(qtbot, dialog, "removed")
    qtbot.waitUntil(lambda: dialog.expenses_table.rowCount() == before, timeout=SETTLE_MS)


@BOTH_RUNNERS
def test_narrative_saved_and_the_report_written(
    qtbot: QtBot, make_context: ContextMaker, world: World, tmp_path: Path
) -> None:
    dialog = opened(qtbot, make_context, world, Role.COORDINATOR)
    dialog.narrative_edits["activities"].setPlainText("Uscite serali in piazza Roma.")
    qtbot.mouseClick(dialog.save_narrative_button, Qt.MouseButton.LeftButton)
    settled(qtbot, dialog, "narrative")
    pdf = tmp_path / "rendiconto.pdf"
    with qtbot.waitSignal(dialog.sig_saved, timeout=SETTLE_MS):
        dialog.export(pdf)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Uscite serali in piazza Roma." in text and "406" in text
    xlsx = tmp_path / "rendiconto.xlsx"
    with qtbot.waitSignal(dialog.sig_saved, timeout=SETTLE_MS):
        dialog.export(xlsx)
    assert load_workbook(xlsx).sheetnames[1] in {"Hours and costs", "Ore e costi"}


@pytest.mark.parametrize("role", list(Role))
def test_the_file_menu_offers_it_by_role(qtbot: QtBot, world: World, role: Role) -> None:
    hub = EventsHub()
    context = ViewContext(world.engine, SyncRunner(hub), hub, Settings(), world.actors[role])
    window = MainWindow(
        context, location="/data/console.db", database_name="console.db", demo=False
    )
    qtbot.addWidget(window)
    offered = "funding" in window.named_actions
    assert offered == (role in {Role.MANAGER, Role.COORDINATOR, Role.ADMIN})
    if offered:
        assert window.named_actions["funding"] in window.findChild(QMenu, "menu_file").actions()
        window.named_actions["funding"].trigger()
        dialog = window.findChild(FundingDialog)
        qtbot.waitUntil(lambda: dialog.data is not None, timeout=SETTLE_MS)
        assert dialog.isVisible() and dialog.cup_edit.text() == "D11H24000120006"
        dialog.close()


def expense_rows(dialog: FundingDialog) -> list[str]:
    table = dialog.expenses_table
    return [table.item(r, 1).text() for r in range(table.rowCount())]


@BOTH_RUNNERS
def test_the_selection_follows_the_expense_not_the_row(
    qtbot: QtBot, make_context: ContextMaker, world: World
) -> None:
    """After an edit that moves an expense, the same expense stays selected; after a removal
    none is, and the form is empty: a second press of Remove removes nothing else."""
    dialog = opened(qtbot, make_context, world, Role.MANAGER)
    for day, text in ((10, "Biro"), (20, "Toner")):
        dialog.expense_date.setDate(QDate(2026, 3, day))
        dialog.expense_description.setText(text)
        dialog.expense_amount.setText("5")
        qtbot.mouseClick(dialog.add_expense_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda text=text: text in expense_rows(dialog), timeout=SETTLE_MS)
        assert dialog.expense_description.text() == ""  # Add again adds nothing twice
        assert dialog.expense_amount.text() == ""
    rows = expense_rows(dialog)
    dialog.expenses_table.selectRow(rows.index("Toner"))
    dialog.expense_date.setDate(QDate(2026, 3, 1))  # before Biro: the rows swap
    qtbot.mouseClick(dialog.update_expense_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: expense_rows(dialog).index("Toner") < expense_rows(dialog).index("Biro"),
        timeout=SETTLE_MS,
    )
    chosen = dialog.selected_expense()
    assert chosen is not None and chosen.description == "Toner"
    assert dialog.expense_description.text() == "Toner"
    count = len(expense_rows(dialog))
    qtbot.mouseClick(dialog.remove_expense_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(expense_rows(dialog)) == count - 1, timeout=SETTLE_MS)
    assert "Toner" not in expense_rows(dialog)
    assert dialog.selected_expense() is None
    assert not dialog.remove_expense_button.isEnabled()
    assert dialog.expense_description.text() == ""


@BOTH_RUNNERS
def test_a_typed_narrative_is_not_lost(
    qtbot: QtBot, make_context: ContextMaker, world: World, tmp_path: Path
) -> None:
    """Typed and not saved, the narrative survives a save elsewhere in the window and a change
    to a period with nothing written, and goes into the report written."""
    dialog = opened(qtbot, make_context, world, Role.COORDINATOR)
    qtbot.waitUntil(lambda: dialog.narrative.period_end.day == 31, timeout=SETTLE_MS)
    activities = dialog.narrative_edits["activities"]
    activities.setPlainText("Uscite serali in piazza Roma.")
    dialog.expense_description.setText("Cancelleria")
    dialog.expense_amount.setText("5")
    qtbot.mouseClick(dialog.add_expense_button, Qt.MouseButton.LeftButton)
    settled(qtbot, dialog, "added")
    settle(qtbot, dialog.context)  # the reload after the save has answered
    assert activities.toPlainText() == "Uscite serali in piazza Roma."
    dialog.to_edit.setDate(QDate(2026, 4, 30))  # March and April: nothing written yet
    settle(qtbot, dialog.context)
    assert activities.toPlainText() == "Uscite serali in piazza Roma."
    pdf = tmp_path / "rendiconto.pdf"
    with qtbot.waitSignal(dialog.sig_saved, timeout=SETTLE_MS):
        dialog.export(pdf)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Uscite serali in piazza Roma." in text
    with db.session_scope(world.engine) as s:
        stored = funding.read_narrative(
            s,
            world.actors[Role.COORDINATOR],
            dialog.narrative.period_start,
            dialog.narrative.period_end,
        )
    assert stored.activities == "Uscite serali in piazza Roma."
    assert not dialog.narrative_unsaved()


def test_the_amounts_stay_in_sight_and_the_window_can_be_narrow(
    qtbot: QtBot, make_context: ContextMaker, world: World
) -> None:
    """A long description gives way to the amounts (no scrolling sideways to read them), and
    the explanation of the costs wraps instead of making the window wider than a laptop's."""
    dialog = opened(qtbot, make_context, world, Role.MANAGER)
    long = "Stampa di volantini informativi sui servizi di bassa soglia " * 3
    dialog.expense_date.setDate(QDate(2026, 3, 12))
    dialog.expense_description.setText(long.strip())
    dialog.expense_amount.setText("180")
    qtbot.mouseClick(dialog.add_expense_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: long.strip() in expense_rows(dialog), timeout=SETTLE_MS)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(2)  # other expenses
    table = dialog.expenses_table
    amount = table.columnCount() - 1
    qtbot.waitUntil(table.isVisible)
    assert table.columnViewportPosition(amount) + table.columnWidth(amount) <= (
        table.viewport().width()
    )
    assert dialog.minimumSizeHint().width() <= 640
    dialog.resize(600, 480)
    dialog.tabs.setCurrentIndex(1)  # hourly costs: the explanation above the table
    page = dialog.tabs.currentWidget()
    qtbot.waitUntil(lambda: page.isVisible() and dialog.width() == 600)
    [explained] = [label for label in page.findChildren(QLabel) if "euro" in label.text()]
    assert explained.height() >= explained.heightForWidth(explained.width())
