"""The weeks ``week_engine`` keeps per connection: given again only while nothing has changed
(``db.change_stamp``), read again after any commit, by this console or another process, and
never kept from a transaction that wrote (what it saw may be rolled back). The scenarios take
an engine: tests/pg/test_pg_week_reads_kept.py runs them on PostgreSQL."""

from __future__ import annotations

import gc
import sqlite3
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from unittest import mock

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from console import db
from console.models import OrganizationKind, Person, Role, Shift, Zone
from console.services import access
from console.services.planning import week, week_engine
from tests import factories
from tests.factories import ROME

MONDAY = date(2026, 11, 30)
NOW = datetime(2026, 11, 25, 9, tzinfo=UTC)  # the week is ahead: nothing waits for a debrief


@dataclass(frozen=True)
class Place:
    zone_id: int
    educator_id: int
    officer_id: int
    actor: access.Actor


def make_place(engine: Engine) -> Place:
    with db.session_scope(engine) as s:
        coop = factories.organization(OrganizationKind.EDUCATIONAL)
        police = factories.organization(OrganizationKind.POLICE)
        square = factories.zone("Piazza Roma")
        educator = factories.person("Anna", Role.EDUCATOR, coop, "Bianchi")
        officer = factories.person("Marco", Role.OFFICER, police, "Verdi")
        s.add_all([square, educator, officer])
        s.flush()
        s.add(evening(square, MONDAY, educator, officer))
        s.flush()
        actor = access.Actor(None, None, coop.id, Role.COORDINATOR, "coordinator")
        return Place(square.id, educator.id, officer.id, actor)


def evening(square: Zone, day: date, *people: Person) -> Shift:
    start = datetime(day.year, day.month, day.day, 18, tzinfo=ROME)
    return factories.shift(square, start, 3, people=people)


@contextmanager
def weeks_read() -> Iterator[list[int]]:
    """The weeks read from the database meanwhile (a week given again is not: nothing is
    found on its rows again)."""
    found: list[int] = []
    real = week_engine._find

    def spy(*args: Any) -> Any:
        found.append(1)
        return real(*args)

    with mock.patch.object(week_engine, "_find", spy):
        yield found


def read(engine: Engine, place: Place, **narrowing: int) -> tuple[week.WeekPlan, bool]:
    """The week as the calendar reads it, and whether the database was asked for it."""
    with weeks_read() as found, db.read_scope(engine) as s:
        plan = week.shifts_in_week(s, place.actor, MONDAY, ROME, now=NOW, **narrowing)
    return plan, bool(found)


def names(plan: week.WeekPlan) -> list[list[str]]:
    return [[p.full_name for p in row.people] for row in plan.shifts]


def add_evening(engine: Engine, place: Place, day: date) -> None:
    with db.session_scope(engine) as s:
        square = s.get(Zone, place.zone_id)
        s.add(evening(square, day, s.get(Person, place.educator_id)))


# -- the scenarios (SQLite here, PostgreSQL in tests/pg) -------------------------------------


def stamp_now(engine: Engine) -> tuple | None:
    with db.read_scope(engine) as s:
        return db.change_stamp(s.connection())


def still(engine: Engine, reads) -> list:
    """``reads()`` again until the database stayed still meanwhile (on PostgreSQL any
    transaction of the cluster that ends moves the stamp: an autovacuum's analyze, say)."""
    for _attempt in range(10):
        before = stamp_now(engine)
        found = reads()
        if stamp_now(engine) == before:
            return found
    raise AssertionError("the database never stayed still for two reads")


def given_again_while_nothing_changes(engine: Engine) -> None:
    place = make_place(engine)
    first, asked = read(engine, place)
    assert asked and len(first.shifts) == 1
    (_, _), (second, asked_second) = still(
        engine, lambda: [read(engine, place), read(engine, place)]
    )
    assert second == first and not asked_second
    # The filters narrow the week's rows: another filter reads nothing again.
    (_, asked_zone), (_, asked_person), (_, asked_other) = still(
        engine,
        lambda: [
            read(engine, place, zone_id=place.zone_id),
            read(engine, place, person_id=place.officer_id),
            read(engine, place, zone_id=place.zone_id + 1),
        ],
    )
    assert not (asked_zone or asked_person or asked_other)
    narrowed = [
        read(engine, place, zone_id=place.zone_id)[0],
        read(engine, place, person_id=place.officer_id)[0],
        read(engine, place, zone_id=place.zone_id + 1)[0],
    ]
    assert [len(plan.shifts) for plan in narrowed] == [1, 1, 0]


def read_again_after_a_commit(engine: Engine) -> None:
    place = make_place(engine)
    read(engine, place)
    add_evening(engine, place, MONDAY + timedelta(days=2))
    plan, asked = read(engine, place)
    assert asked and len(plan.shifts) == 2
    with db.session_scope(engine) as s:  # a rename, on a table the week only joins
        s.execute(update(Person).where(Person.id == place.officer_id).values(last_name="Neri"))
    plan, asked = read(engine, place)
    assert asked and ["Anna Bianchi", "Marco Neri"] in names(plan)
    with db.session_scope(engine) as s:  # a change outside the week moves the stamp too
        s.get(Zone, place.zone_id).colour = "#123456"
    plan, asked = read(engine, place)
    assert asked and {row.zone_colour for row in plan.shifts} == {"#123456"}


def not_kept_from_a_transaction_that_wrote(engine: Engine) -> None:
    place = make_place(engine)
    before, _ = read(engine, place)
    with Session(engine) as s:
        square = s.get(Zone, place.zone_id)
        s.add(evening(square, MONDAY + timedelta(days=3), s.get(Person, place.educator_id)))
        s.flush()
        assert db.change_stamp(s.connection()) is None
        pending = week.shifts_in_week(s, place.actor, MONDAY, ROME, now=NOW)
        assert len(pending.shifts) == 2  # its own write, not the week kept before it
        again = week.shifts_in_week(s, place.actor, MONDAY, ROME, now=NOW)
        assert len(again.shifts) == 2
        s.rollback()
    after, asked = read(engine, place)
    assert after == before and asked


def stamps(engine: Engine) -> None:
    make_place(engine)
    with db.read_scope(engine) as s:
        assert db.change_stamp(s.connection()) is not None
    with db.session_scope(engine) as s:
        assert db.change_stamp(s.connection()) is not None  # nothing written yet
        s.execute(update(Zone).values(colour="#654321"))
        assert db.change_stamp(s.connection()) is None


SCENARIOS = (
    given_again_while_nothing_changes,
    read_again_after_a_commit,
    not_kept_from_a_transaction_that_wrote,
    stamps,
)


def test_given_again_while_nothing_changes(engine: Engine) -> None:
    given_again_while_nothing_changes(engine)


def test_read_again_after_a_commit(engine: Engine) -> None:
    read_again_after_a_commit(engine)


def test_not_kept_from_a_transaction_that_wrote(engine: Engine) -> None:
    not_kept_from_a_transaction_that_wrote(engine)


def test_stamps(engine: Engine) -> None:
    stamps(engine)


# -- SQLite only -----------------------------------------------------------------------------


def one_connection(engine: Engine) -> object:
    with db.read_scope(engine) as s:
        return s.connection().connection.driver_connection


def test_a_rolled_back_write_on_the_same_connection_is_not_given_later(engine: Engine) -> None:
    """The write moves ``total_changes`` and is rolled back: the stamp read afterwards differs
    from the one the week was kept with, and what the writing transaction saw was never kept
    (were it keyed by the count alone, the next read would give the shift that never was)."""
    place = make_place(engine)
    connection = one_connection(engine)
    read(engine, place)
    with Session(engine) as s:
        assert s.connection().connection.driver_connection is connection
        square = s.get(Zone, place.zone_id)
        s.add(evening(square, MONDAY + timedelta(days=4), s.get(Person, place.officer_id)))
        s.flush()
        assert len(week.shifts_in_week(s, place.actor, MONDAY, ROME, now=NOW).shifts) == 2
        s.rollback()
    assert one_connection(engine) is connection
    plan, _ = read(engine, place)
    assert len(plan.shifts) == 1


def test_a_commit_by_another_process_is_seen(engine: Engine, db_path) -> None:
    """Another process (``console-admin``, a second window) commits on the file: this
    connection's ``data_version`` moves."""
    place = make_place(engine)
    read(engine, place)
    other = sqlite3.connect(db_path)
    with other:
        other.execute(
            "UPDATE persons SET first_name = 'Annalisa' WHERE id = ?", (place.educator_id,)
        )
    other.close()
    plan, asked = read(engine, place)
    assert asked and names(plan) == [["Annalisa Bianchi", "Marco Verdi"]]


def test_a_commit_on_another_connection_of_the_console_is_seen(engine: Engine) -> None:
    place = make_place(engine)
    with db.read_scope(engine) as holding:  # a second connection, busy meanwhile
        holding.connection()
        read(engine, place)
        add_evening(engine, place, MONDAY + timedelta(days=5))
    plan, asked = read(engine, place)
    assert asked and len(plan.shifts) == 2


def test_the_last_weeks_are_kept(engine: Engine) -> None:
    place = make_place(engine)
    with db.read_scope(engine) as s:
        for weeks in range(week_engine.WEEKS_KEPT + 3):
            week.shifts_in_week(s, place.actor, MONDAY + timedelta(weeks=weeks), ROME, now=NOW)
        kept = s.connection().info[week_engine.KEPT_WEEKS]
        assert len(kept) == week_engine.WEEKS_KEPT
        week_engine.forget(s.connection())
        assert week_engine.KEPT_WEEKS not in s.connection().info
    _, asked = read(engine, place)
    assert asked


def test_an_uncommitted_shift_of_another_connection_is_not_seen(engine: Engine) -> None:
    """Two connections, one writing: the reader keeps what it sees, the committed data."""
    place = make_place(engine)
    with Session(engine) as writer:
        square = writer.get(Zone, place.zone_id)
        writer.add(
            evening(square, MONDAY + timedelta(days=1), writer.get(Person, place.educator_id))
        )
        writer.flush()
        plan, _ = read(engine, place)
        assert len(plan.shifts) == 1
        writer.commit()
    plan, asked = read(engine, place)
    assert asked and len(plan.shifts) == 2
    with db.read_scope(engine) as s:
        assert len(s.scalars(select(Shift)).all()) == 2


def test_a_stamp_is_read_inside_a_begun_transaction(engine: Engine) -> None:
    """A connection dropped unclosed is rolled back by the pool, without SQLAlchemy's events:
    what its transaction noted must not pass for the next one's, whose stamp (and the week's
    statements after it, on the driver) would then run outside any transaction, each on its
    own snapshot."""
    leaked = engine.connect()
    leaked.exec_driver_sql("SELECT 1").all()  # BEGIN ran: its count of changes is noted
    dbapi = leaked.connection.dbapi_connection
    del leaked
    gc.collect()  # the pool takes the connection back and rolls it back, with no event
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with engine.connect() as conn:
            assert conn.connection.dbapi_connection is dbapi  # the same one, reused
            conn.begin()
            assert db.change_stamp(conn) is not None
            assert conn.connection.driver_connection.in_transaction
