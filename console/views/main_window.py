"""The main window: places the sections, the actions and the status bar, and wires them up."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from console import logs
from console.config import IDLE_LOCK_MINUTES, WINDOW_GEOMETRY, WINDOW_STATE
from console.models import Role
from console.services import access
from console.services.access import Action
from console.services.changes import Area
from console.views import actions
from console.views.about import show_about
from console.views.activation import DialogFocusReturn, focus_into
from console.views.common.idle import MINUTE_MS
from console.views.common.section import SectionView, ViewContext
from console.views.idle_lock import IdleLock
from console.views.password_dialog import PasswordDialog
from console.views.sections import SECTIONS, Section, import_sections

DEMO_BADGE_STYLE = (
    "QLabel { background: #c0392b; color: white; font-weight: bold;"
    " padding: 1px 8px; border-radius: 3px; }"
)

NAVIGATION_STYLE = "QListWidget::item { padding: 6px 10px; }"
NAVIGATION_WIDTH = 150
STATUS_GAP = 16  # pixels between who is signed in and the database, in the status bar
STATUS_MESSAGE_MS = 10_000
REMAINING_SECTIONS_MS = 3_000  # the other sections are made by then at the latest

# How each role is named to people (the "Roles" context of the translation).
ROLE_NAMES: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Roles", "Coordinator"),
    Role.EDUCATOR: QT_TRANSLATE_NOOP("Roles", "Educator"),
    Role.OFFICER: QT_TRANSLATE_NOOP("Roles", "Officer"),
    Role.SOCIAL_WORKER: QT_TRANSLATE_NOOP("Roles", "Social worker"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Roles", "Manager"),
}


def _show_badge(item: QListWidgetItem, title: str, badge: str) -> None:
    """A section's name in the navigation, with its badge ("Cases (3)") in bold."""
    item.setText(f"{title} ({badge})" if badge else title)
    font = item.font()
    font.setBold(bool(badge))
    item.setFont(font)


class _Views(Mapping[str, SectionView]):
    """The window's sections by name, each made on first access."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.made: dict[str, SectionView] = {}

    def __getitem__(self, name: str) -> SectionView:
        view = self.made.get(name)
        if view is None:
            if name not in self._window._sections:
                raise KeyError(name)
            view = self.made[name] = self._window._build(name)
        return view

    def __contains__(self, name: object) -> bool:
        return name in self._window._sections

    def __iter__(self) -> Iterator[str]:
        return iter(self._window._names)

    def __len__(self) -> int:
        return len(self._window._names)


def role_name(role: Role) -> str:
    """The role as shown to people, in their language."""
    return QCoreApplication.translate("Roles", ROLE_NAMES[role])


class MainWindow(QMainWindow):
    """Navigation on the left, the current section on the right; who is signed in and the
    database below. Only the sections the actor may see are placed. After the idle time of the
    settings (``idle_lock_ms`` overrides it; 0 never locks) the data hide behind the lock page.
    """

    def __init__(
        self,
        context: ViewContext,
        *,
        location: str,
        database_name: str,
        demo: bool,
        sections: Sequence[Section] = SECTIONS,
        remember_geometry: bool = True,
        idle_lock_ms: int | None = None,
        make_all: bool = True,
    ) -> None:
        super().__init__()
        self.context = context
        sections = [section for section in sections if section.visible_to(context.actor)]
        self.location = location
        self._remember_geometry = remember_geometry
        self.signed_out = False  # set by sign_out(): the application asks who signs in next
        self.setWindowTitle(
            self.tr("Coordination Console — {database}").format(database=database_name)
        )

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.stack = QStackedWidget()
        # Each section is made when first shown, or asked for (``views[name]``); the others
        # once the first one has loaded (``build_remaining``), a turn of the event loop each,
        # so that their badges show and start-up builds only what it paints.
        self._sections = {section.name: section for section in sections}
        self._items: dict[str, QListWidgetItem] = {}
        self.views = _Views(self)
        for section in sections:
            self.stack.addWidget(QWidget())  # the section's place until it is made
            item = QListWidgetItem(section.title_text())
            self.navigation.addItem(item)
            self._items[section.name] = item
        self._names = [section.name for section in sections]
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        # Arrow keys browse the sections and leave the focus in the list; a click or Enter
        # chooses one, and the keys go into it.
        self.navigation.clicked.connect(self._section_chosen)
        self.navigation.activated.connect(self._section_chosen)
        self.navigation.setStyleSheet(NAVIGATION_STYLE)

        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([NAVIGATION_WIDTH, 4 * NAVIGATION_WIDTH])
        if idle_lock_ms is None:
            idle_lock_ms = context.settings.value(IDLE_LOCK_MINUTES) * MINUTE_MS
        self.idle_lock = IdleLock(
            self, context, splitter, role_name(context.actor.role), interval_ms=idle_lock_ms
        )
        self.idle_lock.page.sig_sign_out_requested.connect(self.sign_out)
        self.dialog_focus = DialogFocusReturn(self)

        self._create_actions()
        self.section_actions = actions.create_section_actions(self, sections, self.show_section)
        self._build_menus()
        self._build_status_bar(location, demo)
        self._first_size()
        if remember_geometry:
            self.restoreGeometry(context.settings.value(WINDOW_GEOMETRY))
            self.restoreState(context.settings.value(WINDOW_STATE))
        if self._names:
            self.show_section(self._names[0])
        self._importing = False  # the other sections' packages are being imported
        self._remaining = self._remaining_timer()
        if make_all:
            self.make_remaining_later()

    def _remaining_timer(self) -> QTimer:
        """The timer that makes the other sections (see make_remaining_later)."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(self.build_remaining)
        return timer

    def make_remaining_later(self, *, first_loaded: bool = False) -> None:
        """Make the other sections once the first one has loaded (``first_loaded``: it has
        already, while the window was built unseen), or after ``REMAINING_SECTIONS_MS``
        whatever happens (not for a screenshot, which shows one section; for a window built
        while the password is checked, once it is taken)."""
        if not self._names:
            return
        self._remaining.start(REMAINING_SECTIONS_MS)  # also when the first one never loads
        if first_loaded:
            self._first_loaded()
        else:
            self.current_view().sig_loaded.connect(
                self._first_loaded, Qt.ConnectionType.SingleShotConnection
            )

    def _build(self, name: str) -> SectionView:
        """Make the section's view, in its place in the stack, wired like every other."""
        section = self._sections[name]
        # Made a (hidden) child of the stack: what it shows while being built stays inside it
        # (a widget shown before it has a parent would open as a window of its own).
        view = section.factory(self.context, self.stack)
        view.setObjectName(f"section_{section.name}")
        index = self._names.index(name)
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if current == index:
            self.stack.setCurrentIndex(index)
        item, title = self._items[name], section.title_text()
        view.sig_badge.connect(lambda text, item=item, title=title: _show_badge(item, title, text))
        self.context.hub.sig_changed.connect(view.on_changed)
        return view

    def _first_loaded(self) -> None:
        remaining = tuple(name for name in self._names if name not in self.views.made)
        if not remaining or self._importing:
            return
        # Their packages are imported on the worker first; then each is made here, one per
        # turn of the event loop (the fallback timer still makes them if that fails).
        self._importing = True
        self._remaining.stop()

        def make(_result: object = None) -> None:
            self._remaining.start(0)

        def start() -> None:
            self.context.runner.run(
                import_sections,
                remaining,
                owner=self,
                on_done=make,
                on_error=lambda _exc: make(),
                name="console.views.sections.import_sections",
            )

        # Once the loaded section is painted (its paint is due before the next turn): imports
        # on the worker would share the interpreter with the paint, and slow it.
        QTimer.singleShot(0, self, start)

    def build_remaining(self) -> None:
        """Make the sections not made yet, one per turn of the event loop (their badges then
        show in the navigation)."""
        for name in self._names:
            if name not in self.views.made:
                self.views[name]
                QTimer.singleShot(0, self, self.build_remaining)
                return

    def _first_size(self) -> None:
        """Before any remembered geometry: large enough for a week, never beyond the screen."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        self.resize(min(1440, int(room.width() * 0.9)), min(920, int(room.height() * 0.9)))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        menus = {}
        for key, _title in actions.MENUS:
            menu = bar.addMenu(actions.menu_title(key))
            menu.setObjectName(f"menu_{key}")
            menus[key] = menu
        menus[actions.MENU_VIEW].addActions(list(self.section_actions.values()))
        menus[actions.MENU_VIEW].addSeparator()
        for spec in actions.ACTIONS:
            if spec.name not in self.named_actions:
                continue
            if spec.name == "quit":
                menus[spec.menu].addSeparator()
            menus[spec.menu].addAction(self.named_actions[spec.name])

    def _build_status_bar(self, location: str, demo: bool) -> None:
        actor = self.context.actor
        self.user_label = QLabel(
            self.tr("Signed in as {username} ({role})").format(
                username=actor.username, role=role_name(actor.role)
            )
        )
        self.user_label.setContentsMargins(0, 0, STATUS_GAP, 0)
        self.database_label = QLabel(self.tr("Database: {location}").format(location=location))
        self.database_label.setToolTip(location)
        self.demo_badge = QLabel(self.tr("DEMO DATA"))
        self.demo_badge.setStyleSheet(DEMO_BADGE_STYLE)
        self.demo_badge.setToolTip(
            self.tr("Invented people and places for trying the console: not real data.")
        )
        self.demo_badge.setVisible(demo)
        bar = self.statusBar()
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.database_label, 1)
        bar.addPermanentWidget(self.demo_badge)

    @property
    def current_name(self) -> str:
        return self._names[self.stack.currentIndex()]

    def current_view(self) -> SectionView:
        return self.views[self.current_name]

    def has_section(self, name: str) -> bool:
        """Whether the section is placed (the actor may see it)."""
        return name in self._sections

    def show_section(self, name: str) -> None:
        """Bring a section to the front and give it the keyboard focus; navigation and View menu
        follow. (The section's shortcuts work wherever the focus is; its own keys, such as
        Delete on a selected shift, need the focus.)"""
        self.navigation.setCurrentRow(self._names.index(name))
        self.focus_section()

    def focus_section(self) -> None:
        """The keyboard focus into the current section (before the window is shown: where the
        focus will be when it first becomes active)."""
        if self._names and not self.idle_lock.is_locked():
            focus_into(self.current_view())

    def _section_chosen(self, _index: QModelIndex) -> None:
        self.focus_section()

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        name = self._names[row]
        self.stack.setCurrentIndex(row)
        self.views[name]  # made now if it was not yet
        self.section_actions[name].setChecked(True)

    def refresh_current(self) -> None:
        self.current_view().refresh()

    def open_settings(self) -> None:
        # Each section's settings come with the dialog: its imports load when it first opens.
        from console.views.settings_dialog import SettingsDialog  # noqa: PLC0415

        dialog = SettingsDialog(self.context.settings, self.location, self)
        dialog.accepted.connect(lambda: self._settings_saved(dialog.changed))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_funding(self) -> None:
        from console.views.funding import FundingDialog  # noqa: PLC0415 - as the settings

        dialog = FundingDialog(self.context, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _settings_saved(self, changed: tuple[str, ...]) -> None:
        if IDLE_LOCK_MINUTES.name in changed:
            self.idle_lock.set_minutes(self.context.settings.value(IDLE_LOCK_MINUTES))
        if changed:
            self.context.hub.sig_changed.emit(Area.SETTINGS, changed)

    def change_password(self) -> None:
        dialog = PasswordDialog(self.context, self)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(
                self.tr("Your password was changed."), STATUS_MESSAGE_MS
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_error(self, message: str) -> None:
        """Slot for the runner's sig_error: a failed operation nobody else handled."""
        QMessageBox.warning(
            self,
            self.tr("Operation failed"),
            self.tr("{message}\n\nDetails are in the log file: {log}").format(
                message=message, log=logs.log_file()
            ),
        )

    def _create_actions(self) -> None:
        """The window's named actions, minus what this actor cannot use."""
        handlers = {
            "lock": self.idle_lock.lock,
            "sign_out": self.sign_out,
            "settings": self.open_settings,
            "quit": self.close,
            "refresh": self.refresh_current,
            "about": lambda: show_about(self),
        }
        if self.context.actor.user_id is not None:  # the command line has no password of its own
            handlers["change_password"] = self.change_password
        if access.can(self.context.actor, Action.MANAGE_FUNDING):
            handlers["funding"] = self.open_funding
        if not self.idle_lock.available:
            del handlers["lock"]
        self.named_actions = actions.create_actions(self, handlers)
        keep = ("quit", "about", "sign_out")
        self.idle_lock.keep = {self.named_actions[n] for n in keep if n in self.named_actions}

    def sign_out(self) -> None:
        """Close the window, marked ``signed_out``: the application then asks who signs in
        next instead of quitting."""
        self.signed_out = True
        if not self.close():
            self.signed_out = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            # Ask for the keyboard when shown (after the sign-in dialog): every shortcut of the
            # window and its sections waits for an active window, and without a window manager,
            # or with one that does not activate new windows, nothing else makes it active.
            self.activateWindow()
            # Idle from when it is on screen: a window built unseen (while the password is
            # checked) must not lock, which would close every dialog, the sign-in's too.
            self.idle_lock.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._remember_geometry:
            self.context.settings.set_value(WINDOW_GEOMETRY, self.saveGeometry())
            self.context.settings.set_value(WINDOW_STATE, self.saveState())
            self.context.settings.sync()
        super().closeEvent(event)
