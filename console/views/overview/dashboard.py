"""The dashboard page of the Overview: a period and a zone picked above, figure tiles with
their change against the previous period, and the charts of the summary in a scrolling grid.

Everything is built by one service operation on the runner (``reporting.dashboard``) with a job: a
long period (a year) shows its progress and a Cancel button, and a newer request cancels the
one still running, so only the newest answer reaches the screen.
"""

from __future__ import annotations

import functools
import html
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.config import (
    SUPPRESSION_THRESHOLD,
    WEIGHT_CITIZEN_REPORT,
    WEIGHT_MEDIA,
    WEIGHT_POLICE_INTERVENTION,
)
from console.models import SignalKind
from console.services.reporting.dashboard import Dashboard, DashboardRequest, build_dashboard
from console.views.common.errors import error_text
from console.views.common.folders import default_folder
from console.views.common.runner import Job, operation_name
from console.views.common.section import ViewContext, in_session
from console.views.common.section_actions import section_action
from console.views.common.time_fields import zone_icon
from console.views.overview.figures import TILES, tile_figures
from console.views.overview.period_picker import PeriodPicker, period_title
from console.views.overview.tiles import ColumnGrid, FigureTile, TileGrid

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

TILE_COLUMNS = 5  # at most; fewer in a narrow window
TILE_MIN_WIDTH = 180  # a tile's words on one line, Italian included
CHART_COLUMNS = 2
CHART_MIN_WIDTH = 420  # narrower, a chart's long zone names leave its bars no room
CHART_HEIGHT = 300
PROGRESS_DELAY_MS = 300  # a quick build never flashes a progress bar
WIDE_CHARTS = frozenset({"trend"})
ALL_ZONES = -1  # the zone box's data for "all zones"


def interface_language() -> str:
    """The language documents are written in: the interface's."""
    return "it" if QLocale().language() == QLocale.Language.Italian else "en"


class DashboardPage(QWidget):
    """The dashboard; ``load()`` builds it for the period and zone picked."""

    sig_loaded = Signal()  # the dashboard last asked for is on screen
    sig_progress = Signal(int, int)  # (steps done, steps in all) of the build or PDF under way
    sig_saved = Signal(str)  # the path of the summary PDF just written

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.shown: Dashboard | None = None
        self.canvases: dict[str, FigureCanvasQTAgg] = {}
        self._job: Job | None = None  # the build under way
        self._pdf_job: Job | None = None  # the PDF being written
        self.saved_path: Path | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        self.picker = PeriodPicker(self._today)
        self.picker.sig_period_changed.connect(self.load)
        self.zone_box = QComboBox()
        self.zone_box.setObjectName("zone_filter")
        self.zone_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.zone_box.setMinimumContentsLength(16)
        self.zone_box.addItem(self.tr("All zones"), ALL_ZONES)
        self.zone_box.currentIndexChanged.connect(self.load)
        self.save_action = section_action(self, self.tr("&Save as PDF…"), self.save_pdf, "Ctrl+P")
        self.save_action.setEnabled(False)
        self.previous_action = section_action(
            self, self.tr("Previous period"), self.picker.previous, "Alt+Left"
        )
        self.next_action = section_action(
            self, self.tr("Next period"), self.picker.next, "Alt+Right"
        )
        self.current_action = section_action(
            self, self.tr("Current period"), self.picker.current, "Alt+Home"
        )
        self._build()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._top())
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.save_button)
        layout.addLayout(heading_row)
        layout.addWidget(self.compared)
        layout.addWidget(self._progress())
        layout.addWidget(self.message)
        layout.addWidget(self._content(), 1)

    def _top(self) -> QHBoxLayout:
        self.save_button = QToolButton()
        self.save_button.setDefaultAction(self.save_action)
        self.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The zone beside the period's dates: the first row keeps its room for the period
        # in words, which a narrow window would otherwise cut to nothing.
        self.picker.add_to_dates_row(QLabel(self.tr("Zone:")), self.zone_box)
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        self.heading = QLabel()
        self.heading.setObjectName("dashboard_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.compared = QLabel()
        self.compared.setObjectName("dashboard_compared")
        self.compared.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("dashboard_message")
        self.message.setWordWrap(True)
        self.message.setOpenExternalLinks(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.hide()
        return top

    def _progress(self) -> QWidget:
        self.progress_row = QWidget()
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress_text = QLabel(self.tr("Building the summary…"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(320)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_build")
        self.cancel_button.setToolTip(self.tr("Stop building and keep the figures shown"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.progress_text)
        row.addWidget(self.progress_bar)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        self.progress_row.hide()
        return self.progress_row

    def _content(self) -> QScrollArea:
        self.tile_grid = TileGrid(TILE_COLUMNS, TILE_MIN_WIDTH)
        for spec in TILES:
            self.tile_grid.add_tile(
                FigureTile(
                    spec.key,
                    QCoreApplication.translate("DashboardTiles", spec.title),
                    QCoreApplication.translate("DashboardTiles", spec.tooltip),
                )
            )
        self.chart_grid = ColumnGrid(CHART_COLUMNS, CHART_MIN_WIDTH, spacing=12)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 8, 0)
        inner.addWidget(self.tile_grid)
        inner.addSpacing(8)
        inner.addWidget(self.chart_grid)
        inner.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("dashboard_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        return self.scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The wheel over a chart scrolls the page: the charts fill most of it, and
        matplotlib's canvas would keep the wheel for itself."""
        if event.type() == QEvent.Type.Wheel and watched in self.canvases.values():
            QCoreApplication.sendEvent(self.scroll.viewport(), event)
            return True
        return super().eventFilter(watched, event)

    @property
    def tiles(self) -> dict[str, FigureTile]:
        return self.tile_grid.tiles

    # -- loading -----------------------------------------------------------------------------

    def _today(self) -> date:
        return datetime.now(self.context.settings.time_zone()).date()

    def zone_id(self) -> int | None:
        data = self.zone_box.currentData()
        return None if data in (None, ALL_ZONES) else int(data)

    def request(self) -> DashboardRequest:
        # The chart builders (matplotlib) load with the first build, not with the window.
        from console.views.overview import charts  # noqa: PLC0415

        settings = self.context.settings
        return DashboardRequest(
            period=self.picker.period(),
            kind=self.picker.kind,
            zone_id=self.zone_id(),
            tz=settings.time_zone(),
            threshold=settings.value(SUPPRESSION_THRESHOLD),
            weights={
                SignalKind.CITIZEN_REPORT: float(settings.value(WEIGHT_CITIZEN_REPORT)),
                SignalKind.POLICE_INTERVENTION: float(settings.value(WEIGHT_POLICE_INTERVENTION)),
                SignalKind.MEDIA: float(settings.value(WEIGHT_MEDIA)),
            },
            charts=charts.CHARTS,
            words=charts.chart_words(),
            language=interface_language(),
        )

    def is_building(self) -> bool:
        return self._job is not None

    def load(self) -> None:
        """Build the dashboard for the period and zone picked (a build under way is
        cancelled: its answer is no longer wanted)."""
        if self._job is not None:
            self._job.cancel()
        job = self._job = Job()
        self.message.hide()
        self.progress_bar.setRange(0, 0)
        self._progress_timer.start()
        self.context.runner.run(
            in_session,
            self.context.engine,
            build_dashboard,
            self.context.actor,
            self.request(),
            job,
            owner=self,
            name=operation_name(build_dashboard),
            job=job,
            on_done=functools.partial(self._built, job),
            on_error=functools.partial(self._failed, job),
            on_progress=functools.partial(self._progressed, job),
            on_cancelled=functools.partial(self._cancelled, job),
        )

    def cancel(self) -> None:
        """Stop the build (or the PDF) under way; the figures of the last build stay on
        screen."""
        if self._pdf_job is not None:
            self._pdf_job.cancel()  # the answer (on_cancelled) tidies up and says so
        job, self._job = self._job, None
        if job is None:
            return
        job.cancel()
        self._end_progress()
        if self.shown is not None:  # the picker goes back to what the tiles show
            self._show_choice(self.shown)
        self._say(
            self.tr("Building was cancelled. The figures shown are those of the period above.")
        )

    def _progressed(self, job: Job, done: int, total: int) -> None:
        if job is not self._job and job is not self._pdf_job:
            return
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        self.sig_progress.emit(done, total)

    def _cancelled(self, job: Job) -> None:
        if job is self._job:  # cancelled from elsewhere than the button
            self._job = None
            self._end_progress()

    def _failed(self, job: Job, exc: BaseException) -> None:
        if job is not self._job:
            return
        self._job = None
        self._end_progress()
        self._say(error_text(exc))
        self.sig_loaded.emit()

    def _built(self, job: Job, dashboard: Dashboard) -> None:
        if job is not self._job:
            return
        self._job = None
        self._end_progress()
        self.shown = dashboard
        self._show_choice(dashboard)
        self._show_summary(dashboard)
        self.save_action.setEnabled(self._pdf_job is None)
        self.sig_loaded.emit()

    def _show_progress(self) -> None:
        if self._job is not None or self._pdf_job is not None:
            self.progress_row.show()

    def _end_progress(self) -> None:
        if self._pdf_job is not None:
            return  # the PDF still runs: its progress stays
        self._progress_timer.stop()
        self.progress_row.hide()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- showing -----------------------------------------------------------------------------

    def _show_choice(self, dashboard: Dashboard) -> None:
        """The zone box lists the zones the build found; picker and box show its request."""
        wanted = dashboard.request.zone_id
        self.zone_box.blockSignals(True)
        try:
            self.zone_box.clear()
            self.zone_box.addItem(self.tr("All zones"), ALL_ZONES)
            for zone in dashboard.zones:
                name = (
                    zone.name
                    if zone.active
                    else self.tr("{zone} (inactive)").format(zone=zone.name)
                )
                self.zone_box.addItem(zone_icon(zone.colour), name, zone.id)
            index = self.zone_box.findData(ALL_ZONES if wanted is None else wanted)
            self.zone_box.setCurrentIndex(max(index, 0))
        finally:
            self.zone_box.blockSignals(False)
        self.picker.blockSignals(True)
        try:
            self.picker.set_project_start(dashboard.project_start)
            self.picker.set_period(dashboard.request.kind, dashboard.request.period)
        finally:
            self.picker.blockSignals(False)

    def _show_summary(self, dashboard: Dashboard) -> None:
        summary, kind = dashboard.summary, dashboard.request.kind
        where = summary.zone_name or self.tr("all zones")
        self.heading.setText(
            self.tr("{period} · {where}").format(
                period=period_title(kind, summary.period), where=where
            )
        )
        if summary.previous_period is None:
            previous_name = ""
            self.compared.setText(
                self.tr("No previous period to compare with: the project had not started.")
            )
        else:
            previous_name = self.tr("Against {period}").format(
                period=period_title(kind, summary.previous_period)
            )
            self.compared.setText(
                self.tr(
                    "▲ ▼ against {period}, the period of the same length just before. Counts "
                    "of people under {threshold} show as “<{threshold}”."
                ).format(
                    period=period_title(kind, summary.previous_period),
                    threshold=summary.threshold,
                )
            )
        for key, figure in tile_figures(summary).items():
            self.tiles[key].show_figure(figure, previous_name)
        self._show_charts(dashboard)

    def _show_charts(self, dashboard: Dashboard) -> None:
        for canvas in self.chart_grid.take_all():
            canvas.setParent(None)
            canvas.deleteLater()
        self.canvases = {}
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: PLC0415

        for key, figure in dashboard.charts:
            canvas = FigureCanvasQTAgg(figure)
            canvas.installEventFilter(self)  # its wheel scrolls the page
            canvas.setObjectName(f"chart_{key}")
            # As tall as the figure was drawn (the trend chart grows with the zones).
            inches = figure.get_size_inches()[1]
            canvas.setFixedHeight(max(CHART_HEIGHT, round(inches * figure.dpi)))
            canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.chart_grid.add(canvas, wide=key in WIDE_CHARTS)  # wide: a row of its own
            self.canvases[key] = canvas
        # Lay the grid out now: whoever waits on sig_loaded (a screenshot) sees it in place.
        content = self.scroll.widget()
        margins = content.layout().contentsMargins()
        width = self.scroll.viewport().width() - margins.left() - margins.right()
        for grid in (self.tile_grid, self.chart_grid):
            grid.fit(width)
        content.layout().activate()
        content.resize(self.scroll.viewport().width(), content.minimumSizeHint().height())

    # -- printing ----------------------------------------------------------------------------

    def pdf_path(self) -> Path | None:
        """Ask where to save the summary (None: the person closed the dialog); the name
        suggested is that of the period on screen, which the PDF holds (the picker may show
        a period still being built)."""
        period = self.shown.request.period if self.shown is not None else self.picker.period()
        suggested = default_folder() / self.tr("activity-summary-{first}-{last}.pdf").format(
            first=period.start.isoformat(), last=period.end.isoformat()
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the activity summary as PDF"),
            str(suggested),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")

    def save_pdf(self) -> None:
        """Write the summary of the period and zone on screen as a PDF, through the runner."""
        if self.shown is None or self._pdf_job is not None:
            return
        path = self.pdf_path()
        if path is None:
            return
        shown = self.shown.request
        summary = self.shown.summary  # printed as it is on screen, not built again
        # reportlab loads with the first PDF, not with the window.
        from console.services.reporting.printout import (  # noqa: PLC0415
            SummaryRequest,
            write_summary_pdf,
        )

        request = SummaryRequest(
            period=shown.period,
            language=interface_language(),
            tz=shown.tz,
            path=path,
            zone_id=shown.zone_id,
            threshold=shown.threshold,
            weights=shown.weights,
            summary=summary,
        )
        job = self._pdf_job = Job()
        self.save_action.setEnabled(False)
        self.progress_text.setText(self.tr("Writing the PDF…"))
        self.progress_bar.setRange(0, 0)
        self._say("")
        self._progress_timer.start()
        self.context.runner.run(
            in_session,
            self.context.engine,
            write_summary_pdf,
            self.context.actor,
            request,
            job,
            owner=self,
            name=operation_name(write_summary_pdf),
            job=job,
            on_done=functools.partial(self._pdf_saved, job, path),
            on_error=functools.partial(self._pdf_failed, job),
            on_progress=functools.partial(self._progressed, job),
            on_cancelled=functools.partial(self._pdf_cancelled, job),
        )

    def _pdf_finished(self, job: Job) -> bool:
        if job is not self._pdf_job:
            return False
        self._pdf_job = None
        self.save_action.setEnabled(self.shown is not None)
        self.progress_text.setText(self.tr("Building the summary…"))
        if self._job is None:
            self._end_progress()
        return True

    def _pdf_saved(self, job: Job, path: Path, _size: int) -> None:
        if self._pdf_finished(job):
            self.saved_path = path
            self._say(
                self.tr('Summary saved: <a href="{url}">{path}</a>').format(
                    url=QUrl.fromLocalFile(str(path)).toString(), path=html.escape(str(path))
                )
            )
            self.sig_saved.emit(str(path))

    def _pdf_failed(self, job: Job, exc: BaseException) -> None:
        if self._pdf_finished(job):
            self._say(self.tr("The summary was not saved. {reason}").format(reason=error_text(exc)))

    def _pdf_cancelled(self, job: Job) -> None:
        if self._pdf_finished(job):
            self._say(self.tr("Saving the summary was cancelled; no file was written."))
