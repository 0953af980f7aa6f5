"""Meeting mode, driven as a coordinator at the projector: attendance with the confidentiality
statement, begin, the items one at a time with their data for the room, a decision turned into a
shift, an action, the keys; a room without social services sees their note as "Restricted"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import Engine, select

from console import db
from console.models import (
    ActionItem,
    AgendaKind,
    Decision,
    EffectKind,
    MeetingStatus,
    Role,
    Shift,
    Signal,
    SignalKind,
    Visibility,
)
from console.services.cases import casework
from console.services.meetings import agenda, meetings
from console.services.meetings.rows import MeetingDraft
from console.views.common.section import ViewContext
from console.views.meetings.action_dialogs import ActionDialog
from console.views.meetings.confidentiality import standard_statement
from console.views.meetings.decision_dialogs import DecisionDialog, DecisionShiftDialog
from console.views.meetings.meeting_mode import MeetingMode, open_meeting_mode
from tests.services.casework_world import run
from tests.services.meetings_world import HELD_AT, World, make_world
from tests.views.signed_in import BOTH_RUNNERS, ContextMaker, settle

C, E, P, S = Role.COORDINATOR, Role.EDUCATOR, Role.OFFICER, Role.SOCIAL_WORKER
SHARED_NOTE = "Panchine occupate la sera; musica alta fino a tardi."
SOCIAL_NOTE = "Colloquio al servizio: situazione abitativa precaria."
POLICE_NOTE = "Due controlli in settimana, nessuna sanzione."
INVITED = ((C, "coop"), (E, "coop"), (P, "pl"), (S, "sst"))


@dataclass(frozen=True)
class Prepared:
    world: World
    meeting_id: int
    zone_item: int
    case_item: int


def prepare(engine: Engine, invited: tuple[tuple[Role, str], ...] = INVITED) -> Prepared:
    """The meetings world, a case with a note for each audience, signals in piazza Roma, and a
    planned meeting inviting ``invited`` with a zone item and a case item."""
    world = make_world(engine)
    for role, org, audience, text in (
        (E, "coop", Visibility.SHARED, SHARED_NOTE),
        (S, "sst", Visibility.SOCIAL_SERVICES, SOCIAL_NOTE),
        (P, "pl", Visibility.ORGANIZATION, POLICE_NOTE),
    ):
        run(engine, casework.add_note, world.actor(role, org), world.case_id, text, audience)
    now = datetime.now(HELD_AT.tzinfo)
    with db.session_scope(engine) as session:
        for day in range(1, 26, 2):
            session.add(
                Signal(
                    kind=list(SignalKind)[day % 3],
                    occurred_at=now - timedelta(days=day, hours=3),
                    zone_id=world.zones["roma"],
                    category="schiamazzi" if day % 2 else "bivacco",
                    summary=f"Segnalazione {day}",
                )
            )
    coordinator = world.actor(C)
    draft = MeetingDraft(
        title="Tavolo di coordinamento",
        held_at=HELD_AT,
        location="Sala della Consulta",
        organization_ids=tuple(world.orgs.values()),
        person_ids=tuple(world.person(role, org) for role, org in invited),
    )
    meeting_id = run(engine, meetings.create_meeting, coordinator, draft).id
    zone_item = run(
        engine, agenda.add_agenda_item, coordinator, meeting_id, "Piazza Roma la sera",
        AgendaKind.ZONE, world.zones["roma"],
    ).id  # fmt: skip
    case_item = run(
        engine, agenda.add_agenda_item, coordinator, meeting_id, "Panchine di piazza Marconi",
        AgendaKind.CASE, None, world.case_id,
    ).id  # fmt: skip
    return Prepared(world, meeting_id, zone_item, case_item)


@pytest.fixture
def prepared(engine: Engine) -> Prepared:
    return prepare(engine)


def open_mode(qtbot, context: ViewContext, meeting_id: int) -> MeetingMode:
    mode = open_meeting_mode(context, meeting_id, None)
    qtbot.addWidget(mode)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: mode.detail is not None)
    return mode


def visible(kind: type) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def press(qtbot, mode: MeetingMode, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key in meeting mode's window (made active: offscreen, windows are not by themselves)."""
    mode.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)
    qtbot.keyClick(QApplication.focusWidget() or mode, key, modifier)


def attend(qtbot, mode: MeetingMode, *people: int) -> None:
    """Tick Present and Acknowledged for each person, as the coordinator reads the statement."""
    for person_id in people:
        row = mode.attendance.rows[person_id]
        row.present.click()
        settle(qtbot, mode.context)
        qtbot.waitUntil(lambda r=row: r.present.isEnabled())
        row = mode.attendance.rows[person_id]
        row.acknowledged.click()
        settle(qtbot, mode.context)
        qtbot.waitUntil(lambda r=row: r.participant.acknowledged_at is not None)


def shown_item(qtbot, mode: MeetingMode, item_id: int) -> None:
    qtbot.waitUntil(lambda: mode.view is not None and mode.view.item.id == item_id)
    settle(qtbot, mode.context)


def save(qtbot, dialog: QDialog, context: ViewContext) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok.click()
    settle(qtbot, context)


# -- a whole meeting -------------------------------------------------------------------------


@BOTH_RUNNERS
def test_a_whole_meeting(qtbot, prepared: Prepared, engine: Engine, make_context: ContextMaker):
    world = prepared.world
    context = make_context(engine, world.actor(C))
    mode = open_mode(qtbot, context, prepared.meeting_id)
    assert mode.pages.currentWidget() is mode.attendance
    assert mode.attendance.statement.text() == standard_statement()
    assert set(mode.attendance.rows) == {world.person(r, o) for r, o in INVITED}
    assert not mode.attendance.begin.isEnabled()  # nobody present yet

    # Left and Right do not leave attendance before the meeting begins.
    press(qtbot, mode, Qt.Key.Key_Right)
    assert mode.pages.currentWidget() is mode.attendance

    present = [world.person(C), world.person(E), world.person(P, "pl")]
    attend(qtbot, mode, *present)
    assert mode.attendance.begin.isEnabled()
    mode.attendance.begin.click()
    settle(qtbot, context)
    shown_item(qtbot, mode, prepared.zone_item)
    assert mode.detail.meeting.status is MeetingStatus.HELD
    assert mode.item_page.title.text() == "Piazza Roma la sera"
    assert mode.item_page.bodies.currentWidget() is mode.item_page.zone
    assert mode.item_page.zone.chart is not None
    assert mode.item_page.zone.signals_model.rowCount() > 0
    with db.session_scope(engine) as session:
        acknowledged = session.execute(
            select(db_participants().c.person_id).where(
                db_participants().c.meeting_id == prepared.meeting_id,
                db_participants().c.acknowledged_at.is_not(None),
            )
        ).scalars()
        assert set(acknowledged) == set(present)

    # A decision on the zone, turned into next week's shift in piazza Roma.
    press(qtbot, mode, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    decision_dialog = visible(DecisionDialog)
    decision_dialog.text.setPlainText("Uscita congiunta in piazza Roma giovedì sera.")
    save(qtbot, decision_dialog, context)
    qtbot.waitUntil(lambda: mode.decisions.decisions.count() == 1)
    decision = mode.decisions.selected_decision()
    assert decision is not None and decision.effect_kind is None
    assert mode.decisions.turn.isEnabled()
    mode.decisions.effect_actions[EffectKind.SHIFT].trigger()
    settle(qtbot, context)
    shift_dialog = visible(DecisionShiftDialog)
    draft = shift_dialog.draft()
    assert draft.zone_id == world.zones["roma"]
    local = draft.starts_at.astimezone(context.settings.time_zone())
    assert local.date() == HELD_AT.date() + timedelta(days=7)
    assert draft.objectives == "Uscita congiunta in piazza Roma giovedì sera."
    shift_dialog.picker.set_checked(world.person(E), True)
    shift_dialog.picker.set_checked(world.person(P, "pl"), True)
    save(qtbot, shift_dialog, context)
    qtbot.waitUntil(lambda: "→ shift on" in mode.decisions.decisions.item(0).text())
    with db.session_scope(engine) as session:
        stored = session.get(Decision, decision.id)
        assert stored.effect_kind is EffectKind.SHIFT
        shift = session.get(Shift, stored.effect_id)
        assert shift is not None and shift.zone_id == world.zones["roma"]
        assert {a.person_id for a in shift.assignments} == {world.person(E), world.person(P, "pl")}

    # To the case, then an action on it.
    press(qtbot, mode, Qt.Key.Key_Right)
    shown_item(qtbot, mode, prepared.case_item)
    assert mode.item_page.bodies.currentWidget() is mode.item_page.case
    press(
        qtbot,
        mode,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    action_dialog = visible(ActionDialog)
    action_dialog.text.setPlainText("Contattare il gestore del bar per l'orario di chiusura.")
    action_dialog.choose_owner(world.person(P, "pl"))
    assert action_dialog.organization.currentData() == world.orgs["pl"]  # the owner's agency
    save(qtbot, action_dialog, context)
    qtbot.waitUntil(lambda: mode.decisions.actions.count() == 1)
    with db.session_scope(engine) as session:
        action = session.scalars(select(ActionItem)).one()
        assert action.agenda_item_id == prepared.case_item
        assert action.owner_id == world.person(P, "pl")
        assert action.organization_id == world.orgs["pl"]
        assert action.due_on is not None

    # The end of the agenda, and back to the first item.
    press(qtbot, mode, Qt.Key.Key_End)
    assert mode.position == len(mode.agenda) - 1
    press(qtbot, mode, Qt.Key.Key_Home)
    shown_item(qtbot, mode, prepared.zone_item)
    assert mode.decisions.decisions.count() == 1


def db_participants():
    from console.models import meeting_participants

    return meeting_participants
