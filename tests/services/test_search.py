"""Search: accents folded, ranked, highlighted, never what the reader may not read, and safe
whatever is typed; the FTS index is filled by the migration and kept in step by triggers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select, text

from console import db
from console.models import AuditEvent, CaseNote, Role, User, Visibility
from console.services import access
from console.services.access import PermissionDenied
from console.services.cases import casework, search
from console.services.cases.casework import CaseDraft
from console.services.demo.seed import seed_demo
from tests.services.casework_world import A, C, E, M, P, S, World, make_world, run

NOTES = {
    Visibility.SHARED: "Perché i ragazzi tornano in piazza? La Città ne parla, la città discute.",
    Visibility.ORGANIZATION: "Riunione d'équipe: perché non proviamo un torneo in città?",
    Visibility.SOCIAL_SERVICES: "Presa in carico: perché la tosse persistente preoccupa.",
}
HOSTILE = [
    '"',
    '""',
    '"perché',
    "perch* NEAR(citta tosse)",
    "NEAR",
    "*",
    "^citta",
    "-tosse",
    "body:tosse",
    "title : panchine",
    "(citta OR tosse)",
    "citta AND NOT tosse",
    ")",
    "'",
    "\\",
    ";--",
    "%",
    "_",
    "\x00",
    "tosse\x00citta",
    "😀",
    "citta 😀 perche",
    "\u200b",
    "́",
    "x" * 10_000,
    "perche " * 2_000,
    "\x02tosse\x03",
]


@pytest.fixture(scope="module")
def searched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, World, dict]]:
    """Organization X's educator wrote one note per audience on a case about Città."""
    path: Path = tmp_path_factory.mktemp("search") / "console.db"
    engine = db.open_database(db.sqlite_url(path)).engine
    yield engine, *write_the_notes(engine)
    engine.dispose()


def write_the_notes(engine: Engine) -> tuple[World, dict]:
    """The world of ``searched`` in a database at head (tests/pg/test_pg_search.py too)."""
    world = make_world(engine)
    author = world.actor(E)
    case = run(engine, casework.open_case, author, CaseDraft("Piazza della Città: panchine"))
    notes = {
        v: run(engine, casework.add_note, author, case.id, body, v).id for v, body in NOTES.items()
    }
    return world, {"case": case.id, "notes": notes}


def readable(engine: Engine, actor: access.Actor) -> set[int]:
    with db.session_scope(engine) as s:
        return {
            n.id
            for n in s.scalars(select(CaseNote))
            if access.may_read_note(actor, n.visibility, n.organization_id, n.author_id)
        }


# What is typed, and the audiences of the NOTES found (tests/pg/test_pg_search.py too).
ACCENTS = [
    ("perche", set(Visibility)),
    ("PERCHÉ", set(Visibility)),
    ("citta", {Visibility.SHARED, Visibility.ORGANIZATION}),
    ("Città", {Visibility.SHARED, Visibility.ORGANIZATION}),
    ("equipe", {Visibility.ORGANIZATION}),
    ("torn", {Visibility.SHARED, Visibility.ORGANIZATION}),  # words are prefixes
    ("perche tosse", {Visibility.SOCIAL_SERVICES}),  # every word must match
    ("tosse panchine", set()),
]


@pytest.mark.parametrize(("typed", "audiences"), ACCENTS)
def test_accents_and_case_are_folded(
    searched: tuple[Engine, World, dict], typed: str, audiences: set[Visibility]
) -> None:
    engine, world, made = searched
    hits = run(engine, casework.search, world.actor(E), typed)
    assert {h.note_id for h in hits if h.note_id} == {made["notes"][v] for v in audiences}


def test_titles_match_too_and_hits_are_ranked_and_highlighted(
    searched: tuple[Engine, World, dict],
) -> None:
    engine, world, made = searched
    hits = run(engine, casework.search, world.actor(E), "citta")
    title = next(h for h in hits if h.note_id is None)
    assert title.case_id == made["case"] and title.snippet == "Piazza della [[Città]]: panchine"
    assert [h.rank for h in hits] == sorted((h.rank for h in hits), reverse=True)
    best = next(h for h in hits if h.note_id is not None)
    assert best.note_id == made["notes"][Visibility.SHARED]  # "città" twice beats once
    assert "[[Città]]" in best.snippet and "[[città]]" in best.snippet
    for hit in hits:
        assert hit.case_title == "Piazza della Città: panchine"
        assert hit.plain == hit.snippet.replace("[[", "").replace("]]", "")
        assert hit.spans and all(hit.plain[a:b].lower() == "città" for a, b in hit.spans)


def test_note_snippets_shown_by_a_search_are_audited_without_the_text(
    searched: tuple[Engine, World, dict],
) -> None:
    engine, world, made = searched
    reader = world.actor(E)
    hits = run(engine, casework.search, reader, "equipe")
    with db.session_scope(engine) as s:
        entry = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert (entry.action, entry.entity, entry.user_id) == (
            "search",
            "case_notes",
            reader.user_id,
        )
        assert entry.details == {
            "notes": [made["notes"][Visibility.ORGANIZATION]],
            "cases": [made["case"]],
        }
        assert "equipe" not in json.dumps(entry.details) and entry.justification is None
        before = entry.id
    assert hits
    run(engine, casework.search, reader, "parolachenonce")  # no note shown: nothing recorded
    with db.session_scope(engine) as s:
        assert s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc())) == before


@pytest.mark.parametrize("role", [M, A])
def test_managers_and_admins_may_not_search(
    searched: tuple[Engine, World, dict], role: Role
) -> None:
    engine, world, _ = searched
    with pytest.raises(PermissionDenied):
        run(engine, casework.search, world.actor(role), "citta")


@pytest.mark.parametrize("typed", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_is_safe(searched: tuple[Engine, World, dict], typed: str) -> None:
    engine, world, _ = searched
    reader = world.actor(P, "y")
    hits = run(engine, casework.search, reader, typed)
    assert {h.note_id for h in hits if h.note_id} <= readable(engine, reader)


WORDS = st.sampled_from(
    ["perche", "città", "tosse", "équipe", "NEAR", "AND", "OR", "NOT", "*", "^", "-", ":", "(", ")"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    typed=st.one_of(st.text(), st.lists(st.one_of(WORDS, st.text(max_size=8))).map(" ".join)),
    role=st.sampled_from([C, E, P, S]),
    org=st.sampled_from(["x", "y"]),
)
def test_any_text_never_raises_and_never_shows_an_unreadable_note(
    searched: tuple[Engine, World, dict], typed: str, role: Role, org: str
) -> None:
    engine, world, _ = searched
    reader = world.actor(role, org)
    hits = run(engine, casework.search, reader, typed, limit=10)
    assert len(hits) <= 10
    assert {h.note_id for h in hits if h.note_id} <= readable(engine, reader)
    if not search.terms(typed):
        assert hits == ()


@given(typed=st.text())
def test_the_query_handed_to_fts5_is_only_quoted_words(typed: str) -> None:
    query = search.fts5_query(search.terms(typed))
    assert all(
        part.startswith('"') and part.endswith('"*') and '"' not in part[1:-2]
        for part in query.split(" AND ")
        if query
    )


@given(typed=st.text())
def test_the_query_handed_to_postgresql_is_only_quoted_prefixes(typed: str) -> None:
    query = search.tsquery_text(search.terms(typed))
    assert all(
        part.startswith("'") and part.endswith("':*") and not {"'", "\\"} & set(part[1:-3])
        for part in query.split(" & ")
        if query
    )


# -- keeping the index in step ---------------------------------------------------------------


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


def test_the_index_follows_changed_and_deleted_rows(engine: Engine, world: World) -> None:
    educator = world.actor(E)
    case = run(engine, casework.open_case, educator, CaseDraft("Fontana"))
    note = run(
        engine, casework.add_note, educator, case.id, "Bottiglie lasciate", Visibility.SHARED
    )
    run(engine, casework.update_case, educator, case.id, 1, title="Montagnola")
    assert run(engine, casework.search, educator, "fontana") == ()
    assert [h.case_id for h in run(engine, casework.search, educator, "montagnola")] == [case.id]
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM case_notes WHERE id = :id"), {"id": note.id})
    assert run(engine, casework.search, educator, "bottiglie") == ()


def test_the_triggers_exist_at_head(engine: Engine) -> None:
    with engine.connect() as conn:
        names = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    for table in ("cases_fts", "case_notes_fts"):
        assert {f"{table}_insert", f"{table}_update", f"{table}_delete"} <= names


def test_the_migration_indexes_the_rows_already_there(tmp_path: Path) -> None:
    engine = db.make_engine(db.sqlite_url(tmp_path / "old.db"))
    cfg = db.alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002_audit_anchor")
        conn.commit()
    world = make_world(engine)
    with db.session_scope(engine) as s:
        educator = world.actor(E)
        s.execute(
            text(
                "INSERT INTO cases (id, title, status, priority, owner_id, organization_id, "
                "opened_at, version_id) VALUES (1, 'Città vecchia', 'open', 'normal', :p, :o, "
                "'2026-11-01 10:00:00', 1)"
            ),
            {"p": educator.person_id, "o": educator.organization_id},
        )
        s.execute(
            text(
                "INSERT INTO case_notes (case_id, author_id, organization_id, written_at, "
                "visibility, body) VALUES (1, :u, :o, '2026-11-01 10:00:00', 'shared', "
                "'Perché proprio qui?')"
            ),
            {"u": educator.user_id, "o": educator.organization_id},
        )
    db.upgrade_to_head(engine)
    hits = run(engine, casework.search, world.actor(P, "y"), "perche")
    assert [(h.case_id, h.snippet) for h in hits] == [(1, "[[Perché]] proprio qui?")]
    assert [h.note_id for h in run(engine, casework.search, world.actor(P, "y"), "citta")] == [None]
    engine.dispose()


def test_the_demo_is_searchable(engine: Engine) -> None:
    with db.session_scope(engine) as s:
        seed_demo(s, date(2026, 3, 11))
        educator = access.actor_for(
            s.scalars(select(User).where(User.username == "educatore")).one()
        )
    hits = run(engine, casework.search, educator, "equipe calcetto")
    assert [h.snippet.count("[[") for h in hits] == [2]
