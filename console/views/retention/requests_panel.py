"""Requests from a person (the administrator, as data-protection officer): find the person met
the request is about, then export what is held about them, correct their profile or erase them.
Every step runs on the app's runner; refusals are said in a dialog, and nothing is half-written
(each request is one transaction; the export's file is written whole or not at all)."""

from __future__ import annotations

import functools
from datetime import datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console import db
from console.services.changes import declared_writes
from console.services.errors import Refusal
from console.services.retention import erasure, printout, requests
from console.services.retention.requests import PersonFound
from console.services.retention.subject_access import SubjectExport
from console.views.common.errors import error_text
from console.views.common.runner import Job, operation_name
from console.views.common.section import ViewContext, in_session
from console.views.common.submit_dialog import SubmitDialog
from console.views.retention.export_dialog import MAX_REASON, SubjectExportDialog
from console.views.retention.people_model import PeopleFoundModel
from console.views.retention.request_dialogs import CorrectDialog, EraseDialog

LEGAL_OBLIGATION = "erasure_refused_legal_obligation"
ERASED_TABLES = ("subjects", "consents", "cases", "case_notes", "referrals", "subject_amendments")


def interface_language() -> str:
    return "it" if QLocale().language() == QLocale.Language.Italian else "en"


class RequestsPanel(QWidget):
    """The search (words and the reason it is recorded with), the people found, and the three
    requests on the one selected."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._search = 0
        self.model = PeopleFoundModel(self)
        self._build()

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "A person asks for their data, for a correction or to be erased: find them, "
                "then answer. The search shows names, so it asks why: each person shown is "
                "recorded in the audit log as read, with that reason."
            )
        )
        intro.setWordWrap(True)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Nickname, name or number"))
        self.search_edit.setClearButtonEnabled(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(MAX_REASON)
        self.reason_edit.setPlaceholderText(self.tr("For example: request of 5 December, ref. 12"))
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.clicked.connect(self.find)
        self.search_edit.returnPressed.connect(self.find)
        self.reason_edit.returnPressed.connect(self.find)
        self.table = QTableView()
        self.table.setObjectName("people_found")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PeopleFoundModel.COL_KEPT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.model.modelReset.connect(self._enable)
        self.status = QLabel()
        self.status.setObjectName("request_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(
            self.tr("Everything held about the person, for them, as PDF or JSON")
        )
        self.correct_button = QPushButton(self.tr("C&orrect…"))
        self.erase_button = QPushButton(self.tr("&Erase…"))
        self.export_button.clicked.connect(self.export)
        self.correct_button.clicked.connect(self.correct)
        self.erase_button.clicked.connect(self.erase)
        self._lay_out(intro)

    def _lay_out(self, intro: QLabel) -> None:
        search = QHBoxLayout()
        search.addWidget(QLabel(self.tr("Search:")))
        search.addWidget(self.search_edit, 2)
        search.addWidget(QLabel(self.tr("Reason:")))
        search.addWidget(self.reason_edit, 3)
        search.addWidget(self.find_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.export_button, self.correct_button, self.erase_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._enable()

    def selected(self) -> PersonFound | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button in (self.export_button, self.correct_button, self.erase_button):
            button.setEnabled(chosen)

    def display_name(self, person: PersonFound) -> str:
        return person.full_name or person.alias or self.tr("no. {id}").format(id=person.id)

    def _refused(self, title: str, exc: BaseException) -> None:
        QMessageBox.warning(self, title, error_text(exc))

    # -- the search ---------------------------------------------------------------------------

    def find(self) -> None:
        """Search on the runner; the answer replaces the list only if no newer search began."""
        self._search += 1
        number = self._search
        self.context.run_service(
            requests.find_people_met,
            self.context.actor,
            self.search_edit.text(),
            self.reason_edit.text(),
            owner=self,
            on_done=lambda found: self._found(number, found),
            on_error=lambda exc: self._search_refused(number, exc),
        )

    def _found(self, number: int, found: list[PersonFound]) -> None:
        if number != self._search:
            return
        self.model.set_rows(found)
        if found:
            self.table.selectRow(0)
        self.status.setText(
            self.tr("People found: {count}.").format(count=len(found))
            if found
            else self.tr("Nobody found: try part of the nickname or the name, or the number.")
        )

    def _search_refused(self, number: int, exc: BaseException) -> None:
        if number == self._search:
            self._refused(self.tr("Search not done"), exc)

    def _reload(self, subject_id: int) -> None:
        self.context.run_service(
            requests.person_found,
            self.context.actor,
            subject_id,
            owner=self,
            on_done=self.model.replace,
            on_error=lambda exc: self._refused(self.tr("Person not reloaded"), exc),
        )

    # -- export -------------------------------------------------------------------------------

    def export(self) -> None:
        person = self.selected()
        if person is None:
            return
        self._open(
            SubjectExportDialog(
                self.display_name(person),
                person.id,
                self,
                submit=functools.partial(self._start_export, person.id),
            )
        )

    def _start_export(self, subject_id: int, dialog: SubmitDialog) -> None:
        assert isinstance(dialog, SubjectExportDialog)
        job = Job()
        path = dialog.path()
        dialog.working()
        self.context.runner.run(
            in_session,
            self.context.engine,
            printout.write_subject_export,
            self.context.actor,
            subject_id,
            dialog.reason(),
            path,
            interface_language(),
            job,
            owner=dialog,
            name=operation_name(printout.write_subject_export),
            writes=declared_writes(printout.write_subject_export),
            job=job,
            on_done=lambda export: self._exported(dialog, export, str(path)),
            on_error=lambda exc: dialog.refuse(error_text(exc)),
            on_progress=dialog.progressed,
        )

    def _exported(self, dialog: SubmitDialog, export: SubjectExport, path: str) -> None:
        dialog.saved()
        self.status.setText(
            self.tr("The data of no. {id} were written to {path}; the export is recorded.").format(
                id=export.subject_id, path=path
            )
        )

    # -- correction ---------------------------------------------------------------------------

    def correct(self) -> None:
        person = self.selected()
        if person is None:
            return
        today = datetime.now(self.context.settings.time_zone()).date()
        self._open(
            CorrectDialog(
                person, self.display_name(person), today, self, submit=self._start_correction
            )
        )

    def _start_correction(self, dialog: SubmitDialog) -> None:
        assert isinstance(dialog, CorrectDialog)
        subject_id = dialog.person.id
        self.context.run_service(
            erasure.rectify_subject,
            self.context.actor,
            subject_id,
            dialog.changes(),
            dialog.reason(),
            owner=dialog,
            on_done=lambda done: self._corrected(dialog, done),
            on_error=lambda exc: dialog.refuse(error_text(exc)),
        )

    def _corrected(self, dialog: SubmitDialog, done: erasure.Rectification) -> None:
        dialog.saved()
        self.status.setText(
            self.tr(
                "No. {id} corrected: values changed {count}, each value before kept for the audit."
            ).format(id=done.subject_id, count=len(done.amendment_ids))
        )
        self._reload(done.subject_id)

    # -- erasure ------------------------------------------------------------------------------

    def erase(self) -> None:
        person = self.selected()
        if person is None:
            return
        if person.keepers:
            self.cannot_erase(self.display_name(person), ", ".join(person.keepers))
            return
        self._open(
            EraseDialog(
                person,
                self.display_name(person),
                self,
                submit=functools.partial(self._start_erasure, person),
            )
        )

    def cannot_erase(self, name: str, organizations: str) -> None:
        """The declared rule refuses: a legal obligation to keep the data. Why, and what to do."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The person cannot be erased"),
            self.tr(
                "“{name}” cannot be erased: {organizations} must keep their data under a legal "
                "obligation (a legal basis recorded among the person's consents). Nothing was "
                "changed."
            ).format(name=name, organizations=organizations),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("cannot_erase")
        box.setInformativeText(
            self.tr(
                "What to do: answer the person that their data are kept by law, which "
                "organization keeps them and until when; you may still export their data and "
                "correct what is wrong. If the obligation has ended, that organization "
                "withdraws the legal basis in the person's panel in Cases; then erase again."
            )
        )
        box.finished.connect(box.deleteLater)
        box.open()

    def _start_erasure(self, person: PersonFound, dialog: SubmitDialog) -> None:
        assert isinstance(dialog, EraseDialog)
        self.context.run_service(
            erasure.erase_subject,
            self.context.actor,
            person.id,
            dialog.reason(),
            owner=dialog,
            on_done=lambda done: self._erased(dialog, done),
            on_error=functools.partial(self._erasure_refused, person, dialog),
        )

    def _erasure_refused(
        self, person: PersonFound, dialog: SubmitDialog, exc: BaseException
    ) -> None:
        if isinstance(exc, Refusal) and exc.code == LEGAL_OBLIGATION:
            dialog.reject()  # a consent recorded meanwhile: the rule's own dialog says why
            self.cannot_erase(self.display_name(person), str(exc.params["organizations"]))
            self._reload(person.id)
            return
        dialog.refuse(error_text(exc))

    def _erased(self, dialog: SubmitDialog, done: erasure.Erasure) -> None:
        dialog.saved()
        self.status.setText(
            self.tr(
                "No. {id} erased: cases {cases}, notes {notes}, consents {consents}, "
                "corrections {amendments} anonymised or removed."
            ).format(
                id=done.subject_id,
                cases=done.cases,
                notes=done.notes,
                consents=done.consents,
                amendments=done.amendments,
            )
        )
        # The text must be gone from the files too: compact them (on the same worker).
        self.context.runner.run(
            db.compact,
            self.context.engine,
            ERASED_TABLES,
            owner=self,
            on_done=lambda _r: self._reload(done.subject_id),
            on_error=lambda exc: self._refused(self.tr("Compacting the file failed"), exc),
        )

    def _open(self, dialog: SubmitDialog) -> None:
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
