"""Referrals: sending a case to another organization, answering it, the incoming badge."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from console import db
from console.models import (
    CaseStatus,
    Organization,
    OrganizationKind,
    Person,
    ReferralStatus,
    Role,
    User,
)
from console.services import access
from console.services.access import PermissionDenied
from console.services.cases import casework, referrals
from console.services.cases.case_common import Refused
from console.services.cases.casework import CaseDraft, CaseworkError, StaleCase
from tests.services.casework_world import (
    ROLES,
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

PARTNERS = {C, E, P, S}
REASON = "Persona senza dimora con tosse persistente: chiediamo una valutazione"


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


def third_org(engine: Engine) -> int:
    with db.session_scope(engine) as s:
        org = Organization(name="Polizia Locale", short_name="PL", kind=OrganizationKind.POLICE)
        s.add(org)
        s.flush()
        return org.id


def referred(engine: Engine, world: World) -> tuple[int, referrals.ReferralRow]:
    """A case of organization X referred to Y by an educator of X."""
    case = run(engine, casework.open_case, world.actor(E), CaseDraft("Giacca rossa"))
    row = run(engine, referrals.refer_case, world.actor(E), case.id, world.orgs["y"], REASON)
    return case.id, row


def status_of(engine: Engine, world: World, case_id: int) -> CaseStatus:
    return run(engine, casework.case_detail, world.actor(E), case_id).case.status


def test_referring_a_case_sends_it_and_marks_it_referred(engine: Engine, world: World) -> None:
    since = last_audit_id(engine)
    case_id, row = referred(engine, world)
    assert (row.status, row.from_name, row.to_name, row.reason) == (
        ReferralStatus.SENT,
        "Organization X",
        "Organization Y",
        REASON,
    )
    assert status_of(engine, world, case_id) is CaseStatus.REFERRED
    assert [e[:2] for e in audit_entries(engine, since)] == [
        ("create", "cases"),
        ("create", "referrals"),
        ("update", "cases"),
    ]
    assert REASON not in audit_text(engine)


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("x", "not to your own"),
        ("y", "already referred to Organization Y"),
        (None, "organization 999"),
    ],
)
def test_referring_to_ones_own_or_an_already_referred_organization_is_refused(
    engine: Engine, world: World, target: str | None, message: str
) -> None:
    case_id, _ = referred(engine, world)
    to = world.orgs[target] if target else 999
    with pytest.raises(CaseworkError, match=message):
        run(engine, referrals.refer_case, world.actor(C), case_id, to, "Di nuovo")


def test_a_referral_needs_a_reason_and_an_open_case(engine: Engine, world: World) -> None:
    case = run(engine, casework.open_case, world.actor(E), CaseDraft("Panchine"))
    with pytest.raises(CaseworkError, match="reason"):
        run(engine, referrals.refer_case, world.actor(E), case.id, world.orgs["y"], "  ")
    run(engine, casework.update_case, world.actor(E), case.id, 1, status=CaseStatus.CLOSED)
    with pytest.raises(CaseworkError, match="reopen"):
        run(engine, referrals.refer_case, world.actor(E), case.id, world.orgs["y"], "Aiuto")


# Who may answer: (role, organization key) -> allowed. Only the receiving organization (Y).
ANSWERERS = [(role, org) for role in ROLES for org in ("x", "y")]


@pytest.mark.parametrize(("role", "org"), ANSWERERS, ids=[f"{r}-{o}" for r, o in ANSWERERS])
def test_only_the_receiving_organization_answers(
    engine: Engine, world: World, role: Role, org: str
) -> None:
    _, row = referred(engine, world)
    actor = world.actor(role, org)
    if role not in PARTNERS or org != "y":
        for answer in (referrals.accept_referral, referrals.complete_referral):
            with pytest.raises(PermissionDenied) as refused:
                run(engine, answer, actor, row.id)
            if role in PARTNERS:  # the role may answer referrals: the organization may not
                assert isinstance(refused.value, Refused)
                assert refused.value.code == "referral_answered_by_receiver"
        with pytest.raises(PermissionDenied):
            run(engine, referrals.decline_referral, actor, row.id, "No")
        return
    accepted = run(engine, referrals.accept_referral, actor, row.id, expected_version=1)
    assert accepted.status is ReferralStatus.ACCEPTED and accepted.answered_at is not None
    done = run(engine, referrals.complete_referral, actor, row.id)
    assert done.status is ReferralStatus.COMPLETED and done.completed_at is not None


def test_declining_needs_a_reason_and_gives_the_case_back(engine: Engine, world: World) -> None:
    case_id, row = referred(engine, world)
    social = world.actor(S, "y")
    with pytest.raises(CaseworkError, match="reason"):
        run(engine, referrals.decline_referral, social, row.id, "")
    declined = run(engine, referrals.decline_referral, social, row.id, "Non di nostra competenza")
    assert (declined.status, declined.decline_reason) == (
        ReferralStatus.DECLINED,
        "Non di nostra competenza",
    )
    assert status_of(engine, world, case_id) is CaseStatus.OPEN
    assert "competenza" not in audit_text(engine)
    with pytest.raises(CaseworkError, match="is declined, not sent") as answered:
        run(engine, referrals.accept_referral, social, row.id)
    assert (answered.value.code, answered.value.params) == (
        "referral_wrong_status",
        {"referral": row.id, "status": ReferralStatus.DECLINED, "expected": ReferralStatus.SENT},
    )
    again = run(engine, referrals.refer_case, world.actor(E), case_id, world.orgs["y"], "Ancora")
    assert again.status is ReferralStatus.SENT  # declined: it may be sent again


def test_a_referral_is_completed_only_once_accepted_and_answers_use_versions(
    engine: Engine, world: World
) -> None:
    _, row = referred(engine, world)
    social = world.actor(S, "y")
    with pytest.raises(CaseworkError, match="is sent, not accepted"):
        run(engine, referrals.complete_referral, social, row.id)
    with pytest.raises(StaleCase):
        run(engine, referrals.accept_referral, social, row.id, expected_version=7)


def test_incoming_referrals_and_the_badge(engine: Engine, world: World) -> None:
    _, first = referred(engine, world)
    _, second = referred(engine, world)
    social = world.actor(S, "y")
    assert run(engine, referrals.incoming_count, social) == 2
    assert run(engine, referrals.incoming_count, world.actor(E)) == 0
    run(engine, referrals.accept_referral, social, first.id)
    assert [r.id for r in run(engine, referrals.incoming_referrals, social)] == [second.id]
    every = run(engine, referrals.incoming_referrals, social, status=None)
    assert {r.id for r in every} == {first.id, second.id}
    assert run(engine, referrals.incoming_count, social) == 1
    for role in (M, A):
        with pytest.raises(PermissionDenied):
            run(engine, referrals.incoming_count, world.actor(role, "y"))


def test_the_reason_is_for_the_two_organizations_involved(engine: Engine, world: World) -> None:
    case_id, _ = referred(engine, world)
    police = third_org(engine)
    with db.session_scope(engine) as s:
        person = Person(first_name="Marco", last_name="Rossi", role=P, organization_id=police)
        user = User(username="pl", password_hash="-", role=P, person=person)
        s.add(user)
        s.flush()
        outsider = access.actor_for(user)
    for actor, shown in (
        (world.actor(P, "x"), REASON),
        (world.actor(P, "y"), REASON),
        (outsider, ""),
    ):
        detail = run(engine, casework.case_detail, actor, case_id)
        assert [r.reason for r in detail.referrals] == [shown]
