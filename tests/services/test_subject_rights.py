"""A person's rights over their data: the subject-access export holds every item linked to them
and nothing about another person; a correction is an amendment that keeps the original; erasure
is refused or allowed by the declared rule (a legal obligation to keep), and leaves nothing of
the person in the search or the file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console import db
from console.models import (
    AuditEvent,
    Case,
    CaseNote,
    Consent,
    LegalBasis,
    Organization,
    Referral,
    Role,
    Subject,
    SubjectAmendment,
)
from console.services.access import PermissionDenied, audit
from console.services.cases import casework, people_met
from console.services.retention import erasure, requests, subject_access
from console.services.retention.rules import MARKER, RetentionError
from tests.services import retention_world
from tests.services.retention_world import World


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = retention_world.build(tmp_path / "console.db")
    yield built
    built.engine.dispose()


def _export(world: World, role: Role = Role.ADMIN) -> subject_access.SubjectExport:
    with db.session_scope(world.engine) as s:
        return subject_access.subject_export(
            s, world.actors[role], world.subject_id, "richiesta n. 7"
        )


def test_the_export_holds_every_item_linked_to_the_person(world: World) -> None:
    with db.session_scope(world.engine) as s:  # someone read the profile first, and why
        people_met.subject_profile(s, world.actors[Role.COORDINATOR], world.subject_id, "visita")
    found = _export(world)
    with db.read_scope(world.engine) as s:
        subject = s.get(Subject, world.subject_id)
        assert subject is not None
        assert found.full_name == subject.full_name and found.alias == subject.alias
        consents = s.scalars(select(Consent.id).where(Consent.subject_id == subject.id)).all()
        assert {c.id for c in found.consents} == set(consents) and consents
        cases = s.scalars(select(Case.id).where(Case.subject_id == subject.id)).all()
        assert [c.id for c in found.cases] == list(cases)
        notes = s.scalars(select(CaseNote.id).where(CaseNote.case_id.in_(cases))).all()
        assert {n.id for c in found.cases for n in c.notes} == set(notes)
        referrals = s.scalars(select(Referral.id).where(Referral.case_id.in_(cases))).all()
        assert {r.id for c in found.cases for r in c.referrals} == set(referrals) and referrals
    assert [(r.who, r.what, r.reason) for r in found.readings] == [
        ("coordinatore", "profile", "visita")
    ]
    text = found.as_json()
    assert retention_world.NOTE_WORD in text and json.loads(text)["subject_id"] == world.subject_id


def test_the_export_holds_nothing_about_another_person(world: World) -> None:
    found = _export(world).as_json()
    with db.read_scope(world.engine) as s:
        others = s.scalars(select(Subject).where(Subject.id != world.subject_id)).all()
        other_notes = s.scalars(
            select(CaseNote.body)
            .join(Case, Case.id == CaseNote.case_id)
            .where((Case.subject_id != world.subject_id) | Case.subject_id.is_(None))
        ).all()
    for other in others:
        for value in (other.alias, other.full_name, other.description):
            if value:
                assert value not in found
    for body in other_notes:
        assert body not in found
    assert retention_world.OPEN_NOTE_WORD not in found
    assert "educatore" not in found and "Ferrari" not in found  # no staff names


def test_the_export_is_audited_with_its_reason(world: World) -> None:
    _export(world)
    with db.read_scope(world.engine) as s:
        entry = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert entry is not None
        assert (entry.action, entry.entity, entry.entity_id) == (
            "export",
            "subjects",
            str(world.subject_id),
        )
        assert entry.justification == "richiesta n. 7"
        assert audit.verify_chain(s).ok


def test_an_export_without_a_reason_reads_and_writes_nothing(world: World) -> None:
    with db.session_scope(world.engine) as s:
        before = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
        with pytest.raises(audit.ReasonRequired):
            subject_access.subject_export(s, world.actors[Role.ADMIN], world.subject_id, "  ")
        after = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
    assert after == before


def test_the_pdf_has_the_data_and_page_numbers(world: World) -> None:
    from pypdf import PdfReader

    from console.reports.subject_export import subject_export_pdf

    pdf = subject_export_pdf(_export(world), language="it")
    reader = PdfReader(__import__("io").BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert retention_world.NAME_WORD in text and retention_world.NOTE_WORD in text
    assert f"pagina 1 di {len(reader.pages)}" in text
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("DejaVuSans" in name for name in fonts)


# -- rectification --------------------------------------------------------------------------


def test_a_correction_keeps_the_original_in_an_amendment(world: World) -> None:
    admin = world.actors[Role.ADMIN]
    with db.session_scope(world.engine) as s:
        old_name = s.get(Subject, world.subject_id).full_name  # type: ignore[union-attr]
        done = erasure.rectify_subject(
            s,
            admin,
            world.subject_id,
            {"full_name": "Yassine Morandini", "birth_year": 2000},
            "errore di trascrizione",
        )
    assert len(done.amendment_ids) == 2
    with db.read_scope(world.engine) as s:
        subject = s.get(Subject, world.subject_id)
        assert subject is not None and subject.full_name == "Yassine Morandini"
        rows = s.scalars(select(SubjectAmendment).order_by(SubjectAmendment.id)).all()
        assert [(r.field, r.old_value, r.new_value) for r in rows] == [
            ("full_name", old_name, "Yassine Morandini"),
            ("birth_year", "2001", "2000"),
        ]
        entries = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(2)).all()
        assert "Morandini" not in str([e.details for e in entries])  # names stay out of the log
        assert entries[0].justification == "errore di trascrizione"
    assert any(a.old_value == old_name for a in _export(world).amendments)


def test_a_correction_that_changes_nothing_is_refused(world: World) -> None:
    with db.session_scope(world.engine) as s:
        alias = s.get(Subject, world.subject_id).alias  # type: ignore[union-attr]
        with pytest.raises(RetentionError) as caught:
            erasure.rectify_subject(
                s, world.actors[Role.ADMIN], world.subject_id, {"alias": alias}, "nulla"
            )
    assert caught.value.code == "rectify_nothing_changed"


def test_a_name_cannot_be_corrected_on_a_person_never_named(world: World) -> None:
    with db.session_scope(world.engine) as s, pytest.raises(RetentionError) as caught:
        erasure.rectify_subject(
            s,
            world.actors[Role.COORDINATOR],
            world.other_subject_id,
            {"full_name": "Mario Rossi"},
            "richiesta",
        )
    assert caught.value.code == "rectify_not_named"


# -- erasure --------------------------------------------------------------------------------


def _keep_by_law(world: World) -> None:
    with db.session_scope(world.engine) as s:
        police = s.scalars(select(Organization.id).order_by(Organization.id)).first()
        s.add(
            Consent(
                subject_id=world.subject_id,
                recipient_organization_id=police,
                basis=LegalBasis.LEGAL_OBLIGATION,
                legal_basis="art. 55 c.p.p.",
                given_on=date(2026, 11, 1),
            )
        )


def test_erasure_is_refused_while_a_legal_obligation_to_keep_applies(world: World) -> None:
    _keep_by_law(world)
    with db.session_scope(world.engine) as s:
        before = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
        with pytest.raises(RetentionError) as caught:
            erasure.erase_subject(s, world.actors[Role.ADMIN], world.subject_id, "richiesta")
    assert caught.value.code == "erasure_refused_legal_obligation"
    assert caught.value.params["organizations"]
    with db.read_scope(world.engine) as s:
        subject = s.get(Subject, world.subject_id)
        assert subject is not None and retention_world.ALIAS_WORD in (subject.alias or "")
        assert s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1)) == before


def test_erasure_is_allowed_once_the_obligation_is_withdrawn(world: World) -> None:
    _keep_by_law(world)
    with db.session_scope(world.engine) as s:
        for consent in s.scalars(
            select(Consent).where(Consent.basis == LegalBasis.LEGAL_OBLIGATION)
        ):
            consent.withdrawn_on = date(2026, 11, 20)
    coordinator = world.actors[Role.COORDINATOR]
    with db.session_scope(world.engine) as s:
        done = erasure.erase_subject(s, world.actors[Role.ADMIN], world.subject_id, "art. 17")
    assert done.cases == 1 and done.notes == 3 and done.consents == 2
    db.compact(world.engine)
    with db.read_scope(world.engine) as s:
        subject = s.get(Subject, world.subject_id)
        assert subject is not None and subject.alias == MARKER and subject.full_name is None
        assert not s.scalars(select(Consent).where(Consent.subject_id == subject.id)).all()
        case = s.get(Case, world.closed_case_id)
        assert case is not None and case.title == MARKER
        entry = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert entry is not None and entry.action == "erase" and entry.justification == "art. 17"
        assert entry.details == {"cases": 1, "notes": 3, "consents": 2, "amendments": 0}
        assert audit.verify_chain(s).ok
    with db.session_scope(world.engine) as s:
        assert casework.search(s, coordinator, retention_world.NOTE_WORD) == ()
    for word in (retention_world.ALIAS_WORD, retention_world.NAME_WORD, retention_world.NOTE_WORD):
        assert not retention_world.found_in_files(world.path, word), word
    assert retention_world.found_in_files(world.path, retention_world.OPEN_NOTE_WORD)


# -- who may answer a request ---------------------------------------------------------------


def test_a_coordinator_may_not_export_a_person(world: World) -> None:
    """The export holds notes of every audience (social services' too): the administrator
    alone produces it; a coordinator's attempt reads and writes nothing."""
    with db.read_scope(world.engine) as s:
        before = s.scalar(select(func.max(AuditEvent.id)))
    for role in (Role.COORDINATOR, Role.SOCIAL_WORKER, Role.EDUCATOR):
        with db.session_scope(world.engine) as s, pytest.raises(PermissionDenied):
            subject_access.subject_export(s, world.actors[role], world.subject_id, "richiesta")
    with db.read_scope(world.engine) as s:
        assert s.scalar(select(func.max(AuditEvent.id))) == before


def test_a_coordinator_corrects_a_name_only_where_their_organization_sees_it(
    world: World,
) -> None:
    """A correction shows no note; a name the coordinator's organization may not see is refused
    alike for a right and a wrong guess (no oracle), before anything is compared."""
    coordinator = world.actors[Role.COORDINATOR]
    with db.read_scope(world.engine) as s:
        name = s.get(Subject, world.subject_id).full_name  # type: ignore[union-attr]
    for guess in (name, "Mario Rossi"):
        with db.session_scope(world.engine) as s, pytest.raises(RetentionError) as caught:
            erasure.rectify_subject(
                s, coordinator, world.subject_id, {"full_name": guess}, "richiesta"
            )
        assert caught.value.code == "rectify_identity_not_visible"
    with db.session_scope(world.engine) as s:
        s.add(
            Consent(
                subject_id=world.subject_id,
                recipient_organization_id=coordinator.organization_id,
                given_on=date(2026, 11, 1),
            )
        )
    with db.session_scope(world.engine) as s:
        done = erasure.rectify_subject(
            s, coordinator, world.subject_id, {"full_name": "Yassine Morandini"}, "refuso"
        )
    assert done.subject_id == world.subject_id and len(done.amendment_ids) == 1
    assert not hasattr(done, "notes")  # the answer carries ids only


def test_a_coordinator_corrects_a_nickname(world: World) -> None:
    with db.session_scope(world.engine) as s:
        erasure.rectify_subject(
            s,
            world.actors[Role.COORDINATOR],
            world.other_subject_id,
            {"alias": "Giacca blu"},
            "soprannome sbagliato",
        )
    with db.read_scope(world.engine) as s:
        assert s.get(Subject, world.other_subject_id).alias == "Giacca blu"  # type: ignore[union-attr]


# -- finding the person a request is about ----------------------------------------------------


def test_the_administrator_finds_a_person_by_nickname_name_or_number(world: World) -> None:
    admin = world.actors[Role.ADMIN]
    with db.session_scope(world.engine) as s:
        by_alias = requests.find_people_met(s, admin, "fisarmonicISTA", "richiesta n. 7")
        by_name = requests.find_people_met(s, admin, retention_world.NAME_WORD, "richiesta n. 7")
        by_number = requests.find_people_met(s, admin, f"#{world.subject_id}", "richiesta n. 7")
        nobody = requests.find_people_met(s, admin, "100% nessuno", "richiesta n. 7")
    assert [p.id for p in by_alias] == [p.id for p in by_name] == [world.subject_id]
    assert [p.id for p in by_number] == [world.subject_id] and nobody == []
    found = by_name[0]
    assert found.named and found.full_name == f"Yassine {retention_world.NAME_WORD}"
    assert (found.cases, found.consents, found.keepers) == (1, 1, ())
    assert found.notes > 0


def test_each_person_shown_is_audited_as_a_read_with_the_reason(world: World) -> None:
    admin = world.actors[Role.ADMIN]
    with db.session_scope(world.engine) as s:
        before = s.scalar(select(func.max(AuditEvent.id)))
        requests.find_people_met(s, admin, "Giacca", "richiesta del 5 dicembre")
        requests.find_people_met(s, admin, "nessuno con questo nome", "richiesta")
    with db.read_scope(world.engine) as s:
        entries = s.scalars(select(AuditEvent).where(AuditEvent.id > before)).all()
        assert [(e.action, e.entity, e.entity_id, e.justification) for e in entries] == [
            ("read", "subjects", str(world.other_subject_id), "richiesta del 5 dicembre")
        ]
        assert "Giacca" not in str(entries[0].details)  # the words searched stay out
    readings = _export(world).readings
    assert not readings or all(r.what == "profile" for r in readings)


def test_a_search_is_refused_without_a_reason_a_text_or_the_right(world: World) -> None:
    with db.session_scope(world.engine) as s:
        before = s.scalar(select(func.max(AuditEvent.id)))
        with pytest.raises(audit.ReasonRequired):
            requests.find_people_met(s, world.actors[Role.ADMIN], "Giacca", " ")
        with pytest.raises(RetentionError) as caught:
            requests.find_people_met(s, world.actors[Role.ADMIN], "  ", "richiesta")
        assert caught.value.code == "find_text_required"
        with pytest.raises(RetentionError) as caught:
            requests.find_people_met(s, world.actors[Role.ADMIN], "x" * 101, "richiesta")
        assert caught.value.code == "find_text_too_long"
        for role in (Role.COORDINATOR, Role.SOCIAL_WORKER, Role.MANAGER):
            with pytest.raises(PermissionDenied):
                requests.find_people_met(s, world.actors[role], "Giacca", "richiesta")
        assert s.scalar(select(func.max(AuditEvent.id))) == before


def test_the_legal_obligation_shows_among_the_keepers(world: World) -> None:
    _keep_by_law(world)
    with db.session_scope(world.engine) as s:
        found = requests.person_found(s, world.actors[Role.ADMIN], world.subject_id)
        first = s.scalars(select(Organization.name).order_by(Organization.id)).first()
    assert found.keepers == (first,)
