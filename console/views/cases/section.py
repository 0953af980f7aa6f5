"""The Cases section: the list with its filters and search, a case in detail beside it, the
incoming referrals badge, and the doors to a new case and a new debrief."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from console.services.access import Action, can
from console.services.cases import casework, operations, referrals
from console.services.cases.casework import SearchHit
from console.services.cases.people_met import SubjectRow
from console.services.changes import Area
from console.views.cases.case_dialogs import CaseDialog
from console.views.cases.detail import CaseDetailView
from console.views.cases.filters import CaseFilters
from console.views.cases.models import CasesModel, CasesProxy, HitsModel
from console.views.cases.rich_delegate import RichTextDelegate
from console.views.cases.tables import FittedColumns, fit_columns, make_table
from console.views.common.errors import error_text
from console.views.common.section import SectionView, ViewContext
from console.views.common.section_actions import section_action
from console.views.common.submit_dialog import SubmitDialog
from console.views.debrief.flow import open_debrief

SEARCH_DELAY_MS = 300  # search once typing pauses
BADGE_STYLE = (
    "QToolButton { background: #c0392b; color: white; font-weight: bold;"
    " padding: 2px 10px; border-radius: 3px; }"
)
PAGE_LIST, PAGE_HITS = range(2)
SEARCH_WIDTH = 200
TITLE_WIDTH = 250  # pixels at most for the title column of the search results
LIST_WIDTH = 600  # pixels of the list beside a 660-pixel detail, in proportion when resized
ZONE_WIDTH = 130  # pixels at most for the zone and owner columns (elided, whole in the tooltip)
BADGE_AREAS = frozenset({Area.REFERRALS, Area.ALL})


class CasesView(SectionView):
    """Cases the actor may see. Notes are read only inside a case, with a reason asked once
    per case for the whole sign-in session (``reasons``)."""

    reload_areas = frozenset(
        {
            Area.CASES,
            Area.NOTES,
            Area.REFERRALS,
            Area.SUBJECTS,
            Area.CONSENTS,
            Area.DEBRIEFS,
            Area.PERSONS,
            Area.ZONES,
            Area.SETTINGS,
        }
    )

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.actor = context.actor
        self.reasons: dict[int, str] = {}  # case id -> why its notes are read (this session)
        self.data: operations.CasesData | None = None
        self._request = 0
        self._search_request = 0
        self._awaiting: int | None = None  # the load whose detail sig_loaded waits for
        self._opening = False  # the New case dialog's people met are being read
        self._new_case_dialog: CaseDialog | None = None
        self.model = CasesModel(self)
        self.proxy = CasesProxy(self)
        self.proxy.setSourceModel(self.model)
        self.hits = HitsModel(self)
        self.filters = CaseFilters()
        self.detail = CaseDetailView(context, self.reasons)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._build()
        self._connect()
        # The badge shows before the section is opened.
        QTimer.singleShot(0, self, self.update_badge)

    # -- building ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.act_new_case = section_action(
            self, self.tr("&New case…"), self.new_case, QKeySequence.StandardKey.New
        )
        self.act_new_case.setVisible(can(self.actor, Action.WRITE_CASES))
        self.act_debrief = section_action(
            self, self.tr("New &debrief…"), self.new_debrief, "Ctrl+D"
        )
        self.act_debrief.setVisible(can(self.actor, Action.RECORD_DEBRIEFS))
        self.act_find = section_action(
            self, self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find
        )

    def _build(self) -> None:
        self._build_actions()
        title = QLabel(self.tr("Cases"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.badge = QToolButton()
        self.badge.setStyleSheet(BADGE_STYLE)
        self.badge.setToolTip(self.tr("Show the cases referred to your organization"))
        self.badge.hide()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search cases and notes ({keys})").format(
                keys=QKeySequence(QKeySequence.StandardKey.Find).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.search.setAccessibleName(self.tr("Search cases and notes"))
        self.search.setMinimumWidth(SEARCH_WIDTH)
        tools = QToolBar()
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tools.addAction(self.act_new_case)
        tools.addAction(self.act_debrief)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.badge)
        top.addStretch(1)
        top.addWidget(tools)
        top.addWidget(self.search)
        self.table = self._list_table()
        self.hits_table = self._table(self.hits, self.tr("Search results"))
        self.hits_table.setItemDelegateForColumn(HitsModel.COL_SNIPPET, RichTextDelegate(self))
        self.count = QLabel()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.hits_table)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.pages, 1)
        left_layout.addWidget(self.count)
        split = QSplitter()
        split.addWidget(left)
        detail = QScrollArea()  # a narrow window scrolls the case rather than clipping it
        detail.setWidget(self.detail)
        detail.setWidgetResizable(True)
        detail.setFrameShape(QFrame.Shape.NoFrame)
        split.addWidget(detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        # The detail needs about 510 pixels in Italian not to scroll; the list's long titles
        # are elided and shown whole in the detail's heading.
        split.setSizes([LIST_WIDTH, 660])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scrolling(self.filters))
        layout.addWidget(split, 1)

    def _list_table(self) -> QTableView:
        table = self._table(self.proxy, self.tr("Cases"))
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order first
        # Every header whole: the title takes what is left, and in a narrow list the person,
        # owner and zone make room (they are in the title's tooltip and in the detail).
        self.columns = FittedColumns(
            table,
            stretch=CasesModel.COL_TITLE,
            optional=(CasesModel.COL_ZONE, CasesModel.COL_OWNER, CasesModel.COL_PERSON),
            widths={CasesModel.COL_ZONE: ZONE_WIDTH, CasesModel.COL_OWNER: ZONE_WIDTH},
        )
        return table

    def _table(self, model: QAbstractItemModel, name: str) -> QTableView:
        table = make_table(model, name)
        table.setWordWrap(False)
        return table

    def _connect(self) -> None:
        self.filters.sig_changed.connect(self.refresh)
        self.badge.clicked.connect(lambda: self.filters.waiting.setChecked(True))
        self.table.selectionModel().currentRowChanged.connect(self._case_chosen)
        self.hits_table.selectionModel().currentRowChanged.connect(self._hit_chosen)
        self.hits_table.activated.connect(self._hit_opened)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.run_search)
        self._search_timer.timeout.connect(self.run_search)
        self.hits_table.horizontalHeader().sectionResized.connect(
            lambda *_a: self.hits_table.resizeRowsToContents()
        )
        self.detail.sig_loaded.connect(self._detail_loaded)

    # -- loading -----------------------------------------------------------------------------

    def _today(self) -> date:
        return datetime.now(self.context.settings.time_zone()).date()

    def load(self) -> None:
        self._request += 1
        number = self._request
        self.context.run_service(
            operations.load_cases,
            self.actor,
            self.filters.value(),
            self._today(),
            self.context.settings.time_zone(),
            owner=self,
            on_done=lambda data: self._show(number, data),
            on_error=self._load_failed,
        )

    def _show(self, number: int, data: operations.CasesData) -> None:
        if number != self._request:
            return  # the filters changed again meanwhile
        self.data = data
        self.filters.set_choices(data.choices)
        self.detail.set_choices(data.choices)
        chosen = self.detail.case_id()
        self.model.set_rows(data.rows)
        self.columns.fit()
        self._show_badge(data.incoming)
        self.count.setText(self.tr("%n case(s)", "", len(data.rows)))
        if self.pages.currentIndex() == PAGE_HITS:
            self.run_search()
        if chosen is None and data.rows:
            chosen = data.rows[0].id
        self._awaiting = number if chosen is not None else None
        if not self._select(chosen):
            self.detail.show_case(chosen)
        if self._awaiting is None:
            self.sig_loaded.emit()

    def _detail_loaded(self, _case_id: object) -> None:
        if self._awaiting is not None and self._awaiting == self._request:
            self._awaiting = None
            self.sig_loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Cases"), error_text(exc))

    def _select(self, case_id: int | None) -> bool:
        """Select the case's row (loading its detail); False when it is not in the list."""
        row = self.model.row_of(case_id) if case_id is not None else None
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if self.table.currentIndex().row() == index.row():
            self.detail.show_case(case_id)  # already current: reload what may have changed
        else:
            self.table.setCurrentIndex(index)
        return True

    def _case_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = self.proxy.case_id(current)
        if case_id is not None:
            self.detail.show_case(case_id)

    # -- the badge ---------------------------------------------------------------------------

    def update_badge(self) -> None:
        self.context.run_service(
            referrals.incoming_count,
            self.actor,
            owner=self,
            on_done=self._show_badge,
            on_error=self._badge_unknown,
        )

    def _badge_unknown(self, _exc: BaseException) -> None:
        # The runner has logged the failure with the operation's name; a badge is a hint, so
        # it is taken away rather than shown stale, and no dialog interrupts the person.
        self._show_badge(0)

    def _show_badge(self, count: int) -> None:
        self.badge.setText(self.tr("%n incoming referral(s)", "", count))
        self.badge.setVisible(count > 0)
        self.sig_badge.emit(str(count) if count else "")

    def on_changed(self, area: str, ids: object) -> None:
        if area in BADGE_AREAS and not self.isVisible():
            self.update_badge()  # the navigation shows it even while the section is hidden
        super().on_changed(area, ids)

    # -- search ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text()
        self._search_request += 1
        number = self._search_request
        if not text.strip():
            self.pages.setCurrentIndex(PAGE_LIST)
            self.count.setText(self.tr("%n case(s)", "", self.model.rowCount()))
            return
        self.context.run_service(
            casework.search,
            self.actor,
            text,
            owner=self,
            on_done=lambda hits: self._show_hits(number, hits),
            on_error=self._load_failed,
        )

    def _show_hits(self, number: int, hits: tuple[SearchHit, ...]) -> None:
        if number != self._search_request:
            return  # typing went on
        self.hits.set_rows(hits)
        fit_columns(self.hits_table, {HitsModel.COL_CASE: TITLE_WIDTH * 2 // 3})
        self.hits_table.resizeRowsToContents()
        self.pages.setCurrentIndex(PAGE_HITS)
        if hits:
            self.count.setText(self.tr("%n found", "", len(hits)))
        else:
            self.count.setText(self.tr("Nothing found. Try fewer or other words."))

    def _hit_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        hit: SearchHit = self.hits.row(current.row())
        self.detail.show_case(hit.case_id, note_id=hit.note_id)

    def _hit_opened(self, index: QModelIndex) -> None:
        """Enter or double-click on a hit: its case's notes, asking why if not asked yet."""
        if not index.isValid():
            return
        hit: SearchHit = self.hits.row(index.row())
        self.detail.focus_notes()
        self.detail.notes.open_case_notes(hit.case_id, hit.note_id)

    def keyPressEvent(self, event: object) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search.text():  # type: ignore[attr-defined]
            self.search.clear()
            self.run_search()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    # -- new case, new debrief ---------------------------------------------------------------

    def new_case(self) -> None:
        """The New case dialog, once the people met it offers are read (not with the list)."""
        if self.data is None or not can(self.actor, Action.WRITE_CASES) or self._opening:
            return
        shown = self._new_case_dialog
        if shown is not None and Shiboken.isValid(shown) and shown.isVisible():
            shown.raise_()  # one New case at a time: the one open comes forward
            shown.activateWindow()
            return
        self._opening = True
        self.act_new_case.setEnabled(False)

        def opened(subjects: tuple[SubjectRow, ...]) -> None:
            self._new_case_ready()
            self._open_new_case(subjects)

        def failed(exc: BaseException) -> None:
            self._new_case_ready()
            self._load_failed(exc)

        self.context.run_service(
            operations.new_case_subjects, self.actor, owner=self, on_done=opened, on_error=failed
        )

    def _new_case_ready(self) -> None:
        self._opening = False
        self.act_new_case.setEnabled(True)

    def _open_new_case(self, subjects: tuple[SubjectRow, ...]) -> None:
        if self.data is None:
            return

        def save(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, CaseDialog)
            self.context.run_service(
                casework.open_case,
                self.actor,
                dialog.draft(),
                owner=dialog,
                on_done=lambda row: (dialog.saved(row), self._select_later(row.id)),
                on_error=lambda exc: dialog.refuse(error_text(exc)),
            )

        dialog = CaseDialog(
            self.data.choices, subjects, self.actor.person_id, self._today(), self, submit=save
        )
        dialog.finished.connect(dialog.deleteLater)
        self._new_case_dialog = dialog
        dialog.open()

    def _select_later(self, case_id: int) -> None:
        """A new case: shown in detail once the list has it (the hub reloads the list)."""
        if not self._select(case_id):
            self.detail.show_case(case_id)

    def new_debrief(self) -> None:
        """A debrief on its own; when a case of the actor's organization is shown, the dialog
        offers to link it there (another organization's case is theirs to link)."""
        if not can(self.actor, Action.RECORD_DEBRIEFS):
            return
        case_id = self.detail.case_id()
        row = self.model.row_of(case_id) if case_id is not None else None
        shown = self.model.row(row) if row is not None else None
        case = (case_id, shown.title) if shown is not None and shown.may_change else None
        open_debrief(self, self.context, case=case)


def scrolling(row: QWidget) -> QScrollArea:
    """A row of controls that scrolls sideways in a narrow window instead of widening it."""
    area = QScrollArea()
    area.setWidget(row)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    area.setFixedHeight(row.sizeHint().height())
    return area
