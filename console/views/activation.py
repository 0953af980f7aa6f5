"""Where the keyboard goes: into a section chosen, and back to the window under a dialog when
the dialog closes.

Qt matches every shortcut only in the active window. A window manager activates a dialog's
parent when the dialog goes away; without one (a kiosk, a bare X server) or with one that does
not, the console would be left with no active window, and no shortcut would work until a click.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import Shiboken


class DialogFocusReturn(QObject):
    """When the focus leaves a closing dialog for no window of the console, the dialog's parent
    window is activated, as a window manager would.

    Only a dialog that had the focus as it closed counts: when the person switches to another
    application, the dialog stays open and nothing is taken back; when the idle lock closes a
    dialog while they are elsewhere, the focus was already gone.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is not None or old is None:
            return
        dialog = old.window()
        below = dialog.parentWidget()
        if not isinstance(dialog, QDialog) or below is None:
            return
        target = below.window()
        # Later: the dialog is still being hidden now, and a window manager may answer first.
        QTimer.singleShot(0, self, lambda: _give_back(dialog, target))


def _give_back(dialog: QDialog, target: QWidget) -> None:
    if QApplication.activeWindow() is not None:
        return  # a window manager, or the person, chose already
    if not Shiboken.isValid(target) or not target.isVisible():
        return
    if Shiboken.isValid(dialog) and dialog.isVisible():
        return  # still open: the person went to another application
    target.activateWindow()


def focus_into(page: QWidget) -> None:
    """Give the focus to ``page``'s focus proxy (the calendar's week, the map), or else to its
    first widget that takes the focus with Tab."""
    if page.focusProxy() is not None:
        page.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    widget = page.nextInFocusChain()
    while widget is not page:  # the chain is a ring through the whole window: once round
        if (
            page.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget = widget.nextInFocusChain()
