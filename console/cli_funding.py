"""console-admin commands for the funding report to the funder: funding-report (hours x costs,
other expenses, the total against the grant, results against the objectives and the narrative of
a period, as a PDF or a spreadsheet)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from console import db
from console.cli_common import CommandFailed, iso_date, open_database, refused, time_zone
from console.clock import HOME_TIME_ZONE, HOME_TIME_ZONE_NAME


def cmd_funding_report(args: argparse.Namespace) -> None:
    from console.services import access  # noqa: PLC0415
    from console.services.funding import FundingError, printout  # noqa: PLC0415 - reportlab here

    if args.to < args.from_:
        raise CommandFailed(f"--to {args.to} is before --from {args.from_}; nothing was written")
    if args.out.suffix.lower() not in printout.FORMATS:
        raise CommandFailed(f"--out must name a .pdf or .xlsx file, not {args.out.name!r}")
    if not args.out.parent.is_dir():
        raise CommandFailed(f"folder does not exist: {args.out.parent}")
    request = printout.FundingRequest(
        start=args.from_, end=args.to, tz=args.tz, language=args.lang, path=args.out
    )
    opened = open_database(args)
    try:
        with db.session_scope(opened.engine) as session:
            report = printout.write_funding_report(session, access.COMMAND_LINE, request)
    except (FundingError, access.PermissionDenied) as exc:
        raise refused(exc, "Nothing was written.") from exc
    except OSError as exc:
        raise CommandFailed(f"cannot write {args.out}: {exc.strerror or exc}") from exc
    finally:
        opened.engine.dispose()
    print(
        f"funding report {args.from_} to {args.to} ({args.lang}): total {report.total} EUR "
        f"of a grant of {report.project.grant_amount} EUR, written to {args.out}"
    )


def register(
    command: Callable[[str, Callable[[argparse.Namespace], None], str], argparse.ArgumentParser],
) -> None:
    """Add the funding commands through the parser's ``command()`` factory."""
    report = command(
        "funding-report",
        cmd_funding_report,
        "Write the funding report of a period for the funder, as a PDF (A4) or a spreadsheet "
        "(.xlsx, totals as formulas): hours per organization and role x hourly cost, other "
        "expenses, the total against the grant, results against the objectives, the narrative.",
    )
    report.add_argument(
        "--from", dest="from_", type=iso_date, required=True, metavar="DATE", help="first day"
    )
    report.add_argument("--to", type=iso_date, required=True, metavar="DATE", help="last day")
    report.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="the .pdf or .xlsx file"
    )
    report.add_argument("--lang", choices=("it", "en"), default="it", help="text language")
    report.add_argument(
        "--tz", type=time_zone, default=HOME_TIME_ZONE, help=f"default: {HOME_TIME_ZONE_NAME}"
    )
