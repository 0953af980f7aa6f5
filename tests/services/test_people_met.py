"""People met: gradual identification, consent per organization, in care, who sees what."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, select

from console import db
from console.models import Consent, Identification, LegalBasis, Role, Subject
from console.services.access import PermissionDenied, audit
from console.services.cases import casework, people_met, referrals
from console.services.cases.case_common import CaseworkError, Refused
from tests.services.casework_world import (
    NOT_PARTNERS,
    PARTNER_ROLES,
    ROLES,
    TODAY,
    E,
    S,
    World,
    audit_entries,
    audit_text,
    last_audit_id,
    make_world,
    run,
)

DAY = timedelta(days=1)
FULL_NAME = "Yassine Morandi"


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


def nickname(engine: Engine, world: World, alias: str = "Giacca rossa") -> int:
    row = run(
        engine,
        people_met.create_subject,
        world.actor(E),
        alias=alias,
        description="Dorme sulla panchina vicino al muretto",
        usual_zone_id=world.zones["roma"],
    )
    return row.id


def taken_over_by_y(engine: Engine, world: World, subject_id: int) -> None:
    """X (who met the person) refers a case about them to Y, and Y accepts: Y now holds the
    relationship too."""
    case = run(
        engine,
        casework.open_case,
        world.actor(E),
        casework.CaseDraft("Presa in carico", subject_id=subject_id),
    )
    referral = run(
        engine, referrals.refer_case, world.actor(E), case.id, world.orgs["y"], "Presa in carico"
    )
    run(engine, referrals.accept_referral, world.actor(S, "y"), referral.id)


def named(engine: Engine, world: World) -> int:
    """A named subject, named by organization Y on a legal basis that started long ago."""
    subject_id = nickname(engine, world)
    taken_over_by_y(engine, world, subject_id)
    namer = world.actor(S, "y")
    run(
        engine,
        people_met.record_consent,
        namer,
        subject_id,
        world.orgs["y"],
        date(2020, 1, 1),
        basis=LegalBasis.PUBLIC_TASK,
        reference="Presa in carico (art. 6.1.e GDPR)",
    )
    run(engine, people_met.name_subject, namer, subject_id, FULL_NAME, 1990, today=TODAY)
    return subject_id


# -- the identity rule, table-driven ---------------------------------------------------------

# name -> consent rows for a recipient ("x" is the reader's organization), and whether X sees
# the name today. Dates are relative to TODAY; end dates are exclusive.
CONSENTS: dict[str, tuple[list[dict[str, Any]], bool]] = {
    "no consent": ([], False),
    "active": ([{"org": "x", "given": -10}], True),
    "given today": ([{"org": "x", "given": 0}], True),
    "active until tomorrow": ([{"org": "x", "given": -10, "expires": 1}], True),
    "expired today": ([{"org": "x", "given": -10, "expires": 0}], False),
    "expired": ([{"org": "x", "given": -400, "expires": -35}], False),
    "withdrawn today": ([{"org": "x", "given": -10, "withdrawn": 0}], False),
    "withdrawn tomorrow": ([{"org": "x", "given": -10, "withdrawn": 1}], True),
    "future": ([{"org": "x", "given": 3}], False),
    "legal basis": ([{"org": "x", "given": -10, "basis": "Tutela del minore"}], True),
    "legal basis withdrawn": (
        [{"org": "x", "given": -10, "withdrawn": -1, "basis": "Tutela"}],
        False,
    ),
    "other organization's consent": ([{"org": "y", "given": -10}], False),
    "expired, then given again": (
        [{"org": "x", "given": -400, "expires": -35}, {"org": "x", "given": -2}],
        True,
    ),
}


@pytest.mark.parametrize(("spec", "visible"), CONSENTS.values(), ids=CONSENTS.keys())
def test_a_name_reaches_an_organization_only_with_active_consent_or_legal_basis(
    engine: Engine, world: World, spec: list[dict[str, Any]], visible: bool
) -> None:
    subject_id = named(engine, world)
    recorder = world.actor(E)
    for row in spec:
        consent = run(
            engine,
            people_met.record_consent,
            recorder,
            subject_id,
            world.orgs[row["org"]],
            TODAY + row["given"] * DAY,
            TODAY + row["expires"] * DAY if "expires" in row else None,
            basis=LegalBasis.PUBLIC_TASK if "basis" in row else LegalBasis.CONSENT,
            reference=row.get("basis"),
        )
        if "withdrawn" in row:
            run(
                engine,
                people_met.withdraw_consent,
                recorder,
                consent.id,
                TODAY + row["withdrawn"] * DAY,
            )
    for role in PARTNER_ROLES:
        reader = world.actor(role, "x")
        profile = run(
            engine, people_met.subject_profile, reader, subject_id, "follow-up", today=TODAY
        )
        assert profile.identity_visible is visible
        assert profile.named
        assert profile.display_name == (FULL_NAME if visible else "Giacca rossa")
        assert profile.full_name == (FULL_NAME if visible else None)
        assert profile.birth_year == (1990 if visible else None)
        case = run(
            engine,
            casework.open_case,
            reader,
            casework.CaseDraft("Accompagnamento", subject_id=subject_id),
        )
        rows = run(engine, casework.list_cases, reader, casework.CaseFilter(), today=TODAY)
        assert {r.id: r.subject_display for r in rows}[case.id] == profile.display_name
        detail = run(engine, casework.case_detail, reader, case.id, today=TODAY)
        assert detail.subject is not None
        assert detail.subject.display_name == profile.display_name
        assert detail.subject.description == ""  # the profile (with a reason) has it
    # The organization that named the person on its legal basis always sees the name.
    namer = run(
        engine, people_met.subject_profile, world.actor(S, "y"), subject_id, "x", today=TODAY
    )
    assert namer.display_name == FULL_NAME


def test_active_on_today_follows_the_same_dates(engine: Engine, world: World) -> None:
    subject_id = nickname(engine, world)
    educator = world.actor(E)
    for given, expires in ((-5, None), (-5, 0), (2, None)):
        run(
            engine,
            people_met.record_consent,
            educator,
            subject_id,
            world.orgs["x"],
            TODAY + given * DAY,
            None if expires is None else TODAY + expires * DAY,
        )
    profile = run(engine, people_met.subject_profile, educator, subject_id, "x", today=TODAY)
    assert [c.active_on_today for c in profile.consents] == [True, False, False]
    assert {c.recipient_name for c in profile.consents} == {"Organization X"}


# -- naming ----------------------------------------------------------------------------------

NAMING: dict[str, tuple[list[dict[str, Any]], bool]] = {
    "no consent": ([], False),
    "consent for own organization": ([{"org": "x", "given": -1}], True),
    "legal basis for own organization": ([{"org": "x", "given": 0, "basis": "Legge 328"}], True),
    "consent for another organization only": ([{"org": "y", "given": -1}], False),
    "expired consent": ([{"org": "x", "given": -30, "expires": -1}], False),
    "future consent": ([{"org": "x", "given": 1}], False),
}


@pytest.mark.parametrize(("spec", "allowed"), NAMING.values(), ids=NAMING.keys())
def test_naming_needs_an_active_consent_for_ones_own_organization(
    engine: Engine, world: World, spec: list[dict[str, Any]], allowed: bool
) -> None:
    subject_id = nickname(engine, world)
    educator = world.actor(E)
    for row in spec:
        with db.session_scope(engine) as s:
            s.add(
                Consent(
                    subject_id=subject_id,
                    recipient_organization_id=world.orgs[row["org"]],
                    given_on=TODAY + row["given"] * DAY,
                    expires_on=TODAY + row["expires"] * DAY if "expires" in row else None,
                    basis=LegalBasis.PUBLIC_TASK if "basis" in row else LegalBasis.CONSENT,
                    legal_basis=row.get("basis"),
                )
            )
    if not allowed:
        with pytest.raises(CaseworkError, match="consent"):
            run(engine, people_met.name_subject, educator, subject_id, FULL_NAME, 1990, today=TODAY)
        with db.session_scope(engine) as s:
            subject = s.get_one(Subject, subject_id)
            assert (subject.identification, subject.full_name) == (Identification.NICKNAME, None)
        return
    row = run(engine, people_met.name_subject, educator, subject_id, FULL_NAME, 1990, today=TODAY)
    assert (row.named, row.display_name, row.birth_year) == (True, FULL_NAME, 1990)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, a, w: people_met.create_subject(s, a, alias="  "), "nickname"),
        (lambda s, a, w: people_met.create_subject(s, a, alias="x", usual_zone_id=99), "zone 99"),
        (lambda s, a, w: people_met.subject_profile(s, a, 99, "x"), "person met 99"),
        (
            lambda s, a, w: people_met.record_consent(s, a, 99, w.orgs["x"], TODAY),
            "person met 99",
        ),
        (lambda s, a, w: people_met.withdraw_consent(s, a, 99, TODAY), "consent 99"),
    ],
)
def test_bad_requests_say_what_to_fix(
    engine: Engine, world: World, call: Callable[..., object], message: str
) -> None:
    with pytest.raises(CaseworkError, match=message), db.session_scope(engine) as s:
        call(s, world.actor(E), world)


def test_a_consent_expires_after_it_is_given_and_is_withdrawn_once(
    engine: Engine, world: World
) -> None:
    subject_id = nickname(engine, world)
    educator = world.actor(E)
    with pytest.raises(CaseworkError, match="expire after"):
        run(engine, people_met.record_consent, educator, subject_id, world.orgs["x"], TODAY, TODAY)
    consent = run(engine, people_met.record_consent, educator, subject_id, world.orgs["x"], TODAY)
    with pytest.raises(CaseworkError, match="before it was given"):
        run(engine, people_met.withdraw_consent, educator, consent.id, TODAY - DAY)
    withdrawn = run(engine, people_met.withdraw_consent, educator, consent.id, TODAY + DAY)
    assert withdrawn.withdrawn_on == TODAY + DAY
    with pytest.raises(CaseworkError, match="already withdrawn") as again:
        run(engine, people_met.withdraw_consent, educator, consent.id, TODAY + 2 * DAY)
    assert (again.value.code, again.value.params) == (
        "consent_already_withdrawn",
        {"consent": consent.id, "withdrawn": TODAY + DAY},
    )


# -- in care ---------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_only_social_workers_mark_a_person_in_care(
    engine: Engine, world: World, role: Role
) -> None:
    subject_id = nickname(engine, world)
    actor = world.actor(role, "y")
    if role is not S:
        with pytest.raises(PermissionDenied) as refused:
            run(engine, people_met.mark_in_care, actor, subject_id, "SST-2026-0142")
        if role in PARTNER_ROLES:  # they may write cases, not this
            assert isinstance(refused.value, Refused)
            assert (refused.value.code, refused.value.params) == (
                "subject_care_social_workers_only",
                {"role": role},
            )
        return
    row = run(engine, people_met.mark_in_care, actor, subject_id, "SST-2026-0142")
    assert (row.in_care, row.care_reference) == (True, "SST-2026-0142")
    ended = run(engine, people_met.mark_in_care, actor, subject_id, None)
    assert (ended.in_care, ended.care_reference) == (False, None)


@pytest.mark.parametrize("role", PARTNER_ROLES)
def test_the_care_reference_is_shown_to_social_workers_only(
    engine: Engine, world: World, role: Role
) -> None:
    subject_id = nickname(engine, world)
    run(engine, people_met.mark_in_care, world.actor(S, "y"), subject_id, "SST-2026-0142")
    profile = run(engine, people_met.subject_profile, world.actor(role), subject_id, "follow-up")
    assert profile.in_care
    assert profile.care_reference == ("SST-2026-0142" if role is S else None)


# -- permissions -----------------------------------------------------------------------------

CALLS: dict[str, Callable[[Any, Any, World, int, int], object]] = {
    "create_subject": lambda s, a, w, subj, c: people_met.create_subject(s, a, alias="Nuovo"),
    "record_consent": lambda s, a, w, subj, c: people_met.record_consent(
        s, a, subj, w.orgs["x"], TODAY
    ),
    "withdraw_consent": lambda s, a, w, subj, c: people_met.withdraw_consent(s, a, c, TODAY),
    "name_subject": lambda s, a, w, subj, c: people_met.name_subject(
        s, a, subj, FULL_NAME, 1990, today=TODAY
    ),
    "subject_profile": lambda s, a, w, subj, c: people_met.subject_profile(s, a, subj, "x"),
    "list_subjects": lambda s, a, w, subj, c: people_met.list_subjects(s, a),
}


@pytest.mark.parametrize("name", CALLS)
@pytest.mark.parametrize("role", ROLES)
def test_managers_and_admins_never_see_or_touch_people_met(
    engine: Engine, world: World, role: Role, name: str
) -> None:
    subject_id = nickname(engine, world)
    consent = run(
        engine, people_met.record_consent, world.actor(E), subject_id, world.orgs["x"], TODAY - DAY
    )
    actor = world.actor(role)
    with db.session_scope(engine) as s:
        if role in NOT_PARTNERS:
            with pytest.raises(PermissionDenied):
                CALLS[name](s, actor, world, subject_id, consent.id)
        else:
            CALLS[name](s, actor, world, subject_id, consent.id)


# -- audit -----------------------------------------------------------------------------------


def test_every_write_and_profile_read_is_audited_without_name_or_description(
    engine: Engine, world: World
) -> None:
    since = last_audit_id(engine)
    subject_id = named(engine, world)
    run(engine, people_met.mark_in_care, world.actor(S, "y"), subject_id, "SST-2026-0142")
    run(engine, people_met.subject_profile, world.actor(E), subject_id, "coordination meeting")
    entries = audit_entries(engine, since)
    assert entries[0] == ("create", "subjects", str(subject_id))
    assert [e[:2] for e in entries[1:]] == [
        ("create", "cases"),  # X refers a case about the person to Y, who takes it on
        ("create", "referrals"),
        ("update", "cases"),
        ("update", "referrals"),
        ("create", "consents"),
        ("update", "subjects"),
        ("update", "subjects"),
        ("read", "subjects"),
    ]
    text = audit_text(engine)
    assert "coordination meeting" in text
    for secret in (FULL_NAME, "Yassine", "Morandi", "muretto", "1990", "SST-2026"):
        assert secret not in text
    assert audit.REDACTED_VALUE in text


def test_a_profile_read_without_a_reason_reads_and_writes_nothing(
    engine: Engine, world: World
) -> None:
    subject_id = nickname(engine, world)
    since = last_audit_id(engine)
    with pytest.raises(audit.ReasonRequired):
        run(engine, people_met.subject_profile, world.actor(E), subject_id, " ")
    assert audit_entries(engine, since) == []


def test_an_anonymous_person_is_never_a_row_but_a_nickname_is(engine: Engine, world: World) -> None:
    subject_id = nickname(engine, world, "Cappello verde")
    rows = run(engine, people_met.list_subjects, world.actor(E))
    assert [(r.id, r.display_name, r.profile, r.description) for r in rows] == [
        (subject_id, "Cappello verde", False, "")
    ]
    with db.session_scope(engine) as s:
        subject = s.scalar(select(Subject))
        assert subject is not None and subject.identification is Identification.NICKNAME


def test_the_basis_comes_from_the_closed_list_and_the_recorder_is_shown(
    engine: Engine, world: World
) -> None:
    subject_id = nickname(engine, world)
    educator = world.actor(E)
    with pytest.raises(CaseworkError) as refused:
        run(
            engine,
            people_met.record_consent,
            educator,
            subject_id,
            world.orgs["y"],
            TODAY,
            reference="detto a voce",
        )
    assert refused.value.code == "consent_reference_needs_basis"
    row = run(
        engine,
        people_met.record_consent,
        educator,
        subject_id,
        world.orgs["y"],
        TODAY,
        basis=LegalBasis.VITAL_INTEREST,
    )
    assert (row.basis, row.legal_basis) == (LegalBasis.VITAL_INTEREST, None)
    assert (row.recorded_by, row.recorded_by_organization) == ("E. X", "Organization X")
