"""Meeting mode, driven as a coordinator at the projector: attendance with the confidentiality
statement, begin, the items one at a time with their data for the room, a decision turned into a
shift, an action, the keys; a room without social services sees their note as "Restricted"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget
from sqlalchemy import Engine, select

from console import db
from console.models import (
    ActionItem,
    ActionStatus,
    AgendaKind,
    AuditEvent,
    Case,
    CaseNote,
    Decision,
    EffectKind,
    MeetingStatus,
    Referral,
    Role,
    Shift,
    Signal,
    SignalKind,
    Visibility,
    Zone,
    meeting_participants,
)
from console.services.cases import casework, referrals
from console.services.meetings import actions, agenda, meetings
from console.services.meetings.common import MeetingError
from console.services.meetings.rows import ActionDraft, MeetingDraft
from console.views.cases.case_dialogs import ReferDialog
from console.views.cases.note_dialog import NoteDialog
from console.views.common.section import ViewContext
from console.views.meetings import meeting_mode
from console.views.meetings.action_dialogs import ActionDialog, StatusReasonDialog
from console.views.meetings.confidentiality import standard_statement
from console.views.meetings.decision_dialogs import (
    DecisionDialog,
    DecisionShiftDialog,
    OwnerDialog,
    ReviewDateDialog,
    ThresholdDialog,
)
from console.views.meetings.decisions_panel import DecisionsPanel
from console.views.meetings.meeting_mode import MeetingMode, open_meeting_mode
from tests.services.casework_world import make_shift, run
from tests.services.meetings_world import (
    HELD_AT,
    World,
    held_meeting,
    make_world,
    plan_meeting,
    start_meeting,
)
from tests.views.signed_in import BOTH_RUNNERS, ContextMaker, context_for, settle

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
            select(meeting_participants.c.person_id).where(
                meeting_participants.c.meeting_id == prepared.meeting_id,
                meeting_participants.c.acknowledged_at.is_not(None),
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
    today = datetime.now(context.settings.time_zone()).date()
    assert action_dialog.due.date().toPython() == today + timedelta(days=14)  # no next meeting
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


# -- what the room sees ----------------------------------------------------------------------


def test_a_room_without_social_services_sees_their_note_restricted(
    qtbot, prepared: Prepared, engine: Engine
) -> None:
    world = prepared.world
    context = context_for(engine, world.actor(C))
    mode = open_mode(qtbot, context, prepared.meeting_id)
    attend(qtbot, mode, world.person(C), world.person(E), world.person(P, "pl"))
    mode.attendance.begin.click()
    shown_item(qtbot, mode, prepared.zone_item)
    press(qtbot, mode, Qt.Key.Key_Right)
    shown_item(qtbot, mode, prepared.case_item)
    assert mode.room_line.text() == "In the room: COOP · PL"

    cards = {card.note.organization_name: card for card in mode.item_page.case.cards()}
    assert set(cards) == {"COOP", "PL", "SST"}
    social = cards["SST"]
    assert social.note.restricted and social.note.body is None
    assert social.text.text() == "Restricted — a note of SST"  # the agency, never the text
    assert cards["COOP"].text.text() == SHARED_NOTE  # for all partners: shown
    assert cards["PL"].note.restricted  # the police's own, with the cooperative present
    page_text = " ".join(label.text() for label in mode.findChildren(QLabel))
    assert SOCIAL_NOTE not in page_text and POLICE_NOTE not in page_text
    assert "SST" in mode.item_page.case.agencies.text()

    # Read once for this item, whatever the coming and going.
    press(qtbot, mode, Qt.Key.Key_Left)
    shown_item(qtbot, mode, prepared.zone_item)
    press(qtbot, mode, Qt.Key.Key_Right)
    shown_item(qtbot, mode, prepared.case_item)
    with db.session_scope(engine) as session:
        reads = session.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == "cases",
                AuditEvent.entity_id == str(world.case_id),
                AuditEvent.justification == "coordination meeting",
            )
        ).all()
        assert [r.details for r in reads] == [
            {"meeting": prepared.meeting_id, "agenda_item": prepared.case_item}
        ]


@BOTH_RUNNERS
def test_the_room_line_follows_attendance_as_it_is_taken(
    qtbot, prepared: Prepared, engine: Engine, make_context: ContextMaker
) -> None:
    """It said "Nobody recorded as present yet" while the boxes were being ticked, until the
    meeting began."""
    world = prepared.world
    context = make_context(engine, world.actor(C))
    mode = open_mode(qtbot, context, prepared.meeting_id)
    assert mode.room_line.text() == "Nobody recorded as present yet"
    officer = mode.attendance.rows[world.person(P, "pl")].participant
    officer_row = mode.attendance.rows[officer.person_id]
    officer_row.present.click()
    settle(qtbot, context)
    qtbot.waitUntil(officer_row.present.isEnabled)
    assert mode.room_line.text() == f"In the room: {officer.organization_name}"
    assert mode.pages.currentWidget() is mode.attendance
    officer_row.present.click()  # not present after all
    settle(qtbot, context)
    qtbot.waitUntil(officer_row.present.isEnabled)
    assert mode.room_line.text() == "Nobody recorded as present yet"


def test_the_coordinator_at_the_keyboard_is_part_of_the_room(
    qtbot, prepared: Prepared, engine: Engine
) -> None:
    world = prepared.world
    context = context_for(engine, world.actor(C))
    mode = open_mode(qtbot, context, prepared.meeting_id)
    attend(qtbot, mode, world.person(C), world.person(S, "sst"))
    mode.attendance.begin.click()
    press(qtbot, mode, Qt.Key.Key_End)
    shown_item(qtbot, mode, prepared.case_item)
    cards = {card.note.organization_name: card for card in mode.item_page.case.cards()}
    # Shown only when everyone present may read it: the coordinator of the cooperative may
    # not read the social services' note, so it stays restricted even for this room.
    assert cards["SST"].note.restricted
    assert cards["COOP"].text.text() == SHARED_NOTE


# -- the keys --------------------------------------------------------------------------------


def test_the_keys(qtbot, prepared: Prepared, engine: Engine, monkeypatch) -> None:
    world = prepared.world
    run(
        engine, agenda.add_agenda_item, world.actor(C), prepared.meeting_id, "Varie",
    )  # fmt: skip
    context = context_for(engine, world.actor(C))
    mode = open_mode(qtbot, context, prepared.meeting_id)
    press(qtbot, mode, Qt.Key.Key_Right)  # not before the meeting begins
    assert mode.position == -1
    assert "begin the meeting first" in mode.message.text()
    attend(qtbot, mode, world.person(C))
    mode.attendance.begin.click()
    shown_item(qtbot, mode, prepared.zone_item)
    assert mode.item_page.position.text() == "Item 1 of 3"

    visited = []
    mode.sig_item_shown.connect(visited.append)
    for key, position in (
        (Qt.Key.Key_PageDown, 1),
        (Qt.Key.Key_Right, 2),
        (Qt.Key.Key_Right, 2),  # the last item stays
        (Qt.Key.Key_PageUp, 1),
        (Qt.Key.Key_Home, 0),
        (Qt.Key.Key_End, 2),
        (Qt.Key.Key_Left, 1),
    ):
        press(qtbot, mode, key)
        assert mode.position == position, key
        shown_item(qtbot, mode, mode.agenda[position].id)
    assert mode.item_page.title.text() == "Panchine di piazza Marconi"
    press(qtbot, mode, Qt.Key.Key_Home)
    press(qtbot, mode, Qt.Key.Key_Left)  # from the first item back to attendance
    assert mode.pages.currentWidget() is mode.attendance
    assert mode.attendance.begin.text() == "&Continue to the agenda"

    press(qtbot, mode, Qt.Key.Key_F1)
    assert mode.keys_help.isVisible()
    assert "Record a decision on the item" in " ".join(
        label.text() for label in mode.keys_help.findChildren(QLabel)
    )
    press(qtbot, mode, Qt.Key.Key_Escape)  # Esc first closes the keys
    assert not mode.keys_help.isVisible() and mode.isVisible()

    asked = []

    def answer(_parent, title, _text, *_args, **_kwargs):
        asked.append(title)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    press(qtbot, mode, Qt.Key.Key_Escape)
    assert asked == ["Leave meeting mode"] and mode.isVisible()  # "No": still there
    with qtbot.waitSignal(mode.sig_closed):
        press(qtbot, mode, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2


def test_the_keys_line_up_however_long_their_names(
    qtbot, prepared: Prepared, engine: Engine, monkeypatch
) -> None:
    """A key's name longer than the others (Italian's "Freccia destra, Pagina giù") pushed its
    meaning to the right of the other rows' meanings."""
    long_name = ("Right arrow, Page Down, or the presenter's next button", "Next item")
    monkeypatch.setattr(meeting_mode, "KEYS", (long_name, *meeting_mode.KEYS[1:]))
    context = context_for(engine, prepared.world.actor(C))
    mode = open_mode(qtbot, context, prepared.meeting_id)
    mode.showNormal()
    mode.resize(1440, 900)
    press(qtbot, mode, Qt.Key.Key_F1)
    assert mode.keys_help.isVisible()
    labels = mode.keys_help.findChildren(QLabel)
    meanings = {
        label.text(): label.mapTo(mode.keys_help, label.rect().topLeft()).x()
        for label in labels
        if label.text() in {meaning for _keys, meaning in meeting_mode.KEYS} | {"Next item"}
    }
    assert len(meanings) == len(meeting_mode.KEYS)
    assert len(set(meanings.values())) == 1, meanings
    help_box = mode.keys_help.geometry()
    assert mode.rect().contains(help_box), (help_box, mode.rect())


def test_an_empty_agenda_shows_no_empty_heading(qtbot, engine: Engine) -> None:
    """A meeting begun without items showed "The agenda is empty." under an empty dark box
    (the kind's chip, with no kind to name)."""
    world = make_world(engine)
    meeting_id = held_meeting(engine, world)
    context = context_for(engine, world.actor(C))
    mode = open_mode(qtbot, context, meeting_id)
    assert mode.started() and mode.agenda == ()
    page = mode.item_page
    assert mode.pages.currentWidget() is mode.items_widget
    assert page.title.text() == "The agenda is empty."
    assert not page.kind.isVisible() and page.position.text() == ""
    assert not page.status.isVisible() and not page.action_bar.isVisible()


def test_a_title_without_spaces_stays_on_the_projector(qtbot, engine: Engine) -> None:
    """The meeting's title in the bar and an item's title are one unwrappable word when they
    have no spaces: meeting mode grew wider than the projector's screen."""
    world = make_world(engine)
    meeting_id = held_meeting(engine, world, title="x" * 200)
    run(engine, agenda.add_agenda_item, world.actor(C), meeting_id, "y" * 200)
    context = context_for(engine, world.actor(C))
    mode = open_mode(qtbot, context, meeting_id)
    shown_item(qtbot, mode, mode.agenda[0].id)
    assert mode.item_page.title.text() == "y" * 200
    assert mode.minimumSizeHint().width() < 1440


def red_pixels(label: QLabel) -> int:
    """How many of the label's pixels are drawn in the room's alert red (or near it)."""
    image = label.grab().toImage()
    count = 0
    for x in range(image.width()):
        for y in range(image.height()):
            colour = QColor(image.pixel(x, y))
            count += colour.red() > 140 and colour.green() < 90 and colour.blue() < 90
    return count


def test_refusals_in_the_room_are_red(qtbot, prepared: Prepared, engine: Engine) -> None:
    """The room's rule for every label (black ink) outweighed the one for refusals: "Take
    attendance and begin the meeting first" and a refused attendance were shown in black."""
    context = context_for(engine, prepared.world.actor(C))
    mode = open_mode(qtbot, context, prepared.meeting_id)
    mode.showNormal()
    mode.resize(1440, 900)
    press(qtbot, mode, Qt.Key.Key_Right)  # not before the meeting begins
    assert mode.message.isVisible() and "begin the meeting first" in mode.message.text()
    assert red_pixels(mode.message) > 50
    assert mode.message.contentsMargins().left() > 0  # not against the screen's edge
    mode.attendance.refused.setText("Refused")
    mode.attendance.refused.show()
    assert red_pixels(mode.attendance.refused) > 20


# -- every effect of a decision --------------------------------------------------------------


def decide(qtbot, mode: MeetingMode, text: str) -> None:
    press(qtbot, mode, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = visible(DecisionDialog)
    dialog.text.setPlainText(text)
    save(qtbot, dialog, mode.context)
    qtbot.waitUntil(lambda: mode.decisions.selected_decision() is not None)
    assert mode.decisions.selected_decision().text == text


def turn_into(qtbot, mode: MeetingMode, kind: EffectKind, dialog_kind: type) -> QDialog:
    assert mode.decisions.turn.isEnabled()
    mode.decisions.effect_actions[kind].trigger()
    settle(qtbot, mode.context)
    return visible(dialog_kind)


def test_a_decision_turned_into_each_effect(qtbot, prepared: Prepared, engine: Engine) -> None:
    world = prepared.world
    start_meeting(engine, world, prepared.meeting_id, (C, "coop"), (E, "coop"), (P, "pl"))
    context = context_for(engine, world.actor(C))
    mode = open_mode(qtbot, context, prepared.meeting_id)
    shown_item(qtbot, mode, prepared.zone_item)  # under way: straight to the first item

    # The zone: a new review threshold; the effect's text says which.
    assert not mode.decisions.effect_actions[EffectKind.CASE_REVIEW].isEnabled()  # no case
    decide(qtbot, mode, "Abbassare la soglia di attenzione per piazza Roma.")
    dialog = turn_into(qtbot, mode, EffectKind.ZONE_THRESHOLD, ThresholdDialog)
    assert dialog.value() == 10.0 and not dialog.ok.isEnabled()  # the present one: no change
    dialog.threshold.setValue(6.5)
    save(qtbot, dialog, context)
    qtbot.waitUntil(lambda: "6.5 per week" in mode.decisions.decisions.item(0).text())
    assert not mode.decisions.turn.isEnabled()  # one effect per decision
    with qtbot.waitSignal(mode.decisions.sig_effect_activated) as shown:
        mode.decisions.decisions.itemActivated.emit(mode.decisions.decisions.item(0))
    assert shown.args == [EffectKind.ZONE_THRESHOLD, world.zones["roma"]]

    press(qtbot, mode, Qt.Key.Key_Right)
    shown_item(qtbot, mode, prepared.case_item)
    review_on = datetime.now(HELD_AT.tzinfo).date() + timedelta(days=21)
    decide(qtbot, mode, "Rivedere il caso fra tre settimane.")
    dialog = turn_into(qtbot, mode, EffectKind.CASE_REVIEW, ReviewDateDialog)
    dialog.review.set_value(review_on)
    save(qtbot, dialog, context)
    # The item's data follows: the summary now shows the new review date.
    qtbot.waitUntil(
        lambda: mode.view.case is not None and mode.view.case.next_review_on == review_on
    )

    decide(qtbot, mode, "Segnalare la situazione alla cooperativa: incontro con i vicini.")
    dialog = turn_into(qtbot, mode, EffectKind.NOTE, NoteDialog)
    assert dialog.text() == "Segnalare la situazione alla cooperativa: incontro con i vicini."
    save(qtbot, dialog, context)

    decide(qtbot, mode, "Inviare il caso al servizio sociale.")
    dialog = turn_into(qtbot, mode, EffectKind.REFERRAL, ReferDialog)
    dialog.organization.setCurrentIndex(dialog.organization.findData(world.orgs["sst"]))
    save(qtbot, dialog, context)

    decide(qtbot, mode, "Il caso passa all'educatore di strada.")
    dialog = turn_into(qtbot, mode, EffectKind.CASE_OWNER, OwnerDialog)
    dialog.owner.setCurrentIndex(dialog.owner.findData(world.person(E)))
    save(qtbot, dialog, context)

    texts = [mode.decisions.decisions.item(n).text() for n in range(4)]
    assert "→ case review on" in texts[0]
    assert "→ case note for All partners" in texts[1]
    assert "→ referral to Agency sst" in texts[2]
    assert "→ new owner: Educator COOP" in texts[3]
    with db.session_scope(engine) as session:
        effects = session.scalars(select(Decision.effect_kind).order_by(Decision.id)).all()
        assert effects == [
            EffectKind.ZONE_THRESHOLD,
            EffectKind.CASE_REVIEW,
            EffectKind.NOTE,
            EffectKind.REFERRAL,
            EffectKind.CASE_OWNER,
        ]
        case = session.get(Case, world.case_id)
        assert case.next_review_on == review_on and case.owner_id == world.person(E)
        assert session.get(Zone, world.zones["roma"]).review_threshold == 6.5
        referral = session.scalars(select(Referral)).one()
        assert referral.to_organization_id == world.orgs["sst"]
        assert referral.reason == "Inviare il caso al servizio sociale."  # prefilled
        notes = session.scalars(select(CaseNote.body).where(CaseNote.case_id == case.id)).all()
        assert "Segnalare la situazione alla cooperativa: incontro con i vicini." in notes


def test_the_decisions_panel_outside_meeting_mode(
    qtbot, prepared: Prepared, engine: Engine
) -> None:
    world = prepared.world
    later = HELD_AT + timedelta(days=14)
    plan_meeting(engine, world, held_at=later, title="Tavolo successivo")
    context = context_for(engine, world.actor(C))
    panel = DecisionsPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_item(prepared.meeting_id, prepared.case_item)
    assert panel.decide.isVisible() and not panel.decide.isEnabled()  # not started yet
    start_meeting(engine, world, prepared.meeting_id)
    panel.show_item(prepared.meeting_id, prepared.case_item)
    assert panel.decide.isEnabled()
    panel.decide.click()
    dialog = visible(DecisionDialog)
    dialog.text.setPlainText("Nessuna decisione: si aspetta il servizio sociale.")
    save(qtbot, dialog, context)
    assert panel.decisions.count() == 1
    panel.add.click()
    action = visible(ActionDialog)
    assert action.due.date().toPython() == later.date()  # due by the next meeting
    action.reject()
    officer = DecisionsPanel(context_for(engine, world.actor(P, "pl")))
    qtbot.addWidget(officer)
    officer.show_item(prepared.meeting_id, prepared.case_item)
    assert officer.decisions.count() == 1  # a partner reads it
    assert not officer.decide.isVisible() and not officer.add.isVisible()  # but runs nothing


# -- the other kinds of item -----------------------------------------------------------------


def test_carried_over_actions_referrals_and_next_weeks_planning(
    qtbot, prepared: Prepared, engine: Engine
) -> None:
    world = prepared.world
    coordinator = world.actor(C)
    earlier = held_meeting(
        engine, world, held_at=HELD_AT - timedelta(days=28), title="Tavolo di ottobre"
    )
    overdue_on = HELD_AT.date() - timedelta(days=5)
    draft = ActionDraft("Verificare l'illuminazione", world.person(P, "pl"), None, overdue_on)
    run(engine, actions.add_action, coordinator, earlier, draft)
    run(
        engine,
        referrals.refer_case,
        coordinator,
        world.case_id,
        world.orgs["sst"],
        "Presa in carico",
    )
    monday = HELD_AT.date() - timedelta(days=HELD_AT.weekday()) + timedelta(days=7)
    evening = datetime.combine(monday, time(18), HELD_AT.tzinfo)
    make_shift(
        engine, world.zones["roma"], evening, evening + timedelta(hours=4), (world.person(E),)
    )
    run(engine, agenda.propose_agenda, coordinator, prepared.meeting_id)
    start_meeting(engine, world, prepared.meeting_id, (C, "coop"), (P, "pl"))

    mode = open_mode(qtbot, context_for(engine, coordinator), prepared.meeting_id)
    kinds = {item.kind: item for item in mode.agenda}
    assert {AgendaKind.ACTIONS, AgendaKind.REFERRAL, AgendaKind.PLANNING} <= set(kinds)

    def facts_on_screen() -> str:
        labels = mode.item_page.facts.findChildren(QLabel)
        return " ".join(label.text() for label in labels if not label.isHidden())

    mode.go_to(mode.agenda.index(kinds[AgendaKind.ACTIONS]))
    shown_item(qtbot, mode, kinds[AgendaKind.ACTIONS].id)
    assert mode.item_page.reason.text() == "Action still open from an earlier meeting"
    text = facts_on_screen()
    assert "Officer PL" in text and "overdue" in text and "Tavolo di ottobre" in text
    # The room reviews it: not done, and why.
    bar = mode.item_page.action_bar
    assert bar.isVisible() and not bar.buttons[ActionStatus.OPEN].isEnabled()
    bar.buttons[ActionStatus.NOT_DONE].click()
    dialog = visible(StatusReasonDialog)
    dialog.reason.setPlainText("Il fornitore non ha ancora risposto.")
    save(qtbot, dialog, mode.context)
    qtbot.waitUntil(lambda: "Il fornitore non ha ancora risposto." in facts_on_screen())
    assert mode.view.action.status is ActionStatus.NOT_DONE
    assert "overdue" not in facts_on_screen()

    mode.go_to(mode.agenda.index(kinds[AgendaKind.REFERRAL]))
    shown_item(qtbot, mode, kinds[AgendaKind.REFERRAL].id)
    text = facts_on_screen()
    assert "Sent, waiting" in text and "COOP" in text and "SST" in text

    mode.go_to(mode.agenda.index(kinds[AgendaKind.PLANNING]))
    shown_item(qtbot, mode, kinds[AgendaKind.PLANNING].id)
    problems = mode.view.planning
    assert problems is not None and problems.no_officer == 1
    assert "Joint shifts without an officer" in facts_on_screen()


def test_projector_type_and_a_real_render(qtbot, prepared: Prepared, engine: Engine, tmp_path):
    """Large type everywhere in the room, inside scroll areas too (a style sheet does not pass
    a parent's font on there), and a render at a projector's 1440x900 that is not blank."""
    world = prepared.world
    context = context_for(engine, world.actor(C))
    mode = open_mode(qtbot, context, prepared.meeting_id)
    mode.showNormal()
    mode.resize(1440, 900)
    body = QApplication.font().pointSizeF()
    row = mode.attendance.rows[world.person(C)]
    for widget in (row.present, mode.attendance.newcomer, mode.room_line):
        widget.ensurePolished()
        assert widget.font().pointSizeF() >= 1.5 * body, widget
    attend(qtbot, mode, world.person(C))
    mode.attendance.begin.click()
    shown_item(qtbot, mode, prepared.zone_item)
    mode.item_page.title.ensurePolished()
    assert mode.item_page.title.font().pointSizeF() >= 2.4 * body
    image = mode.grab().toImage()
    assert (image.width(), image.height()) == (1440, 900)
    assert image.save(str(tmp_path / "meeting_mode.png"))
    colours = {image.pixel(x, y) for x in range(0, 1440, 37) for y in range(0, 900, 29)}
    assert len(colours) > 20  # text, chart, bars: something was drawn


def test_a_refusal_after_the_rows_were_rebuilt_resets_the_persons_new_row(
    qtbot, prepared: Prepared, engine: Engine, make_context: ContextMaker
) -> None:
    """A newcomer recorded rebuilds the rows: a refusal arriving afterwards for a box of the
    old rows must reset the person's row as it is now, not touch deleted check boxes."""
    world = prepared.world
    context = make_context(engine, world.actor(C))
    mode = open_mode(qtbot, context, prepared.meeting_id)
    page = mode.attendance
    person_id = world.person(P, "pl")
    old_row = page.rows[person_id]
    assert page.meeting is not None
    page._fill(page.meeting.participants)  # as when a newcomer is recorded
    settle(qtbot, context)
    new_row = page.rows[person_id]
    assert new_row is not old_row
    new_row.present.blockSignals(True)  # a tick the service is about to refuse
    new_row.present.setChecked(True)
    new_row.present.blockSignals(False)
    page._refused(MeetingError("meeting_closed", "meeting {id} is closed", id=1), old_row)
    assert not new_row.present.isChecked()  # back to what is recorded
    assert page.refused.isVisible()
