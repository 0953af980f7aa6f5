"""Writes scoped to the organizations that hold a record (services.access.SCOPED_WRITES): for
every scoped write, every role and an actor of the holding organization or of another, the
service allows exactly what the table says. Organization X holds every record here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import Engine

from console.models import Role
from console.services.access import (
    PERMISSIONS,
    SCOPED_WRITES,
    Actor,
    HeldElsewhere,
    PermissionDenied,
    ScopedWrite,
)
from console.services.cases import casework, debriefs, people_met, referrals
from console.services.cases.debriefs import DebriefDraft
from tests.services.casework_world import ROLES, TODAY, E, P, World, at, make_world, run


@dataclass(frozen=True)
class Records:
    """X's records: a case, a debrief of an outing of X's people, a person X met, and X's
    consents for itself and for Y."""

    case_id: int
    debrief_id: int
    subject_id: int
    consent_for_x: int
    consent_for_y: int


def records(engine: Engine, world: World) -> Records:
    educator = world.actor(E)
    case = run(engine, casework.open_case, educator, casework.CaseDraft("Panchine"))
    draft = DebriefDraft(
        zone_id=world.zones["roma"],
        started_at=at("2026-11-24", 18),
        ended_at=at("2026-11-24", 22),
        participant_ids=(educator.person_id or 0, world.actor(P).person_id or 0),
        types=("presence",),
        contacts_count=3,
        contacts_breakdown=None,
        outcome="Tranquillo",
        follow_up="",
    )
    debrief = run(engine, debriefs.record_debrief, educator, draft)
    subject = run(engine, people_met.create_subject, educator, alias="Giacca rossa")
    consents = [
        run(engine, people_met.record_consent, educator, subject.id, world.orgs[key], TODAY)
        for key in ("x", "y")
    ]
    return Records(case.id, debrief.id, subject.id, consents[0].id, consents[1].id)


def _debrief_edit(s, actor: Actor, world: World, r: Records) -> object:
    row = debriefs.debriefs_by_id(s, [r.debrief_id])[0]
    changed = replace(row.draft(), outcome="Tutto tranquillo")
    return debriefs.update_debrief(s, actor, r.debrief_id, changed, row.version_id)


def _case_version(s, r: Records) -> int:
    from console.models import Case

    return s.get(Case, r.case_id).version_id


WRITES: dict[ScopedWrite, Callable[..., object]] = {
    ScopedWrite.CHANGE_CASE: lambda s, a, w, r: casework.update_case(
        s, a, r.case_id, _case_version(s, r), title="Nuovo titolo"
    ),
    # The actor gives the case to a colleague of their own organization.
    ScopedWrite.HAND_OVER_CASE: lambda s, a, w, r: casework.update_case(
        s, a, r.case_id, _case_version(s, r), owner_id=w.actor(E, _org(a, w)).person_id
    ),
    ScopedWrite.REFER_CASE: lambda s, a, w, r: referrals.refer_case(
        s, a, r.case_id, w.orgs["y" if _org(a, w) == "x" else "x"], "Valutazione"
    ),
    ScopedWrite.CHANGE_DEBRIEF: _debrief_edit,
    # Recording the consent for the actor's own organization: the gate the issue found open.
    ScopedWrite.RECORD_CONSENT: lambda s, a, w, r: people_met.record_consent(
        s, a, r.subject_id, a.organization_id, TODAY
    ),
    ScopedWrite.WITHDRAW_CONSENT: lambda s, a, w, r: people_met.withdraw_consent(
        s, a, r.consent_for_x, TODAY
    ),
}


def _org(actor: Actor, world: World) -> str:
    return next(key for key, org in world.orgs.items() if org == actor.organization_id)


def expected(write: ScopedWrite, role: Role, holder: bool) -> type[Exception] | None:
    action, everyone = SCOPED_WRITES[write]
    if role not in PERMISSIONS[action]:
        return PermissionDenied
    if holder or role in everyone:
        return None
    return HeldElsewhere


def test_every_scoped_write_is_tested() -> None:
    assert set(WRITES) == set(ScopedWrite)


@pytest.mark.parametrize("org", ["x", "y"])
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("write", list(ScopedWrite))
def test_scoped_writes_follow_the_table(
    engine: Engine, write: ScopedWrite, role: Role, org: str
) -> None:
    world = make_world(engine)
    held = records(engine, world)
    if write is ScopedWrite.HAND_OVER_CASE:
        # Y works on the case (it accepted a referral of it) but does not own it.
        referral = run(
            engine, referrals.refer_case, world.actor(E), held.case_id, world.orgs["y"], "Presa"
        )
        run(engine, referrals.accept_referral, world.actor(Role.SOCIAL_WORKER, "y"), referral.id)
    actor = world.actor(role, org)
    outcome = expected(write, role, holder=org == "x")
    if outcome is None:
        run(engine, WRITES[write], actor, world, held)
        return
    with pytest.raises(outcome) as refused:
        run(engine, WRITES[write], actor, world, held)
    if outcome is PermissionDenied:
        assert not isinstance(refused.value, HeldElsewhere)  # the role, not the organization
    else:
        assert refused.value.code == "held_by_other_organization"
        assert refused.value.params == {"write": write}


def test_the_organization_a_consent_is_for_may_give_it_up(engine: Engine) -> None:
    world = make_world(engine)
    held = records(engine, world)
    withdrawn = run(
        engine, people_met.withdraw_consent, world.actor(E, "y"), held.consent_for_y, TODAY
    )
    assert withdrawn.withdrawn_on == TODAY


def test_a_case_of_ones_own_gives_no_key_to_the_persons_name(engine: Engine) -> None:
    """Opening a case about someone X met does not let Y record a consent for itself; X
    referring a case to Y, and Y accepting it, does."""
    world = make_world(engine)
    held = records(engine, world)
    officer_y = world.actor(P, "y")
    own = run(
        engine,
        casework.open_case,
        officer_y,
        casework.CaseDraft("Controllo", subject_id=held.subject_id),
    )
    assert own.organization_id == world.orgs["y"]
    with pytest.raises(HeldElsewhere):
        run(engine, people_met.record_consent, officer_y, held.subject_id, world.orgs["y"], TODAY)
    referral = run(
        engine, referrals.refer_case, world.actor(E), held.case_id, world.orgs["y"], "Presa"
    )
    run(engine, referrals.accept_referral, world.actor(Role.SOCIAL_WORKER, "y"), referral.id)
    run(engine, casework.update_case, officer_y, held.case_id, _version(engine, held), title="Y")
    # The case X referred is not about the person yet: Y still holds no relationship with them.
    with pytest.raises(HeldElsewhere):
        run(engine, people_met.record_consent, officer_y, held.subject_id, world.orgs["y"], TODAY)


def _version(engine: Engine, held: Records) -> int:
    return run(engine, lambda s: _case_version(s, held))
