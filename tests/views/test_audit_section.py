"""The Audit section: only administrators see it; filters, export as CSV, chain verification."""

from __future__ import annotations

import csv
import io
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox
from sqlalchemy import Engine, text

from console import app, db
from console.config import Settings
from console.models import Role
from console.services import access
from console.services.access import audit
from console.views.audit import AuditView
from console.views.audit import view as audit_view
from console.views.audit.filters import AuditFilters
from console.views.audit.model import AuditTableModel, details_text, when_text
from console.views.common.events import EventsHub
from console.views.common.runner import OperationRunner
from console.views.common.section import ViewContext
from console.views.main_window import MainWindow
from tests.factories import ROME
from tests.views.signed_in import PASSWORD, context_for, create_account, create_admin

M = AuditTableModel


@pytest.fixture
def admin(engine: Engine) -> access.Actor:
    return create_admin(engine)


@pytest.fixture
def coordinator(engine: Engine, admin: access.Actor) -> access.Actor:
    return create_account(engine, admin, "coord", Role.COORDINATOR)


@pytest.fixture
def seeded(engine: Engine, admin: access.Actor, coordinator: access.Actor) -> Engine:
    """Six entries: two accounts created, a sign-in, two failed ones, a shift published."""
    with db.session_scope(engine) as s:
        access.login(s, "coord", PASSWORD)
    for username in ("coord", "nobody"):
        with pytest.raises(access.LoginFailed), db.session_scope(engine) as s:
            access.login(s, username, "not the password")
    with db.session_scope(engine) as s:
        changes = {"changes": {"status": ["draft", "published"]}}
        audit.record(s, coordinator, "update", entity="shifts", entity_id=7, details=changes)
    return engine


@pytest.fixture
def context(seeded: Engine, admin: access.Actor) -> ViewContext:
    return context_for(seeded, admin)


def _view(qtbot, context: ViewContext) -> AuditView:
    view = AuditView(context)
    qtbot.addWidget(view)
    context.hub.sig_changed.connect(view.on_changed)  # as the main window wires it
    view.resize(1200, 500)
    with qtbot.waitSignal(view.sig_loaded):
        view.show()
    return view


def _column(view: AuditView, column: int) -> list[str]:
    model = view.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _choose(qtbot, view: AuditView, combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    with qtbot.waitSignal(view.sig_loaded):
        combo.setCurrentIndex(index)


# -- who sees it --------------------------------------------------------------------------------


def _window(qtbot, context: ViewContext) -> MainWindow:
    window = MainWindow(
        context, location="/data/console.db", database_name="console.db", demo=False
    )
    qtbot.addWidget(window)
    return window


def test_only_administrators_see_the_audit_section(qtbot, context, seeded, coordinator) -> None:
    window = _window(qtbot, context)
    assert window.has_section("audit")
    assert "Audit log" in [
        window.navigation.item(i).text() for i in range(window.navigation.count())
    ]
    assert "audit" in window.section_actions
    with qtbot.waitSignal(window.views["audit"].sig_loaded):
        window.show()
        window.show_section("audit")

    other = _window(qtbot, context_for(seeded, coordinator))
    assert not other.has_section("audit")
    assert "audit" not in other.section_actions
    titles = [other.navigation.item(i).text() for i in range(other.navigation.count())]
    assert "Audit log" not in titles


def test_the_service_refuses_whoever_is_not_an_administrator(qtbot, seeded, coordinator) -> None:
    view = _view(qtbot, context_for(seeded, coordinator))
    assert view.model.rowCount() == 0
    assert view.summary.text().startswith("The audit log could not be read: coordinator may not")


# -- what it shows ------------------------------------------------------------------------------


def test_shows_the_entries_newest_first_in_words(qtbot, context, qtmodeltester) -> None:
    view = _view(qtbot, context)
    qtmodeltester.check(view.model)
    assert _column(view, M.COL_ENTRY) == ["6", "5", "4", "3", "2", "1"]
    assert _column(view, M.COL_ACTION) == [
        "Changed",
        "Sign-in failed",
        "Sign-in failed",
        "Signed in",
        "Created",
        "Created",
    ]
    assert _column(view, M.COL_USER) == ["coord", "nobody", "coord", "coord", "admin", "admin"]
    assert _column(view, M.COL_ENTITY)[0] == "Shifts"
    assert _column(view, M.COL_ID)[0] == "7"
    assert _column(view, M.COL_DETAILS)[0] == "Status: Draft → Published"
    assert _column(view, M.COL_DETAILS)[1] == "Reason: unknown username"
    assert "Password: (recorded, not shown)" in _column(view, M.COL_DETAILS)[-1]
    assert view.summary.text() == "Entries shown: 6, newest first."
    grab = view.grab()
    assert grab.save("/tmp/audit_section.png")


def test_times_are_shown_in_the_configured_zone() -> None:
    at = datetime(2026, 7, 1, 10, 0, 5, tzinfo=UTC)
    assert when_text(at, ROME, QLocale("it_IT")) == "01/07/26 12:00:05"
    assert when_text(at, ZoneInfo("UTC"), QLocale("en_GB")) == "01/07/2026 10:00:05"


def test_details_read_as_changes() -> None:
    changes = {
        "changes": {"starts_at": ["2026-03-02T08:00", "2026-03-02T09:00"], "note": [None, "x"]}
    }
    starts = [QLocale().toString(QDate(2026, 3, 2), QLocale.FormatType.ShortFormat)] * 2
    assert details_text("update", changes) == (
        f"Starts: {starts[0]} 08:00 → {starts[1]} 09:00; Note: changed"
    )
    assert details_text("create", changes) == (
        f"Starts: {starts[0]} 09:00; Note: (recorded, not shown)"
    )
    assert details_text("delete", changes) == f"Starts: {starts[0]} 08:00; Note: —"
    assert details_text("export", {"rows": 12}) == "Rows: 12"
    long = details_text("update", {"changes": {"unknown_field": ["a" * 100, "b"]}})
    assert len(long) < 100 and "…" in long  # a field outside the table: as stored, shortened


def test_filters_change_the_rows(qtbot, context, admin, coordinator) -> None:
    view = _view(qtbot, context)
    users = [view.filters.user.itemText(i) for i in range(view.filters.user.count())]
    assert users == ["All users", "admin", "coord"]
    _choose(qtbot, view, view.filters.user, coordinator.user_id)
    assert _column(view, M.COL_ENTRY) == ["6", "4", "3"]
    _choose(qtbot, view, view.filters.action, "login_failed")
    assert _column(view, M.COL_ENTRY) == ["4"]
    _choose(qtbot, view, view.filters.user, None)
    assert _column(view, M.COL_ENTRY) == ["5", "4"]
    assert view.filters.action.currentText() == "Sign-in failed"
    _choose(qtbot, view, view.filters.action, None)
    _choose(qtbot, view, view.filters.entity, "shifts")
    assert _column(view, M.COL_ENTRY) == ["6"]
    _choose(qtbot, view, view.filters.entity, None)

    today = datetime.now(context.settings.time_zone()).date()
    with qtbot.waitSignal(view.sig_loaded):
        view.filters.to_day.setDate(QDate(today.year, today.month, today.day).addDays(-1))
        view.filters.use_to.setChecked(True)
    assert view.model.rowCount() == 0
    assert view.summary.text() == "No entries match the filters."
    with qtbot.waitSignal(view.sig_loaded):
        view.filters.use_to.setChecked(False)
        view.filters.from_day.setDate(QDate(today.year, today.month, today.day))
        view.filters.use_from.setChecked(True)
    assert view.model.rowCount() == 6


def test_days_are_local_days_turned_into_utc(qtbot) -> None:
    filters = AuditFilters(date(2026, 3, 29))
    qtbot.addWidget(filters)
    assert filters.query(ROME, 50) == audit.AuditQuery(limit=50)
    filters.use_from.setChecked(True)
    filters.use_to.setChecked(True)
    filters.from_day.setDate(QDate(2026, 3, 29))  # the spring DST change: 23 hours
    filters.to_day.setDate(QDate(2026, 3, 29))
    query = filters.query(ROME, 50)
    assert query.start == datetime(2026, 3, 28, 23, 0, tzinfo=UTC)
    assert query.end == datetime(2026, 3, 29, 22, 0, tzinfo=UTC)
    filters.to_day.setDate(QDate(2026, 3, 1))  # never before the first day
    assert filters.to_day.date() == QDate(2026, 3, 29)


def test_a_long_log_says_it_shows_only_the_newest(qtbot, context, monkeypatch) -> None:
    monkeypatch.setattr(audit_view, "ROW_LIMIT", 2)
    view = _view(qtbot, context)
    assert _column(view, M.COL_ENTRY) == ["6", "5"]
    assert view.summary.text() == (
        "Showing only the newest 2 entries: narrow the filters to see older ones."
    )


# -- export and verification --------------------------------------------------------------------


def test_export_writes_the_filtered_entries_as_csv(
    qtbot, context, tmp_path: Path, monkeypatch
) -> None:
    chosen = tmp_path / "registro"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), ""))
    view = _view(qtbot, context)
    _choose(qtbot, view, view.filters.action, "login_failed")
    with qtbot.waitSignal(view.sig_loaded):  # the export is an entry too: the log reloads
        view.export_action.trigger()
    target = tmp_path / "registro.csv"
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["id"], r["action"], r["username"]) for r in rows] == [
        ("4", "login_failed", "coord"),
        ("5", "login_failed", "nobody"),
    ]
    assert view.notice.text() == f"Entries exported to {target}: 2."
    assert view.export_action.isEnabled()
    _choose(qtbot, view, view.filters.action, "export")
    assert _column(view, M.COL_DETAILS) == ["Rows: 2"]


def test_a_failed_export_is_shown(qtbot, context, tmp_path: Path, monkeypatch) -> None:
    missing = tmp_path / "no such folder" / "log.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(missing), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message: warnings.append(message))
    view = _view(qtbot, context)
    view.export_action.trigger()
    assert len(warnings) == 1 and warnings[0].startswith("The audit log was not exported:")
    assert view.export_action.isEnabled()


def test_cancelling_the_save_dialog_exports_nothing(qtbot, context, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    view = _view(qtbot, context)
    view.export_action.trigger()
    assert not view.notice.isVisibleTo(view)


def test_verify_says_the_chain_is_intact(qtbot, context) -> None:
    view = _view(qtbot, context)
    view.verify_action.trigger()
    assert view.notice.text() == "The chain is intact (entries checked: 6)."
    assert view.verify_action.isEnabled()


def test_verify_names_the_first_broken_entry(qtbot, context, seeded, monkeypatch) -> None:
    with seeded.begin() as conn:  # as someone who owns the file could
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_no_update")
        conn.execute(text("UPDATE audit_events SET username = 'someone' WHERE id = 3"))
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, msg: warnings.append((title, msg))
    )
    view = _view(qtbot, context)
    view.verify_action.trigger()
    ((title, message),) = warnings
    assert title == "Audit log broken"
    assert message.startswith("The chain is broken at entry 3: its content was changed")
    assert view.notice.text().startswith("The chain is broken at entry 3")
    view.grab().save("/tmp/audit_broken.png")


def test_any_write_makes_the_log_stale(qtbot, context, seeded, admin) -> None:
    view = _view(qtbot, context)
    with db.session_scope(seeded) as s:
        audit.record(s, admin, "read", entity="cases", entity_id=1, justification="follow-up")
    with qtbot.waitSignal(view.sig_loaded):
        context.hub.sig_changed.emit("cases", (1,))
    assert _column(view, M.COL_ACTION)[0] == "Read"
    assert _column(view, M.COL_REASON)[0] == "follow-up"
    view.hide()
    context.hub.sig_changed.emit("shifts", None)
    with qtbot.waitSignal(view.sig_loaded):
        view.show()


def test_a_day_range_ending_before_it_starts_cannot_be_chosen(qtbot) -> None:
    filters = AuditFilters(date(2026, 5, 10))
    qtbot.addWidget(filters)
    filters.use_from.setChecked(True)
    assert filters.to_day.minimumDate() == QDate(2026, 4, 10)
    filters.use_from.setChecked(False)
    assert filters.to_day.minimumDate() < QDate(2000, 1, 1)
    assert filters.from_day.date() == QDate(2026, 5, 10).addDays(-30)
    assert not filters.from_day.isEnabled()


# -- from the command line -----------------------------------------------------------------------


def _stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def test_a_screenshot_of_the_audit_log(qapp, tmp_path, db_path, seeded, monkeypatch) -> None:
    _stdin(monkeypatch, f"{PASSWORD}\n")
    png = tmp_path / "audit.png"
    argv = ["--db", str(db_path), "--screenshot", str(png), "--view", "audit", "--user", "admin"]
    assert app.main(argv) == 0
    assert png.stat().st_size > 0


def test_the_audit_view_is_refused_to_others(qapp, tmp_path, db_path, seeded, capsys, monkeypatch):
    _stdin(monkeypatch, f"{PASSWORD}\n")
    png = tmp_path / "audit.png"
    argv = ["--db", str(db_path), "--screenshot", str(png), "--view", "audit", "--user", "coord"]
    assert app.main(argv) == 2
    assert capsys.readouterr().err == "console: coord may not see the audit view\n"
    assert not png.exists()


def test_loads_on_the_worker_thread(qtbot, seeded, admin) -> None:
    hub = EventsHub()
    runner = OperationRunner(hub)
    context = ViewContext(seeded, runner, hub, Settings(), admin)
    view = AuditView(context)
    qtbot.addWidget(view)
    try:
        with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
            view.show()
        assert view.model.rowCount() == 6
        with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
            view.filters.action.setCurrentIndex(view.filters.action.findData("login_failed"))
        assert view.model.rowCount() == 2
    finally:
        runner.shutdown()


def test_every_recorded_column_has_a_label_and_a_way_to_read() -> None:
    """A new column is named to people, and decided: shown, an id, or only "recorded"."""
    from console import models
    from console.services.access.audit import SKIPPED_COLUMNS
    from console.views.audit.details import FIELDS

    missing = sorted(
        f"{table.name}.{column.name}"
        for table in models.Base.metadata.sorted_tables
        if not table.name.startswith("audit")
        for column in table.columns
        if column.name not in SKIPPED_COLUMNS and column.name not in FIELDS
    )
    assert missing == []


def test_details_name_records_and_organizations_but_no_personal_data() -> None:
    from console.views.audit.details import Names

    names = Names(organizations={4: "Polizia Locale"})
    agenda_item = {
        "meeting_id": 2,
        "kind": "case",
        "reason": "case_review_due",
        "title": "Giovane donna sola la sera in piazza Roma",
        "case_id": 5,
    }
    assert details_text("create", agenda_item, "agenda_items", names) == (
        "Meeting: meeting no. 2; Kind: Case; Reason: Case due for review; "
        "Title: (recorded, not shown); Case: case no. 5"
    )
    referral = {"changes": {"from_organization_id": [None, 4], "status": [None, "sent"]}}
    assert details_text("create", referral, "referrals", names) == (
        "From: Polizia Locale; Status: Sent, waiting"
    )
    subject = {
        "changes": {
            "alias": ["Giacca rossa", "Giacca blu"],
            "identification": ["anonymous", "nickname"],
        }
    }
    assert details_text("update", subject, "subjects", names) == (
        "Nickname: changed; Identification: Anonymous → Nickname only"
    )
    consent = {"changes": {"legal_basis": [None, "consent"], "given_on": [None, "2026-03-02"]}}
    assert "Legal reference: (recorded, not shown)" in details_text("create", consent, "consents")


def test_details_read_in_italian(qapp, tmp_path, monkeypatch) -> None:
    from console.views.audit.details import Names
    from tests.test_translations import install_italian

    translation = install_italian(tmp_path, monkeypatch)
    try:
        names = Names(organizations={4: "Polizia Locale"})
        details = {"case_id": 1, "from_organization_id": 4, "status": "sent", "reason": "x"}
        assert details_text("create", details, "referrals", names) == (
            "Caso: caso n. 1; Da: Polizia Locale; Stato: Inviato, in attesa; "
            "Motivo: (registrato, non mostrato)"
        )
    finally:
        translation.uninstall()
