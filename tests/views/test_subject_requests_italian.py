"""Requests from a person in Italian: the tab, the people found and each request's dialog (and
the refusal by a legal obligation) show only Italian texts and data."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import Engine, select

from console import db
from console.models import Consent, LegalBasis, Organization, Subject
from console.views.retention import RetentionView
from console.views.retention.export_dialog import SubjectExportDialog
from console.views.retention.request_dialogs import CorrectDialog, EraseDialog
from tests.views.italian import Italian, untranslated
from tests.views.test_italian import (  # noqa: F401 - the fixtures the tests below take
    _report,
    _window,
    demo_engine,
    demo_template,
    italian,
)


def _requests(qtbot, engine: Engine):
    window = _window(qtbot, engine, "retention")
    view = window.current_view()
    assert isinstance(view, RetentionView)
    view.tabs.setCurrentWidget(view.requests)
    requests = view.requests
    requests.search_edit.setText("a")
    requests.reason_edit.setText("richiesta del 5 dicembre")
    requests.find_button.click()
    QApplication.processEvents()
    assert requests.model.rowCount() > 0
    return window, requests


def _check(dialog: QDialog, catalogue: Italian) -> None:
    found = untranslated(dialog, catalogue)
    assert found == [], _report(found)


def test_the_requests_speak_italian(qtbot, demo_engine, italian) -> None:  # noqa: F811
    window, requests = _requests(qtbot, demo_engine)
    found = untranslated(window, italian)
    assert found == [], _report(found)
    for button, kind in (
        (requests.export_button, SubjectExportDialog),
        (requests.correct_button, CorrectDialog),
        (requests.erase_button, EraseDialog),
    ):
        button.click()
        dialog = next(d for d in requests.findChildren(kind) if d.isVisible())
        _check(dialog, italian)
        dialog.reject()


def test_the_refusal_by_law_speaks_italian(qtbot, demo_engine, italian) -> None:  # noqa: F811
    with db.session_scope(demo_engine) as s:
        subject = s.scalars(select(Subject).where(Subject.alias.is_not(None))).first()
        assert subject is not None
        s.add(
            Consent(
                subject_id=subject.id,
                recipient_organization_id=s.scalars(select(Organization.id)).first(),
                basis=LegalBasis.LEGAL_OBLIGATION,
                given_on=date(2026, 11, 1),
            )
        )
        alias = subject.alias
    _, requests = _requests(qtbot, demo_engine)
    row = next(r for r in range(requests.model.rowCount()) if requests.model.row(r).alias == alias)
    requests.table.selectRow(row)
    requests.erase_button.click()
    box = next(b for b in requests.findChildren(QMessageBox, "cannot_erase") if b.isVisible())
    _check(box, italian)
    assert "Cosa fare" in box.informativeText()
