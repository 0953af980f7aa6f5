"""console-admin import-signals: a CSV file of signals imported all or nothing, or only checked
(``--dry-run``), for scripts that fetch a portal's open data or a partner's export every night.

The file is read as the map's import reads it (encodings, ``sep=`` line, Italian headers,
unknown columns left out); any bad row refuses the whole file, in one line naming the first.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from console import db
from console.cli_common import CommandFailed, open_database, refused, time_zone
from console.clock import HOME_TIME_ZONE, HOME_TIME_ZONE_NAME

if TYPE_CHECKING:
    from console.services.places.signals import CsvPreview


def cmd_import_signals(args: argparse.Namespace) -> None:
    from console.services.access import COMMAND_LINE  # noqa: PLC0415
    from console.services.places import signals  # noqa: PLC0415 - loads only for this command

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise CommandFailed(f"cannot read {args.file}: {exc.strerror or exc}") from exc
    opened = open_database(args)
    try:
        with db.session_scope(opened.engine) as session:
            preview = signals.preview_signal_csv(
                session, COMMAND_LINE, data, time_zone=args.tz, file_name=args.file.name
            )
            if preview.errors:
                raise _rows_refused(preview, args.file)
            if not preview.rows:
                raise signals.SignalError(
                    "signal_import_empty", "the file has no signals to import"
                )
            # The preview writes nothing: a dry run stops there.
            count = (
                len(preview.rows)
                if args.dry_run
                else signals.import_signals(session, COMMAND_LINE, preview)
            )
    except (signals.CsvError, signals.SignalError) as exc:
        raise refused(exc, "Nothing was imported.", where=args.file) from exc
    finally:
        opened.engine.dispose()
    left_out = ", ".join(preview.ignored_columns)
    note = f" (columns left out: {left_out})" if left_out else ""
    if args.dry_run:
        print(f"{args.file}: {count} signals ready to import; dry run, nothing written{note}")
    else:
        print(f"{args.file}: {count} signals imported{note}")


def _rows_refused(preview: CsvPreview, path: Path) -> CommandFailed:
    """The first bad row of ``preview``, in one line with how many more there are."""
    first = preview.errors[0]
    others = len(preview.errors) - 1
    more = f"{others} more row{'s' if others != 1 else ''} with errors. " if others else ""
    return refused(first.error, f"{more}Nothing was imported.", where=f"{path}, line {first.line}")


def register(
    command: Callable[[str, Callable[[argparse.Namespace], None], str], argparse.ArgumentParser],
) -> None:
    """Add import-signals through the parser's ``command()`` factory."""
    signals_in = command(
        "import-signals",
        cmd_import_signals,
        "Import signals from a CSV file, all or nothing: UTF-8, UTF-16 or Windows-1252 text, "
        "values separated by ';' or ',' (or as a first line 'sep=' says), English or Italian "
        "headers; other columns are left out.",
    )
    signals_in.add_argument("file", type=Path, metavar="FILE", help="the .csv file")
    signals_in.add_argument(
        "--dry-run",
        action="store_true",
        help="check every row and print how many would be imported; write nothing",
    )
    signals_in.add_argument(
        "--tz",
        type=time_zone,
        default=HOME_TIME_ZONE,
        help=f"time zone of times without an offset (default: {HOME_TIME_ZONE_NAME})",
    )
