"""The retention rules, declared once: each kind of personal record, what happens to it when its
period is over, and the example period it has until the administrator sets another.

THE DEFAULTS ARE EXAMPLES, NOT LEGAL ADVICE: the organizations' data-protection officer sets the
periods their own legal bases and records schedules require (README, "Personal data over time").

Also declared here: the legal bases under which a person's data must be kept, so that erasing
that person is refused (:data:`KEEP_FOR_BASES`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.clock import HOME_TIME_ZONE, day_start_utc
from console.models import LegalBasis, RetentionRule
from console.models.base import utcnow
from console.services.access import Action, Actor, audit, require
from console.services.changes import Area, writes
from console.services.errors import Refusal

# What anonymised text says in place of what was there.
MARKER = "[anonymised]"
MIN_MONTHS = 1
MAX_MONTHS = 1200  # a hundred years: the check on retention_rules.months


class RecordKind(enum.StrEnum):
    """The kinds of personal record with a retention period."""

    CASE_NOTES = "case_notes"
    CASES = "cases"
    PEOPLE_MET = "people_met"
    DEBRIEF_NARRATIVES = "debrief_narratives"
    ABSENCE_REASONS = "absence_reasons"
    SIGNAL_TEXT = "signal_text"
    MEETING_RESTRICTED = "meeting_restricted"
    MEETING_SHARED = "meeting_shared"
    AUDIT = "audit"


class Outcome(enum.StrEnum):
    ANONYMISED = "anonymised"  # the text replaced by the marker; dates, zones, kinds, counts kept
    REMOVED = "removed"  # the text removed (absence reasons), or rows removed (consents)
    KEPT = "kept"  # past its period but not touched by a run (the audit log: see below)


@dataclass(frozen=True)
class Declared:
    """One kind's rule: its example period, what a run does, and what it covers (English, for
    the command line; the window says the same in its own words)."""

    kind: RecordKind
    example_months: int
    outcome: Outcome
    covers: str


DECLARED: dict[RecordKind, Declared] = {
    d.kind: d
    for d in (
        Declared(
            RecordKind.CASE_NOTES,
            60,
            Outcome.ANONYMISED,
            "notes of cases closed longer ago than the period",
        ),
        Declared(
            RecordKind.CASES,
            60,
            Outcome.ANONYMISED,
            "titles and referral reasons of cases closed longer ago than the period",
        ),
        Declared(
            RecordKind.PEOPLE_MET,
            60,
            Outcome.ANONYMISED,
            "people met with no case open or closed within the period and not met in it: "
            "nickname, name, description and references anonymised, consents and amendments "
            "removed",
        ),
        Declared(
            RecordKind.DEBRIEF_NARRATIVES,
            24,
            Outcome.ANONYMISED,
            "outcome and follow-up text of debriefs older than the period (counts kept)",
        ),
        Declared(
            RecordKind.ABSENCE_REASONS,
            6,
            Outcome.REMOVED,
            "the note of absences that ended longer ago than the period (the kind is kept)",
        ),
        Declared(
            RecordKind.SIGNAL_TEXT,
            24,
            Outcome.ANONYMISED,
            "summary and source of signals older than the period (kind, zone, category kept)",
        ),
        Declared(
            RecordKind.MEETING_RESTRICTED,
            24,
            Outcome.ANONYMISED,
            "decisions, actions and minutes for one organization or social services, of "
            "meetings held longer ago than the period (open actions are kept)",
        ),
        Declared(
            RecordKind.MEETING_SHARED,
            60,
            Outcome.ANONYMISED,
            "shared decisions, actions, minutes and case agenda items of meetings held longer "
            "ago than the period (open actions are kept)",
        ),
        Declared(
            RecordKind.AUDIT,
            120,
            Outcome.KEPT,
            "audit entries older than the period: counted, never removed by a run (the log is "
            "a hash chain; export it with audit-export and archive it by your own rules)",
        ),
    )
}

# Erasing a person met is refused while a consent row records one of these bases and has not
# been withdrawn: the organization it was shared with must keep the record.
KEEP_FOR_BASES: frozenset[LegalBasis] = frozenset({LegalBasis.LEGAL_OBLIGATION})


class RetentionError(Refusal):
    """A retention setting or run refused; nothing was written."""


@dataclass(frozen=True)
class RuleRow:
    kind: RecordKind
    months: int
    example_months: int
    outcome: Outcome
    covers: str

    @property
    def is_example(self) -> bool:
        return self.months == self.example_months


def months_before(day: date, months: int) -> date:
    """``day`` moved back ``months`` calendar months (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover - day 28 exists in every month


def cutoff(as_of: date, months: int) -> datetime:
    """The moment a record older than ``months`` before ``as_of`` expires: the start of that
    local day, in UTC."""
    return day_start_utc(months_before(as_of, months), HOME_TIME_ZONE)


def current_months(session: Session) -> dict[RecordKind, int]:
    """Each kind's period in months: the administrator's, else the example."""
    stored = {
        row.kind: row.months
        for row in session.scalars(select(RetentionRule))
        if row.kind in RecordKind._value2member_map_
    }
    return {kind: stored.get(kind.value, d.example_months) for kind, d in DECLARED.items()}


def retention_rules(session: Session, actor: Actor) -> tuple[RuleRow, ...]:
    """The rules as they apply now. Needs ``MANAGE_RETENTION``."""
    require(actor, Action.MANAGE_RETENTION)
    months = current_months(session)
    return tuple(
        RuleRow(kind, months[kind], d.example_months, d.outcome, d.covers)
        for kind, d in DECLARED.items()
    )


def longest_data_months(months: dict[RecordKind, int]) -> int:
    """The longest period of the kinds a run anonymises (the audit log aside)."""
    return max(m for kind, m in months.items() if kind is not RecordKind.AUDIT)


@writes(Area.SETTINGS, ids=lambda rows: None)
def set_retention_rules(
    session: Session, actor: Actor, months: dict[RecordKind, int]
) -> tuple[RuleRow, ...]:
    """Store the administrator's periods (kinds left out keep theirs); audited with the
    periods. Refuses a period out of 1..1200 months (``retention_months_out_of_range``), and an
    audit period shorter than a period of the data it describes
    (``retention_audit_too_short``)."""
    require(actor, Action.MANAGE_RETENTION)
    wanted = {**current_months(session), **months}
    for kind, value in months.items():
        if not MIN_MONTHS <= value <= MAX_MONTHS:
            raise RetentionError(
                "retention_months_out_of_range",
                "the period of {kind} must be from {low} to {high} months, not {months}",
                kind=RecordKind(kind).value,
                low=MIN_MONTHS,
                high=MAX_MONTHS,
                months=value,
            )
    longest = longest_data_months(wanted)
    if wanted[RecordKind.AUDIT] < longest:
        raise RetentionError(
            "retention_audit_too_short",
            "audit entries must be kept at least as long as the data they describe "
            "({months} months)",
            months=longest,
        )
    changed: dict[str, list[int]] = {}
    before = current_months(session)
    stored = {row.kind: row for row in session.scalars(select(RetentionRule))}
    for kind, value in months.items():
        if before[kind] == value:
            continue
        changed[kind.value] = [before[kind], value]
        row = stored.get(kind.value)
        if row is None:
            session.add(RetentionRule(kind=kind.value, months=value, changed_by_id=actor.user_id))
        else:
            row.months = value
            row.changed_by_id = actor.user_id
            row.changed_at = utcnow()
    if changed:
        session.flush()
        audit.record(
            session,
            actor,
            audit.AuditAction.UPDATE,
            entity="retention_rules",
            details={"changes": changed},
        )
    return retention_rules(session, actor)
