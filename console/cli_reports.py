"""console-admin commands for activity reports: report (the activity summary of a period, as
a PDF with charts, counts of people under the threshold suppressed)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from console import db
from console.cli_common import (
    CommandFailed,
    iso_date,
    open_database,
    quoted,
    record_id,
    refused,
    time_zone,
)
from console.clock import HOME_TIME_ZONE, HOME_TIME_ZONE_NAME


def _threshold(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 100:
        raise argparse.ArgumentTypeError(f"not a threshold from 1 to 100: {quoted(text)}")
    return value


def _weights(text: str) -> tuple[float, float, float]:
    """'1,2,1': the weights of citizen reports, police interventions and media."""
    parts = text.split(",")
    try:
        values = tuple(float(part) for part in parts)
    except ValueError:
        values = ()
    if len(values) != 3 or any(not 0 <= v <= 100 for v in values):
        raise argparse.ArgumentTypeError(
            f"not three weights from 0 to 100 separated by commas: {quoted(text)} (e.g. 1,2,1)"
        )
    return values  # type: ignore[return-value]


def cmd_report(args: argparse.Namespace) -> None:
    from console.models import SignalKind  # noqa: PLC0415
    from console.services import access  # noqa: PLC0415
    from console.services.places.indicators import IndicatorError  # noqa: PLC0415
    from console.services.reporting import periods, printout  # noqa: PLC0415 - reportlab here

    if args.to < args.from_:
        raise CommandFailed(f"--to {args.to} is before --from {args.from_}; nothing was written")
    if args.out.suffix.lower() != ".pdf":
        raise CommandFailed(f"--out must name a .pdf file, not {args.out.name!r}")
    if not args.out.parent.is_dir():
        raise CommandFailed(f"folder does not exist: {args.out.parent}")
    request = printout.SummaryRequest(
        period=periods.Period(args.from_, args.to),
        language=args.lang,
        tz=args.tz,
        path=args.out,
        zone_id=args.zone,
        threshold=args.threshold,
        weights=dict(
            zip(
                (SignalKind.CITIZEN_REPORT, SignalKind.POLICE_INTERVENTION, SignalKind.MEDIA),
                args.weights,
                strict=True,
            )
        ),
    )
    opened = open_database(args)
    try:
        with db.session_scope(opened.engine) as session:
            size = printout.write_summary_pdf(session, access.COMMAND_LINE, request)
    except (IndicatorError, access.PermissionDenied) as exc:
        raise refused(exc, "Nothing was written.") from exc
    except OSError as exc:
        raise CommandFailed(f"cannot write {args.out}: {exc.strerror or exc}") from exc
    finally:
        opened.engine.dispose()
    scope = f"zone {args.zone}" if args.zone is not None else "all zones"
    print(
        f"activity summary {args.from_} to {args.to} ({scope}, {args.lang}): "
        f"{size // 1024} KiB written to {args.out}"
    )


def register(
    command: Callable[[str, Callable[[argparse.Namespace], None], str], argparse.ArgumentParser],
) -> None:
    """Add the report commands through the parser's ``command()`` factory."""
    report = command(
        "report",
        cmd_report,
        "Write the activity summary of a period (PDF, A4): figures and charts, a page per zone, "
        "the change on the previous period, counts of people under the threshold (5) shown as <5.",
    )
    report.add_argument(
        "--from", dest="from_", type=iso_date, required=True, metavar="DATE", help="first day"
    )
    report.add_argument("--to", type=iso_date, required=True, metavar="DATE", help="last day")
    report.add_argument("--zone", type=record_id, metavar="ID", help="one zone only")
    report.add_argument("--out", type=Path, required=True, metavar="FILE", help="the .pdf file")
    report.add_argument("--lang", choices=("it", "en"), default="it", help="text language")
    report.add_argument(
        "--threshold",
        type=_threshold,
        default=5,
        metavar="N",
        help="counts of people under N print as <N (default 5, as in Settings)",
    )
    report.add_argument(
        "--weights",
        type=_weights,
        default=(1.0, 1.0, 1.0),
        metavar="C,P,M",
        help="weights of citizen reports, police interventions and media in the pressure index "
        "(default 1,1,1, as on the map)",
    )
    report.add_argument(
        "--tz", type=time_zone, default=HOME_TIME_ZONE, help=f"default: {HOME_TIME_ZONE_NAME}"
    )
