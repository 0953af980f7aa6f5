"""The accounts table: username, person, organization, role, state and last sign-in, fed rows by
the view; and the filter over it (words typed, a role, a state)."""

from __future__ import annotations

import enum
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from console.models import Role
from console.services.access.account_list import AccountRow
from console.views.common.formatting import moment_text
from console.views.common.labels import role_label
from console.views.common.people_picker import fold
from console.views.common.rows_model import Index, RowsTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a column sorts by
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the account's id, on every cell
LOCKED_COLOUR = QColor("#b3261e")
DISABLED_COLOUR = QColor("#6b6b6b")
NOTHING = "—"


class StateFilter(enum.Enum):
    """Which accounts the state filter keeps."""

    ANY = "any"
    ENABLED = "enabled"
    DISABLED = "disabled"
    LOCKED = "locked"


STATE_FILTERS = {
    StateFilter.ANY: QT_TRANSLATE_NOOP("AccountsModel", "Any state"),
    StateFilter.ENABLED: QT_TRANSLATE_NOOP("AccountsModel", "Enabled"),
    StateFilter.DISABLED: QT_TRANSLATE_NOOP("AccountsModel", "Disabled"),
    StateFilter.LOCKED: QT_TRANSLATE_NOOP("AccountsModel", "Locked"),
}


def state_text(row: AccountRow, tz: ZoneInfo) -> str:
    """ "Enabled", "Disabled", "Locked until 25/11/26 15:00" (a disabled account says so first)."""
    if row.disabled:
        return QCoreApplication.translate("AccountsModel", "Disabled")
    if row.locked_until is not None:
        return QCoreApplication.translate("AccountsModel", "Locked until {moment}").format(
            moment=moment_text(row.locked_until, tz)
        )
    return QCoreApplication.translate("AccountsModel", "Enabled")


class AccountsModel(RowsTableModel):
    """One account a row; ``row_for(id)`` finds a row again after a reload."""

    CONTEXT = "AccountsModel"
    COL_USERNAME, COL_PERSON, COL_ORGANIZATION, COL_ROLE, COL_STATE, COL_LAST_LOGIN = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("AccountsModel", "Username"),
        QT_TRANSLATE_NOOP("AccountsModel", "Person"),
        QT_TRANSLATE_NOOP("AccountsModel", "Organization"),
        QT_TRANSLATE_NOOP("AccountsModel", "Role"),
        QT_TRANSLATE_NOOP("AccountsModel", "State"),
        QT_TRANSLATE_NOOP("AccountsModel", "Last sign-in"),
    )
    TOOLTIPS: ClassVar[dict[int, str]] = {
        COL_PERSON: QT_TRANSLATE_NOOP(
            "AccountsModel", "Who the account belongs to: it takes their organization"
        ),
        COL_STATE: QT_TRANSLATE_NOOP(
            "AccountsModel",
            "Disabled accounts cannot sign in; five wrong passwords lock one for a while",
        ),
    }
    TEXT_COLUMNS: ClassVar[frozenset[int]] = frozenset(range(6))

    def __init__(self, tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tz = tz

    def row_for(self, user_id: int) -> AccountRow | None:
        return next((row for row in self._rows if row.id == user_id), None)

    def text(self, row: AccountRow, column: int) -> str:
        if column == self.COL_ROLE:
            return role_label(row.role)
        if column == self.COL_STATE:
            return state_text(row, self.tz)
        if column == self.COL_LAST_LOGIN:
            if row.last_login_at is None:
                return QCoreApplication.translate("AccountsModel", "never")
            return moment_text(row.last_login_at, self.tz)
        plain = {
            self.COL_USERNAME: row.username,
            self.COL_PERSON: row.person_name or NOTHING,
            self.COL_ORGANIZATION: row.organization or NOTHING,
        }
        return plain[column]

    def sort_key(self, row: AccountRow, column: int) -> Any:
        if column == self.COL_LAST_LOGIN:
            return row.last_login_at.timestamp() if row.last_login_at is not None else 0.0
        if column == self.COL_STATE:
            return (2 if row.disabled else 1 if row.locked else 0, row.username.casefold())
        return self.text(row, column).casefold()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == SORT_ROLE:
            key = self.sort_key(row, column)
            return repr(key) if isinstance(key, tuple) else key
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        return self._decoration(row, column, role)

    @staticmethod
    def _decoration(row: AccountRow, column: int, role: int) -> Any:
        """Grey for a disabled account, red for a lockout (the words say it too)."""
        if role == Qt.ItemDataRole.ForegroundRole and row.disabled:
            return QBrush(DISABLED_COLOUR)
        if column != AccountsModel.COL_STATE or not row.locked:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(LOCKED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "AccountsModel", "Too many wrong passwords: “Lift lockout” lets it sign in at once"
            )
        return None


class AccountsFilter(QSortFilterProxyModel):
    """Keeps the accounts whose username, person or organization hold every word typed
    (accents ignored), of the role and in the state chosen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._role: Role | None = None
        self._state = StateFilter.ANY
        self.setSortRole(SORT_ROLE)

    def set_filter(self, text: str, role: Role | None, state: StateFilter) -> None:
        self.beginFilterChange()
        self._words = tuple(fold(text).split())
        self._role = role
        self._state = state
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AccountsModel)
        row: AccountRow = model.row(source_row)
        if self._role is not None and row.role is not self._role:
            return False
        if not _in_state(row, self._state):
            return False
        if not self._words:
            return True
        key = fold(" ".join((row.username, row.person_name or "", row.organization or "")))
        return all(word in key for word in self._words)


def _in_state(row: AccountRow, state: StateFilter) -> bool:
    if state is StateFilter.ENABLED:
        return not row.disabled
    if state is StateFilter.DISABLED:
        return row.disabled
    if state is StateFilter.LOCKED:
        return row.locked
    return True
