"""Calendar dialogs: shift, people picker, absences, copy week, .ics export, and their messages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
)

from console.models import AbsenceKind, Person, Role, ShiftKind, ShiftStatus
from console.services.access import Action, Actor, PermissionDenied
from console.services.planning import rules
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.rules import (
    AbsenceInfo,
    PersonInfo,
    ShiftInfo,
    Violation,
    ViolationKind,
)
from console.services.planning.shift_edits import ShiftDraft, StaleShift
from console.services.planning.week import (
    AbsenceRow,
    AssignedPerson,
    PersonLoad,
    PlanningError,
    ShiftRow,
    unavailability,
)
from console.services.planning.week_copy import (
    CopyPreview,
    CopyProblem,
    CopyProblemKind,
    CopyResult,
    HolidayLanding,
)
from console.views.calendar import messages
from console.views.calendar.absences_dialog import AbsenceEditor, AbsencesDialog
from console.views.calendar.copy_week_dialog import CopyResultDialog, CopyWeekDialog
from console.views.calendar.export_dialog import ExportIcsDialog, IcsRequest
from console.views.calendar.shift_dialog import ShiftDialog
from console.views.common import formatting, labels
from console.views.common.errors import error_text
from console.views.common.time_fields import QuarterTimeEdit
from tests.factories import ROME

MONDAY = date(2026, 11, 23)  # ISO week 48
ZONES = [(1, "Centro storico", "#d9534f"), (2, "Stazione", "#5bc0de")]
COOP, POLICE = 10, 20
PEOPLE = [
    PersonLoad(1, "Nicolò Ferrà", "N. Ferrà", Role.EDUCATOR, COOP, "Cooperativa", 36, 12, True),
    PersonLoad(2, "Lucia Bianchi", "L. Bianchi", Role.EDUCATOR, COOP, "Cooperativa", 36, 34, True),
    PersonLoad(3, "Anna Conti", "A. Conti", Role.EDUCATOR, COOP, "Cooperativa", 24, 0, False),
    PersonLoad(4, "Mario Rossi", "M. Rossi", Role.OFFICER, POLICE, "Polizia", 36, 20, True),
    PersonLoad(5, "Giulia Esposito", "G. Esposito", Role.OFFICER, POLICE, "Polizia", 36, 8, True),
]  # fmt: skip
NAMES = {p.id: p.short_name for p in PEOPLE}
MNEMONIC = re.compile(r"&(\w)")


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    """Dates and numbers as en_GB writes them, whatever the machine's locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


class Questions(list):
    """The confirmations asked, and the button the person will press."""

    answer = QMessageBox.StandardButton.Yes


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    """Confirmations asked (answered with ``questions.answer``), without a blocking box."""
    asked = Questions()

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return asked.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ROME)


def _row(status: ShiftStatus = ShiftStatus.PUBLISHED) -> ShiftRow:
    return ShiftRow(
        id=7,
        zone_id=2,
        zone_name="Stazione",
        zone_colour="#5bc0de",
        starts_at=_at(date(2026, 11, 25), 18).astimezone(UTC),
        ends_at=_at(date(2026, 11, 25), 22).astimezone(UTC),
        kind=ShiftKind.JOINT,
        status=status,
        objectives="Giro serale",
        version_id=3,
        people=(AssignedPerson(4, "M. Rossi", "Mario Rossi", Role.OFFICER, POLICE),),
    )


def _shift_dialog(qtbot, initial=None, **kwargs) -> ShiftDialog:
    dialog = ShiftDialog(ZONES, PEOPLE, ROME, initial, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def _set_times(dialog: ShiftDialog, day: date, start: tuple[int, int], end: tuple[int, int]):
    dialog.date.setDate(QDate(day.year, day.month, day.day))
    dialog.start.setTime(QTime(*start))
    dialog.end.setTime(QTime(*end))


# -- messages --------------------------------------------------------------------------------


def _real_violations() -> dict[ViolationKind, Violation]:
    """One violation of each kind, as rules.check_week writes them."""
    day = date(2026, 11, 24)
    people = {
        4: PersonInfo(4, "M. Rossi", Role.OFFICER, 36),
        2: PersonInfo(2, "L. Bianchi", Role.EDUCATOR, 4),
        5: PersonInfo(5, "G. Esposito", Role.OFFICER, 36),
    }
    shifts = [
        ShiftInfo(1, _at(day, 10), _at(day, 14), ShiftKind.JOINT, ()),  # nobody at all
        ShiftInfo(2, _at(day, 16), _at(day, 20), ShiftKind.PATROL, (4,)),
        ShiftInfo(3, _at(day, 18), _at(day, 22), ShiftKind.PATROL, (4,)),  # overlaps 2
        ShiftInfo(4, _at(day, 15), _at(day, 21), ShiftKind.OUTREACH, (2,)),  # 6 h > 4 h
        ShiftInfo(5, _at(day, 18), _at(day, 23), ShiftKind.PATROL, (5,)),
        ShiftInfo(6, _at(day + timedelta(days=1), 6), _at(day + timedelta(days=1), 10),
                  ShiftKind.PATROL, (5,)),  # 7 h after shift 5
    ]  # fmt: skip
    absences = [AbsenceInfo(4, _at(day, 0), _at(day, 12), AbsenceKind.SICKNESS)]
    absences.append(AbsenceInfo(4, _at(day, 15), _at(day, 17), AbsenceKind.SICKNESS))
    week_start, week_end = _at(MONDAY, 0), _at(MONDAY + timedelta(days=7), 0)
    away = [rules.UnavailableInfo(5, _at(day, 22), _at(day, 23))]  # Tuesdays 22-23
    found = rules.check_week(shifts, people, absences, week_start, week_end, unavailable=away)
    christmas = ShiftInfo(7, _at(date(2026, 12, 25), 18), _at(date(2026, 12, 25), 22),
                          ShiftKind.PATROL, (5,))  # fmt: skip
    found += rules.check_holidays([christmas], rules.HolidayRule(ROME, HolidayCalendar("CR", "en")))
    return {v.kind: v for v in found}


EXPECTED_VIOLATIONS = {
    ViolationKind.NO_EDUCATOR: "Joint shift without an educator",
    ViolationKind.NO_OFFICER: "Joint shift without an officer",
    ViolationKind.OVERLAP: "M. Rossi is in two overlapping shifts",
    ViolationKind.ABSENT: "M. Rossi is absent (sickness)",
    ViolationKind.UNAVAILABLE: "G. Esposito declared they are unavailable at that time",
    ViolationKind.SHORT_REST: "G. Esposito has less than 11 consecutive hours of rest",
    ViolationKind.WEEKLY_HOURS: "L. Bianchi: 6 h planned this week, contract 4 h",
    ViolationKind.HOLIDAY: "On a public holiday: Christmas Day",
}


@pytest.mark.parametrize("kind", list(ViolationKind))
def test_every_violation_kind_has_a_message(kind: ViolationKind) -> None:
    violation = _real_violations()[kind]
    assert messages.violation_text(violation, NAMES) == EXPECTED_VIOLATIONS[kind]


def test_violation_text_without_a_known_name_or_detail() -> None:
    odd = Violation(ViolationKind.WEEKLY_HOURS, 1, 99, "something else", hours=40.5)
    assert messages.violation_text(odd, NAMES) == (
        "Person 99 is planned above the weekly contract hours"
    )
    fractional = Violation(
        ViolationKind.WEEKLY_HOURS, 1, 2, "37.5 h planned, contract 36 h", 37.5, contract_hours=36
    )
    assert messages.violation_text(fractional, NAMES) == (
        "L. Bianchi: 37.5 h planned this week, contract 36 h"
    )


def _refusal(fn, *args) -> Exception:
    """The refusal a service function raises (through the same door the views use)."""
    with pytest.raises(Exception) as raised:
        fn(*args)
    return raised.value


def _anna(**changes) -> Person:
    values = {"first_name": "Anna", "last_name": "Conti", "role": Role.EDUCATOR, "active": True}
    values["left_on"] = None
    return Person(**(values | changes))


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (_refusal(rules.validate_times, _at(MONDAY, 8), _at(MONDAY, 21)), "at most 12 hours. Br"),
        (_refusal(rules.validate_times, _at(MONDAY, 8), _at(MONDAY, 8)), "Choose another end"),
        (StaleShift(7, None, 3), "Someone else changed this shift"),
        (unavailability(_anna(left_on=date(2026, 11, 10)), MONDAY), "Anna Conti left on 10/11/"),
        (unavailability(_anna(active=False), MONDAY), "Anna Conti is no longer active. Rem"),
        (unavailability(_anna(role=Role.MANAGER), MONDAY), "Anna Conti does not go out on shifts"),
        (PlanningError("shift_not_editable", "{status}", status=ShiftStatus.CANCELLED),
         "This shift is cancelled and"),
        (PlanningError("zone_inactive", "{zone}", zone="Borgo Po"),
         "The zone Borgo Po is no longer active"),
        (PlanningError("week_copy_onto_itself", "onto itself"), "Choose another week"),
        (PlanningError("something_new", "something new went wrong"), "something new went wrong"),
    ],
)  # fmt: skip
def test_planning_errors_say_what_to_do(error: Exception, expected: str) -> None:
    assert expected in error_text(error)


def test_permission_refusal_is_explained() -> None:
    actor = Actor(user_id=1, person_id=None, organization_id=None, role=Role.EDUCATOR, username="e")
    text = error_text(PermissionDenied(actor, Action.PLAN_SHIFTS))
    assert text.startswith("You are not allowed to plan shifts as educator.")


def test_labels_cover_every_value() -> None:
    assert [labels.shift_kind_label(k) for k in ShiftKind] == ["Joint", "Outreach", "Patrol"]
    assert all(labels.shift_status_label(s) for s in ShiftStatus)
    assert labels.absence_kind_label(AbsenceKind.SICKNESS) == "Sickness"
    assert {labels.role_mark(r) for r in Role} >= {"Edu", "Off"}
    assert all(labels.role_label(r) for r in Role)


def test_week_labels_in_the_locale() -> None:
    assert formatting.week_label(date(2026, 11, 16)) == "week 47 (16–22 November 2026)"
    assert formatting.week_range_text(date(2026, 11, 30)) == "30 November – 6 December 2026"
    assert formatting.week_range_text(date(2026, 12, 28)) == "28 December 2026 – 3 January 2027"
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    assert formatting.week_label(date(2026, 11, 16)) == "week 47 (16–22 novembre 2026)"
    assert formatting.format_hours(37.5) == "37,5"


# -- shift dialog ----------------------------------------------------------------------------


def test_new_shift_across_midnight_returns_an_aware_draft(qtbot) -> None:
    dialog = _shift_dialog(qtbot)
    assert dialog.windowTitle() == "New shift"
    _set_times(dialog, date(2026, 11, 27), (22, 0), (2, 30))
    dialog.zone.setCurrentIndex(dialog.zone.findData(2))
    dialog.kind.setCurrentIndex(dialog.kind.findData(ShiftKind.OUTREACH))
    dialog.objectives.setPlainText("  Contatti alla stazione \n")
    dialog.picker.set_checked(1, True)
    dialog.picker.set_checked(4, True)
    assert "ends next day" in dialog.timing.text()
    assert "4 h 30 min" in dialog.timing.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    draft = dialog.draft()
    assert draft == ShiftDraft(
        zone_id=2,
        starts_at=datetime(2026, 11, 27, 21, 0, tzinfo=UTC),
        ends_at=datetime(2026, 11, 28, 1, 30, tzinfo=UTC),
        kind=ShiftKind.OUTREACH,
        objectives="Contatti alla stazione",
        person_ids=(1, 4),
    )
    assert draft.starts_at.tzinfo is ROME and draft.ends_at.tzinfo is ROME
    assert type(draft.kind) is ShiftKind


def test_the_night_clocks_go_back_is_counted_in_real_hours(qtbot) -> None:
    dialog = _shift_dialog(qtbot)
    night = date(2026, 10, 24)  # clocks go back at 03:00 on Sunday 25 October
    _set_times(dialog, night, (22, 0), (6, 0))
    assert "9 h" in dialog.timing.text()  # the wall clock says 8
    _set_times(dialog, night, (20, 0), (7, 30))  # 11.5 h on the wall clock, 12.5 h really
    assert dialog.refusal() is not None
    assert not dialog.ok.isEnabled()


@pytest.mark.parametrize(
    ("start", "end", "reason"),
    [((8, 0), (21, 0), "at most 12 hours"), ((18, 0), (18, 0), "must end after it starts")],
)
def test_impossible_times_keep_ok_disabled_and_say_why(qtbot, start, end, reason) -> None:
    dialog = _shift_dialog(qtbot)
    dialog.show()
    _set_times(dialog, date(2026, 11, 24), start, end)
    assert not dialog.ok.isEnabled()
    assert dialog.refused.isVisible()
    assert reason in dialog.refused.text()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    _set_times(dialog, date(2026, 11, 24), (18, 0), (22, 0))
    assert dialog.ok.isEnabled() and not dialog.refused.isVisible()


def test_minutes_step_by_quarters(qtbot) -> None:
    edit = QuarterTimeEdit()
    qtbot.addWidget(edit)
    edit.setTime(QTime(18, 7))
    edit.setCurrentSection(QDateTimeEdit.Section.MinuteSection)
    edit.stepBy(1)
    assert edit.time() == QTime(18, 15)
    edit.stepBy(-2)
    assert edit.time() == QTime(17, 45)
    edit.setTime(QTime(23, 45))
    edit.setCurrentSection(QDateTimeEdit.Section.MinuteSection)
    edit.stepBy(1)
    assert edit.time() == QTime(0, 0)


def test_people_search_ignores_accents_and_case(qtbot, qtmodeltester) -> None:
    dialog = _shift_dialog(qtbot)
    picker = dialog.picker
    qtmodeltester.check(picker.proxy)

    def shown() -> list[str]:
        return [item.text() for item in picker._visible_people()]

    picker.search.setText("nicolo")
    assert shown() == ["Nicolò Ferrà"]
    picker.search.setText("FERRA n")
    assert shown() == ["Nicolò Ferrà"]
    picker.search.setText("polizia")  # an organization shows all its people
    assert shown() == ["Mario Rossi", "Giulia Esposito"]
    picker.search.setText("nicolò")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # the only match: checked
    assert picker.selected_ids() == (1,)
    picker.search.clear()
    assert len(shown()) == len(PEOPLE)


def test_hours_turn_red_above_the_contract_and_inactive_people_are_disabled(qtbot) -> None:
    dialog = _shift_dialog(qtbot)
    _set_times(dialog, date(2026, 11, 24), (18, 0), (22, 0))
    picker = dialog.picker
    hours = {i: picker._row_items(i)[2] for i in (1, 2)}
    assert hours[1].text() == "12 / 36 h"
    assert hours[2].text() == "34 / 36 h"  # not chosen yet, but 38 h with this shift
    assert hours[2].foreground().color().name() == "#b3261e"
    assert hours[1].foreground().style() == Qt.BrushStyle.NoBrush
    picker.set_checked(2, True)
    assert hours[2].text() == "38 / 36 h"
    assert not picker._rows[3].isEnabled()  # Anna Conti can no longer be planned


def test_editing_counts_the_stored_shift_once_and_keeps_a_dropped_person(qtbot) -> None:
    row = _row()
    people = [p for p in PEOPLE if p.id != 4]  # Rossi is no longer offered
    dialog = ShiftDialog(ZONES, people, ROME, row)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit shift"
    assert dialog.picker.selected_ids() == (4,)
    assert dialog.draft().starts_at == row.starts_at
    assert dialog.picker.hours_with_shift(4) == 4  # the stored shift, counted once
    assert dialog.picker._row_items(4)[2].text() == "4 h"  # contract unknown
    assert dialog.picker._rows[4].isEnabled()  # still chosen: can be dropped


def test_problems_are_shown_and_stale_answers_dropped(qtbot) -> None:
    checked: list[ShiftDraft] = []
    dialog = _shift_dialog(qtbot, check=checked.append)
    qtbot.waitUntil(lambda: len(checked) == 1)
    _set_times(dialog, date(2026, 11, 24), (18, 0), (22, 0))
    dialog.picker.set_checked(4, True)
    qtbot.waitUntil(lambda: len(checked) == 2)  # several edits, one check
    assert checked[-1] == dialog.draft()
    old = checked[-1]
    dialog.show_problems(
        [
            Violation(ViolationKind.NO_EDUCATOR, 0, None, "joint shift without an educator"),
            Violation(ViolationKind.OVERLAP, 0, 4, "person planned in two overlapping shifts"),
        ],
        {},
        draft=old,
    )
    assert dialog.problem_texts() == [
        "Joint shift without an educator",
        "M. Rossi is in two overlapping shifts",
    ]
    assert "M. Rossi is in two overlapping shifts" in dialog.problems.text()
    dialog.picker.set_checked(1, True)
    dialog.show_problems([], draft=old)  # an answer about the draft before the last edit
    assert len(dialog.problem_texts()) == 2
    dialog.show_problems([], draft=dialog.draft())
    assert dialog.problem_texts() == []
    assert dialog.problems.text() == "No problems found."
    assert dialog.ok.isEnabled()  # problems never block


def test_refused_times_are_not_sent_to_the_check(qtbot) -> None:
    checked: list[ShiftDraft] = []
    dialog = _shift_dialog(qtbot, check=checked.append)
    qtbot.waitUntil(lambda: len(checked) == 1)
    _set_times(dialog, date(2026, 11, 24), (18, 0), (18, 0))
    assert not dialog._check_timer.isActive()  # no check pending for refused times
    _set_times(dialog, date(2026, 11, 24), (18, 0), (21, 0))
    qtbot.waitUntil(lambda: len(checked) == 2)
    assert checked[-1].ends_at == _at(date(2026, 11, 24), 21)


def test_changing_a_published_shift_asks_first(qtbot, questions) -> None:
    dialog = ShiftDialog(ZONES, PEOPLE, ROME, _row())
    qtbot.addWidget(dialog)
    dialog.accept()  # nothing changed: nothing to confirm
    assert questions == []
    assert dialog.result() == QDialog.DialogCode.Accepted

    dialog = ShiftDialog(ZONES, PEOPLE, ROME, _row())
    qtbot.addWidget(dialog)
    dialog.end.setTime(QTime(23, 0))
    questions.answer = QMessageBox.StandardButton.No
    dialog.accept()
    assert "This shift is published" in questions[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    questions.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert dialog.draft().ends_at == _at(date(2026, 11, 25), 23)


def test_a_draft_shift_is_saved_without_asking(qtbot, questions) -> None:
    dialog = ShiftDialog(ZONES, PEOPLE, ROME, _row(ShiftStatus.DRAFT))
    qtbot.addWidget(dialog)
    dialog.end.setTime(QTime(23, 0))
    dialog.accept()
    assert questions == []
    assert dialog.result() == QDialog.DialogCode.Accepted


# -- absences --------------------------------------------------------------------------------


def _absence(kind=AbsenceKind.LEAVE, start=None, end=None, note="Ferie") -> AbsenceRow:
    return AbsenceRow(
        id=11,
        person_id=4,
        person_name="Mario Rossi",
        kind=kind,
        starts_at=start or _at(date(2026, 11, 16), 0).astimezone(UTC),
        ends_at=end or _at(date(2026, 11, 21), 0).astimezone(UTC),
        note=note,
        version_id=2,
    )


def test_absence_editor_refuses_an_end_before_the_start(qtbot) -> None:
    editor = AbsenceEditor(ROME)
    qtbot.addWidget(editor)
    editor.from_date.setDate(QDate(2026, 11, 20))
    editor.to_date.setDate(QDate(2026, 11, 18))
    assert not editor.ok.isEnabled()
    assert "choose a “To” day on or after the “From” day" in editor.refused.text()
    editor.accept()
    assert editor.result() != QDialog.DialogCode.Accepted

    editor.to_date.setDate(QDate(2026, 11, 20))  # one whole day
    assert editor.ok.isEnabled()
    values = editor.values()
    assert values.starts_at == _at(date(2026, 11, 20), 0)
    assert values.ends_at == _at(date(2026, 11, 21), 0)

    editor.partial.setChecked(True)
    editor.from_time.setTime(QTime(14, 0))
    editor.to_time.setTime(QTime(9, 0))
    assert not editor.ok.isEnabled()
    assert "later “To” day or time" in editor.refused.text()


def test_absence_editor_shows_whole_days_as_the_last_day_absent(qtbot) -> None:
    editor = AbsenceEditor(ROME, _absence())
    qtbot.addWidget(editor)
    assert not editor.partial.isChecked()
    assert editor.to_date.date() == QDate(2026, 11, 20)
    partial = _absence(
        AbsenceKind.TRAINING, _at(date(2026, 11, 24), 9), _at(date(2026, 11, 24), 13), None
    )
    editor = AbsenceEditor(ROME, partial)
    qtbot.addWidget(editor)
    assert editor.partial.isChecked()
    assert editor.values().ends_at == _at(date(2026, 11, 24), 13)
    assert editor.values().note is None


def test_absences_dialog_asks_its_owner_to_add_change_and_remove(qtbot, questions) -> None:
    dialog = AbsencesDialog(ROME)
    qtbot.addWidget(dialog)
    dialog.set_people(PEOPLE)
    with qtbot.waitSignal(dialog.sig_person_selected) as chosen:
        dialog.select_person(4)
    assert chosen.args == [4]
    dialog.set_absences(2, [_absence()])  # an answer for someone else: dropped
    assert dialog.rows.rowCount() == 0
    dialog.set_absences(4, [_absence()])
    assert dialog.rows.item(0, 1).text() == "16/11/2026"
    assert dialog.rows.item(0, 2).text() == "20/11/2026"
    assert not dialog.edit_button.isEnabled()

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None
    editor.kind.setCurrentIndex(editor.kind.findData(AbsenceKind.SICKNESS))
    editor.from_date.setDate(QDate(2026, 11, 24))
    editor.to_date.setDate(QDate(2026, 11, 25))
    editor.note.setPlainText("Certificato")
    with qtbot.waitSignal(dialog.sig_add_requested) as added:
        qtbot.mouseClick(editor.ok, Qt.MouseButton.LeftButton)
    assert added.args == [
        4,
        AbsenceKind.SICKNESS,
        _at(date(2026, 11, 24), 0),
        _at(date(2026, 11, 26), 0),
        "Certificato",
    ]

    dialog.table.selectRow(0)
    assert dialog.edit_button.isEnabled()
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    dialog.editor.note.clear()
    with qtbot.waitSignal(dialog.sig_update_requested) as updated:
        dialog.editor.accept()
    assert updated.args[0] == 11 and updated.args[4] is None and updated.args[5] == 2

    questions.answer = QMessageBox.StandardButton.No
    with qtbot.assertNotEmitted(dialog.sig_remove_requested):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "Remove the leave of Mario Rossi from 16/11/2026 to 20/11/2026?" in questions
    questions.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.sig_remove_requested) as removed:
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert removed.args == [11, 2]


def test_absences_person_search_ignores_accents(qtbot) -> None:
    dialog = AbsencesDialog(ROME, editable=False)
    qtbot.addWidget(dialog)
    dialog.set_people(PEOPLE)
    dialog.people.search.setText("ferra")
    assert [i.text() for i in dialog.people._visible_people()] == ["Nicolò Ferrà (Edu)"]
    with qtbot.waitSignal(dialog.sig_person_selected) as chosen:
        qtbot.keyClick(dialog.people.search, Qt.Key.Key_Return)
    assert chosen.args == [1]
    assert dialog.add_button.isHidden()


# -- copy week -------------------------------------------------------------------------------


def test_copy_week_defaults_to_the_previous_week(qtbot) -> None:
    dialog = CopyWeekDialog(MONDAY + timedelta(days=2))
    qtbot.addWidget(dialog)
    assert dialog.source_monday() == date(2026, 11, 16)
    assert "week 47 (16–22 November 2026)" in dialog.previous_label.text()
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()


def test_copy_week_refuses_the_week_shown_and_takes_any_day_of_another(qtbot) -> None:
    dialog = CopyWeekDialog(MONDAY)
    qtbot.addWidget(dialog)
    dialog.day.setDate(QDate(2026, 11, 26))  # Thursday of the week shown
    assert dialog.chosen.isChecked()
    assert dialog.source_monday() == MONDAY
    assert not dialog.ok.isEnabled()
    assert "cannot be copied onto itself" in dialog.refused.text()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.day.setDate(QDate(2026, 11, 4))  # a Wednesday
    assert dialog.source_monday() == date(2026, 11, 2)
    assert dialog.chosen_label.text() == "week 45 (2–8 November 2026)"
    assert dialog.ok.isEnabled()


def _landing(day: date, holiday: str) -> HolidayLanding:
    return HolidayLanding(
        1, "Stazione", _at(day, 18).astimezone(UTC), _at(day, 22).astimezone(UTC), day, holiday
    )


def test_copy_week_lists_the_shifts_on_holidays_and_leaves_them_out_by_default(qtbot) -> None:
    christmas = date(2026, 12, 21)
    asked: list[date] = []
    dialog = CopyWeekDialog(christmas, preview=asked.append, tz=ROME)
    qtbot.addWidget(dialog)
    dialog.show()
    assert asked == [date(2026, 12, 14)]  # the previous week, asked for at once
    assert not dialog.skip.isVisible()
    dialog.show_preview(
        CopyPreview(
            date(2026, 12, 14),
            christmas,
            4,
            (
                _landing(date(2026, 12, 25), "Christmas Day"),
                _landing(date(2026, 12, 26), "Saint Stephen's Day"),
            ),
        )
    )
    assert dialog.holiday_summary.text() == "Shifts that would fall on a public holiday: 2."
    assert dialog.holiday_texts() == [
        "Fri 25/12/2026 18:00 · Stazione: Christmas Day",
        "Sat 26/12/2026 18:00 · Stazione: Saint Stephen's Day",
    ]
    assert dialog.skip.isVisible() and dialog.skip.isChecked()
    assert dialog.skip_holidays()
    dialog.skip.setChecked(False)  # the person chooses to copy them anyway
    assert not dialog.skip_holidays()

    dialog.day.setDate(QDate(2026, 11, 4))  # another week: the list is asked for again
    assert asked[-1] == date(2026, 11, 2)
    assert dialog.holiday_texts() == [] and not dialog.skip.isVisible()
    stale = CopyPreview(
        date(2026, 12, 14), christmas, 4, (_landing(date(2026, 12, 25), "Christmas Day"),)
    )
    dialog.show_preview(stale)  # the answer for the week chosen before is ignored
    assert dialog.holiday_texts() == []
    dialog.show_preview(CopyPreview(date(2026, 11, 2), christmas, 3, ()))
    assert dialog.holiday_summary.text() == "No shift would fall on a public holiday."
    assert not dialog.skip.isVisible()


def test_copy_week_asks_nothing_for_the_week_shown(qtbot) -> None:
    asked: list[date] = []
    dialog = CopyWeekDialog(MONDAY, preview=asked.append)
    qtbot.addWidget(dialog)
    assert asked == []  # not before the dialog is on screen (its owner may not hold it yet)
    dialog.show()
    dialog.day.setDate(QDate(2026, 11, 26))  # the week shown: refused, no preview
    assert asked == [date(2026, 11, 16)]


def test_copy_result_lists_the_problems_in_words(qtbot) -> None:
    copy = _row(ShiftStatus.DRAFT)
    result = CopyResult(
        created=(copy,),
        problems=(
            CopyProblem(
                CopyProblemKind.PERSON_DROPPED,
                3,
                7,
                3,
                "2026-11-25 18:00: Anna Conti has left (on 2026-11-10); not copied",
                starts_at=datetime(2026, 11, 25, 18, tzinfo=ROME),
            ),
            CopyProblem(
                CopyProblemKind.VIOLATION,
                3,
                7,
                None,
                "joint shift without an educator",
                Violation(ViolationKind.NO_EDUCATOR, 7, None, "joint shift without an educator"),
            ),
        ),
    )
    dialog = CopyResultDialog(result, NAMES, ROME)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "Shifts copied as drafts: 1. Problems to look at: 2."
    assert dialog.problem_texts() == [
        "Wed 25/11/2026 18:00: A. Conti was left out of the copy: no longer active, left, "
        "or never on shifts",
        "Wed 25/11/2026 18:00 · Stazione: Joint shift without an educator",
    ]
    with qtbot.waitSignal(dialog.sig_shift_activated) as activated:
        dialog.problems.itemActivated.emit(dialog.problems.item(1))
    assert activated.args == [7]


@pytest.mark.parametrize(
    ("problem", "expected"),
    [
        (
            CopyProblem(CopyProblemKind.ZONE_INACTIVE, 1, None, None,
                        "2026-11-19 20:00: zone Borgo Po is not active; shift not copied",
                        starts_at=datetime(2026, 11, 19, 20, tzinfo=ROME), zone_name="Borgo Po"),
            "Thu 19/11/2026 20:00: Not copied: the zone Borgo Po is no longer active",
        ),
        (
            CopyProblem(CopyProblemKind.TIMES_REFUSED, 1, None, None,
                        "2026-03-29 02:30: a shift must end after it starts",
                        starts_at=datetime(2026, 3, 29, 2, 30, tzinfo=ROME)),
            "Sun 29/03/2026 02:30: Not copied: the same times are not a valid shift",
        ),
        (
            CopyProblem(CopyProblemKind.HOLIDAY, 1, None, None,
                        "2026-12-25 18:00: Natale is a public holiday; shift not copied",
                        starts_at=datetime(2026, 12, 25, 18, tzinfo=ROME), zone_name="Stazione",
                        holiday="Christmas Day"),
            "Fri 25/12/2026 18:00: Not copied: Christmas Day is a public holiday (Stazione)",
        ),
    ],
)  # fmt: skip
def test_every_copy_problem_kind_has_a_message(problem: CopyProblem, expected: str) -> None:
    assert messages.copy_problem_text(problem, NAMES, ROME).startswith(expected)


# -- .ics export -----------------------------------------------------------------------------


def test_export_dialog_builds_the_request(qtbot, tmp_path: Path, monkeypatch) -> None:
    dialog = ExportIcsDialog(MONDAY, PEOPLE, ZONES, folder=tmp_path)
    qtbot.addWidget(dialog)
    first = dialog.request()
    assert first == IcsRequest(
        first_day=MONDAY,
        last_day=date(2026, 12, 20),
        person_id=None,
        zone_id=None,
        include_drafts=False,
        path=tmp_path / "shifts-2026-W48.ics",
    )
    dialog.one_person.setChecked(True)
    dialog.person.setCurrentIndex(dialog.person.findData(4))
    dialog.include_drafts.setChecked(True)
    dialog.first_day.setDate(QDate(2026, 11, 30))
    assert dialog.request().path == tmp_path / "shifts-2026-W49.ics"  # follows the first day
    chosen = tmp_path / "rossi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(chosen), ""))
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.request() == IcsRequest(
        first_day=date(2026, 11, 30),
        last_day=date(2026, 12, 20),
        person_id=4,
        zone_id=None,
        include_drafts=True,
        path=tmp_path / "rossi.ics",
    )


def test_export_dialog_refuses_a_backwards_range_and_a_missing_folder(qtbot, tmp_path) -> None:
    dialog = ExportIcsDialog(MONDAY, PEOPLE, ZONES, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.one_zone.setChecked(True)
    assert dialog.request().zone_id == 1 and dialog.request().person_id is None
    dialog.last_day.setDate(QDate(2026, 11, 22))
    assert not dialog.ok.isEnabled()
    assert "last day comes before the first" in dialog.refused.text()
    dialog.last_day.setDate(QDate(2026, 11, 29))
    dialog.path.setText(str(tmp_path / "nowhere" / "turni.ics"))
    assert not dialog.ok.isEnabled()
    assert "does not exist" in dialog.refused.text()


# -- keyboard --------------------------------------------------------------------------------

DIALOGS = {
    "shift": lambda: ShiftDialog(ZONES, PEOPLE, ROME),
    "absences": lambda: AbsencesDialog(ROME),
    "absence editor": lambda: AbsenceEditor(ROME),
    "copy week": lambda: CopyWeekDialog(MONDAY),
    "export": lambda: ExportIcsDialog(MONDAY, PEOPLE, ZONES, folder=Path.home()),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_mnemonics_are_unique_in_each_dialog(qtbot, name: str) -> None:
    dialog = DIALOGS[name]()
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.title() for w in dialog.findChildren(QGroupBox)]
    letters = [found.group(1).lower() for t in texts if (found := MNEMONIC.search(t))]
    assert letters, "no mnemonics at all"
    assert len(letters) == len(set(letters)), sorted(letters)


def test_enter_saves_and_escape_cancels(qtbot) -> None:
    dialog = _shift_dialog(qtbot)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.start, Qt.Key.Key_Return)
    dialog = _shift_dialog(qtbot)
    dialog.show()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.objectives, Qt.Key.Key_Escape)
