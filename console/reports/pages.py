"""Page furniture shared by the PDFs: a canvas that knows the page count when it writes each
page, for "page X of Y" footers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas


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
