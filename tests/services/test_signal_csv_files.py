"""CSV files of signals as people have them: saved by Excel or LibreOffice in Windows-1252 or
UTF-16, with Excel's ``sep=`` first line, with columns the console does not know (an open-data
portal's ID) that are ignored and listed instead of refusing the file."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from console import db
from console.models import SignalKind
from console.services.places import signals
from tests.factories import ROME
from tests.services.map_data import COORDINATOR, add_zone, square

TEXT = (
    "data_ora;tipo;categoria;sintesi;zona\r\n"
    "20/11/2026 22:15;segnalazione;schiamazzi;Perché è così tardi? Più controlli;Piazza Roma\r\n"
    "21/11/2026 09:05;intervento;lite;Lite sedata, tutto a posto;piazza roma\r\n"
)


@pytest.fixture
def roma(engine: Engine) -> int:
    return add_zone(engine, "Piazza Roma", square(10.02, 45.13)).id


def preview(engine: Engine, data: bytes) -> signals.CsvPreview:
    with db.session_scope(engine) as s:
        return signals.preview_signal_csv(s, COORDINATOR, data, time_zone=ROME, file_name="x.csv")


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("cp1252"),  # Excel's "CSV (separated by semicolons)" on an Italian Windows
        TEXT.encode("utf-16"),  # Excel's "Unicode text": a BOM, then UTF-16 little-endian
        TEXT.encode("utf-16-le"),  # no BOM
        TEXT.encode("utf-16-be"),
        TEXT.encode("utf-8-sig"),
        TEXT.encode("utf-8"),
    ],
    ids=["windows-1252", "utf-16", "utf-16-le", "utf-16-be", "utf-8-bom", "utf-8"],
)
def test_accents_survive_every_encoding_spreadsheets_save(
    engine: Engine, roma: int, data: bytes
) -> None:
    shown = preview(engine, data)
    assert shown.errors == ()
    assert [row.summary for row in shown.rows] == [
        "Perché è così tardi? Più controlli",
        "Lite sedata, tutto a posto",
    ]
    assert [row.zone_id for row in shown.rows] == [roma, roma]


def test_a_windows_1252_file_with_euro_and_curly_quotes(engine: Engine, roma: int) -> None:
    data = (
        "data_ora;tipo;categoria;sintesi;zona\n"
        "20/11/2026 22:15;media;stampa;“Danni per 500 €” – La Provincia;Piazza Roma\n"
    ).encode("cp1252")
    [row] = preview(engine, data).rows
    assert row.summary == "“Danni per 500 €” – La Provincia"
    assert row.kind is SignalKind.MEDIA


@pytest.mark.parametrize("line", ["sep=;", "SEP=;", '"sep=;"'])
def test_excel_sep_line_names_the_separator(engine: Engine, roma: int, line: str) -> None:
    # Excel's "sep=" line is not the header: the header is the next line.
    data = (
        f"{line}\r\n"
        "occurred_at;kind;category;summary;zone\r\n"
        "2026-11-20 22:15;citizen_report;noise;a, b, c;Piazza Roma\r\n"
    ).encode()
    shown = preview(engine, data)
    assert shown.errors == ()
    assert shown.columns == ("occurred_at", "kind", "category", "summary", "zone")
    assert shown.lines == (3,)  # lines keep their numbers in the file
    assert shown.rows[0].summary == "a, b, c"


def test_a_sep_line_wins_over_the_guess(engine: Engine, roma: int) -> None:
    # Without it, ";" would be guessed (it names more columns): "sep=," says the file is
    # comma-separated and every semicolon is part of a value.
    data = (
        b"sep=,\n"
        b"occurred_at,kind,category,summary,zone\n"
        b"2026-11-20 22:15,citizen_report,noise,tardi;molto,Piazza Roma\n"
    )
    shown = preview(engine, data)
    assert shown.errors == ()
    assert shown.rows[0].summary == "tardi;molto"


def test_unknown_columns_are_ignored_and_listed(engine: Engine, roma: int) -> None:
    data = (
        b"ID;data_ora;tipo;categoria;Note interne;zona;\n"
        b"17;20/11/2026 22:15;segnalazione;schiamazzi;da verificare;Piazza Roma;\n"
        b"18;21/11/2026 09:05;intervento;lite;;Piazza Roma;\n"
    )
    shown = preview(engine, data)
    assert shown.errors == ()
    assert shown.ignored_columns == ("ID", "Note interne")  # the blank last header is no column
    assert shown.columns == ("occurred_at", "kind", "category", "zone")
    assert [row.category for row in shown.rows] == ["schiamazzi", "lite"]
    with db.session_scope(engine) as s:
        assert signals.import_signals(s, COORDINATOR, shown) == 2


def test_a_file_of_known_columns_ignores_nothing(engine: Engine, roma: int) -> None:
    assert preview(engine, TEXT.encode()).ignored_columns == ()


def test_too_many_values_still_counts_the_ignored_columns(engine: Engine, roma: int) -> None:
    data = (
        b"ID;data_ora;tipo;categoria;zona\n"
        b"17;20/11/2026 22:15;segnalazione;schiamazzi;Piazza Roma;in piu\n"
    )
    [error] = preview(engine, data).errors
    assert error.error.code == "csv_too_many_values"
    assert error.error.params == {"values": 6, "columns": 5, "separator": ";"}
