"""The printable week plan: A4 landscape, a zones x days grid readable on a notice board.

Fed a :class:`~console.services.planning.WeekPlan` and the week's holidays; no database, no Qt.
People appear by short name with a mark for their role (E educator, A/O officer); a holiday is
named under its day; the week's problems are listed after the grid so nobody discovers them in
the street. All text is in the embedded Unicode font
(:mod:`console.reports.fonts`), so every name prints; every page says "page X of Y" and when the
plan was generated.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from io import BytesIO
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from console import texts
from console.models import Role, ShiftStatus
from console.reports.fonts import FontFamily, unicode_family
from console.reports.pages import numbered_canvas
from console.services.planning.week import ShiftRow, WeekPlan

_WORDS = {
    "it": {
        "title": "Piano settimanale dei turni",
        "week": "Settimana {week}",
        "zone": "Zona",
        "problems": "Problemi da risolvere",
        "no_problems": "Nessun problema nel piano di questa settimana.",
        "no_shifts": "Nessun turno in questa settimana.",
        "legend": "E = educatore · A = agente · S = assistente sociale · C = coordinatore",
        "generated": "Generato il {when}",
        "page": "Pagina {n} di {total}",
    },
    "en": {
        "title": "Weekly shift plan",
        "week": "Week {week}",
        "zone": "Zone",
        "problems": "Problems to solve",
        "no_problems": "No problem in this week's plan.",
        "no_shifts": "No shift in this week.",
        "legend": "E = educator · O = officer · S = social worker · C = coordinator",
        "generated": "Generated on {when}",
        "page": "Page {n} of {total}",
    },
}
_ROLE_MARK = {
    "it": {Role.EDUCATOR: "E", Role.OFFICER: "A", Role.SOCIAL_WORKER: "S", Role.COORDINATOR: "C"},
    "en": {Role.EDUCATOR: "E", Role.OFFICER: "O", Role.SOCIAL_WORKER: "S", Role.COORDINATOR: "C"},
}


def _styles(fonts: FontFamily) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "base", fontName=fonts.regular, bulletFontName=fonts.regular, fontSize=10, leading=12
    )
    return {
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=fonts.bold,
            fontSize=18,
            leading=22,
            alignment=1,
            spaceAfter=2 * mm,
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12, leading=15),
        "head": ParagraphStyle("head", parent=base, fontName=fonts.bold, fontSize=10, leading=12),
        # 8.5 pt: a long double surname (Căpraru-Łukasiewicz) fits a day column unbroken
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=fonts.bold,
            fontSize=13,
            leading=16,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
        ),
        "item": ParagraphStyle("item", parent=base, fontSize=10, leading=13),
        "small": ParagraphStyle("small", parent=base, fontSize=8, textColor=colors.grey),
    }


def _clock(moment: datetime, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%H:%M")


def _shift_text(shift: ShiftRow, tz: ZoneInfo, lang: str, flagged: set[int]) -> str:
    marks = _ROLE_MARK[lang]
    people = ", ".join(f"{escape(p.short_name)} ({marks.get(p.role, '?')})" for p in shift.people)
    when = f"<b>{_clock(shift.starts_at, tz)}–{_clock(shift.ends_at, tz)}</b>"
    kind = texts.SHIFT_KINDS[lang][shift.kind]
    status = (
        ""
        if shift.status is ShiftStatus.PUBLISHED
        else (f" [{texts.SHIFT_STATUSES[lang][shift.status]}]")
    )
    warn = " <font color='#b00020'><b>(!)</b></font>" if shift.id in flagged else ""
    text = f"{when} {escape(kind)}{status}{warn}<br/>{people or '—'}"
    if shift.status is ShiftStatus.CANCELLED:
        text = f"<strike>{text}</strike>"
    return text


HOLIDAY_COLOUR = "#b00020"  # the holiday's name under its day, like the (!) of a problem
HOLIDAY_TINT = colors.HexColor("#fde8ec")  # the holiday's column header


def _day_head(day: date, lang: str, holidays: Mapping[date, str]) -> str:
    text = f"{texts.DAY_NAMES[lang][day.weekday()].capitalize()}<br/>{day.day}/{day.month}"
    if day in holidays:
        text += f"<br/><font color='{HOLIDAY_COLOUR}'>{escape(holidays[day])}</font>"
    return text


def _grid(  # noqa: PLR0917 - the plan, then how to print it
    plan: WeekPlan,
    tz: ZoneInfo,
    lang: str,
    styles: dict[str, ParagraphStyle],
    font: str,
    holidays: Mapping[date, str],
) -> Table:
    days = [plan.monday + timedelta(days=i) for i in range(7)]
    flagged = {v.shift_id for v in plan.violations if v.shift_id is not None}
    zones: dict[int, tuple[str, str]] = {}
    cells: dict[tuple[int, date], list[ShiftRow]] = defaultdict(list)
    for shift in plan.shifts:
        zones.setdefault(shift.zone_id, (shift.zone_name, shift.zone_colour))
        day = shift.starts_at.astimezone(tz).date()
        if plan.monday <= day < plan.monday + timedelta(days=7):
            cells[(shift.zone_id, day)].append(shift)
        else:  # started on the Sunday before: show it on Monday, where it is worked
            cells[(shift.zone_id, plan.monday)].append(shift)
    header = [Paragraph(_WORDS[lang]["zone"], styles["head"])] + [
        Paragraph(_day_head(d, lang, holidays), styles["head"]) for d in days
    ]
    rows: list[list[object]] = [header]
    ordered = sorted(zones.items(), key=lambda item: item[1][0])
    for zone_id, (name, _colour) in ordered:
        row: list[object] = [Paragraph(f"<b>{escape(name)}</b>", styles["cell"])]
        for day in days:
            parts = [_shift_text(s, tz, lang, flagged) for s in cells.get((zone_id, day), [])]
            row.append(Paragraph("<br/><br/>".join(parts), styles["cell"]))
        rows.append(row)
    width = landscape(A4)[0] - 20 * mm
    first = 34 * mm
    table = Table(rows, colWidths=[first] + [(width - first) / 7] * 7, repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), font),  # a table sets its cells' font, Helvetica by default
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9e9e9e")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eceff1")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for column, day in enumerate(days, start=1):
        if day in holidays:
            style.append(("BACKGROUND", (column, 0), (column, 0), HOLIDAY_TINT))
    for index, (_zone_id, (_name, colour)) in enumerate(ordered, start=1):
        tint = colors.HexColor(colour)
        style.append(("LINEBEFORE", (0, index), (0, index), 6, tint))
        style.append(
            (
                "BACKGROUND",
                (0, index),
                (0, index),
                colors.Color(tint.red, tint.green, tint.blue, alpha=0.15),
            )
        )
    table.setStyle(TableStyle(style))
    return table


def _problems(
    plan: WeekPlan, tz: ZoneInfo, lang: str, styles: dict[str, ParagraphStyle]
) -> list[object]:
    words = _WORDS[lang]
    shifts = {s.id: s for s in plan.shifts}
    names = {p.id: p.full_name for s in plan.shifts for p in s.people}
    flow: list[object] = [Paragraph(words["problems"], styles["h2"])]
    if not plan.violations:
        flow.append(Paragraph(words["no_problems"], styles["item"]))
        return flow
    seen: set[tuple[object, ...]] = set()
    for violation in plan.violations:
        key = (violation.kind, violation.shift_id, violation.person_id)
        if key in seen:
            continue
        seen.add(key)
        text = texts.VIOLATIONS[lang][violation.kind].format(
            person=names.get(violation.person_id or -1, "?"), holiday=violation.holiday or "?"
        )
        shift = shifts.get(violation.shift_id or -1)
        where = ""
        if shift is not None:
            day = texts.long_date(shift.starts_at.astimezone(tz).date(), lang)
            where = (
                f"{day}, {_clock(shift.starts_at, tz)}–{_clock(shift.ends_at, tz)}, "
                f"{shift.zone_name}: "
            )
        flow.append(Paragraph(f"• {escape(where)}{escape(text)}", styles["item"]))
    return flow


def week_plan_pdf(
    plan: WeekPlan,
    *,
    language: str,
    generated_at: datetime,
    holidays: Mapping[date, str] | None = None,
) -> bytes:
    """The week plan as PDF bytes, in ``language`` ('it' or 'en'), times in the plan's zone;
    each of the ``holidays`` (day: name, in that language) is named under its day."""
    lang = texts.language(language)
    words = _WORDS[lang]
    tz = ZoneInfo(plan.tz_name)
    fonts = unicode_family()
    styles = _styles(fonts)
    iso_year, iso_week, _ = plan.monday.isocalendar()
    span = texts.date_range(plan.monday, plan.monday + timedelta(days=6), lang)
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=10 * mm,
        rightMargin=10 * mm,
        topMargin=10 * mm,
        bottomMargin=12 * mm,
        title=f"{words['title']} – {words['week'].format(week=iso_week)} {iso_year}",
        author="Coordination Console",
    )
    flow: list[object] = [
        Paragraph(words["title"], styles["title"]),
        Paragraph(f"{words['week'].format(week=iso_week)} · {span}", styles["subtitle"]),
        Spacer(1, 4 * mm),
    ]
    if plan.shifts:
        flow.append(_grid(plan, tz, lang, styles, fonts.regular, holidays or {}))
    else:
        flow.append(Paragraph(words["no_shifts"], styles["item"]))
        for day, name in sorted((holidays or {}).items()):
            flow.append(
                Paragraph(f"{escape(texts.long_date(day, lang))}: {escape(name)}", styles["item"])
            )
    flow.append(Spacer(1, 2 * mm))
    flow.append(Paragraph(words["legend"], styles["small"]))
    flow.append(KeepTogether(_problems(plan, tz, lang, styles)))
    stamp = words["generated"].format(when=generated_at.astimezone(tz).strftime("%d/%m/%Y %H:%M"))

    def footer(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(10 * mm, 6 * mm, stamp)
        page = words["page"].format(n=number, total=total)
        canvas.drawRightString(landscape(A4)[0] - 10 * mm, 6 * mm, page)
        canvas.restoreState()

    doc.build(flow, canvasmaker=numbered_canvas(footer, fonts.regular))
    return buffer.getvalue()
