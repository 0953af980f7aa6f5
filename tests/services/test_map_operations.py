"""The map's operations, as the Map section runs them: the map and a zone's panel read in one
operation each, a zone's properties saved in one, and zones and signals exchanged as files."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Engine

from console import db
from console.models import Role, Signal, SignalKind
from console.services import access
from console.services.places import geojson, signals, zones
from console.services.places.exchange import preview_csv_file, read_zone_file, write_zone_file
from console.services.places.map_data import (
    KINDS,
    MapRequest,
    PanelRequest,
    SignalPositions,
    load_map,
    load_panel,
)
from console.services.places.zones import StaleZone, ZoneDraft, save_zone_properties
from tests.factories import ROME
from tests.services.map_data import COORDINATOR, actor, add_zone, counts, square

FIRST, LAST = date(2026, 11, 2), date(2026, 11, 29)
EQUAL = dict.fromkeys(SignalKind, 1.0)


def _signal(zone_id: int, day: int, kind: SignalKind, point: tuple[float, float] | None) -> Signal:
    lon, lat = point if point is not None else (None, None)
    return Signal(
        kind=kind,
        occurred_at=datetime(2026, 11, day, 18, 0, tzinfo=ROME),
        zone_id=zone_id,
        category="degrado",
        summary="",
        lon=lon,
        lat=lat,
    )


@pytest.fixture
def town(engine: Engine) -> tuple[int, int]:
    """Piazza Roma with three signals in November (two with a point) and one in December;
    a deactivated zone with one signal. (roma, closed)"""
    roma = add_zone(engine, "Piazza Roma", square(10.02, 45.13), threshold=1.0).id
    closed = add_zone(engine, "Chiusa", square(10.06, 45.13)).id
    with db.session_scope(engine) as s:
        zones.set_zone_active(s, COORDINATOR, closed, 1, False)
        s.add_all(
            [
                _signal(roma, 3, SignalKind.CITIZEN_REPORT, (10.025, 45.135)),
                _signal(roma, 4, SignalKind.MEDIA, (10.026, 45.136)),
                _signal(roma, 5, SignalKind.POLICE_INTERVENTION, None),
                _signal(closed, 6, SignalKind.CITIZEN_REPORT, (10.065, 45.135)),
            ]
        )
        s.add(
            Signal(
                kind=SignalKind.MEDIA,
                occurred_at=datetime(2026, 12, 1, 18, 0, tzinfo=ROME),
                zone_id=roma,
                category="degrado",
                summary="",
            )
        )
    return roma, closed


def test_the_map_of_a_period(engine: Engine, town: tuple[int, int]) -> None:
    roma, closed = town
    request = MapRequest(FIRST, LAST, EQUAL, ROME)
    with db.session_scope(engine) as s:
        data = load_map(s, COORDINATOR, request)
    assert data.request is request
    assert [zone.id for zone in data.zones] == [roma]  # the deactivated zone is left out...
    assert data.centroids[roma] == pytest.approx((10.025, 45.135))
    assert data.indicators[roma].pressure == pytest.approx(3 / 4)
    assert data.indicators[roma].flagged is False
    assert data.debriefs == {}
    assert closed not in data.centroids
    # ...not its signals. Every signal of the period counts; those with a point have a position.
    assert (data.signal_count, len(data.positions), data.truncated) == (4, 3, False)
    assert data.positions.lons.tolist() == pytest.approx([10.025, 10.026, 10.065])
    assert data.positions.lats.tolist() == pytest.approx([45.135, 45.136, 45.135])
    assert [KINDS[k] for k in data.positions.kinds] == [
        SignalKind.CITIZEN_REPORT,
        SignalKind.MEDIA,
        SignalKind.CITIZEN_REPORT,
    ]


def test_editors_also_get_the_deactivated_zones(engine: Engine, town: tuple[int, int]) -> None:
    roma, closed = town
    with db.session_scope(engine) as s:
        data = load_map(s, COORDINATOR, MapRequest(FIRST, LAST, EQUAL, ROME, True))
    assert {zone.id for zone in data.zones} == {roma, closed}
    assert set(data.indicators) == {roma}  # indicators are for active zones only


def test_an_empty_period_has_no_positions(engine: Engine, town: tuple[int, int]) -> None:
    with db.session_scope(engine) as s:
        data = load_map(s, COORDINATOR, MapRequest(date(2025, 1, 1), date(2025, 1, 31), {}, ROME))
    assert (data.signal_count, len(data.positions)) == (0, 0)


def test_signal_positions_from_triples() -> None:
    positions = SignalPositions.of(
        [(10.0, 45.0, SignalKind.MEDIA), (11.0, 46.0, SignalKind.CITIZEN_REPORT)]
    )
    assert len(positions) == 2
    assert positions.lons.tolist() == [10.0, 11.0] and positions.lats.tolist() == [45.0, 46.0]
    assert positions.kinds.dtype == np.int8
    assert [KINDS[k] for k in positions.kinds] == [SignalKind.MEDIA, SignalKind.CITIZEN_REPORT]
    assert len(SignalPositions.of([])) == 0


def test_the_panel_of_a_zone(engine: Engine, town: tuple[int, int]) -> None:
    roma, _closed = town
    request = PanelRequest(roma, FIRST, LAST, EQUAL, ROME, compare_at=date(2026, 11, 16))
    with db.session_scope(engine) as s:
        panel = load_panel(s, COORDINATOR, request)
    assert panel.zone.id == roma
    assert panel.indicator.signals[SignalKind.CITIZEN_REPORT] == 1
    assert panel.before_after is not None and panel.before_after.compare_at == date(2026, 11, 16)


def test_the_panel_compares_with_four_weeks_ago_without_joint_work(
    engine: Engine, town: tuple[int, int]
) -> None:
    roma, _closed = town
    with db.session_scope(engine) as s:
        panel = load_panel(s, actor(Role.MANAGER), PanelRequest(roma, FIRST, LAST, {}, ROME, None))
    assert panel.before_after is not None
    assert panel.before_after.compare_at == date(2026, 11, 1)  # no joint shift: 4 weeks before
    assert panel.open_cases == ()  # a manager gets only their number


# -- a zone's properties ---------------------------------------------------------------------


def test_properties_and_deactivation_are_saved_together(engine: Engine) -> None:
    roma = add_zone(engine, "Piazza Roma")
    draft = ZoneDraft("Piazza Roma Nord", "#ff0000", roma.geometry, 3.0)
    with db.session_scope(engine) as s:
        saved = save_zone_properties(s, COORDINATOR, roma, draft, False)
    assert (saved.id, saved.name, saved.colour, saved.review_threshold) == (
        roma.id,
        "Piazza Roma Nord",
        "#ff0000",
        3.0,
    )
    assert saved.active is False and saved.version_id == 3  # two writes: renamed, deactivated
    with db.session_scope(engine) as s:
        again = save_zone_properties(s, COORDINATOR, saved, draft, False)
    assert again == saved  # nothing to change: not even the version


def test_a_refused_deactivation_undoes_the_rename(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    roma = add_zone(engine, "Piazza Roma")
    before = counts(engine)

    def refused(*_args: object) -> None:
        raise zones.ZoneError("test_refusal", "refused for the test")

    monkeypatch.setattr(zones, "set_zone_active", refused)
    draft = ZoneDraft("Roma", roma.colour, roma.geometry, roma.review_threshold)
    with pytest.raises(zones.ZoneError), db.session_scope(engine) as s:
        save_zone_properties(s, COORDINATOR, roma, draft, False)
    monkeypatch.undo()
    with db.session_scope(engine) as s:
        now = zones.get_zone(s, COORDINATOR, roma.id)
    assert (now.name, now.active, now.version_id) == ("Piazza Roma", True, 1)
    assert counts(engine) == before  # no audit entry for the rename either


def test_a_stale_zone_is_refused_and_nothing_written(engine: Engine) -> None:
    roma = add_zone(engine, "Piazza Roma")
    with db.session_scope(engine) as s:
        zones.update_zone(s, COORDINATOR, roma.id, 1, ZoneDraft("Altro", "#000000", roma.geometry))
    before = counts(engine)
    draft = ZoneDraft("Roma", roma.colour, roma.geometry, roma.review_threshold)
    with pytest.raises(StaleZone), db.session_scope(engine) as s:
        save_zone_properties(s, COORDINATOR, roma, draft, False)  # as read at version 1
    assert counts(engine) == before


def test_only_editors_save_properties(engine: Engine) -> None:
    roma = add_zone(engine, "Piazza Roma")
    draft = ZoneDraft("Roma", roma.colour, roma.geometry, roma.review_threshold)
    before = counts(engine)
    with pytest.raises(access.PermissionDenied), db.session_scope(engine) as s:
        save_zone_properties(s, actor(Role.OFFICER), roma, draft, False)
    assert counts(engine) == before


# -- files -----------------------------------------------------------------------------------


def test_zones_written_to_a_file_are_read_back(engine: Engine, tmp_path: Path) -> None:
    add_zone(engine, "Piazza Roma", square(10.02, 45.13))
    add_zone(engine, "Piazza Marconi", square(10.04, 45.13))
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "zones.geojson"
    target.write_text("old content")
    with db.session_scope(engine) as s:
        assert write_zone_file(s, actor(Role.MANAGER), target) == 2
    assert json.loads(target.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    assert [p.name for p in target.parent.iterdir()] == ["zones.geojson"]  # no temporary left
    parsed = read_zone_file(target)
    assert [f.properties["name"] for f in parsed.features] == ["Piazza Marconi", "Piazza Roma"]
    assert parsed.property_names[0] == "name"


def test_a_zone_file_that_cannot_be_written_leaves_nothing(engine: Engine, tmp_path: Path) -> None:
    add_zone(engine, "Piazza Roma")
    taken = tmp_path / "out" / "zones.geojson"
    taken.mkdir(parents=True)  # a folder where the file should go: the rename fails
    with pytest.raises(OSError), db.session_scope(engine) as s:
        write_zone_file(s, COORDINATOR, taken)
    assert [p.name for p in taken.parent.iterdir()] == ["zones.geojson"]  # no temporary left
    assert taken.is_dir() and not any(taken.iterdir())


def test_a_bad_or_missing_zone_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "zones.geojson"
    bad.write_text('{"type": "Feature"}')
    with pytest.raises(geojson.GeoJSONError):
        read_zone_file(bad)
    with pytest.raises(OSError):
        read_zone_file(tmp_path / "nowhere.geojson")


def test_a_csv_file_of_signals_is_previewed_and_nothing_written(
    engine: Engine, tmp_path: Path
) -> None:
    roma = add_zone(engine, "Piazza Roma", square(10.02, 45.13)).id
    path = tmp_path / "segnalazioni.csv"
    path.write_bytes(
        b"data_ora;tipo;categoria;lon;lat\n"
        b"20/11/2026 22:15;segnalazione;degrado;10,025;45,135\n"
        b"31/11/2026 22:15;segnalazione;degrado;10,025;45,135\n"
    )
    before = counts(engine)
    with db.session_scope(engine) as s:
        preview = preview_csv_file(s, COORDINATOR, path, ROME)
    assert preview.file_name == "segnalazioni.csv"
    assert [row.zone_id for row in preview.rows] == [roma]
    assert preview.rows[0].occurred_at == datetime(2026, 11, 20, 22, 15, tzinfo=ROME)
    assert [error.line for error in preview.errors] == [3]
    assert counts(engine) == before


def test_an_unusable_csv_file_is_refused(engine: Engine, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(signals.CsvError), db.session_scope(engine) as s:
        preview_csv_file(s, COORDINATOR, empty, ROME)
    with pytest.raises(OSError), db.session_scope(engine) as s:
        preview_csv_file(s, COORDINATOR, tmp_path / "nowhere.csv", ROME)
