"""The Minutes tab of a meeting: attendance and each item's decisions, actions and paragraphs
per audience; add a paragraph, amend one, approve the minutes (which closes the meeting) and
export them as a PDF per audience."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.models import MeetingStatus, Visibility
from console.services.access import Action, can
from console.services.meetings import minutes
from console.services.meetings.printout import MinutesRequest, write_minutes_pdf
from console.services.meetings.rows import MeetingDetail, MinuteEntryRow
from console.views.common.errors import error_text
from console.views.common.folders import default_folder
from console.views.common.section import ViewContext
from console.views.common.submit_dialog import SubmitDialog
from console.views.meetings.export_dialog import ExportMinutesDialog, exportable_audiences
from console.views.meetings.minute_dialog import MinuteDialog
from console.views.meetings.minutes_html import AMEND_SCHEME, minutes_html

ADD_KEYS = "Ctrl+Shift+N"


def interface_language() -> str:
    return "it" if QLocale().language() == QLocale.Language.Italian else "en"


class MinutesPanel(QWidget):
    """Fed a meeting's detail (:meth:`set_detail`); writes through the services, and the hub's
    reload shows what changed. Managers (no partners) read the shared minutes only."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.actor = context.actor
        self.detail: MeetingDetail | None = None
        self.item_id: int | None = None  # the agenda item a new paragraph starts on
        self.writer = can(self.actor, Action.WRITE_MINUTES)
        self.approver = can(self.actor, Action.APPROVE_MINUTES)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Minutes of the meeting"))
        self.browser.anchorClicked.connect(self._clicked)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.add = QPushButton(self.tr("&Add to the minutes…"))
        self.add.setShortcut(QKeySequence(ADD_KEYS))
        self.add.setToolTip(
            self.tr("Write a paragraph on the chosen agenda item, for an audience ({keys})").format(
                keys=QKeySequence(ADD_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        if not self.writer:  # (setVisible(True) would open it as a window: no parent yet)
            self.add.hide()
        self.approve = QPushButton(self.tr("A&pprove the minutes…"))
        self.approve.setToolTip(
            self.tr("Close the meeting: its minutes can then only be amended, never changed")
        )
        if not self.approver:  # (setVisible(True) would open it as a window: no parent yet)
            self.approve.hide()
        self.export = QPushButton(self.tr("&Export minutes…"))
        self.export.setToolTip(self.tr("Save the minutes of one audience as a PDF"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.approve)
        buttons.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        self.add.clicked.connect(self.add_paragraph)
        self.approve.clicked.connect(self.approve_minutes)
        self.export.clicked.connect(self.export_minutes)
        self.set_detail(None)

    # -- showing -------------------------------------------------------------------------------

    def set_detail(self, detail: MeetingDetail | None) -> None:
        same = detail is not None and self.detail is not None
        same = same and detail.meeting.id == self.detail.meeting.id
        scrolled = self.browser.verticalScrollBar().value() if same else 0
        self.detail = detail
        if detail is None:
            self.browser.clear()
            self.state.clear()
        else:
            self.browser.setHtml(
                minutes_html(
                    detail,
                    self.context.settings.time_zone(),
                    show_restricted=self.writer,
                    can_amend=self.writer,
                )
            )
            self.browser.verticalScrollBar().setValue(scrolled)
            self.state.setText(self._state_text(detail))
        self._enable()

    def _state_text(self, detail: MeetingDetail) -> str:
        meeting = detail.meeting
        if meeting.status is MeetingStatus.CLOSED:
            return self.tr("Approved: the minutes can only be amended.")
        if meeting.status is MeetingStatus.PLANNED:
            return self.tr("The meeting has not started yet: minutes can be prepared already.")
        return self.tr("Draft: approve the minutes once everyone agrees on them.")

    def _enable(self) -> None:
        status = self.detail.meeting.status if self.detail is not None else None
        self.add.setEnabled(status is not None and status is not MeetingStatus.CLOSED)
        self.approve.setEnabled(status is MeetingStatus.HELD)
        self.export.setEnabled(status is not None and status is not MeetingStatus.PLANNED)

    def set_item(self, item_id: int | None) -> None:
        """The agenda item chosen in the Agenda tab: where a new paragraph starts."""
        self.item_id = item_id

    def entry(self, entry_id: int) -> MinuteEntryRow | None:
        if self.detail is None:
            return None
        return next((e for e in self.detail.minutes if e.id == entry_id), None)

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == AMEND_SCHEME:
            self.amend(int(url.path()))
        elif url.fragment():
            self.browser.scrollToAnchor(url.fragment())

    # -- writing -------------------------------------------------------------------------------

    def add_paragraph(self) -> None:
        self._write(None)

    def amend(self, entry_id: int) -> None:
        original = self.entry(entry_id)
        if original is not None and not original.restricted:
            self._write(original)

    def _write(self, amending: MinuteEntryRow | None) -> None:
        detail = self.detail
        if detail is None or not self.writer:
            return
        if amending is None and detail.meeting.status is MeetingStatus.CLOSED:
            return
        meeting_id = detail.meeting.id

        def save(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, MinuteDialog)
            if amending is not None:
                operation, args = minutes.amend_minute_entry, (amending.id, dialog.text())
            else:
                operation = minutes.add_minute_entry
                args = (meeting_id, dialog.item_id(), dialog.text(), dialog.chosen_audience())
            self.context.run_service(
                operation,
                self.actor,
                *args,
                owner=dialog,
                on_done=dialog.saved,
                on_error=lambda exc: dialog.refuse(error_text(exc)),
            )

        dialog = MinuteDialog(
            self.actor, detail.agenda, self, item_id=self.item_id, amending=amending, submit=save
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def approve_minutes(self) -> None:
        detail = self.detail
        if detail is None or not self.approver or detail.meeting.status is not MeetingStatus.HELD:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Approve the minutes"),
            self.tr(
                "Approving the minutes of “{title}” closes the meeting: its agenda, decisions "
                "and minutes can no longer change, and a correction is an amendment that keeps "
                "the original. Approve them?"
            ).format(title=detail.meeting.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.context.run_service(
            minutes.approve_minutes,
            self.actor,
            detail.meeting.id,
            detail.meeting.version_id,
            owner=self,
            on_error=self._refused,
        )

    def _refused(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Minutes"), error_text(exc))

    # -- exporting -----------------------------------------------------------------------------

    def export_minutes(self) -> None:
        detail = self.detail
        if detail is None:
            return
        meeting = detail.meeting
        own = dict(zip(meeting.organization_ids, meeting.organization_names, strict=True))
        dialog = ExportMinutesDialog(
            exportable_audiences(self.actor), own.get(self.actor.organization_id or 0, ""), self
        )
        accepted = dialog.exec() == ExportMinutesDialog.DialogCode.Accepted
        audience = dialog.audience()
        dialog.deleteLater()
        if not accepted:
            return
        path = self._choose_file(meeting.held_at.astimezone(self.context.settings.time_zone()))
        if path is None:
            return
        request = MinutesRequest(
            meeting_id=meeting.id,
            audience=audience,
            organization_id=(
                self.actor.organization_id if audience is Visibility.ORGANIZATION else None
            ),
            language=interface_language(),
            tz=self.context.settings.time_zone(),
            path=path,
        )
        self.context.run_service(
            write_minutes_pdf,
            self.actor,
            request,
            owner=self,
            on_done=lambda _result: self._saved(path),
            on_error=self._refused,
        )

    def _choose_file(self, held_at: datetime) -> Path | None:
        day = held_at.date().isoformat()
        suggested = default_folder() / self.tr("minutes-{day}.pdf").format(day=day)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the minutes as PDF"),
            str(suggested),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")

    def _saved(self, path: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Saved"),
            self.tr("Minutes saved. Open them to print or send them.") + f"\n{path}",
            parent=self,
        )
        opener = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _code: self._after_saved(box, opener, path))
        box.open()

    def _after_saved(self, box: QMessageBox, opener: QPushButton, path: Path) -> None:
        if box.clickedButton() is opener:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        box.deleteLater()
