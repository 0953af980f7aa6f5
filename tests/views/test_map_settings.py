"""The Map group of the Settings dialog: the basemap path is checked before it is saved, the
weights are saved, and the map hears about both."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from console.config import BASEMAP, WEIGHT_MEDIA, WEIGHT_POLICE_INTERVENTION, Settings
from console.views.settings_dialog import SettingsDialog


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def _dialog(qtbot, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(settings, "/srv/in-use.db")
    qtbot.addWidget(dialog)
    return dialog


def _mbtiles(path: Path) -> Path:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE tiles (zoom_level, tile_column, tile_row, tile_data)")
        db.execute("INSERT INTO tiles VALUES (14, 8648, 10612, x'89504e47')")
    return path


def test_weights_and_basemap_are_saved(qtbot, tmp_path: Path, warnings) -> None:
    settings = Settings()
    dialog = _dialog(qtbot, settings)
    group = dialog.map_group
    assert group.basemap.text() == ""
    assert [box.value() for box in group.weights.values()] == [1, 1, 1]
    group.basemap.setText(str(_mbtiles(tmp_path / "cremona.mbtiles")))
    group.weights[WEIGHT_POLICE_INTERVENTION.name].setValue(2)
    group.weights[WEIGHT_MEDIA.name].setValue(0)
    dialog.accept()
    assert warnings == []
    assert set(dialog.changed) >= {BASEMAP.name, WEIGHT_POLICE_INTERVENTION.name, WEIGHT_MEDIA.name}
    fresh = Settings()
    assert fresh.value(BASEMAP) == str(tmp_path / "cremona.mbtiles")
    assert (fresh.value(WEIGHT_POLICE_INTERVENTION), fresh.value(WEIGHT_MEDIA)) == (2, 0)


def test_a_folder_of_tiles_is_a_basemap(qtbot, tmp_path: Path, warnings) -> None:
    tiles = tmp_path / "tiles"
    (tiles / "14" / "8648").mkdir(parents=True)
    (tiles / "14" / "8648" / "5771.png").write_bytes(b"\x89PNG")
    dialog = _dialog(qtbot, Settings())
    dialog.map_group.basemap.setText(str(tiles))
    assert dialog.problem() is None


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda tmp: tmp / "missing.mbtiles", "does not exist"),
        (
            lambda tmp: (tmp / "a.mbtiles").write_text("hi") and tmp / "a.mbtiles",
            "not an MBTiles file",
        ),
        (lambda tmp: (tmp / "photos").mkdir() or tmp / "photos", "holds no tiles"),
    ],
)
def test_a_path_that_is_no_basemap_is_refused(
    qtbot, tmp_path: Path, warnings, make, expected
) -> None:
    settings = Settings()
    dialog = _dialog(qtbot, settings)
    path = make(tmp_path)
    dialog.map_group.basemap.setText(str(path))
    dialog.accept()
    assert len(warnings) == 1 and expected in warnings[0] and str(path) in warnings[0]
    assert Settings().value(BASEMAP) == ""  # nothing saved


def test_browse_for_a_file_or_a_folder(qtbot, tmp_path: Path, monkeypatch) -> None:
    dialog = _dialog(qtbot, Settings())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("/maps/a.mbtiles", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "/maps/tiles")
    dialog.map_group.browse_file.click()
    assert dialog.map_group.basemap.text() == "/maps/a.mbtiles"
    dialog.map_group.browse_folder.click()
    assert dialog.map_group.basemap.text() == "/maps/tiles"


def test_the_basemap_field_says_how_to_make_one(qtbot, monkeypatch) -> None:
    """No basemap comes with the console: the field says so and how to make one, and the
    README section it points to exists."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, title, text: shown.append((title, text))
    )
    dialog = _dialog(qtbot, Settings())
    dialog.show()
    group = dialog.map_group
    assert group.basemap_help.isVisible() and "OpenStreetMap" in group.basemap_help.toolTip()
    group.how_to.click()
    assert len(shown) == 1
    steps = shown[0][1]
    for needed in (
        "Generate XYZ tiles (MBTiles)",
        "QuickOSM",
        "forbids downloading its tiles in bulk",
        "© OpenStreetMap contributors",
        "A basemap of the municipality",
    ):
        assert needed in steps
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "## A basemap of the municipality" in readme
    assert "gdal_translate -of MBTILES" in readme and "Generate XYZ tiles (MBTiles)" in readme
