"""The main window built before the password is checked (console.app's ``_Made``): while the
person types it, for the username filled in, else while argon2 runs; used when the sign-in
answers with the actor it was built for, deleted unseen otherwise, and inert until then:
nothing it asks reaches the worker before the password is right (``HeldRunner``), but its
first section's load, queued behind the sign-in, which runs only if that signs in its actor.

Through main(), on its real threaded runner, with the early sign-in dialog; the sign-in is held
on the worker until the window is built, so that the order is the one a person gets (argon2
takes longer than the window) on any machine."""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken
from sqlalchemy import Engine, select

from console import app, db, opening
from console.config import Settings
from console.models import AuditEvent, Role, User
from console.services import access
from console.services.access.login import STAND_IN, expected_actor, login
from console.services.changes import Area, row_id, writes
from console.views import main_window
from console.views.common import section as common_section
from console.views.common.events import EventsHub
from console.views.common.runner import HeldRunner, OperationRunner, SyncRunner, operation_name
from console.views.common.section import ViewContext
from console.views.login_dialog import LoginDialog
from console.views.main_window import MainWindow
from tests.views import signed_in
from tests.views.test_app import ADMIN_PASSWORD
from tests.views.test_start_up import admin_file, early, quiet_log  # noqa: F401 - fixtures

WAIT_S = 10.0  # only against a hang


class Watch:
    """What happened, in order: windows made (and for whom), operations handed to the real
    runner, operations held, Enter pressed, the sign-in's answer; the services that ran."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, hold_s: float = 0.0) -> None:
        self.events: list[str] = []
        self.windows: list[MainWindow] = []
        self.shown: list[MainWindow] = []
        self.submitted: list[str] = []
        self.ran: list[str] = []  # services run through in_session (on the worker)
        self.built = threading.Event()
        init, show, run = MainWindow.__init__, MainWindow.show, OperationRunner.run
        held_run = HeldRunner.run
        authenticate = opening.OwnDatabase.authenticate
        build_section = MainWindow._build

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

        def section(window: MainWindow, name: str) -> object:
            self.events.append(f"section {name}")
            return build_section(window, name)

        def checked(place: opening.OwnDatabase, username: str, password: str) -> access.Actor:
            assert self.built.wait(WAIT_S), "no window was built while the password was checked"
            time.sleep(hold_s)  # a slow check (another process writing, say)
            try:
                actor = authenticate(place, username, password)
            except access.LoginFailed:
                self.events.append("sign-in refused")
                raise
            self.events.append("signed in")
            return actor

        in_session = common_section.in_session
        signing_in = app._Made.signing_in

        @functools.wraps(in_session)
        def ran(engine: Engine, service: Callable, *args: object) -> object:
            self.ran.append(operation_name(service))
            return in_session(engine, service, *args)

        def entered(made_: app._Made, signed: app._SignedIn) -> None:
            self.events.append("enter")
            signing_in(made_, signed)

        monkeypatch.setattr(common_section, "in_session", ran)
        monkeypatch.setattr(app._Made, "signing_in", entered)
        monkeypatch.setattr(MainWindow, "__init__", made)
        monkeypatch.setattr(MainWindow, "show", shown)
        monkeypatch.setattr(OperationRunner, "run", submitted)
        monkeypatch.setattr(HeldRunner, "run", held)
        monkeypatch.setattr(opening.OwnDatabase, "authenticate", checked)
        monkeypatch.setattr(MainWindow, "_build", section)

    def steps(self) -> list[str]:
        """The events but the sections made."""
        return [event for event in self.events if not event.startswith("section")]


# What the start-up itself asks of the worker, before anyone has signed in.
START_UP = {"console.opening.open_place", "_import_window", "_expected_actor"}
# The calendar's load: queued right behind the sign-in, run only if it signs in its actor.
LOAD = "console.services.planning.operations.load_week"


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


def once_built(act: Callable[[LoginDialog], None]) -> Callable[[LoginDialog], None]:
    """``act`` once a main window has been built (unseen) while the dialog is up: the person
    takes longer to type the password than the console to build it."""

    def wait(dialog: LoginDialog) -> None:
        if any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets()):
            act(dialog)
        else:
            QTimer.singleShot(10, dialog, lambda: wait(dialog))

    return wait


@pytest.fixture
def start(admin_file, early, monkeypatch):  # noqa: F811 - the fixtures of test_start_up
    """main() on a file with an administrator, ``act`` on the early dialog, all watched:
    (exit code, Watch); ``user``: the username filled in (``--user``)."""

    def run(
        act: Callable[[LoginDialog], None], hold_s: float = 0.0, user: str | None = None
    ) -> tuple[int, Watch]:
        watch = Watch(monkeypatch, hold_s)
        early(act)
        argv = ["--db", str(admin_file)] + (["--user", user] if user else [])
        return app.main(argv), watch

    return run


def test_the_window_built_meanwhile_is_the_one_shown(
    qtbot, start, no_event_loop, monkeypatch
) -> None:
    monkeypatch.setattr(main_window, "REMAINING_SECTIONS_MS", 20)
    code, watch = start(enter(qtbot, "admin", ADMIN_PASSWORD), hold_s=0.3)
    assert code == 0
    (window,) = watch.windows
    assert no_event_loop == [window] and watch.shown == [window]
    assert window.user_label.text() == "Signed in as admin (Administrator)"
    # Built before the password was known to be right; what it asked meanwhile was held,
    # and went on only after the sign-in.
    assert watch.steps()[:2] == ["enter", "window for admin"]  # Enter before it was open
    signed = watch.events.index("signed in")
    assert "held" in watch.events[:signed]
    assert "passed on" not in watch.events[:signed]
    # However long the check took, only the section it shows first was made meanwhile.
    assert [e for e in watch.events[:signed] if e.startswith("section")] == ["section calendar"]
    assert set(watch.submitted[: watch.submitted.index("_sign_in_when_open") + 1]) <= START_UP | {
        "_sign_in_when_open"
    }
    # Its calendar's week was queued right behind the sign-in, once: not again on show.
    assert watch.submitted[watch.submitted.index("_sign_in_when_open") + 1] == LOAD
    assert watch.submitted.count(LOAD) == 1


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
    assert watch.steps()[:2] == ["enter", built_for]
    assert "sign-in refused" in watch.events and "passed on" not in watch.events
    assert watch.shown == [] and no_event_loop == []
    assert not Shiboken.isValid(window)
    assert set(watch.submitted) <= START_UP | {"_sign_in_when_open", LOAD}
    assert "held" in watch.events  # the window did ask for something, and it never ran
    # Its first load went behind the sign-in, and ran nothing: the password was wrong.
    assert LOAD in watch.submitted and watch.ran == []


@pytest.mark.parametrize("filled_in", ["admin", " admin "])
def test_with_the_username_filled_in_the_window_is_built_while_the_password_is_typed(
    qtbot, start, no_event_loop, filled_in: str
) -> None:
    """``--user`` (or a remembered username): once the database is open, the window is built
    while the person types; Enter then only checks the password, and its week follows."""
    code, watch = start(once_built(enter(qtbot, filled_in, ADMIN_PASSWORD)), user=filled_in)
    assert code == 0
    (window,) = watch.windows
    assert no_event_loop == [window] and watch.shown == [window]
    # Built before Enter (its badge held on its first turn, before or after Enter).
    steps = watch.steps()
    assert steps[0] == "window for admin" and "enter" in steps
    assert "passed on" not in steps[: steps.index("signed in")]
    assert watch.submitted.count("_expected_actor") == 1  # not looked up again at Enter
    signed = watch.submitted.index("_sign_in_when_open")
    assert watch.submitted[signed + 1] == LOAD and watch.submitted.count(LOAD) == 1


def test_a_username_changed_after_the_window_was_built_gets_its_own(
    qtbot, start, no_event_loop
) -> None:
    """Built for the username filled in; the person types another (no account): that one is
    built at Enter, the first deleted unseen, and neither runs anything."""
    code, watch = start(
        once_built(enter(qtbot, "nobody", "not the password", then_cancel=True)), user="admin"
    )
    assert code == app.EXIT_OK
    QApplication.processEvents()
    first, second = watch.windows
    assert watch.steps()[0] == "window for admin" and "window for (stand-in)" in watch.steps()
    assert not Shiboken.isValid(first) and not Shiboken.isValid(second)
    assert watch.shown == [] and no_event_loop == [] and watch.ran == []
    assert "passed on" not in watch.events


def test_a_look_up_that_failed_while_typing_is_asked_again_at_enter(
    qtbot, start, no_event_loop, monkeypatch
) -> None:
    """The look-up for the username filled in failed (logged): Enter asks again, and the
    window is built while argon2 runs, as without it."""
    expected = opening.OwnDatabase.expected_actor
    calls: list[str] = []

    def flaky(place: opening.OwnDatabase, username: str) -> access.Actor | None:
        calls.append(username)
        if len(calls) == 1:
            raise RuntimeError("the disk hiccuped")
        return expected(place, username)

    monkeypatch.setattr(opening.OwnDatabase, "expected_actor", flaky)

    def when_asked(dialog: LoginDialog) -> None:
        if calls:
            QTimer.singleShot(50, dialog, lambda: enter(qtbot, "admin", ADMIN_PASSWORD)(dialog))
        else:
            QTimer.singleShot(10, dialog, lambda: when_asked(dialog))

    code, watch = start(when_asked, user="admin")
    assert code == 0 and calls == ["admin", "admin"]
    (window,) = watch.windows
    assert no_event_loop == [window] and watch.steps()[:2] == ["enter", "window for admin"]


def test_a_window_built_long_before_enter_is_built_again(
    qtbot, start, no_event_loop, monkeypatch
) -> None:
    """The person left the dialog up longer than BUILT_FRESH_MS: the account is read again
    at Enter and a new window built (what the old one asked meanwhile does not pile up)."""
    monkeypatch.setattr(app, "BUILT_FRESH_MS", 0)
    code, watch = start(once_built(enter(qtbot, "admin", ADMIN_PASSWORD)), user="admin")
    assert code == 0
    first, second = watch.windows
    assert not Shiboken.isValid(first)
    assert no_event_loop == [second] and watch.shown == [second]
    assert watch.submitted.count("_expected_actor") == 2


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


@pytest.mark.parametrize("signs_in", [True, False], ids=["signed in", "refused"])
def test_a_gated_operation_runs_and_answers_only_if_the_sign_in_before_it_said_so(
    qtbot, signs_in: bool
) -> None:
    """On the real threaded runner: the gate is read on the worker when the operation's turn
    comes, after the sign-in queued before it (closed when it was asked)."""
    runner = OperationRunner(EventsHub())
    held = HeldRunner(runner)
    signed = app._SignedIn()
    ran: list[str] = []
    answers: list[object] = []

    def sign_in() -> None:
        time.sleep(0.05)  # argon2
        signed.actor = "admin" if signs_in else None  # type: ignore[assignment]

    def load(what: str) -> str:
        ran.append(what)
        return what

    runner.run(sign_in, owner=held)
    held.run_gated(
        lambda: signed.actor == "admin",
        lambda: held.run(load, "week", owner=held, on_done=answers.append),
    )
    held.run(load, "badge", owner=held, on_done=answers.append)  # not gated: held
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    assert ran == answers == (["week"] if signs_in else [])
    assert held.held == 1
    runner.shutdown()


class Built:
    """``_Made`` on the synchronous runner, for an administrator of ``engine``: what reached
    the runner (service names, in order) in ``ran``."""

    def __init__(
        self,
        engine: Engine,
        runner: SyncRunner | OperationRunner | None = None,
        first: str | None = None,
    ) -> None:
        self.admin = signed_in.create_admin(engine)
        runner = runner or SyncRunner(EventsHub())
        self.ran: list[str] = []
        run = runner.run

        def noted(fn: Callable, *args: object, **kw: object) -> None:
            service = args[1] if fn.__name__ == "in_session" else fn
            self.ran.append(getattr(service, "__name__", None) or service.func.__name__)
            run(fn, *args, **kw)

        runner.run = noted  # type: ignore[method-assign]

        def make(actor: access.Actor, held: HeldRunner) -> MainWindow:
            context = ViewContext(engine, held, held.hub, Settings(), actor)  # type: ignore[arg-type]
            return MainWindow(
                context,
                location="console.db",
                database_name="console.db",
                demo=False,
                make_all=False,
            )

        self.made = app._Made(runner, make, first)


def test_a_window_taken_asks_what_it_held_once_its_first_section_has_loaded(
    qtbot, engine: Engine
) -> None:
    """On the synchronous runner: built, it runs nothing; taken for its actor and shown, it
    loads its first section, and asks what it held (the calendar's badge) only once that is
    shown."""
    built = Built(engine)
    made, ran = built.made, built.ran
    made.build(built.admin)
    qtbot.wait(1)  # the sections' first turn of the event loop: the badge asked, and held
    assert ran == [] and made.runner is not None and made.runner.held >= 1
    window = made.take(built.admin)
    assert window is not None and made.window is None
    qtbot.addWidget(window)
    when_loaded: list[list[str]] = []
    window.current_view().sig_loaded.connect(lambda: when_loaded.append(list(ran)))
    with qtbot.waitSignal(window.current_view().sig_loaded, timeout=5000):
        window.show()
    assert when_loaded == [["load_week"]]  # the week alone while it is laid out and painted
    # Then, on the next turns: the count the calendar asks once painted, and the one held.
    qtbot.waitUntil(lambda: ran.count("shifts_to_debrief") == 2, timeout=5000)


def test_a_held_window_makes_no_other_section_until_taken(qtbot, engine, monkeypatch) -> None:
    """However long the password's check takes, the window built meanwhile makes only its
    first section (the others, the map with its basemap file, once it is taken)."""
    monkeypatch.setattr(main_window, "REMAINING_SECTIONS_MS", 20)
    built = Built(engine)
    built.made.build(built.admin)
    held = built.made.window
    assert held is not None
    qtbot.wait(200)
    assert list(held.views.made) == ["calendar"] and built.ran == []
    window = built.made.take(built.admin)
    assert window is held
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(window.views.made) == len(window.views), timeout=5000)


def test_what_a_window_held_never_runs_once_it_is_gone(qtbot, engine, monkeypatch) -> None:
    """Signed out before its first section loaded: what it held is dropped with it."""
    monkeypatch.setattr(app, "PASS_ON_LATEST_MS", 20)
    built = Built(engine)
    built.made.build(built.admin)
    qtbot.wait(1)
    window = built.made.take(built.admin)
    assert window is not None
    app._dispose(window)
    qtbot.wait(200)
    assert built.ran == []


def test_what_a_window_held_goes_on_after_the_section_shown_first(
    qtbot, engine, monkeypatch
) -> None:
    """Shown on another section (``--view``): what it held goes on once that one has loaded,
    not after the longest wait."""
    monkeypatch.setattr(app, "PASS_ON_LATEST_MS", 60_000)
    built = Built(engine, first="accounts")
    built.made.build(built.admin)
    qtbot.wait(1)
    window = built.made.take(built.admin)
    assert window is not None
    qtbot.addWidget(window)
    window.show_section("accounts")
    window.show()
    qtbot.waitUntil(lambda: "shifts_to_debrief" in built.ran, timeout=5000)


def test_a_window_shown_at_once_asks_for_the_badge_once_after_its_week(qtbot, engine) -> None:
    """Made and shown at once (no sign-in meanwhile): the calendar reads its week, then its
    badge's count once the week is painted, and only then."""
    built = Built(engine)
    runner = built.made._runner
    context = ViewContext(engine, runner, runner.hub, Settings(), built.admin)
    window = MainWindow(
        context, location="console.db", database_name="console.db", demo=False, make_all=False
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.current_view().sig_loaded, timeout=5000):
        window.show()
    qtbot.wait(50)
    assert built.ran == ["load_week", "shifts_to_debrief"]


def _loaded_behind_the_sign_in(qtbot, engine: Engine) -> tuple[Built, OperationRunner, MainWindow]:
    """A window built on the real threaded runner, signed in on the worker, its first load
    arrived while it is still unseen (not taken yet)."""
    runner = OperationRunner(EventsHub())
    built = Built(engine, runner)
    made = built.made
    made.build(built.admin)
    held = made.window
    assert held is not None
    signed = app._SignedIn()

    def sign_in() -> None:
        signed.actor = built.admin

    runner.run(sign_in, owner=held)
    made.signing_in(signed)
    qtbot.waitUntil(lambda: held.current_view().data is not None, timeout=5000)
    return built, runner, held


def test_a_first_load_behind_the_sign_in_is_shown_by_the_window_taken(
    qtbot, engine, monkeypatch
) -> None:
    """On the real threaded runner: the week read behind the sign-in reaches the hidden
    window before it is taken; shown, it reads nothing again, and what it held goes on at
    once (not after the longest wait)."""
    monkeypatch.setattr(app, "PASS_ON_LATEST_MS", 60_000)
    built, runner, held = _loaded_behind_the_sign_in(qtbot, engine)
    assert built.ran == ["sign_in", "_gated"] and not held.isVisible()
    window = built.made.take(built.admin)
    assert window is held
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "shifts_to_debrief" in built.ran, timeout=5000)
    assert built.ran.count("_gated") == 1 and "load_week" not in built.ran
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    runner.shutdown()


def test_a_window_built_while_the_person_is_away_never_locks_nor_closes_the_dialog(
    qtbot, start, no_event_loop, monkeypatch
) -> None:
    """Built once the database is open, for the username filled in, the window waits unseen
    while nobody touches the dialog for longer than the idle lock's minutes: it must not
    lock (its lock closes every dialog: the sign-in's would be cancelled, the console gone),
    and once signed in it shows its data, not the lock page."""
    monkeypatch.setattr(main_window, "MINUTE_MS", 20)  # the default 10 minutes: 0.2 s

    def away_then_enter(dialog: LoginDialog) -> None:
        QTimer.singleShot(600, dialog, lambda: enter(qtbot, "admin", ADMIN_PASSWORD)(dialog))

    code, watch = start(once_built(away_then_enter), user="admin")
    assert code == 0
    (window,) = watch.windows
    assert no_event_loop == [window] and watch.shown == [window]
    assert not window.idle_lock.is_locked()


def test_a_window_taken_with_its_first_load_arrived_makes_its_other_sections_at_once(
    qtbot, engine: Engine, monkeypatch
) -> None:
    """The week read behind the sign-in reached the hidden window before it was taken: its
    other sections follow at once (their packages imported on the worker), not after the
    longest wait, made on the GUI thread with their imports."""
    monkeypatch.setattr(main_window, "REMAINING_SECTIONS_MS", 60_000)
    built, runner, held = _loaded_behind_the_sign_in(qtbot, engine)
    window = built.made.take(built.admin)
    assert window is held
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(window.views.made) == len(window.views), timeout=5000)
    assert "import_sections" in built.ran
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    runner.shutdown()


def test_a_gated_operation_that_did_not_run_announces_no_change(qtbot) -> None:
    """What a closed gate kept from running wrote nothing: nothing is announced on the hub
    (and its declaration's ids are not looked for in an answer it never gave)."""

    @dataclass(frozen=True)
    class Row:
        id: int

    @writes(Area.SHIFTS, ids=row_id)
    def save(what: int) -> Row:
        return Row(what)

    runner = SyncRunner(EventsHub())
    held = HeldRunner(runner)
    announced: list[tuple[str, object]] = []
    runner.hub.sig_changed.connect(lambda area, ids: announced.append((area, ids)))
    held.run_gated(lambda: False, lambda: held.run(save, 1, owner=held))
    assert announced == []
    held.run_gated(lambda: True, lambda: held.run(save, 2, owner=held))
    assert announced == [(Area.SHIFTS, (2,))]
