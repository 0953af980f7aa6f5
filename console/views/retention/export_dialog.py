"""Answering a person's request for their data (subject access): why (recorded in the audit) and
where to write it, as a PDF to hand over or JSON for another system."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from console.services.retention.printout import FORMATS
from console.views.cases.form_dialog import FormDialog
from console.views.common.folders import default_folder
from console.views.common.submit_dialog import SubmitDialog

MAX_REASON = 200


class SubjectExportDialog(FormDialog):
    """The reason and the file; :meth:`reason` and :meth:`path` are what the export takes.
    While the export runs the dialog shows its progress (:meth:`working`, :meth:`progressed`)."""

    def __init__(
        self,
        name: str,
        subject_id: int,
        parent: QWidget | None = None,
        *,
        submit: Callable[[SubmitDialog], None] | None = None,
    ) -> None:
        super().__init__(parent, submit=submit)
        self.setWindowTitle(self.tr("Export the person's data"))
        self.set_intro(
            self.tr(
                "Everything held about “{name}”, for them: profile, consents, the cases about "
                "them with their notes and referrals, the outings they were met on, and who read "
                "their data and why. The export is recorded with your name and the reason."
            ).format(name=name)
        )
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(MAX_REASON)
        self.reason_edit.setPlaceholderText(self.tr("For example: request of 5 December, ref. 12"))
        self.file_edit = QLineEdit(str(default_folder() / f"persona-{subject_id}.pdf"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(choose)
        self.add_row(self.tr("&Reason:"), self.reason_edit)
        self.add_row(self.tr("File:"), row)
        self.check(lambda: None if self.reason() else self.tr("Say why, in a few words."))
        self.check(self._file_problem)
        self.reason_edit.textChanged.connect(self.show_problem)
        self.file_edit.textChanged.connect(self.show_problem)
        self.ok.setText(self.tr("&Export"))
        self.progress = QProgressBar()
        self.progress.setObjectName("export_progress")
        self.progress.hide()
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        layout.insertWidget(layout.indexOf(self.buttons), self.progress)
        self.ready()

    def working(self) -> None:
        """The export started: a busy bar until the first step is reported."""
        self.progress.setRange(0, 0)
        self.progress.show()

    def progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def refuse(self, text: str) -> None:
        self.progress.hide()
        super().refuse(text)

    def reason(self) -> str:
        return " ".join(self.reason_edit.text().split())

    def path(self) -> Path:
        return Path(self.file_edit.text().strip()).expanduser()

    def _file_problem(self) -> str | None:
        if not self.file_edit.text().strip():
            return self.tr("Choose the file to write.")
        path = self.path()
        if path.suffix.lower() not in FORMATS:
            return self.tr("Name a .pdf file (to hand over) or a .json file (for another system).")
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist: choose another.").format(
                folder=str(path.parent)
            )
        return None

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the person's data"),
            self.file_edit.text(),
            self.tr("PDF (*.pdf);;JSON (*.json)"),
        )
        if chosen:
            self.file_edit.setText(chosen)
