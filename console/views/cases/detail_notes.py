"""The Notes tab of a case: ask why once per case, read the timeline, add and amend notes."""

from __future__ import annotations

from collections.abc import MutableMapping
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from console.services.access import Action, can
from console.services.cases import casework
from console.services.cases.casework import CaseRow, NoteRow
from console.views.cases.note_dialog import NoteDialog
from console.views.cases.reason_dialog import ReasonDialog
from console.views.cases.timeline import Timeline
from console.views.common.errors import error_text
from console.views.common.section import ViewContext
from console.views.common.submit_dialog import SubmitDialog

ADD_NOTE_KEYS = "Ctrl+Shift+N"
SHOW_NOTES_KEYS = "Ctrl+Shift+R"


class NotesPanel(QWidget):
    """Reading a case's notes is audited with a reason: asked the first time the notes of a
    case are opened in the sign-in session (remembered in ``reasons``), never again for it.
    Cancelling the question leaves the notes unread."""

    sig_notes_shown = Signal(int)  # case id: its notes are on screen

    def __init__(self, context: ViewContext, reasons: MutableMapping[int, str]) -> None:
        super().__init__()
        self.context = context
        self.actor = context.actor
        self.reasons = reasons
        self.case: CaseRow | None = None
        self._request = 0
        self._pending_note: int | None = None  # to scroll to once the notes are shown
        self._open_for: int | None = None  # a case whose notes to open once it is shown
        self._shown_for: int | None = None  # the case whose notes the timeline holds
        self.writable = can(self.actor, Action.WRITE_NOTES)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.open_notes = QPushButton(self.tr("Show the &notes…"))
        self.open_notes.setShortcut(QKeySequence(SHOW_NOTES_KEYS))
        self.open_notes.setToolTip(
            self.tr("You are asked why, once per case; the reading is recorded ({keys})").format(
                keys=QKeySequence(SHOW_NOTES_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.add = QPushButton(self.tr("&Add note…"))
        self.add.setShortcut(QKeySequence(ADD_NOTE_KEYS))
        self.add.setToolTip(
            self.tr("Write a note for this case ({keys})").format(
                keys=QKeySequence(ADD_NOTE_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        if not self.writable:  # (setVisible(True) would open it as a window: no parent yet)
            self.add.hide()
        self.timeline = Timeline()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_notes)
        buttons.addWidget(self.prompt, 1)
        buttons.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.timeline, 1)
        self.setFocusProxy(self.timeline)
        self.open_notes.clicked.connect(self.open_timeline)
        self.add.clicked.connect(self.add_note)
        self.timeline.sig_amend_requested.connect(self.amend)
        self.clear()

    # -- reading -------------------------------------------------------------------------------

    def clear(self) -> None:
        self.case = None
        self._shown_for = None
        self._request += 1
        self.timeline.show_message("")
        self.open_notes.hide()
        self.prompt.clear()
        self.add.setEnabled(False)

    def show_case(self, case: CaseRow, *, note_id: int | None = None) -> None:
        """The case chosen: its notes load at once when their reason is known already."""
        unchanged = self._shown_for == case.id and len(self.timeline.notes) == case.notes_count
        self.case = case
        if unchanged and note_id is None:
            return  # the same notes are on screen: no need to read (and audit) them again
        self._pending_note = note_id
        self.add.setEnabled(self.writable)
        asked_for = self._open_for == case.id
        self._open_for = None
        if case.id in self.reasons:
            self._load()
            return
        self.open_notes.show()
        self.prompt.setText(
            self.tr(
                "%n note(s) you may read. Reading them is recorded with a reason.",
                "",
                case.notes_count,
            )
        )
        self.timeline.show_message(self.tr("The notes are not shown until you open them."))
        if asked_for:
            self.open_timeline()

    def open_case_notes(self, case_id: int, note_id: int | None = None) -> None:
        """Open the notes of ``case_id`` (now, or as soon as that case is shown)."""
        if self.case is not None and self.case.id == case_id:
            self._pending_note = note_id
            self.open_timeline()
        else:
            self._open_for = case_id

    def reason_for_current(self) -> str | None:
        """Why the current case is read: remembered, or asked now (None: cancelled)."""
        if self.case is None:
            return None
        known = self.reasons.get(self.case.id)
        if known:
            return known
        dialog = ReasonDialog(self.case.title, self)
        accepted = dialog.exec() == ReasonDialog.DialogCode.Accepted
        dialog.deleteLater()  # exec'd dialogs with a parent would otherwise pile up under it
        if not accepted:
            return None
        self.reasons[self.case.id] = dialog.reason()
        return self.reasons[self.case.id]

    def open_timeline(self) -> None:
        if self.reason_for_current() is not None:
            self._load()

    def _load(self) -> None:
        case = self.case
        if case is None:
            return
        self._request += 1
        number = self._request
        self.open_notes.hide()
        self.prompt.setText(self.tr("Reason given: {reason}").format(reason=self.reasons[case.id]))
        self.context.run_service(
            casework.case_notes,
            self.actor,
            case.id,
            self.reasons[case.id],
            owner=self,
            on_done=lambda notes: self._shown(number, notes),
            on_error=lambda exc: self._refused(number, exc),
        )

    def _shown(self, number: int, notes: tuple[NoteRow, ...]) -> None:
        if number != self._request or self.case is None:
            return
        self.timeline.set_notes(notes, self.context.settings.time_zone(), can_amend=self.writable)
        self._shown_for = self.case.id
        if self._pending_note is not None:
            self.timeline.show_note(self._pending_note)
            self._pending_note = None
        self.sig_notes_shown.emit(self.case.id)

    def _refused(self, number: int, exc: BaseException) -> None:
        if number == self._request:
            self.timeline.show_message(error_text(exc))

    # -- writing -------------------------------------------------------------------------------

    def add_note(self) -> None:
        self.write_note()

    def amend(self, note_id: int) -> None:
        original = next((n for n in self.timeline.notes if n.id == note_id), None)
        if original is not None:
            self.write_note(original)

    def write_note(self, amending: NoteRow | None = None) -> None:
        """Open the note dialog (an amendment of ``amending`` when given)."""
        case = self.case
        if case is None or not self.writable:
            return
        default = casework.default_audience(self.actor)  # a table lookup: no session
        audience = amending.visibility if amending is not None else default

        def save(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, NoteDialog)
            self.context.run_service(
                partial(
                    casework.add_note, amends_note_id=amending.id if amending is not None else None
                ),
                self.actor,
                case.id,
                dialog.text(),
                dialog.chosen_audience(),
                owner=dialog,
                on_done=dialog.saved,
                on_error=lambda exc: dialog.refuse(error_text(exc)),
            )

        dialog = NoteDialog(case.title, audience, self, amending=amending, submit=save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
