"""The Personal data section (administrators): the retention period of each kind of record
(examples until changed, never legal advice), what expired by a day, and the run that anonymises
it, with the preview first and progress while it runs on the app's runner; and, on a second tab,
the requests from a person (:mod:`requests_panel`)."""

from __future__ import annotations

import functools
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console import db
from console.services.changes import declared_writes
from console.services.retention import rules, run
from console.views.common.errors import error_text
from console.views.common.formatting import console_dates, qdate
from console.views.common.runner import Job, operation_name
from console.views.common.section import SectionView, ViewContext, in_session
from console.views.retention.model import RetentionModel
from console.views.retention.requests_panel import RequestsPanel

PROBLEM_STYLE = "QLabel { color: #b3261e; }"


class RetentionView(SectionView):
    """Loads the preview for the day chosen; saves edited periods; runs what expired."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._request = 0
        self.plan: run.RetentionPlan | None = None
        self._job: Job | None = None
        self.model = RetentionModel(self)
        self._build()

    def _build(self) -> None:
        title = QLabel(QCoreApplication.translate("Sections", "Personal data"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "How long each kind of personal data is kept. The periods the console suggests "
                "are examples, not legal advice: set those your organizations' legal bases and "
                "records schedules require. A run keeps dates, zones, kinds and counts, so past "
                "reports still add up; names and free text become “[anonymised]”."
            )
        )
        intro.setWordWrap(True)
        self.as_of = console_dates(QDateEdit())
        self.as_of.setCalendarPopup(True)
        self.as_of.setDate(qdate(self._today()))
        self.as_of.dateChanged.connect(lambda *_a: self.refresh())
        self.save_button = QPushButton(self.tr("&Save periods"))
        self.save_button.clicked.connect(self.save_periods)
        self.run_button = QPushButton(self.tr("&Run retention…"))
        self.run_button.clicked.connect(self.confirm_run)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.table = QTableView()
        self.table.setObjectName("retention_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RetentionModel.COL_KIND, QHeaderView.ResizeMode.Stretch)
        self.model.dataChanged.connect(lambda *_a: self._enable())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("summary")
        self.progress = QProgressBar()
        self.progress.hide()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(PROBLEM_STYLE)
        self.notice.hide()
        self._lay_out(title, intro)

    def _lay_out(self, title: QLabel, intro: QLabel) -> None:
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Expired by:")))
        top.addWidget(self.as_of)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.run_button)
        periods = QWidget()
        page = QVBoxLayout(periods)
        page.addWidget(intro)
        page.addLayout(top)
        page.addWidget(self.table, 1)
        page.addWidget(self.summary)
        page.addWidget(self.notice)
        page.addLayout(buttons)
        self.requests = RequestsPanel(self.context)
        self.tabs = QTabWidget()
        self.tabs.addTab(periods, self.tr("&Retention"))
        self.tabs.addTab(self.requests, self.tr("Requests from a &person"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self._enable()

    def _today(self) -> date:
        return datetime.now(self.context.settings.time_zone()).date()

    def chosen_day(self) -> date:
        return self.as_of.date().toPython()  # type: ignore[no-any-return]

    # -- loading ------------------------------------------------------------------------------

    def on_changed(self, area: str, ids: object) -> None:
        """Any write may add records that expire: reload when shown."""
        if self._job is not None:
            return  # our own run announces its changes; its answer reloads
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def load(self) -> None:
        self._request += 1
        number = self._request
        self.context.run_service(
            run.preview_retention,
            self.context.actor,
            self.chosen_day(),
            owner=self,
            on_done=lambda plan: self._show(number, plan),
            on_error=lambda exc: self._failed(number, exc),
        )

    def _show(self, number: int, plan: run.RetentionPlan) -> None:
        if number != self._request:
            return
        self.plan = plan
        examples = {kind: d.example_months for kind, d in rules.DECLARED.items()}
        self.model.set_plan(plan.kinds, examples)
        self.summary.setText(
            self.tr(
                "Records that expired by this day and would be anonymised or removed: {count}."
            ).format(count=plan.total)
        )
        self.notice.hide()
        self._enable()
        self.sig_loaded.emit()

    def _failed(self, number: int, exc: BaseException) -> None:
        if number != self._request:
            return
        self._say(error_text(exc))
        self.sig_loaded.emit()

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _enable(self) -> None:
        running = self._job is not None
        self.save_button.setEnabled(not running and bool(self.model.edited()))
        self.run_button.setEnabled(
            not running
            and self.plan is not None
            and self.plan.total > 0
            and not self.model.edited()
        )
        self.run_button.setToolTip(self.tr("Save the periods first") if self.model.edited() else "")
        self.as_of.setEnabled(not running)

    # -- saving the periods -------------------------------------------------------------------

    def save_periods(self) -> None:
        edits = self.model.edited()
        if not edits:
            return
        self.context.run_service(
            rules.set_retention_rules,
            self.context.actor,
            edits,
            owner=self,
            on_done=lambda _rows: self.refresh(),
            on_error=self._refused,
        )

    def _refused(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Periods not saved"), error_text(exc))

    # -- the run ------------------------------------------------------------------------------

    def confirm_run(self) -> None:
        plan = self.plan
        if plan is None or plan.total == 0:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Run retention"),
            self.tr(
                "Records to anonymise or remove, as the table shows: {count}. This cannot be "
                "undone; the run is recorded in the audit log with the counts. Copies of the "
                "database kept elsewhere must be handled by their own rules."
            ).format(count=plan.total),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        go = box.addButton(self.tr("Anonymise"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("confirm_run")
        box.finished.connect(box.deleteLater)
        box.buttonClicked.connect(
            lambda button: self.start_run(plan.as_of) if button is go else None
        )
        box.open()

    def start_run(self, as_of: date) -> None:
        """Anonymise what expired by ``as_of`` on the runner, with progress; then compact the
        files and prune old backups (a second operation on the same worker)."""
        job = self._job = Job()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._say("")
        self._enable()
        self.context.runner.run(
            in_session,
            self.context.engine,
            run.apply_retention,
            self.context.actor,
            as_of,
            job,
            owner=self,
            name=operation_name(run.apply_retention),
            writes=declared_writes(run.apply_retention),
            job=job,
            on_done=functools.partial(self._applied, job),
            on_error=functools.partial(self._run_failed, job),
            on_progress=self._progressed,
            on_cancelled=functools.partial(self._run_cancelled, job),
        )

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _applied(self, job: Job, plan: run.RetentionPlan) -> None:
        if job is not self._job:
            return
        self.cancel_button.hide()
        self.context.runner.run(
            run.finish_run,
            self.context.engine,
            plan.as_of,
            db.sqlite_file(self.context.engine.url),
            owner=self,
            on_done=lambda cleanup: self._finished(plan, cleanup),
            on_error=lambda exc: self._finished(plan, None, exc),
        )

    def _finished(
        self,
        plan: run.RetentionPlan,
        cleanup: run.FileCleanup | None,
        exc: BaseException | None = None,
    ) -> None:
        self._job = None
        self.progress.hide()
        text = self.tr("Records anonymised or removed: {count}.").format(count=plan.total)
        if cleanup is not None and cleanup.backups_removed:
            text += " " + self.tr("Old backups removed: {count}.").format(
                count=len(cleanup.backups_removed)
            )
        if exc is not None:
            text += " " + self.tr("Compacting the file failed: {error}").format(
                error=error_text(exc)
            )
        self.refresh()
        self.summary.setText(text)
        self._enable()

    def _run_failed(self, job: Job, exc: BaseException) -> None:
        if job is not self._job:
            return
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self._say(self.tr("Nothing was changed: {error}").format(error=error_text(exc)))
        self._enable()

    def _run_cancelled(self, job: Job) -> None:
        if job is not self._job:
            return
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.refresh()
        self._enable()
