"""A dialog that says what is wrong and keeps OK disabled until its input can be accepted."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

REFUSED_STYLE = "color: #b3261e; font-weight: bold;"


def refused_label() -> QLabel:
    """The red line that says why the input cannot be accepted (and how to fix it)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(REFUSED_STYLE)
    return label


class ValidatedDialog(QDialog):
    """OK/Cancel buttons and a ``refused`` line driven by :meth:`problem`.

    Subclasses lay out ``self.refused`` and ``self.buttons``, implement ``problem()`` (None when
    the input is acceptable) and call :meth:`show_problem` whenever an input changes; ``accept``
    refuses while there is a problem, so Enter can never bypass the check.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refused = refused_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def problem(self) -> str | None:
        return None

    def show_problem(self) -> None:
        problem = self.problem()
        self.refused.setText(problem or "")
        self.refused.setVisible(problem is not None)
        self.ok.setEnabled(problem is None)

    def accept(self) -> None:
        if self.problem() is None:
            super().accept()
