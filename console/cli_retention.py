"""console-admin commands for personal data over time: retention (preview or run what expired),
subject-export (a person's own data, PDF or JSON), subject-rectify and subject-erase."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from console import db
from console.cli_common import CommandFailed, iso_date, open_database, record_id, refused


def _plan_lines(plan: object, verb: str) -> list[str]:
    from console.services.retention.rules import Outcome  # noqa: PLC0415

    lines = []
    for k in plan.kinds:  # type: ignore[attr-defined]
        before = k.day.isoformat()
        what = "kept (not removed by a run)" if k.outcome is Outcome.KEPT else f"{verb}"
        lines.append(
            f"{k.kind.value}: {k.count} {what} — {k.covers}; period {k.months} months, "
            f"expired before {before}"
        )
    return lines


def cmd_retention(args: argparse.Namespace) -> None:
    from console.services import access  # noqa: PLC0415
    from console.services.retention import run  # noqa: PLC0415

    as_of = args.as_of or date.today()
    opened = open_database(args)
    try:
        if args.dry_run:
            with db.read_scope(opened.engine) as session:
                plan = run.preview_retention(session, access.COMMAND_LINE, as_of)
            print(f"retention preview as of {as_of} (nothing was changed):")
            for line in _plan_lines(plan, "would be anonymised"):
                print(f"  {line}")
            print(f"{plan.total} records would change; run with --apply to change them")
            return
        with db.session_scope(opened.engine) as session:
            plan = run.apply_retention(session, access.COMMAND_LINE, as_of)
        cleanup = run.finish_run(opened.engine, as_of, db.sqlite_file(opened.url))
    except access.PermissionDenied as exc:
        raise refused(exc, "Nothing was changed.") from exc
    finally:
        opened.engine.dispose()
    print(f"retention run as of {as_of}:")
    for line in _plan_lines(plan, "anonymised"):
        print(f"  {line}")
    print(f"{plan.total} records changed; the database files were compacted")
    for removed in cleanup.backups_removed:
        print(f"old backup removed: {removed}")


def cmd_subject_export(args: argparse.Namespace) -> None:
    from console.services import access  # noqa: PLC0415
    from console.services.cases.case_common import CaseworkError  # noqa: PLC0415
    from console.services.errors import Refusal  # noqa: PLC0415
    from console.services.retention import printout  # noqa: PLC0415

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".json"):
        raise CommandFailed(f"--out must name a .pdf or .json file, not {args.out.name!r}")
    if not args.out.parent.is_dir():
        raise CommandFailed(f"folder does not exist: {args.out.parent}")
    opened = open_database(args)
    try:
        with db.session_scope(opened.engine) as session:
            export = printout.write_subject_export(
                session, access.COMMAND_LINE, args.subject, args.reason, args.out, args.lang
            )
    except OSError as exc:
        raise CommandFailed(f"cannot write {args.out}: {exc.strerror or exc}") from exc
    except (CaseworkError, Refusal, access.PermissionDenied) as exc:
        raise refused(exc, "Nothing was written.") from exc
    finally:
        opened.engine.dispose()
    print(
        f"person met {export.subject_id}: profile, {len(export.consents)} consents, "
        f"{len(export.cases)} cases, {sum(len(c.notes) for c in export.cases)} notes, "
        f"{len(export.readings)} readings written to {args.out}"
    )


def cmd_subject_rectify(args: argparse.Namespace) -> None:
    from console.services import access  # noqa: PLC0415
    from console.services.errors import Refusal  # noqa: PLC0415
    from console.services.retention import erasure  # noqa: PLC0415

    changes: dict[str, object] = {
        field: getattr(args, field)
        for field in erasure.RECTIFIABLE
        if getattr(args, field) is not None
    }
    if not changes:
        raise CommandFailed(
            "give at least one of --alias, --description, --full-name, --birth-year"
        )
    opened = open_database(args)
    try:
        with db.session_scope(opened.engine) as session:
            done = erasure.rectify_subject(
                session, access.COMMAND_LINE, args.subject, changes, args.reason
            )
    except (Refusal, access.PermissionDenied) as exc:
        raise refused(exc, "Nothing was changed.") from exc
    finally:
        opened.engine.dispose()
    print(
        f"person met {done.subject_id} corrected: {len(done.amendment_ids)} amendments keep "
        "the values before"
    )


def cmd_subject_erase(args: argparse.Namespace) -> None:
    from console.services import access  # noqa: PLC0415
    from console.services.errors import Refusal  # noqa: PLC0415
    from console.services.retention import erasure  # noqa: PLC0415

    opened = open_database(args)
    try:
        with db.session_scope(opened.engine) as session:
            done = erasure.erase_subject(session, access.COMMAND_LINE, args.subject, args.reason)
        db.compact(opened.engine, ("subjects", "consents", "cases", "case_notes", "referrals"))
    except (Refusal, access.PermissionDenied) as exc:
        raise refused(exc, "Nothing was changed.") from exc
    finally:
        opened.engine.dispose()
    print(
        f"person met {done.subject_id} erased: {done.cases} cases, {done.notes} notes, "
        f"{done.consents} consents, {done.amendments} amendments anonymised or removed"
    )


def _year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None


def register(
    command: Callable[[str, Callable[[argparse.Namespace], None], str], argparse.ArgumentParser],
) -> None:
    """Add the retention commands through the parser's ``command()`` factory."""
    retention = command(
        "retention",
        cmd_retention,
        "Preview (--dry-run) or run (--apply) the retention rules: what expired by a day is "
        "anonymised in one transaction, keeping dates, zones, kinds and counts; the audit gets "
        "the counts; the files are compacted and backups older than the longest period removed.",
    )
    mode = retention.add_mutually_exclusive_group(required=True)
    mode.add_argument("--dry-run", action="store_true", help="count only, change nothing")
    mode.add_argument("--apply", action="store_true", help="anonymise what expired")
    retention.add_argument(
        "--as-of", type=iso_date, metavar="DATE", help="the day to count from (default: today)"
    )
    export = command(
        "subject-export",
        cmd_subject_export,
        "Write everything held about one person met, for them (subject access): profile, "
        "consents, their cases with notes and referrals, the outings they were met on, and who "
        "read their data and why, notes of every audience included: the administrator's task "
        "(the data-protection officer). Audited with the reason.",
    )
    export.add_argument("--subject", type=record_id, required=True, metavar="ID")
    export.add_argument("--reason", required=True, help="why (e.g. the request's reference)")
    export.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="the .pdf or .json file"
    )
    export.add_argument("--lang", choices=("it", "en"), default="it", help="PDF language")
    rectify = command(
        "subject-rectify",
        cmd_subject_rectify,
        "Correct a person met's profile; each value before is kept in an amendment.",
    )
    rectify.add_argument("--subject", type=record_id, required=True, metavar="ID")
    rectify.add_argument("--reason", required=True, help="why the correction")
    rectify.add_argument("--alias", help="the corrected nickname")
    rectify.add_argument("--description", help="the corrected description")
    rectify.add_argument("--full-name", dest="full_name", help="the corrected full name")
    rectify.add_argument("--birth-year", dest="birth_year", type=_year, help="the corrected year")
    erase = command(
        "subject-erase",
        cmd_subject_erase,
        "Erase a person met: profile, consents, amendments, their cases' titles, notes and "
        "referral reasons, in one audited step; refused while a legal obligation to keep applies.",
    )
    erase.add_argument("--subject", type=record_id, required=True, metavar="ID")
    erase.add_argument("--reason", required=True, help="why (e.g. the request's reference)")
