"""Helpers for the Meetings section's view tests: the small meetings world of the service tests,
the section opened for one of its actors, and what its tabs show.

Named test_* so that it stays among the files of these tests; it holds no test itself.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import Engine

from console.models import Role
from console.services import access
from console.services.meetings import meetings, minutes
from console.services.meetings.rows import MeetingDetail, MeetingDraft
from console.views.common.events import EventsHub
from console.views.meetings import MeetingsView
from console.views.meetings.models import AgendaModel, MeetingsModel
from tests.services.casework_world import run
from tests.services.meetings_world import World
from tests.views.signed_in import ContextMaker, context_for, settle

HOUR = timedelta(hours=1)


def meetings_view(
    qtbot,
    engine: Engine,
    actor: access.Actor,
    hub: EventsHub | None = None,
    *,
    make: ContextMaker = context_for,
) -> MeetingsView:
    """The Meetings section of ``actor``, shown and loaded; ``make`` chooses the runner."""
    context = make(engine, actor, hub)
    view = MeetingsView(context)
    context.hub.sig_changed.connect(view.on_changed)
    qtbot.addWidget(view)
    view.resize(1290, 820)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.show()
    settle(qtbot, context)  # the badge too, asked for by a timer of its own
    return view


def titles(view: MeetingsView) -> list[str]:
    model = view.model
    return [model.index(r, MeetingsModel.COL_TITLE).data() for r in range(model.rowCount())]


def agenda_titles(view: MeetingsView) -> list[str]:
    model = view.detail.agenda.model
    return [model.index(r, AgendaModel.COL_TITLE).data() for r in range(model.rowCount())]


def choose(qtbot, view: MeetingsView, title: str) -> MeetingDetail:
    """Click the meeting's row and wait for its detail."""
    row = titles(view).index(title)
    view.table.setCurrentIndex(view.model.index(row, MeetingsModel.COL_TITLE))
    settle(qtbot, view.context)
    detail = view.detail.detail
    assert detail is not None and detail.meeting.title == title
    return detail


def visible(parent: QWidget, kind: type) -> QDialog:
    found = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def save(qtbot, dialog: QDialog, *contexts) -> None:
    """Click the dialog's Save and wait until it is accepted (the service said yes), then for
    the reloads that caused. The dialog deletes itself afterwards: read from it before."""
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok.click()
    settle(qtbot, *contexts)


def minutes_text(view: MeetingsView) -> str:
    return view.detail.minutes.browser.toPlainText()


def plan(engine: Engine, world: World, title: str, when: datetime, **draft: object) -> int:
    """A planned meeting of the cooperative's coordinator, every agency invited."""
    values = {"location": "Sala della Consulta", "organization_ids": tuple(world.orgs.values())}
    values.update(draft)
    row = run(
        engine,
        meetings.create_meeting,
        world.actor(Role.COORDINATOR),
        MeetingDraft(title=title, held_at=when, **values),  # type: ignore[arg-type]
    )
    return row.id


def detail_of(engine: Engine, world: World, meeting_id: int, role: Role = Role.COORDINATOR):
    return run(engine, meetings.meeting_detail, world.actor(role), meeting_id)


def approve(engine: Engine, world: World, meeting_id: int) -> None:
    version = detail_of(engine, world, meeting_id).meeting.version_id
    run(engine, minutes.approve_minutes, world.actor(Role.COORDINATOR), meeting_id, version)
