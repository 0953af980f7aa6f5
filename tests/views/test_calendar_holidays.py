"""The Calendar and public holidays: a shift moved onto one is warned about in the Problems
panel (the province from Settings), and copying a week shows which shifts would fall on one and
leaves them out unless the person says otherwise."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QDialog
from sqlalchemy import Engine

from console import db
from console.config import HOLIDAY_PROVINCE
from console.models import ShiftKind
from console.services.changes import Area
from console.services.planning import shift_edits
from console.services.planning.shift_edits import ShiftDraft
from console.views.calendar.copy_week_dialog import CopyResultDialog, CopyWeekDialog
from console.views.calendar.section import CalendarView
from tests.factories import ROME
from tests.views.signed_in import BOTH_RUNNERS, settle
from tests.views.test_calendar import (
    Team,
    accept_dialog_with,
    calendar,
    drag,
    shifts,
    team,
    trigger,
)

# The Calendar's own fixtures, found by pytest under these names.
FIXTURES = (accept_dialog_with, calendar, team)


def _local(day: date, hour: int) -> datetime:
    return datetime.combine(day, datetime.min.time(), ROME).replace(hour=hour)


def _plan(engine: Engine, calendar: CalendarView, team: Team, day: date) -> int:
    draft = ShiftDraft(
        team.zone, _local(day, 18), _local(day, 22), ShiftKind.JOINT, "", (team.educator,)
    )
    with db.session_scope(engine) as s:
        return shift_edits.create_shift(s, calendar.actor, draft).id


def _problems(calendar: CalendarView) -> list[str]:
    return [calendar.problems.item(i).text() for i in range(calendar.problems.count())]


@BOTH_RUNNERS
def test_moving_a_shift_onto_sant_omobono_warns_in_cremona_not_in_milan(
    qtbot, calendar: CalendarView, engine: Engine, team: Team, accept_dialog_with
) -> None:
    _plan(engine, calendar, team, date(2026, 11, 12))  # a Thursday
    calendar.show_week(date(2026, 11, 9))
    settle(qtbot, calendar.context)
    assert not any("public holiday" in text for text in _problems(calendar))

    (shift_id,) = (s.id for s in calendar.data.plan.shifts)
    week = calendar.week
    grab = week.block_rect(shift_id).center()
    one_day = week.pos_for(_local(date(2026, 11, 13), 20)) - week.pos_for(
        _local(date(2026, 11, 12), 20)
    )
    drag(qtbot, calendar, grab, grab + one_day)  # onto Friday 13, Sant'Omobono
    assert shifts(engine)[0].starts_at.astimezone(ROME).date() == date(2026, 11, 13)
    assert any("On a public holiday: Saint Homobonus" in text for text in _problems(calendar))

    calendar.context.settings.set_value(HOLIDAY_PROVINCE, "MI")
    calendar.context.hub.sig_changed.emit(Area.SETTINGS, (HOLIDAY_PROVINCE.name,))
    settle(qtbot, calendar.context)
    assert not any("public holiday" in text for text in _problems(calendar))


@BOTH_RUNNERS
def test_copying_onto_christmas_week_lists_and_skips_the_shifts_on_holidays(
    qtbot, calendar: CalendarView, engine: Engine, team: Team, monkeypatch
) -> None:
    _plan(engine, calendar, team, date(2026, 12, 16))  # Wednesday: copied onto the 23rd
    _plan(engine, calendar, team, date(2026, 12, 18))  # Friday: would fall on Christmas
    calendar.show_week(date(2026, 12, 21))
    settle(qtbot, calendar.context)
    seen: list[list[str]] = []
    choices = iter([True, False])  # leave them out, then copy them anyway

    def look_then_accept(dialog: CopyWeekDialog) -> int:
        dialog.show()  # the preview is asked for once the dialog is on screen
        qtbot.waitUntil(lambda: bool(dialog.holiday_texts()))
        seen.append(dialog.holiday_texts())
        dialog.skip.setChecked(next(choices))
        return QDialog.DialogCode.Accepted

    reports: list[CopyResultDialog] = []
    monkeypatch.setattr(CopyWeekDialog, "exec", look_then_accept)
    monkeypatch.setattr(CopyResultDialog, "open", lambda self: reports.append(self))  # noqa: PLW0108 - a method must take self

    trigger(qtbot, calendar, calendar.act_copy)
    ((listed,),) = seen
    assert listed.startswith("Fri 25") and listed.endswith("18:00 · Piazza Roma: Christmas Day")
    copied = [s for s in shifts(engine) if s.starts_at.astimezone(ROME).date() >= calendar.monday]
    assert [s.starts_at.astimezone(ROME).day for s in copied] == [23]
    assert any("Not copied: Christmas Day" in text for text in reports[0].problem_texts())

    trigger(qtbot, calendar, calendar.act_undo)
    trigger(qtbot, calendar, calendar.act_copy)
    copied = [s for s in shifts(engine) if s.starts_at.astimezone(ROME).date() >= calendar.monday]
    assert sorted(s.starts_at.astimezone(ROME).day for s in copied) == [23, 25]
    assert any("On a public holiday: Christmas Day" in text for text in _problems(calendar))
    assert any("On a public holiday: Christmas Day" in t for t in reports[1].problem_texts())
