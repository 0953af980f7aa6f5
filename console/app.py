"""The GUI's bootstrap: arguments, language, database, first start, sign-in, main window."""

from __future__ import annotations

import argparse
import dataclasses
import enum
import getpass
import logging
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog
from sqlalchemy import Engine, make_url

from console import __version__, db, i18n, logs, private_files
from console.config import Settings
from console.models import Role
from console.redaction import command_line_warning, has_password
from console.services import access
from console.services.access import accounts, instance, pg_roles
from console.services.access.login import sign_in_as_account
from console.views.common.collector import FREEZE_DELAY_MS, install_collector
from console.views.common.events import EventsHub
from console.views.common.live_refresh import (
    LiveRefresh,
    start_live_refresh,
    stop_live_refresh,
)
from console.views.common.runner import (
    OnDone,
    OnError,
    OperationRunner,
    Runner,
    one_line,
    operation_name,
)
from console.views.common.section import ViewContext, in_session
from console.views.login_dialog import CredentialsCall, FirstAdminDialog, LoginDialog
from console.views.main_window import MainWindow
from console.views.sections import import_section, section_names

if TYPE_CHECKING:
    from console.services.demo.seed import DemoSummary

log = logging.getLogger("console.app")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
APP_NAME = "Coordination Console"
ORGANIZATION = "Comune di Cremona"
SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_GUARD_MS = 120_000  # only against a hang: screenshots wait on the view's signal
translate = QCoreApplication.translate

# Who a screenshot of a database without accounts is taken as: there is nobody to sign in as,
# and a screenshot never stops to create an account. A manager sees aggregates only (no notes,
# no named people), so nothing personal can end up in the picture.
SCREENSHOT_ACTOR = access.Actor(
    user_id=None, person_id=None, organization_id=None, role=Role.MANAGER, username="screenshot"
)

REFUSALS = {
    db.Refusal.NOT_A_DATABASE: QT_TRANSLATE_NOOP(
        "App", "{location} is not a Coordination Console database."
    ),
    db.Refusal.CORRUPT: QT_TRANSLATE_NOOP(
        "App",
        "{location} is damaged. Restore one of the copies kept in the “backups” folder beside it.",
    ),
    db.Refusal.NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "App",
        "{location} was written by a newer version of Coordination Console. "
        "Update the program to open it.",
    ),
    db.Refusal.NOT_WRITABLE: QT_TRANSLATE_NOOP(
        "App",
        "{location} cannot be written. Choose a file in a folder where you may save files.",
    ),
    db.Refusal.NO_DRIVER: QT_TRANSLATE_NOOP(
        "App",
        "The database driver for {location} is not installed. "
        "Install that driver's Python package where the console runs.",
    ),
    db.Refusal.UNREACHABLE: QT_TRANSLATE_NOOP(
        "App",
        "Cannot connect to the database server at {location}. "
        "Check that the server is running and reachable.",
    ),
    db.Refusal.BAD_LOCATION: QT_TRANSLATE_NOOP(
        "App", "{location} is neither a database file path nor a database URL."
    ),
    db.Refusal.NOT_UPGRADED: QT_TRANSLATE_NOOP(
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
        help=f"database file or SQLAlchemy URL (default: ${db.ENV_VAR}, then the Settings, "
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
    try:
        location = db.resolve_location(args.db, setting=settings.database, demo=args.demo)
        place: OwnDatabase | SharedServer
        if pg_roles.is_shared_server(location):
            place = SharedServer(location)
        else:
            place = OwnDatabase(db.open_database(location))
    except db.DatabaseRefused as exc:
        log.warning("database refused: %s", exc)
        print(f"console: {exc}", file=sys.stderr)
        show_refusal(exc)
        return EXIT_FAILED
    runner = OperationRunner(EventsHub())
    window: MainWindow | None = None
    live: LiveRefresh | None = None
    opened = place.opened
    try:
        demo = place.prepare(runner, args, settings)
        if demo is None:
            return EXIT_OK
        database_name = _database_name(opened)
        # Other consoles' writes on the same server reach this one's views (not a screenshot's):
        # heard on the engine the views work on (on a shared server, each person's own).
        listens = args.screenshot is None
        while True:  # again after each sign-out, until the window is closed or sign-in cancelled
            actor = place.sign_in(runner, args, database_name, demo)
            if not isinstance(actor, access.Actor):
                return actor  # cancelled, or a screenshot that could not sign in
            if listens and live is None:
                live = start_live_refresh(place.engine(), runner.hub)
            window = MainWindow(
                ViewContext(place.engine(), runner, runner.hub, settings, actor),
                location=opened.location,
                database_name=database_name,
                demo=demo,
                remember_geometry=args.screenshot is None,
                idle_lock_ms=0 if args.screenshot is not None else None,
                make_all=args.screenshot is None,
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
        runner.shutdown()  # what the closing window still asks for is logged, not run
        place.sign_out()
        opened.engine.dispose()


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


class OwnDatabase:
    """A SQLite file, or a PostgreSQL database reached with one account's URL: the console
    works on it with the engine it opened, and signs people in against the users table."""

    per_person = False

    def __init__(self, opened: db.OpenedDatabase) -> None:
        self.opened = opened

    def prepare(self, runner: Runner, args: argparse.Namespace, settings: Settings) -> bool | None:
        return _prepare_data(self.opened.engine, runner, args, settings)

    def sign_in(
        self, runner: Runner, args: argparse.Namespace, database_name: str, demo: bool
    ) -> access.Actor | int:
        return _sign_in(self.opened.engine, runner, args, database_name, demo)

    def engine(self) -> Engine:
        return self.opened.engine

    def sign_out(self) -> None:
        """Nothing to close: the next person works on the same engine."""


class SharedServer:
    """A PostgreSQL database prepared by ``console-admin pg-setup``, reached by a URL with no
    user: the console opens it as the gate role (which reads only the schema revision), and
    each person signs in as their own login role (``login.sign_in_as_account``); all their
    work then runs on that role's engine, under its privileges and row policies."""

    per_person = True

    def __init__(self, location: str) -> None:
        self.location = location
        self._engine: Engine | None = None
        url = make_url(location)
        gate = pg_roles.gate_url(url).render_as_string(hide_password=False)
        shown = db.describe(url)
        engine = db.make_engine(gate)
        try:
            revision = db.current_revision(engine)
        finally:
            engine.dispose()
        if revision != db.head_revision():  # only the owner upgrades (console-admin init)
            reason = db.Refusal.NEWER_SCHEMA
            if revision is None or revision in db.known_revisions():
                reason = db.Refusal.NOT_UPGRADED
            raise db.DatabaseRefused(reason, shown, f"revision {revision}")
        opened = db.open_database(gate)  # at head: this only reads the schema revision
        self.opened = dataclasses.replace(opened, url=url, location=shown)

    def prepare(self, runner: Runner, args: argparse.Namespace, settings: Settings) -> bool | None:
        """Nothing: the workstation reads nothing before someone signs in; the server's data is
        prepared on the server with console-admin (never demo data)."""
        return False

    def engine(self) -> Engine:
        assert self._engine is not None, "nobody is signed in"
        return self._engine

    def _authenticate(self, username: str, password: str) -> access.Actor:
        engine, actor = sign_in_as_account(self.location, username, password)
        self.sign_out()
        self._engine = engine
        return actor

    def sign_in(
        self, runner: Runner, args: argparse.Namespace, database_name: str, demo: bool
    ) -> access.Actor | int:
        """Who uses the console this time (signed in as their role), or the exit code."""
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
                return self._authenticate(args.user, password)
            except access.LoginFailed as exc:
                print(f"console: {exc}", file=sys.stderr)
                return EXIT_FAILED

        def call(
            owner: QObject, username: str, password: str, on_done: OnDone, on_error: OnError
        ) -> None:
            runner.run(
                self._authenticate,
                username,
                password,
                owner=owner,
                on_done=on_done,
                on_error=on_error,
                name="sign_in_as_account",
            )

        dialog = LoginDialog(call, database_name, username=args.user or "")
        dialog.exec()
        actor = dialog.actor()
        dialog.deleteLater()
        return EXIT_OK if actor is None else actor

    def sign_out(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def _dispose(window: MainWindow) -> None:
    """Delete the window now: its sections stop listening to the shared events hub."""
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _database_name(opened: db.OpenedDatabase) -> str:
    if opened.url.get_backend_name() == "sqlite":
        return Path(opened.location).name
    return f"{opened.url.database} @ {opened.url.host}"


def refusal_text(exc: db.DatabaseRefused) -> str:
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


def show_refusal(exc: db.DatabaseRefused) -> None:
    title = translate("App", "The database cannot be opened")
    QMessageBox.critical(None, title, refusal_text(exc))


def _prepare_data(
    engine: Engine, runner: Runner, args: argparse.Namespace, settings: Settings
) -> bool | None:
    """Fill or mark a new database as asked; whether it holds demo data (None: cancelled)."""
    with db.session_scope(engine) as session:
        empty = instance.is_empty(session)
        needs_choice = instance.needs_first_start_choice(session)
    if args.demo:
        if empty and not seed_demo_with_progress(engine, runner, settings):
            return None
    elif needs_choice and args.screenshot is None:
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
    engine: Engine, runner: Runner, args: argparse.Namespace, database_name: str, demo: bool
) -> access.Actor | int:
    """Who uses the console this time, or the exit code when it stops here.

    A database without accounts first gets its administrator; otherwise the person signs in.
    A screenshot signs in without a dialog (see ``_screenshot_actor``).
    """
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


def _login_prefill(username: str | None, demo: bool) -> dict[str, Any]:
    """What the sign-in dialog shows at first: on demo data, the accounts and their password."""
    if not demo:
        return {"username": username or ""}
    from console.services.demo.seed import DEMO_ACCOUNTS, DEMO_PASSWORD  # noqa: PLC0415 - see _seed_demo

    coordinator = next(a.username for a in DEMO_ACCOUNTS if a.role is Role.COORDINATOR)
    return {
        "username": username or coordinator,
        "demo_password": DEMO_PASSWORD,
        "demo_usernames": [a.username for a in DEMO_ACCOUNTS],
    }


def _credentials_call(
    engine: Engine, runner: Runner, service: Callable[[Any, str, str], access.Actor]
) -> CredentialsCall:
    """``service(session, username, password)`` run by the runner, for the sign-in dialogs."""

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
    if username is None:
        if has_accounts:
            raise UsageError(
                "console: error: --screenshot of a database with accounts needs --user USERNAME "
                "and the password on standard input (see --help)"
            )
        return SCREENSHOT_ACTOR
    password = _read_password()
    if not password:
        raise UsageError(
            f"console: error: no password on standard input to sign in as {username} (see --help)"
        )
    # No dialog and nobody waiting: the password is checked on a thread of its own (argon2
    # lets go of the interpreter) while this one imports the section to show.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sign-in") as pool:
        actor = pool.submit(_login, engine, username, password)
        import_section(view)
        return actor.result()


def _login(engine: Engine, username: str, password: str) -> access.Actor:
    with db.session_scope(engine) as session:
        return access.login(session, username, password)


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


def _screenshot(window: MainWindow, runner: Runner, target: Path) -> int:
    """Show the window off screen, wait until its section has loaded, save it as a PNG."""
    loop = QEventLoop()
    errors: list[str] = []
    window.current_view().sig_loaded.connect(loop.quit)
    runner.sig_error.connect(lambda message: (errors.append(message), loop.quit()))
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: (errors.append("timed out"), loop.quit()))
    guard.start(SCREENSHOT_GUARD_MS)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    loop.exec()
    guard.stop()
    if errors:
        print(f"console: screenshot failed: {errors[0]}", file=sys.stderr)
        return EXIT_FAILED
    QApplication.processEvents()  # lay out what the loaded data changed before grabbing
    if not window.grab().save(str(target), "PNG"):
        print(f"console: cannot write the screenshot to {target}", file=sys.stderr)
        return EXIT_FAILED
    private_files.tighten(target)  # the picture can show names and notes
    return EXIT_OK
