"""Cases: opening, changing with versions, the filtered list, the detail and its links."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event

from console import db
from console.models import CaseStatus, Priority, Role, Visibility
from console.services.access import HeldElsewhere, PermissionDenied, ScopedWrite
from console.services.cases import casework, debriefs, referrals
from console.services.cases.casework import CaseDraft, CaseFilter, CaseworkError, StaleCase
from console.services.cases.debriefs import DebriefDraft
from console.services.errors import Entity
from tests.services.casework_world import (
    ROLES,
    TODAY,
    C,
    E,
    P,
    S,
    World,
    at,
    audit_entries,
    last_audit_id,
    make_shift,
    make_signal,
    make_world,
    run,
)

PARTNERS = {C, E, P, S}
DAY = timedelta(days=1)


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


def open_case(engine: Engine, world: World, title: str = "Panchine", **kw: Any) -> casework.CaseRow:
    return run(engine, casework.open_case, world.actor(E), CaseDraft(title, **kw))


# -- permissions -----------------------------------------------------------------------------

CALLS: dict[str, tuple[Callable[..., object], bool]] = {  # name -> (call, is a write)
    "open_case": (lambda s, a, w, c: casework.open_case(s, a, CaseDraft("Nuovo")), True),
    "update_case": (
        lambda s, a, w, c: casework.update_case(s, a, c.id, c.version_id, priority=Priority.HIGH),
        True,
    ),
    "list_cases": (lambda s, a, w, c: casework.list_cases(s, a, CaseFilter(), today=TODAY), False),
    "case_detail": (lambda s, a, w, c: casework.case_detail(s, a, c.id), False),
    "link_signal": (
        lambda s, a, w, c: casework.link_signal(
            s, a, c.id, make_signal(s.get_bind(), w.zones["roma"], at("2026-11-20", 21), "Rumori")
        ),
        True,
    ),
    "search": (lambda s, a, w, c: casework.search(s, a, "panchine"), False),
}


@pytest.mark.parametrize("org", ["x", "y"])  # the case's own organization, another
@pytest.mark.parametrize("name", CALLS)
@pytest.mark.parametrize("role", ROLES)
def test_partners_follow_cases_and_managers_and_admins_do_not(
    engine: Engine, world: World, role: Role, name: str, org: str
) -> None:
    """Every partner reads every case; a change is made by the case's own organization (a
    new case is opened in the actor's own)."""
    case = open_case(engine, world)  # organization x's
    call, is_write = CALLS[name]
    actor = world.actor(role, org)
    if role not in PARTNERS:
        with pytest.raises(PermissionDenied), db.session_scope(engine) as s:
            call(s, actor, world, case)
        return
    if is_write and org == "y" and name != "open_case":
        with pytest.raises(HeldElsewhere), db.session_scope(engine) as s:
            call(s, actor, world, case)
        return
    with db.session_scope(engine) as s:
        call(s, actor, world, case)


# -- opening and changing --------------------------------------------------------------------


def test_a_new_case_is_open_owned_by_the_actor_in_their_organization(
    engine: Engine, world: World
) -> None:
    since = last_audit_id(engine)
    row = open_case(
        engine, world, zone_id=world.zones["roma"], priority=Priority.HIGH, next_review_on=TODAY
    )
    educator = world.actor(E)
    assert (row.status, row.priority, row.owner_id, row.organization_id) == (
        CaseStatus.OPEN,
        Priority.HIGH,
        educator.person_id,
        educator.organization_id,
    )
    assert (row.zone_name, row.owner_name, row.organization_name) == (
        "Piazza Roma",
        "Educator X",
        "Organization X",
    )
    assert (row.notes_count, row.referrals_waiting, row.version_id) == (0, 0, 1)
    assert audit_entries(engine, since) == [("create", "cases", str(row.id))]


def test_a_case_is_handed_over_by_its_organization_and_then_belongs_to_the_other(
    engine: Engine, world: World
) -> None:
    social = world.actor(S, "y")
    # A case is opened in one's own organization, never straight into another's.
    with pytest.raises(HeldElsewhere) as refused:
        open_case(engine, world, owner_id=social.person_id)
    assert refused.value.code == "held_by_other_organization"
    assert refused.value.params == {"write": ScopedWrite.HAND_OVER_CASE}
    row = open_case(engine, world)
    # Another organization may not take it...
    with pytest.raises(HeldElsewhere):
        run(engine, casework.update_case, social, row.id, row.version_id, owner_id=social.person_id)
    # ...but its own organization hands it over, and then the case is the other's to change.
    educator = world.actor(E)
    row = run(
        engine, casework.update_case, educator, row.id, row.version_id, owner_id=social.person_id
    )
    assert (row.owner_id, row.organization_id) == (social.person_id, world.orgs["y"])
    with pytest.raises(HeldElsewhere):
        run(engine, casework.update_case, educator, row.id, row.version_id, title="Ripresa")
    row = run(engine, casework.update_case, social, row.id, row.version_id, title="Presa")
    assert row.title == "Presa"


@pytest.mark.parametrize(
    ("draft", "message", "code", "params"),
    [
        (CaseDraft("  "), "a title is required", "case_title_required", {}),
        (CaseDraft("x" * 201), "at most 200", "case_title_too_long", {"limit": 200}),
        (
            CaseDraft("Panchine", zone_id=99),
            "zone 99",
            "not_found",
            {"entity": Entity.ZONE, "id": 99},
        ),
        (
            CaseDraft("Panchine", subject_id=99),
            "person met 99",
            "not_found",
            {"entity": Entity.SUBJECT, "id": 99},
        ),
        (
            CaseDraft("Panchine", owner_id=999),
            "person 999",
            "not_found",
            {"entity": Entity.PERSON, "id": 999},
        ),
    ],
)
def test_a_case_that_cannot_be_opened_says_why(
    engine: Engine,
    world: World,
    draft: CaseDraft,
    message: str,
    code: str,
    params: dict[str, Any],
) -> None:
    with pytest.raises(CaseworkError, match=message) as refused:
        run(engine, casework.open_case, world.actor(E), draft)
    assert (refused.value.code, refused.value.params) == (code, params)


def test_closing_and_reopening_with_versions(engine: Engine, world: World) -> None:
    row = open_case(engine, world, next_review_on=TODAY)
    educator = world.actor(E)
    closed = run(engine, casework.update_case, educator, row.id, 1, status=CaseStatus.CLOSED)
    assert closed.status is CaseStatus.CLOSED and closed.closed_at is not None
    assert closed.version_id == 2 and closed.next_review_on == TODAY  # left as it was
    with pytest.raises(StaleCase, match="since version 1") as stale:
        run(engine, casework.update_case, educator, row.id, 1, priority=Priority.LOW)
    assert (stale.value.code, stale.value.entity, stale.value.row_id) == (
        "stale",
        Entity.CASE,
        row.id,
    )
    assert stale.value.expected_version == 1
    reopened = run(
        engine,
        casework.update_case,
        educator,
        row.id,
        2,
        status=CaseStatus.MONITORING,
        next_review_on=None,
        title="Panchine, lato museo",
    )
    assert (reopened.status, reopened.closed_at, reopened.next_review_on) == (
        CaseStatus.MONITORING,
        None,
        None,
    )
    assert reopened.title == "Panchine, lato museo" and reopened.version_id == 3


# -- the list --------------------------------------------------------------------------------


def test_the_list_filters(engine: Engine, world: World) -> None:
    roma = open_case(engine, world, "Montagnola", zone_id=world.zones["roma"])
    due = open_case(engine, world, "Città vecchia", next_review_on=TODAY - DAY)
    later = open_case(engine, world, "Fontana", next_review_on=TODAY + DAY)
    social = world.actor(S, "y")
    mine = run(engine, casework.open_case, social, CaseDraft("Presa in carico"))
    closed = open_case(engine, world, "Chiuso", next_review_on=TODAY - DAY)
    run(engine, casework.update_case, world.actor(E), closed.id, 1, status=CaseStatus.CLOSED)
    run(engine, referrals.refer_case, world.actor(E), later.id, world.orgs["y"], "Valutazione")
    run(engine, casework.add_note, world.actor(E), roma.id, "Ragazzi perché annoiati", None)

    def ids(actor: Any = None, **flt: Any) -> set[int]:
        rows = run(engine, casework.list_cases, actor or social, CaseFilter(**flt), today=TODAY)
        return {r.id for r in rows}

    everything = {roma.id, due.id, later.id, mine.id, closed.id}
    assert ids() == everything
    assert ids(zone_id=world.zones["roma"]) == {roma.id}
    assert ids(status=CaseStatus.CLOSED) == {closed.id}
    assert ids(status=CaseStatus.REFERRED) == {later.id}
    assert ids(owner_id=social.person_id) == {mine.id}
    assert ids(review_due=True) == {due.id}  # the closed one is not due
    assert ids(referrals_waiting=True) == {later.id}
    assert ids(world.actor(E), referrals_waiting=True) == set()  # nothing waits for X
    assert ids(text="citta") == {due.id}  # accents folded, titles
    assert ids(world.actor(E), text="perche") == {roma.id}  # and notes the reader may read
    assert ids(text="perche") == set()  # an organization-only note of X: not for Y
    assert ids(text="  ***  ") == everything  # no words: no text filter
    rows = run(engine, casework.list_cases, social, CaseFilter(), today=TODAY)
    by_id = {r.id: r for r in rows}
    assert by_id[due.id].review_due and not by_id[later.id].review_due
    assert by_id[later.id].referrals_waiting == 1
    assert rows[-1].id == closed.id  # closed cases last
    assert len(run(engine, casework.list_cases, social, CaseFilter(), today=TODAY, limit=2)) == 2


def test_the_list_takes_a_fixed_number_of_queries(engine: Engine, world: World) -> None:
    def count_queries(cases: int) -> int:
        for n in range(cases):
            row = open_case(engine, world, f"Caso {n}", zone_id=world.zones["roma"])
            run(engine, casework.add_note, world.actor(E), row.id, "Nota", Visibility.SHARED)
        statements: list[str] = []

        def seen(*args: Any) -> None:
            statements.append(args[2])

        event.listen(engine, "before_cursor_execute", seen)
        try:
            run(engine, casework.list_cases, world.actor(P), CaseFilter(), today=TODAY)
        finally:
            event.remove(engine, "before_cursor_execute", seen)
        return len(statements)

    assert count_queries(2) == count_queries(20)


# -- the detail and its links ----------------------------------------------------------------


def test_the_detail_shows_links_but_never_notes(engine: Engine, world: World) -> None:
    case = open_case(engine, world)
    educator = world.actor(E)
    start, end = at("2026-11-24", 18), at("2026-11-24", 22)
    shift_id = make_shift(engine, world.zones["roma"], start, end, (educator.person_id or 0,))
    debrief = run(
        engine,
        debriefs.record_debrief,
        educator,
        DebriefDraft(
            world.zones["roma"], start, end, (educator.person_id or 0,), ("presence",), 2, None,
            "Tranquillo", "", shift_id=shift_id,
        ),
    )  # fmt: skip
    signal_id = make_signal(engine, world.zones["roma"], at("2026-11-23", 23), "Schiamazzi")
    since = last_audit_id(engine)
    for _ in range(2):  # linking twice is the same as once
        run(engine, casework.link_debrief, educator, case.id, debrief.id)
        run(engine, casework.link_signal, educator, case.id, signal_id)
    assert audit_entries(engine, since) == [("update", "cases", str(case.id))] * 2
    run(engine, casework.add_note, educator, case.id, "Nota riservata", Visibility.ORGANIZATION)
    detail = run(engine, casework.case_detail, world.actor(S, "y"), case.id)
    assert detail.case.id == case.id and detail.subject is None and detail.referrals == ()
    assert [d.id for d in detail.debriefs] == [debrief.id]
    assert detail.shifts == ((shift_id, start, end, "Piazza Roma", detail.shifts[0].status),)
    assert [(s.signal_id, s.summary) for s in detail.signals] == [(signal_id, "Schiamazzi")]
    assert not hasattr(detail, "notes")
    with pytest.raises(CaseworkError, match="debrief 99") as missing:
        run(engine, casework.link_debrief, educator, case.id, 99)
    assert missing.value.params == {"entity": Entity.DEBRIEF, "id": 99}
    with pytest.raises(CaseworkError, match="case 99"):
        run(engine, casework.case_detail, educator, 99)
