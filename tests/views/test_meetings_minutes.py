"""The Minutes tab, on both runners: paragraphs per audience (the narrowest one for the role
first), seen as "Restricted" by another agency at its own workstation, amended (the original
kept), approved (the meeting closes and its tabs turn read-only), refused when the minutes
were approved meanwhile, and exported as a PDF per audience."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import Engine

from console.models import MeetingStatus, Role, Visibility
from console.services.meetings import agenda
from console.services.meetings.common import MeetingError
from console.views.common.errors import error_text
from console.views.common.events import EventsHub
from console.views.meetings.export_dialog import ExportMinutesDialog, exportable_audiences
from console.views.meetings.minute_dialog import MinuteDialog
from console.views.meetings.minutes_html import AMEND_SCHEME
from console.views.meetings.models import MeetingsModel
from tests.factories import ROME
from tests.services.casework_world import run
from tests.services.meetings_world import World, make_world, start_meeting
from tests.views.signed_in import BOTH_RUNNERS, ContextMaker, settle
from tests.views.test_meetings_support import (
    approve,
    detail_of,
    meetings_view,
    minutes_text,
    plan,
    save,
    visible,
)

NOW = datetime.now(ROME).replace(minute=0, second=0, microsecond=0)
C, E, P, S, M = Role.COORDINATOR, Role.EDUCATOR, Role.OFFICER, Role.SOCIAL_WORKER, Role.MANAGER
SHARED, ORG, SOCIAL = Visibility.SHARED, Visibility.ORGANIZATION, Visibility.SOCIAL_SERVICES


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


@pytest.fixture
def meeting(engine: Engine, world: World) -> int:
    """A meeting under way with one item, "Piazza Roma"."""
    meeting_id = plan(engine, world, "Tavolo", NOW - timedelta(hours=1))
    run(engine, agenda.add_agenda_item, world.actor(C), meeting_id, "Piazza Roma")
    start_meeting(engine, world, meeting_id)
    return meeting_id


def write(qtbot, view, text: str, audience: Visibility | None = None, *contexts) -> MinuteDialog:
    view.detail.minutes.add.click()
    dialog = visible(view, MinuteDialog)
    dialog.body.setPlainText(text)
    if audience is not None:
        dialog.audience.setCurrentIndex(dialog.audience.findData(audience))
    save(qtbot, dialog, view.context, *contexts)
    return dialog


@pytest.mark.parametrize(
    ("role", "org", "offered", "default"),
    [
        (C, "coop", [SHARED, ORG], ORG),
        (E, "coop", [SHARED, ORG], ORG),
        (P, "pl", [SHARED, ORG], ORG),
        (S, "sst", [SHARED, ORG, SOCIAL], SOCIAL),
    ],
)
def test_the_audiences_offered_and_the_narrowest_first(
    qtbot, engine, world, meeting, role, org, offered, default
) -> None:
    view = meetings_view(qtbot, engine, world.actor(role, org))
    view.detail.minutes.add.click()
    dialog = visible(view, MinuteDialog)
    audiences = [dialog.audience.itemData(n) for n in range(dialog.audience.count())]
    assert audiences == offered
    assert dialog.chosen_audience() is default
    assert dialog.item.currentText() == "1. Piazza Roma"  # the item chosen in the Agenda tab
    assert not dialog.ok.isEnabled()  # nothing written yet
    dialog.reject()


@BOTH_RUNNERS
def test_paragraphs_per_audience_and_restricted_for_another_agency(
    qtbot, engine: Engine, world: World, meeting: int, make_context: ContextMaker
) -> None:
    hub = EventsHub()  # two workstations hearing the same changes
    coop = meetings_view(qtbot, engine, world.actor(C), hub, make=make_context)
    police = meetings_view(qtbot, engine, world.actor(P, "pl"), hub, make=make_context)
    both = (coop.context, police.context)
    write(qtbot, coop, "Serve un turno serale in più.", SHARED, police.context)
    write(qtbot, coop, "Il nostro educatore è in ferie.", None, police.context)  # default: org
    settle(qtbot, *both)

    text = minutes_text(coop)
    assert "Serve un turno serale in più." in text and "Il nostro educatore è in ferie." in text
    assert "Own organization" in text and "All partners" in text
    seen = minutes_text(police)
    assert "Serve un turno serale in più." in seen
    assert "Il nostro educatore è in ferie." not in seen
    assert "Restricted — COOP" in seen
    entries = detail_of(engine, world, meeting).minutes
    assert [(e.audience, e.agenda_item_id is not None) for e in entries] == [
        (SHARED, True),
        (ORG, True),
    ]
    assert police.detail.tabs.tabText(1) == "Minutes (2)"


@BOTH_RUNNERS
def test_amend_keeps_the_original(
    qtbot, engine: Engine, world: World, meeting: int, make_context: ContextMaker
) -> None:
    view = meetings_view(qtbot, engine, world.actor(C), make=make_context)
    write(qtbot, view, "Il turno è il martedì.", SHARED)
    original = view.detail.detail.minutes[0]
    view.detail.minutes.browser.anchorClicked.emit(QUrl(f"{AMEND_SCHEME}:{original.id}"))
    dialog = visible(view, MinuteDialog)
    assert dialog.windowTitle() == "Amend a paragraph of the minutes"
    assert not dialog.audience.isEnabled() and dialog.chosen_audience() is SHARED
    dialog.body.setPlainText("Il turno è il mercoledì.")
    save(qtbot, dialog, view.context)

    entries = view.detail.detail.minutes
    assert [e.body for e in entries] == ["Il turno è il martedì.", "Il turno è il mercoledì."]
    assert entries[0].amended and entries[1].amends_entry_id == original.id
    text = minutes_text(view)
    assert "Amended" in text and "Amends the paragraph of Coordinator COOP" in text


@BOTH_RUNNERS
def test_approving_closes_the_meeting_and_the_tabs_turn_read_only(
    qtbot, engine: Engine, world: World, meeting: int, make_context, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *_a: (asked.append(text), QMessageBox.StandardButton.Yes)[1],
    )
    view = meetings_view(qtbot, engine, world.actor(C), make=make_context)
    write(qtbot, view, "Si parte lunedì.", SHARED)
    panel = view.detail.minutes
    assert panel.approve.isEnabled()
    panel.approve.click()
    settle(qtbot, view.context)

    assert "closes the meeting" in asked[0]
    detail = view.detail.detail
    assert detail.meeting.status is MeetingStatus.CLOSED
    assert detail_of(engine, world, meeting).meeting.approved_at is not None
    assert not panel.add.isEnabled() and not panel.approve.isEnabled()
    assert panel.state.text() == "Approved: the minutes can only be amended."
    agenda_panel = view.detail.agenda
    assert not agenda_panel.act_add.isEnabled() and not agenda_panel.act_remove.isEnabled()
    assert not view.act_edit.isEnabled() and not view.act_start.isEnabled()
    assert view.model.index(0, MeetingsModel.COL_STATUS).data() == "Closed, minutes approved"
    # A correction is still possible, as an amendment.
    view.detail.minutes.browser.anchorClicked.emit(QUrl(f"{AMEND_SCHEME}:{detail.minutes[0].id}"))
    dialog = visible(view, MinuteDialog)
    dialog.body.setPlainText("Si parte martedì.")
    save(qtbot, dialog, view.context)
    assert len(detail_of(engine, world, meeting).minutes) == 2


@BOTH_RUNNERS
def test_minutes_approved_meanwhile_refuse_a_new_paragraph(
    qtbot, engine: Engine, world: World, meeting: int, make_context
) -> None:
    view = meetings_view(qtbot, engine, world.actor(E), make=make_context)
    view.detail.minutes.add.click()
    dialog = visible(view, MinuteDialog)
    dialog.body.setPlainText("Una cosa ancora.")
    approve(engine, world, meeting)  # at the coordinator's workstation
    dialog.ok.click()
    settle(qtbot, view.context)
    assert dialog.isVisible()
    assert dialog.refused.text() == error_text(MeetingError("meeting_closed", "", id=meeting))
    assert dialog.body.toPlainText() == "Una cosa ancora."
    dialog.reject()


# -- export --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "org", "audiences"),
    [
        (C, "coop", [SHARED, ORG]),
        (S, "sst", [SHARED, ORG, SOCIAL]),
        (M, "comune", [SHARED]),
    ],
)
def test_the_minutes_one_may_export(world: World, role, org, audiences) -> None:
    assert exportable_audiences(world.actor(role, org)) == audiences


def test_export_the_minutes_of_an_audience(
    qtbot, engine: Engine, world: World, meeting: int, tmp_path: Path, monkeypatch
) -> None:
    pytest.importorskip("console.services.meetings.printout")
    target = tmp_path / "verbale"
    chosen: list[Visibility] = []

    def accept(dialog: ExportMinutesDialog) -> int:
        dialog.choices[ORG].setChecked(True)
        chosen.append(dialog.audience())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportMinutesDialog, "exec", accept)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "PDF documents (*.pdf)")
    )
    view = meetings_view(qtbot, engine, world.actor(C))
    write(qtbot, view, "Per tutti.", SHARED)
    view.detail.minutes.export.click()
    settle(qtbot, view.context)
    assert chosen == [ORG]
    pdf = target.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    boxes = [b for b in view.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and str(pdf) in boxes[0].text()
    boxes[0].done(0)
