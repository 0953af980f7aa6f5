"""Recording signals on the map: the entry dialog places its point by a click on the map and
finds the zone; the CSV import shows a preview and refuses a file with any bad row."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import Engine, select

from console import db
from console.models import Signal, SignalKind
from console.services.changes import Area
from console.services.places.signal_csv import CellError
from console.services.places.signals import CsvPreview, RowError, SignalDraft
from console.views.map.csv_dialog import ERROR_COLOUR, CsvImportDialog, CsvPreviewModel
from console.views.map.editing import PickTool
from console.views.map.signal_dialog import SignalDialog
from tests.views.map_helpers import (
    IN_PARK,
    IN_POND,
    IN_SQUARE,
    click_map,
    count,
    make_view,
    seed_town,
)

GOOD_CSV = """occurred_at;kind;category;source;summary;zone;lon;lat
24/11/2026 21:30;segnalazione;schiamazzi;telefonata;Musica alta;Piazza Roma;;
2026-11-23 22:15;police_intervention;lite;pattuglia;Lite verbale;;10,0245;45,1360
"""
BAD_CSV = """occurred_at;kind;category;source;summary;zone;lon;lat
24/11/2026 21:30;segnalazione;schiamazzi;telefonata;Musica alta;Piazza Roma;;
yesterday;segnalazione;schiamazzi;telefonata;Musica alta;Piazza Roma;;
2026-11-23 22:15;gossip;lite;pattuglia;Lite verbale;Piazza Roma;;
"""


def test_a_signal_placed_by_a_click_on_the_map(qtbot, engine: Engine) -> None:
    town = seed_town(engine)
    view = make_view(qtbot, engine)
    before = count(engine, Signal)
    view.bar.new_signal.trigger()
    dialog = view.signal_entry.dialog
    assert isinstance(dialog, SignalDialog) and dialog.isVisible()
    assert isinstance(view.canvas.tool, PickTool)  # the map waits for the point
    assert "Place the point" in dialog.problem()
    click_map(view, *IN_PARK)
    assert dialog.point == pytest.approx(IN_PARK, abs=1e-5)
    assert dialog.zone.currentData() == town.park
    assert view.signal_entry.marker.isVisible()
    assert not view.panel.isVisible()  # the click placed the point, it did not open a panel
    click_map(view, *IN_POND)  # in the park's hole: no zone holds the point
    assert dialog.zone.currentData() is None
    assert "in no zone" in dialog.problem()
    click_map(view, *IN_SQUARE)
    assert dialog.zone.currentData() == town.square
    dialog.kind.setCurrentIndex(dialog.kind.findData(SignalKind.MEDIA.value))
    dialog.category.setCurrentText("articolo")
    dialog.summary.setPlainText("Articolo sul degrado della piazza")
    assert dialog.problem() is None
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert count(engine, Signal) == before + 1
    assert view.signal_entry.dialog is None and view.canvas.tool is None
    with db.session_scope(engine) as s:
        saved = s.scalar(select(Signal).order_by(Signal.id.desc()))
        assert (saved.zone_id, saved.kind, saved.category) == (
            town.square,
            SignalKind.MEDIA,
            "articolo",
        )
        assert (saved.lon, saved.lat) == pytest.approx(IN_SQUARE, abs=1e-5)
    assert len(view.signals.points) == 9  # the map reloaded with it
    assert "Signal recorded in Piazza Roma" in view.status.text()


def test_a_signal_without_a_point_needs_a_zone(qtbot, engine: Engine) -> None:
    town = seed_town(engine)
    view = make_view(qtbot, engine)
    view.signal_entry.new_signal()
    dialog = view.signal_entry.dialog
    dialog.pick.setChecked(False)
    assert view.canvas.tool is None
    dialog.category.setCurrentText("rassegna")
    assert "choose the zone" in dialog.problem()
    dialog.zone.setCurrentIndex(dialog.zone.findData(town.park))
    dialog.summary.setPlainText("x" * 501)
    assert "too long" in dialog.problem() and not dialog.ok.isEnabled()
    dialog.summary.setPlainText("Articolo")
    draft = dialog.draft()
    assert isinstance(draft, SignalDraft)
    assert (draft.zone_id, draft.lon, draft.lat) == (town.park, None, None)
    assert draft.occurred_at.tzinfo is not None
    dialog.accept()
    with db.session_scope(engine) as s:
        assert s.scalar(select(Signal).order_by(Signal.id.desc())).lon is None


def test_a_signal_the_services_refuse_keeps_the_dialog_open(qtbot, engine: Engine) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    view.signal_entry.new_signal()
    dialog = view.signal_entry.dialog
    click_map(view, *IN_SQUARE)
    dialog.category.setCurrentText("x" * 81)  # the combo allows 80; the service checks too
    assert len(dialog.category.currentText()) <= 80
    with db.session_scope(engine) as s:  # the zone is deactivated meanwhile
        from console.models import Zone

        s.scalar(select(Zone).where(Zone.name == "Piazza Roma")).active = False
    dialog.accept()
    assert dialog.isVisible() and dialog.refused.isVisible()
    assert dialog.refused.text() == (
        "The chosen zone no longer exists or has been deactivated. Choose another zone."
    )
    dialog.reject()
    assert view.signal_entry.dialog is None


def test_recorded_signals_are_announced(
    qtbot, engine: Engine, tmp_path, monkeypatch, csv_dialogs
) -> None:
    """The services declare what they write: one signal by its id, an import as any signal."""
    town = seed_town(engine)
    view = make_view(qtbot, engine)
    heard: list[tuple[str, object]] = []
    view.context.hub.sig_changed.connect(lambda area, ids: heard.append((area, ids)))
    view.signal_entry.new_signal()
    dialog = view.signal_entry.dialog
    dialog.pick.setChecked(False)
    dialog.category.setCurrentText("rassegna")
    dialog.zone.setCurrentIndex(dialog.zone.findData(town.park))
    dialog.summary.setPlainText("Articolo")
    dialog.accept()
    with db.session_scope(engine) as s:
        newest = s.scalar(select(Signal.id).order_by(Signal.id.desc()))
    assert heard == [(Area.SIGNALS, (newest,))]
    path = tmp_path / "signals.csv"
    path.write_text(GOOD_CSV, encoding="utf-8")
    choose_file(monkeypatch, path)
    view.bar.import_csv.trigger()
    assert heard[1:] == [(Area.SIGNALS, None)]


@pytest.fixture
def csv_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[CsvImportDialog]:
    """Previews shown (their exec returns at once, Import pressed when it can be)."""
    shown: list[CsvImportDialog] = []

    def fake_exec(dialog: CsvImportDialog) -> int:
        shown.append(dialog)
        dialog.accept()
        return 0

    monkeypatch.setattr(CsvImportDialog, "exec", fake_exec)
    return shown


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_a_csv_with_bad_rows_imports_nothing(
    qtbot, engine: Engine, tmp_path, monkeypatch, csv_dialogs
) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    before = count(engine, Signal)
    path = tmp_path / "signals.csv"
    path.write_text(BAD_CSV, encoding="utf-8")
    choose_file(monkeypatch, path)
    view.bar.import_csv.trigger()
    dialog = csv_dialogs[0]
    assert not dialog.import_button.isEnabled()
    assert "2 row(s) have errors" in dialog.refused.text()
    model = dialog.model
    assert model.rowCount() == 3
    lines = [model.data(model.index(r, CsvPreviewModel.COL_LINE)) for r in range(3)]
    assert lines == ["2", "3", "4"]
    bad = model.index(1, CsvPreviewModel.COL_SUMMARY)
    assert model.data(bad) == (
        "“yesterday” is not a date and time. Write it as 24/11/2026 21:30 or 2026-11-24 21:30."
    )
    assert model.data(bad, Qt.ItemDataRole.ForegroundRole).color() == QColor(ERROR_COLOUR)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert count(engine, Signal) == before


def test_a_good_csv_is_imported(qtbot, engine: Engine, tmp_path, monkeypatch, csv_dialogs) -> None:
    town = seed_town(engine)
    view = make_view(qtbot, engine)
    before = count(engine, Signal)
    path = tmp_path / "signals.csv"
    path.write_text(GOOD_CSV, encoding="utf-8")
    choose_file(monkeypatch, path)
    view.bar.import_csv.trigger()
    dialog = csv_dialogs[0]
    assert dialog.model.data(dialog.model.index(1, CsvPreviewModel.COL_ZONE)) == "Parco dell'Argine"
    assert count(engine, Signal) == before + 2
    assert "2 signal(s) imported" in view.status.text()
    with db.session_scope(engine) as s:
        zones = s.scalars(select(Signal.zone_id).order_by(Signal.id.desc()).limit(2)).all()
    assert sorted(zones) == sorted([town.square, town.park])


def test_a_windows_1252_csv_with_an_id_column_is_imported_and_the_id_named(
    qtbot, engine: Engine, tmp_path, monkeypatch, csv_dialogs
) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    before = count(engine, Signal)
    path = tmp_path / "open-data.csv"
    text = "ID;" + GOOD_CSV.replace("\n2", "\n1;2").replace("Musica alta", "Perché è così alta")
    path.write_bytes(text.encode("cp1252"))
    choose_file(monkeypatch, path)
    view.bar.import_csv.trigger()
    dialog = csv_dialogs[0]
    assert dialog.ignored.isVisibleTo(dialog)
    assert dialog.ignored.text() == (
        "Left out of the import, as the console does not know these columns: “ID”."
    )
    summary = dialog.model.data(dialog.model.index(0, CsvPreviewModel.COL_SUMMARY))
    assert summary == "Perché è così alta"
    assert count(engine, Signal) == before + 2


def test_the_ignored_columns_line_is_hidden_when_there_are_none(
    qtbot, engine: Engine, tmp_path, monkeypatch, csv_dialogs
) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    path = tmp_path / "signals.csv"
    path.write_text(GOOD_CSV, encoding="utf-8")
    choose_file(monkeypatch, path)
    view.bar.import_csv.trigger()
    assert not csv_dialogs[0].ignored.isVisibleTo(csv_dialogs[0])


def test_an_unreadable_csv_is_named(
    qtbot, engine: Engine, tmp_path, monkeypatch, csv_dialogs
) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\x00\x00")
    choose_file(monkeypatch, path)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    view.bar.import_csv.trigger()
    assert csv_dialogs == []
    assert warnings == [
        "photo.csv cannot be imported: The file is not text: it may be a spreadsheet or an "
        "image. Save it as CSV and choose that file."
    ]


def test_csv_preview_model(qtmodeltester) -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    draft = SignalDraft(
        SignalKind.CITIZEN_REPORT,
        datetime(2026, 11, 24, 20, 30, tzinfo=UTC),
        "rumore",
        None,
        "",
        zone_id=1,
    )
    refused = CellError("csv_kind_unknown", "kind {kind!r} is not one", kind="x")
    preview = CsvPreview(rows=(draft,), errors=(RowError(3, refused),), columns=(), lines=(2,))
    dialog_model = CsvPreviewModel({1: "Piazza Roma"}, ZoneInfo("Europe/Rome"))
    from console.views.map.csv_dialog import preview_rows

    dialog_model.set_rows(preview_rows(preview))
    qtmodeltester.check(dialog_model)
    assert dialog_model.data(dialog_model.index(0, CsvPreviewModel.COL_ZONE)) == "Piazza Roma"
    assert dialog_model.data(dialog_model.index(1, CsvPreviewModel.COL_SUMMARY)) == (
        "The kind “x” is not known. Write citizen_report (segnalazione), "
        "police_intervention (intervento) or media."
    )
