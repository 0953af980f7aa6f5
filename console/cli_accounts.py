"""console-admin commands for accounts: list-users, create-user, set-password, disable-user,
enable-user, unlock-user, set-role, link-person (the audit log's are in cli_audit.py). They
call the same services as the Accounts section of the window.

Passwords come from the terminal (asked twice, not echoed) or, when standard input is not a
terminal, from its first two lines; never from the command line, where other users of the
machine and the shell history would see them.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from console import db
from console.cli_common import CommandFailed, open_database, refused
from console.models import Role

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from console.services.access import Actor


def command_line_actor() -> Actor:
    """The actor of this run: the command line, named after the operating-system user."""
    from console.services import access  # noqa: PLC0415 - argon2 loads only when needed

    try:
        who = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        who = "unknown"
    return access.Actor(
        user_id=None,
        person_id=None,
        organization_id=None,
        role=Role.ADMIN,
        username=f"console-admin:{who}"[:80],
    )


def read_new_password(stdin: TextIO | None = None) -> str:
    """A new password typed twice; :class:`CommandFailed` when the two differ or are missing."""
    stdin = stdin or sys.stdin
    if stdin.isatty():
        first = getpass.getpass("New password: ")
        second = getpass.getpass("New password again: ")
    else:
        first, second = stdin.readline(), stdin.readline()
        if not first.endswith("\n") or not second:
            raise CommandFailed(
                "give the password twice on standard input, one line each (or run in a terminal)"
            )
        first, second = first.rstrip("\r\n"), second.rstrip("\r\n")
    if first != second:
        raise CommandFailed("the two passwords differ; nothing was changed")
    return first


def _run(args: argparse.Namespace, work: Callable[..., str]) -> None:
    from console.services import access  # noqa: PLC0415
    from console.services.access import (  # noqa: PLC0415 - loads only for this command
        accounts,
        passwords,
    )

    opened = open_database(args)
    try:
        with db.session_scope(opened.engine) as session:
            message = work(session, command_line_actor())
    except (accounts.AccountError, passwords.WeakPassword, access.PermissionDenied) as exc:
        raise refused(exc, "Nothing was changed.") from exc
    finally:
        opened.engine.dispose()
    print(message)


def cmd_create_user(args: argparse.Namespace) -> None:
    from console.services.access import (  # noqa: PLC0415 - loads only for this command
        accounts,
        passwords,
    )

    try:
        accounts.check_username(args.username)  # before asking for a password
        password = read_new_password()
        passwords.check_strength(password)
    except (accounts.AccountError, passwords.WeakPassword) as exc:
        raise refused(exc, "Nothing was changed.") from exc

    def work(session: Session, actor: Actor) -> str:
        user_id = accounts.create_user(
            session, actor, args.username, Role(args.role), password, person_id=args.person
        )
        return f"account {args.username.strip()!r} created (id {user_id}, role {args.role})"

    _run(args, work)


def cmd_set_password(args: argparse.Namespace) -> None:
    from console.services.access import accounts  # noqa: PLC0415

    password = read_new_password()

    def work(session: Session, actor: Actor) -> str:
        accounts.set_password(session, actor, args.username, password)
        return f"password of {args.username.strip()!r} changed; its lockout is lifted"

    _run(args, work)


def cmd_disable_user(args: argparse.Namespace) -> None:
    from console.services.access import accounts  # noqa: PLC0415

    def work(session: Session, actor: Actor) -> str:
        accounts.disable_user(session, actor, args.username)
        return f"account {args.username.strip()!r} disabled"

    _run(args, work)


def cmd_enable_user(args: argparse.Namespace) -> None:
    from console.services.access import accounts  # noqa: PLC0415

    def work(session: Session, actor: Actor) -> str:
        accounts.enable_user(session, actor, args.username)
        return f"account {args.username.strip()!r} enabled"

    _run(args, work)


def cmd_unlock_user(args: argparse.Namespace) -> None:
    from console.services.access import accounts  # noqa: PLC0415

    def work(session: Session, actor: Actor) -> str:
        accounts.lift_lockout(session, actor, args.username)
        return f"lockout of {args.username.strip()!r} lifted"

    _run(args, work)


def cmd_set_role(args: argparse.Namespace) -> None:
    from console.services.access import accounts  # noqa: PLC0415

    def work(session: Session, actor: Actor) -> str:
        accounts.change_role(session, actor, args.username, Role(args.role))
        return f"account {args.username.strip()!r} has the role {args.role} from its next sign-in"

    _run(args, work)


def cmd_link_person(args: argparse.Namespace) -> None:
    from console.services.access import accounts  # noqa: PLC0415

    def work(session: Session, actor: Actor) -> str:
        accounts.link_person(session, actor, args.username, args.person)
        who = f"person {args.person}" if args.person is not None else "nobody"
        return f"account {args.username.strip()!r} now belongs to {who}"

    _run(args, work)


def cmd_list_users(args: argparse.Namespace) -> None:
    from console.services.access import account_list  # noqa: PLC0415

    def work(session: Session, actor: Actor) -> str:
        lines = []
        for row in account_list.list_accounts(session, actor):
            state = "disabled" if row.disabled else "enabled"
            if row.locked_until is not None:
                state += f", locked until {row.locked_until.isoformat(timespec='minutes')}"
            person = f"person {row.person_id}" if row.person_id is not None else "no person"
            lines.append(f"{row.username}\t{row.role.value}\t{person}\t{state}")
        return "\n".join(lines) or "no accounts"

    _run(args, work)


def cmd_pg_setup(args: argparse.Namespace) -> None:
    """Prepare a shared PostgreSQL database for per-person sign-in (services/access/pg_roles)."""
    from sqlalchemy.exc import DBAPIError  # noqa: PLC0415

    from console.services.access import pg_roles  # noqa: PLC0415

    opened = open_database(args)
    try:
        if opened.engine.dialect.name != "postgresql":
            raise CommandFailed(
                "pg-setup is for a shared PostgreSQL database; a SQLite file has no roles"
            )
        try:
            report = pg_roles.setup(opened.engine)
        except DBAPIError as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise CommandFailed(
                f"pg-setup failed: {reason} (it runs as the database's owner, with CREATEROLE); "
                "nothing was changed"
            ) from exc
    finally:
        opened.engine.dispose()
    print(
        f"database {report.database} prepared: groups {', '.join(report.groups)}; "
        f"gate role {report.gate}; {report.accounts} account login roles up to date"
    )
    if report.without_password:
        # PostgreSQL cannot take a password from the console's own hashes: each account gets
        # its server password once, from its administrator.
        print(
            "these accounts need a password before they can sign in on the server "
            "(console-admin set-password --username NAME): " + ", ".join(report.without_password)
        )


def register(
    command: Callable[[str, Callable[[argparse.Namespace], None], str], argparse.ArgumentParser],
) -> None:
    """Add the account commands through the parser's ``command()`` factory."""
    roles = [role.value for role in Role]
    create = command(
        "create-user",
        cmd_create_user,
        "Create a login account; the password is asked twice (or read from standard input).",
    )
    create.add_argument("--username", required=True, metavar="U")
    create.add_argument("--role", required=True, choices=roles)
    create.add_argument("--person", type=int, metavar="ID", help="the person this account is")
    reset = command(
        "set-password",
        cmd_set_password,
        "Give an account a new password (asked twice, or read from standard input).",
    )
    reset.add_argument("--username", required=True, metavar="U")
    disable = command("disable-user", cmd_disable_user, "Disable an account: no more logins.")
    disable.add_argument("--username", required=True, metavar="U")
    enable = command("enable-user", cmd_enable_user, "Let a disabled account sign in again.")
    enable.add_argument("--username", required=True, metavar="U")
    unlock = command(
        "unlock-user", cmd_unlock_user, "Lift the lockout of an account (too many wrong passwords)."
    )
    unlock.add_argument("--username", required=True, metavar="U")
    set_role = command("set-role", cmd_set_role, "Give an account another role.")
    set_role.add_argument("--username", required=True, metavar="U")
    set_role.add_argument("--role", required=True, choices=roles)
    link = command("link-person", cmd_link_person, "Say which person an account belongs to.")
    link.add_argument("--username", required=True, metavar="U")
    whom = link.add_mutually_exclusive_group(required=True)
    whom.add_argument("--person", type=int, metavar="ID", help="the person's id")
    whom.add_argument(
        "--nobody", action="store_true", help="the account belongs to no person (a service one)"
    )
    command("list-users", cmd_list_users, "List the accounts: role, person and state.")
    command(
        "pg-setup",
        cmd_pg_setup,
        "On a shared PostgreSQL server, as the database's owner (with CREATEROLE): create the "
        "group roles, the gate role, the functions and the privileges, and a login role for "
        "every account. Run it again after each upgrade.",
    )
