"""What a write tells the other consoles (live_changes): the payload's shape and its size
limit, and that SQLite sends nothing. The server side is in tests/pg/test_live_refresh.py."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import Engine, event

from console import db
from console.services import live_changes
from console.services.changes import Area, declared_writes, row_id, writes
from console.services.live_changes import ALL_IDS, MAX_IDS, MAX_PAYLOAD_BYTES, Change


def test_the_payload_names_area_ids_and_origin_only() -> None:
    text = live_changes.payload(Area.SHIFTS, (3, 5), "abc")
    assert json.loads(text) == {"area": "shifts", "ids": [3, 5], "origin": "abc"}
    assert live_changes.parse(text) == Change("shifts", (3, 5), "abc")


@pytest.mark.parametrize("ids", [None, tuple(range(MAX_IDS + 1))])
def test_no_ids_or_too_many_are_sent_as_all(ids) -> None:
    text = live_changes.payload(Area.CASES, ids, "abc")
    assert json.loads(text)["ids"] == ALL_IDS
    assert live_changes.parse(text) == Change("cases", None, "abc")


def test_long_ids_still_fit_in_a_notification() -> None:
    ids = tuple("x" * 100 + str(i) for i in range(MAX_IDS))  # names, as settings have
    text = live_changes.payload(Area.SETTINGS, ids, "abc")
    assert len(text.encode()) < MAX_PAYLOAD_BYTES
    assert json.loads(text)["ids"] == ALL_IDS


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"area": "shifts"}',
        '{"area": 1, "ids": [1], "origin": "o"}',
        '{"area": "shifts", "ids": [{"body": "x"}], "origin": "o"}',
        '{"area": "shifts", "ids": [true], "origin": "o"}',
        '{"area": "shifts", "ids": "some", "origin": "o"}',
    ],
)
def test_a_payload_that_is_not_a_change_is_ignored(text: str) -> None:
    assert live_changes.parse(text) is None


def test_each_engine_is_a_console_of_its_own() -> None:
    one, other = db.make_engine("sqlite://"), db.make_engine("sqlite://")
    assert live_changes.origin_of(one) == live_changes.origin_of(one)
    assert live_changes.origin_of(one) != live_changes.origin_of(other)


def test_a_declared_write_keeps_its_name_and_declaration() -> None:
    @writes(Area.ZONES, ids=row_id)
    def rename_zone(session, zone):
        """Docstring kept."""
        return zone

    assert rename_zone.__name__ == "rename_zone" and rename_zone.__doc__ == "Docstring kept."
    assert declared_writes(rename_zone).areas == (Area.ZONES,)


def test_sqlite_sends_nothing(engine: Engine) -> None:
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))

    @writes(Area.ZONES)
    def touch(session):
        return None

    with db.session_scope(engine) as s:
        touch(s)
        live_changes.notify(s, [(Area.ZONES, (1,))])
    assert not any("notify" in sql.lower() for sql in statements)


def test_a_listener_without_server_retries_waiting_longer_and_shows_no_password(
    qtbot, caplog
) -> None:
    engine = db.make_engine("postgresql+psycopg://educatore:segreto-vero@127.0.0.1:1/console")
    listener = live_changes.ChangeListener(engine, lambda _change: None, (0.01, 0.02))
    listener.start()
    qtbot.waitUntil(lambda: len(caplog.records) >= 3, timeout=5000)
    listener.stop()
    assert not listener.is_running()
    waits = [r.args[-1] for r in caplog.records if "trying again" in r.getMessage()]
    assert waits[:3] == [0.01, 0.02, 0.02]
    assert all("segreto-vero" not in r.getMessage() for r in caplog.records)
    assert "educatore:***@127.0.0.1:1" in caplog.records[0].getMessage()
    engine.dispose()


def test_a_listener_is_only_for_postgresql(engine: Engine) -> None:
    with pytest.raises(ValueError, match="PostgreSQL"):
        live_changes.ChangeListener(engine, lambda _change: None)
