"""Labels of the Meetings section that must not widen it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy


def narrow_label() -> QLabel:
    """A wrapped label whose width the layout decides: a word longer than the line (a pasted
    link, a title without spaces) is cut at the edge instead of widening the window."""
    label = QLabel()
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label
