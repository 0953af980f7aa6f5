"""The GUI's bootstrap: arguments, language, database, first start, sign-in, main window."""

from __future__ import annotations

import argparse
import enum
import functools
import getpass
import logging
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from console import __version__, i18n, logs, private_files
from console.config import HOLIDAY_PROVINCE, Settings
from console.locations import ENV_VAR, DatabaseRefused, Refusal, given_location
from console.redaction import command_line_warning, has_password, hide_passwords
from console.services.demo_accounts import DEMO_FIRST_USERNAME, DEMO_PASSWORD, DEMO_USERNAMES
from console.views.common.collector import FREEZE_DELAY_MS, install_collector
from console.views.common.events import EventsHub
from console.views.common.runner import (
    HeldRunner,
    OnDone,
    OnError,
    OperationRunner,
    Runner,
    one_line,
    operation_name,
)
from console.views.login_dialog import CredentialsCall, FirstAdminDialog, LoginDialog
from console.views.sections import import_section, section_names

# Everything below loads on the runner's worker while the sign-in dialog is up (see
# console.opening): the GUI thread imports it only once it is there, at no cost.
if TYPE_CHECKING:
    from sqlalchemy import Engine

    from console.opening import Facts, Opened, OwnDatabase, SharedServer
    from console.services import access
    from console.services.demo.seed import DemoSummary
    from console.views.common.live_refresh import LiveRefresh
    from console.views.common.section import SectionView
    from console.views.main_window import MainWindow

log = logging.getLogger("console.app")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
APP_NAME = "Coordination Console"
ORGANIZATION = "Comune di Cremona"
SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_GUARD_MS = 120_000  # only against a hang: screenshots wait on the view's signal
SCREENSHOT_POLL_MS = 5  # how often a screenshot looks whether the worker has answered all
# What a window built during the sign-in asked meanwhile goes on by then, loaded or not.
PASS_ON_LATEST_MS = 2_000
# A window built while the person types is used by a sign-in this soon after; later, built again
# (what it asked meanwhile, a badge every few minutes, does not pile up; the account is read anew).
BUILT_FRESH_MS = 120_000
translate = QCoreApplication.translate

REFUSALS = {
    Refusal.NOT_A_DATABASE: QT_TRANSLATE_NOOP(
        "App", "{location} is not a Coordination Console database."
    ),
    Refusal.CORRUPT: QT_TRANSLATE_NOOP(
        "App",
        "{location} is damaged. Restore one of the copies kept in the “backups” folder beside it.",
    ),
    Refusal.NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "App",
        "{location} was written by a newer version of Coordination Console. "
        "Update the program to open it.",
    ),
    Refusal.NOT_WRITABLE: QT_TRANSLATE_NOOP(
        "App",
        "{location} cannot be written. Choose a file in a folder where you may save files.",
    ),
    Refusal.NO_DRIVER: QT_TRANSLATE_NOOP(
        "App",
        "The database driver for {location} is not installed. "
        "Install that driver's Python package where the console runs.",
    ),
    Refusal.UNREACHABLE: QT_TRANSLATE_NOOP(
        "App",
        "Cannot connect to the database server at {location}. "
        "Check that the server is running and reachable.",
    ),
    Refusal.BAD_LOCATION: QT_TRANSLATE_NOOP(
        "App", "{location} is neither a database file path nor a database URL."
    ),
    Refusal.NOT_UPGRADED: QT_TRANSLATE_NOOP(
        "App",
        "The database at {location} is older than this program. The server's administrator "
        "upgrades it with console-admin init, then console-admin pg-setup.",
    ),
}


class FirstStart(enum.Enum):
    EMPTY = "empty"
    DEMO = "demo"
    CANCEL = "cancel"


class UsageError(Exception):
    """Bad command line; ``str()`` is the one line printed on stderr."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: error: {message} (see --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="console",
        description="Coordination Console: plan, record and review the joint work of street "
        "educators and municipal police.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=f"database file or SQLAlchemy URL (default: ${ENV_VAR}, then the Settings, "
        "then console.db in the user data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the separate demo database, filled with the Cremona demo data on first use",
    )
    parser.add_argument(
        "--lang", choices=("it", "en"), help="interface language (default: Settings, then system)"
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        type=Path,
        help="save a PNG of the window on the current data once loaded, then exit",
    )
    parser.add_argument(
        "--view",
        metavar="NAME",
        choices=section_names(),
        help=f"section to show first: {', '.join(section_names())}",
    )
    parser.add_argument(
        "--user",
        metavar="USERNAME",
        help="account to sign in as: fills in the sign-in dialog; with --screenshot, signs in "
        "with the password read from standard input (needed when the database has accounts), "
        "e.g. echo PASSWORD | console --screenshot FILE --user USERNAME",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logs.setup_logging()  # first: a crash from here on leaves its trace in the log file
    try:
        return _main(argv)
    finally:
        logs.stop_crash_traces()


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.demo and args.db:
            parser.error("--demo and --db cannot be used together: the demo has its own database")
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version print and stop here
        return int(exc.code or 0)
    warning = command_line_warning(args.db)
    if warning is not None:
        print(f"console: warning: {warning}", file=sys.stderr)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_collector(app)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    settings = Settings()
    translation = i18n.install(i18n.choose_language(args.lang, settings.language))
    try:
        return _run(args, settings)
    finally:
        translation.uninstall()


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if has_password(settings.database):
        log.warning(
            "%s holds a database password, written by an older console; it is used, and left "
            "out the next time the Settings are saved: keep it in ~/.pgpass",
            settings.path,
        )
    runner = OperationRunner(EventsHub())
    found = _Found()
    made = _Made(runner, lambda actor, held: _make_window(found, settings, actor, held), args.view)
    try:
        try:
            opened, first = _open(runner, found, made, args, settings)
        except DatabaseRefused as exc:
            log.warning("database refused: %s", exc)
            print(f"console: {exc}", file=sys.stderr)
            show_refusal(exc)
            return EXIT_FAILED
        if opened is None:
            return EXIT_OK  # the sign-in was cancelled while the database was being opened
        if first is None:
            demo = _prepare_data(opened.place, opened.facts, runner, args, settings)
            if demo is None:
                return EXIT_OK
        else:
            demo = opened.facts.demo
        return _work(opened, first, runner, args, settings, demo=demo, made=made)
    finally:
        made.drop()  # made for a sign-in that did not lead to it
        runner.shutdown()  # what the closing window still asks for is logged, not run
        found.close()


def _work(
    opened: Opened,
    first: access.Actor | int | None,
    runner: Runner,
    args: argparse.Namespace,
    settings: Settings,
    *,
    demo: bool,
    made: _Made | None = None,
) -> int:
    """The main window for each person who signs in, until it is closed or sign-in cancelled;
    ``first``: who signed in already (or the exit code), None to ask; ``made``: the window
    built for them while their password was checked, if any."""

    place, database_name = opened.place, opened.database_name
    window: MainWindow | None = None
    live: LiveRefresh | None = None
    # Other consoles' writes on the same server reach this one's views (not a screenshot's):
    # heard on the engine the views work on (on a shared server, each person's own).
    listens = args.screenshot is None
    try:
        while True:  # again after each sign-out, until the window is closed or sign-in cancelled
            actor = (
                first if first is not None else _sign_in(place, runner, args, database_name, demo)
            )
            first = None
            if isinstance(actor, int):
                return actor  # cancelled, or a screenshot that could not sign in
            if listens and live is None:
                live = start_live_refresh(place.engine(), runner.hub)
            window = made.take(actor) if made is not None else None
            made = None  # for the first sign-in only
            if window is None:
                window = _new_window(
                    place,
                    runner,
                    settings,
                    actor,
                    database_name,
                    demo=demo,
                    screenshot=args.screenshot is not None,
                )
            code = _show(window, runner, args, actor)
            if code is not None:
                return code
            runner.sig_error.disconnect(window.show_error)
            runner.drop_callbacks()  # answers still on their way were for this window
            _dispose(window)
            window = None
            if place.per_person:
                stop_live_refresh(live)
                live = None
            place.sign_out()
            args.user, args.view = None, None  # the next person starts on the default section
    finally:
        stop_live_refresh(live)  # before the window goes: nothing more is announced to it
        if window is not None:
            window.close()
            window.deleteLater()


class _Found:
    """What the worker found while the sign-in dialog was up: the open database (``Opened``),
    the refusal or failure that stopped the opening, or None while it runs. Written on the
    worker; read by the operations queued after it there (a sign-in pressed early) and by the
    GUI thread once the opening's answer is delivered or the runner has shut down."""

    def __init__(self) -> None:
        self.opened: Opened | Exception | None = None

    def close(self) -> None:
        """Sign out and close the engine of what was opened (once the runner has stopped)."""
        opened = self.opened
        if opened is not None and not isinstance(opened, Exception):
            opened.place.sign_out()
            opened.place.opened.engine.dispose()


class _SignedIn:
    """Who a sign-in queued on the worker signed in (None until it has, or when refused):
    written there, read there by the operations queued behind it (the same thread, in turn)."""

    def __init__(self) -> None:
        self.actor: access.Actor | None = None


def _signed_in_as(signed: _SignedIn, actor: access.Actor) -> bool:
    """Whether the sign-in ``signed`` watches signed ``actor`` in (asked on the worker)."""
    return signed.actor is not None and signed.actor == actor


class _Made:
    """The main window built before the password is checked, for the actor the username names
    (``expected_actor``), so that it is ready when the sign-in answers: while the person types
    the password (once the database is open, for the username filled in or typed), else
    while argon2 runs (about 0.1 s on the worker). Until then it is inert: its operations wait
    in a :class:`HeldRunner`, unrun (its sections' badges, anything a change announced on the
    hub makes them ask), and it is not shown. Only its first section's load is queued at once,
    behind the sign-in, to run on the worker if that signs in its actor, as soon as it has.
    It is used only when the sign-in returns that same actor: then its other operations go on,
    once its first section has loaded. Otherwise it is deleted unseen, and none of its
    operations ran. A username that names no account gets a window built for a stand-in, so
    that a wrong username and a wrong password take the same time."""

    def __init__(
        self,
        runner: Runner,
        make: Callable[[access.Actor, HeldRunner], MainWindow],
        first: str | None = None,
    ) -> None:
        self._runner = runner
        self._make = make
        self._first = first  # the section shown first (None: the window's own first)
        self.actor: access.Actor | None = None
        self.window: MainWindow | None = None
        self.runner: HeldRunner | None = None
        self.username: str | None = None  # whose window is built, or being looked up
        self._asked = QElapsedTimer()  # since the look-up for ``username`` was asked
        self._signing_in: _SignedIn | None = None  # the sign-in on its way, if any
        self._first_asked = False  # the first section's load, queued behind the sign-in
        self._first_loaded = False  # and on screen (hidden) before the window was taken

    def expect(self, found: _Found, username: str, owner: QObject) -> None:
        """Look up who ``username`` names (on the worker, after what is queued there) and
        build their window; nothing when that is done or under way for ``username`` and
        fresh (:data:`BUILT_FRESH_MS`)."""
        if not username.strip():
            return
        if (
            username == self.username
            and self._asked.isValid()
            and not self._asked.hasExpired(BUILT_FRESH_MS)
        ):
            return
        self.drop()
        self.username = username
        self._asked.start()

        def built(actor: access.Actor | None) -> None:
            if self.username == username:  # not asked for someone else since
                self.build(actor)

        def failed(_exc: BaseException) -> None:  # logged; the sign-in says what is wrong
            if self.username == username:
                self.username = None  # looked up again at Enter

        self._runner.run(
            _expected_actor,
            found,
            username,
            owner=owner,
            on_done=built,
            on_error=failed,
        )

    def build(self, actor: access.Actor | None) -> None:
        """Build the window for ``actor`` (None: nothing to build), replacing any other."""
        self._discard()
        if actor is None:
            self.username = None  # nothing to sign in to yet: the sign-in looks it up again
            return
        self.runner = runner = HeldRunner(self._runner)
        try:
            self.window = self._make(actor, runner)
        except Exception:  # the window is built again once signed in, and says what fails
            log.exception("the window could not be built while the password was checked")
            self.drop()
            return
        self.actor = actor
        self._load_first()

    def signing_in(self, signed: _SignedIn) -> None:
        """A sign-in is queued on the worker: the first section's load goes behind it, to run
        there only if it signs in the actor the window is for (:meth:`HeldRunner.run_gated`);
        the window then shows its data as soon as it can."""
        self._signing_in = signed
        self._first_asked = False
        self._load_first()

    def _load_first(self) -> None:
        window, runner, actor, signed = self.window, self.runner, self.actor, self._signing_in
        if window is None or runner is None or actor is None or signed is None:
            return
        if self._first_asked:
            return
        self._first_asked = True
        view = self._first_view(window)
        view.sig_loaded.connect(
            functools.partial(self._on_first_loaded, window),
            Qt.ConnectionType.SingleShotConnection,
        )
        runner.run_gated(functools.partial(_signed_in_as, signed, actor), view.refresh)

    def _on_first_loaded(self, window: MainWindow) -> None:
        if window is self.window:  # not a window taken or dropped since
            self._first_loaded = True

    def _first_view(self, window: MainWindow) -> SectionView:
        """The section the window shows first: ``first`` when it has it, else its own first."""
        first = self._first
        return window.views[first] if first and window.has_section(first) else window.current_view()

    def take(self, actor: access.Actor) -> MainWindow | None:
        """The window, when it was built for ``actor``, its operations let go; None (and it
        is deleted) otherwise."""
        window, runner, built_for = self.window, self.runner, self.actor
        loaded = self._first_loaded
        self.window = self.runner = self.actor = self.username = None
        self._signing_in, self._first_asked, self._first_loaded = None, False, False
        if window is None or runner is None:
            return None
        if built_for != actor:
            runner.drop()
            _dispose(window)
            return None
        runner.release()
        # What it asked meanwhile (its sections' badges) once the section shown first has
        # loaded and is painted (due before the next turn): the worker reads first what the
        # person waits for, and nothing while the GUI thread paints it. Never once the
        # window is gone (signed out before that).
        if loaded:  # its load went behind the sign-in, and is on screen already
            QTimer.singleShot(0, window, runner.pass_on)
        else:
            self._first_view(window).sig_loaded.connect(
                lambda: QTimer.singleShot(0, window, runner.pass_on),
                Qt.ConnectionType.SingleShotConnection,
            )
        QTimer.singleShot(PASS_ON_LATEST_MS, window, runner.pass_on)
        window.destroyed.connect(runner.drop)
        window.make_remaining_later(first_loaded=loaded)
        return window

    def drop(self) -> None:
        """Delete the window unseen, with what it asked; forget whom it was for."""
        self.username = self._signing_in = None
        self._discard()

    def _discard(self) -> None:
        window, runner = self.window, self.runner
        self.window = self.runner = self.actor = None
        self._first_asked = self._first_loaded = False
        if runner is not None:
            runner.drop()
        if window is not None:
            _dispose(window)


def _make_window(
    found: _Found,
    settings: Settings,
    actor: access.Actor,
    runner: HeldRunner,
) -> MainWindow:
    """The main window for ``actor`` on the database the worker opened, made after an early
    sign-in (a person at the window: not a screenshot)."""
    opened = found.opened
    assert opened is not None and not isinstance(opened, Exception), "built once it is open"
    return _new_window(
        opened.place,
        runner,  # type: ignore[arg-type]
        settings,
        actor,
        opened.database_name,
        demo=opened.facts.demo,
        make_all=False,  # the other sections once it is taken (_Made.take)
    )


def _new_window(
    place: OwnDatabase | SharedServer,
    runner: Runner,
    settings: Settings,
    actor: access.Actor,
    database_name: str,
    *,
    demo: bool,
    screenshot: bool = False,
    make_all: bool = True,
) -> MainWindow:
    """The main window for ``actor``, working through ``runner``; a screenshot's remembers no
    geometry, never locks and makes only the section it shows."""
    from console.views.common.section import ViewContext  # noqa: PLC0415 - see TYPE_CHECKING
    from console.views.main_window import MainWindow  # noqa: PLC0415

    return MainWindow(
        ViewContext(place.engine(), runner, runner.hub, settings, actor),
        location=place.opened.location,
        database_name=database_name,
        demo=demo,
        remember_geometry=not screenshot,
        idle_lock_ms=0 if screenshot else None,
        make_all=make_all and not screenshot,
    )


def _expected_actor(found: _Found, username: str) -> access.Actor | None:
    """Who the sign-in queued after this will sign in as if the password is right (on the
    worker, after the opening); None when there is nothing to build a window for yet."""
    opened = found.opened
    if isinstance(opened, Exception) or opened is None or not opened.ready:
        return None
    return opened.place.expected_actor(username)


def _open_database(found: _Found, cli_value: str | None, setting: str, demo: bool) -> Opened:
    """Open and check the database (on the worker; ``opening`` and what it needs load here)."""
    from console import opening  # noqa: PLC0415 - SQLAlchemy, the models: on the worker

    try:
        found.opened = opening.open_place(cli_value, setting, demo)
    except Exception as exc:
        found.opened = exc
        raise
    return found.opened


def _import_window(found: _Found, view: str | None, holidays: tuple[str, str]) -> None:
    """Import the main window and its first section (on the worker), once the database opened;
    ``holidays``: the province and language the calendar names this year's holidays in."""
    if isinstance(found.opened, Exception) or found.opened is None:
        return
    from console import opening  # noqa: PLC0415 - loaded by _open_database

    opening.import_window(view, holidays)


def _sign_in_when_open(
    found: _Found, username: str, password: str, signed: _SignedIn
) -> access.Actor | None:
    """Sign in on the database the worker opened before (this operation is queued after the
    opening); None when the opening found it is not the time to (no account yet, the first
    start's question, a refusal): the dialog has been closed for that flow by then."""
    opened = found.opened
    if isinstance(opened, Exception) or opened is None or not opened.ready:
        return None
    signed.actor = opened.place.authenticate(username, password)  # see _Made.signing_in
    return signed.actor


def _opens_at_once(given: str | Path) -> bool:
    """Whether the sign-in dialog shows before the database is open: for a server, and for a
    file that exists and holds something (a new file asks its first-start question first)."""
    if isinstance(given, str):
        return True
    try:
        return given.is_file() and given.stat().st_size > 0
    except OSError:
        return False  # opening it says what is wrong


def _given_name(given: str | Path) -> str:
    """What the sign-in dialog calls the database before it is open (corrected once it is):
    a file's name, or a server's database @ host; a URL that does not parse as it is, its
    password hidden (opening it then says what is wrong)."""
    if isinstance(given, Path):
        return given.name
    try:
        parts = urlsplit(given)
        host = parts.hostname
    except ValueError:  # e.g. a stray bracket: "postgresql://[oops/console"
        return hide_passwords(given)
    if parts.scheme.startswith("sqlite"):
        return Path(parts.path).name or hide_passwords(given)
    return f"{parts.path.lstrip('/')} @ {host or ''}"


def _open(
    runner: Runner, found: _Found, made: _Made, args: argparse.Namespace, settings: Settings
) -> tuple[Opened | None, access.Actor | int | None]:
    """Open the database on the worker, with the sign-in dialog up meanwhile when it can be.

    Returns the open database and, when the early dialog signed someone in, their actor (or
    EXIT_OK when it was cancelled); None instead of an actor when the first start's flow
    decides who signs in. ``(None, EXIT_OK)``: cancelled before the database was open.
    Raises ``DatabaseRefused`` (the dialog closed first).
    """
    given = given_location(args.db, setting=settings.database, demo=args.demo)
    loop = QEventLoop()
    answers: list[Opened | BaseException] = []

    def answer(value: Opened | BaseException) -> None:
        answers.append(value)
        loop.quit()

    def start() -> None:
        runner.run(
            _open_database,
            found,
            args.db,
            settings.database,
            args.demo,
            owner=loop,
            on_done=answer,
            on_error=answer,
            name="console.opening.open_place",
        )
        holidays = (settings.value(HOLIDAY_PROVINCE), i18n.interface_language())
        runner.run(_import_window, found, args.view, holidays, owner=runner)

    starter = _Starter(start)
    early: LoginDialog | None = None
    if args.screenshot is None and _opens_at_once(given):
        early = LoginDialog(
            _early_sign_in(runner, starter, found, made),
            _given_name(given),
            **_login_prefill(args.user, args.demo),
        )
        early.setWindowModality(Qt.WindowModality.ApplicationModal)
        starter.after_first_paint(early)
        early.show()
    else:
        starter.start()
    if early is not None:
        early.finished.connect(loop.quit)
    loop.exec()
    if early is not None and early.isHidden() and early.actor() is None:
        _close(early)  # cancelled while the database was opening
        return None, EXIT_OK
    (opened,) = answers
    if isinstance(opened, BaseException):
        _close(early)
        raise opened
    if early is None:
        return opened, None
    if not opened.ready:
        _close(early)  # the first start's question, or the first administrator, comes first
        return opened, None
    if not early.isHidden():  # else signed in already: the answer came with the opening's
        early.database.setText(opened.database_name)
        if opened.facts.demo and not args.demo:
            early.show_demo_hint(DEMO_PASSWORD, DEMO_USERNAMES)
        _build_while_typing(early, made, found)
        early.exec()
    actor = early.actor()
    _close(early)
    return opened, EXIT_OK if actor is None else actor


def _build_while_typing(dialog: LoginDialog, made: _Made, found: _Found) -> None:
    """Build the window while the person types the password (``_Made.expect``): for the
    username filled in, now the database is open, and for one typed, once they move on."""

    def expect() -> None:
        if dialog.isVisible() and dialog.ok_button.isEnabled():  # not while signing in
            made.expect(found, dialog.username.text().strip(), dialog)

    dialog.username.editingFinished.connect(expect)
    expect()


class _Starter(QObject):
    """Starts the opening once: after the early dialog's first paint (the worker's imports
    would otherwise hold the interpreter while Qt paints it), at the latest after
    ``START_LATEST_MS``, and at once when a sign-in is asked for before."""

    START_LATEST_MS = 1000  # a person types for longer; Enter starts it at once anyway

    def __init__(self, start: Callable[[], None]) -> None:
        super().__init__()
        self._start: Callable[[], None] | None = start

    def after_first_paint(self, dialog: QObject) -> None:
        dialog.installEventFilter(self)
        QTimer.singleShot(self.START_LATEST_MS, self, self.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.start)  # once this paint has reached the screen
        return False

    def start(self) -> None:
        if self._start is not None:
            start, self._start = self._start, None
            start()


def _early_sign_in(
    runner: Runner, starter: _Starter, found: _Found, made: _Made
) -> CredentialsCall:
    """The early dialog's call: the sign-in queued behind the opening on the worker; before
    it, unless asked while the password was typed, who it would sign in, for whom the window
    is built while argon2 runs (``_Made``)."""

    def call(
        owner: QObject, username: str, password: str, on_done: OnDone, on_error: OnError
    ) -> None:
        def failed(exc: BaseException) -> None:
            on_error(exc)  # said at once; the window built meanwhile goes on the next turn
            QTimer.singleShot(0, owner, made.drop)

        starter.start()  # the opening first, on the same worker, if it has not started yet
        made.expect(found, username, owner)  # unless built while the password was typed
        signed = _SignedIn()
        runner.run(
            _sign_in_when_open,
            found,
            username,
            password,
            signed,
            owner=owner,
            on_done=lambda actor: None if actor is None else on_done(actor),
            on_error=failed,
        )
        made.signing_in(signed)  # the first section's load right behind it

    return call


def _close(dialog: LoginDialog | None) -> None:
    if dialog is not None:
        dialog.reject()  # an answer still on its way is ignored (and dropped once deleted)
        dialog.hide()
        dialog.deleteLater()


def start_live_refresh(engine: Engine, hub: EventsHub) -> LiveRefresh | None:
    """``live_refresh.start_live_refresh`` (loaded with the window, on the worker)."""
    from console.views.common import live_refresh  # noqa: PLC0415 - see TYPE_CHECKING

    return live_refresh.start_live_refresh(engine, hub)


def stop_live_refresh(live: LiveRefresh | None) -> None:
    if live is not None:
        live.stop()


def _show(
    window: MainWindow, runner: Runner, args: argparse.Namespace, actor: access.Actor
) -> int | None:
    """Show the window (or take its screenshot) until it closes; the exit code, or None when
    the person signed out."""
    if args.view and not window.has_section(args.view):
        print(f"console: {actor.username} may not see the {args.view} view", file=sys.stderr)
        if args.screenshot is not None:
            return EXIT_USAGE
    elif args.view:
        window.show_section(args.view)
    if args.screenshot is not None:
        return _screenshot(window, runner, args.screenshot)
    runner.sig_error.connect(window.show_error)
    window.show()
    collector = install_collector(QApplication.instance())
    QTimer.singleShot(FREEZE_DELAY_MS, collector, collector.freeze_start_up)
    code = QApplication.exec()
    return None if window.signed_out else code


def _dispose(window: MainWindow) -> None:
    """Delete the window now: its sections stop listening to the shared events hub."""
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def refusal_text(exc: DatabaseRefused) -> str:
    """What was wrong with the database and how to go on, in the user's language."""
    what = translate("App", REFUSALS[exc.reason]).format(location=exc.location)
    # The option stands on a line of its own, so that it is never broken in two.
    how = translate(
        "App",
        "To use another database, choose it in File › Settings, or start the console with:",
    )
    how += "\n    console --db PATH_OR_URL"
    text = f"{what}\n\n{how}"
    if exc.detail:
        text += "\n\n" + translate("App", "Details: {detail}").format(detail=exc.detail)
    return text


def show_refusal(exc: DatabaseRefused) -> None:
    title = translate("App", "The database cannot be opened")
    QMessageBox.critical(None, title, refusal_text(exc))


def _prepare_data(
    place: OwnDatabase | SharedServer,
    facts: Facts,
    runner: Runner,
    args: argparse.Namespace,
    settings: Settings,
) -> bool | None:
    """Fill or mark a new database as asked; whether it holds demo data (None: cancelled).
    ``facts`` are what the worker read when it opened the database."""
    from console import db  # noqa: PLC0415 - see TYPE_CHECKING
    from console.services.access import instance  # noqa: PLC0415

    if place.per_person:
        return False  # a shared server's data are prepared on the server (console-admin)
    engine = place.engine()
    if args.demo:
        if facts.empty and not seed_demo_with_progress(engine, runner, settings):
            return None
    elif facts.needs_choice and args.screenshot is None:
        # A screenshot never asks: it shows the empty database as it is, and marks nothing.
        choice = ask_first_start()
        if choice is FirstStart.CANCEL:
            return None
        if choice is FirstStart.DEMO:
            if not seed_demo_with_progress(engine, runner, settings):
                return None
        else:
            with db.session_scope(engine) as session:
                instance.mark_started_empty(session)
    with db.session_scope(engine) as session:
        return instance.is_demo(session)


def _sign_in(
    place: OwnDatabase | SharedServer,
    runner: Runner,
    args: argparse.Namespace,
    database_name: str,
    demo: bool,
) -> access.Actor | int:
    """Who uses the console this time, or the exit code when it stops here.

    A database without accounts first gets its administrator; otherwise the person signs in.
    A screenshot signs in without a dialog (see ``_screenshot_actor``).
    """
    from console import db  # noqa: PLC0415 - see TYPE_CHECKING
    from console.services import access  # noqa: PLC0415
    from console.services.access import accounts  # noqa: PLC0415

    if place.per_person:
        return _sign_in_to_server(place, runner, args, database_name)
    engine = place.engine()
    with db.session_scope(engine) as session:
        has_accounts = accounts.has_accounts(session)
    if args.screenshot is not None:
        try:
            return _screenshot_actor(engine, args.user, has_accounts, args.view)
        except UsageError as exc:
            print(exc, file=sys.stderr)
            return EXIT_USAGE
        except access.LoginFailed as exc:
            print(f"console: {exc}", file=sys.stderr)
            return EXIT_FAILED
    dialog: FirstAdminDialog | LoginDialog
    if not has_accounts:
        create = _credentials_call(engine, runner, accounts.create_first_admin)
        dialog = FirstAdminDialog(create, database_name, username=args.user or "")
    else:
        login = _credentials_call(engine, runner, access.login)
        dialog = LoginDialog(login, database_name, **_login_prefill(args.user, demo))
    # The first section's imports while the person types: the window shows sooner after.
    QTimer.singleShot(0, dialog, lambda: import_section(args.view))
    dialog.exec()
    actor = dialog.actor()
    dialog.deleteLater()
    return EXIT_OK if actor is None else actor


def _sign_in_to_server(
    place: SharedServer, runner: Runner, args: argparse.Namespace, database_name: str
) -> access.Actor | int:
    """Who uses the console on a shared server (signed in as their role), or the exit code."""
    from console.services import access  # noqa: PLC0415 - see TYPE_CHECKING

    if args.screenshot is not None:
        password = _read_password()
        if args.user is None or not password:
            print(
                "console: error: --screenshot of a shared server needs --user USERNAME "
                "and the password on standard input (see --help)",
                file=sys.stderr,
            )
            return EXIT_USAGE
        try:
            return place.authenticate(args.user, password)
        except access.LoginFailed as exc:
            print(f"console: {exc}", file=sys.stderr)
            return EXIT_FAILED
    dialog = LoginDialog(place.sign_in_call(runner), database_name, username=args.user or "")
    dialog.exec()
    actor = dialog.actor()
    dialog.deleteLater()
    return EXIT_OK if actor is None else actor


def _login_prefill(username: str | None, demo: bool) -> dict[str, Any]:
    """What the sign-in dialog shows at first: on demo data, the accounts and their password."""
    if not demo:
        return {"username": username or ""}
    return {
        "username": username or DEMO_FIRST_USERNAME,
        "demo_password": DEMO_PASSWORD,
        "demo_usernames": list(DEMO_USERNAMES),
    }


def _credentials_call(
    engine: Engine, runner: Runner, service: Callable[[Any, str, str], access.Actor]
) -> CredentialsCall:
    """``service(session, username, password)`` run by the runner, for the sign-in dialogs."""
    from console.views.common.section import in_session  # noqa: PLC0415 - see TYPE_CHECKING

    def call(
        owner: QObject, username: str, password: str, on_done: OnDone, on_error: OnError
    ) -> None:
        runner.run(
            in_session,
            engine,
            service,
            username,
            password,
            owner=owner,
            on_done=on_done,
            on_error=on_error,
            name=operation_name(service),
        )

    return call


def _screenshot_actor(
    engine: Engine, username: str | None, has_accounts: bool, view: str | None = None
) -> access.Actor:
    """Sign in for a screenshot: ``--user`` with the password on standard input."""
    from console import opening  # noqa: PLC0415 - see TYPE_CHECKING

    if username is None:
        if has_accounts:
            raise UsageError(
                "console: error: --screenshot of a database with accounts needs --user USERNAME "
                "and the password on standard input (see --help)"
            )
        return opening.SCREENSHOT_ACTOR
    password = _read_password()
    if not password:
        raise UsageError(
            f"console: error: no password on standard input to sign in as {username} (see --help)"
        )
    # No dialog and nobody waiting: the password is checked on a thread of its own (argon2
    # lets go of the interpreter) while this one imports the section to show.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sign-in") as pool:
        actor = pool.submit(opening.login, engine, username, password)
        import_section(view)
        return actor.result()


def _read_password() -> str:
    """One line of standard input (without echo when it is a terminal); "" when there is none."""
    stdin = sys.stdin
    if stdin is None or stdin.closed:
        return ""
    if stdin.isatty():
        return getpass.getpass("Password: ")
    return stdin.readline().rstrip("\r\n")


def ask_first_start() -> FirstStart:
    box = QMessageBox(
        QMessageBox.Icon.Question, APP_NAME, translate("App", "This database is new and empty.")
    )
    box.setInformativeText(
        translate(
            "App",
            "Start with no data, or fill it with the demo data of Cremona (invented people, "
            "shifts and cases) to try the console?",
        )
    )
    empty = box.addButton(translate("App", "Start empty"), QMessageBox.ButtonRole.AcceptRole)
    demo = box.addButton(translate("App", "Fill with demo data"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(empty)
    box.exec()
    clicked = box.clickedButton()
    if clicked is empty:
        return FirstStart.EMPTY
    if clicked is demo:
        return FirstStart.DEMO
    return FirstStart.CANCEL


def _seed_demo(engine: Engine, today: date) -> DemoSummary:
    from console import db  # noqa: PLC0415 - see TYPE_CHECKING
    from console.services import demo  # noqa: PLC0415 - argon2 and the demo tables load only here

    with db.session_scope(engine) as session:
        return demo.seed_demo(session, today=today)


def seed_demo_with_progress(engine: Engine, runner: Runner, settings: Settings) -> bool:
    """Fill the database with the demo data on the worker, with a busy dialog meanwhile."""
    progress = QProgressDialog(
        translate("App", "Filling the database with the demo data…"), "", 0, 0
    )
    progress.setWindowTitle(APP_NAME)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.show()
    loop = QEventLoop()
    failure: list[BaseException] = []
    runner.run(
        _seed_demo,
        engine,
        datetime.now(settings.time_zone()).date(),
        owner=loop,
        on_done=lambda _summary: loop.quit(),
        on_error=lambda exc: (failure.append(exc), loop.quit()),
    )
    loop.exec()
    progress.close()
    if failure:
        QMessageBox.critical(
            None,
            translate("App", "Demo data not added"),
            translate("App", "The demo data could not be added: {reason}").format(
                reason=one_line(failure[0])
            ),
        )
        return False
    return True


def _run_until(done: Callable[[], bool], errors: list[str]) -> bool:
    """Run the event loop until ``done()`` (looked at every ``SCREENSHOT_POLL_MS``); False
    when an error came first (in ``errors``), or nothing within ``SCREENSHOT_GUARD_MS``."""
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if errors or done() else None)
    poll.start(SCREENSHOT_POLL_MS)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: (errors.append("timed out"), loop.quit()))
    guard.start(SCREENSHOT_GUARD_MS)
    if not (errors or done()):
        loop.exec()
    poll.stop()
    guard.stop()
    return not errors


def _next_turn() -> None:
    """Run the event loop until what is due now has run: what was asked with
    ``QTimer.singleShot(0, …)`` before this call (a turn of its own, in order)."""
    loop = QEventLoop()
    QTimer.singleShot(0, loop, loop.quit)
    loop.exec()


def _screenshot(window: MainWindow, runner: Runner, target: Path) -> int:
    """Show the window off screen, wait until its section has loaded and the worker has
    answered what it asked once shown (a badge's count), save it as a PNG."""
    errors: list[str] = []
    runner.sig_error.connect(errors.append)
    loaded: list[bool] = []
    window.current_view().sig_loaded.connect(lambda: loaded.append(True))
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    waited = _run_until(lambda: bool(loaded), errors)
    if waited:
        _next_turn()  # what the section asks on the turn after it loaded (its badge) is asked
        waited = _run_until(lambda: not runner.is_busy(), errors)
    if not waited:
        print(f"console: screenshot failed: {errors[0]}", file=sys.stderr)
        return EXIT_FAILED
    QApplication.processEvents()  # lay out what the loaded data changed before grabbing
    if not window.grab().save(str(target), "PNG"):
        print(f"console: cannot write the screenshot to {target}", file=sys.stderr)
        return EXIT_FAILED
    private_files.tighten(target)  # the picture can show names and notes
    return EXIT_OK
