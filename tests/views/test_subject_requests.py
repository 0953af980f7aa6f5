"""Requests from a person, in the administrator's Personal data section: the search (audited,
refused in a dialog without a reason or words), the export with its progress, a correction that
keeps the original, an erasure confirmed with what it removes or refused by a legal obligation
with why and what to do; on the synchronous and the threaded runner."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from console import db
from console.models import (
    AuditEvent,
    Consent,
    LegalBasis,
    Organization,
    Role,
    Subject,
    SubjectAmendment,
)
from console.services.retention.rules import MARKER
from console.views.retention import RetentionView
from console.views.retention.export_dialog import SubjectExportDialog
from console.views.retention.people_model import PeopleFoundModel
from console.views.retention.request_dialogs import CorrectDialog, EraseDialog
from console.views.retention.requests_panel import RequestsPanel
from tests.services import retention_world
from tests.services.retention_world import World
from tests.views.signed_in import BOTH_RUNNERS, ContextMaker, context_for, settle
from tests.views.test_cases_section import save

P = PeopleFoundModel


@pytest.fixture
def world(tmp_path: Path, qapp) -> Iterator[World]:
    built = retention_world.build(tmp_path / "console.db")
    yield built
    built.engine.dispose()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *_a: shown.append((title, text))
    )
    return shown


def panel(qtbot, world: World, make: ContextMaker = context_for) -> RequestsPanel:
    context = make(world.engine, world.actors[Role.ADMIN])
    view = RetentionView(context)
    qtbot.addWidget(view)
    view.resize(1100, 650)
    with qtbot.waitSignal(view.sig_loaded):
        view.show()
    settle(qtbot, context)
    view.tabs.setCurrentWidget(view.requests)
    return view.requests


def search(qtbot, requests: RequestsPanel, words: str, reason: str = "richiesta n. 7") -> None:
    requests.search_edit.setText(words)
    requests.reason_edit.setText(reason)
    requests.find_button.click()
    settle(qtbot, requests.context)


def last_audit_id(world: World) -> int:
    with db.read_scope(world.engine) as s:
        return s.scalar(select(func.max(AuditEvent.id))) or 0


def dialog_of(requests: RequestsPanel, kind: type) -> object:
    found = [d for d in requests.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def keep_by_law(world: World) -> str:
    with db.session_scope(world.engine) as s:
        police = s.scalars(select(Organization).order_by(Organization.id)).first()
        assert police is not None
        s.add(
            Consent(
                subject_id=world.subject_id,
                recipient_organization_id=police.id,
                basis=LegalBasis.LEGAL_OBLIGATION,
                legal_basis="art. 55 c.p.p.",
                given_on=date(2026, 11, 1),
            )
        )
        return police.name


# -- finding the person -------------------------------------------------------------------------


def test_the_people_found_pass_the_model_tester(qtbot, qtmodeltester, world: World) -> None:
    requests = panel(qtbot, world)
    search(qtbot, requests, "i")  # every nickname with an "i"
    assert requests.model.rowCount() >= 2
    qtmodeltester.check(requests.model)


@BOTH_RUNNERS
def test_a_search_shows_the_person_and_is_audited(
    qtbot, world: World, make_context: ContextMaker
) -> None:
    requests = panel(qtbot, world, make_context)
    assert not requests.export_button.isEnabled()
    before = last_audit_id(world)
    search(qtbot, requests, retention_world.NAME_WORD.lower(), "richiesta del 5 dicembre")
    model = requests.model
    assert model.rowCount() == 1
    assert model.index(0, P.COL_ID).data() == world.subject_id
    assert retention_world.NAME_WORD in model.index(0, P.COL_NAME).data()
    assert model.index(0, P.COL_CASES).data() == 1
    assert requests.export_button.isEnabled() and requests.erase_button.isEnabled()
    with db.read_scope(world.engine) as s:
        entries = s.scalars(select(AuditEvent).where(AuditEvent.id > before)).all()
        assert [(e.action, e.entity_id, e.justification) for e in entries] == [
            ("read", str(world.subject_id), "richiesta del 5 dicembre")
        ]
    search(qtbot, requests, "nessuno così")
    assert model.rowCount() == 0 and "Nobody found" in requests.status.text()
    assert not requests.erase_button.isEnabled()


@pytest.mark.parametrize(
    ("words", "reason", "expected"),
    [("Giacca", "  ", "reason"), ("   ", "richiesta", "Type a nickname")],
)
def test_a_search_without_a_reason_or_words_says_so_in_a_dialog(
    qtbot, world: World, warnings: list[tuple[str, str]], words: str, reason: str, expected: str
) -> None:
    requests = panel(qtbot, world)
    before = last_audit_id(world)
    search(qtbot, requests, words, reason)
    assert len(warnings) == 1 and expected in warnings[0][1], warnings
    assert requests.model.rowCount() == 0 and last_audit_id(world) == before


# -- export -------------------------------------------------------------------------------------


@BOTH_RUNNERS
def test_the_export_is_written_with_progress_and_audited(
    qtbot, world: World, tmp_path: Path, make_context: ContextMaker
) -> None:
    requests = panel(qtbot, world, make_context)
    search(qtbot, requests, "Fisarmonicista")
    requests.export_button.click()
    dialog = dialog_of(requests, SubjectExportDialog)
    assert isinstance(dialog, SubjectExportDialog)
    assert not dialog.ok.isEnabled() and "Say why" in dialog.refused.text()
    dialog.reason_edit.setText("richiesta dell'interessato, prot. 12")
    dialog.file_edit.setText(str(tmp_path / "persona.txt"))
    assert not dialog.ok.isEnabled() and ".json" in dialog.refused.text()
    out = tmp_path / "persona.json"
    dialog.file_edit.setText(str(out))
    assert dialog.ok.isEnabled()
    steps: list[tuple[int, int]] = []
    dialog.progress.valueChanged.connect(lambda v: steps.append((v, dialog.progress.maximum())))
    save(qtbot, dialog, requests.context)
    assert steps and steps[-1] == (3, 3)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["subject_id"] == world.subject_id
    assert retention_world.NOTE_WORD in out.read_text(encoding="utf-8")
    assert "persona.json" in requests.status.text()
    with db.read_scope(world.engine) as s:
        entry = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert entry is not None
        assert (entry.action, entry.username, entry.justification) == (
            "export",
            "admin",
            "richiesta dell'interessato, prot. 12",
        )


def test_the_export_as_pdf(qtbot, world: World, tmp_path: Path) -> None:
    from pypdf import PdfReader

    requests = panel(qtbot, world)
    search(qtbot, requests, "Fisarmonicista")
    requests.export_button.click()
    dialog = dialog_of(requests, SubjectExportDialog)
    assert isinstance(dialog, SubjectExportDialog)
    out = tmp_path / "persona.pdf"
    dialog.reason_edit.setText("richiesta")
    dialog.file_edit.setText(str(out))
    save(qtbot, dialog, requests.context)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert retention_world.NAME_WORD in text and retention_world.NOTE_WORD in text


def test_an_export_that_cannot_be_written_leaves_nothing(
    qtbot, world: World, tmp_path: Path
) -> None:
    requests = panel(qtbot, world)
    search(qtbot, requests, "Fisarmonicista")
    requests.export_button.click()
    dialog = dialog_of(requests, SubjectExportDialog)
    assert isinstance(dialog, SubjectExportDialog)
    before_files = [*(p.name for p in tmp_path.iterdir()), "persona.pdf"]
    taken = tmp_path / "persona.pdf"
    taken.mkdir()  # a folder where the file should go: the writing fails (as root too)
    dialog.reason_edit.setText("richiesta")
    dialog.file_edit.setText(str(taken))
    before = last_audit_id(world)
    dialog.ok.click()
    settle(qtbot, requests.context)
    assert dialog.isVisible() and "could not be" in dialog.refused.text()
    assert not dialog.progress.isVisible()
    assert not list(taken.iterdir()) and last_audit_id(world) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(before_files)


# -- correction ---------------------------------------------------------------------------------


@BOTH_RUNNERS
def test_a_correction_keeps_the_original(qtbot, world: World, make_context: ContextMaker) -> None:
    requests = panel(qtbot, world, make_context)
    search(qtbot, requests, str(world.subject_id))
    requests.correct_button.click()
    dialog = dialog_of(requests, CorrectDialog)
    assert isinstance(dialog, CorrectDialog)
    assert dialog.full_name.isEnabled()  # a named person
    assert not dialog.ok.isEnabled() and "Change at least one" in dialog.refused.text()
    old = dialog.full_name.text()
    dialog.full_name.setText("Yassine Morandini")
    assert not dialog.ok.isEnabled() and "Say why" in dialog.refused.text()
    dialog.full_name.setText("  ")
    dialog.reason_edit.setText("errore di trascrizione")
    assert not dialog.ok.isEnabled() and "full name cannot be empty" in dialog.refused.text()
    dialog.full_name.setText("Yassine Morandini")
    assert dialog.changes() == {"full_name": "Yassine Morandini"}
    save(qtbot, dialog, requests.context)
    assert requests.model.index(0, P.COL_NAME).data() == "Yassine Morandini"
    assert "corrected" in requests.status.text()
    with db.read_scope(world.engine) as s:
        rows = s.scalars(select(SubjectAmendment)).all()
        assert [(r.field, r.old_value, r.new_value, r.reason) for r in rows] == [
            ("full_name", old, "Yassine Morandini", "errore di trascrizione")
        ]


def test_a_correction_refused_changes_nothing_and_says_why(qtbot, world: World) -> None:
    requests = panel(qtbot, world)
    search(qtbot, requests, str(world.other_subject_id))
    requests.correct_button.click()
    dialog = dialog_of(requests, CorrectDialog)
    assert isinstance(dialog, CorrectDialog)
    assert not dialog.full_name.isEnabled()  # never named: nothing to correct there
    dialog.alias.setText("Giacca blu")
    dialog.description.setPlainText("Dorme\x07 sulla panchina")  # a control character
    dialog.reason_edit.setText("richiesta")
    dialog.ok.click()
    settle(qtbot, requests.context)
    assert dialog.isVisible() and dialog.refused.isVisible() and dialog.refused.text()
    assert dialog.alias.text() == "Giacca blu"  # nothing typed is lost
    with db.read_scope(world.engine) as s:
        subject = s.get(Subject, world.other_subject_id)
        assert subject is not None and subject.alias == "Giacca rossa"  # not half-written
        assert s.scalars(select(SubjectAmendment)).all() == []


# -- erasure ------------------------------------------------------------------------------------


@BOTH_RUNNERS
def test_an_erasure_says_what_it_removes_then_removes_it(
    qtbot, world: World, make_context: ContextMaker
) -> None:
    requests = panel(qtbot, world, make_context)
    search(qtbot, requests, "Fisarmonicista")
    requests.erase_button.click()
    dialog = dialog_of(requests, EraseDialog)
    assert isinstance(dialog, EraseDialog)
    intro = dialog.intro.text()
    assert "cases about them: 1" in intro and "cannot be undone" in intro
    assert not dialog.ok.isEnabled()
    dialog.reason_edit.setText("art. 17, richiesta del 5 dicembre")
    save(qtbot, dialog, requests.context)
    settle(qtbot, requests.context)
    assert "erased" in requests.status.text()
    qtbot.waitUntil(lambda: requests.model.index(0, P.COL_ALIAS).data() == MARKER)
    with db.read_scope(world.engine) as s:
        subject = s.get(Subject, world.subject_id)
        assert subject is not None and subject.full_name is None
        entry = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert entry is not None and entry.action == "erase"
    for word in (retention_world.ALIAS_WORD, retention_world.NAME_WORD):
        assert not retention_world.found_in_files(world.path, word), word


def _refusal_box(requests: RequestsPanel) -> QMessageBox:
    boxes = [b for b in requests.findChildren(QMessageBox, "cannot_erase") if b.isVisible()]
    assert len(boxes) == 1, boxes
    return boxes[0]


def test_a_legal_obligation_refuses_the_erasure_with_why_and_what_to_do(
    qtbot, world: World
) -> None:
    keeper = keep_by_law(world)
    requests = panel(qtbot, world)
    search(qtbot, requests, "Fisarmonicista")
    assert requests.model.index(0, P.COL_KEPT).data() == keeper
    before = last_audit_id(world)
    requests.erase_button.click()
    assert not [d for d in requests.findChildren(EraseDialog) if d.isVisible()]
    box = _refusal_box(requests)
    assert keeper in box.text() and "legal obligation" in box.text()
    assert "What to do" in box.informativeText() and "withdraws" in box.informativeText()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert last_audit_id(world) == before
    with db.read_scope(world.engine) as s:
        assert s.get(Subject, world.subject_id).alias != MARKER  # type: ignore[union-attr]


@BOTH_RUNNERS
def test_an_obligation_recorded_meanwhile_refuses_at_the_service(
    qtbot, world: World, make_context: ContextMaker
) -> None:
    """The list said nothing kept the data; the service, which decides, finds the consent
    recorded since and refuses: the same dialog says why, and nothing was changed."""
    requests = panel(qtbot, world, make_context)
    search(qtbot, requests, "Fisarmonicista")
    requests.erase_button.click()
    dialog = dialog_of(requests, EraseDialog)
    assert isinstance(dialog, EraseDialog)
    keeper = keep_by_law(world)
    dialog.reason_edit.setText("richiesta")
    with qtbot.waitSignal(dialog.rejected):
        dialog.ok.click()
    settle(qtbot, requests.context)
    assert keeper in _refusal_box(requests).text()
    qtbot.waitUntil(lambda: requests.model.index(0, P.COL_KEPT).data() == keeper)
    with db.read_scope(world.engine) as s:
        assert s.get(Subject, world.subject_id).alias != MARKER  # type: ignore[union-attr]
