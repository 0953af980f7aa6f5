"""console-admin commands for the audit log: audit-verify, audit-checkpoint, audit-export.

A checkpoint (see :mod:`console.services.access.audit_checkpoints`) is the one line to keep away
from the database, printed weekly with the minutes for example; ``audit-verify --checkpoint``
then catches what the chain alone cannot: cut entries, a recomputed chain, an older copy.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from console import db
from console.cli_common import CommandFailed, iso_date, open_database, refused, time_zone
from console.clock import HOME_TIME_ZONE, HOME_TIME_ZONE_NAME, day_start_utc

if TYPE_CHECKING:
    from console.services.access.audit import AuditChoices
    from console.services.access.audit_checkpoints import Checkpoint

EXIT_BROKEN = 3  # audit-verify: the log was tampered with (1 is "could not check")
# The actions an entry can record (services/access/audit.py AuditAction), for --action.
ACTIONS = (
    "create",
    "update",
    "delete",
    "read",
    "search",
    "export",
    "import",
    "login_succeeded",
    "login_failed",
    "account_locked",
    "unlock_failed",
    "retention",
    "erase",
)


def _checkpoint(text: str) -> Checkpoint:
    """A checkpoint given with --checkpoint, or argparse's one-line error."""
    from console.services.access import audit_checkpoints  # noqa: PLC0415

    try:
        return audit_checkpoints.Checkpoint.parse(text)
    except audit_checkpoints.CheckpointMistyped as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _head(text: str) -> str:
    compact = text.strip().lower()
    if len(compact) != 64 or any(c not in "0123456789abcdef" for c in compact):
        raise argparse.ArgumentTypeError(
            f"not a head hash: {text!r} (64 hex digits, as audit-verify prints it)"
        )
    return compact


def _broken(line: str) -> None:
    print(f"console-admin: {line}", file=sys.stderr)
    raise SystemExit(EXIT_BROKEN)


def cmd_audit_verify(args: argparse.Namespace) -> None:
    from console.services.access import audit_checkpoints  # noqa: PLC0415

    opened = open_database(args)
    try:
        with db.session_scope(opened.engine) as session:
            report = audit_checkpoints.verify(session, args.checkpoint or ())
            head_found = not args.expect_head or audit_checkpoints.holds_hash(
                session, args.expect_head
            )
    finally:
        opened.engine.dispose()
    if not report.ok:
        _broken(report.line())
    if not head_found:
        _broken(
            f"no entry of the audit log has the head hash {args.expect_head} noted earlier: "
            "entries were rewritten or removed, or an older copy was restored"
        )
    print(report.line())


def cmd_audit_checkpoint(args: argparse.Namespace) -> None:
    from console.services.access import audit_checkpoints  # noqa: PLC0415

    opened = open_database(args)
    try:
        with db.session_scope(opened.engine) as session:
            taken = audit_checkpoints.take(session)
    finally:
        opened.engine.dispose()
    if not taken.report.ok:
        _broken(f"{taken.report.line()}; no checkpoint was taken")
    if taken.checkpoint is None:
        raise CommandFailed("the audit log is empty: there is nothing to take a checkpoint of")
    print(taken.checkpoint)
    print(
        f"(entry {taken.checkpoint.entry} of {taken.report.checked}, written "
        f"{taken.written_at}; keep this line away from the database and check it with "
        f"console-admin audit-verify --checkpoint {taken.checkpoint})",
        file=sys.stderr,
    )


def cmd_audit_export(args: argparse.Namespace) -> None:
    from console.cli_accounts import command_line_actor  # noqa: PLC0415
    from console.services import access  # noqa: PLC0415
    from console.services.access import audit  # noqa: PLC0415

    if args.first_day and args.last_day and args.last_day < args.first_day:
        raise CommandFailed(
            f"--to {args.last_day} is before --from {args.first_day}; nothing was written"
        )
    if args.out.suffix.lower() != ".csv":
        raise CommandFailed(f"--out must name a .csv file, not {args.out.name!r}")
    if not args.out.parent.is_dir():
        raise CommandFailed(f"folder does not exist: {args.out.parent}")
    actor = command_line_actor()
    opened = open_database(args)
    try:
        with db.session_scope(opened.engine) as session:
            choices = audit.audit_choices(session, actor)
            query = audit.AuditQuery(
                user_id=_user_id(choices, args.user),
                action=args.action,
                entity=_entity(choices, args.entity),
                start=day_start_utc(args.first_day, args.tz) if args.first_day else None,
                end=day_start_utc(args.last_day + timedelta(days=1), args.tz)
                if args.last_day
                else None,
            )
            count = audit.write_events_csv(session, actor, query, args.out)
    except access.PermissionDenied as exc:
        raise refused(exc, "Nothing was written.") from exc
    except OSError as exc:
        raise CommandFailed(f"{args.out}: {exc.strerror or exc}; nothing was written") from exc
    finally:
        opened.engine.dispose()
    print(f"{count} audit entries written to {args.out}")


def _user_id(choices: AuditChoices, username: str | None) -> int | None:
    if username is None:
        return None
    users = {name: uid for uid, name in choices.users}
    if username.strip() not in users:
        known = ", ".join(sorted(users)) or "none"
        raise CommandFailed(
            f"no entry of the audit log is by the account {username!r} (accounts in the log: "
            f"{known}); nothing was written"
        )
    return users[username.strip()]


def _entity(choices: AuditChoices, entity: str | None) -> str | None:
    if entity is None:
        return None
    entities = choices.entities
    if entity.strip() not in entities:
        raise CommandFailed(
            f"no entry of the audit log is about {entity!r} (kinds in the log: "
            f"{', '.join(entities) or 'none'}); nothing was written"
        )
    return entity.strip()


def register(
    command: Callable[[str, Callable[[argparse.Namespace], None], str], argparse.ArgumentParser],
) -> None:
    """Add the audit commands through the parser's ``command()`` factory."""
    verify = command(
        "audit-verify",
        cmd_audit_verify,
        "Check that no audit entry was edited, removed, reordered or forged, and that the log "
        "still holds every checkpoint given "
        f"(exit 0 when intact, {EXIT_BROKEN} naming the first missing or altered entry).",
    )
    verify.add_argument(
        "--checkpoint",
        action="append",
        type=_checkpoint,
        metavar="CP",
        help="a checkpoint printed by audit-checkpoint (e.g. 12345:3f9a2c7d1e0b4a56e7c1:2f); "
        "may be given several times",
    )
    verify.add_argument(
        "--expect-head",
        type=_head,
        metavar="HASH",
        help="a head hash printed by an earlier audit-verify: the log must still hold that "
        "entry (later activity passes); --checkpoint is shorter and names what is missing",
    )
    command(
        "audit-checkpoint",
        cmd_audit_checkpoint,
        "Verify the audit log and print a checkpoint of its newest entry (one short line), to "
        "keep away from the database and give back to audit-verify --checkpoint.",
    )
    export = command(
        "audit-export",
        cmd_audit_export,
        "Write the audit entries that match the filters to a CSV file, oldest first, as the "
        "Audit section exports them (free texts about people hidden; the export is audited).",
    )
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="the .csv file")
    export.add_argument(
        "--from", dest="first_day", type=iso_date, metavar="DATE", help="first day (YYYY-MM-DD)"
    )
    export.add_argument(
        "--to", dest="last_day", type=iso_date, metavar="DATE", help="last day, included"
    )
    export.add_argument("--user", metavar="U", help="only the entries of this account")
    export.add_argument("--action", choices=ACTIONS, help="only this action")
    export.add_argument("--entity", metavar="KIND", help="only entries about this kind (shifts…)")
    export.add_argument(
        "--tz", type=time_zone, default=HOME_TIME_ZONE, help=f"default: {HOME_TIME_ZONE_NAME}"
    )
