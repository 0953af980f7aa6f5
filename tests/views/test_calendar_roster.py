"""The calendar's roster tools end to end: Propose week → ghost blocks and panel → accept all,
accept selected or discard; the accepted proposal is one undoable step; alternatives for a slot;
locks from a shift's menu; the weekly demand and availability editors; refusals in a box.

The editing flows run with the synchronous runner and with the console's worker thread."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QMessageBox
from sqlalchemy import Engine, select

from console import db
from console.models import (
    AvailabilityKind,
    AvailabilityRule,
    DemandPattern,
    Organization,
    OrganizationKind,
    Person,
    Role,
    Shift,
    ShiftAssignment,
    ShiftKind,
    ShiftStatus,
    Zone,
)
from console.services import access, roster
from console.services.planning import shift_edits
from console.services.planning.shift_edits import ShiftDraft
from console.views.calendar.absences_dialog import AbsencesDialog
from console.views.calendar.alternatives_dialog import AlternativesDialog
from console.views.calendar.availability_box import AvailabilityBox, AvailabilityEditor
from console.views.calendar.demand_dialog import DemandDialog, DemandRowDialog
from console.views.calendar.section import CalendarView
from console.views.common.errors import error_text
from tests.factories import ROME, SQUARE
from tests.views.signed_in import BOTH_RUNNERS, ContextMaker, settle

MONDAY = date(2026, 11, 23)
MNEMONIC = re.compile(r"&([^&\s])")
COORDINATOR = access.Actor(
    user_id=None, person_id=None, organization_id=None, role=Role.COORDINATOR, username="c"
)


@dataclass
class World:
    educators: tuple[int, ...]
    officers: tuple[int, ...]
    zone: int


@pytest.fixture
def world(engine: Engine) -> World:
    """Two educators, two officers, one zone needing a joint outing Monday and Wednesday
    18–22."""
    with db.session_scope(engine) as s:
        coop = Organization(
            name="Cooperativa Il Cortile", short_name="Coop", kind=OrganizationKind.EDUCATIONAL
        )
        police = Organization(name="Polizia Locale", short_name="PL", kind=OrganizationKind.POLICE)
        s.add_all([coop, police])
        s.flush()
        people = [
            Person(
                first_name=first,
                last_name=last,
                role=role,
                organization_id=(coop if role is Role.EDUCATOR else police).id,
                weekly_hours=30,
            )
            for first, last, role in (
                ("Lucia", "Bianchi", Role.EDUCATOR),
                ("Nicolò", "Ferri", Role.EDUCATOR),
                ("Marco", "Rossi", Role.OFFICER),
                ("Gianni", "Verdi", Role.OFFICER),
            )
        ]
        zone = Zone(name="Piazza Roma", geometry=SQUARE, colour="#1f77b4")
        s.add_all([*people, zone])
        s.flush()
        roster.add_demand(
            s,
            COORDINATOR,
            roster.DemandDraft(zone_id=zone.id, days=(0, 2), starts=time(18), ends=time(22)),
        )
        return World((people[0].id, people[1].id), (people[2].id, people[3].id), zone.id)


def make_calendar(qtbot, engine: Engine, make_context: ContextMaker, actor=COORDINATOR):
    context = make_context(engine, actor)
    view = CalendarView(context)
    context.hub.sig_changed.connect(view.on_changed)
    qtbot.addWidget(view)
    view.resize(1400, 1000)
    view.show()
    view.show_week(MONDAY)
    settle(qtbot, context)
    return view


@pytest.fixture
def calendar(qtbot, engine: Engine, world: World, make_context: ContextMaker) -> CalendarView:
    return make_calendar(qtbot, engine, make_context)


def shifts(engine: Engine) -> list[tuple[str, tuple[int, ...], ShiftStatus]]:
    """(local start, people, status) of every shift, by start."""
    with db.session_scope(engine) as s:
        found = s.scalars(select(Shift).order_by(Shift.starts_at))
        return [
            (
                shift.starts_at.astimezone(ROME).strftime("%a %H:%M"),
                tuple(sorted(a.person_id for a in shift.assignments)),
                shift.status,
            )
            for shift in found
        ]


def propose(qtbot, calendar: CalendarView) -> None:
    calendar.act_propose.trigger()
    settle(qtbot, calendar.context, timeout=60_000)
    qtbot.waitUntil(lambda: calendar.roster.proposal is not None, timeout=60_000)


@BOTH_RUNNERS
def test_propose_accept_all_then_undo_and_redo(
    qtbot, calendar: CalendarView, engine: Engine, world: World
) -> None:
    propose(qtbot, calendar)
    panel = calendar.roster.panel
    assert panel.isVisible()
    assert not calendar.roster.is_proposing()
    # two outings to add, shown as ghosts beside the (empty) draft; nothing written yet
    ghosts = calendar.week.ghost_ids()
    assert len(ghosts) == 2 and all(g < 0 for g in ghosts)
    assert all(not calendar.week.block_rect(g).isEmpty() for g in ghosts)
    assert panel.changes.count() == 2
    assert "Mon" in panel.changes.item(0).text() or "lun" in panel.changes.item(0).text()
    assert shifts(engine) == []

    panel.accept_all.click()
    settle(qtbot, calendar.context)
    written = shifts(engine)
    assert [(when, status) for when, _people, status in written] == [
        ("Mon 18:00", ShiftStatus.DRAFT),
        ("Wed 18:00", ShiftStatus.DRAFT),
    ]
    for _when, people, _status in written:  # an educator and an officer on each
        assert len(set(people) & set(world.educators)) == 1
        assert len(set(people) & set(world.officers)) == 1
    assert not panel.isVisible() and calendar.week.ghost_ids() == frozenset()
    assert calendar.undo_stack.count() == 1  # one step for the whole proposal
    assert len(calendar.data.plan.shifts) == 2

    calendar.act_undo.trigger()
    settle(qtbot, calendar.context)
    assert shifts(engine) == []
    calendar.act_redo.trigger()
    settle(qtbot, calendar.context)
    assert [w for w, _p, _s in shifts(engine)] == ["Mon 18:00", "Wed 18:00"]
    calendar.act_undo.trigger()
    settle(qtbot, calendar.context)
    assert shifts(engine) == []


@BOTH_RUNNERS
def test_accept_selected_writes_only_the_ticked_outings(
    qtbot, calendar: CalendarView, engine: Engine, world: World
) -> None:
    propose(qtbot, calendar)
    panel = calendar.roster.panel
    panel.changes.item(1).setCheckState(Qt.CheckState.Unchecked)  # not Wednesday
    panel.accept_selected.click()
    settle(qtbot, calendar.context)
    assert [w for w, _p, _s in shifts(engine)] == ["Mon 18:00"]
    calendar.act_undo.trigger()
    settle(qtbot, calendar.context)
    assert shifts(engine) == []


def test_accept_selected_is_off_with_nothing_ticked(
    qtbot, calendar: CalendarView, world: World
) -> None:
    propose(qtbot, calendar)
    panel = calendar.roster.panel
    for index in range(panel.changes.count()):
        panel.changes.item(index).setCheckState(Qt.CheckState.Unchecked)
    assert not panel.accept_selected.isEnabled()
    assert panel.accept_all.isEnabled()


def test_discard_writes_nothing_and_takes_the_ghosts_away(
    qtbot, calendar: CalendarView, engine: Engine, world: World
) -> None:
    propose(qtbot, calendar)
    calendar.roster.panel.discard.click()
    assert calendar.roster.proposal is None
    assert calendar.week.ghost_ids() == frozenset()
    assert not calendar.roster.panel.isVisible()
    assert shifts(engine) == []
    assert calendar.undo_stack.count() == 0


def test_a_ghost_clicked_shows_its_change_in_the_panel(
    qtbot, calendar: CalendarView, world: World
) -> None:
    propose(qtbot, calendar)
    ghost = max(calendar.week.ghost_ids())  # -1: the first change, Monday
    qtbot.mouseClick(
        calendar.week.viewport(),
        Qt.MouseButton.LeftButton,
        pos=calendar.week.block_rect(ghost).center(),
    )
    assert calendar.week.selected_shift_id() == ghost
    assert calendar.roster.panel.changes.currentRow() == 0


@pytest.mark.parametrize("runner_kind", ["threaded"])
def test_cancel_drops_the_answer(qtbot, calendar: CalendarView, engine: Engine) -> None:
    calendar.act_propose.trigger()
    assert calendar.roster.is_proposing()  # the window is live while the worker solves
    calendar.roster.cancel()
    assert not calendar.roster.is_proposing()
    settle(qtbot, calendar.context, timeout=60_000)
    assert calendar.roster.proposal is None
    assert calendar.week.ghost_ids() == frozenset()


def test_moving_to_another_week_discards_the_proposal(
    qtbot, calendar: CalendarView, world: World
) -> None:
    propose(qtbot, calendar)
    calendar.next_week()
    settle(qtbot, calendar.context)
    assert calendar.roster.proposal is None


def test_a_refused_proposal_says_why_in_a_box(
    qtbot, engine: Engine, world: World, make_context: ContextMaker, monkeypatch
) -> None:
    educator = access.Actor(
        user_id=None, person_id=None, organization_id=None, role=Role.EDUCATOR, username="e"
    )
    view = make_calendar(qtbot, engine, make_context, educator)
    assert not view.act_propose.isVisible()  # hidden from those who cannot plan...
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_a: boxes.append((title, text))
    )
    view.act_propose.trigger()  # ...and refused by the service all the same
    settle(qtbot, view.context)
    assert len(boxes) == 1
    expected = error_text(access.PermissionDenied(educator, access.Action.PLAN_SHIFTS))
    assert boxes[0][1] == expected
    assert view.roster.proposal is None


# -- alternatives and locks ----------------------------------------------------------------------


def draft_shift(engine: Engine, world: World, people: tuple[int, ...]) -> int:
    starts = datetime.combine(MONDAY + timedelta(days=1), time(18), ROME)
    with db.session_scope(engine) as s:
        row = shift_edits.create_shift(
            s,
            COORDINATOR,
            ShiftDraft(
                zone_id=world.zone,
                starts_at=starts,
                ends_at=starts + timedelta(hours=4),
                kind=ShiftKind.JOINT,
                person_ids=people,
            ),
        )
    return row.id


@BOTH_RUNNERS
def test_alternatives_for_a_slot_assign_the_one_chosen_undoably(
    qtbot, engine: Engine, world: World, make_context: ContextMaker, monkeypatch
) -> None:
    shift_id = draft_shift(engine, world, (world.educators[0], world.officers[0]))
    calendar = make_calendar(qtbot, engine, make_context)
    shown: list[list[int]] = []

    def choose_ferri(dialog: AlternativesDialog) -> int:
        shown.append([a.person_id for a in dialog.alternatives])
        assert [a.rank for a in dialog.alternatives] == list(range(1, len(shown[0]) + 1))
        dialog.choose(world.educators[1])
        assert dialog.assign.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AlternativesDialog, "exec", choose_ferri)
    menu = calendar.shift_menu(shift_id)
    (alternatives,) = [a for a in menu.actions() if "Alternatives" in a.text()]
    alternatives.trigger()
    settle(qtbot, calendar.context)
    menu.deleteLater()
    assert set(shown[0]) == {world.educators[1], world.officers[1]}  # the two not on it
    assert shifts(engine)[0][1] == tuple(sorted((world.educators[1], world.officers[0])))
    calendar.act_undo.trigger()
    settle(qtbot, calendar.context)
    assert shifts(engine)[0][1] == tuple(sorted((world.educators[0], world.officers[0])))


@BOTH_RUNNERS
def test_alternatives_for_a_ghost_change_the_proposal_before_it_is_accepted(
    qtbot, calendar: CalendarView, engine: Engine, world: World, monkeypatch
) -> None:
    propose(qtbot, calendar)
    panel = calendar.roster.panel
    panel.changes.item(1).setCheckState(Qt.CheckState.Unchecked)
    monday = calendar.roster.proposal.changes[0]
    (officer,) = set(monday.person_ids) & set(world.officers)
    (other,) = set(world.officers) - {officer}

    def choose_other(dialog: AlternativesDialog) -> int:
        dialog.choose(other)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AlternativesDialog, "exec", choose_other)
    ghost = max(calendar.week.ghost_ids())  # Monday's
    menu = calendar.shift_menu(ghost)
    (alternatives,) = [a for a in menu.actions() if "Alternatives" in a.text()]
    alternatives.trigger()
    settle(qtbot, calendar.context)
    menu.deleteLater()
    changed = calendar.roster.proposal.shift(monday.key)
    assert other in changed.person_ids and officer not in changed.person_ids
    assert "by hand" in panel.summary.text()
    assert panel.unticked_keys() == [calendar.roster.proposal.changes[1].key]  # kept
    assert shifts(engine) == []  # nothing written yet
    panel.accept_selected.click()
    settle(qtbot, calendar.context)
    ((when, people, _status),) = shifts(engine)
    assert when == "Mon 18:00" and other in people and officer not in people


def test_an_alternative_a_hard_rule_stops_cannot_be_chosen(qapp, world: World) -> None:
    blocked = roster.Alternative(
        person_id=world.educators[1],
        person_name="N. Ferri",
        role=Role.EDUCATOR,
        rank=1,
        cost=0,
        blockers=(roster.Blocker.ABSENT,),
        replaces_person_id=None,
        penalties=(),
    )
    dialog = AlternativesDialog("Mon", [blocked], {})
    dialog.choose(world.educators[1])
    assert dialog.chosen() is None and not dialog.assign.isEnabled()
    assert "absent" in dialog.listing.item(0).text()
    dialog.deleteLater()


@BOTH_RUNNERS
def test_lock_a_shift_and_a_person_from_the_menu(
    qtbot, engine: Engine, world: World, make_context: ContextMaker
) -> None:
    shift_id = draft_shift(engine, world, (world.educators[0], world.officers[0]))
    calendar = make_calendar(qtbot, engine, make_context)
    menu = calendar.shift_menu(shift_id)
    (lock,) = [a for a in menu.actions() if a.text().replace("&", "") == "Lock shift"]
    assert not lock.isChecked()
    lock.trigger()
    settle(qtbot, calendar.context)
    menu.deleteLater()
    with db.session_scope(engine) as s:
        assert s.get(Shift, shift_id).locked
    assert calendar._shift(shift_id).locked  # the block shows it (reloaded)
    assert "Locked" in calendar.week.tooltip_at(calendar.week.block_rect(shift_id).center())

    menu = calendar.shift_menu(shift_id)
    (keep,) = [a for a in menu.actions() if a.menu() is not None]
    (lucia,) = [a for a in keep.menu().actions() if a.text() == "Lucia Bianchi"]
    lucia.trigger()
    settle(qtbot, calendar.context)
    menu.deleteLater()
    with db.session_scope(engine) as s:
        locked = s.scalars(select(ShiftAssignment.person_id).where(ShiftAssignment.locked))
        assert list(locked) == [world.educators[0]]
    (person,) = [p for p in calendar._shift(shift_id).people if p.locked]
    assert person.id == world.educators[0]

    # both are steps of the undo stack, and an older step still undoes after them
    assert calendar.undo_stack.count() == 2
    calendar.act_undo.trigger()
    settle(qtbot, calendar.context)
    assert not any(p.locked for p in calendar._shift(shift_id).people)
    calendar.act_undo.trigger()
    settle(qtbot, calendar.context)
    with db.session_scope(engine) as s:
        assert not s.get(Shift, shift_id).locked


@BOTH_RUNNERS
def test_an_edit_before_a_lock_and_an_accepted_proposal_still_undoes(
    qtbot, engine: Engine, world: World, make_context: ContextMaker, monkeypatch
) -> None:
    """Locks and proposals bump the versions of the shifts they touch; the undo stack's book
    hears of it, so the steps before them undo instead of failing as stale."""
    shift_id = draft_shift(engine, world, (world.educators[0], world.officers[0]))
    calendar = make_calendar(qtbot, engine, make_context)

    def choose_verdi(dialog: AlternativesDialog) -> int:
        dialog.choose(world.officers[1])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AlternativesDialog, "exec", choose_verdi)
    calendar.roster.slots.alternatives(shift_id)  # step 1: Verdi instead of Rossi
    settle(qtbot, calendar.context)
    calendar.roster.slots.set_locked(shift_id, True)  # step 2
    settle(qtbot, calendar.context)
    calendar.roster.slots.set_locked(shift_id, False)  # step 3
    settle(qtbot, calendar.context)
    propose(qtbot, calendar)
    calendar.roster.panel.accept_all.click()  # step 4: the demand's two outings
    settle(qtbot, calendar.context)
    assert len(shifts(engine)) == 3
    for _step in range(4):
        calendar.act_undo.trigger()
        settle(qtbot, calendar.context)
    assert shifts(engine) == [
        ("Tue 18:00", tuple(sorted((world.educators[0], world.officers[0]))), ShiftStatus.DRAFT)
    ]


# -- demand and availability ---------------------------------------------------------------------


def test_demand_row_dialog_says_what_to_fix(qapp) -> None:
    dialog = DemandRowDialog([(1, "Piazza Roma")])
    assert not dialog.ok.isEnabled()  # a new outing has no day yet
    assert "day" in dialog.refused.text()
    dialog.days[5].setChecked(True)
    assert dialog.ok.isEnabled()
    dialog.officers.setValue(0)
    assert not dialog.ok.isEnabled()
    assert "officer" in dialog.refused.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData(ShiftKind.OUTREACH))
    assert dialog.ok.isEnabled()
    dialog.ends.setTime(dialog.starts.time())
    assert not dialog.ok.isEnabled()
    dialog.accept()  # Enter cannot bypass the check
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.deleteLater()


@BOTH_RUNNERS
def test_demand_editor_adds_edits_and_removes(
    qtbot, calendar: CalendarView, engine: Engine, world: World, monkeypatch
) -> None:
    fill: list = []

    def row_dialog(self: DemandDialog, initial):
        dialog = DemandRowDialog(self.zones, initial, self)
        fill.pop(0)(dialog)
        monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
        return dialog

    def saturday_patrol(dialog: DemandRowDialog) -> None:
        for day, box in enumerate(dialog.days):
            box.setChecked(day == 5)
        dialog.kind.setCurrentIndex(dialog.kind.findData(ShiftKind.PATROL))
        dialog.educators.setValue(0)

    def two_officers(dialog: DemandRowDialog) -> None:
        dialog.officers.setValue(2)

    def session(dialog: DemandDialog) -> int:
        settle(qtbot, calendar.context)
        assert dialog.table.rowCount() == 1
        fill.append(saturday_patrol)
        dialog.add()
        settle(qtbot, calendar.context)
        assert dialog.table.rowCount() == 2
        dialog.table.selectRow([r.kind for r in dialog.rows].index(ShiftKind.PATROL))
        fill.append(two_officers)
        dialog.edit_selected()
        settle(qtbot, calendar.context)
        dialog.table.selectRow(0)
        dialog.remove_selected()
        settle(qtbot, calendar.context)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DemandDialog, "row_dialog", row_dialog)
    monkeypatch.setattr(DemandDialog, "exec", session)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    calendar.act_demand.trigger()
    with db.session_scope(engine) as s:
        (left,) = s.scalars(select(DemandPattern))
        assert (left.days, left.kind, left.educators, left.officers) == (
            1 << 5,
            ShiftKind.PATROL,
            0,
            2,
        )


def test_a_demand_the_service_refuses_shows_a_box(
    qtbot, calendar: CalendarView, world: World, monkeypatch
) -> None:
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: boxes.append(text))

    def session(dialog: DemandDialog) -> int:
        settle(qtbot, calendar.context)
        # a zone removed meanwhile: the dialog's check cannot know, the service refuses
        dialog.sig_add_requested.emit(
            roster.DemandDraft(zone_id=999, days=(1,), starts=time(9), ends=time(12))
        )
        settle(qtbot, calendar.context)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DemandDialog, "exec", session)
    calendar.act_demand.trigger()
    assert len(boxes) == 1 and boxes[0]


def test_availability_is_edited_with_the_absences(
    qtbot, calendar: CalendarView, engine: Engine, world: World, monkeypatch
) -> None:
    def editor(self: AvailabilityBox, initial):
        dialog = AvailabilityEditor(initial, self)
        dialog.weekday.setCurrentIndex(5)
        dialog.all_day.setChecked(False)
        dialog.starts.setTime(dialog.starts.time().fromString("18:00", "HH:mm"))
        dialog.ends.setTime(dialog.ends.time().fromString("00:00", "HH:mm"))
        assert dialog.ok.isEnabled()
        monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
        return dialog

    def session(dialog) -> int:
        dialog.select_person(world.officers[0])
        settle(qtbot, calendar.context)
        assert dialog.availability.person_id == world.officers[0]
        dialog.availability.add_new()
        settle(qtbot, calendar.context)
        assert dialog.availability.listing.count() == 1
        assert dialog.availability.selected() is None
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(AvailabilityBox, "editor", editor)
    monkeypatch.setattr(AbsencesDialog, "exec", session)
    calendar.act_absences.trigger()
    with db.session_scope(engine) as s:
        (rule,) = s.scalars(select(AvailabilityRule))
        assert (rule.person_id, rule.kind, rule.weekday) == (
            world.officers[0],
            AvailabilityKind.UNAVAILABLE,
            5,
        )
        assert (rule.start_minute, rule.end_minute) == (18 * 60, 24 * 60)


def test_availability_editor_refuses_hours_that_end_before_they_start(qapp) -> None:
    dialog = AvailabilityEditor()
    dialog.all_day.setChecked(False)
    dialog.starts.setTime(dialog.starts.time().fromString("20:00", "HH:mm"))
    dialog.ends.setTime(dialog.ends.time().fromString("08:00", "HH:mm"))
    assert not dialog.ok.isEnabled()
    assert "end after" in dialog.refused.text()
    dialog.deleteLater()


@pytest.mark.parametrize(
    "make",
    [
        lambda: DemandDialog([(1, "Piazza Roma")]),
        lambda: DemandRowDialog([(1, "Piazza Roma")]),
        AvailabilityEditor,
        lambda: AbsencesDialog(ROME),
    ],
    ids=["demand", "demand row", "availability", "absences with availability"],
)
def test_mnemonics_of_the_roster_dialogs_are_unique(qtbot, make) -> None:
    dialog = make()
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    letters = [found.group(1).lower() for t in texts if (found := MNEMONIC.search(t))]
    assert letters
    assert len(letters) == len(set(letters)), sorted(letters)


@BOTH_RUNNERS
def test_accepting_an_outing_someone_made_meanwhile_says_so_and_writes_nothing(
    qtbot, calendar: CalendarView, engine: Engine, world: World, monkeypatch
) -> None:
    propose(qtbot, calendar)
    starts = datetime.combine(MONDAY, time(18), ROME)
    with db.session_scope(engine) as s:  # another coordinator plans Monday's outing by hand
        shift_edits.create_shift(
            s,
            COORDINATOR,
            ShiftDraft(world.zone, starts, starts + timedelta(hours=4), ShiftKind.JOINT, "", ()),
        )
    before = shifts(engine)
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: boxes.append(text))
    calendar.roster.panel.accept_all.click()
    settle(qtbot, calendar.context)
    assert boxes == [
        "Someone else has planned the outing in Piazza Roma at that time since the proposal "
        "was made. Nothing was written: propose the week again to see the week as it is now."
    ]
    assert shifts(engine) == before
    calendar.act_undo.trigger()  # the refused step is dropped, not undone
    settle(qtbot, calendar.context)
    assert shifts(engine) == before and len(boxes) == 1
