"""Undo and Redo of a section: fixed labels (no toolbar jumps as the step changes), the step in
the tooltip, enabled as the stack allows, and in Italian not the word of the dialogs' Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QToolBar, QToolButton, QWidget

from console.views.common.undo_actions import redo_text, undo_actions, undo_text
from tests.test_translations import install_italian


class Step(QUndoCommand):
    def __init__(self, text: str, done: list[str]) -> None:
        super().__init__(text)
        self.done = done

    def redo(self) -> None:
        self.done.append(self.text())

    def undo(self) -> None:
        self.done.remove(self.text())


def _section(qtbot) -> tuple[QWidget, QUndoStack, QToolBar]:
    section = QWidget()
    qtbot.addWidget(section)
    stack = QUndoStack(section)
    tools = QToolBar(section)
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return section, stack, tools


def _button_width(tools: QToolBar, action) -> int:
    button = tools.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button.sizeHint().width()


def test_the_labels_stay_and_the_step_is_in_the_tooltip(qtbot) -> None:
    section, stack, tools = _section(qtbot)
    undo, redo = undo_actions(section, stack)
    tools.addAction(undo)
    tools.addAction(redo)
    section.show()
    assert not undo.isEnabled() and not redo.isEnabled()
    assert undo.toolTip() == "Nothing to undo"
    widths = (_button_width(tools, undo), _button_width(tools, redo))

    done: list[str] = []
    stack.push(Step("Move the shift of Tuesday 20:00 in piazza Roma", done))
    assert undo.isEnabled() and not redo.isEnabled()
    assert undo.text() == "&Undo"
    assert undo.toolTip() == "Undo: Move the shift of Tuesday 20:00 in piazza Roma (Ctrl+Z)"
    assert (_button_width(tools, undo), _button_width(tools, redo)) == widths

    undo.trigger()
    assert done == []
    assert redo.isEnabled() and redo.text() == "&Redo"
    assert redo.toolTip() == "Redo: Move the shift of Tuesday 20:00 in piazza Roma (Ctrl+Shift+Z)"
    assert undo.toolTip() == "Nothing to undo"
    assert (_button_width(tools, undo), _button_width(tools, redo)) == widths
    assert [k.toString() for k in redo.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    redo.trigger()
    assert done == ["Move the shift of Tuesday 20:00 in piazza Roma"]


def test_in_italian_undo_is_not_the_dialogs_cancel(qtbot, tmp_path, monkeypatch) -> None:
    """Qt's own Italian calls Cancel "Annulla": the undo action must read otherwise."""
    translation = install_italian(tmp_path, monkeypatch)
    try:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
        assert cancel == "Annulla"
        assert undo_text().replace("&", "") != cancel
        assert redo_text().replace("&", "") != cancel
    finally:
        translation.uninstall()
