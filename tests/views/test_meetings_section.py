"""The Meetings section: who sees it, the list (the next meeting on top), a meeting in detail,
the badge with the reader's open actions, and the minutes each reader may read — "Restricted"
with the agency for a partner beyond the audience, only the shared minutes for a manager."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from console.models import ActionStatus, AgendaKind, MeetingStatus, Role
from console.services.changes import Area
from console.services.meetings import actions, agenda, meetings, minutes
from console.services.meetings.rows import ActionDraft
from console.views.main_window import MainWindow
from console.views.meetings.meeting_mode import MeetingMode
from console.views.meetings.models import AgendaModel, MeetingsModel
from tests.factories import ROME
from tests.services.casework_world import run
from tests.services.meetings_world import (
    ORG,
    SHARED,
    SOCIAL,
    World,
    make_world,
    start_meeting,
)
from tests.views.signed_in import context_for, settle
from tests.views.test_cases_support import actor as demo_actor
from tests.views.test_cases_support import seed
from tests.views.test_meetings_support import (
    agenda_titles,
    approve,
    choose,
    meetings_view,
    minutes_text,
    plan,
    titles,
)

NOW = datetime.now(ROME).replace(minute=0, second=0, microsecond=0)
DAY = timedelta(days=1)
C, E, P, S, M, A = (
    Role.COORDINATOR,
    Role.EDUCATOR,
    Role.OFFICER,
    Role.SOCIAL_WORKER,
    Role.MANAGER,
    Role.ADMIN,
)


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


def held(engine: Engine, world: World, title: str, when: datetime, *present) -> int:
    meeting_id = plan(engine, world, title, when)
    start_meeting(engine, world, meeting_id, *present)
    return meeting_id


# -- who sees it ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "shown"), [(C, True), (E, True), (P, True), (S, True), (M, True), (A, False)]
)
def test_partners_and_managers_have_the_section(qtbot, engine, world, role, shown) -> None:
    context = context_for(engine, world.actor(role))
    window = MainWindow(context, location="/data/x.db", database_name="x.db", demo=False)
    qtbot.addWidget(window)
    assert window.has_section("meetings") is shown


@pytest.mark.parametrize(("role", "prepares"), [(C, True), (E, False), (S, False), (M, False)])
def test_only_coordinators_prepare_and_run(qtbot, engine, world, role, prepares) -> None:
    plan(engine, world, "Tavolo", NOW + 7 * DAY)
    view = meetings_view(qtbot, engine, world.actor(role))
    assert view.act_new.isVisible() is prepares
    assert view.act_edit.isVisible() is prepares
    assert view.act_start.isVisible() is prepares
    assert view.detail.agenda.findChildren(type(view.detail.agenda.table))  # the agenda is there
    assert view.detail.agenda.act_propose.isEnabled() is prepares
    assert view.detail.minutes.add.isHidden() is (role is M)


# -- the list ------------------------------------------------------------------------------------


def test_the_next_meeting_is_on_top_then_held_and_closed_newest_first(
    qtbot, engine: Engine, world: World
) -> None:
    plan(engine, world, "Fra due settimane", NOW + 14 * DAY)
    plan(engine, world, "La prossima", NOW + 7 * DAY, person_ids=(world.person(S, "sst"),))
    held(engine, world, "Della settimana scorsa", NOW - 7 * DAY)
    closed = held(engine, world, "Di due settimane fa", NOW - 14 * DAY)
    approve(engine, world, closed)
    held(engine, world, "Di tre settimane fa", NOW - 21 * DAY)

    view = meetings_view(qtbot, engine, world.actor(C))
    assert titles(view) == [
        "La prossima",
        "Fra due settimane",
        "Della settimana scorsa",
        "Di due settimane fa",
        "Di tre settimane fa",
    ]
    model = view.model
    statuses = [model.index(r, MeetingsModel.COL_STATUS).data() for r in range(5)]
    assert statuses == ["Planned", "Planned", "Held", "Closed, minutes approved", "Held"]
    assert model.index(0, MeetingsModel.COL_PLACE).data() == "Sala della Consulta"
    assert isinstance(model.index(0, 0).data(Qt.ItemDataRole.FontRole), QFont)  # the next one
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert view.count.text() == "Meetings: 5"
    # The next meeting is shown in detail at once, with its header.
    detail = view.detail
    assert detail.title.text() == "La prossima"
    assert "Sala della Consulta" in detail.facts.text() and "Planned" in detail.facts.text()
    assert detail.guests.text() == (
        "Organizations invited: COMUNE, COOP, PL, SST\nPeople: Social_Worker SST"
    )


def test_open_actions_are_counted_in_the_list(qtbot, engine: Engine, world: World) -> None:
    meeting_id = held(engine, world, "Tavolo", NOW - 7 * DAY)
    coordinator = world.actor(C)
    for text in ("Chiamare il comitato", "Riparare la luce"):
        draft = ActionDraft(text, world.person(E), None, (NOW + 7 * DAY).date())
        run(engine, actions.add_action, coordinator, meeting_id, draft)
    other = plan(engine, world, "Dopo", NOW + 7 * DAY)
    view = meetings_view(qtbot, engine, coordinator)
    assert titles(view) == ["Dopo", "Tavolo"]
    assert view.model.index(1, MeetingsModel.COL_ACTIONS).data() == "2"
    assert view.model.index(0, MeetingsModel.COL_ACTIONS).data() == ""
    # The Actions tab is the action tracker, for the meeting shown.
    tracker = view.detail.tracker
    assert tracker is not None and tracker.meeting_id == other
    choose(qtbot, view, "Tavolo")
    assert view.detail.tabs.tabText(2) == "Actions (2)"
    view.detail.tabs.setCurrentIndex(2)
    settle(qtbot, view.context)
    assert tracker.meeting_id == meeting_id and tracker.model.rowCount() == 2
    # An action added elsewhere reaches the tab when it is shown again.
    view.detail.tabs.setCurrentIndex(0)
    run(engine, actions.add_action, coordinator, meeting_id, draft)
    view.context.hub.sig_changed.emit(Area.MEETINGS, None)
    settle(qtbot, view.context)
    view.detail.tabs.setCurrentIndex(2)
    settle(qtbot, view.context)
    assert tracker.model.rowCount() == 3


# -- the badge -----------------------------------------------------------------------------------


def test_the_badge_counts_the_readers_open_actions(qtbot, engine: Engine, world: World) -> None:
    meeting_id = held(engine, world, "Tavolo", NOW - 7 * DAY)
    coordinator = world.actor(C)
    draft = ActionDraft("Chiamare il comitato", world.person(E), None, (NOW + DAY).date())
    first = run(engine, actions.add_action, coordinator, meeting_id, draft)

    view = meetings_view(qtbot, engine, world.actor(E))
    badges: list[str] = []
    view.sig_badge.connect(badges.append)
    view.refresh()
    assert badges[-1] == "1"
    assert view.mine.text() == "Your open actions: 1"

    # While the section is hidden, a change to meetings still updates the navigation's badge.
    view.hide()
    run(engine, actions.add_action, coordinator, meeting_id, draft)
    view.context.hub.sig_changed.emit(Area.MEETINGS, None)
    assert badges[-1] == "2"
    run(
        engine, actions.set_action_status, world.actor(E), first.id, first.version_id,
        ActionStatus.DONE,
    )  # fmt: skip
    run(engine, actions.set_action_status, coordinator, first.id + 1, 1, ActionStatus.DONE)
    view.context.hub.sig_changed.emit(Area.MEETINGS, None)
    assert badges[-1] == ""
    assert not view.mine.isVisibleTo(view)


# -- the minutes per reader ----------------------------------------------------------------------


@pytest.fixture
def written(engine: Engine, world: World) -> int:
    """A held meeting with one item and a paragraph of the cooperative for each audience (and
    one of the social services for theirs)."""
    meeting_id = held(engine, world, "Tavolo", NOW - DAY)
    coordinator = world.actor(C)
    item = run(engine, agenda.add_agenda_item, coordinator, meeting_id, "Piazza Roma")
    for body, audience in (("Per tutti i partner.", SHARED), ("Solo per la cooperativa.", ORG)):
        run(engine, minutes.add_minute_entry, coordinator, meeting_id, item.id, body, audience)
    social = world.actor(S, "sst")
    run(engine, minutes.add_minute_entry, social, meeting_id, item.id, "Per i servizi.", SOCIAL)
    return meeting_id


@pytest.mark.parametrize(
    ("role", "org", "reads", "restricted"),
    [
        (E, "coop", {"Per tutti i partner.", "Solo per la cooperativa."}, ["SST"]),
        (P, "pl", {"Per tutti i partner."}, ["COOP", "SST"]),
        (S, "sst", {"Per tutti i partner.", "Per i servizi."}, ["COOP"]),
    ],
)
def test_a_partner_sees_restricted_and_the_agency(
    qtbot, engine, world, written, role, org, reads, restricted
) -> None:
    view = meetings_view(qtbot, engine, world.actor(role, org))
    text = minutes_text(view)
    bodies = {"Per tutti i partner.", "Solo per la cooperativa.", "Per i servizi."}
    assert {b for b in bodies if b in text} == reads
    assert [o for o in ("COOP", "SST") if f"Restricted — {o}" in text] == restricted
    assert view.detail.tabs.tabText(1) == "Minutes (3)"


def test_a_manager_reads_only_the_shared_minutes(qtbot, engine, world, written) -> None:
    view = meetings_view(qtbot, engine, world.actor(M))
    text = minutes_text(view)
    assert "Per tutti i partner." in text
    assert "Solo per la cooperativa." not in text and "Per i servizi." not in text
    assert "Restricted" not in text and "Amend" not in text
    assert view.detail.tabs.tabText(1) == "Minutes (1)"
    assert view.detail.minutes.add.isHidden()
    assert view.detail.minutes.approve.isHidden()


def test_the_agenda_says_what_each_item_is_about(qtbot, engine, world) -> None:
    meeting_id = plan(engine, world, "Tavolo", NOW + 7 * DAY)
    coordinator = world.actor(C)
    run(engine, agenda.add_agenda_item, coordinator, meeting_id, "Varie")
    run(
        engine, agenda.add_agenda_item, coordinator, meeting_id, "Serate in piazza",
        agenda.AgendaKind.ZONE, world.zones["roma"],
    )  # fmt: skip
    view = meetings_view(qtbot, engine, coordinator)
    model = view.detail.agenda.model
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows == [
        ["1", "Varie", "Other business", "Added by hand"],
        ["2", "Serate in piazza", "Zone: Piazza Roma", "Added by hand"],
    ]
    assert model.headerData(AgendaModel.COL_WHY, Qt.Orientation.Horizontal) == "Why"


def test_a_title_without_spaces_does_not_widen_the_window(qtbot, engine, world) -> None:
    """A title, place or note without spaces (a pasted link, a code) is one word a label
    cannot wrap: the detail grew as wide as the word and pushed the window off the screen."""
    word = "x" * 200
    link = "https://www.comune.cremona.it/" + "documenti/" * 15 + "verbale.pdf"
    meeting_id = plan(engine, world, word, NOW + DAY, location=link)
    coordinator = world.actor(C)
    item = run(engine, agenda.add_agenda_item, coordinator, meeting_id, "Varie")
    run(engine, agenda.edit_agenda_item, coordinator, item.id, item.version_id, "Varie", link)
    view = meetings_view(qtbot, engine, coordinator)
    assert view.detail.detail is not None and view.detail.detail.meeting.title == word
    assert view.detail.agenda.notes.text().endswith(link)
    assert view.minimumSizeHint().width() < 1290
    assert view.width() == 1290 and view.detail.geometry().right() < view.width()
    assert view.detail.title.toolTip() == word  # whole where it is cut


# -- meeting mode --------------------------------------------------------------------------------


def test_start_meeting_opens_meeting_mode_and_reloads_after(qtbot, engine, world) -> None:
    meeting_mode = pytest.importorskip("console.views.meetings.meeting_mode")
    plan(engine, world, "Tavolo", NOW + DAY)
    view = meetings_view(qtbot, engine, world.actor(C))
    assert view.act_start.shortcut().toString() == "Shift+F5"
    view.act_start.trigger()
    settle(qtbot, view.context)
    mode = view.mode
    assert isinstance(mode, meeting_mode.MeetingMode) and mode.isVisible()
    with qtbot.waitSignal(view.sig_loaded):
        mode.close()
    assert view.mode is None


def test_starting_again_brings_the_open_meeting_mode_forward(qtbot, engine, world) -> None:
    """On a laptop beside the projector, Start (or Shift+F5) pressed again in the main window
    opened a second meeting mode; closing the first then deleted the second under the room."""
    plan(engine, world, "Tavolo", NOW + DAY)
    view = meetings_view(qtbot, engine, world.actor(C))
    view.act_start.trigger()
    settle(qtbot, view.context)
    first = view.mode
    view.act_start.trigger()
    settle(qtbot, view.context)
    assert view.mode is first
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, MeetingMode)]
    assert [w for w in opened if w.isVisible()] == [first]
    with qtbot.waitSignal(view.sig_loaded):
        first.close()
    assert view.mode is None
    view.act_start.trigger()  # and once closed, Start opens it again
    settle(qtbot, view.context)
    assert view.mode is not None and view.mode is not first and view.mode.isVisible()
    view.mode.close()


def test_a_manager_reads_no_case_on_the_demos_agenda(qtbot, engine: Engine) -> None:
    seed(engine)
    view = meetings_view(qtbot, engine, demo_actor(engine, "dirigente"))
    detail = view.detail.detail
    assert detail is not None and detail.meeting.status is MeetingStatus.PLANNED
    shown = agenda_titles(view)
    kinds = [item.kind for item in detail.agenda]
    assert AgendaKind.REFERRAL in kinds and AgendaKind.CASE in kinds
    for kind, title in zip(kinds, shown, strict=True):
        if kind is AgendaKind.CASE:
            assert title == "A case (for the partners only)"
        if kind is AgendaKind.REFERRAL:
            assert title == "A referral (for the partners only)"
    partner = meetings_view(qtbot, engine, demo_actor(engine, "educatore"))
    titles_read = agenda_titles(partner)
    assert "A case (for the partners only)" not in titles_read
    assert "A referral (for the partners only)" not in titles_read


def test_the_models_pass_qts_model_tester(qtmodeltester, engine: Engine, world: World) -> None:
    meeting_id = plan(engine, world, "Tavolo", NOW + DAY)
    coordinator = world.actor(C)
    run(engine, agenda.add_agenda_item, coordinator, meeting_id, "Varie")
    detail = run(engine, meetings.meeting_detail, coordinator, meeting_id)
    listed = MeetingsModel()
    listed.set_rows([detail.meeting, detail.meeting])
    qtmodeltester.check(listed)
    items = AgendaModel(cases_visible=False)
    items.set_rows(detail.agenda)
    qtmodeltester.check(items)
