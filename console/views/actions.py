"""The main window's actions and menus, declared once here; the window only places them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from console.views.sections import Section

MENU_FILE, MENU_VIEW, MENU_HELP = "file", "view", "help"
MENUS = (
    (MENU_FILE, QT_TRANSLATE_NOOP("Menus", "&File")),
    (MENU_VIEW, QT_TRANSLATE_NOOP("Menus", "&View")),
    (MENU_HELP, QT_TRANSLATE_NOOP("Menus", "&Help")),
)
SECTION_SHORTCUTS = 9  # Ctrl+1 ... Ctrl+9


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the key of its handler
    text: str  # source text in the "Actions" context
    tip: str  # status bar tip, same context
    shortcut: str | None  # portable QKeySequence text ("Ctrl" is Command on macOS)
    menu: str
    role: QAction.MenuRole = QAction.MenuRole.NoRole


ACTIONS = (
    ActionSpec(
        "change_password",
        QT_TRANSLATE_NOOP("Actions", "C&hange password…"),
        QT_TRANSLATE_NOOP("Actions", "Choose a new password for your account"),
        None,
        MENU_FILE,
    ),
    ActionSpec(
        "lock",
        QT_TRANSLATE_NOOP("Actions", "&Lock now"),
        QT_TRANSLATE_NOOP("Actions", "Hide the data until your password is typed again"),
        "Ctrl+L",
        MENU_FILE,
    ),
    ActionSpec(
        "sign_out",
        QT_TRANSLATE_NOOP("Actions", "Sign &out"),
        QT_TRANSLATE_NOOP("Actions", "Close this session and let someone else sign in"),
        "Ctrl+Shift+L",
        MENU_FILE,
    ),
    ActionSpec(
        "funding",
        QT_TRANSLATE_NOOP("Actions", "&Funding report…"),
        QT_TRANSLATE_NOOP(
            "Actions", "The grant's settings, hourly costs, expenses and the report to the Region"
        ),
        None,
        MENU_FILE,
    ),
    ActionSpec(
        "settings",
        QT_TRANSLATE_NOOP("Actions", "&Settings…"),
        QT_TRANSLATE_NOOP("Actions", "Language, time zone and database"),
        "Ctrl+,",
        MENU_FILE,
        QAction.MenuRole.PreferencesRole,
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Close the console"),
        "Ctrl+Q",
        MENU_FILE,
        QAction.MenuRole.QuitRole,
    ),
    ActionSpec(
        "refresh",
        QT_TRANSLATE_NOOP("Actions", "&Refresh"),
        QT_TRANSLATE_NOOP("Actions", "Load the data of this section again"),
        "F5",
        MENU_VIEW,
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About Coordination Console"),
        QT_TRANSLATE_NOOP("Actions", "Version, project and license"),
        None,
        MENU_HELP,
        QAction.MenuRole.AboutRole,
    ),
)


def _translate(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def menu_title(menu: str) -> str:
    return QCoreApplication.translate("Menus", dict(MENUS)[menu])


def create_actions(
    parent: QObject, handlers: Mapping[str, Callable[[], object]]
) -> dict[str, QAction]:
    """One QAction per spec that has a handler, connected to ``handlers[spec.name]``.

    A spec without a handler is not offered (e.g. no password to change from the command line).
    """
    actions = {}
    for spec in ACTIONS:
        if spec.name not in handlers:
            continue
        action = QAction(_translate(spec.text), parent)
        action.setObjectName(f"action_{spec.name}")
        action.setStatusTip(_translate(spec.tip))
        action.setMenuRole(spec.role)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.triggered.connect(handlers[spec.name])
        actions[spec.name] = action
    return actions


def create_section_actions(
    parent: QObject, sections: Sequence[Section], on_select: Callable[[str], None]
) -> dict[str, QAction]:
    """A checkable action per section (Ctrl+1, Ctrl+2, ...), one checked at a time."""
    group = QActionGroup(parent)
    group.setExclusive(True)
    actions = {}
    for number, section in enumerate(sections, start=1):
        action = QAction(section.title_text(), group)
        action.setObjectName(f"action_section_{section.name}")
        action.setCheckable(True)
        if number <= SECTION_SHORTCUTS:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _checked=False, name=section.name: on_select(name))
        actions[section.name] = action
    return actions
