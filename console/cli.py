"""console-admin: administration commands. Thin: parse, call a service, print.

Every failure is one line on stderr and a non-zero exit (2 for bad usage, 1 when the command
could not be carried out); nothing is half-written because each command runs in one session.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import NoReturn

from console import (
    __version__,
    cli_accounts,
    cli_audit,
    cli_funding,
    cli_meetings,
    cli_reports,
    cli_retention,
    cli_roster,
    cli_signals,
    db,
    files,
    logs,
)
from console.cli_common import (
    CommandFailed,
    iso_date,
    iso_week,
    open_database,
    province,
    record_id,
    refused,
    time_zone,
)
from console.clock import HOME_TIME_ZONE, HOME_TIME_ZONE_NAME
from console.redaction import command_line_warning
from console.services.errors import Refusal

log = logging.getLogger("console.cli")

EXIT_FAILED = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is a single line on stderr."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def _one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _open(args: argparse.Namespace) -> db.OpenedDatabase:
    return open_database(args)


def _write_atomically(target: Path, content: bytes) -> None:
    if not target.parent.is_dir():
        raise CommandFailed(f"folder does not exist: {target.parent}")
    try:
        files.write_atomically(target, content)
    except OSError as exc:
        raise CommandFailed(f"cannot write {target}: {exc.strerror or exc}") from exc


def cmd_init(args: argparse.Namespace) -> None:
    opened = _open(args)
    try:
        what = "created" if opened.created else "up to date"
        print(
            f"database {what} at revision {db.current_revision(opened.engine)}: {opened.location}"
        )
        if opened.backup is not None:
            print(f"copy taken before the upgrade: {opened.backup}")
    finally:
        opened.engine.dispose()


EXIT_DAMAGED = 3  # check: the file is damaged or holds broken references (1: could not check)


def cmd_check(args: argparse.Namespace) -> None:
    """The whole-file checks an everyday open skips, so that opening stays as fast on a
    five-year database as on the demo."""
    opened = _open(args)
    try:
        problems = db.check_database(opened.engine)
    finally:
        opened.engine.dispose()
    if problems:
        for line in problems:
            print(f"console-admin: {opened.location}: {line}", file=sys.stderr)
        raise SystemExit(EXIT_DAMAGED)
    print(f"database checked, no damage and no broken reference: {opened.location}")


def cmd_seed_demo(args: argparse.Namespace) -> None:
    from console.services import demo  # noqa: PLC0415 - argon2 and the demo tables load only here

    opened = _open(args)
    try:
        with db.session_scope(opened.engine) as session:
            summary = demo.seed_demo(session, today=args.today or date.today())
    except demo.DemoRefused as exc:
        raise refused(exc, where=opened.location) from exc
    finally:
        opened.engine.dispose()
    print(
        f"demo data added to {opened.location}: {summary.persons} people, "
        f"{summary.zones} zones, {summary.shifts} shifts, {summary.signals} signals, "
        f"{summary.cases} cases"
    )
    print(f"demo accounts (password {demo.DEMO_PASSWORD!r}, for the demo only):")
    for account in demo.DEMO_ACCOUNTS:
        print(f"  {account.username:<14} {account.role}")


def cmd_export_ics(args: argparse.Namespace) -> None:
    from console.services import access  # noqa: PLC0415 - icalendar loads only here
    from console.services.planning import exports  # noqa: PLC0415 - icalendar loads only here

    if (args.first_day is None) != (args.last_day is None):
        raise CommandFailed("give both --from and --to, or neither")
    first = args.first_day or date.today() - timedelta(days=date.today().weekday())
    last = args.last_day or first + timedelta(weeks=4, days=-1)
    if not args.out.parent.is_dir():
        raise CommandFailed(f"folder does not exist: {args.out.parent}")
    request = exports.IcsRequest(first, last, args.person, args.zone, args.drafts, args.out)
    opened = _open(args)
    try:
        # Written event by event into a temporary file renamed over the target at the end.
        with db.session_scope(opened.engine) as session:
            events = exports.write_ics(session, access.COMMAND_LINE, request, args.tz, args.lang)
    except exports.ExportError as exc:
        raise refused(exc, "Nothing was written.") from exc
    except OSError as exc:
        raise CommandFailed(f"cannot write {args.out}: {exc.strerror or exc}") from exc
    finally:
        opened.engine.dispose()
    print(f"{events} shifts from {first} to {last} written to {args.out}")


def cmd_week_plan(args: argparse.Namespace) -> None:
    from console.reports import week_plan  # noqa: PLC0415 - reportlab loads only here
    from console.services import (  # noqa: PLC0415 - loads only for this command
        access,
        planning,
    )
    from console.services.planning.holidays import HolidayCalendar  # noqa: PLC0415

    holidays = HolidayCalendar(args.province, args.lang)
    opened = _open(args)
    try:
        with db.session_scope(opened.engine) as session:
            plan = planning.shifts_in_week(
                session, access.COMMAND_LINE, args.week, args.tz, holidays=holidays
            )
    finally:
        opened.engine.dispose()
    named = holidays.between(args.week, args.week + timedelta(days=6))
    pdf = week_plan.week_plan_pdf(
        plan, language=args.lang, generated_at=datetime.now(UTC), holidays=named
    )
    _write_atomically(args.out, pdf)
    days = "".join(f", {day:%d/%m} {name}" for day, name in named.items())
    print(
        f"week {args.week:%G-W%V}: {len(plan.shifts)} shifts, "
        f"{len(plan.violations)} problems{days}, written to {args.out}"
    )


def cmd_import_zones(args: argparse.Namespace) -> None:
    from console.services import access  # noqa: PLC0415
    from console.services.places import (  # noqa: PLC0415 - loads only for this command
        geojson,
        geometry,
        zones,
    )

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise CommandFailed(f"cannot read {args.file}: {exc.strerror or exc}") from exc
    try:
        parsed = geojson.parse_zone_file(data)
    except geojson.GeoJSONError as exc:
        raise refused(exc, "Nothing was imported.", where=args.file) from exc
    name_property = args.name_property or parsed.suggested_name_property()
    if name_property is None:
        available = ", ".join(parsed.property_names) or "none"
        raise CommandFailed(
            f"{args.file}: the features have no 'name' or 'nome' property; "
            f"choose one with --name-property (available: {available}); nothing imported"
        )
    opened = _open(args)
    try:
        with db.session_scope(opened.engine) as session:
            result = geojson.import_zones(session, access.COMMAND_LINE, parsed, name_property)
    except (geojson.GeoJSONError, zones.ZoneError, geometry.GeometryError) as exc:
        raise refused(exc, "Nothing was imported.", where=args.file) from exc
    finally:
        opened.engine.dispose()
    print(
        f"{len(result.names)} zones from {args.file}: {result.created} created, "
        f"{result.updated} reshaped, {result.unchanged} unchanged"
    )


def cmd_export_zones(args: argparse.Namespace) -> None:
    from console.services import access  # noqa: PLC0415
    from console.services.places import geojson  # noqa: PLC0415

    opened = _open(args)
    try:
        with db.session_scope(opened.engine) as session:
            collection = geojson.export_zones(session, access.COMMAND_LINE)
    finally:
        opened.engine.dispose()
    _write_atomically(args.out, geojson.dumps_zones(collection))
    print(f"{len(collection['features'])} active zones written to {args.out}")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS,
        help=f"database file or SQLAlchemy URL (default: ${db.ENV_VAR}, else the user data folder)",
    )
    parser = _Parser(
        prog="console-admin",
        description="Administer a Coordination Console database.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, handler: Callable[[argparse.Namespace], None], text: str) -> _Parser:
        sub = commands.add_parser(name, help=text, description=text, parents=[common])
        sub.set_defaults(handler=handler)
        return sub

    command("init", cmd_init, "Create the database, or upgrade it to the current schema.")
    command(
        "check",
        cmd_check,
        "Check the whole database file for damage and broken references (exit 0 when sound, "
        f"{EXIT_DAMAGED} naming what is wrong); opening skips this to stay fast.",
    )
    seed = command(
        "seed-demo",
        cmd_seed_demo,
        "Fill a new, empty database with the Cremona demo data (refuses any other database).",
    )
    seed.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the date the 8 demo weeks are built around (default: today)",
    )
    ics = command(
        "export-ics",
        cmd_export_ics,
        "Write shifts to an iCalendar (.ics) file for one person, one zone or the whole team.",
    )
    ics.add_argument("--out", type=Path, required=True, metavar="FILE", help="the .ics file")
    ics.add_argument("--person", type=record_id, metavar="ID", help="only this person's shifts")
    ics.add_argument("--zone", type=record_id, metavar="ID", help="only the shifts in this zone")
    ics.add_argument(
        "--from", dest="first_day", type=iso_date, metavar="DATE", help="first day (YYYY-MM-DD)"
    )
    ics.add_argument(
        "--to", dest="last_day", type=iso_date, metavar="DATE", help="last day, included"
    )
    ics.add_argument("--drafts", action="store_true", help="include draft shifts (tentative)")
    ics.add_argument(
        "--tz", type=time_zone, default=HOME_TIME_ZONE, help=f"default: {HOME_TIME_ZONE_NAME}"
    )
    ics.add_argument("--lang", choices=("it", "en"), default="it", help="text language")

    plan = command(
        "week-plan",
        cmd_week_plan,
        "Write the printable week plan (PDF, A4 landscape) of one ISO week.",
    )
    plan.add_argument(
        "--week", type=iso_week, required=True, metavar="YYYY-Www", help="e.g. 2026-W48"
    )
    plan.add_argument("--out", type=Path, required=True, metavar="FILE", help="the .pdf file")
    plan.add_argument("--lang", choices=("it", "en"), default="it", help="text language")
    plan.add_argument(
        "--tz", type=time_zone, default=HOME_TIME_ZONE, help=f"default: {HOME_TIME_ZONE_NAME}"
    )
    plan.add_argument(
        "--province",
        type=province,
        default="CR",
        metavar="CODE",
        help="whose patron saint is a holiday besides Italy's national ones (default: CR, "
        "Cremona); the holidays are named in the day headings",
    )
    zones_in = command(
        "import-zones",
        cmd_import_zones,
        "Import zones from a GeoJSON FeatureCollection in WGS84 longitude/latitude, all or "
        "nothing: a zone with the same name is reshaped, any other is created.",
    )
    zones_in.add_argument("file", type=Path, metavar="FILE", help="the .geojson file")
    zones_in.add_argument(
        "--name-property",
        metavar="P",
        help="the feature property holding each zone's name (default: name or nome)",
    )
    zones_out = command(
        "export-zones",
        cmd_export_zones,
        "Write the active zones to a GeoJSON file (WGS84 longitude/latitude) for a GIS.",
    )
    zones_out.add_argument("--out", type=Path, required=True, metavar="FILE", help="the file")
    cli_signals.register(command)
    cli_accounts.register(command)
    cli_audit.register(command)
    cli_meetings.register(command)
    cli_reports.register(command)
    cli_funding.register(command)
    cli_retention.register(command)
    cli_roster.register(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logs.setup_logging()
    if not hasattr(args, "db"):
        args.db = None
    warning = command_line_warning(args.db)
    if warning is not None:
        print(f"console-admin: warning: {warning}", file=sys.stderr)
    try:
        args.handler(args)
    except (db.DatabaseRefused, CommandFailed) as exc:
        print(f"console-admin: {_one_line(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except Refusal as exc:  # a refusal no command turned into its own words (bad input)
        print(f"console-admin: {refused(exc, 'Nothing was written.')}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("console-admin: interrupted", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # the last line of defence: a person never sees a traceback
        log.exception("console-admin %s failed", args.command)
        print(
            f"console-admin: {args.command} failed: {_one_line(exc)} "
            f"(details in {logs.log_file()})",
            file=sys.stderr,
        )
        return EXIT_FAILED
    finally:
        logs.stop_crash_traces()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
