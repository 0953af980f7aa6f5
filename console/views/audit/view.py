"""The Audit section (administrators): the log filtered by user, action, kind and days; export
as CSV; verify that the chain is intact."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.services.access import audit
from console.views.audit.details import Names
from console.views.audit.filters import AuditFilters
from console.views.audit.model import AuditTableModel
from console.views.common.folders import default_folder
from console.views.common.runner import one_line
from console.views.common.section import SectionView, ViewContext
from console.views.common.section_actions import section_action

ROW_LIMIT = 2000  # entries on screen; the export has them all
FILTER_DELAY_MS = 250  # a burst of filter edits (a date's arrows) loads once
PROBLEM_STYLE = "QLabel { color: #b3261e; }"
GOOD_STYLE = "QLabel { color: #1e6b34; }"
REASON_WIDTH = 260


class AuditView(SectionView):
    """The newest entries that match the filters, newest first; reloads after any change."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._request = 0
        self.page: audit.AuditPage | None = None
        self.model = AuditTableModel(self)
        self.filters = AuditFilters(self._today())
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(FILTER_DELAY_MS)
        self._delay.timeout.connect(self.refresh)
        self.filters.sig_changed.connect(self._delay.start)
        self.export_action = section_action(
            self, self.tr("&Export CSV…"), self.export_csv, "Ctrl+E"
        )
        self.verify_action = section_action(
            self, self.tr("&Verify chain"), self.verify_chain, "Ctrl+Shift+V"
        )
        self._build()

    def _build(self) -> None:
        # The section's own name, as the navigation and the View menu say it.
        title = QLabel(QCoreApplication.translate("Sections", "Audit log"))
        title.setObjectName("title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AuditTableModel.COL_DETAILS, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        for action in (self.export_action, self.verify_action):
            button = QToolButton()
            button.setDefaultAction(action)
            top.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)

    def _today(self) -> date:
        return datetime.now(self.context.settings.time_zone()).date()

    def query(self) -> audit.AuditQuery:
        """The filters as chosen now."""
        return self.filters.query(self.context.settings.time_zone(), ROW_LIMIT)

    # -- loading ------------------------------------------------------------------------------

    def on_changed(self, area: str, ids: object) -> None:
        """Every write, in any area, appends to the log: any change makes it stale."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def load(self) -> None:
        self._delay.stop()
        self._request += 1
        number = self._request
        self.context.run_service(
            audit.load_audit,
            self.context.actor,
            self.query(),
            owner=self,
            on_done=lambda data: self._show(number, data),
            on_error=lambda exc: self._failed(number, exc),
        )

    def _show(self, number: int, data: audit.AuditData) -> None:
        if number != self._request:
            return  # an older request answered after the filters changed
        self.page = data.page
        self.filters.set_choices(data.choices)
        self.model.time_zone = self.context.settings.time_zone()
        self.model.names = Names(organizations=data.organizations)
        self.model.set_rows(data.page.rows)
        if not self.table.property("sized"):
            self._size_columns()
        self.summary.setStyleSheet("")
        self.summary.setText(self._summary_text(data.page))
        self.sig_loaded.emit()

    def _size_columns(self) -> None:
        if not self.model.rowCount():
            return
        self.table.resizeColumnsToContents()
        reason = AuditTableModel.COL_REASON
        self.table.setColumnWidth(reason, min(self.table.columnWidth(reason), REASON_WIDTH))
        self.table.setProperty("sized", True)

    def _summary_text(self, page: audit.AuditPage) -> str:
        shown = len(page.rows)
        if page.truncated:
            return self.tr(
                "Showing only the newest %n entries: narrow the filters to see older ones.",
                "",
                shown,
            )
        if not shown:
            return self.tr("No entries match the filters.")
        return self.tr("Entries shown: %n, newest first.", "", shown)

    def _failed(self, number: int, exc: BaseException) -> None:
        if number != self._request:
            return
        self.page = None
        self.model.set_rows(())
        self.summary.setStyleSheet(PROBLEM_STYLE)
        self.summary.setText(
            self.tr("The audit log could not be read: {reason}").format(reason=one_line(exc))
        )
        self.sig_loaded.emit()

    # -- export and verification --------------------------------------------------------------

    def export_csv(self) -> None:
        suggested = default_folder() / self.tr("audit-log-{day}.csv").format(
            day=self._today().isoformat()
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit log as CSV"),
            str(suggested),
            self.tr("CSV files (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".csv") else f"{chosen}.csv")
        self.export_action.setEnabled(False)
        self._say(self.tr("Exporting…"))
        self.context.run_service(
            audit.write_events_csv,
            self.context.actor,
            self.query(),
            path,
            owner=self,
            on_done=lambda count: self._exported(path, count),
            on_error=self._export_failed,
        )

    def _exported(self, path: Path, count: int) -> None:
        self.export_action.setEnabled(True)
        text = self.tr("Entries exported to {path}: %n.", "", count).format(path=path)
        self._say(text, GOOD_STYLE)

    def _export_failed(self, exc: BaseException) -> None:
        self.export_action.setEnabled(True)
        text = self.tr("The audit log was not exported: {reason}").format(reason=one_line(exc))
        self._say(text, PROBLEM_STYLE)
        QMessageBox.warning(self, self.tr("Export failed"), text)

    def _break_text(self, report: audit.ChainReport) -> str:
        """What is wrong, in the reader's language (the service's English text as a fallback)."""
        texts = {
            audit.ChainBreak.MISSING: self.tr("the entry is missing"),
            audit.ChainBreak.OUT_OF_ORDER: self.tr(
                "it does not follow the entry before it (reordered or forged)"
            ),
            audit.ChainBreak.CHANGED: self.tr("its content was changed after it was written"),
            audit.ChainBreak.NO_ANCHOR: self.tr("the anchor of the chain is missing"),
            audit.ChainBreak.PAST_ANCHOR: self.tr(
                "it was added after the newest entry the anchor names"
            ),
            audit.ChainBreak.REMOVED: self.tr("the newest entries were removed"),
            audit.ChainBreak.ANCHOR_MISMATCH: self.tr("the newest entry does not match the anchor"),
        }
        return texts.get(report.kind, report.reason) if report.kind else report.reason

    def verify_chain(self) -> None:
        self.verify_action.setEnabled(False)
        self._say(self.tr("Verifying the chain…"))
        self.context.run_service(
            audit.verify_chain, owner=self, on_done=self._verified, on_error=self._verify_failed
        )

    def _verified(self, report: audit.ChainReport) -> None:
        self.verify_action.setEnabled(True)
        if report.ok:
            text = self.tr("The chain is intact (entries checked: %n).", "", report.checked)
            self._say(text, GOOD_STYLE)
            return
        text = self.tr(
            "The chain is broken at entry {entry}: {reason}. Entries checked before it: {checked}."
        ).format(
            entry=report.first_broken_id, reason=self._break_text(report), checked=report.checked
        )
        self._say(text, PROBLEM_STYLE)
        QMessageBox.warning(
            self,
            self.tr("Audit log broken"),
            text
            + "\n\n"
            + self.tr(
                "Someone changed, removed or reordered entries. Keep a copy of the database as "
                "it is and tell whoever is responsible for data protection."
            ),
        )

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_action.setEnabled(True)
        text = self.tr("The chain could not be verified: {reason}").format(reason=one_line(exc))
        self._say(text, PROBLEM_STYLE)

    def _say(self, text: str, style: str = "") -> None:
        self.notice.setStyleSheet(style)
        self.notice.setText(text)
        self.notice.setVisible(True)
