"""Who reads what of a meeting: every reader (role x same/other organization, author or not)
against every audience, for decisions, actions and paragraphs of the minutes, through every
service that shows them; who writes for which audience; and what the minutes of each audience
hold, and for whom.

A text beyond its reader comes back restricted: no text, the agency's name. Each text carries
its own word, and a reader never receives the word of a text beyond their audience.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine

from console import db
from console.models import (
    ActionItem,
    Decision,
    MinuteEntry,
    Person,
    Role,
    User,
    Visibility,
)
from console.services import access
from console.services.access import PermissionDenied
from console.services.cases.case_common import Refused
from console.services.meetings import actions, decisions, document, meetings, minutes
from console.services.meetings.audience import may_read
from console.services.meetings.common import MeetingError
from console.services.meetings.rows import ActionDraft, ActionFilter
from tests.services.casework_world import ROLES, TODAY, run
from tests.services.meetings_world import ORG, SHARED, SOCIAL, World, held_meeting, make_world

C, E, P, S, M, A = (
    Role.COORDINATOR,
    Role.EDUCATOR,
    Role.OFFICER,
    Role.SOCIAL_WORKER,
    Role.MANAGER,
    Role.ADMIN,
)
# A text written in the cooperative by someone else: does each role read it, in the
# cooperative / in the Polizia Locale? (Admins never see meetings at all.)
NOT_AUTHOR: dict[Visibility, dict[Role, tuple[bool, bool]]] = {
    SHARED: {C: (True, True), E: (True, True), P: (True, True), S: (True, True),
             M: (True, True), A: (False, False)},
    ORG: {C: (True, False), E: (True, False), P: (True, False), S: (True, False),
          M: (False, False), A: (False, False)},
    SOCIAL: {C: (False, False), E: (False, False), P: (False, False), S: (True, True),
             M: (False, False), A: (False, False)},
}  # fmt: skip
KINDS = ("decision", "action", "entry")
READERS = [
    pytest.param(kind, role, org, audience, id=f"{kind}-{role.value}-{org}-{audience.value}")
    for kind in KINDS
    for role in ROLES
    for org in ("coop", "pl")
    for audience in Visibility
]


@dataclass(frozen=True)
class Texts:
    engine: Engine
    world: World
    meeting: int
    writer_user: int
    writer_person: int
    # (kind, audience, organization key) -> (row id, its word)
    ids: dict[tuple[str, Visibility, str], tuple[int, str]]


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Texts]:
    """One meeting holding a decision, an action and a paragraph per audience, each with its
    own word, written (directly) by a writer of the cooperative, and for the Polizia Locale's
    own audience by the Polizia Locale."""
    path: Path = tmp_path_factory.mktemp("meeting-audiences") / "console.db"
    engine = db.open_database(db.sqlite_url(path)).engine
    world = make_world(engine)
    meeting = held_meeting(engine, world)
    ids: dict[tuple[str, Visibility, str], tuple[int, str]] = {}
    with db.session_scope(engine) as s:
        writer_person = Person(
            first_name="Wanda", last_name="Writer", role=E, organization_id=world.orgs["coop"]
        )
        writer = User(username="writer", password_hash="-", role=E, person=writer_person)
        s.add(writer)
        s.flush()
        targets = [(SHARED, "coop"), (ORG, "coop"), (SOCIAL, "coop"), (ORG, "pl")]
        for n, (audience, org) in enumerate(targets):
            org_id = world.orgs[org]
            for kind in KINDS:
                word = f"parola{n}{kind[:3]}"
                if kind == "decision":
                    row = Decision(
                        meeting_id=meeting,
                        text=f"Deciso {word}",
                        audience=audience,
                        organization_id=org_id,
                        created_by_id=writer.id,
                    )
                elif kind == "action":
                    row = ActionItem(
                        meeting_id=meeting,
                        text=f"Fare {word}",
                        audience=audience,
                        organization_id=org_id,
                        status_reason="",
                    )
                else:
                    row = MinuteEntry(
                        meeting_id=meeting,
                        body=f"Discusso {word}",
                        audience=audience,
                        organization_id=org_id,
                        author_id=writer.id,
                    )
                s.add(row)
                s.flush()
                ids[(kind, audience, org)] = (row.id, word)
        found = Texts(engine, world, meeting, writer.id, writer_person.id, ids)
    yield found
    engine.dispose()


def _shown(texts: Texts, actor: access.Actor, kind: str, row_id: int) -> tuple[bool, str]:
    """(restricted?, everything the reader received about the row) through the detail and,
    for actions, the tracker."""
    detail = run(texts.engine, meetings.meeting_detail, actor, texts.meeting, today=TODAY)
    rows = {"decision": detail.decisions, "action": detail.actions, "entry": detail.minutes}[kind]
    (row,) = [r for r in rows if r.id == row_id]
    received = repr(detail)
    if kind == "action":
        tracked = run(texts.engine, actions.action_tracker, actor, ActionFilter(), TODAY)
        (other,) = [r for r in tracked if r.id == row_id]
        assert other.restricted is row.restricted
        received += repr(tracked)
    return row.restricted, received


@pytest.mark.parametrize(("kind", "role", "org", "audience"), READERS)
def test_every_reader_gets_exactly_the_texts_of_their_audience(
    texts: Texts, kind: str, role: Role, org: str, audience: Visibility
) -> None:
    actor = texts.world.actor(role, org)
    row_id, word = texts.ids[(kind, audience, "coop")]
    expected = NOT_AUTHOR[audience][role][org == "pl"]
    if role is A:
        with pytest.raises(PermissionDenied):
            run(texts.engine, meetings.meeting_detail, actor, texts.meeting)
        return
    restricted, received = _shown(texts, actor, kind, row_id)
    assert restricted is not expected
    assert (word in received) is expected  # never the word of a text beyond the audience
    assert may_read(actor, audience, texts.world.orgs["coop"], None) is expected


def test_the_table_covers_every_role_and_audience() -> None:
    assert set(NOT_AUTHOR) == set(Visibility)
    assert all(set(row) == set(Role) for row in NOT_AUTHOR.values())


def test_a_restricted_text_names_its_agency(texts: Texts) -> None:
    officer = texts.world.actor(P, "pl")
    detail = run(texts.engine, meetings.meeting_detail, officer, texts.meeting)
    social = texts.ids[("entry", SOCIAL, "coop")][0]
    (entry,) = [e for e in detail.minutes if e.id == social]
    assert (entry.restricted, entry.body, entry.organization_name) == (True, None, "COOP")
    (action,) = [a for a in detail.actions if a.id == texts.ids[("action", ORG, "coop")][0]]
    assert (action.text, action.status_reason, action.organization_name) == (None, "", "COOP")


@pytest.mark.parametrize("audience", list(Visibility))
def test_authors_read_their_own_and_owners_their_actions(
    texts: Texts, audience: Visibility
) -> None:
    author = access.Actor(
        user_id=texts.writer_user,
        person_id=texts.writer_person,
        organization_id=texts.world.orgs["pl"],  # moved since: still reads what they wrote
        role=E,
        username="writer",
    )
    detail = run(texts.engine, meetings.meeting_detail, author, texts.meeting)
    decision = texts.ids[("decision", audience, "coop")][0]
    entry = texts.ids[("entry", audience, "coop")][0]
    assert not next(d for d in detail.decisions if d.id == decision).restricted
    assert not next(e for e in detail.minutes if e.id == entry).restricted
    with db.session_scope(texts.engine) as s:
        action = s.get_one(ActionItem, texts.ids[("action", audience, "coop")][0])
        action.owner_id = texts.world.person(P, "pl")
    owner = texts.world.actor(P, "pl")
    detail = run(texts.engine, meetings.meeting_detail, owner, texts.meeting)
    assert not next(a for a in detail.actions if a.id == action.id).restricted


# -- writing for an audience -----------------------------------------------------------------

# Who writes a paragraph of the minutes for each audience (in their own organization).
MINUTE_WRITERS: dict[Role, set[Visibility]] = {
    C: {SHARED, ORG},
    E: {SHARED, ORG},
    P: {SHARED, ORG},
    S: {SHARED, ORG, SOCIAL},
    M: set(),
    A: set(),
}


@pytest.fixture
def world_and_meeting(engine: Engine) -> tuple[World, int]:
    world = make_world(engine)
    return world, held_meeting(engine, world)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("audience", list(Visibility))
def test_who_writes_minutes_for_which_audience(
    engine: Engine, world_and_meeting: tuple[World, int], role: Role, audience: Visibility
) -> None:
    world, meeting = world_and_meeting
    actor = world.actor(role, "sst" if role is S else "coop")
    if role in (M, A):
        with pytest.raises(PermissionDenied):
            run(engine, minutes.add_minute_entry, actor, meeting, None, "Testo", audience)
        return
    if audience not in MINUTE_WRITERS[role]:
        with pytest.raises(MeetingError) as refused:
            run(engine, minutes.add_minute_entry, actor, meeting, None, "Testo", audience)
        assert refused.value.code == "meeting_audience_outside"
        return
    row = run(engine, minutes.add_minute_entry, actor, meeting, None, "Testo", audience)
    assert (row.audience, row.restricted, row.body) == (audience, False, "Testo")
    assert row.organization_name == ("SST" if role is S else "COOP")


@pytest.mark.parametrize(
    ("audience", "agency", "allowed"),
    [
        (SHARED, "coop", True),
        (ORG, "coop", True),  # the coordinator's own organization
        (ORG, "pl", False),  # another organization's own audience
        (SOCIAL, "coop", False),  # a coordinator is not social services
    ],
)
def test_a_coordinator_records_decisions_and_actions_for_their_audiences(
    engine: Engine,
    world_and_meeting: tuple[World, int],
    audience: Visibility,
    agency: str,
    allowed: bool,
) -> None:
    world, meeting = world_and_meeting
    coordinator = world.actor(C)
    draft = ActionDraft("Fare", None, world.orgs[agency], TODAY, audience=audience)
    if allowed:
        run(engine, actions.add_action, coordinator, meeting, draft)
        if agency == "coop":
            run(engine, decisions.record_decision, coordinator, meeting, None, "Deciso", audience)
        return
    with pytest.raises(MeetingError, match="audience"):
        run(engine, actions.add_action, coordinator, meeting, draft)
    if agency == "coop":
        with pytest.raises(MeetingError, match="audience"):
            run(engine, decisions.record_decision, coordinator, meeting, None, "Deciso", audience)


# -- the minutes of each audience ------------------------------------------------------------

DOCUMENTS = {
    "shared": (SHARED, None),
    "coop": (ORG, "coop"),
    "pl": (ORG, "pl"),
    "social": (SOCIAL, None),
}
# What each version holds: (audience, organization) of the texts in it.
HOLDS = {
    "shared": {(SHARED, "coop")},
    "coop": {(SHARED, "coop"), (ORG, "coop")},
    "pl": {(SHARED, "coop"), (ORG, "pl")},
    "social": {(SHARED, "coop"), (SOCIAL, "coop")},
}
# Who may have each version: (role, organization) -> the versions.
MAY_HAVE: dict[tuple[Role, str], set[str]] = {
    (C, "coop"): {"shared", "coop"},
    (E, "coop"): {"shared", "coop"},
    (P, "pl"): {"shared", "pl"},
    (C, "pl"): {"shared", "pl"},
    (S, "sst"): {"shared", "social"},
    (S, "coop"): {"shared", "coop", "social"},
    (E, "sst"): {"shared"},
    (M, "comune"): {"shared"},
    (A, "coop"): set(),
}


@pytest.mark.parametrize("version", list(DOCUMENTS))
@pytest.mark.parametrize(("role", "org"), list(MAY_HAVE))
def test_the_minutes_of_each_audience_and_who_has_them(
    texts: Texts, version: str, role: Role, org: str
) -> None:
    audience, agency = DOCUMENTS[version]
    organization_id = texts.world.orgs[agency] if agency else None
    actor = texts.world.actor(role, org)
    if version not in MAY_HAVE[(role, org)]:
        with pytest.raises(PermissionDenied) as refused:
            run(
                texts.engine,
                document.minutes_document,
                actor,
                texts.meeting,
                audience,
                organization_id,
            )
        if role is not A:
            assert isinstance(refused.value, Refused)
            assert refused.value.code == "minutes_audience_refused"
        return
    doc = run(
        texts.engine, document.minutes_document, actor, texts.meeting, audience, organization_id
    )
    _check_holds(texts, doc, version)


@pytest.mark.parametrize("version", list(DOCUMENTS))
def test_the_command_line_prints_every_version(texts: Texts, version: str) -> None:
    audience, agency = DOCUMENTS[version]
    organization_id = texts.world.orgs[agency] if agency else None
    doc = run(
        texts.engine,
        document.minutes_document,
        access.COMMAND_LINE,
        texts.meeting,
        audience,
        organization_id,
    )
    _check_holds(texts, doc, version)


def _check_holds(texts: Texts, doc: document.MinutesDocument, version: str) -> None:
    printed = repr(doc)
    for (kind, audience, org), (_, word) in texts.ids.items():
        assert (word in printed) is ((audience, org) in HOLDS[version]), (kind, audience, org)
    assert doc.audience is DOCUMENTS[version][0]


def test_an_organizations_minutes_need_the_organization(texts: Texts) -> None:
    with pytest.raises(MeetingError, match="organization"):
        run(texts.engine, document.minutes_document, access.COMMAND_LINE, texts.meeting, ORG)
