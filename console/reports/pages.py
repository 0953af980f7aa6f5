"""Page furniture shared by the PDFs (minutes, summary, funding report): the A4 document, its
colours and base paragraph style, plain text made safe for a paragraph, and a canvas that knows
the page count when it writes each page, for "page X of Y" footers."""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from console import texts
from console.reports.fonts import FontFamily

# Streams (the charts' pixels above all) written binary, zlib-compressed, instead of also
# ASCII85-encoded: without reportlab's C accelerator that encoding was a quarter of the annual
# summary's time, and it made the file a quarter larger. Every PDF reader takes both.
rl_config.useA85 = 0

MARGIN = 18 * mm
INK = colors.HexColor("#212121")
MUTED = colors.HexColor("#616161")
StyleMaker = Callable[..., ParagraphStyle]


def a4_document(buffer: IO[bytes], *, title: str, lang: str, header: float = 6 * mm) -> Any:
    """An A4 platypus document of the project (author and subject set), ``header`` above the
    top margin for the running head."""
    return SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + header,
        bottomMargin=MARGIN,
        title=title,
        author=texts.PROJECT_PARTNERS,
        subject=texts.PROJECT_NAME[lang],
        lang=lang,
    )


def style_maker(fonts: FontFamily) -> StyleMaker:
    """``style(name, **values)``: a paragraph style over the reports' base (the embedded
    family, 9.5 pt on 12.5, ink colour)."""
    base = ParagraphStyle(
        "base",
        fontName=fonts.regular,
        bulletFontName=fonts.regular,
        fontSize=9.5,
        leading=12.5,
        textColor=INK,
    )

    def style(name: str, **values: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **values)

    return style


def paragraph_text(value: str) -> str:
    """Plain text made safe for a reportlab paragraph (markup escaped, lines kept)."""
    return escape(value.strip()).replace("\r\n", "\n").replace("\n", "<br/>")


def numbered_canvas(draw: Callable[[Canvas, int, int], None], font: str) -> type[Canvas]:
    """A canvas class for ``doc.build(canvasmaker=...)``: in ``font`` from the start (never
    Helvetica, which is not embedded), it holds its pages back until the document ends, then
    calls ``draw(canvas, number, total)`` on each before writing it."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **{**kwargs, "initialFontName": font})
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                draw(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas
