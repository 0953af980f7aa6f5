"""Signals: recording with the zone found from the point, reading a period, the CSV import
(delimiters, encodings, Italian headers, per-row errors, all or nothing), hostile files, rights."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine

from console import db
from console.models import Role, Signal, SignalKind
from console.services import access
from console.services.places import signals, zones
from console.services.places.signals import CsvError, SignalDraft, SignalError
from tests.factories import ROME
from tests.services.map_data import (
    COORDINATOR,
    actor,
    add_zone,
    audit_entries,
    chain_is_intact,
    count,
    counts,
    square,
)

OFFICER = actor(Role.OFFICER)
# Piazza Roma is a 0.01-degree square; the fountain a small square inside it.
IN_ROMA = (10.025, 45.135)
IN_FOUNTAIN = (10.0215, 45.1315)
NOWHERE = (10.5, 45.5)


@pytest.fixture
def zone_ids(engine: Engine) -> dict[str, int]:
    roma = add_zone(engine, "Piazza Roma", square(10.02, 45.13))
    fountain = add_zone(engine, "Fontana", square(10.021, 45.131, 0.001))
    marconi = add_zone(engine, "Piazza Marconi", square(10.04, 45.13))
    return {"roma": roma.id, "fountain": fountain.id, "marconi": marconi.id}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ROME)


def draft(**changes: object) -> SignalDraft:
    values: dict[str, object] = {
        "kind": SignalKind.CITIZEN_REPORT,
        "occurred_at": at("2026-11-20 22:15"),
        "category": "schiamazzi notturni",
        "source": "app Comune",
        "summary": "Musica alta dopo mezzanotte.",
        "lon": IN_ROMA[0],
        "lat": IN_ROMA[1],
    }
    values.update(changes)
    return SignalDraft(**values)  # type: ignore[arg-type]


def record(engine: Engine, made: SignalDraft) -> signals.SignalInfo:
    with db.session_scope(engine) as s:
        return signals.create_signal(s, COORDINATOR, made)


# -- recording -------------------------------------------------------------------------------


def test_the_zone_is_found_from_the_point(engine: Engine, zone_ids: dict[str, int]) -> None:
    made = record(engine, draft())
    assert made.zone_id == zone_ids["roma"] and made.zone_name == "Piazza Roma"
    assert made.occurred_at == datetime(2026, 11, 20, 21, 15, tzinfo=UTC)
    assert made.occurred_at.tzinfo is UTC
    assert (made.lon, made.lat) == IN_ROMA
    assert made.kind is SignalKind.CITIZEN_REPORT


def test_where_zones_overlap_the_smallest_holds_the_point(
    engine: Engine, zone_ids: dict[str, int]
) -> None:
    made = record(engine, draft(lon=IN_FOUNTAIN[0], lat=IN_FOUNTAIN[1]))
    assert made.zone_id == zone_ids["fountain"]
    with db.session_scope(engine) as s:
        assert signals.zone_for_point(s, COORDINATOR, *IN_FOUNTAIN) == zone_ids["fountain"]
        assert signals.zone_for_point(s, COORDINATOR, *IN_ROMA) == zone_ids["roma"]
        assert signals.zone_for_point(s, COORDINATOR, *NOWHERE) is None


def test_a_deactivated_zone_holds_no_point(engine: Engine, zone_ids: dict[str, int]) -> None:
    with db.session_scope(engine) as s:
        zones.set_zone_active(s, COORDINATOR, zone_ids["fountain"], 1, False)
    with db.session_scope(engine) as s:
        assert signals.zone_for_point(s, COORDINATOR, *IN_FOUNTAIN) == zone_ids["roma"]


def test_a_chosen_zone_wins_and_the_point_is_optional(
    engine: Engine, zone_ids: dict[str, int]
) -> None:
    media = record(
        engine,
        draft(kind=SignalKind.MEDIA, lon=None, lat=None, zone_id=zone_ids["marconi"], source=" "),
    )
    assert media.zone_id == zone_ids["marconi"] and media.lon is None and media.lat is None
    assert media.source is None  # a blank source is no source
    chosen = record(engine, draft(zone_id=zone_ids["marconi"]))  # point in Roma, zone chosen
    assert chosen.zone_id == zone_ids["marconi"]


def test_recording_is_audited(engine: Engine, zone_ids: dict[str, int]) -> None:
    made = record(engine, draft())
    [entry] = audit_entries(engine, "signals")
    assert entry.action == "create" and entry.entity_id == str(made.id)
    assert entry.details["changes"]["category"] == [None, "schiamazzi notturni"]
    assert chain_is_intact(engine)


@pytest.mark.parametrize(
    ("changes", "message", "code"),
    [
        (
            {"lon": None, "lat": None},
            "needs a zone: place it on the map or choose the zone",
            "signal_zone_missing",
        ),
        (
            {"lon": NOWHERE[0], "lat": NOWHERE[1]},
            "is in no zone; choose the zone",
            "signal_point_in_no_zone",
        ),
        ({"lat": None}, "both longitude and latitude", "signal_point_incomplete"),
        ({"lon": 200.0}, "outside longitude/latitude", "signal_point_out_of_range"),
        (
            {"zone_id": 999},
            "zone 999 does not exist or is deactivated",
            "signal_zone_unavailable",
        ),
        ({"category": "   "}, "the category is empty", "signal_category_empty"),
        ({"category": "c" * 81}, "longer than 80", "signal_category_too_long"),
        ({"source": "s" * 121}, "longer than 120", "signal_source_too_long"),
        (
            {"summary": "x" * 501},
            "501 characters long; keep it to 500",
            "signal_summary_too_long",
        ),
        (
            {"occurred_at": datetime(2026, 11, 20, 22, 15)},
            "no time zone",
            "signal_time_naive",
        ),
        ({"kind": "rumour"}, "not a kind of signal", "signal_kind_unknown"),
    ],
)
def test_a_bad_signal_is_refused_and_nothing_is_written(
    engine: Engine, zone_ids: dict[str, int], changes: dict[str, object], message: str, code: str
) -> None:
    before = counts(engine)
    with pytest.raises(SignalError, match=message) as refused, db.session_scope(engine) as s:
        signals.create_signal(s, COORDINATOR, draft(**changes))
    assert "\n" not in str(refused.value) and isinstance(refused.value, ValueError)
    assert refused.value.code == code
    assert counts(engine) == before


def test_a_refusal_carries_its_values_as_numbers(engine: Engine, zone_ids: dict[str, int]) -> None:
    with pytest.raises(SignalError) as refused, db.session_scope(engine) as s:
        signals.create_signal(s, COORDINATOR, draft(summary="x" * 501))
    assert refused.value.params == {"length": 501, "limit": 500}
    with pytest.raises(SignalError) as refused, db.session_scope(engine) as s:
        signals.create_signal(s, COORDINATOR, draft(lon=200.0, lat=45.5))
    assert refused.value.params == {"lon": 200.0, "lat": 45.5}
    assert str(refused.value) == "the point 200, 45.5 is outside longitude/latitude ranges"


def test_a_summary_of_exactly_500_characters_is_fine(
    engine: Engine, zone_ids: dict[str, int]
) -> None:
    assert len(record(engine, draft(summary="x" * 500)).summary) == 500


def test_a_deactivated_zone_cannot_be_chosen(engine: Engine, zone_ids: dict[str, int]) -> None:
    with db.session_scope(engine) as s:
        zones.set_zone_active(s, COORDINATOR, zone_ids["marconi"], 1, False)
    with pytest.raises(SignalError, match="deactivated"), db.session_scope(engine) as s:
        signals.create_signal(s, COORDINATOR, draft(zone_id=zone_ids["marconi"]))


# -- reading a period ------------------------------------------------------------------------


def test_a_period_is_half_open_ordered_and_filtered(
    engine: Engine, zone_ids: dict[str, int]
) -> None:
    start, end = at("2026-11-02 00:00"), at("2026-11-09 00:00")
    times = [
        ("2026-11-01 23:59", SignalKind.CITIZEN_REPORT, "roma"),  # before
        ("2026-11-02 00:00", SignalKind.MEDIA, "roma"),  # the first instant: in
        ("2026-11-05 18:00", SignalKind.POLICE_INTERVENTION, "marconi"),
        ("2026-11-04 18:00", SignalKind.CITIZEN_REPORT, "marconi"),
        ("2026-11-09 00:00", SignalKind.CITIZEN_REPORT, "roma"),  # the end: out
    ]
    made = [
        record(engine, draft(occurred_at=at(t), kind=k, zone_id=zone_ids[z], lon=None, lat=None))
        for t, k, z in times
    ]
    with db.session_scope(engine) as s:
        every = signals.signals_in_period(s, COORDINATOR, start, end)
        in_marconi = signals.signals_in_period(
            s, COORDINATOR, start, end, zone_ids=[zone_ids["marconi"]]
        )
        reports = signals.signals_in_period(
            s, COORDINATOR, start, end, kinds=[SignalKind.CITIZEN_REPORT]
        )
        first_two = signals.signals_in_period(s, COORDINATOR, start, end, limit=2)
        none = signals.signals_in_period(s, COORDINATOR, start, end, zone_ids=[])
    assert [x.id for x in every] == [made[1].id, made[3].id, made[2].id]
    assert every[1] == made[3]
    assert [x.id for x in in_marconi] == [made[3].id, made[2].id]
    assert [x.id for x in reports] == [made[3].id]
    assert [x.id for x in first_two] == [made[1].id, made[3].id]
    assert none == []


def test_a_period_needs_aware_times(engine: Engine, zone_ids: dict[str, int]) -> None:
    with pytest.raises(SignalError, match="aware"), db.session_scope(engine) as s:
        signals.signals_in_period(s, COORDINATOR, datetime(2026, 1, 1), at("2026-02-01 00:00"))
    with pytest.raises(SignalError, match="aware"), db.session_scope(engine) as s:
        signals.signal_points(
            s, COORDINATOR, datetime(2026, 1, 1), at("2026-02-01 00:00"), limit=10
        )


def test_the_map_points_are_the_period_s_signals_in_the_same_order(
    engine: Engine, zone_ids: dict[str, int]
) -> None:
    for moment, kind, lon in (
        ("2026-11-05 18:00", SignalKind.POLICE_INTERVENTION, 10.021),
        ("2026-11-04 18:00", SignalKind.CITIZEN_REPORT, None),
        ("2026-11-03 18:00", SignalKind.MEDIA, 10.022),
        ("2026-11-10 18:00", SignalKind.MEDIA, 10.023),  # after the period
    ):
        lat = None if lon is None else 45.1335
        made = draft(occurred_at=at(moment), kind=kind, zone_id=zone_ids["roma"], lon=lon, lat=lat)
        record(engine, made)
    start, end = at("2026-11-02 00:00"), at("2026-11-09 00:00")
    with db.session_scope(engine) as s:
        rows = signals.signals_in_period(s, COORDINATOR, start, end, limit=2)
        points = signals.signal_points(s, COORDINATOR, start, end, limit=2)
    assert points == [(row.lon, row.lat, row.kind) for row in rows]
    assert [kind for _lon, _lat, kind in points] == ["media", "citizen_report"]


# -- CSV import ------------------------------------------------------------------------------

ITALIAN = (
    "\ufeffdata_ora;tipo;categoria;fonte;sintesi;lon;lat;zona\r\n"
    "20/11/2026 22:15;segnalazione;schiamazzi notturni;app Comune;Musica alta;;;piazza roma\r\n"
    "21/11/2026 9:05;Intervento;lite;pattuglia;Lite sedata;10,025;45,135;\r\n"
    "22/11/2026 18:00;media;articolo stampa locale;La Provincia;Articolo sulla piazza;;;"
    "PIAZZA MARCONI\r\n"
).encode()
ENGLISH = (
    b"occurred_at,kind,category,source,summary,lon,lat\n"
    b"2026-11-20T22:15:00+01:00,citizen_report,degrado,email,"
    b'"Rifiuti, vetri rotti",10.0215,45.1315\n'
    b"2026-11-20 23:00,police_intervention,controllo,,,10.025,45.135\n"
)


def preview(engine: Engine, data: bytes, name: str = "signals.csv") -> signals.CsvPreview:
    with db.session_scope(engine) as s:
        return signals.preview_signal_csv(s, COORDINATOR, data, time_zone=ROME, file_name=name)


def test_an_italian_file_with_bom_semicolons_and_decimal_commas(
    engine: Engine, zone_ids: dict[str, int]
) -> None:
    shown = preview(engine, ITALIAN)
    assert shown.errors == ()
    assert shown.columns == (
        "occurred_at",
        "kind",
        "category",
        "source",
        "summary",
        "lon",
        "lat",
        "zone",
    )
    assert shown.lines == (2, 3, 4)
    first, second, third = shown.rows
    assert first.occurred_at == datetime(2026, 11, 20, 21, 15, tzinfo=UTC)
    assert first.kind is SignalKind.CITIZEN_REPORT and first.zone_id == zone_ids["roma"]
    assert (second.kind, second.lon, second.lat) == (SignalKind.POLICE_INTERVENTION, 10.025, 45.135)
    assert second.occurred_at == datetime(2026, 11, 21, 8, 5, tzinfo=UTC)
    assert second.zone_id == zone_ids["roma"]  # found from the point
    assert (third.kind, third.zone_id) == (SignalKind.MEDIA, zone_ids["marconi"])


def test_an_english_file_with_commas_iso_times_and_quotes(
    engine: Engine, zone_ids: dict[str, int]
) -> None:
    shown = preview(engine, ENGLISH)
    assert shown.errors == ()
    first, second = shown.rows
    assert first.summary == "Rifiuti, vetri rotti"
    assert first.zone_id == zone_ids["fountain"]
    assert first.occurred_at == datetime(2026, 11, 20, 21, 15, tzinfo=UTC)
    assert second.source is None and second.summary == ""


def test_local_times_follow_the_dst_changes(engine: Engine, zone_ids: dict[str, int]) -> None:
    data = (
        b"data_ora;tipo;categoria;zona\n"
        b"25/10/2026 02:30;segnalazione;degrado;Piazza Roma\n"  # happens twice: the first one
        b"28/03/2027 02:30;segnalazione;degrado;Piazza Roma\n"  # never happens
        b"28/03/2027 03:30;segnalazione;degrado;Piazza Roma\n"
    )
    shown = preview(engine, data)
    assert [r.occurred_at for r in shown.rows] == [
        datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
        datetime(2027, 3, 28, 1, 30, tzinfo=UTC),
    ]
    [error] = shown.errors
    assert error.line == 3
    assert str(error.error) == (
        "occurred_at '28/03/2027 02:30' does not exist in Europe/Rome (the clocks skip it)"
    )
    assert error.error.code == "csv_time_skipped"
    assert error.error.params == {"text": "28/03/2027 02:30", "time_zone": "Europe/Rome"}


def test_every_bad_row_is_reported_on_its_line_and_the_good_ones_kept(
    engine: Engine, zone_ids: dict[str, int]
) -> None:
    data = (
        "data_ora;tipo;categoria;fonte;sintesi;lon;lat;zona\n"
        "20/11/2026 22:15;segnalazione;degrado;;ok;;;Piazza Roma\n"  # 2 good
        "31/11/2026 22:15;segnalazione;degrado;;;;;Piazza Roma\n"  # 3 no such day
        "2026-11-20;segnalazione;degrado;;;;;Piazza Roma\n"  # 4 no time
        "20/11/2026 22:15;voce di quartiere;degrado;;;;;Piazza Roma\n"  # 5 kind
        "20/11/2026 22:15;segnalazione;;;;;;Piazza Roma\n"  # 6 no category
        "20/11/2026 22:15;segnalazione;degrado;;;;;Piazza Duomo\n"  # 7 no such zone
        "20/11/2026 22:15;segnalazione;degrado;;;10.5;45.5;\n"  # 8 point in no zone
        "20/11/2026 22:15;segnalazione;degrado;;;dieci;45.1;\n"  # 9 not a number
        "20/11/2026 22:15;segnalazione;degrado;;;10.025;;\n"  # 10 half a point
        "20/11/2026 22:15;segnalazione;degrado;;;;;\n"  # 11 no zone at all
        '20/11/2026 22:15;segnalazione;degrado;;"due\nrighe";;;Piazza Roma\n'  # 12-13 good
        "20/11/2026 22:15;segnalazione;degrado;;;;;Piazza Roma;extra\n"  # 14 one value too many
        "\n"
        f"20/11/2026 22:15;segnalazione;degrado;;{'x' * 501};;;Piazza Roma\n"  # 16 too long
    ).encode()
    shown = preview(engine, data)
    assert shown.lines == (2, 13)
    assert [r.summary for r in shown.rows] == ["ok", "due\nrighe"]
    found = {e.line: str(e.error) for e in shown.errors}
    assert list(found) == [3, 4, 5, 6, 7, 8, 9, 10, 11, 14, 16]
    assert {e.line: e.error.code for e in shown.errors} == {
        3: "csv_time_invalid",
        4: "csv_time_missing",
        5: "csv_kind_unknown",
        6: "signal_category_empty",
        7: "csv_zone_unknown",
        8: "signal_point_in_no_zone",
        9: "csv_not_a_number",
        10: "signal_point_incomplete",
        11: "signal_zone_missing",
        14: "csv_too_many_values",
        16: "signal_summary_too_long",
    }
    assert shown.errors[-2].error.params == {"values": 9, "columns": 8, "separator": ";"}
    assert "is not a date and time" in found[3]
    assert "has no time" in found[4]
    assert "'voce di quartiere' is not one of citizen_report" in found[5]
    assert "category is empty" in found[6]
    assert "no active zone called 'Piazza Duomo'" in found[7]
    assert "is in no zone" in found[8]
    assert "lon 'dieci' is not a number" in found[9]
    assert "both longitude and latitude" in found[10]
    assert "needs a zone" in found[11]
    assert "9 values but 8 columns" in found[14]
    assert "keep it to 500" in found[16]
    assert all("\n" not in message for message in found.values())

    before = counts(engine)
    with (
        pytest.raises(SignalError, match="11 rows with errors") as refused,
        db.session_scope(engine) as s,
    ):
        signals.import_signals(s, COORDINATOR, shown)
    assert refused.value.code == "signal_import_rows_with_errors"
    assert refused.value.params == {"count": 11, "line": 3}
    assert counts(engine) == before


def test_a_clean_file_is_imported_whole_with_one_audit_entry(
    engine: Engine, zone_ids: dict[str, int]
) -> None:
    shown = preview(engine, ITALIAN, "segnalazioni novembre.csv")
    with db.session_scope(engine) as s:
        assert signals.import_signals(s, OFFICER, shown) == 3
    assert count(engine, Signal) == 3
    [entry] = audit_entries(engine, "signals")
    assert entry.action == "import" and entry.entity_id is None
    assert entry.details == {"rows": 3, "file": "segnalazioni novembre.csv"}
    with db.session_scope(engine) as s:
        stored = signals.signals_in_period(
            s, OFFICER, at("2026-11-01 00:00"), at("2026-12-01 00:00")
        )
    assert [(x.zone_name, x.kind) for x in stored] == [
        ("Piazza Roma", SignalKind.CITIZEN_REPORT),
        ("Piazza Roma", SignalKind.POLICE_INTERVENTION),
        ("Piazza Marconi", SignalKind.MEDIA),
    ]
    assert chain_is_intact(engine)


def test_a_zone_deactivated_after_the_preview_stops_the_whole_import(
    engine: Engine, zone_ids: dict[str, int]
) -> None:
    shown = preview(engine, ITALIAN)
    with db.session_scope(engine) as s:
        zones.set_zone_active(s, COORDINATOR, zone_ids["marconi"], 1, False)
    before = counts(engine)
    with (
        pytest.raises(SignalError, match=r"line 4: zone .* deactivated") as refused,
        db.session_scope(engine) as s,
    ):
        signals.import_signals(s, COORDINATOR, shown)
    assert refused.value.code == "signal_import_zone_unavailable"
    assert refused.value.params == {"line": 4, "zone": zone_ids["marconi"]}
    assert counts(engine) == before


HOSTILE: dict[str, tuple[bytes, str, str]] = {
    "empty": (b"", "the file is empty", "csv_empty"),
    "blank lines only": (b"\r\n \r\n", "the file is empty", "csv_empty"),
    "binary": (bytes(range(256)) * 4, "not text", "csv_binary"),
    "a PNG": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not text", "csv_binary"),
    "an encoding no spreadsheet saves": (
        b"occurred_at;kind;category;zone\n\x81\x8d\x8f;\x90\x9d\xff\n",
        "encoding other than UTF-8, UTF-16 or Windows-1252",
        "csv_encoding_unknown",
    ),
    "no known column": (
        b"when,what,where\n1,2,3\n",
        "no occurred_at, kind, category column; found: when, what, where",
        "csv_columns_missing",
    ),
    "a column twice": (
        b"data_ora;tipo;categoria;zona;zone\n",
        "column 'zone' appears twice",
        "csv_column_twice",
    ),
    "no category": (b"occurred_at,kind,zone\n", "no category column", "csv_columns_missing"),
    "no zone and no point": (
        b"occurred_at,kind,category,lon\n",
        "needs a zone",
        "csv_no_place_columns",
    ),
    "a broken quote": (
        b'occurred_at,kind,category,zone\n"2026-11-20 10:00,citizen_report,x,' + b"a" * 200_000,
        "cannot read the CSV",
        "csv_unreadable",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_file_is_refused_in_one_line(
    engine: Engine, zone_ids: dict[str, int], case: str
) -> None:
    data, message, code = HOSTILE[case]
    before = counts(engine)
    with pytest.raises(CsvError, match=message) as refused:
        preview(engine, data)
    assert "\n" not in str(refused.value) and isinstance(refused.value, ValueError)
    assert refused.value.code == code
    assert counts(engine) == before


def test_a_header_without_rows_imports_nothing(engine: Engine, zone_ids: dict[str, int]) -> None:
    shown = preview(engine, b"data_ora;tipo;categoria;zona\n")
    assert shown.rows == () and shown.errors == ()
    with pytest.raises(SignalError, match="no signals") as refused, db.session_scope(engine) as s:
        signals.import_signals(s, COORDINATOR, shown)
    assert refused.value.code == "signal_import_empty"


def test_too_many_rows_are_refused(
    engine: Engine, zone_ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.services.places import signal_csv

    monkeypatch.setattr(signal_csv, "MAX_ROWS", 2)
    with pytest.raises(CsvError, match="more than 2 rows") as refused:
        preview(engine, ITALIAN)
    assert (refused.value.code, refused.value.params) == ("csv_too_many_rows", {"limit": 2})


# -- rights ----------------------------------------------------------------------------------

RECORDERS = {Role.COORDINATOR, Role.OFFICER, Role.EDUCATOR}


@pytest.mark.parametrize("role", list(Role))
def test_coordinators_officers_and_educators_record_signals(
    engine: Engine, zone_ids: dict[str, int], role: Role
) -> None:
    shown = preview(engine, ITALIAN)
    before = counts(engine)
    who = actor(role)
    if role in RECORDERS:
        with db.session_scope(engine) as s:
            signals.create_signal(s, who, draft())
            signals.preview_signal_csv(s, who, ITALIAN, time_zone=ROME)
            signals.import_signals(s, who, shown)
        assert count(engine, Signal) == 4
        return
    for attempt in (
        lambda s: signals.create_signal(s, who, draft()),
        lambda s: signals.preview_signal_csv(s, who, ITALIAN, time_zone=ROME),
        lambda s: signals.import_signals(s, who, shown),
    ):
        with pytest.raises(access.PermissionDenied), db.session_scope(engine) as s:
            attempt(s)
    assert counts(engine) == before


@pytest.mark.parametrize("role", list(Role))
def test_every_role_reads_the_signals(engine: Engine, zone_ids: dict[str, int], role: Role) -> None:
    made = record(engine, draft())
    with db.session_scope(engine) as s:
        found = signals.signals_in_period(
            s, actor(role), made.occurred_at, made.occurred_at + timedelta(seconds=1)
        )
        assert signals.zone_for_point(s, actor(role), *IN_ROMA) == zone_ids["roma"]
    assert found == [made]
