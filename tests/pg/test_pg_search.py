"""Search on PostgreSQL: accents folded both ways, the same answers as SQLite for the same
accent table and hostile texts, the GIN indexes used, and revision 0007 undone cleanly."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, event, text

from console import db
from console.models import Role, Visibility
from console.services.access import PermissionDenied
from console.services.cases import casework, search
from console.services.cases.casework import CaseDraft
from tests.pg.test_postgresql import throwaway_database
from tests.services.casework_world import A, C, E, M, P, S, World, run
from tests.services.test_search import ACCENTS, HOSTILE, WORDS, readable, write_the_notes

pytestmark = pytest.mark.pg

Made = dict[str, Any]


@pytest.fixture(scope="module")
def pg_searched() -> Iterator[tuple[Engine, World, Made]]:
    """The world of tests/services/test_search.py's ``searched`` (one note per audience on a
    case about Città), plus a case titled with accents whose shared note was typed without."""
    with throwaway_database() as url:
        engine = db.open_database(url).engine
        world, made = write_the_notes(engine)
        author = world.actor(E)
        other = run(engine, casework.open_case, author, CaseDraft("Niccolò Müller e la città"))
        plain = "Niccolo Muller chiede perche la citta non risponde"
        note = run(engine, casework.add_note, author, other.id, plain, Visibility.SHARED)
        yield engine, world, {**made, "other": other.id, "note": note.id}
        engine.dispose()


@pytest.fixture(scope="module")
def sqlite_searched(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Engine, World, Made]]:
    """The same notes on SQLite, to compare answers with."""
    path = tmp_path_factory.mktemp("search") / "console.db"
    engine = db.open_database(db.sqlite_url(path)).engine
    yield engine, *write_the_notes(engine)
    engine.dispose()


def found(hits: tuple[search.SearchHit, ...], case_id: int, notes: dict[int, Any]) -> set:
    """The hits on one case: ``"title"`` or what ``notes`` says each note is."""
    return {notes[h.note_id] if h.note_id else "title" for h in hits if h.case_id == case_id}


@pytest.mark.parametrize(("typed", "audiences"), ACCENTS)
def test_the_sqlite_accent_table_holds_on_postgresql(
    pg_searched: tuple[Engine, World, Made], typed: str, audiences: set[Visibility]
) -> None:
    engine, world, made = pg_searched
    hits = run(engine, casework.search, world.actor(E), typed)
    by_id = {i: v for v, i in made["notes"].items()}
    assert found(hits, made["case"], by_id) - {"title"} == audiences


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("perche", {"note"}),
        ("perché", {"note"}),  # a stop word for 'italian' with its accent: found all the same
        ("PERCHÉ", {"note"}),
        ("citta", {"title", "note"}),
        ("città", {"title", "note"}),
        ("niccolo", {"title", "note"}),
        ("Niccolò", {"title", "note"}),
        ("NICCOLÒ città", {"title", "note"}),
        ("muller", {"title", "note"}),  # the stemmer keeps this accent: unaccent folds it
        ("Müller", {"title", "note"}),
        ("niccolo tosse", set()),
    ],
)
def test_words_with_and_without_accents_find_each_other(
    pg_searched: tuple[Engine, World, Made], typed: str, expected: set[str]
) -> None:
    engine, world, made = pg_searched
    hits = run(engine, casework.search, world.actor(E), typed)
    assert found(hits, made["other"], {made["note"]: "note"}) == expected


def test_the_words_found_are_highlighted_as_written(
    pg_searched: tuple[Engine, World, Made],
) -> None:
    engine, world, made = pg_searched
    hits = run(engine, casework.search, world.actor(E), "niccolo")
    title = next(h for h in hits if h.case_id == made["other"] and h.note_id is None)
    assert title.snippet == "[[Niccolò]] Müller e la città"
    assert title.plain[slice(*title.spans[0])] == "Niccolò"
    note = next(h for h in hits if h.note_id == made["note"])
    assert note.snippet.startswith("[[Niccolo]] Muller chiede")
    hits = run(engine, casework.search, world.actor(E), "muller")
    assert {h.snippet for h in hits} == {
        "Niccolò [[Müller]] e la città",
        "Niccolo [[Muller]] chiede perche la citta non risponde",
    }


@pytest.mark.parametrize("typed", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_gets_the_same_answer_as_on_sqlite(
    pg_searched: tuple[Engine, World, Made],
    sqlite_searched: tuple[Engine, World, Made],
    typed: str,
) -> None:
    answers = []
    for engine, world, made in (pg_searched, sqlite_searched):
        reader = world.actor(P, "y")
        hits = run(engine, casework.search, reader, typed)
        assert {h.note_id for h in hits if h.note_id} <= readable(engine, reader)
        answers.append(found(hits, made["case"], {i: v for v, i in made["notes"].items()}))
    assert answers[0] == answers[1]


@pytest.mark.parametrize("role", [M, A])
def test_managers_and_admins_may_not_search(
    pg_searched: tuple[Engine, World, Made], role: Role
) -> None:
    engine, world, _ = pg_searched
    with pytest.raises(PermissionDenied):
        run(engine, casework.search, world.actor(role), "citta")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    typed=st.one_of(st.text(), st.lists(st.one_of(WORDS, st.text(max_size=8))).map(" ".join)),
    role=st.sampled_from([C, E, P, S]),
    org=st.sampled_from(["x", "y"]),
)
def test_any_text_never_raises_and_never_shows_an_unreadable_note(
    pg_searched: tuple[Engine, World, Made], typed: str, role: Role, org: str
) -> None:
    engine, world, _ = pg_searched
    reader = world.actor(role, org)
    hits = run(engine, casework.search, reader, typed, limit=10)
    assert len(hits) <= 10
    assert {h.note_id for h in hits if h.note_id} <= readable(engine, reader)


def test_the_search_uses_the_gin_indexes(pg_searched: tuple[Engine, World, Made]) -> None:
    """The configuration the service asks for is the one the indexes were built with."""
    engine, world, _ = pg_searched
    sent: list[tuple[str, Any]] = []

    def keep(conn, cursor, statement, parameters, context, executemany) -> None:
        if "@@" in statement:
            sent.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        run(engine, casework.search, world.actor(E), "città")
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    assert len(sent) == 2  # titles, notes
    with engine.begin() as conn:
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        plans = [
            "\n".join(conn.exec_driver_sql(f"EXPLAIN {statement}", parameters).scalars())
            for statement, parameters in sent
        ]
    assert "ix_cases_title_search" in plans[0]
    assert "ix_case_notes_body_search" in plans[1]


def _search_state(engine: Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        return {
            "extension": conn.scalar(
                text("SELECT count(*) FROM pg_extension WHERE extname = 'unaccent'")
            ),
            "config": conn.scalar(
                text("SELECT count(*) FROM pg_ts_config WHERE cfgname = 'console_italian'")
            ),
            "indexes": sorted(
                conn.scalars(
                    text(
                        "SELECT indexdef FROM pg_indexes WHERE indexname IN "
                        "('ix_cases_title_search', 'ix_case_notes_body_search')"
                    )
                )
            ),
        }


@pytest.mark.parametrize("already_there", [False, True])
def test_0007_is_undone_and_leaves_an_unaccent_it_did_not_create(already_there: bool) -> None:
    with throwaway_database() as url:
        engine = db.make_engine(url)
        if already_there:
            with engine.begin() as conn:
                conn.execute(text("CREATE EXTENSION unaccent"))
        cfg = db.alembic_config()
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0006_consent_basis")
            conn.commit()
        before = _search_state(engine)
        assert before["config"] == 0 and len(before["indexes"]) == 2
        assert all("'italian'::regconfig" in index for index in before["indexes"])
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0007_search_unaccent")
            conn.commit()
        after = _search_state(engine)
        assert (after["extension"], after["config"], len(after["indexes"])) == (1, 1, 2)
        assert all("'console_italian'::regconfig" in index for index in after["indexes"])
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0006_consent_basis")
            conn.commit()
        assert _search_state(engine) == before
        assert before["extension"] == (1 if already_there else 0)
        engine.dispose()
