"""console-admin commands for coordination meetings: meetings (the list) and minutes (one
audience's version of a meeting's minutes, as a PDF to hand out).

The command line prints any version (it acts as ``access.COMMAND_LINE``, which has the rights
of whoever can open the database itself); what a version holds is decided by the services.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from console import db
from console.cli_common import CommandFailed, open_database, record_id, refused, time_zone
from console.clock import HOME_TIME_ZONE, HOME_TIME_ZONE_NAME

AUDIENCES = ("shared", "organization", "social_services")  # the values of models.Visibility


def cmd_meetings(args: argparse.Namespace) -> None:
    from console.services import access  # noqa: PLC0415
    from console.services.meetings import meetings  # noqa: PLC0415 - loads only for this command

    opened = open_database(args)
    try:
        with db.session_scope(opened.engine) as session:
            rows = meetings.list_meetings(session, access.COMMAND_LINE)
    finally:
        opened.engine.dispose()
    if not rows:
        print("no meetings")
        return
    id_width = max(len(str(row.id)) for row in rows)
    status_width = max(len(row.status.value) for row in rows)
    title_width = max(len(row.title) for row in rows)
    for row in rows:
        when = row.held_at.astimezone(args.tz).strftime("%Y-%m-%d %H:%M")
        actions = f"{row.open_actions} open action{'' if row.open_actions == 1 else 's'}"
        print(
            f"{row.id:>{id_width}}  {when}  {row.status.value:<{status_width}}  "
            f"{row.title:<{title_width}}  {actions}"
        )


def cmd_minutes(args: argparse.Namespace) -> None:
    from console.models import Visibility  # noqa: PLC0415
    from console.services import access  # noqa: PLC0415
    from console.services.meetings import (  # noqa: PLC0415 - reportlab loads only here
        common,
        printout,
    )

    audience = Visibility(args.audience)
    if audience is Visibility.ORGANIZATION and args.organization is None:
        raise CommandFailed(
            "--audience organization needs --organization ID, the organization whose minutes "
            "to print; nothing was written"
        )
    if audience is not Visibility.ORGANIZATION and args.organization is not None:
        raise CommandFailed(
            "--organization goes only with --audience organization; nothing was written"
        )
    if not args.out.parent.is_dir():
        raise CommandFailed(f"folder does not exist: {args.out.parent}")
    request = printout.MinutesRequest(
        meeting_id=args.meeting,
        audience=audience,
        organization_id=args.organization,
        language=args.lang,
        tz=args.tz,
        path=args.out,
    )
    opened = open_database(args)
    try:
        with db.session_scope(opened.engine) as session:
            pages = printout.write_minutes_pdf(session, access.COMMAND_LINE, request)
    except (common.MeetingError, access.PermissionDenied) as exc:
        raise refused(exc, "Nothing was written.") from exc
    except OSError as exc:
        raise CommandFailed(f"cannot write {args.out}: {exc.strerror or exc}") from exc
    finally:
        opened.engine.dispose()
    version = audience.value + (f" {args.organization}" if args.organization else "")
    print(
        f"minutes of meeting {args.meeting} ({version}, {args.lang}): "
        f"{pages} page{'' if pages == 1 else 's'} written to {args.out}"
    )


def register(
    command: Callable[[str, Callable[[argparse.Namespace], None], str], argparse.ArgumentParser],
) -> None:
    """Add the meetings commands through the parser's ``command()`` factory."""
    listing = command(
        "meetings",
        cmd_meetings,
        "List the coordination meetings, the planned ones first: id, local date and time, "
        "status, title and how many of its actions are open.",
    )
    listing.add_argument(
        "--tz", type=time_zone, default=HOME_TIME_ZONE, help=f"default: {HOME_TIME_ZONE_NAME}"
    )
    minutes = command(
        "minutes",
        cmd_minutes,
        "Write the minutes of a meeting for one audience (PDF, A4): the shared version for all "
        "partners, an organization's version, or the social services' version.",
    )
    minutes.add_argument(
        "--meeting", type=record_id, required=True, metavar="ID", help="the meeting"
    )
    minutes.add_argument(
        "--audience", required=True, choices=AUDIENCES, help="which version of the minutes"
    )
    minutes.add_argument(
        "--organization",
        type=record_id,
        metavar="ID",
        help="the organization whose version to write (with --audience organization)",
    )
    minutes.add_argument("--out", type=Path, required=True, metavar="FILE", help="the .pdf file")
    minutes.add_argument("--lang", choices=("it", "en"), default="it", help="text language")
    minutes.add_argument(
        "--tz", type=time_zone, default=HOME_TIME_ZONE, help=f"default: {HOME_TIME_ZONE_NAME}"
    )
