"""A case's notes and person: the reason asked once per case and audited, notes added and
amended (the original stays, marked amended), consents, naming, in care.

The writing flows run with both runners: a dialog that saved is accepted when the worker's
answer arrives, and then deletes itself, so the tests wait for that and read it before."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import Engine, select

from console import db
from console.models import CaseNote, Consent, Identification, LegalBasis, Organization, Visibility
from console.views.cases.detail import TAB_PERSON
from console.views.cases.note_dialog import NoteDialog
from console.views.cases.person_dialogs import CareDialog, ConsentDialog, NameDialog
from console.views.cases.reason_dialog import ReasonDialog
from tests.views.signed_in import BOTH_RUNNERS, ContextMaker, settle
from tests.views.test_cases_section import (
    GIACCA,
    PANCHINE,
    cases_view,
    open_case,
    save,
    visible,
)
from tests.views.test_cases_support import reads_of, seed


@pytest.fixture
def demo(engine: Engine) -> Engine:
    return seed(engine)


@pytest.fixture
def reasons(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer the reason dialog with the quick choice "case review"; each ask is recorded.
    Put "cancel" in the list first to cancel the next question instead."""
    asked: list[str] = []

    def answer(dialog: ReasonDialog) -> int:
        cancel = asked[-1:] == ["cancel"]
        asked.append(dialog.windowTitle())
        if cancel:
            return QDialog.DialogCode.Rejected
        dialog.choose("case review")
        assert dialog.ok.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReasonDialog, "exec", answer)
    return asked


def test_the_reason_is_asked_once_per_case_and_every_reading_is_audited(
    qtbot, demo: Engine, reasons: list[str]
) -> None:
    view = cases_view(qtbot, demo, "educatore")
    giacca = open_case(qtbot, view, GIACCA)
    notes = view.detail.notes
    assert notes.timeline.notes == ()  # not read before a reason is given
    assert notes.open_notes.isVisible()
    assert reads_of(demo, "cases", giacca) == []

    notes.open_notes.click()
    assert len(reasons) == 1
    assert [n.author_name for n in notes.timeline.notes] == ["Giulia Ferrari"] * 2
    assert reads_of(demo, "cases", giacca) == [("educatore", "case review")]
    assert notes.prompt.text() == "Reason given: case review"

    open_case(qtbot, view, PANCHINE)  # another case: its notes wait for their own reason
    assert notes.timeline.notes == ()
    open_case(qtbot, view, GIACCA)  # back: shown at once, not asked again, read again (audited)
    assert len(reasons) == 1
    assert len(notes.timeline.notes) == 2
    assert reads_of(demo, "cases", giacca) == [("educatore", "case review")] * 2
    view.refresh()  # a reload that changed no note keeps the timeline: no new reading
    assert len(notes.timeline.notes) == 2
    assert len(reads_of(demo, "cases", giacca)) == 2


def test_cancelling_the_reason_leaves_the_notes_unread(qtbot, demo, reasons) -> None:
    view = cases_view(qtbot, demo, "educatore")
    panchine = open_case(qtbot, view, PANCHINE)
    reasons.append("cancel")
    view.detail.notes.open_notes.click()
    assert view.detail.notes.timeline.notes == ()
    assert view.detail.notes.open_notes.isVisible()
    assert reads_of(demo, "cases", panchine) == []
    assert panchine not in view.reasons


@BOTH_RUNNERS
def test_add_a_note_and_amend_it(
    qtbot, demo: Engine, reasons: list[str], make_context: ContextMaker
) -> None:
    view = cases_view(qtbot, demo, "educatore", make=make_context)
    case_id = open_case(qtbot, view, PANCHINE)
    notes = view.detail.notes
    notes.open_notes.click()
    settle(qtbot, view.context)
    before = len(notes.timeline.notes)
    stored_before = _stored(demo, case_id)

    notes.add.click()
    dialog = visible(view, NoteDialog)
    assert dialog.chosen_audience() is Visibility.ORGANIZATION  # the narrowest for an educator
    assert not dialog.ok.isEnabled()
    dialog.body.setPlainText("Panchine occupate dalle 21; chiesto di abbassare la musica.")
    dialog.audience.setCurrentIndex(dialog.audience.findData(Visibility.SHARED))
    save(qtbot, dialog, view.context)
    assert len(notes.timeline.notes) == before + 1
    original = notes.timeline.notes[-1]
    assert original.visibility is Visibility.SHARED
    assert len(reasons) == 1  # reloading after the write did not ask again

    notes.timeline.sig_amend_requested.emit(original.id)  # the "Amend" link of the note
    amendment = visible(view, NoteDialog)
    assert amendment.amending == original
    assert amendment.chosen_audience() is Visibility.SHARED  # the audience of the original
    amendment.body.setPlainText("Correzione: dalle 22, non dalle 21.")
    save(qtbot, amendment, view.context)

    shown = {n.id: n for n in notes.timeline.notes}
    assert len(shown) == before + 2
    new = max(shown)
    assert shown[original.id].body == original.body  # the original stays as it was
    assert shown[original.id].amended_by == (new,)
    assert shown[new].amends_note_id == original.id
    html = notes.timeline.toHtml()
    assert "Amended" in html and f"#note-{new}" in html
    with db.session_scope(demo) as session:
        stored = session.get(CaseNote, original.id)
        assert stored.body == "Panchine occupate dalle 21; chiesto di abbassare la musica."
    assert _stored(demo, case_id) == stored_before + 2


def _stored(engine: Engine, case_id: int) -> int:
    """All the notes of the case, including those this reader is not in the audience of."""
    with db.session_scope(engine) as session:
        return len(session.scalars(select(CaseNote.id).where(CaseNote.case_id == case_id)).all())


@BOTH_RUNNERS
def test_consent_then_name_the_person(
    qtbot, demo: Engine, reasons: list[str], make_context: ContextMaker
) -> None:
    view = cases_view(qtbot, demo, "educatore", make=make_context)
    open_case(qtbot, view, GIACCA)
    view.detail.tabs.setCurrentIndex(TAB_PERSON)
    person = view.detail.person
    assert person.name.text() == "Giacca rossa"
    assert not person.name_person.isEnabled()  # no consent for the cooperative yet

    person.add_consent.click()
    consent = visible(view, ConsentDialog)
    consent.organization.setCurrentIndex(
        consent.organization.findText("Cooperativa Sociale Il Cortile")
    )
    save(qtbot, consent, view.context)
    assert [c.recipient_name for c in person.subject.consents] == ["Cooperativa Sociale Il Cortile"]
    assert person.name_person.isEnabled()

    person.name_person.click()
    name = visible(view, NameDialog)
    name.full_name.setText("Aldo  Ferrandi")
    name.year.setValue(1971)
    save(qtbot, name, view.context)
    assert person.subject.identification is Identification.NAMED
    assert person.name.text() == "Aldo Ferrandi"  # this organization has consent: the name

    person.show_profile.click()  # the whole profile: read with the case's reason, audited
    settle(qtbot, view.context)
    assert person.subject.profile
    assert "Born in 1971" in person.profile.text()
    assert len(reasons) == 1
    assert reads_of(demo, "subjects", person.subject.id) == [("educatore", "case review")]


@BOTH_RUNNERS
def test_a_social_worker_marks_the_person_in_care(
    qtbot, demo: Engine, make_context: ContextMaker
) -> None:
    view = cases_view(qtbot, demo, "assistente", make=make_context)
    open_case(qtbot, view, GIACCA)
    view.detail.tabs.setCurrentIndex(TAB_PERSON)
    person = view.detail.person
    assert person.mark_care.isVisibleTo(view)
    person.mark_care.click()
    dialog = visible(view, CareDialog)
    dialog.reference.setText("SST-2026-0200")
    save(qtbot, dialog, view.context)
    assert person.subject.in_care
    educator = cases_view(qtbot, demo, "educatore", make=make_context)
    open_case(qtbot, educator, GIACCA)
    educator.detail.tabs.setCurrentIndex(TAB_PERSON)
    assert not educator.detail.person.mark_care.isVisibleTo(educator)
    assert educator.detail.person.care.text() == "in care"  # not their reference


@BOTH_RUNNERS
def test_a_legal_basis_from_the_list_and_a_stranger_refused(
    qtbot, demo: Engine, make_context: ContextMaker
) -> None:
    view = cases_view(qtbot, demo, "educatore", make=make_context)
    open_case(qtbot, view, GIACCA)
    view.detail.tabs.setCurrentIndex(TAB_PERSON)
    person = view.detail.person
    person.add_consent.click()
    consent = visible(view, ConsentDialog)
    assert not consent.basis.isEnabled()  # the person's consent needs no reference
    consent.organization.setCurrentIndex(
        consent.organization.findText("Servizio Sociale Territoriale")
    )
    consent.basis_choice.setCurrentIndex(consent.basis_choice.findData(LegalBasis.PUBLIC_TASK))
    assert consent.basis.isEnabled()
    consent.basis.setPlainText("L. 328/2000, art. 22")
    save(qtbot, consent, view.context)
    recorded = person.subject.consents[-1]
    assert (recorded.basis, recorded.legal_basis) == (
        LegalBasis.PUBLIC_TASK,
        "L. 328/2000, art. 22",
    )
    assert recorded.recorded_by.endswith("Ferrari")

    # The police never met this person: recording a consent for themselves is refused.
    officer = cases_view(qtbot, demo, "agente", make=make_context)
    open_case(qtbot, officer, GIACCA)
    officer.detail.tabs.setCurrentIndex(TAB_PERSON)
    officer.detail.person.add_consent.click()
    mine = visible(officer, ConsentDialog)
    mine.organization.setCurrentIndex(mine.organization.findText("Polizia Locale di Cremona"))
    mine.ok.click()
    settle(qtbot, officer.context)
    assert mine.isVisible()
    assert "Only the organization that holds this record" in mine.refused.text()
    with db.session_scope(demo) as session:
        police = session.scalar(
            select(Consent.id)
            .join(Organization, Organization.id == Consent.recipient_organization_id)
            .where(Organization.short_name == "Polizia Locale")
        )
    assert police is None
