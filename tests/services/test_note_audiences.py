"""Who reads a note: every reader (role x same/other organization x author or not) against
every audience, through every service that shows notes (case_notes, the case list's count,
search) and access.may_read_note itself; and who may write notes, for which audience.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from console import db
from console.models import Case, CaseNote, Person, Role, User, Visibility
from console.services import access
from console.services.access import PermissionDenied
from console.services.cases import casework
from tests.services.casework_world import (
    NOT_PARTNERS,
    PARTNER_ROLES,
    ROLES,
    TODAY,
    A,
    C,
    E,
    M,
    P,
    S,
    World,
    audit_entries,
    audit_text,
    last_audit_id,
    make_world,
    run,
)

SHARED, ORG, SOCIAL = Visibility.SHARED, Visibility.ORGANIZATION, Visibility.SOCIAL_SERVICES

# A note written in organization X by someone else: does each role read it, in X / in Y?
NOT_AUTHOR: dict[Visibility, dict[Role, tuple[bool, bool]]] = {
    SHARED: {C: (True, True), E: (True, True), P: (True, True), S: (True, True),
             M: (False, False), A: (False, False)},
    ORG: {C: (True, False), E: (True, False), P: (True, False), S: (True, False),
          M: (False, False), A: (False, False)},
    SOCIAL: {C: (False, False), E: (False, False), P: (False, False), S: (True, True),
             M: (False, False), A: (False, False)},
}  # fmt: skip
# Their own note, whatever its audience and wherever they work now.
AUTHOR: dict[Role, bool] = {C: True, E: True, P: True, S: True, M: False, A: False}
# The audience a new note gets unless its author chooses.
DEFAULT: dict[Role, Visibility] = {C: ORG, E: ORG, P: ORG, S: SOCIAL}

READERS = [
    pytest.param(
        role,
        org,
        author,
        visibility,
        id=f"{role}-{org}-{'author' if author else 'other'}-{visibility}",
    )
    for role in ROLES
    for org in ("x", "y")
    for author in (False, True)
    for visibility in Visibility
]


@dataclass(frozen=True)
class Notes:
    world: World
    # (reader role, reader org, visibility) for the reader's own notes; ("writer", "", v) else
    ids: dict[tuple[str, str, Visibility], tuple[int, int, str]]  # -> (note, case, word)


@pytest.fixture(scope="module")
def notes_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, Notes]]:
    """One database for the whole table: a case per note, each note with its own word."""
    path: Path = tmp_path_factory.mktemp("audiences") / "console.db"
    engine = db.open_database(db.sqlite_url(path)).engine
    world = make_world(engine)
    ids: dict[tuple[str, str, Visibility], tuple[int, int, str]] = {}
    with db.session_scope(engine) as s:
        x = world.orgs["x"]
        writer_person = Person(first_name="Wanda", last_name="Writer", role=E, organization_id=x)
        writer = User(username="writer", password_hash="-", role=E, person=writer_person)
        s.add(writer)
        s.flush()
        authors = {("writer", ""): writer.id}
        for (role, org), actor in world.actors.items():
            authors[(role.value, org)] = actor.user_id  # type: ignore[assignment]
        coordinator = world.actor(C)
        for n, ((who, org), author_id) in enumerate(sorted(authors.items())):
            for visibility in Visibility:
                word = f"segno{n:02d}{visibility.value[:3]}"
                case = Case(title=f"Case {n} {visibility}", owner_id=coordinator.person_id,
                            organization_id=x)  # fmt: skip
                s.add(case)
                s.flush()
                note = CaseNote(
                    case_id=case.id,
                    author_id=author_id,
                    organization_id=x,  # every note is written in organization X
                    visibility=visibility,
                    body=f"Annotazione {word} sulla panchina",
                )
                s.add(note)
                s.flush()
                ids[(who, org, visibility)] = (note.id, case.id, word)
    yield engine, Notes(world, ids)
    engine.dispose()


@pytest.mark.parametrize(("role", "org", "author", "visibility"), READERS)
def test_every_reader_sees_exactly_the_notes_of_their_audience(
    notes_db: tuple[Engine, Notes], role: Role, org: str, author: bool, visibility: Visibility
) -> None:
    engine, notes = notes_db
    expected = AUTHOR[role] if author else NOT_AUTHOR[visibility][role][org == "y"]
    key = (role.value, org, visibility) if author else ("writer", "", visibility)
    note_id, case_id, word = notes.ids[key]
    actor = notes.world.actor(role, org)
    with db.session_scope(engine) as s:
        note = s.get_one(CaseNote, note_id)
        assert (
            access.may_read_note(actor, note.visibility, note.organization_id, note.author_id)
            is expected
        )
    if role in NOT_PARTNERS:
        for call in (
            lambda s: casework.case_notes(s, actor, case_id, "follow-up"),
            lambda s: casework.list_cases(s, actor, casework.CaseFilter(), today=TODAY),
            lambda s: casework.search(s, actor, word),
        ):
            with pytest.raises(PermissionDenied):
                run(engine, call)
        return
    read = run(engine, casework.case_notes, actor, case_id, "follow-up")
    assert [n.id for n in read] == ([note_id] if expected else [])
    rows = run(engine, casework.list_cases, actor, casework.CaseFilter(), today=TODAY)
    assert {r.id: r.notes_count for r in rows}[case_id] == int(expected)
    hits = run(engine, casework.search, actor, word)
    assert [h.note_id for h in hits if h.note_id is not None] == ([note_id] if expected else [])


def test_the_table_covers_every_role_and_audience() -> None:
    assert set(NOT_AUTHOR) == set(Visibility)
    assert all(set(row) == set(Role) for row in NOT_AUTHOR.values())
    assert set(AUTHOR) == set(Role)
    assert len(READERS) == len(Role) * 2 * 2 * len(Visibility)


# -- writing ---------------------------------------------------------------------------------


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


def _case(engine: Engine, world: World) -> int:
    row = run(engine, casework.open_case, world.actor(C), casework.CaseDraft("Panchine"))
    return row.id


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("audience", [None, *Visibility])
def test_who_may_write_a_note_and_for_which_audience(
    engine: Engine, world: World, role: Role, audience: Visibility | None
) -> None:
    case_id = _case(engine, world)
    actor = world.actor(role)
    if role in NOT_PARTNERS:
        with pytest.raises(PermissionDenied):
            run(engine, casework.add_note, actor, case_id, "Nota", audience)
        return
    row = run(engine, casework.add_note, actor, case_id, "Nota", audience)
    assert row.visibility is (audience or DEFAULT[role])
    assert row.organization_id == actor.organization_id
    assert row.author_user_id == actor.user_id


def test_default_audience_is_the_narrowest_for_the_role() -> None:
    assert access.DEFAULT_AUDIENCE == DEFAULT
    assert set(DEFAULT) == set(PARTNER_ROLES)


def _raw(engine: Engine, note_id: int) -> tuple[object, ...]:
    with engine.connect() as conn:
        return tuple(conn.execute(select(CaseNote.__table__).where(CaseNote.id == note_id)).one())


def test_an_amendment_never_changes_the_original(engine: Engine, world: World) -> None:
    case_id = _case(engine, world)
    educator = world.actor(E)
    original = run(engine, casework.add_note, educator, case_id, "Il gruppo era di dieci", SHARED)
    before = _raw(engine, original.id)
    amendment = run(
        engine,
        casework.add_note,
        educator,
        case_id,
        "Rettifica: erano dodici",
        SHARED,
        amends_note_id=original.id,
    )
    assert _raw(engine, original.id) == before
    read = run(engine, casework.case_notes, world.actor(P, "y"), case_id, "meeting")
    assert [(n.id, n.amended_by, n.amends_note_id) for n in read] == [
        (original.id, (amendment.id,), None),
        (amendment.id, (), original.id),
    ]
    assert read[0].body == "Il gruppo era di dieci" and read[0].amended


def test_an_amendment_hidden_from_a_reader_does_not_mark_the_original(
    engine: Engine, world: World
) -> None:
    case_id = _case(engine, world)
    educator = world.actor(E)
    original = run(engine, casework.add_note, educator, case_id, "Prima nota", SHARED)
    run(
        engine,
        casework.add_note,
        educator,
        case_id,
        "Solo per noi",
        ORG,
        amends_note_id=original.id,
    )
    read = run(engine, casework.case_notes, world.actor(P, "y"), case_id, "meeting")
    assert [(n.id, n.amended) for n in read] == [(original.id, False)]


def test_one_cannot_amend_a_note_one_may_not_read(engine: Engine, world: World) -> None:
    case_id = _case(engine, world)
    secret = run(engine, casework.add_note, world.actor(S, "y"), case_id, "Riservata", SOCIAL)
    with pytest.raises(PermissionDenied):
        run(
            engine,
            casework.add_note,
            world.actor(E),
            case_id,
            "Rettifica",
            amends_note_id=secret.id,
        )


def test_writes_and_reads_of_notes_are_audited_without_the_body(
    engine: Engine, world: World
) -> None:
    case_id = _case(engine, world)
    body = "Racconta di una tosse persistente e della casa perduta"
    since = last_audit_id(engine)
    note = run(engine, casework.add_note, world.actor(E), case_id, body, SOCIAL)
    run(engine, casework.case_notes, world.actor(S, "y"), case_id, "referral")
    assert audit_entries(engine, since) == [
        ("create", "case_notes", str(note.id)),
        ("read", "cases", str(case_id)),
    ]
    text = audit_text(engine)
    assert '"referral"' in text
    for fragment in (body, "tosse persistente", "casa perduta"):
        assert fragment not in text


def test_reading_notes_needs_a_reason(engine: Engine, world: World) -> None:
    case_id = _case(engine, world)
    with pytest.raises(ValueError, match="reason"):
        run(engine, casework.case_notes, world.actor(E), case_id, "   ")
