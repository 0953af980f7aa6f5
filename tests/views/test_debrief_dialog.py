"""The debrief dialog: from a shift in the calendar (the shift becomes done) or on its own from
the Cases section, with the split of the contacts checked live and new nickname profiles.

The flows that save run with both runners: the dialog opens when its data has loaded, and a
saved dialog closes (and is deleted) when the worker's answer arrives, so the tests wait for
both and never touch a dialog after it was accepted."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine, select

from console import db
from console.models import (
    Intervention,
    InterventionSubject,
    Shift,
    ShiftAssignment,
    ShiftStatus,
    Subject,
    User,
    case_interventions,
)
from console.services import planning
from console.services.changes import Area
from console.views.calendar.section import CalendarView
from console.views.cases.section import CasesView
from console.views.debrief.dialog import DebriefDialog
from console.views.debrief.flow import may_debrief
from console.views.debrief.profile_dialog import ProfileDialog
from tests.test_translations import install_italian
from tests.views.signed_in import BOTH_RUNNERS, ContextMaker, settle
from tests.views.test_cases_support import actor, context_for, seed, today


@pytest.fixture
def demo(engine: Engine) -> Engine:
    return seed(engine)


def _open_shift(engine: Engine, username: str) -> int:
    """A published shift of this week with the account's person on it."""
    start, end = planning.week_bounds(planning.monday_of(today()))
    with db.session_scope(engine) as session:
        person = session.scalar(select(User.person_id).where(User.username == username))
        shift_id = session.scalar(
            select(Shift.id)
            .join(ShiftAssignment, ShiftAssignment.shift_id == Shift.id)
            .where(
                ShiftAssignment.person_id == person,
                Shift.status == ShiftStatus.PUBLISHED,
                Shift.starts_at >= start,
                Shift.starts_at < end,
            )
            .order_by(Shift.starts_at)
        )
    assert shift_id is not None, "the demo plans this week for the educator"
    return shift_id


def _calendar(
    qtbot, demo: Engine, username: str = "educatore", make: ContextMaker = context_for
) -> CalendarView:
    context = make(demo, actor(demo, username))
    view = CalendarView(context)
    context.hub.sig_changed.connect(view.on_changed)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    with qtbot.waitSignal(view.sig_loaded):
        view.show()
    return view


def _cases(qtbot, demo: Engine, username: str, make: ContextMaker = context_for) -> CasesView:
    context = make(demo, actor(demo, username))
    cases = CasesView(context)
    context.hub.sig_changed.connect(cases.on_changed)
    qtbot.addWidget(cases)
    with qtbot.waitSignal(cases.sig_loaded):
        cases.show()
    settle(qtbot, context)  # the badge too, asked for by a timer of its own
    return cases


def _dialogs(parent) -> list[DebriefDialog]:
    return [d for d in parent.findChildren(DebriefDialog) if d.isVisible()]


def _dialog(qtbot, parent, *, count: int = 1) -> DebriefDialog:
    """The newest debrief dialog over ``parent``, once ``count`` are open (they open when their
    data has loaded)."""
    qtbot.waitUntil(lambda: len(_dialogs(parent)) >= count)
    dialogs = _dialogs(parent)
    assert len(dialogs) == count
    return dialogs[-1]


def _save(qtbot, dialog: DebriefDialog, press=None) -> None:
    """Save (OK, or ``press()``) and wait until the dialog is accepted: the debrief is stored.
    The dialog deletes itself afterwards: read from it before."""
    context = dialog.parent().context
    with qtbot.waitSignal(dialog.accepted):
        (press or dialog.ok.click)()
    settle(qtbot, context)  # the reloads the save announced


def _status(engine: Engine, shift_id: int) -> ShiftStatus:
    with db.session_scope(engine) as session:
        return session.get(Shift, shift_id).status


@BOTH_RUNNERS
def test_record_a_debrief_from_a_shift_marks_it_done(
    qtbot, demo: Engine, make_context: ContextMaker
) -> None:
    shift_id = _open_shift(demo, "educatore")
    calendar = _calendar(qtbot, demo, make=make_context)
    assert calendar.act_debrief.isVisible()
    assert not calendar.act_debrief.isEnabled()  # nothing selected yet
    calendar.week.select_shift(shift_id)
    assert calendar.act_debrief.isEnabled()

    calendar.act_debrief.trigger()
    dialog = _dialog(qtbot, calendar)
    shift = next(s for s in calendar.data.plan.shifts if s.id == shift_id)
    draft = dialog.draft()
    assert draft.shift_id == shift_id
    assert draft.zone_id == shift.zone_id
    assert (draft.started_at, draft.ended_at) == (shift.starts_at, shift.ends_at)
    assert set(draft.participant_ids) == {p.id for p in shift.people}
    assert draft.types == ("presence",)  # the default: being there

    dialog.types["contact"].setChecked(True)
    dialog.types["mediation"].setChecked(True)
    dialog.contacts.count.setValue(6)
    dialog.outcome.setPlainText("Tre ragazzi alle panchine, clima tranquillo.")
    dialog.end.setTime(dialog.end.time().addSecs(-30 * 60))  # they came back half an hour early
    dialog.activateWindow()  # shortcuts act in the active window (offscreen: not by itself)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    _save(
        qtbot,
        dialog,
        lambda: qtbot.keyClick(
            dialog.outcome, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        ),
    )

    assert _status(demo, shift_id) is ShiftStatus.DONE
    with db.session_scope(demo) as session:
        saved = session.scalar(select(Intervention).where(Intervention.shift_id == shift_id))
        assert saved.types == ["presence", "contact", "mediation"]
        assert saved.contacts_count == 6
        assert saved.ended_at == shift.ends_at - timedelta(minutes=30)
    # The calendar heard "shifts" on the hub and shows the shift done; no second debrief.
    assert next(s for s in calendar.data.plan.shifts if s.id == shift_id).status is (
        ShiftStatus.DONE
    )
    calendar.week.select_shift(shift_id)
    assert not calendar.act_debrief.isEnabled()


def test_the_split_of_the_contacts_is_checked_against_the_count(qtbot, demo: Engine) -> None:
    calendar = _calendar(qtbot, demo)
    calendar.week.select_shift(_open_shift(demo, "educatore"))
    calendar.record_debrief()
    dialog = _dialog(qtbot, calendar)
    dialog.contacts.count.setValue(5)
    dialog.contacts.split.setChecked(True)
    dialog.contacts.spins["gender"]["f"].setValue(3)
    dialog.contacts.spins["gender"]["m"].setValue(1)
    assert dialog.ok.isEnabled()  # fewer than the count: the rest is simply not split
    assert "1 not split" in dialog.contacts.sums["gender"].text()
    dialog.contacts.spins["gender"]["other"].setValue(2)
    assert not dialog.ok.isEnabled()
    assert "adds up to 6, more than the 5" in dialog.refused.text()
    dialog.contacts.spins["gender"]["other"].setValue(1)
    dialog.contacts.spins["age_band"]["18-30"].setValue(5)
    assert dialog.ok.isEnabled()
    assert dialog.draft().contacts_breakdown == {
        "age_band": {"<18": 0, "18-30": 5, "31-50": 0, ">50": 0},
        "gender": {"f": 3, "m": 1, "other": 1},
    }
    for kind in dialog.types.values():
        kind.setChecked(False)
    assert dialog.refused.text() == "Tick at least one thing that was done."
    dialog.reject()


def test_no_debrief_for_a_cancelled_or_done_shift_nor_for_a_manager(qtbot, demo: Engine) -> None:
    calendar = _calendar(qtbot, demo)
    calendar.previous_week()  # a week of the past: its shifts are done
    done = next(s for s in calendar.data.plan.shifts if s.status is ShiftStatus.DONE)
    calendar.week.select_shift(done.id)
    assert not calendar.act_debrief.isEnabled()
    calendar.record_debrief()
    assert not calendar.findChildren(DebriefDialog)
    assert may_debrief(calendar.actor, replace(done, status=ShiftStatus.PUBLISHED))
    assert not may_debrief(calendar.actor, replace(done, status=ShiftStatus.CANCELLED))
    manager = _calendar(qtbot, demo, "dirigente")
    assert not manager.act_debrief.isVisible()


@BOTH_RUNNERS
def test_a_standalone_debrief_with_a_new_profile(
    qtbot, demo: Engine, make_context: ContextMaker
) -> None:
    cases = _cases(qtbot, demo, "agente", make_context)
    cases.act_debrief.trigger()
    dialog = _dialog(qtbot, cases)
    assert dialog.draft().shift_id is None
    assert dialog.draft().participant_ids == (cases.context.actor.person_id,)
    assert not dialog.intro.isVisible()

    dialog.people_met.new_profile.click()
    profile = next(d for d in dialog.findChildren(ProfileDialog) if d.isVisible())
    assert not profile.ok.isEnabled()  # a nickname is needed
    profile.alias.setText("Cappellino blu")
    profile.description.setPlainText("Ragazzo sui vent'anni, skateboard")
    with qtbot.waitSignal(profile.accepted):
        profile.ok.click()
    settle(qtbot, cases.context)
    assert dialog.people_met.chosen.count() == 1

    dialog.types["information_given"].setChecked(True)
    zone_id = dialog.draft().zone_id
    _save(qtbot, dialog)
    with db.session_scope(demo) as session:
        subject = session.scalar(select(Subject).where(Subject.alias == "Cappellino blu"))
        assert subject.usual_zone_id == zone_id  # the outing's zone by default
        linked = session.scalars(
            select(InterventionSubject.subject_id).join(
                Intervention, Intervention.id == InterventionSubject.intervention_id
            )
        ).all()
        assert subject.id in linked


@BOTH_RUNNERS
def test_a_refused_debrief_keeps_the_dialog_open_with_the_reason(
    qtbot, demo: Engine, make_context: ContextMaker
) -> None:
    shift_id = _open_shift(demo, "educatore")
    calendar = _calendar(qtbot, demo, make=make_context)
    calendar.week.select_shift(shift_id)
    calendar.record_debrief()
    first = _dialog(qtbot, calendar)
    calendar.record_debrief()  # a second dialog for the same shift, as on another workstation
    second = _dialog(qtbot, calendar, count=2)
    assert second is not first
    _save(qtbot, first)
    second.ok.click()
    settle(qtbot, calendar.context)
    assert second.isVisible()
    assert second.refused.text() == (
        "This shift already has a debrief: someone recorded it already. Open that debrief to "
        "change it."
    )
    assert second.ok.isEnabled()  # another try is allowed, nothing typed is lost
    second.reject()


@BOTH_RUNNERS
@pytest.mark.parametrize("link", [True, False], ids=["linked", "not-linked"])
def test_a_debrief_from_a_case_is_linked_to_it_when_ticked(
    qtbot, demo: Engine, link: bool, make_context: ContextMaker
) -> None:
    cases = _cases(qtbot, demo, "educatore", make_context)
    case_id = cases.detail.case_id()
    assert case_id is not None  # the first case is shown
    title = cases.model.row(cases.model.row_of(case_id)).title
    cases.act_debrief.trigger()
    dialog = _dialog(qtbot, cases)
    assert dialog.link_case.isVisible() and title in dialog.link_case.text()
    dialog.link_case.setChecked(link)
    heard: list[str] = []
    cases.context.hub.sig_changed.connect(lambda area, _ids: heard.append(area))
    _save(qtbot, dialog)
    with db.session_scope(demo) as session:
        newest = session.scalar(select(Intervention.id).order_by(Intervention.id.desc()))
        linked = session.scalars(
            select(case_interventions.c.intervention_id).where(
                case_interventions.c.case_id == case_id
            )
        ).all()
    assert (newest in linked) is link
    # The runner announced what the save declares, and the section reloaded the case shown.
    assert Area.DEBRIEFS in heard
    assert Area.CASES in heard or not link
    assert cases.detail.case_id() == case_id
    assert (newest in {d.id for d in cases.detail.detail.debriefs}) is link


def test_a_debrief_from_the_calendar_offers_no_case_link(qtbot, demo: Engine) -> None:
    view = _calendar(qtbot, demo)
    view.week.select_shift(_open_shift(demo, "educatore"))
    view.act_debrief.trigger()
    dialog = _dialog(qtbot, view)
    assert not dialog.link_case.isVisibleTo(dialog)
    dialog.reject()  # a window-modal dialog left open blocks the next test's mouse


def _visible_profiles(dialog: DebriefDialog) -> list[ProfileDialog]:
    return [d for d in dialog.findChildren(ProfileDialog) if d.isVisible()]


@BOTH_RUNNERS
def test_a_nickname_typed_then_enter_becomes_the_new_profile(
    qtbot, demo: Engine, make_context: ContextMaker
) -> None:
    cases = _cases(qtbot, demo, "agente", make_context)
    cases.act_debrief.trigger()
    dialog = _dialog(qtbot, cases)
    picker = dialog.people_met
    submitted: list[object] = []
    dialog._submit = submitted.append  # Enter must not save the debrief behind the person
    picker.choose.setFocus()
    qtbot.keyClicks(picker.choose, "Giacca verde")
    qtbot.keyClick(picker.choose, Qt.Key.Key_Return)

    profiles = _visible_profiles(dialog)
    assert len(profiles) == 1  # one dialog, not one from Enter and one from a default button
    assert profiles[0].alias.text() == "Giacca verde"  # what was typed is not lost
    assert profiles[0].ok.isEnabled()
    assert not submitted
    profiles[0].reject()
    assert picker.typed() == "Giacca verde"  # still there after cancelling

    # "New profile…" takes what was typed as well; once created it is chosen and the search
    # is empty again.
    picker.new_profile.click()
    profile = _visible_profiles(dialog)[-1]
    assert profile.alias.text() == "Giacca verde"
    with qtbot.waitSignal(profile.accepted):
        profile.ok.click()
    settle(qtbot, cases.context)
    assert [picker.chosen.item(r).text() for r in range(picker.chosen.count())] == [
        f"Giacca verde ({dialog.zone.currentText()})"
    ]
    assert picker.typed() == ""
    dialog.reject()


def test_enter_on_a_known_nickname_adds_that_profile(qtbot, demo: Engine) -> None:
    cases = _cases(qtbot, demo, "educatore")
    cases.act_debrief.trigger()
    dialog = _dialog(qtbot, cases)
    picker = dialog.people_met
    known = picker.choose.itemText(0)
    alias = known.split(" (")[0]
    picker.choose.setFocus()
    qtbot.keyClicks(picker.choose, alias.upper())
    picker.choose.completer().popup().hide()  # the exact name, not a completion, is entered
    qtbot.keyClick(picker.choose, Qt.Key.Key_Return)
    assert not _visible_profiles(dialog)
    assert [picker.chosen.item(r).text() for r in range(picker.chosen.count())] == [known]
    assert picker.typed() == ""
    dialog.reject()


def test_the_dialog_keeps_its_width_whatever_is_typed_in_italian(
    qtbot, demo: Engine, tmp_path, monkeypatch
) -> None:
    """It grew with the sums of the split and the longest profile, over the Problems panel."""
    translation = install_italian(tmp_path, monkeypatch)
    try:
        calendar = _calendar(qtbot, demo)
        calendar.week.select_shift(_open_shift(demo, "educatore"))
        calendar.record_debrief()
        dialog = _dialog(qtbot, calendar)
        width = dialog.width()
        assert width <= 1040  # on a 1440-pixel screen, room is left beside it

        def check(what: str) -> None:
            QApplication.processEvents()
            assert (dialog.width(), dialog.minimumSizeHint().width() <= width) == (width, True), (
                what
            )

        dialog.contacts.count.setValue(1234)
        check("the count")
        dialog.contacts.split.setChecked(True)
        dialog.contacts.spins["gender"]["f"].setValue(9999)
        dialog.contacts.spins["age_band"]["31-50"].setValue(17)
        check("the sums of the split")
        dialog.end.setTime(dialog.start.time().addSecs(-3600))
        check("an outing ending the next day")
        for box in dialog.types.values():
            box.setChecked(False)
        check("the reason Save is disabled")
        for item in dialog.participants._rows.values():
            if item.isEnabled():
                item.setCheckState(Qt.CheckState.Checked)
        assert len(dialog.participants.selected_ids()) > 10
        check("the participants chosen")
        dialog.people_met.choose.setFocus()
        qtbot.keyClicks(
            dialog.people_met.choose, "la signora con il cane e il carrello della spesa"
        )
        check("a long nickname")
        dialog.reject()
    finally:
        translation.uninstall()
