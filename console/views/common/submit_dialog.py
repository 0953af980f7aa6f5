"""A validated dialog that stays open while its service call runs: closed on success, the
service's refusal shown on its red line otherwise, so nothing typed is ever lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from console.views.common.validated_dialog import ValidatedDialog

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # Ctrl+Enter saves, even inside a text field


class SubmitDialog(ValidatedDialog):
    """OK hands the dialog to ``submit`` (which starts the service call); the caller answers
    with :meth:`saved` or :meth:`refuse`. Without ``submit`` it is a plain validated dialog."""

    def __init__(
        self,
        parent: QWidget | None = None,
        submit: Callable[[SubmitDialog], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.busy = False
        self.ok.setText(self.tr("&Save"))
        self.ok.setDefault(True)
        tip = QKeySequence(SAVE_KEYS[0]).toString(QKeySequence.SequenceFormat.NativeText)
        self.ok.setToolTip(self.tr("Save ({keys})").format(keys=tip))
        for keys in SAVE_KEYS:
            QShortcut(QKeySequence(keys), self, self.accept)

    def accept(self) -> None:
        if self.busy or self.problem() is not None:
            return
        if self._submit is None:
            super().accept()
            return
        self.busy = True
        self.ok.setEnabled(False)
        self.refused.hide()
        self._submit(self)

    def saved(self, _result: object = None) -> None:
        """The service accepted: close the dialog as accepted."""
        self.busy = False
        QDialog.accept(self)

    def refuse(self, text: str) -> None:
        """The service refused: say why, keep everything typed, allow another try."""
        self.busy = False
        self.refused.setText(text)
        self.refused.show()
        self.ok.setEnabled(self.problem() is None)
