"""Undo and Redo of a section, made one way: labels that never change, what they would undo in
the tooltip, the usual keys.

A label such as "Undo Move shift" changes width with every edit and makes a toolbar jump; and in
Italian a bare "Annulla" reads like the dialogs' Cancel. So the label is fixed ("Annulla
modifica" / "Ripristina modifica", as LibreOffice and Office say "Annulla: <azione>" in
their menus) and the step itself is in the tooltip ("Annulla: Sposta turno (Ctrl+Z)").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from console.views.common.section_actions import section_action

UNDO_KEYS = ("Ctrl+Z",)
REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")


def undo_text() -> str:
    return QCoreApplication.translate("UndoActions", "&Undo")


def redo_text() -> str:
    return QCoreApplication.translate("UndoActions", "&Redo")


def step_tooltip(action: QAction, verb: str, what: str, nothing: str) -> str:
    """ "Undo: Move shift (Ctrl+Z)", or "Nothing to undo" when there is no step."""
    if not what:
        return nothing
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    text = QCoreApplication.translate("UndoActions", "{verb}: {what} ({keys})")
    return text.format(verb=verb, what=what, keys=keys)


def undo_actions(
    section: QWidget,
    stack: QUndoStack,
    *,
    undo: Callable[[], object] | None = None,
    redo: Callable[[], object] | None = None,
) -> tuple[QAction, QAction]:
    """Undo and Redo actions of ``section`` for ``stack`` (``undo``/``redo`` run instead of
    the stack's own when given), enabled while the stack can, the step in the tooltip."""
    undo_action = section_action(section, undo_text(), undo or stack.undo, UNDO_KEYS[0])
    redo_action = section_action(section, redo_text(), redo or stack.redo, REDO_KEYS[0])
    redo_action.setShortcuts([QKeySequence(keys) for keys in REDO_KEYS])

    def show_undo(what: str) -> None:
        verb = QCoreApplication.translate("UndoActions", "Undo")
        nothing = QCoreApplication.translate("UndoActions", "Nothing to undo")
        undo_action.setToolTip(step_tooltip(undo_action, verb, what, nothing))

    def show_redo(what: str) -> None:
        verb = QCoreApplication.translate("UndoActions", "Redo")
        nothing = QCoreApplication.translate("UndoActions", "Nothing to redo")
        redo_action.setToolTip(step_tooltip(redo_action, verb, what, nothing))

    stack.undoTextChanged.connect(show_undo)
    stack.redoTextChanged.connect(show_redo)
    stack.canUndoChanged.connect(undo_action.setEnabled)
    stack.canRedoChanged.connect(redo_action.setEnabled)
    undo_action.setEnabled(stack.canUndo())
    redo_action.setEnabled(stack.canRedo())
    show_undo(stack.undoText())
    show_redo(stack.redoText())
    return undo_action, redo_action
