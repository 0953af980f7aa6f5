"""console-admin import-signals: a CSV imported all or nothing, --dry-run checks and writes
nothing, a bad file or a bad row is one line on stderr with a non-zero exit."""

from __future__ import annotations

from pathlib import Path

import pytest

from console import db
from console.models import AuditEvent, Signal
from tests.cli.test_cli import _run
from tests.services.map_data import add_zone, count, square

GOOD = (
    "ID;data_ora;tipo;categoria;sintesi;zona\r\n"
    "1;20/11/2026 22:15;segnalazione;schiamazzi;Perché è così tardi;Piazza Roma\r\n"
    "2;21/11/2026 09:05;intervento;lite;Lite sedata;Piazza Roma\r\n"
)


@pytest.fixture
def database(capsys: pytest.CaptureFixture[str], db_path: Path) -> Path:
    assert _run(capsys, "--db", str(db_path), "init")[0] == 0
    opened = db.open_database(db.sqlite_url(db_path))
    try:
        add_zone(opened.engine, "Piazza Roma", square(10.02, 45.13))
    finally:
        opened.engine.dispose()
    return db_path


def signals_and_entries(db_path: Path) -> tuple[int, int]:
    opened = db.open_database(db.sqlite_url(db_path))
    try:
        return count(opened.engine, Signal), count(opened.engine, AuditEvent)
    finally:
        opened.engine.dispose()


def test_a_dry_run_counts_and_writes_nothing(capsys, database: Path, tmp_path: Path) -> None:
    source = tmp_path / "segnalazioni.csv"
    source.write_bytes(GOOD.encode("cp1252"))
    before = signals_and_entries(database)
    code, out, err = _run(capsys, "--db", str(database), "import-signals", str(source), "--dry-run")
    assert (code, err) == (0, "")
    assert out == (
        f"{source}: 2 signals ready to import; dry run, nothing written (columns left out: ID)\n"
    )
    assert signals_and_entries(database) == before


def test_the_import_writes_every_row_and_one_audit_entry(
    capsys, database: Path, tmp_path: Path
) -> None:
    source = tmp_path / "segnalazioni.csv"
    source.write_bytes(GOOD.encode("utf-16"))
    signals, entries = signals_and_entries(database)
    code, out, err = _run(capsys, "--db", str(database), "import-signals", str(source))
    assert (code, err) == (0, "")
    assert out == f"{source}: 2 signals imported (columns left out: ID)\n"
    assert signals_and_entries(database) == (signals + 2, entries + 1)
    opened = db.open_database(db.sqlite_url(database))
    try:
        with db.session_scope(opened.engine) as s:
            summaries = s.scalars(Signal.__table__.select().with_only_columns(Signal.summary))
            assert sorted(summaries) == ["Lite sedata", "Perché è così tardi"]
    finally:
        opened.engine.dispose()


@pytest.mark.parametrize("dry_run", [False, True])
def test_a_bad_row_refuses_the_file_in_one_line(
    capsys, database: Path, tmp_path: Path, dry_run: bool
) -> None:
    source = tmp_path / "segnalazioni.csv"
    source.write_text(
        GOOD
        + "3;ieri;segnalazione;degrado;;Piazza Roma\r\n"
        + "4;21/11/2026 09:05;voce;lite;;Piazza Roma\r\n",
        encoding="utf-8",
    )
    before = signals_and_entries(database)
    argv = ["--db", str(database), "import-signals", str(source)]
    code, out, err = _run(capsys, *argv, *(["--dry-run"] if dry_run else []))
    assert (code, out) == (1, "")
    assert err == (
        f"console-admin: {source}, line 4: “ieri” is not a date and time. Write it as "
        "24/11/2026 21:30 or 2026-11-24 21:30. 1 more row with errors. Nothing was imported.\n"
    )
    assert signals_and_entries(database) == before


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "The file is not text"),
        (b"when;what\n1;2\n", "The file has no column occurred_at, kind, category"),
        (b"data_ora;tipo;categoria;zona\n", "The file has no signals to import"),
    ],
    ids=["binary", "no known column", "no rows"],
)
def test_a_bad_file_is_one_line_on_stderr(
    capsys, database: Path, tmp_path: Path, content: bytes, reason: str
) -> None:
    source = tmp_path / "x.csv"
    source.write_bytes(content)
    before = signals_and_entries(database)
    code, out, err = _run(capsys, "--db", str(database), "import-signals", str(source))
    assert (code, out) == (1, "")
    assert err.startswith(f"console-admin: {source}: {reason}")
    assert err.endswith("Nothing was imported.\n") and err.count("\n") == 1
    assert signals_and_entries(database) == before


def test_a_missing_file_is_named(capsys, database: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.csv"
    code, out, err = _run(capsys, "--db", str(database), "import-signals", str(missing))
    assert (code, out) == (1, "")
    assert err == f"console-admin: cannot read {missing}: No such file or directory\n"
