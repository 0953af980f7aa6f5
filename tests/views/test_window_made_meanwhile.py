"""The main window built while the password is checked (console.app's ``_Made``): used when
the sign-in answers with the actor it was built for, deleted unseen otherwise, and inert until
then: nothing it asks reaches the worker before the password is right (``HeldRunner``).

Through main(), on its real threaded runner, with the early sign-in dialog; the sign-in is held
on the worker until the window is built, so that the order is the one a person gets (argon2
takes longer than the window) on any machine."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken
from sqlalchemy import Engine, select

from console import app, db, opening
from console.config import Settings
from console.models import AuditEvent, Role, User
from console.services import access
from console.services.access.login import STAND_IN, expected_actor, login
from console.views.common.events import EventsHub
from console.views.common.runner import HeldRunner, OperationRunner, SyncRunner
from console.views.common.section import ViewContext
from console.views.login_dialog import LoginDialog
from console.views.main_window import MainWindow
from tests.views import signed_in
from tests.views.test_app import ADMIN_PASSWORD
from tests.views.test_start_up import admin_file, early, quiet_log  # noqa: F401 - fixtures

WAIT_S = 10.0  # only against a hang


class Watch:
    """What happened, in order: windows made (and for whom), operations handed to the real
    runner, operations held, the sign-in's answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.events: list[str] = []
        self.windows: list[MainWindow] = []
        self.shown: list[MainWindow] = []
        self.submitted: list[str] = []
        self.built = threading.Event()
        init, show, run = MainWindow.__init__, MainWindow.show, OperationRunner.run
        held_run = HeldRunner.run
        authenticate = opening.OwnDatabase.authenticate

        def made(window: MainWindow, *args: object, **kwargs: object) -> None:
            init(window, *args, **kwargs)
            self.windows.append(window)
            self.events.append(f"window for {window.context.actor.username or '(stand-in)'}")
            self.built.set()

        def shown(window: MainWindow) -> None:
            self.shown.append(window)
            show(window)

        def submitted(runner: OperationRunner, fn: Callable, *args: object, **kw: object) -> None:
            name = kw.get("name") or getattr(fn, "__name__", repr(fn))
            if fn.__name__ == "in_session":
                name = getattr(args[1], "__name__", repr(args[1]))
            self.submitted.append(str(name))
            run(runner, fn, *args, **kw)

        def held(runner: HeldRunner, fn: Callable, *args: object, **kw: object) -> None:
            self.events.append("held" if not runner._released else "passed on")
            held_run(runner, fn, *args, **kw)

        def checked(place: opening.OwnDatabase, username: str, password: str) -> access.Actor:
            assert self.built.wait(WAIT_S), "no window was built while the password was checked"
            try:
                actor = authenticate(place, username, password)
            except access.LoginFailed:
                self.events.append("sign-in refused")
                raise
            self.events.append("signed in")
            return actor

        monkeypatch.setattr(MainWindow, "__init__", made)
        monkeypatch.setattr(MainWindow, "show", shown)
        monkeypatch.setattr(OperationRunner, "run", submitted)
        monkeypatch.setattr(HeldRunner, "run", held)
        monkeypatch.setattr(opening.OwnDatabase, "authenticate", checked)


# What the start-up itself asks of the worker, before anyone has signed in.
START_UP = {"console.opening.open_place", "_import_window", "_expected_actor"}


def enter(qtbot, username: str, password: str, *, then_cancel: bool = False):
    """Type and press Enter in the early dialog; ``then_cancel``: once it said the sign-in
    failed (and let the person try again), Cancel."""

    def act(dialog: LoginDialog) -> None:
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.ok_button.click()
        if then_cancel:
            qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=int(WAIT_S * 1000))
            dialog.buttons.rejected.emit()

    return act


@pytest.fixture
def start(admin_file, early, monkeypatch):  # noqa: F811 - the fixtures of test_start_up
    """main() on a file with an administrator, ``act`` on the early dialog, all watched:
    (exit code, Watch)."""

    def run(act: Callable[[LoginDialog], None]) -> tuple[int, Watch]:
        watch = Watch(monkeypatch)
        early(act)
        return app.main(["--db", str(admin_file)]), watch

    return run


def test_the_window_built_meanwhile_is_the_one_shown(qtbot, start, no_event_loop) -> None:
    code, watch = start(enter(qtbot, "admin", ADMIN_PASSWORD))
    assert code == 0
    (window,) = watch.windows
    assert no_event_loop == [window] and watch.shown == [window]
    assert window.user_label.text() == "Signed in as admin (Administrator)"
    # Built before the password was known to be right; what it asked meanwhile was held,
    # and went on only after the sign-in.
    assert watch.events[0] == "window for admin"
    signed = watch.events.index("signed in")
    assert "held" in watch.events[:signed]
    assert "passed on" not in watch.events[:signed]
    assert set(watch.submitted[: watch.submitted.index("_sign_in_when_open") + 1]) <= START_UP | {
        "_sign_in_when_open"
    }


@pytest.mark.parametrize(
    ("username", "built_for"),
    [("admin", "window for admin"), ("nobody", "window for (stand-in)")],
    ids=["wrong password", "unknown username"],
)
def test_a_refused_sign_in_deletes_the_window_unseen_and_runs_nothing_it_asked(
    qtbot, start, no_event_loop, username, built_for
) -> None:
    """Whether the username names an account or not, a window is built (the same time
    either way) and thrown away: never shown, and none of its operations ever ran."""
    code, watch = start(enter(qtbot, username, "not the password", then_cancel=True))
    assert code == app.EXIT_OK
    QApplication.processEvents()
    (window,) = watch.windows
    assert watch.events[0] == built_for
    assert "sign-in refused" in watch.events and "passed on" not in watch.events
    assert watch.shown == [] and no_event_loop == []
    assert not Shiboken.isValid(window)
    assert set(watch.submitted) <= START_UP | {"_sign_in_when_open"}
    assert "held" in watch.events  # the window did ask for something, and it never ran


def test_a_window_built_for_someone_else_is_built_again(
    qtbot, start, no_event_loop, monkeypatch
) -> None:
    """The account changed between the look-up and the sign-in (say, another role): the
    window built for the look-up's actor is deleted unseen, with what it asked."""
    expected = opening.OwnDatabase.expected_actor

    def changed(place: opening.OwnDatabase, username: str) -> access.Actor | None:
        actor = expected(place, username)
        assert actor is not None
        return access.Actor(actor.user_id, None, None, Role.EDUCATOR, actor.username)

    monkeypatch.setattr(opening.OwnDatabase, "expected_actor", changed)
    code, watch = start(enter(qtbot, "admin", ADMIN_PASSWORD))
    assert code == 0
    first, second = watch.windows
    assert first.context.actor.role is Role.EDUCATOR
    assert not Shiboken.isValid(first)
    assert no_event_loop == [second] and watch.shown == [second]
    assert second.context.actor.role is Role.ADMIN


# -- the pieces ------------------------------------------------------------------------------


def test_expected_actor_reads_the_account_and_records_nothing(engine: Engine) -> None:
    with db.session_scope(engine) as s:
        access.accounts.create_first_admin(s, "admin", ADMIN_PASSWORD)
    with db.session_scope(engine) as s:
        before = (s.scalar(select(User.failed_logins)), len(s.scalars(select(AuditEvent)).all()))
        actor = expected_actor(s, " admin ")
        assert actor == login(s, "admin", ADMIN_PASSWORD)
        assert expected_actor(s, "nobody") == STAND_IN
    with db.session_scope(engine) as s:
        after = (s.scalar(select(User.failed_logins)), len(s.scalars(select(AuditEvent)).all()))
    assert after[0] == before[0] and after[1] == before[1] + 1  # the sign-in's entry only


def test_a_held_runner_holds_until_released_then_passes_on_in_order(qtbot) -> None:
    ran: list[str] = []
    runner = SyncRunner(EventsHub())
    held = HeldRunner(runner)
    owner = held  # any live QObject
    held.run(ran.append, "badge", owner=owner)
    held.run(ran.append, "count", owner=owner)
    assert ran == [] and held.held == 2
    assert held.hub is runner.hub and held.sig_error is runner.sig_error
    with pytest.raises(RuntimeError):
        held.pass_on()  # never before the sign-in said yes
    held.release()
    held.run(ran.append, "load", owner=owner)  # asked once released: at once
    assert ran == ["load"] and held.held == 2
    held.pass_on()
    held.pass_on()  # once only
    assert ran == ["load", "badge", "count"]


def test_a_dropped_held_runner_runs_nothing(qtbot) -> None:
    ran: list[str] = []
    held = HeldRunner(SyncRunner(EventsHub()))
    held.run(ran.append, "badge", owner=held)
    held.drop()
    held.release()
    held.pass_on()
    assert ran == [] and held.held == 0


def test_a_window_taken_asks_what_it_held_once_its_first_section_has_loaded(
    qtbot, engine: Engine
) -> None:
    """On the synchronous runner: built, it runs nothing; taken for its actor and shown, it
    loads its first section, and asks what it held (the calendar's badge) only once that is
    shown."""
    admin = signed_in.create_admin(engine)
    runner = SyncRunner(EventsHub())
    ran: list[str] = []
    run = runner.run

    def noted(fn: Callable, *args: object, **kw: object) -> None:
        service = args[1] if fn.__name__ == "in_session" else fn
        ran.append(getattr(service, "__name__", None) or service.func.__name__)
        run(fn, *args, **kw)

    runner.run = noted  # type: ignore[method-assign]

    def make(actor: access.Actor, held: HeldRunner) -> MainWindow:
        context = ViewContext(engine, held, held.hub, Settings(), actor)  # type: ignore[arg-type]
        return MainWindow(context, location="console.db", database_name="console.db", demo=False)

    made = app._Made(runner, make)
    made.build(admin)
    qtbot.wait(1)  # the sections' first turn of the event loop: the badge asked, and held
    assert ran == [] and made.runner is not None and made.runner.held >= 1
    window = made.take(admin)
    assert window is not None and made.window is None
    qtbot.addWidget(window)
    when_loaded: list[list[str]] = []
    window.current_view().sig_loaded.connect(lambda: when_loaded.append(list(ran)))
    with qtbot.waitSignal(window.current_view().sig_loaded, timeout=5000):
        window.show()
    assert when_loaded == [["load_week"]]  # the week alone while it is laid out and painted
    # Then, on the next turns: the count the calendar asks once painted, and the one held.
    qtbot.waitUntil(lambda: ran.count("shifts_to_debrief") == 2, timeout=5000)
