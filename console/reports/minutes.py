"""The minutes of a coordination meeting for one audience, as an A4 PDF to hand out.

Fed a :class:`~console.services.meetings.document.MinutesDocument` (which already holds only
what the audience may read, without names of people met); no database, no Qt. Every page says
which version it is, so a page that goes astray still tells its readers who it was for. All
text is in the embedded Unicode font (:mod:`console.reports.fonts`), so every name prints.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from console import texts
from console.models import ActionStatus, MeetingStatus, Visibility
from console.reports.fonts import FontFamily, unicode_family
from console.reports.pages import (
    INK,
    MARGIN,
    MUTED,
    a4_document,
    numbered_canvas,
    style_maker,
)
from console.reports.pages import paragraph_text as _text
from console.services.meetings.document import (
    MinutesAction,
    MinutesDocument,
    MinutesItem,
    MinutesText,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
RULE = colors.HexColor("#bdbdbd")
ACCENT = colors.HexColor("#1f4e79")
RESERVED = colors.HexColor("#8d2c1f")  # the mark of a text for one organization or social services
SHADE = colors.HexColor("#eef2f6")


@dataclass(frozen=True)
class MinutesPdf:
    content: bytes
    pages: int


def minutes_pdf(
    document: MinutesDocument, *, language: str, generated_at: datetime, tz: tzinfo
) -> bytes:
    """The minutes as PDF bytes, in ``language`` ('it' or 'en'), times shown in ``tz``."""
    return render_minutes(document, language=language, generated_at=generated_at, tz=tz).content


def render_minutes(
    document: MinutesDocument, *, language: str, generated_at: datetime, tz: tzinfo
) -> MinutesPdf:
    """As :func:`minutes_pdf`, with the number of pages."""
    lang = texts.language(language)
    words = texts.MINUTES[lang]
    fonts = unicode_family()
    styles = _styles(fonts)
    version = audience_words(document, lang)
    buffer = BytesIO()
    doc = a4_document(
        buffer, title=f"{words['document']}: {document.title} ({version})", lang=lang, header=8 * mm
    )
    stamp = words["generated"].format(**_moment(generated_at, tz, lang))

    def page_frame(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, top, f"{texts.PROJECT_PARTNERS} — {texts.PROJECT_NAME[lang]}")
        canvas.setFont(fonts.bold, 9)
        canvas.setFillColor(RESERVED if document.audience is not Visibility.SHARED else ACCENT)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 4.5 * mm, version)
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(MUTED)
        room = TEXT_WIDTH - stringWidth(version, fonts.bold, 9) - 6 * mm
        canvas.drawString(MARGIN, top - 4.5 * mm, _fit(document.title, fonts.regular, 8, room))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 6.5 * mm, PAGE_WIDTH - MARGIN, top - 6.5 * mm)
        canvas.drawString(MARGIN, MARGIN - 8 * mm, stamp)
        canvas.restoreState()

    pages: list[int] = []

    def page_numbers(canvas: Canvas, number: int, total: int) -> None:
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(MUTED)
        text = words["page"].format(n=number, total=total)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 8 * mm, text)
        pages[:] = [total]

    doc.build(
        _story(document, lang, tz, styles),
        onFirstPage=page_frame,
        onLaterPages=page_frame,
        canvasmaker=numbered_canvas(page_numbers, fonts.regular),
    )
    return MinutesPdf(buffer.getvalue(), pages[0] if pages else 0)


def audience_words(document: MinutesDocument, lang: str) -> str:
    """'Shared version — all partners', 'Version for <organization>', ..."""
    template = texts.MINUTES_AUDIENCES[texts.language(lang)][document.audience]
    return template.format(organization=document.organization_name)


# -- the story -------------------------------------------------------------------------------


def _story(
    document: MinutesDocument, lang: str, tz: tzinfo, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    words = texts.MINUTES[lang]
    story: list[Flowable] = [
        Paragraph(_text(words["document"]), styles["kicker"]),
        Paragraph(_text(document.title), styles["title"]),
        _facts(document, lang, tz, styles),
        Spacer(1, 3 * mm),
        *_attendance(document, lang, tz, styles),
    ]
    if document.summary.strip():
        story += [
            Paragraph(_text(words["summary"]), styles["h1"]),
            *_paragraphs(document.summary, styles["body"]),
        ]
    story.append(Paragraph(_text(words["agenda"]), styles["h1"]))
    if not document.items:
        story.append(Paragraph(_text(words["no_items"]), styles["body"]))
    for item in document.items:
        story += _item(item, document, lang, styles)
    return story


def _facts(
    document: MinutesDocument, lang: str, tz: tzinfo, styles: dict[str, ParagraphStyle]
) -> Table:
    words = texts.MINUTES[lang]
    held = document.held_at.astimezone(tz)
    status = texts.MINUTES_STATUSES[lang][document.status]
    if document.status is MeetingStatus.CLOSED and document.approved_at is not None:
        status = status.format(**_moment(document.approved_at, tz, lang))
        if document.approved_by:
            status = words["approved_by"].format(status=status, name=document.approved_by)
    version = audience_words(document, lang)
    rows = [
        (words["when"], words["at"].format(day=texts.long_date(held.date(), lang), time=_hm(held))),
        (words["place"], document.location.strip() or words["no_place"]),
        (words["status"], status),
        (words["version"], f"{version}. {words['no_personal_data']}"),
    ]
    table = Table(
        [
            [
                Paragraph(_text(k), styles["label"]),
                Paragraph(_text(v), styles["body"]),
            ]
            for k, v in rows
        ],
        colWidths=[32 * mm, TEXT_WIDTH - 32 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), unicode_family().regular),  # not Helvetica
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _attendance(
    document: MinutesDocument, lang: str, tz: tzinfo, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    words = texts.MINUTES[lang]
    present = [a for a in document.attendance if a.attended]
    absent = [a for a in document.attendance if not a.attended]
    flow: list[Flowable] = [Paragraph(_text(words["attendance"]), styles["h1"])]
    if present:
        # Each attendee acknowledged the confidentiality statement when recorded present: the
        # meeting starts only then (services/meetings/attendance).
        rows = [
            [Paragraph(_text(words["name"]), styles["head"]),
             Paragraph(_text(words["organization"]), styles["head"]),
             Paragraph(_text(words["acknowledged_column"]), styles["head"])],
            *([Paragraph(_text(a.name), styles["cell"]),
               Paragraph(_text(a.organization_name), styles["cell"]),
               Paragraph(_text(_acknowledged(a.acknowledged_at, tz, lang)), styles["cell"])]
              for a in present),
        ]  # fmt: skip
        flow.append(_grid(rows, [TEXT_WIDTH * 0.36, TEXT_WIDTH * 0.42, TEXT_WIDTH * 0.22]))
    else:
        flow.append(Paragraph(_text(words["nobody"]), styles["body"]))
    if absent:
        names = ", ".join(f"{a.name} ({a.organization_name})" for a in absent)
        flow.append(Paragraph(_text(words["absent"].format(names=names)), styles["note"]))
    return flow


def _item(
    item: MinutesItem, document: MinutesDocument, lang: str, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    words = texts.MINUTES[lang]
    if item.position is None:
        heading = words["general"]
        about = ""
    else:
        heading = f"{item.position + 1}. {item.title}"
        about = texts.AGENDA_KINDS[lang][item.kind] if item.kind is not None else ""
        reason = texts.AGENDA_REASONS[lang].get(item.reason, "")
        if reason:
            about = f"{about} · {words['proposed'].format(reason=reason)}"
    head: list[Flowable] = [Paragraph(_text(heading), styles["h2"])]
    if about:
        head.append(Paragraph(_text(about), styles["about"]))
    body: list[Flowable] = []
    if item.entries:
        body.append(Paragraph(_text(words["discussion"]), styles["h3"]))
        for entry, depth in _threaded(item.entries):
            body.append(_entry(entry, depth, document, lang, styles))
    if item.decisions:
        body.append(Paragraph(_text(words["decisions"]), styles["h3"]))
        for decision in item.decisions:
            text = _text(decision.text) + _mark(decision, document, lang)
            body.append(Paragraph(text, styles["bullet"], bulletText="▸"))
    if item.actions:
        body.append(Paragraph(_text(words["actions"]), styles["h3"]))
        body.append(_actions(item.actions, document, lang, styles))
    if not body:
        body.append(Paragraph(_text(words["nothing"]), styles["note"]))
    return [*head, *body]  # no space after: a last item must not spill onto a blank page


def _threaded(entries: Sequence[MinutesText]) -> list[tuple[MinutesText, int]]:
    """The paragraphs in the order written, each amendment right after the paragraph it
    amends (an amendment of an amendment one step further in), with its depth."""
    ids = {e.id for e in entries}
    amendments: dict[int, list[MinutesText]] = defaultdict(list)
    roots = []
    for entry in entries:
        if entry.amends_id is not None and entry.amends_id in ids:
            amendments[entry.amends_id].append(entry)
        else:
            roots.append(entry)
    ordered: list[tuple[MinutesText, int]] = []

    def visit(entry: MinutesText, depth: int) -> None:
        ordered.append((entry, depth))
        for amendment in amendments.get(entry.id, ()):
            visit(amendment, depth + 1)

    for root in roots:
        visit(root, 0)
    return ordered


def _entry(
    entry: MinutesText,
    depth: int,
    document: MinutesDocument,
    lang: str,
    styles: dict[str, ParagraphStyle],
) -> Flowable:
    words = texts.MINUTES[lang]
    text = _text(entry.text)
    if depth:
        text = f"<b>{_text(words['amendment'])}</b> {text}"
    if entry.audience is not Visibility.ORGANIZATION and entry.organization_name:
        # Who wrote it; an organization's own text is named by its mark already.
        text += f' <font color="{MUTED.hexval()}">({_text(entry.organization_name)})</font>'
    text += _mark(entry, document, lang)
    style = styles["amendment"] if depth else styles["body"]
    if depth > 1:
        style = ParagraphStyle(f"amendment{depth}", parent=style, leftIndent=6 * mm * depth)
    return Paragraph(text, style)


def _actions(
    actions: Sequence[MinutesAction],
    document: MinutesDocument,
    lang: str,
    styles: dict[str, ParagraphStyle],
) -> Table:
    words = texts.MINUTES[lang]
    statuses = texts.ACTION_STATUSES[lang]
    rows: list[list[Flowable]] = [
        [Paragraph(_text(w), styles["head"]) for w in
         (words["action"], words["owner"], words["organization"], words["due"], words["status"])]
    ]  # fmt: skip
    for action in actions:
        status = _text(statuses[action.status])
        if action.status is not ActionStatus.OPEN and action.status_reason.strip():
            status += f": {_text(action.status_reason)}"
        rows.append(
            [
                Paragraph(_text(action.text) + _mark(action, document, lang), styles["cell"]),
                Paragraph(_text(action.owner_name or "—"), styles["cell"]),
                Paragraph(_text(action.organization_name or "—"), styles["cell"]),
                Paragraph(_text(_day(action.due_on, lang)), styles["cell"]),
                Paragraph(status, styles["cell"]),
            ]
        )
    widths = [0.32, 0.20, 0.18, 0.13, 0.17]
    return _grid(rows, [TEXT_WIDTH * w for w in widths])


# -- pieces ----------------------------------------------------------------------------------


def _grid(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), unicode_family().regular),  # not Helvetica
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _mark(row: MinutesText | MinutesAction, document: MinutesDocument, lang: str) -> str:
    """A text beyond the shared ones says whose it is, e.g. ' [Polizia Locale only]'."""
    words = texts.MINUTES[lang]
    if row.audience is Visibility.SHARED:
        return ""
    if row.audience is Visibility.ORGANIZATION:
        name = row.organization_name or document.organization_name
        mark = words["only_organization"].format(organization=name)
    else:
        mark = words["only_social"]
    return f' <font color="{RESERVED.hexval()}">[{_text(mark)}]</font>'


def _paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    return [Paragraph(_text(part), style) for part in text.split("\n\n") if part.strip()]


def _fit(value: str, font: str, size: float, width: float) -> str:
    """``value`` cut short (…) to fit in ``width`` points."""
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def _acknowledged(moment: datetime | None, tz: tzinfo, lang: str) -> str:
    """When the attendee acknowledged the confidentiality statement; a dash if not (yet)."""
    if moment is None:
        return "—"
    return texts.MINUTES[lang]["at"].format(**_moment(moment, tz, lang))


def _hm(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def _moment(moment: datetime, tz: tzinfo, lang: str) -> dict[str, str]:
    """The local day and time of ``moment``, for a text's {day} and {time}."""
    local = moment.astimezone(tz)
    return {"day": texts.day_month_year(local.date(), lang), "time": _hm(local)}


def _day(day: date | None, lang: str) -> str:
    return texts.day_month_year(day, lang) if day is not None else "—"


def _styles(fonts: FontFamily) -> dict[str, ParagraphStyle]:
    style = style_maker(fonts)

    return {
        "kicker": style("kicker", fontSize=9, textColor=MUTED, spaceAfter=1 * mm),
        "title": style("title", fontName=fonts.bold, fontSize=17, leading=21, spaceAfter=3 * mm),
        "h1": style(
            "h1", fontName=fonts.bold, fontSize=12.5, leading=16, textColor=ACCENT,
            spaceBefore=5 * mm, spaceAfter=2 * mm, keepWithNext=True,
        ),
        "h2": style(
            "h2", fontName=fonts.bold, fontSize=11, leading=14, spaceBefore=3 * mm,
            keepWithNext=True,
        ),
        "h3": style(
            "h3", fontName=fonts.bold, fontSize=9, leading=12, textColor=MUTED,
            spaceBefore=2 * mm, spaceAfter=0.5 * mm, keepWithNext=True,
        ),
        "about": style(
            "about", fontName=fonts.italic, fontSize=8.5, textColor=MUTED, keepWithNext=True
        ),
        "label": style("label", fontName=fonts.bold, fontSize=9),
        "body": style("body", spaceAfter=1.5 * mm),
        "amendment": style(
            "amendment", leftIndent=6 * mm, borderPadding=(0, 0, 0, 2 * mm),
            spaceAfter=1.5 * mm, textColor=INK,
        ),
        "bullet": style("bullet", leftIndent=5 * mm, bulletIndent=0, spaceAfter=1 * mm),
        "note": style("note", fontName=fonts.italic, fontSize=8.5, textColor=MUTED,
                      spaceBefore=1 * mm),
        "head": style("head", fontName=fonts.bold, fontSize=8.5, leading=11),
        "cell": style("cell", fontSize=8.5, leading=11),
    }  # fmt: skip
