"""The one way a section makes its actions: shortcuts that work wherever the focus is in the
window while the section is on screen, and a tooltip that names the keys."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Keys = QKeySequence | QKeySequence.StandardKey | str


def section_action(
    section: QWidget,
    text: str,
    slot: Callable[[], object],
    keys: Keys | None = None,
    *,
    checkable: bool = False,
) -> QAction:
    """An action of ``section``, added to it and connected to ``slot``.

    A window shortcut matches only while its widget is visible, so hidden sections never
    compete for the same keys (the Calendar's and the Map's Ctrl+Z).
    """
    action = QAction(text, section)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setCheckable(checkable)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '')} ({shown})")
    action.triggered.connect(slot)
    section.addAction(action)
    return action
