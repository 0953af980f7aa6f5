"""console-admin import-zones / export-zones: the round trip, the name property, bad files
refused in one line with nothing imported, atomic output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from console import cli, db
from console.models import AuditEvent, Zone
from console.services.places import geojson
from console.views.common.errors import error_text
from tests.cli.test_cli import _run
from tests.services.map_data import count, square
from tests.services.test_geojson import BAD_FILES, SANT_AGATA, SANT_AGATA_SHAPE, UNIVERSITA


def write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def features(*items: tuple[dict[str, Any], dict[str, Any]]) -> dict[str, Any]:
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": props, "geometry": shape} for props, shape in items
        ],
    }


def zones_and_entries(db_path: Path) -> tuple[int, int]:
    opened = db.open_database(db.sqlite_url(db_path))
    try:
        return count(opened.engine, Zone), count(opened.engine, AuditEvent)
    finally:
        opened.engine.dispose()


@pytest.fixture
def database(capsys: pytest.CaptureFixture[str], db_path: Path) -> Path:
    assert _run(capsys, "--db", str(db_path), "init")[0] == 0
    return db_path


def test_import_then_export_round_trip(capsys, database: Path, tmp_path: Path) -> None:
    source = write(
        tmp_path / "zone.geojson",
        features(
            ({"nome": UNIVERSITA, "fid": 1}, square(10.0275, 45.1385, 0.002)),
            ({"nome": SANT_AGATA, "fid": 2}, SANT_AGATA_SHAPE),
        ),
    )
    code, out, err = _run(capsys, "--db", str(database), "import-zones", str(source))
    assert code == 0, err
    assert out.strip() == f"2 zones from {source}: 2 created, 0 reshaped, 0 unchanged"

    target = tmp_path / "export.geojson"
    code, out, err = _run(capsys, "--db", str(database), "export-zones", "--out", str(target))
    assert code == 0, err
    assert out.strip() == f"2 active zones written to {target}"
    assert not list(tmp_path.glob(".export.geojson.*"))  # no temporary file left behind
    text = target.read_text(encoding="utf-8")
    assert UNIVERSITA in text and SANT_AGATA in text
    exported = {f["properties"]["name"]: f["geometry"] for f in json.loads(text)["features"]}
    assert exported[UNIVERSITA] == square(10.0275, 45.1385, 0.002)
    assert exported[SANT_AGATA]["coordinates"][0] == SANT_AGATA_SHAPE["coordinates"][0]

    # The exported file goes back in unchanged ("name" is found by itself).
    code, out, _ = _run(capsys, "--db", str(database), "import-zones", str(target))
    assert code == 0 and "0 created, 0 reshaped, 2 unchanged" in out


def test_without_a_name_property_the_choices_are_listed(
    capsys, database: Path, tmp_path: Path
) -> None:
    source = write(
        tmp_path / "zone.geojson",
        features(({"DENOMINAZ": "Piazza Roma", "AREA": 5200}, square(10.02, 45.13))),
    )
    before = zones_and_entries(database)
    code, out, err = _run(capsys, "--db", str(database), "import-zones", str(source))
    assert code == cli.EXIT_FAILED and out == ""
    assert err.count("\n") == 1
    assert "no 'name' or 'nome' property" in err and "(available: DENOMINAZ, AREA)" in err
    assert zones_and_entries(database) == before

    code, out, err = _run(
        capsys, "--db", str(database), "import-zones", str(source), "--name-property", "DENOMINAZ"
    )
    assert code == 0, err
    assert "1 created" in out


def test_an_unknown_name_property_is_refused(capsys, database: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "z.geojson", features(({"nome": "A"}, square(10, 45))))
    code, _, err = _run(
        capsys, "--db", str(database), "import-zones", str(source), "--name-property", "NOME"
    )
    assert code == cli.EXIT_FAILED
    assert "no property “NOME”. Choose one of these for the zones' names: nome." in err
    assert err.endswith(" Nothing was imported.\n")


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_every_bad_file_is_refused_in_one_line_and_nothing_imported(
    capsys, database: Path, tmp_path: Path, case: str
) -> None:
    good = write(tmp_path / "good.geojson", features(({"name": "Piazza Roma"}, square(10, 45))))
    assert _run(capsys, "--db", str(database), "import-zones", str(good))[0] == 0
    before = zones_and_entries(database)
    source = tmp_path / "bad.geojson"
    source.write_bytes(BAD_FILES[case][0])
    code, out, err = _run(capsys, "--db", str(database), "import-zones", str(source))
    assert code == cli.EXIT_FAILED and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    with pytest.raises(geojson.GeoJSONError) as refusal:  # the words the window shows
        geojson.parse_zone_file(BAD_FILES[case][0])
    assert err == f"console-admin: {source}: {error_text(refusal.value)} Nothing was imported.\n"
    assert zones_and_entries(database) == before


def test_duplicate_names_import_nothing(capsys, database: Path, tmp_path: Path) -> None:
    source = write(
        tmp_path / "z.geojson",
        features(
            ({"name": "Piazza Roma"}, square(10, 45)), ({"name": "PIAZZA ROMA"}, square(11, 45))
        ),
    )
    code, _, err = _run(capsys, "--db", str(database), "import-zones", str(source))
    assert code == cli.EXIT_FAILED and "Features 1 and 2 are both called" in err
    assert zones_and_entries(database) == (0, 0)


def test_a_missing_file_and_a_missing_folder(capsys, database: Path, tmp_path: Path) -> None:
    code, _, err = _run(
        capsys, "--db", str(database), "import-zones", str(tmp_path / "nowhere.geojson")
    )
    assert code == cli.EXIT_FAILED and "cannot read" in err and err.count("\n") == 1
    code, _, err = _run(
        capsys, "--db", str(database), "export-zones", "--out", str(tmp_path / "no" / "z.json")
    )
    assert code == cli.EXIT_FAILED and "folder does not exist" in err


@pytest.mark.parametrize(
    "argv", [["import-zones"], ["export-zones"], ["import-zones", "a", "--name-property"]]
)
def test_usage_errors(capsys, argv: list[str]) -> None:
    code, _, err = _run(capsys, *argv)
    assert code == cli.EXIT_USAGE and err.count("\n") == 1


@pytest.mark.parametrize("command", ["import-zones", "export-zones"])
def test_help(capsys, command: str) -> None:
    code, out, _ = _run(capsys, command, "--help")
    assert code == 0 and "--db" in out and "GeoJSON" in out
