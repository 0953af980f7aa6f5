"""People picker of the shift dialog: search, grouped by organization, checkable, week hours,
and (when fed) who is absent, unavailable, busy elsewhere or short of rest at the shift's time."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from console.services.planning.availability import Availability
from console.services.planning.week import PersonLoad
from console.views.common import formatting, labels

Index = QModelIndex | QPersistentModelIndex
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # int id on person rows, None on organizations
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # folded text the search matches (see fold)
COL_NAME, COL_ROLE, COL_HOURS, COL_AT_TIME = range(4)
OVER_CONTRACT = QColor("#b3261e")
NOT_FREE = QColor("#a15c00")  # absent, unavailable, busy, short of rest: ticked with a problem
AT_TIME_WIDTH = 240  # pixels of the "at that time" column; the whole text is in its tooltip


def fold(text: str) -> str:
    """Lower case without accents, so "nicolo" finds "Nicolò" and "citta" finds "Città"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class PeopleFilter(QSortFilterProxyModel):
    """Keeps the rows whose SEARCH_ROLE holds every word typed; an organization that matches
    keeps all its people, a person who matches keeps their organization."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = tuple(fold(text).split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        key = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        return all(word in key for word in self._words)


class PersonList(QWidget):
    """A search field over people grouped by organization (in the order given); one person
    at a time is current. Fed ``PersonLoad`` rows; never queries."""

    sig_person_selected = Signal(int)  # id of the person made current

    def __init__(self, parent: QWidget | None = None, columns: int = 1) -> None:
        super().__init__(parent)
        self._people: dict[int, PersonLoad] = {}
        self._rows: dict[int, QStandardItem] = {}  # person id -> the item of its first column
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search people or organizations"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.model = QStandardItemModel(0, columns, self)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView()
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(columns == 1)
        self.view.setUniformRowHeights(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setSelectionMode(QTreeView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.search)
        self.layout_.addWidget(self.view, 1)
        self.setFocusProxy(self.search)
        self.search.textChanged.connect(self._filter)

    def set_people(self, loads: Sequence[PersonLoad]) -> None:
        """Show ``loads``, keeping the current person when they are still there."""
        current = self.current_person_id()
        self._fill(loads)
        if current is not None:
            self.select_person(current)

    def _fill(self, loads: Sequence[PersonLoad]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self._people = {load.id: load for load in loads}
        self._rows = {}
        groups: dict[int, QStandardItem] = {}
        for load in loads:
            group = groups.get(load.organization_id)
            if group is None:
                group = self._organization_item(load.organization_name)
                groups[load.organization_id] = group
                self.model.appendRow(group)
            items = self._person_items(load)
            self._rows[load.id] = items[0]
            group.appendRow(items)
        self._span_groups()
        self.view.expandAll()

    def current_person_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(PERSON_ID_ROLE) if index.isValid() else None

    def select_person(self, person_id: int) -> None:
        item = self._rows.get(person_id)
        if item is not None:
            index = self.proxy.mapFromSource(item.index())
            if index.isValid():
                self.view.setCurrentIndex(index)

    def _person_items(self, load: PersonLoad) -> list[QStandardItem]:
        item = QStandardItem(f"{load.full_name} ({labels.role_mark(load.role)})")
        item.setData(load.id, PERSON_ID_ROLE)
        item.setData(fold(f"{load.full_name} {load.short_name}"), SEARCH_ROLE)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setToolTip(labels.role_label(load.role))
        if not load.active:
            item.setForeground(QBrush(QColor("#888888")))
        return [item]

    def _organization_item(self, name: str) -> QStandardItem:
        item = QStandardItem(name)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(None, PERSON_ID_ROLE)
        # Searching an organization's name shows its people; a person's name, their group.
        item.setData(fold(name), SEARCH_ROLE)
        return item

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        person_id = current.siblingAtColumn(0).data(PERSON_ID_ROLE) if current.isValid() else None
        if person_id is not None:
            self.sig_person_selected.emit(person_id)

    def _filter(self, text: str) -> None:
        self.proxy.set_search(text)
        self._span_groups()
        self.view.expandAll()

    def _span_groups(self) -> None:
        """Organization rows span the whole width, as headings."""
        for row in range(self.proxy.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)

    def _visible_people(self) -> list[QStandardItem]:
        found = []
        for group_row in range(self.proxy.rowCount()):
            group = self.proxy.index(group_row, 0)
            for row in range(self.proxy.rowCount(group)):
                source = self.proxy.mapToSource(self.proxy.index(row, 0, group))
                found.append(self.model.itemFromIndex(source))
        return found

    def _search_entered(self) -> None:
        """Enter in a non-empty search field: go to the people shown."""
        self._focus_list()

    def _focus_list(self) -> None:
        self.view.setFocus()
        visible = self._visible_people()
        if visible and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.proxy.mapFromSource(visible[0].index()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search field, Down goes to the list and Enter acts on the matches (an empty
        search leaves Enter to the dialog)."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Down:
                self._focus_list()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.text().strip():
                self._search_entered()
                return True
        return super().eventFilter(watched, event)


class PeoplePicker(PersonList):
    """Check the people of a shift; each row shows the role and the week's hours.

    People who can no longer be assigned (``active`` False) are shown disabled, unless they are
    already selected, so an existing shift can keep or drop them but nobody adds them anew.
    """

    sig_selection_changed = Signal(object)  # tuple[int, ...]: the ids now checked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, columns=4)
        self._availability: dict[int, Availability] = {}
        self._tz: ZoneInfo | None = None
        self._shift_hours = 0.0
        self._counted_ids: frozenset[int] = frozenset()
        self._counted_hours = 0.0
        self._selected: set[int] = set()  # while filling
        self._updating = False
        self.model.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Role"), self.tr("Week"), self.tr("At that time")]
        )
        self.model.horizontalHeaderItem(COL_HOURS).setToolTip(
            self.tr("Hours planned this week (with this shift when chosen) / contract hours")
        )
        self.model.horizontalHeaderItem(COL_AT_TIME).setToolTip(
            self.tr(
                "Who is absent, unavailable, busy in another shift or short of rest at the "
                "shift's time"
            )
        )
        self.view.setAlternatingRowColors(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_HOURS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_AT_TIME, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnHidden(COL_AT_TIME, True)  # shown once fed (set_availability)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.model.itemChanged.connect(self._item_changed)
        self._update_summary()

    # -- feeding ---------------------------------------------------------------------------

    def set_people(self, loads: Sequence[PersonLoad], selected_ids: Iterable[int] = ()) -> None:
        """Show ``loads`` grouped by organization (in the given order), checking
        ``selected_ids``; ids not among ``loads`` are ignored."""
        self._selected = set(selected_ids)
        self._updating = True
        try:
            self._fill(loads)
        finally:
            self._updating = False
        for person_id in self._rows:
            self._refresh_hours(person_id)
            self._refresh_availability(person_id)
        self._update_summary()

    def set_availability(self, found: Mapping[int, Availability], tz: ZoneInfo) -> None:
        """What stands against each person at the shift's time (people left out are free);
        shows the "At that time" column. Nobody is kept from being ticked."""
        self._availability = dict(found)
        self._tz = tz
        if self.view.isColumnHidden(COL_AT_TIME):
            self.view.setColumnHidden(COL_AT_TIME, False)
            self.view.setColumnWidth(COL_AT_TIME, AT_TIME_WIDTH)
        for person_id in self._rows:
            self._refresh_availability(person_id)

    def availability_text(self, person_id: int, *, short: bool = False) -> str:
        """One line each for what stands against the person at the shift's time ("" if free);
        ``short`` for the column ("Busy 18:00–22:00 Piazza Roma"), else whole (the tooltip)."""
        found = self._availability.get(person_id)
        if found is None:
            return ""
        lines = []
        if found.absent:
            lines.append(self.tr("Absent"))
        if found.unavailable:
            lines.append(
                self.tr("Unavailable") if short else self.tr("Declared unavailable at that time")
            )
        for other in found.busy:
            if short:
                text = self.tr("Busy {time} {zone}")
            else:
                text = self.tr("In another shift: {zone}, {time}")
            lines.append(
                text.format(
                    zone=other.zone_name, time=self._span(other.starts_at, other.ends_at, short)
                )
            )
        if found.short_rest:
            lines.append(self.tr("< 11 h rest") if short else self.tr("Less than 11 hours of rest"))
        if found.hours is not None and found.contract_hours is not None:
            lines.append(
                self.tr("Over contract")
                if short
                else self.tr("Over contract hours: {hours} of {contract} h").format(
                    hours=formatting.format_hours(found.hours),
                    contract=formatting.format_hours(found.contract_hours),
                )
            )
        return "\n".join(lines)

    def _span(self, starts_at: datetime, ends_at: datetime, short: bool = False) -> str:
        """ "Tue 24/11/2026 18:00–22:00" ("18:00–22:00" when ``short``); the end's date too
        when it is another day."""
        tz = self._tz or ZoneInfo("UTC")
        start, end = starts_at.astimezone(tz), ends_at.astimezone(tz)
        first = (
            formatting.format_time(start.time()) if short else formatting.format_moment(start, tz)
        )
        if short or start.date() == end.date():
            return f"{first}–{formatting.format_time(end.time())}"
        return f"{first}–{formatting.format_moment(end, tz)}"

    def set_shift_hours(
        self, hours: float, counted_ids: Iterable[int] = (), counted_hours: float = 0.0
    ) -> None:
        """The length of the shift being drafted, and the people whose ``planned_hours``
        already count ``counted_hours`` of it (the stored shift being edited)."""
        self._shift_hours = max(hours, 0.0)
        self._counted_ids = frozenset(counted_ids)
        self._counted_hours = counted_hours
        for person_id in self._rows:
            self._refresh_hours(person_id)

    # -- reading ---------------------------------------------------------------------------

    def selected_ids(self) -> tuple[int, ...]:
        """The checked people, in the order shown."""
        return tuple(
            person_id
            for person_id, item in self._rows.items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def names(self) -> dict[int, str]:
        """Short names of everyone listed, for messages about them."""
        return {person_id: load.short_name for person_id, load in self._people.items()}

    def hours_with_shift(self, person_id: int) -> float:
        """The person's hours this week if the drafted shift is saved with them in it."""
        base = self._people[person_id].planned_hours
        if person_id in self._counted_ids:
            base -= self._counted_hours
        return base + self._shift_hours

    def set_checked(self, person_id: int, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self._rows[person_id].setCheckState(state)

    # -- rows ------------------------------------------------------------------------------

    def _person_items(self, load: PersonLoad) -> list[QStandardItem]:
        checked = load.id in self._selected
        name = QStandardItem(load.full_name)
        name.setCheckable(True)
        name.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        name.setData(load.id, PERSON_ID_ROLE)
        name.setData(fold(f"{load.full_name} {load.short_name}"), SEARCH_ROLE)
        role = QStandardItem(labels.role_mark(load.role))
        role.setToolTip(labels.role_label(load.role))
        hours = QStandardItem()
        hours.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        at_time = QStandardItem()
        items = [name, role, hours, at_time]
        for item in (role, hours, at_time):
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if not load.active:
            name.setText(self.tr("{name} (no longer assignable)").format(name=load.full_name))
            name.setToolTip(
                self.tr("{name} can no longer be put on shifts; you can only remove them.").format(
                    name=load.full_name
                )
            )
            if not checked:
                _set_enabled(items, False)
        return items

    def _row_items(self, person_id: int) -> list[QStandardItem]:
        name = self._rows[person_id]
        parent = name.parent()
        return [parent.child(name.row(), column) for column in range(4)]

    def _refresh_hours(self, person_id: int) -> None:
        load = self._people[person_id]
        checked = self._rows[person_id].checkState() == Qt.CheckState.Checked
        with_shift = self.hours_with_shift(person_id)
        shown = with_shift if checked else with_shift - self._shift_hours
        item = self._row_items(person_id)[COL_HOURS]
        if math.isnan(load.weekly_hours):  # contract unknown: a person no longer offered
            item.setText(self.tr("{planned} h").format(planned=formatting.format_hours(shown)))
            return
        over = with_shift > load.weekly_hours + 1e-9  # red: choosing them breaks the contract
        item.setText(
            self.tr("{planned} / {contract} h").format(
                planned=formatting.format_hours(shown),
                contract=formatting.format_hours(load.weekly_hours),
            )
        )
        item.setForeground(QBrush(OVER_CONTRACT) if over else QBrush())
        font = QFont(item.font())
        font.setBold(over)
        item.setFont(font)
        tip = self.tr("With this shift: {hours} h this week; contract {contract} h.").format(
            hours=formatting.format_hours(with_shift),
            contract=formatting.format_hours(load.weekly_hours),
        )
        if over:
            tip += " " + self.tr("Above the contract hours.")
        item.setToolTip(tip)

    def _refresh_availability(self, person_id: int) -> None:
        text = self.availability_text(person_id)
        item = self._row_items(person_id)[COL_AT_TIME]
        item.setText(self.availability_text(person_id, short=True).replace("\n", " · "))
        item.setToolTip(text)
        item.setForeground(QBrush(NOT_FREE) if text else QBrush())

    # -- reactions -------------------------------------------------------------------------

    def _item_changed(self, item: QStandardItem) -> None:
        person_id = item.data(PERSON_ID_ROLE)
        if self._updating or item.column() != COL_NAME or person_id is None:
            return
        self._updating = True
        try:
            if not self._people[person_id].active and item.checkState() != Qt.CheckState.Checked:
                _set_enabled(self._row_items(person_id), False)  # dropped: cannot come back
            self._refresh_hours(person_id)
        finally:
            self._updating = False
        self._update_summary()
        self.sig_selection_changed.emit(self.selected_ids())

    def _update_summary(self) -> None:
        chosen = [
            f"{self._people[i].short_name} ({labels.role_mark(self._people[i].role)})"
            for i in self.selected_ids()
        ]
        if chosen:
            self.summary.setText(self.tr("Chosen: {names}").format(names=", ".join(chosen)))
        else:
            self.summary.setText(self.tr("Nobody chosen yet."))

    def _search_entered(self) -> None:
        """Enter with one person matching checks (or unchecks) them; otherwise go to the list."""
        visible = self._visible_people()
        if len(visible) == 1 and visible[0].isEnabled():
            item = visible[0]
            self.set_checked(item.data(PERSON_ID_ROLE), item.checkState() != Qt.CheckState.Checked)
            self.search.selectAll()
        else:
            self._focus_list()


def _set_enabled(items: Sequence[QStandardItem], enabled: bool) -> None:
    for item in items:
        item.setEnabled(enabled)
