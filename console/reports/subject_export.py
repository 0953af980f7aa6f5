"""A person's own data (subject access) as an A4 PDF to hand to them: fed a
:class:`~console.services.retention.subject_access.SubjectExport`, no database, no Qt. Every
page says whose data it is, when it was produced, and "page X of Y"; all text is in the embedded
Unicode font."""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from console import texts
from console.clock import HOME_TIME_ZONE
from console.reports.fonts import unicode_family
from console.reports.pages import (
    INK,
    MARGIN,
    MUTED,
    StyleMaker,
    a4_document,
    numbered_canvas,
    paragraph_text,
    style_maker,
)
from console.services.retention.subject_access import ExportedCase, SubjectExport

PAGE_WIDTH, PAGE_HEIGHT = A4

WORDS = {
    "it": {
        "document": "Dati personali di una persona incontrata",
        "intro": (
            "Tutto ciò che la console conserva su questa persona, prodotto su sua richiesta "
            "(accesso dell'interessato). Motivo: {reason}."
        ),
        "produced": "Prodotto il {at}",
        "page": "pagina {n} di {total}",
        "profile": "Profilo",
        "identification": "Identificazione",
        "alias": "Soprannome",
        "full_name": "Nome e cognome",
        "birth_year": "Anno di nascita",
        "description": "Descrizione",
        "zone": "Zona abituale",
        "in_care": "In carico ai servizi sociali",
        "care_reference": "Riferimento dei servizi sociali",
        "recorded": "Registrato il",
        "amendments": "Rettifiche (valore precedente conservato)",
        "consents": "Consensi e basi giuridiche",
        "cases": "Casi che la riguardano",
        "notes": "Note",
        "referrals": "Invii",
        "contacts": "Uscite in cui è stata incontrata",
        "readings": "Chi ha letto i suoi dati e perché",
        "none": "nessuno",
        "h_amendments": "Campo|Prima|Dopo|Motivo|Quando",
        "h_consents": "Ente|Base|Riferimento|Dal|Scade|Revocato",
        "h_notes": "Scritta|Ente (destinatari)|Nota",
        "h_referrals": "Inviato|Da → a|Stato|Motivo",
        "h_contacts": "Quando|Zona",
        "h_readings": "Quando|Chi|Cosa|Motivo",
        "yes": "sì",
        "no": "no",
    },
    "en": {
        "document": "Personal data of a person met",
        "intro": (
            "Everything the console holds about this person, produced at their request "
            "(subject access). Reason: {reason}."
        ),
        "produced": "Produced on {at}",
        "page": "page {n} of {total}",
        "profile": "Profile",
        "identification": "Identification",
        "alias": "Nickname",
        "full_name": "Full name",
        "birth_year": "Year of birth",
        "description": "Description",
        "zone": "Usual zone",
        "in_care": "In the care of social services",
        "care_reference": "Social services' reference",
        "recorded": "Recorded on",
        "amendments": "Corrections (the value before is kept)",
        "consents": "Consents and legal bases",
        "cases": "Cases about them",
        "notes": "Notes",
        "referrals": "Referrals",
        "contacts": "Outings they were met on",
        "readings": "Who read their data and why",
        "none": "none",
        "h_amendments": "Field|Before|After|Reason|When",
        "h_consents": "Organization|Basis|Reference|From|Expires|Withdrawn",
        "h_notes": "Written|Organization (audience)|Note",
        "h_referrals": "Sent|From → to|Status|Reason",
        "h_contacts": "When|Zone",
        "h_readings": "When|Who|What|Reason",
        "yes": "yes",
        "no": "no",
    },
}


# The stored values the export shows, in words (identification and referral statuses come from
# console.texts, shared with the other documents).
VALUES = {
    "it": {
        "consent": "consenso",
        "legal_obligation": "obbligo di legge",
        "public_task": "compito pubblico",
        "vital_interest": "interesse vitale",
        "open": "aperto",
        "monitoring": "in osservazione",
        "referred": "inviato",
        "closed": "chiuso",
        "shared": "tutti i partner",
        "organization": "solo il proprio ente",
        "social_services": "servizi sociali",
        "full_name": "nome e cognome",
        "alias": "soprannome",
        "description": "descrizione",
        "birth_year": "anno di nascita",
        "profile": "profilo",
    },
    "en": {
        "consent": "consent",
        "legal_obligation": "legal obligation",
        "public_task": "public task",
        "vital_interest": "vital interest",
        "open": "open",
        "monitoring": "monitoring",
        "referred": "referred",
        "closed": "closed",
        "shared": "all partners",
        "organization": "own organization only",
        "social_services": "social services",
        "full_name": "full name",
        "alias": "nickname",
        "description": "description",
        "birth_year": "year of birth",
        "profile": "profile",
    },
}


def _word(value: str, lang: str) -> str:
    words = {
        **VALUES[lang],
        **texts.IDENTIFICATION_STAGES[lang],
        **texts.REFERRAL_STATUSES[lang],
    }
    return words.get(value, value)


def _when(value: datetime | date | None, tz: ZoneInfo) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def subject_export_pdf(
    export: SubjectExport, *, language: str, tz: ZoneInfo = HOME_TIME_ZONE
) -> bytes:
    """The export as PDF bytes in ``language`` ('it' or 'en'), times in ``tz``."""
    lang = texts.language(language)
    words = WORDS[lang]
    fonts = unicode_family()
    style = style_maker(fonts)
    buffer = BytesIO()
    title = f"{words['document']} — {export.subject_id}"
    doc = a4_document(buffer, title=title, lang=lang)
    stamp = words["produced"].format(at=_when(export.produced_at, tz))

    def page_frame(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, PAGE_HEIGHT - MARGIN, title)
        canvas.drawString(MARGIN, MARGIN - 8 * mm, stamp)
        canvas.restoreState()

    def page_numbers(canvas: Canvas, number: int, total: int) -> None:
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(MUTED)
        text = words["page"].format(n=number, total=total)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 8 * mm, text)

    doc.build(
        _story(export, {**words, "lang": lang}, style, tz),
        onFirstPage=page_frame,
        onLaterPages=page_frame,
        canvasmaker=numbered_canvas(page_numbers, fonts.regular),
    )
    return buffer.getvalue()


def _table(
    rows: list[list[str]],
    style: StyleMaker,
    widths: list[float] | None = None,
    header: str | None = None,
) -> Table:
    """A table of plain texts; ``header`` ("A|B|C") is its first row, repeated on each page."""
    cell = style("cell", fontSize=8.5, leading=11)
    head = style("head", fontName=unicode_family().bold, fontSize=8.5, leading=11)
    cells = [[Paragraph(paragraph_text(str(v)), cell) for v in row] for row in rows]
    if header is not None:
        cells.insert(0, [Paragraph(paragraph_text(h), head) for h in header.split("|")])
    table = Table(cells, colWidths=widths, repeatRows=1 if header is not None else 0)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), unicode_family().regular),  # not Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, MUTED),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ]
        )
    )
    return table


def _story(
    export: SubjectExport, words: dict[str, str], style: StyleMaker, tz: ZoneInfo
) -> list[Flowable]:
    bold = unicode_family().bold
    h1 = style("h1", fontName=bold, fontSize=15, leading=19, spaceAfter=6)
    h2 = style("h2", fontName=bold, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
    h3 = style("h3", fontName=bold, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2)
    body = style("body")
    none = Paragraph(words["none"], style("none", textColor=MUTED))
    yes_no = words["yes"] if export.in_care else words["no"]
    story: list[Flowable] = [
        Paragraph(paragraph_text(words["document"]), h1),
        Paragraph(paragraph_text(words["intro"].format(reason=export.reason)), body),
        Spacer(1, 4 * mm),
        Paragraph(words["profile"], h2),
        _table(
            [
                [words["identification"], _word(export.identification, words["lang"])],
                [words["alias"], export.alias or ""],
                [words["full_name"], export.full_name or ""],
                [words["birth_year"], "" if export.birth_year is None else str(export.birth_year)],
                [words["description"], export.description],
                [words["zone"], export.usual_zone],
                [words["in_care"], yes_no],
                [words["care_reference"], export.care_reference or ""],
                [words["recorded"], _when(export.recorded_at, tz)],
            ],
            style,
            [55 * mm, None],  # type: ignore[list-item]
        ),
        Paragraph(words["amendments"], h2),
    ]
    story.append(
        _table(
            [
                [
                    _word(a.field, words["lang"]),
                    a.old_value or "",
                    a.new_value or "",
                    a.reason,
                    _when(a.amended_at, tz),
                ]
                for a in export.amendments
            ],
            style,
            header=words["h_amendments"],
        )
        if export.amendments
        else none
    )
    story.append(Paragraph(words["consents"], h2))
    story.append(
        _table(
            [
                [
                    c.organization,
                    _word(c.basis, words["lang"]),
                    c.legal_reference or "",
                    _when(c.given_on, tz),
                    _when(c.expires_on, tz),
                    _when(c.withdrawn_on, tz),
                ]
                for c in export.consents
            ],
            style,
            header=words["h_consents"],
        )
        if export.consents
        else none
    )
    story.append(Paragraph(words["cases"], h2))
    if not export.cases:
        story.append(none)
    for case in export.cases:
        story.extend(_case(case, words, style, h3, tz))
    story.append(Paragraph(words["contacts"], h2))
    story.append(
        _table(
            [[_when(c.on, tz), c.zone] for c in export.contacts], style, header=words["h_contacts"]
        )
        if export.contacts
        else none
    )
    story.append(Paragraph(words["readings"], h2))
    story.append(
        _table(
            [
                [_when(r.at, tz), r.who, _word(r.what, words["lang"]), r.reason]
                for r in export.readings
            ],
            style,
            header=words["h_readings"],
        )
        if export.readings
        else none
    )
    return story


def _case(
    case: ExportedCase, words: dict[str, str], style: StyleMaker, h3: object, tz: ZoneInfo
) -> list[Flowable]:
    lang = words["lang"]
    status = _word(case.status, lang)
    heading = f"{case.id}. {case.title} — {status}, {case.zone} ({case.organization})"
    parts: list[Flowable] = [
        Paragraph(paragraph_text(heading), h3),  # type: ignore[arg-type]
        Paragraph(
            paragraph_text(f"{_when(case.opened_at, tz)} – {_when(case.closed_at, tz)}"),
            style("dates", textColor=MUTED),
        ),
        Paragraph(words["notes"], style("h4", fontSize=9.5, spaceBefore=3)),
    ]
    parts.append(
        _table(
            [
                [
                    _when(n.written_at, tz),
                    f"{n.organization} ({_word(n.audience, lang)})",
                    n.body,
                ]
                for n in case.notes
            ],
            style,
            [28 * mm, 45 * mm, None],  # type: ignore[list-item]
            header=words["h_notes"],
        )
        if case.notes
        else Paragraph(words["none"], style("none2", textColor=MUTED))
    )
    if case.referrals:
        parts.append(Paragraph(words["referrals"], style("h4b", fontSize=9.5, spaceBefore=3)))
        parts.append(
            _table(
                [
                    [
                        _when(r.sent_at, tz),
                        f"{r.from_organization} → {r.to_organization}",
                        _word(r.status, lang),
                        r.reason + (f" ({r.decline_reason})" if r.decline_reason else ""),
                    ]
                    for r in case.referrals
                ],
                style,
                header=words["h_referrals"],
            )
        )
    return parts
