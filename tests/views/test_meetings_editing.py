"""Preparing a meeting in the Meetings section, on both runners: a new meeting starts from the
last one (next week, same weekday, 10:00, the same guests), a planned one is edited, and a
refusal of the services is shown in the dialog, everything typed kept."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine

from console.models import MeetingStatus, Role
from console.services.meetings import attendance
from console.services.meetings.common import MeetingError
from console.services.meetings.rows import MeetingRow
from console.services.planning.week import monday_of
from console.views.common.errors import error_text
from console.views.meetings.meeting_dialog import MeetingDialog, default_when
from tests.factories import ROME
from tests.services.casework_world import run
from tests.services.meetings_world import STATEMENT, World, make_world, start_meeting
from tests.views.signed_in import BOTH_RUNNERS, ContextMaker, settle
from tests.views.test_meetings_support import (
    choose,
    detail_of,
    meetings_view,
    plan,
    save,
    titles,
    visible,
)

TODAY = datetime.now(ROME).date()
DAY = timedelta(days=1)


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


def meeting_row(when: datetime, meeting_id: int = 1) -> MeetingRow:
    return MeetingRow(
        id=meeting_id, title="T", held_at=when, location="", status=MeetingStatus.PLANNED,
        version_id=1, organization_ids=(), organization_names=(), participants=(),
        open_actions=0, approved_at=None,
    )  # fmt: skip


def test_a_new_meeting_falls_on_the_last_meetings_weekday_next_week() -> None:
    wednesday = datetime(2026, 11, 25, 9, 30, tzinfo=ROME)
    friday = datetime(2026, 11, 27, tzinfo=ROME).date()
    # Last meeting on a Wednesday; today Friday of the same week: next week's Wednesday, 10:00.
    assert default_when([meeting_row(wednesday)], friday, ROME) == datetime(
        2026, 12, 2, 10, tzinfo=ROME
    )
    # A meeting already planned for a later week: the week after it.
    planned = meeting_row(datetime(2026, 12, 9, 10, tzinfo=ROME), 2)
    assert default_when([meeting_row(wednesday), planned], friday, ROME).date() == (
        datetime(2026, 12, 16).date()
    )
    # None yet: a week from today.
    assert default_when([], friday, ROME) == datetime(2026, 12, 4, 10, tzinfo=ROME)


@BOTH_RUNNERS
def test_create_a_meeting_from_the_last_one(
    qtbot, engine: Engine, world: World, make_context: ContextMaker
) -> None:
    last = TODAY - 8 * DAY  # a week and a day ago
    guest = world.person(Role.OFFICER, "pl")
    last_id = plan(
        engine, world, "Tavolo di novembre", datetime.combine(last, time(9), ROME),
        organization_ids=(world.orgs["coop"], world.orgs["pl"]), person_ids=(guest,),
    )  # fmt: skip
    start_meeting(engine, world, last_id)
    view = meetings_view(qtbot, engine, world.actor(Role.COORDINATOR), make=make_context)
    view.act_new.trigger()
    settle(qtbot, view.context)
    dialog = visible(view, MeetingDialog)
    assert dialog.title.text() == "Coordination meeting"
    held_at = dialog.held_at()
    assert held_at.weekday() == last.weekday() and held_at.time() == time(10)
    assert monday_of(held_at.date()) == monday_of(TODAY) + 7 * DAY
    assert set(dialog.organization_ids()) == {world.orgs["coop"], world.orgs["pl"]}
    coordinator = world.person(Role.COORDINATOR)  # attended the last meeting
    assert set(dialog.people.selected_ids()) == {guest, coordinator}
    assert dialog.place.text() == "Sala della Consulta"

    dialog.title.setText("Tavolo di dicembre")
    dialog.place.setText("Sala Quadri")
    dialog.people.set_checked(world.person(Role.SOCIAL_WORKER, "sst"), True)
    save(qtbot, dialog, view.context)

    assert titles(view)[0] == "Tavolo di dicembre"
    detail = view.detail.detail
    assert detail is not None and detail.meeting.title == "Tavolo di dicembre"
    assert detail.meeting.location == "Sala Quadri"
    assert detail.meeting.held_at == held_at
    assert {p.person_id for p in detail.meeting.participants} == {
        guest,
        coordinator,
        world.person(Role.SOCIAL_WORKER, "sst"),
    }


@BOTH_RUNNERS
def test_edit_a_planned_meeting(
    qtbot, engine: Engine, world: World, make_context: ContextMaker
) -> None:
    meeting_id = plan(engine, world, "Tavolo", datetime.combine(TODAY + 7 * DAY, time(10), ROME))
    view = meetings_view(qtbot, engine, world.actor(Role.COORDINATOR), make=make_context)
    assert view.act_edit.isEnabled()
    view.act_edit.trigger()
    settle(qtbot, view.context)
    dialog = visible(view, MeetingDialog)
    assert dialog.title.text() == "Tavolo" and dialog.windowTitle() == "Edit meeting — Tavolo"
    assert len(dialog.organization_ids()) == 4
    dialog.organizations.item(0).setCheckState(Qt.CheckState.Unchecked)  # the first by name
    dialog.time.setTime(dialog.time.time().addSecs(30 * 60))
    save(qtbot, dialog, view.context)

    meeting = detail_of(engine, world, meeting_id).meeting
    assert len(meeting.organization_ids) == 3
    assert meeting.held_at.astimezone(ROME).time() == time(10, 30)
    assert view.detail.detail.meeting.version_id == meeting.version_id


@BOTH_RUNNERS
def test_a_refusal_is_shown_in_the_dialog_with_everything_kept(
    qtbot, engine: Engine, world: World, make_context: ContextMaker
) -> None:
    meeting_id = plan(engine, world, "Tavolo", datetime.combine(TODAY, time(10), ROME))
    view = meetings_view(qtbot, engine, world.actor(Role.COORDINATOR), make=make_context)
    view.act_edit.trigger()
    settle(qtbot, view.context)
    dialog = visible(view, MeetingDialog)
    # Meanwhile the meeting starts, at another workstation.
    coordinator = world.actor(Role.COORDINATOR)
    person = world.person(Role.COORDINATOR)
    run(engine, attendance.record_attendance, coordinator, meeting_id, person, True, True)
    run(engine, attendance.start_meeting, coordinator, meeting_id, STATEMENT)

    dialog.place.setText("Sala Quadri")
    dialog.ok.click()
    settle(qtbot, view.context)
    assert dialog.isVisible()
    expected = error_text(MeetingError("meeting_already_started", "", id=meeting_id))
    assert dialog.refused.text() == expected and not dialog.refused.isHidden()
    assert dialog.place.text() == "Sala Quadri" and dialog.ok.isEnabled()
    dialog.reject()

    view.refresh()
    settle(qtbot, view.context)
    assert not view.act_edit.isEnabled()  # held: no longer prepared, but run
    assert choose(qtbot, view, "Tavolo").meeting.status is MeetingStatus.HELD


def test_guests_the_picker_does_not_offer_stay_invited(qtbot, engine: Engine, world) -> None:
    manager = world.person(Role.MANAGER, "comune")  # managers are never offered for shifts
    plan(
        engine, world, "Tavolo", datetime.combine(TODAY + DAY, time(10), ROME),
        person_ids=(manager,),
    )  # fmt: skip
    view = meetings_view(qtbot, engine, world.actor(Role.COORDINATOR))
    view.act_edit.trigger()
    dialog = visible(view, MeetingDialog)
    assert dialog.people.selected_ids() == ()
    assert dialog.draft().person_ids == (manager,)
    dialog.reject()
