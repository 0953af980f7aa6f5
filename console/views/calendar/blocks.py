"""What the week view and the zone view show of each shift: its texts and its hover card.

Built once per loaded week from the plan, for both views. The texts keep the translation
context "WeekView", where they have always been translated.
"""

from __future__ import annotations

import dataclasses
import functools
import html
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from console.models import Role
from console.services.planning.week import ShiftRow, WeekPlan
from console.views.calendar import messages
from console.views.calendar.block_text import Name, initials, lookup_codes
from console.views.common import formatting, labels

PROBLEM_COLOUR = "#c62828"
# Before a person kept on the shift by a lock (an anchor: the padlock emoji is missing from
# common fonts); a locked shift says so in words and shows a padlock drawn on its block.
LOCK_MARK = "\N{ANCHOR} "


@dataclass(frozen=True)
class ShiftBlock:
    """What the views show of one shift."""

    row: ShiftRow
    times: str  # "18:00–21:00"
    start: str  # "18:00", when the range does not fit
    code: str  # the zone's short code: "PR"
    names: tuple[Name, ...]  # "M. Rossi E" / "MR E"
    problems: tuple[str, ...]  # human sentences
    tz: ZoneInfo
    holiday: str | None  # the name of the holiday the shift starts on
    ghost: bool = False  # an outing of a proposal of the week, not written yet
    ghost_notes: tuple[str, ...] = ()  # what a ghost changes, in its hover card

    @property
    def people(self) -> tuple[str, ...]:
        return tuple(name.full for name in self.names)

    @functools.cached_property
    def tooltip(self) -> str:
        """The hover card (HTML), written the first time it is asked for: a week has hundreds
        of blocks and a pointer hovers over few."""
        card = _hover_card(self)
        if not self.ghost:
            return card
        heading = QCoreApplication.translate("WeekView", "Proposed")
        card = f"<b>{html.escape(heading)}</b><br>" + card
        if self.ghost_notes:
            card += "<br>" + "<br>".join(f"• {html.escape(n)}" for n in self.ghost_notes)
        return card


def role_mark(role: Role) -> str:
    if role is Role.EDUCATOR:
        #: One letter after a name on a shift block: an educator (Italian: E = educatore).
        return QCoreApplication.translate("WeekView", "E", "role mark")
    if role is Role.OFFICER:
        #: One letter after a name on a shift block: a police officer (Italian: A = agente).
        return QCoreApplication.translate("WeekView", "O", "role mark")
    if role is Role.SOCIAL_WORKER:
        #: One letter after a name on a shift block: a social worker (Italian: S = sociale).
        return QCoreApplication.translate("WeekView", "S", "role mark")
    if role is Role.COORDINATOR:
        #: One letter after a name on a shift block: a coordinator (Italian: C).
        return QCoreApplication.translate("WeekView", "C", "role mark")
    return ""


def shift_blocks(
    plan: WeekPlan,
    tz: ZoneInfo,
    holidays: Mapping[date, str] | None = None,
    earlier: Mapping[int, ShiftBlock] | None = None,
) -> dict[int, ShiftBlock]:
    """Every shift of ``plan`` as a block, with its problems and, on a holiday, its name.

    A block of ``earlier`` (the blocks of the previous plan, made in the same locale) is kept
    when its row is the same object with the same zone code, problems and holiday: the week
    read again gives the same row objects for the shifts that did not change
    (:mod:`console.services.planning.week` builds each once)."""
    names = {p.id: p.short_name for s in plan.shifts for p in s.people}
    problems: dict[int, list[str]] = {}
    for violation in plan.violations:
        if violation.shift_id is not None:
            problems.setdefault(violation.shift_id, []).append(
                messages.violation_text(violation, names)
            )
    codes = lookup_codes({row.zone_id: row.zone_name for row in plan.shifts})
    earlier = earlier or {}
    texts = _Texts()
    blocks = {}
    for row in plan.shifts:
        code, found = codes[row.zone_id], tuple(dict.fromkeys(problems.get(row.id, ())))
        block = earlier.get(row.id)
        if (
            block is None
            or block.row is not row
            or block.code != code
            or block.problems != found
            or block.tz != tz
            or block.holiday != (holidays or {}).get(row.starts_at.astimezone(tz).date())
        ):
            block = _block(row, tz, code, found, holidays, texts=texts)
        blocks[row.id] = block
    return blocks


class _Texts:
    """The texts of one :func:`shift_blocks` call, each made once per distinct value: a busy
    week has hundreds of shifts but a few dozen start and end times and the same people on
    many of them (a ``QLocale`` or a translation looked up a thousand times costs more than
    the rest of the blocks together)."""

    def __init__(self) -> None:
        self._times: dict[tuple[int, int], str] = {}
        self._names: dict[tuple[str, str, Role, bool], Name] = {}

    def time(self, moment: time) -> str:
        key = (moment.hour, moment.minute)
        text = self._times.get(key)
        if text is None:
            text = self._times[key] = formatting.format_time(moment)
        return text

    def name(self, short_name: str, full_name: str, role: Role, locked: bool) -> Name:
        key = (short_name, full_name, role, locked)
        name = self._names.get(key)
        if name is None:
            lock, mark = LOCK_MARK if locked else "", role_mark(role)
            name = self._names[key] = Name(
                f"{lock}{short_name} {mark}".rstrip(),
                f"{lock}{initials(full_name)} {mark}".rstrip(),
            )
        return name


def _block(
    row: ShiftRow,
    tz: ZoneInfo,
    code: str,
    problems: tuple[str, ...],
    holidays: Mapping[date, str] | None,
    *,
    texts: _Texts | None = None,
) -> ShiftBlock:
    texts = texts or _Texts()
    start, end = row.starts_at.astimezone(tz), row.ends_at.astimezone(tz)
    first = texts.time(start.time())
    times = f"{first}–{texts.time(end.time())}"
    people = tuple(texts.name(p.short_name, p.full_name, p.role, p.locked) for p in row.people)
    holiday = (holidays or {}).get(start.date())
    return ShiftBlock(row, times, first, code, people, problems, tz, holiday)


def _hover_card(block: ShiftBlock) -> str:
    row, tz, code, problems = block.row, block.tz, block.code, block.problems
    start, end = row.starts_at.astimezone(tz), row.ends_at.astimezone(tz)
    when = formatting.format_moment(start, tz)
    until = (
        formatting.format_time(end.time())
        if end.date() == start.date() or end.time() == time(0)
        else formatting.format_moment(end, tz)
    )
    # Outside the f-strings below, where lupdate would not find them.
    nobody = QCoreApplication.translate("WeekView", "No one assigned")
    heading = QCoreApplication.translate("WeekView", "Problems")
    lines = [
        f"<b>{html.escape(when)} – {html.escape(until)}</b>",
        html.escape(f"{row.zone_name} ({code})"),
        html.escape(
            f"{labels.shift_kind_label(row.kind)} · {labels.shift_status_label(row.status)}"
        ),
    ]
    if row.locked:
        lines.append(html.escape(locked_text()))
    if block.holiday:
        text = QCoreApplication.translate("WeekView", "Holiday: {name}")
        lines.append(html.escape(text.format(name=block.holiday)))
    lines += [
        html.escape(f"{LOCK_MARK if p.locked else ''}{p.full_name} ({labels.role_label(p.role)})")
        for p in row.people
    ] or [f"<i>{html.escape(nobody)}</i>"]
    if any(p.locked for p in row.people):
        kept = QCoreApplication.translate("WeekView", "kept on the shift whatever a proposal says")
        lines.append(html.escape(f"{LOCK_MARK.strip()} {kept}"))
    if row.objectives.strip():
        lines.append(f"<i>{html.escape(shortened(row.objectives, 160))}</i>")
    if problems:
        lines.append(f"<b style='color:{PROBLEM_COLOUR}'>{html.escape(heading)}</b>")
        lines += [f"• {html.escape(text)}" for text in problems]
    return "<br>".join(lines)


def locked_text() -> str:
    return QCoreApplication.translate("WeekView", "Locked: a proposal keeps it as it is")


def ghost_block(row: ShiftRow, tz: ZoneInfo, code: str, notes: tuple[str, ...]) -> ShiftBlock:
    """A proposed outing (``row.id`` negative, not in the database) as a ghost block; its
    ``notes`` (what changes) go into the hover card."""
    block = _block(row, tz, code, (), None)
    return dataclasses.replace(block, ghost=True, ghost_notes=notes)


def nobody_text() -> str:
    return QCoreApplication.translate("WeekView", "No one assigned")


def shortened(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
