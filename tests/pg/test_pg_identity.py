"""A person met's identity on a shared server: full name, year of birth and care reference are
read by an account's role only through ``console_subject_identities()``, which gives each only
under the services' own rule (``access.identity.IDENTITY``: an active consent for the reader's
organization, the reference to social workers). For every demo account, what its role reads
with plain SQL is what the services show it, and the services running as the role show the same.
"""

from __future__ import annotations

import functools
from dataclasses import replace

import pytest
from sqlalchemy import Engine, select, text, update
from sqlalchemy.exc import DBAPIError

from console import db
from console.models import (
    AuditEvent,
    Consent,
    Identification,
    Meeting,
    Subject,
    User,
    Visibility,
)
from console.services import access
from console.services.access.session_guard import run_as
from console.services.cases import people_met
from console.services.cases.case_common import today_local
from console.services.demo.seed import DEMO_ACCOUNTS
from console.services.meetings import document, meetings
from console.services.meetings.common import MeetingError, check_no_names
from tests.pg.test_pg_roles import DEMO_USERNAMES, server, sign_in  # noqa: F401 - the fixture

pytestmark = pytest.mark.pg

Shown = dict[int, tuple[str | None, int | None, str | None]]


def _subject_ids(owner: Engine) -> list[int]:
    with db.session_scope(owner) as s:
        return list(s.scalars(select(Subject.id).order_by(Subject.id)))


def services_show(engine: Engine, actor: access.Actor, ids: list[int]) -> Shown:
    """Each person met's name, year and reference as the profile shows them to ``actor``."""
    if not access.can(actor, access.Action.VIEW_PEOPLE_MET):
        return {}
    shown: Shown = {}
    for subject_id in ids:
        row = run_as(engine, people_met.subject_profile, actor, subject_id, "verifica")
        shown[subject_id] = (row.full_name, row.birth_year, row.care_reference)
    return shown


def sql_reads(engine: Engine) -> Shown:
    """What the role reads with plain SQL: the function's rows (none for a role that may not
    read people met); the columns themselves never."""
    with engine.connect() as conn:
        for name in people_met.IDENTITY:
            with pytest.raises(DBAPIError, match="permission denied"):
                conn.execute(text(f"SELECT {name} FROM subjects"))
            conn.rollback()
        rows = conn.execute(text("SELECT * FROM console_subject_identities()")).all()
    return {r.id: (r.full_name, r.birth_year, r.care_reference) for r in rows}


def test_each_persons_role_reads_the_identities_the_console_shows(server: str) -> None:  # noqa: F811
    owner = db.make_engine(server)
    ids = _subject_ids(owner)
    names: dict[str, set[str]] = {}
    references: dict[str, int] = {}
    for username in DEMO_USERNAMES:
        engine, actor = sign_in(server, username)
        try:
            expected = services_show(owner, actor, ids)
            assert sql_reads(engine) == expected, username
            assert services_show(engine, actor, ids) == expected, username
        finally:
            engine.dispose()
        if expected:
            names[username] = {name for name, _year, _ref in expected.values() if name}
            references[username] = sum(1 for *_, ref in expected.values() if ref)
    # Not vacuous: four partners; names are read, and some partner misses one another reads;
    # references by the social worker only.
    assert len(names) == 4
    every_name = set().union(*names.values())
    assert every_name and any(seen < every_name for seen in names.values())
    assert references.pop("assistente") > 0 and not any(references.values())
    owner.dispose()


def test_a_withdrawn_consent_hides_the_name_in_sql_at_once(server: str) -> None:  # noqa: F811
    owner = db.make_engine(server)
    with db.session_scope(owner) as s:
        consent = s.scalars(
            select(Consent).join(Subject).where(Subject.full_name.is_not(None)).limit(1)
        ).one()
        subject_id, organization_id = consent.subject_id, consent.recipient_organization_id
        actors = [
            access.actor_for(s.scalar(select(User).where(User.username == a.username)))
            for a in DEMO_ACCOUNTS
        ]
        reader = next(
            a.username
            for a in actors
            if access.can(a, access.Action.VIEW_PEOPLE_MET) and a.organization_id == organization_id
        )
    engine, actor = sign_in(server, reader)
    try:
        assert sql_reads(engine)[subject_id][0]
        with db.session_scope(owner) as s:
            s.execute(
                update(Consent)
                .where(Consent.subject_id == subject_id)
                .values(withdrawn_on=today_local())
            )
        name, year, _reference = sql_reads(engine)[subject_id]
        assert name is None and year is None
        row = run_as(engine, people_met.subject_profile, actor, subject_id, "verifica")
        assert row.full_name is None and not row.identity_visible
    finally:
        engine.dispose()
    owner.dispose()


def _outcome(engine: Engine, actor: access.Actor, text_: str) -> str:
    guard = functools.partial(check_no_names, today=today_local())
    try:
        run_as(engine, guard, actor, text_)
    except MeetingError as exc:
        return exc.code
    return "accepted"


def test_the_minutes_name_guard_and_the_documents_on_each_role(server: str) -> None:  # noqa: F811
    """The guard against names in minutes refuses, on a role, exactly what it refuses for the
    same person as the owner (the names their organization sees); the meeting room and the
    minutes documents each reader may have are the same on their role as the owner's."""
    owner = db.make_engine(server)
    with db.session_scope(owner) as s:
        named = s.scalars(select(Subject.full_name).where(Subject.full_name.is_not(None))).all()
        meeting_ids = s.scalars(select(Meeting.id)).all()
    assert named and meeting_ids
    outcomes = set()
    for username in DEMO_USERNAMES:
        engine, actor = sign_in(server, username)
        try:
            for name in named:
                said = f"parlato con {name.upper()} ieri"
                expected = _outcome(owner, actor, said)
                assert _outcome(engine, actor, said) == expected, (username, name)
                outcomes.add(expected)
            if not access.can(actor, access.Action.VIEW_MEETINGS):
                continue
            for meeting_id in meeting_ids:
                room = run_as(owner, meetings.meeting_detail, actor, meeting_id)
                # (the owner's run shows placeholders of entries beyond the reader, which the
                # row policies leave out: test_pg_roles compares those)
                room = replace(room, minutes=tuple(m for m in room.minutes if not m.restricted))
                assert run_as(engine, meetings.meeting_detail, actor, meeting_id) == room
                printed = run_as(
                    owner, document.minutes_document, actor, meeting_id, Visibility.SHARED
                )
                again = run_as(
                    engine, document.minutes_document, actor, meeting_id, Visibility.SHARED
                )
                assert again == printed, (username, meeting_id)
        finally:
            engine.dispose()
    assert outcomes == {"accepted", "meeting_text_names_person"}  # both happen
    owner.dispose()


def test_naming_a_person_on_ones_role_shows_the_name_to_that_organization_only(
    server: str,  # noqa: F811
) -> None:
    owner = db.make_engine(server)
    engine, educator = sign_in(server, "educatore")
    other, officer = sign_in(server, "agente")
    assert educator.organization_id != officer.organization_id
    try:
        with db.session_scope(owner) as s:
            subject_id = s.scalars(
                select(Subject.id)
                .where(Subject.identification == Identification.NICKNAME)
                .order_by(Subject.id)
                .limit(1)
            ).one()
            s.add(
                Consent(
                    subject_id=subject_id,
                    recipient_organization_id=educator.organization_id,
                    given_on=today_local(),
                )
            )
        row = run_as(engine, people_met.name_subject, educator, subject_id, "Mario Bianchi", 1990)
        assert (row.full_name, row.birth_year, row.display_name) == (
            "Mario Bianchi",
            1990,
            "Mario Bianchi",
        )
        assert sql_reads(engine)[subject_id][:2] == ("Mario Bianchi", 1990)
        assert sql_reads(other)[subject_id][:2] == (None, None)
        seen = run_as(other, people_met.subject_profile, officer, subject_id, "verifica")
        assert seen.full_name is None and seen.display_name != "Mario Bianchi"
        with db.session_scope(owner) as s:
            details = s.scalars(
                select(AuditEvent.details)
                .where(AuditEvent.entity == "subjects", AuditEvent.action == "update")
                .order_by(AuditEvent.id.desc())
                .limit(1)
            ).one()
        assert "Mario" not in str(details)  # the log never holds the name
    finally:
        engine.dispose()
        other.dispose()
        owner.dispose()
