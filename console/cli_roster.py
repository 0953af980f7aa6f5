"""console-admin propose-week: a proposal of the week's roster (the solver's), printed, saved
as JSON and, when asked, written as drafts in one step."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from console import db, files
from console.cli_common import CommandFailed, iso_week, open_database, province, refused, time_zone
from console.clock import HOME_TIME_ZONE, HOME_TIME_ZONE_NAME
from console.models import Role

MAX_TIME_LIMIT = 600


def _seconds(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 1 <= value <= MAX_TIME_LIMIT:
        raise argparse.ArgumentTypeError(f"the time limit must be 1 to {MAX_TIME_LIMIT} seconds")
    return value


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 0 <= value < 2**31:
        raise argparse.ArgumentTypeError("the seed must be from 0 to 2147483647")
    return value


def cmd_propose_week(args: argparse.Namespace) -> None:
    from console.services import access, roster  # noqa: PLC0415 - loads only for this command
    from console.services.planning.holidays import HolidayCalendar  # noqa: PLC0415
    from console.services.roster.export import proposal_data  # noqa: PLC0415

    if args.json is not None and not args.json.parent.is_dir():
        raise CommandFailed(f"folder does not exist: {args.json.parent}; nothing was written")
    weights = roster.RosterWeights()
    weights = type(weights)(
        **{
            **weights.as_dict(),
            "time_limit_seconds": float(args.time_limit or weights.time_limit_seconds),
            "seed": weights.seed if args.seed is None else args.seed,
        }
    )
    # The command line plans as a coordinator would (the access table's planners).
    planner = access.Actor(
        user_id=None,
        person_id=None,
        organization_id=None,
        role=Role.COORDINATOR,
        username="console-admin",
    )
    opened = open_database(args)
    try:
        with db.session_scope(opened.engine) as session:
            proposal = roster.propose_week(
                session,
                planner,
                args.week,
                args.tz,
                weights=weights,
                holidays=HolidayCalendar(args.province, args.lang),
            )
            applied = None
            if args.apply and proposal.status in (
                roster.SolverStatus.OPTIMAL,
                roster.SolverStatus.FEASIBLE,
                roster.SolverStatus.EMPTY,  # nothing to write, and nothing wrong
            ):
                applied = roster.apply_proposal(session, planner, proposal)
            if args.json is not None:
                content = json.dumps(proposal_data(proposal), ensure_ascii=False, indent=2)
                try:
                    files.write_atomically(args.json, (content + "\n").encode("utf-8"))
                except OSError as exc:
                    raise CommandFailed(
                        f"cannot write {args.json}: {exc.strerror or exc}; nothing was written"
                    ) from exc
    except (roster.RosterError, access.PermissionDenied) as exc:
        raise refused(exc, "Nothing was written.") from exc
    finally:
        opened.engine.dispose()
    _print(proposal, args.lang)
    if args.apply:
        if applied is None:
            raise CommandFailed(f"no proposal to apply ({proposal.status}); nothing was written")
        print(
            f"applied as drafts: {len(applied.created_shift_ids)} new shifts, "
            f"{len(applied.restaffed)} drafts restaffed"
        )
    if args.json is not None:
        print(f"proposal written to {args.json}")


def _print(proposal: object, language: str) -> None:
    from console.services.roster import Proposal  # noqa: PLC0415

    assert isinstance(proposal, Proposal)
    placed = sum(1 for s in proposal.shifts if s.person_ids)
    print(
        f"week {proposal.monday:%G-W%V}: {proposal.status}, {len(proposal.shifts)} outings "
        f"({placed} staffed, {len(proposal.changes)} changes), {len(proposal.unfilled)} empty "
        f"places, cost {'–' if proposal.objective is None else proposal.objective}, "
        f"{proposal.wall_time_seconds:.2f} s, "
        f"seed {proposal.seed}"
    )
    for unfilled in proposal.unfilled:
        print(f"  {unfilled.text(language)}")


def register(
    command: Callable[[str, Callable[[argparse.Namespace], None], str], argparse.ArgumentParser],
) -> None:
    """Add propose-week through the parser's ``command()`` factory."""
    propose = command(
        "propose-week",
        cmd_propose_week,
        "Propose the roster of one ISO week (the demand patterns and the drafts, staffed by the "
        "rules, fairly, where pressure is), print it with a reason for every empty place, and "
        "optionally save it as JSON or write it as drafts.",
    )
    propose.add_argument(
        "--week", type=iso_week, required=True, metavar="YYYY-Www", help="e.g. 2026-W50"
    )
    propose.add_argument(
        "--apply", action="store_true", help="write the proposal as drafts (one audited step)"
    )
    propose.add_argument(
        "--json",
        type=Path,
        metavar="FILE",
        help="save the proposal (assignments, empty places "
        "with reasons, penalties, solver status) as JSON",
    )
    propose.add_argument("--lang", choices=("it", "en"), default="it", help="text language")
    propose.add_argument(
        "--tz", type=time_zone, default=HOME_TIME_ZONE, help=f"default: {HOME_TIME_ZONE_NAME}"
    )
    propose.add_argument(
        "--province",
        type=province,
        default="CR",
        metavar="CODE",
        help="whose patron saint is a holiday (default: CR); demand is not planned on holidays",
    )
    propose.add_argument(
        "--time-limit", type=_seconds, metavar="SECONDS", help="the solver's limit (default 20)"
    )
    propose.add_argument(
        "--seed", type=_seed, metavar="N", help="the solver's random seed (default: fixed)"
    )
