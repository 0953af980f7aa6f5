"""The Accounts section (administrators): every login account with its person, role and state;
create one, change its role or person, reset its password, disable and enable it, lift a
lockout. The services decide (and audit); this only asks them through the runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.models import Role
from console.services.access import account_list, accounts
from console.services.access.account_list import AccountRow, AccountsData
from console.services.changes import Area
from console.views.accounts.dialogs import (
    EditAccountDialog,
    NewAccountDialog,
    PasswordShownDialog,
    ResetPasswordDialog,
)
from console.views.accounts.model import (
    ID_ROLE,
    STATE_FILTERS,
    AccountsFilter,
    AccountsModel,
    StateFilter,
)
from console.views.common.errors import error_text
from console.views.common.labels import role_label
from console.views.common.runner import owner_alive
from console.views.common.section import SectionView, ViewContext
from console.views.common.section_actions import section_action
from console.views.common.submit_dialog import SubmitDialog

PROBLEM_STYLE = "QLabel { color: #b3261e; }"
GOOD_STYLE = "QLabel { color: #1e6b34; }"


class AccountsView(SectionView):
    """The accounts, filtered by words, role and state; the actions act on the selected one."""

    reload_areas = frozenset({Area.USERS, Area.PERSONS, Area.ORGANIZATIONS})

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._request = 0
        self.data: AccountsData | None = None
        self.dialog: QWidget | None = None  # the dialog opened last (tests look at it)
        self._select_next: int | None = None  # an account just created: selected once shown
        self.model = AccountsModel(context.settings.time_zone(), self)
        self.proxy = AccountsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.act_new = section_action(self, self.tr("&New account…"), self.new_account, "Ctrl+N")
        self.act_edit = section_action(self, self.tr("&Role and person…"), self.edit_account, "F2")
        self.act_reset = section_action(
            self, self.tr("Reset &password…"), self.reset_password, "Ctrl+R"
        )
        self.act_disable = section_action(self, self.tr("&Disable…"), self.disable, "Ctrl+D")
        self.act_enable = section_action(self, self.tr("&Enable"), self.enable, "Ctrl+E")
        self.act_unlock = section_action(
            self, self.tr("&Lift lockout"), self.lift_lockout, "Ctrl+U"
        )
        self.act_find = section_action(self, self.tr("&Find"), self._find, "Ctrl+F")
        self._build()
        self._update_actions()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Accounts"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.search = QLineEdit()
        self.search.setObjectName("account_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Username, person or organization (Ctrl+F)"))
        self.role_filter = QComboBox()
        self.role_filter.setObjectName("role_filter")
        self.role_filter.addItem(self.tr("Any role"), None)
        for role in Role:
            self.role_filter.addItem(role_label(role), role)
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("state_filter")
        for state, text in STATE_FILTERS.items():
            self.state_filter.addItem(QCoreApplication.translate("AccountsModel", text), state)
        self.search.textChanged.connect(self._filter)
        self.role_filter.currentIndexChanged.connect(self._filter)
        self.state_filter.currentIndexChanged.connect(self._filter)
        self.table = self._table()
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self._lay_out(title)

    def _table(self) -> QTableView:
        self.table = QTableView()
        self.table.setObjectName("accounts_table")
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AccountsModel.COL_USERNAME, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(self.edit_account)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        return self.table

    def _lay_out(self, title: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.role_filter)
        filters.addWidget(self.state_filter)
        buttons = QHBoxLayout()
        for action in self._row_actions(with_new=True):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

    def _row_actions(self, *, with_new: bool) -> list[Any]:
        row = [self.act_edit, self.act_reset, self.act_disable, self.act_enable, self.act_unlock]
        return [self.act_new, *row] if with_new else row

    def context_menu(self) -> QMenu:
        """The right-click menu of an account: what can be done to it, then a new one."""
        menu = QMenu(self)
        menu.addActions(self._row_actions(with_new=False))
        menu.addSeparator()
        menu.addAction(self.act_new)
        return menu

    def _menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)  # the menu is for the account clicked
        menu = self.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()  # one menu per right-click: do not keep them all

    def _find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        self._request += 1
        number = self._request
        self.context.run_service(
            account_list.load_accounts,
            self.context.actor,
            owner=self,
            on_done=lambda data: self._show(number, data),
            on_error=lambda exc: self._failed(number, exc),
        )

    def _show(self, number: int, data: AccountsData) -> None:
        if number != self._request:
            return  # an older answer
        chosen = self.current()
        chosen_id = (
            self._select_next
            if self._select_next is not None
            else (chosen.id if chosen is not None else None)
        )
        self._select_next = None
        if self.data is None:
            self.notice.hide()  # a failed load's message, now out of date
        self.data = data
        self.model.tz = self.context.settings.time_zone()
        self.model.set_rows(data.rows)
        self.table.resizeColumnsToContents()
        if chosen_id is not None:
            self.select(chosen_id)
        self._count()
        self._update_actions()
        self.sig_loaded.emit()

    def _failed(self, number: int, exc: BaseException) -> None:
        if number != self._request:
            return
        self.data = None
        self.model.set_rows(())
        self.summary.setText("")
        self._say(
            self.tr("The accounts could not be read: {reason}").format(reason=error_text(exc))
        )
        self._update_actions()
        self.sig_loaded.emit()

    def _filter(self) -> None:
        role = self.role_filter.currentData()  # Qt hands a StrEnum back as its text
        self.proxy.set_filter(
            self.search.text(),
            Role(role) if role is not None else None,
            self.state_filter.currentData() or StateFilter.ANY,
        )
        self._count()
        self._update_actions()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.summary.setText(self.tr("%n account(s)", "", total))
        else:
            self.summary.setText(
                self.tr("{shown} of {total} accounts").format(shown=shown, total=total)
            )

    # -- the selected account ------------------------------------------------------------------

    def current(self) -> AccountRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_for(index.data(ID_ROLE))

    def select(self, user_id: int) -> None:
        for number in range(self.proxy.rowCount()):
            index = self.proxy.index(number, 0)
            if index.data(ID_ROLE) == user_id:
                self.table.setCurrentIndex(index)
                return

    def _update_actions(self, *_args: object) -> None:
        row = self.current()
        own = row is not None and row.id == self.context.actor.user_id
        self.act_new.setEnabled(self.data is not None)
        self.act_edit.setEnabled(row is not None)
        self.act_reset.setEnabled(row is not None)
        self.act_disable.setEnabled(row is not None and not row.disabled and not own)
        self.act_enable.setEnabled(row is not None and row.disabled)
        self.act_unlock.setEnabled(row is not None and row.locked)

    # -- changes -------------------------------------------------------------------------------

    def new_account(self) -> None:
        if self.data is None:
            return

        def submit(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, NewAccountDialog)
            new = dialog.value()
            holder = self._person_name(new.person_id)
            # Owned by the section, not the dialog: a generated password is shown even if the
            # dialog was closed meanwhile.
            self.context.run_service(
                accounts.create_user,
                self.context.actor,
                new.username,
                new.role,
                new.password,
                new.person_id,
                owner=self,
                on_done=lambda user_id: self._created(
                    dialog, user_id, new.username, holder, new.password if new.generated else None
                ),
                on_error=lambda exc: self._dialog_refused(dialog, exc),
            )

        self._open(NewAccountDialog(self.data.people, self, submit=submit))

    def _created(
        self,
        dialog: SubmitDialog,
        user_id: int,
        username: str,
        holder: str | None,
        shown: str | None,
    ) -> None:
        if owner_alive(dialog) and dialog.isVisible():
            dialog.saved()
        self._select_next = user_id
        self.select(user_id)
        text = self.tr("The account “{username}” was created.").format(username=username)
        self._say(text, GOOD_STYLE)
        if shown is not None:
            self._open(PasswordShownDialog(username, shown, holder, self))

    def _dialog_refused(self, dialog: SubmitDialog, exc: BaseException) -> None:
        if owner_alive(dialog) and dialog.isVisible():
            dialog.refuse(error_text(exc))
        else:
            self._say(error_text(exc))

    def edit_account(self, *_args: object) -> None:
        row = self.current()
        if row is None or self.data is None:
            return

        def submit(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, EditAccountDialog)
            role, person_id = dialog.value()
            self.context.run_service(
                accounts.update_account,
                self.context.actor,
                row.username,
                role,
                person_id,
                owner=dialog,
                on_done=lambda _none: self._edited(dialog, row.username),
                on_error=lambda exc: dialog.refuse(error_text(exc)),
            )

        self._open(EditAccountDialog(row, self.data.people, self, submit=submit))

    def _edited(self, dialog: SubmitDialog, username: str) -> None:
        dialog.saved()
        self._say(
            self.tr(
                "The account “{username}” was changed: it takes effect at its next sign-in."
            ).format(username=username),
            GOOD_STYLE,
        )

    def reset_password(self) -> None:
        row = self.current()
        if row is None:
            return

        def submit(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, ResetPasswordDialog)
            password, generated = dialog.value()
            self.context.run_service(
                accounts.set_password,
                self.context.actor,
                row.username,
                password,
                owner=self,
                on_done=lambda _none: self._reset(dialog, row, password if generated else None),
                on_error=lambda exc: self._dialog_refused(dialog, exc),
            )

        self._open(ResetPasswordDialog(row, self, submit=submit))

    def _reset(self, dialog: SubmitDialog, row: AccountRow, shown: str | None) -> None:
        if owner_alive(dialog) and dialog.isVisible():
            dialog.saved()
        self._say(
            self.tr("The password of “{username}” was reset.").format(username=row.username),
            GOOD_STYLE,
        )
        if shown is not None:
            self._open(PasswordShownDialog(row.username, shown, row.person_name, self))

    def disable(self) -> None:
        row = self.current()
        if row is None or row.disabled:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Disable account"),
            self.tr(
                "Disable the account “{username}”? It can no longer sign in. Its records and "
                "the audit log stay as they are, and you can enable it again."
            ).format(username=row.username),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._change(
            accounts.disable_user,
            row,
            self.tr("The account “{username}” is disabled.").format(username=row.username),
        )

    def enable(self) -> None:
        row = self.current()
        if row is not None and row.disabled:
            self._change(
                accounts.enable_user,
                row,
                self.tr("The account “{username}” can sign in again.").format(
                    username=row.username
                ),
            )

    def lift_lockout(self) -> None:
        row = self.current()
        if row is not None and row.locked:
            self._change(
                accounts.lift_lockout,
                row,
                self.tr("The lockout of “{username}” is lifted: it can sign in now.").format(
                    username=row.username
                ),
            )

    def _change(self, service: Callable[..., None], row: AccountRow, success: str) -> None:
        """Run one of the account switches; a refusal is shown in a message box."""
        self.context.run_service(
            service,
            self.context.actor,
            row.username,
            owner=self,
            on_done=lambda _none: self._say(success, GOOD_STYLE),
            on_error=self._refused,
        )

    def _refused(self, exc: BaseException) -> None:
        text = error_text(exc)
        self._say(text, PROBLEM_STYLE)
        QMessageBox.warning(self, self.tr("Account not changed"), text)
        self.refresh()  # what the table showed may be out of date

    # -- helpers -------------------------------------------------------------------------------

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _person_name(self, person_id: int | None) -> str | None:
        if self.data is None or person_id is None:
            return None
        return next((p.full_name for p in self.data.people if p.id == person_id), None)

    def _say(self, text: str, style: str = PROBLEM_STYLE) -> None:
        self.notice.setStyleSheet(style)
        self.notice.setText(text)
        self.notice.setVisible(True)
