"""The Calendar's "to debrief" button and badge, and the shift dialog's "at that time" column
(who is absent, busy elsewhere or short of rest), on both runners where they call services."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import Engine

from console import db
from console.models import (
    Absence,
    AbsenceKind,
    AvailabilityKind,
    AvailabilityRule,
    Role,
    Shift,
    ShiftAssignment,
    ShiftKind,
    ShiftStatus,
)
from console.services import access
from console.services.planning import to_debrief
from console.services.planning import week as week_module
from console.services.planning.availability import Availability, OtherShift
from console.services.planning.shift_edits import ShiftDraft
from console.views.calendar import section as calendar_section
from console.views.calendar.section import CalendarView
from console.views.calendar.shift_dialog import ShiftDialog
from console.views.common.people_picker import COL_AT_TIME
from console.views.overview.figures import _joint_detail
from tests.factories import ROME
from tests.views.signed_in import BOTH_RUNNERS, ContextMaker, settle
from tests.views.test_calendar import MONDAY, Team, at, team  # noqa: F401 - the fixture
from tests.views.test_calendar_dialogs import (  # noqa: F401 - english: en_GB dates
    PEOPLE,
    ZONES,
    _set_times,
    english,
)

# The Calendar's clock: Tuesday of MONDAY's week at 23:00, after the 18-22 shift of the tests.
NOW = at(1, 23)
COORDINATOR = access.Actor(
    user_id=None, person_id=None, organization_id=None, role=Role.COORDINATOR, username="c"
)


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> datetime:
    """The services read the time from console.clock: NOW, whatever the real date."""
    for module in (week_module, to_debrief):
        monkeypatch.setattr(module, "utc_now", lambda: NOW.astimezone(UTC))
    return NOW


def add_shift(
    engine: Engine,
    zone: int,
    starts_at: datetime,
    hours: float,
    people: tuple[int, ...],
    status: ShiftStatus = ShiftStatus.PUBLISHED,
) -> int:
    with db.session_scope(engine) as s:
        shift = Shift(
            zone_id=zone,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=hours),
            kind=ShiftKind.JOINT,
            status=status,
            assignments=[ShiftAssignment(person_id=p) for p in people],
        )
        s.add(shift)
        s.flush()
        return shift.id


def open_calendar(qtbot, engine: Engine, make_context: ContextMaker, day: date) -> CalendarView:
    context = make_context(engine, COORDINATOR)
    view = CalendarView(context)
    context.hub.sig_changed.connect(view.on_changed)
    qtbot.addWidget(view)
    view.resize(1400, 1000)
    view.show()
    view.show_week(day)
    settle(qtbot, context)
    return view


# -- the button and the badge ----------------------------------------------------------------


@BOTH_RUNNERS
def test_the_badge_counts_shifts_to_debrief_and_the_menu_opens_one(
    qtbot,
    engine: Engine,
    team: Team,  # noqa: F811
    make_context: ContextMaker,
    frozen_clock: datetime,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    over = add_shift(engine, team.zone, at(1, 18), 4, (team.educator, team.officer))
    add_shift(engine, team.zone, at(2, 18), 4, (team.educator, team.officer))  # tomorrow
    opened: list[int | None] = []
    monkeypatch.setattr(
        calendar_section,
        "open_debrief",
        lambda _parent, _context, shift_id: opened.append(shift_id),
    )
    badges: list[str] = []
    view = open_calendar(qtbot, engine, make_context, MONDAY + timedelta(days=14))
    view.sig_badge.connect(badges.append)
    view.update_badge()
    settle(qtbot, view.context)
    assert view.to_debrief.isVisibleTo(view)
    assert view.to_debrief.text() == "1 shift(s) to debrief"
    assert badges[-1] == "1"
    actions = view.to_debrief.menu().actions()
    assert len(actions) == 1 and "Piazza Roma" in actions[0].text()
    actions[0].trigger()  # from another week: go to the shift's week, select it, debrief it
    settle(qtbot, view.context)
    assert opened == [over]
    assert view.monday == MONDAY
    assert view.week.selected_shift_id() == over
    assert next(s for s in view.data.plan.shifts if s.id == over).to_debrief

    # The debrief recorded elsewhere: the shift is done, the badge goes.
    with db.session_scope(engine) as s:
        s.get_one(Shift, over).status = ShiftStatus.DONE
    view.context.hub.sig_changed.emit("shifts", (over,))
    settle(qtbot, view.context)
    qtbot.waitUntil(lambda: badges[-1] == "")  # asked once the week reloaded is painted
    assert not view.to_debrief.isVisibleTo(view)


# -- the shift dialog: who can work that time ------------------------------------------------


def test_the_dialog_asks_who_can_work_when_the_time_changes_not_on_a_tick(qtbot) -> None:
    asked: list[ShiftDraft] = []
    dialog = ShiftDialog(ZONES, PEOPLE, ROME, None, check_people=asked.append)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert dialog.picker.view.isColumnHidden(COL_AT_TIME)  # nothing known yet
    day = date(2026, 11, 24)
    _set_times(dialog, day, (18, 0), (22, 0))
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert (asked[-1].starts_at, asked[-1].ends_at) == dialog.times()
    busy = OtherShift(9, "Stazione", at(1, 17).astimezone(UTC), at(1, 20).astimezone(UTC))
    found = {
        1: Availability(1, absent=True),
        4: Availability(4, busy=(busy,)),
        5: Availability(5, short_rest=True, hours=40.0, contract_hours=36.0),
    }
    dialog.show_availability(found, draft=asked[-1])
    picker = dialog.picker
    assert not picker.view.isColumnHidden(COL_AT_TIME)
    column = {i: picker._row_items(i)[COL_AT_TIME] for i in (1, 2, 4, 5)}
    assert column[1].text() == "Absent"  # never the kind of absence
    assert column[2].text() == ""
    assert column[4].text() == "Busy 17:00–20:00 Stazione"
    assert column[4].toolTip() == "In another shift: Stazione, Tue 24/11/2026 17:00–20:00"
    assert column[5].text() == "< 11 h rest · Over contract"
    assert column[5].toolTip().splitlines() == [
        "Less than 11 hours of rest",
        "Over contract hours: 40 of 36 h",
    ]
    assert column[1].foreground().color().name() == "#a15c00"
    # Ticking someone who is absent is still possible (the rules then list it as a problem),
    # and a tick asks nothing new: the time did not change.
    picker.set_checked(1, True)
    assert picker.selected_ids() == (1,)
    dialog._run_check()  # what the pause after the tick leads to
    assert len(asked) == 2
    # An answer about another time is dropped.
    _set_times(dialog, day, (19, 0), (22, 0))
    dialog.show_availability({}, draft=asked[-1])
    assert column[1].text() == "Absent"
    qtbot.waitUntil(lambda: len(asked) == 3)
    dialog.show_availability({}, draft=asked[-1])
    assert column[1].text() == ""


@BOTH_RUNNERS
def test_the_calendar_dialog_shows_who_is_absent_busy_or_short_of_rest(
    qtbot,
    engine: Engine,
    team: Team,  # noqa: F811
    make_context: ContextMaker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_shift(engine, team.zone, at(1, 18), 4, (team.educator, team.officer))  # Tue 18-22
    with db.session_scope(engine) as s:
        s.add(
            Absence(
                person_id=team.officer2,
                kind=AbsenceKind.SICKNESS,
                starts_at=at(1, 0),
                ends_at=at(3, 0),
            )
        )
        s.add(  # Paolo Neri never works Tuesday evenings
            AvailabilityRule(
                person_id=team.educator2,
                kind=AvailabilityKind.UNAVAILABLE,
                weekday=1,
                start_minute=21 * 60,
                end_minute=24 * 60,
            )
        )
    view = open_calendar(qtbot, engine, make_context, MONDAY)
    seen: dict[int, str] = {}

    def look(dialog: ShiftDialog) -> int:
        # Tuesday 20:00-23:00: Bianchi and Rossi are in the evening shift, Verdi is off sick.
        _set_times(dialog, date(2026, 11, 24), (20, 0), (23, 0))
        picker = dialog.picker
        qtbot.waitUntil(lambda: picker.availability_text(team.officer2) != "", timeout=10_000)
        seen.update({i: picker.availability_text(i) for i in picker._rows})
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ShiftDialog, "exec", look)
    view.new_shift()
    settle(qtbot, view.context)
    assert seen[team.officer2] == "Absent"  # sickness is health data: the kind is not said
    assert seen[team.educator].startswith("In another shift: Piazza Roma, Tue 24/11/2026 18:00")
    assert seen[team.officer].startswith("In another shift: Piazza Roma")
    assert seen[team.educator2] == "Declared unavailable at that time"


# -- the dashboard's joint shifts tile -------------------------------------------------------


def test_the_joint_shifts_tile_says_how_many_wait_for_their_debrief(qapp) -> None:
    worked = SimpleNamespace(joint_planned=12, joint_done=7, joint_to_debrief=3)
    assert _joint_detail(worked) == "of 12 planned · 3 to debrief"  # type: ignore[arg-type]
    debriefed = SimpleNamespace(joint_planned=12, joint_done=12, joint_to_debrief=0)
    assert _joint_detail(debriefed) == "of 12 planned"  # type: ignore[arg-type]
