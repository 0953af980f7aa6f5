"""The Personal data section (administrators): the preview, the run with its confirmation and
progress (on both runners), periods saved or refused with a dialog, who sees what (no export in
the person panel of Cases)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import Engine, select

from console import db
from console.models import AuditEvent, Role
from console.services.retention import run
from console.services.retention.rules import RecordKind
from console.views.cases.detail import TAB_PERSON
from console.views.common.formatting import qdate
from console.views.retention import RetentionView
from console.views.retention.model import RetentionModel
from console.views.sections import SECTIONS
from tests.services import retention_world
from tests.services.retention_world import AS_OF, World
from tests.views.signed_in import BOTH_RUNNERS, ContextMaker, context_for, settle
from tests.views.test_cases_section import GIACCA, cases_view, open_case
from tests.views.test_cases_support import seed

M = RetentionModel


@pytest.fixture
def world(tmp_path: Path, qapp) -> Iterator[World]:
    built = retention_world.build(tmp_path / "console.db")
    yield built
    built.engine.dispose()


def section(qtbot, world: World, make: ContextMaker = context_for) -> RetentionView:
    context = make(world.engine, world.actors[Role.ADMIN])
    view = RetentionView(context)
    context.hub.sig_changed.connect(view.on_changed)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    with qtbot.waitSignal(view.sig_loaded):
        view.show()
    settle(qtbot, context)
    view.as_of.setDate(qdate(AS_OF))
    settle(qtbot, context)
    return view


def counts(view: RetentionView) -> dict[str, int]:
    model = view.model
    return {
        model.row(r).kind.value: model.index(r, M.COL_COUNT).data() for r in range(model.rowCount())
    }


def test_only_the_administrator_has_the_section(world: World) -> None:
    retention = next(s for s in SECTIONS if s.name == "retention")
    assert [r for r in Role if retention.visible_to(world.actors[r])] == [Role.ADMIN]


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, world: World) -> None:
    view = section(qtbot, world)
    qtmodeltester.check(view.model)


@BOTH_RUNNERS
def test_preview_then_run_with_confirmation(
    qtbot, world: World, make_context: ContextMaker
) -> None:
    view = section(qtbot, world, make_context)
    with db.read_scope(world.engine) as s:
        expected = run.preview_retention(s, world.actors[Role.ADMIN], AS_OF).counts()
    assert counts(view) == expected and view.plan is not None and view.plan.total > 0
    assert view.run_button.isEnabled()
    view.run_button.click()
    box = view.findChild(QMessageBox, "confirm_run")
    assert box is not None and box.isVisible()
    assert str(view.plan.total) in box.text()
    go = next(b for b in box.buttons() if b.text() == "Anonymise")
    go.click()
    settle(qtbot, view.context)
    qtbot.waitUntil(lambda: view._job is None and not view.progress.isVisible())
    settle(qtbot, view.context)
    assert "anonymised or removed" in view.summary.text()
    assert all(n == 0 for kind, n in counts(view).items() if kind != RecordKind.AUDIT.value), (
        counts(view)
    )
    with db.read_scope(world.engine) as s:
        entry = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert entry is not None and entry.action == "retention"
    for word in retention_world.WORDS_REMOVED:
        assert not retention_world.found_in_files(world.path, word), word


def test_cancelling_the_confirmation_changes_nothing(qtbot, world: World) -> None:
    view = section(qtbot, world)
    before = counts(view)
    view.run_button.click()
    box = view.findChild(QMessageBox, "confirm_run")
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    settle(qtbot, view.context)
    view.refresh()
    assert counts(view) == before


def _row_of(view: RetentionView, kind: RecordKind) -> int:
    return next(r for r in range(view.model.rowCount()) if view.model.row(r).kind is kind)


def test_a_changed_period_is_saved_and_the_preview_follows(qtbot, world: World) -> None:
    view = section(qtbot, world)
    index = view.model.index(_row_of(view, RecordKind.CASE_NOTES), M.COL_MONTHS)
    assert not view.save_button.isEnabled()
    assert view.model.setData(index, 120)
    assert view.save_button.isEnabled() and not view.run_button.isEnabled()
    view.save_button.click()
    settle(qtbot, view.context)
    row = _row_of(view, RecordKind.CASE_NOTES)
    assert view.model.index(row, M.COL_MONTHS).data() == 120
    assert view.model.index(row, M.COL_COUNT).data() == 0
    assert view.model.index(row, M.COL_EXAMPLE).data() == 60


def test_a_period_refused_says_why_in_a_dialog(
    qtbot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    view = section(qtbot, world)
    assert not view.model.setData(view.model.index(0, M.COL_MONTHS), 0)  # out of range
    index = view.model.index(_row_of(view, RecordKind.AUDIT), M.COL_MONTHS)
    assert view.model.setData(index, 24)
    view.save_button.click()
    settle(qtbot, view.context)
    assert len(shown) == 1 and "Audit entries must be kept at least" in shown[0]
    assert "60 months" in shown[0]


# -- the person panel ------------------------------------------------------------------------


@pytest.fixture
def demo(engine: Engine) -> Engine:
    return seed(engine)


@pytest.mark.parametrize("username", ["coordinatore", "educatore", "assistente"])
def test_the_person_panel_offers_no_export(qtbot, demo: Engine, username: str) -> None:
    """A person's export holds notes of every audience: it is the administrator's, from the
    Personal data section, never a partner's from the panel of a case."""
    view = cases_view(qtbot, demo, username)
    open_case(qtbot, view, GIACCA)
    view.detail.tabs.setCurrentIndex(TAB_PERSON)
    texts = [b.text().replace("&", "") for b in view.detail.person.findChildren(QPushButton)]
    assert texts and not [t for t in texts if "Export" in t], texts
