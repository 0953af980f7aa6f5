"""What start-up does on the runner's worker while the sign-in dialog is up: open and check the
database, read the facts the first start depends on, and import the main window and the first
section, so that after Enter the person waits for argon2, one load and one paint only.

Imported on the worker (``app._open_database``): this is where SQLAlchemy, the models and the
services load, never on the GUI thread before the dialog has painted. Nothing here touches a
Qt object; the places (``OwnDatabase``, ``SharedServer``) make their dialogs only when the GUI
thread asks them to sign someone in after the first start's questions.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from sqlalchemy import Engine, make_url
from sqlalchemy.orm import configure_mappers

from console import db
from console.models import Role
from console.services import access
from console.services.access import accounts, instance, pg_roles
from console.services.access.login import expected_actor, sign_in_as_account
from console.views.common.section import in_session
from console.views.login_dialog import CredentialsCall
from console.views.sections import import_section

if TYPE_CHECKING:
    from console.views.common.runner import OnDone, OnError, Runner

# The holidays named while the person types: those around today (the week shown first).
HOLIDAYS_AROUND = timedelta(days=14)
# Who a screenshot of a database without accounts is taken as: there is nobody to sign in as,
# and a screenshot never stops to create an account. A manager sees aggregates only (no notes,
# no named people), so nothing personal can end up in the picture.
SCREENSHOT_ACTOR = access.Actor(
    user_id=None, person_id=None, organization_id=None, role=Role.MANAGER, username="screenshot"
)


@dataclass(frozen=True)
class Facts:
    """What the first start depends on, read once the database is open."""

    empty: bool  # nobody has put anything in (instance.is_empty)
    needs_choice: bool  # new and empty, its owner has not chosen empty or demo yet
    demo: bool  # holds the demo data
    has_accounts: bool  # someone can sign in (else the first administrator is made)


@dataclass(frozen=True)
class Opened:
    """An open database (a place to work on) and what it holds."""

    place: OwnDatabase | SharedServer
    facts: Facts
    database_name: str  # what the dialogs and the window title call it
    ready: bool  # a person may sign in at once: no first-start question, an account exists


def open_place(cli_value: str | None, setting: str, demo: bool) -> Opened:
    """Open the database asked for (``--db``, ``CONSOLE_DB``, the setting or the default file;
    ``demo``: the demo file), as the place the console works on, with its facts. Raises
    ``db.DatabaseRefused`` when it cannot be used."""
    location = db.resolve_location(cli_value, setting=setting, demo=demo)
    # The mappers of every model are set up once before the first query; here, not in the
    # first load after Enter (which module's import triggers it does not matter).
    configure_mappers()
    place: OwnDatabase | SharedServer
    if pg_roles.is_shared_server(location):
        place = SharedServer(location)
    else:
        place = OwnDatabase(db.open_database(location))
    facts = place.facts()
    ready = facts.has_accounts and not facts.needs_choice and not (demo and facts.empty)
    return Opened(place, facts, database_name(place.opened), ready)


def import_window(view: str | None, named: tuple[str, str]) -> None:
    """Import the main window and the section it shows first (by default the first one), and
    load the holidays library the calendar's first load asks (about 130 ms the first time),
    with the holidays around today of the province in ``named`` (and its language: the
    translations read from a file, a few ms) that the first week's read names."""
    import console.views.main_window  # noqa: F401, PLC0415 - imported for its side: loaded
    from console.services.planning import holidays  # noqa: PLC0415
    from console.views.common import live_refresh  # noqa: F401, PLC0415

    import_section(view)
    today = date.today()
    holidays.HolidayCalendar(*named).between(today - HOLIDAYS_AROUND, today + HOLIDAYS_AROUND)


def database_name(opened: db.OpenedDatabase) -> str:
    if opened.url.get_backend_name() == "sqlite":
        return Path(opened.location).name
    return f"{opened.url.database} @ {opened.url.host}"


def login(engine: Engine, username: str, password: str) -> access.Actor:
    with db.session_scope(engine) as session:
        return access.login(session, username, password)


class OwnDatabase:
    """A SQLite file, or a PostgreSQL database reached with one account's URL: the console
    works on it with the engine it opened, and signs people in against the users table."""

    per_person = False

    def __init__(self, opened: db.OpenedDatabase) -> None:
        self.opened = opened

    def facts(self) -> Facts:
        # Only reads: a deferred transaction, which does not wait for another process's write.
        with db.read_scope(self.opened.engine) as session:
            return Facts(
                empty=instance.is_empty(session),
                needs_choice=instance.needs_first_start_choice(session),
                demo=instance.is_demo(session),
                has_accounts=accounts.has_accounts(session),
            )

    def authenticate(self, username: str, password: str) -> access.Actor:
        """Sign in (on the worker): the account's actor, or ``access.LoginFailed``."""
        return in_session(self.opened.engine, access.login, username, password)

    def expected_actor(self, username: str) -> access.Actor | None:
        """Who ``authenticate`` signs ``username`` in as if the password is right
        (``login.expected_actor``): the window can be built for them meanwhile."""
        with db.read_scope(self.opened.engine) as session:
            return expected_actor(session, username)

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

    def facts(self) -> Facts:
        """Nothing read: the workstation reads nothing before someone signs in; the server's
        data is prepared on the server with console-admin (never demo data)."""
        return Facts(empty=False, needs_choice=False, demo=False, has_accounts=True)

    def engine(self) -> Engine:
        assert self._engine is not None, "nobody is signed in"
        return self._engine

    def authenticate(self, username: str, password: str) -> access.Actor:
        """Sign in as the account's own role (on the worker); its engine is the one to use."""
        engine, actor = sign_in_as_account(self.location, username, password)
        self.sign_out()
        self._engine = engine
        return actor

    def expected_actor(self, _username: str) -> access.Actor | None:
        """None: nothing is read before the person's own role has signed in."""
        return None

    def sign_in_call(self, runner: Runner) -> CredentialsCall:
        """The sign-in dialog's call: ``authenticate`` on the runner."""

        def call(
            owner: QObject, username: str, password: str, on_done: OnDone, on_error: OnError
        ) -> None:
            runner.run(
                self.authenticate,
                username,
                password,
                owner=owner,
                on_done=on_done,
                on_error=on_error,
                name="sign_in_as_account",
            )

        return call

    def sign_out(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
