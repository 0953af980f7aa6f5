"""How meeting mode looks on a projector: large type, high contrast, a few strong colours, and
the small label builders its pages share (headings, facts, audience chips, "Restricted")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget

from console.models import Visibility
from console.views.common.labels import AUDIENCE_COLOURS, audience_label

SCALE = 1.6  # meeting mode's type against the console's
INK = "#111111"
MUTED = "#3d3d3d"  # secondary text: still dark enough for a washed-out projector
PAPER = "#ffffff"
BAR = "#1b2a3a"  # the header and footer bars (white text on it)
ALERT = "#b3261e"  # overdue, refused, restricted borders
RESTRICTED_BACKGROUND = "#ececec"

# Text sizes a label may ask for (its "room" property), against the room's body text.
SIZES = {"small": 0.85, "large": 1.25, "title": 1.6}


def base_points() -> float:
    """The console's body text in points (what the room's type is scaled from)."""
    font = QGuiApplication.font()
    return font.pointSizeF() if font.pointSizeF() > 0 else 10.0


def room_sheet(base: float | None = None) -> str:
    """Meeting mode's style sheet: every widget in it (dialogs opened from it too) in the
    room's type; labels marked with :func:`sized` larger or bolder.

    Sizes are given to every widget by the sheet, not inherited: under a style sheet Qt does
    not pass a parent's font on to widgets inside a scroll area. A rule for some labels names
    the room too (``#meeting_mode QLabel#refused``): a bare ``QLabel#refused`` is less specific
    than the room's ``#meeting_mode QLabel`` and would lose its colour to it."""
    body = (base or base_points()) * SCALE
    sizes = "\n".join(
        f'QWidget#meeting_mode *[room="{name}"] {{ font-size: {body * factor:.1f}pt; }}'
        for name, factor in SIZES.items()
    )
    return f"""
QWidget#meeting_mode {{ background: {PAPER}; color: {INK}; font-size: {body:.1f}pt; }}
QWidget#meeting_mode QWidget {{ font-size: {body:.1f}pt; }}
QWidget#meeting_mode QLabel {{ color: {INK}; }}
QWidget#meeting_mode QScrollArea, QWidget#meeting_mode QWidget#qt_scrollarea_viewport,
QWidget#meeting_mode QWidget#room_scrolled {{ background: transparent; }}
{sizes}
QWidget#meeting_mode *[strong="true"] {{ font-weight: bold; }}
QFrame#room_bar {{ background: {BAR}; }}
QFrame#room_bar QLabel {{ color: #ffffff; }}
QLabel#restricted {{
    background: {RESTRICTED_BACKGROUND}; color: {INK}; border: 2px solid {MUTED};
    border-radius: 4px; padding: 4px 8px;
}}
QWidget#meeting_mode QLabel#refused {{ color: {ALERT}; font-weight: bold; }}
QFrame#keys_help {{ background: {PAPER}; border: 3px solid {BAR}; border-radius: 8px; }}
"""


def sized(widget: QWidget, size: str = "", *, bold: bool = False) -> QWidget:
    """Mark ``widget`` for the room's sheet: ``size`` one of :data:`SIZES` ("" the body
    text), bold if asked. Outside meeting mode the marks do nothing."""
    if size:
        widget.setProperty("room", size)
    if bold:
        widget.setProperty("strong", "true")
    return widget


def text_label(text: str = "", *, size: str = "", bold: bool = False) -> QLabel:
    """A wrapped, selectable label in the room's type (``size``: see :func:`sized`)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    sized(label, size, bold=bold)
    return label


def chip(text: str, colour: str) -> QLabel:
    """White text on a coloured pill: the item's kind, a note's audience."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    paint_chip(label, colour)
    return label


def paint_chip(label: QLabel, colour: str) -> None:
    label.setStyleSheet(
        f"background: {colour}; color: #ffffff; border-radius: 4px; padding: 2px 10px;"
        " font-weight: bold;"
    )


def audience_chip(audience: Visibility) -> QLabel:
    return chip(audience_label(audience), AUDIENCE_COLOURS[Visibility(audience)])


def restricted_label(text: str) -> QLabel:
    """The grey box shown instead of a text the room may not read."""
    label = QLabel(text)
    label.setObjectName("restricted")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def facts(
    rows: Sequence[tuple[str, str]],
    parent: QWidget | None = None,
    *,
    alert: frozenset[int] = frozenset(),
) -> QFormLayout:
    """Label: value rows, the labels muted and the values bold; the rows numbered in
    ``alert`` in red (their text says why too: colour is never alone)."""
    form = QFormLayout()
    form.setHorizontalSpacing(24)
    form.setVerticalSpacing(10)
    for number, (caption, value) in enumerate(rows):
        name = QLabel(caption, parent)
        name.setStyleSheet(f"color: {MUTED};")
        shown = text_label(value, bold=True)
        if number in alert:
            shown.setStyleSheet(f"color: {ALERT};")
        form.addRow(name, shown)
    return form


def clear_layout(layout: QLayout) -> None:
    """Take everything out of ``layout`` (widgets deleted later, nested layouts emptied)."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()  # gone from the screen now, deleted with the next events
            item.widget().deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
            item.layout().deleteLater()
