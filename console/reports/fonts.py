"""A Unicode font family for the PDFs, embedded in every file that uses it.

reportlab's standard fonts (Helvetica) are not embedded and know only Latin-1, so a name such as
"Ştefan Căpraru-Łukasiewicz" prints as black boxes or not at all. DejaVu Sans covers every
European alphabet and ships with matplotlib (a dependency), so no font file lives in the
repository. reportlab embeds a TrueType font as a subset of the glyphs a document uses.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import matplotlib
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont


@dataclass(frozen=True)
class FontFamily:
    """The reportlab font names of one family, for styles and canvas drawing."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


FAMILY = FontFamily(
    regular="DejaVuSans",
    bold="DejaVuSans-Bold",
    italic="DejaVuSans-Oblique",
    bold_italic="DejaVuSans-BoldOblique",
)
_lock = threading.Lock()
_registered = False


def font_folder() -> Path:
    """Where matplotlib keeps its TrueType fonts."""
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def unicode_family() -> FontFamily:
    """The embedded Unicode family, registered with reportlab on first use (once, whichever
    thread asks first). Raises OSError when matplotlib's font files are missing."""
    global _registered  # noqa: PLW0603 - reportlab's font registry is process-wide anyway
    with _lock:
        if not _registered:
            folder = font_folder()
            for name in (FAMILY.regular, FAMILY.bold, FAMILY.italic, FAMILY.bold_italic):
                pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
            # <b> and <i> inside a paragraph find their face through the family.
            pdfmetrics.registerFontFamily(
                FAMILY.regular,
                normal=FAMILY.regular,
                bold=FAMILY.bold,
                italic=FAMILY.italic,
                boldItalic=FAMILY.bold_italic,
            )
            _registered = True
    return FAMILY
