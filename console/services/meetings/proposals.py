"""What the data proposes for a meeting's agenda, in the order it is discussed, and the planning
problems of a week. Reads only: :func:`agenda.propose_agenda` adds what is not there yet.

The order: every action still open from earlier meetings (none is lost between meetings);
zones above their review threshold over the last four weeks, then zones whose pressure rose
while presence fell since the last meeting; cases due for review by the meeting's day, then
high-priority open cases; referrals waiting for an answer, then referrals declined since the
last meeting; last, the problems of the week after the meeting. A subject (zone, case,
referral, action, week) is proposed once, for its first reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from console.models import (
    ActionItem,
    ActionStatus,
    AgendaKind,
    Case,
    CaseStatus,
    Meeting,
    Organization,
    Priority,
    Referral,
    ReferralStatus,
    ShiftStatus,
    SignalKind,
    Visibility,
)
from console.services.access import Actor
from console.services.meetings.common import local_day, organization_names, person_names
from console.services.meetings.meetings import last_meeting_before
from console.services.places import indicators
from console.services.planning import rules, week
from console.services.text_rules import LIMITS, TextField

THRESHOLD_DAYS = 28  # zones are flagged on the last four weeks, as the map shows them
DEFAULT_SINCE = timedelta(days=28)  # "since the last meeting" when there was none
MAX_TITLE = LIMITS[TextField.AGENDA_TITLE]  # agenda_items.title
# (kind, zone, case, referral, action, week): what an agenda item is about.
Key = tuple[AgendaKind, int | None, int | None, int | None, int | None, date | None]


@dataclass(frozen=True)
class Proposal:
    kind: AgendaKind
    reason: str
    title: str
    zone_id: int | None = None
    case_id: int | None = None
    referral_id: int | None = None
    action_item_id: int | None = None
    week_monday: date | None = None

    @property
    def key(self) -> Key:
        return key_of(self)


def key_of(item: object) -> Key:
    """What an agenda item (or a proposal) is about: two items with the same key are one."""
    return (
        AgendaKind(item.kind),  # type: ignore[attr-defined]
        item.zone_id,  # type: ignore[attr-defined]
        item.case_id,  # type: ignore[attr-defined]
        item.referral_id,  # type: ignore[attr-defined]
        item.action_item_id,  # type: ignore[attr-defined]
        item.week_monday,  # type: ignore[attr-defined]
    )


@dataclass(frozen=True)
class WeekProblems:
    """What the planning of a week still lacks (counts; the calendar shows which shifts)."""

    monday: date
    no_educator: int  # joint shifts without an educator
    no_officer: int  # joint shifts without an officer
    drafts: int  # shifts not published yet
    other_violations: int  # overlaps, absences, rest, weekly hours

    @property
    def total(self) -> int:
        return self.no_educator + self.no_officer + self.drafts + self.other_violations


_COUNTED_APART = frozenset(
    {rules.ViolationKind.NO_EDUCATOR, rules.ViolationKind.NO_OFFICER, rules.ViolationKind.HOLIDAY}
)


def week_problems(session: Session, actor: Actor, monday: date, tz: ZoneInfo) -> WeekProblems:
    """The planning problems of the local week of ``monday`` (the calendar's rules)."""
    plan = week.shifts_in_week(session, actor, monday, tz)
    kinds = [v.kind for v in plan.violations]
    return WeekProblems(
        monday=monday,
        no_educator=kinds.count(rules.ViolationKind.NO_EDUCATOR),
        no_officer=kinds.count(rules.ViolationKind.NO_OFFICER),
        drafts=sum(1 for s in plan.shifts if s.status is ShiftStatus.DRAFT),
        # A shift on a holiday is a warning for the planner, not something the week lacks.
        other_violations=sum(1 for k in kinds if k not in _COUNTED_APART),
    )


def propose(
    session: Session,
    actor: Actor,
    meeting: Meeting,
    today: date,
    tz: ZoneInfo,
    *,
    weights: Mapping[SignalKind, float],
) -> list[Proposal]:
    """Every item the data proposes for ``meeting``, in order, each subject once."""
    day = local_day(meeting, tz)
    last = last_meeting_before(session, meeting.held_at)
    since = last.astimezone(tz).date() if last is not None else today - DEFAULT_SINCE
    found = [
        *_open_actions(session, meeting),
        *_zones(session, actor, today, since, tz, weights),
        *_cases(session, day),
        *_referrals(session, last or _start_of(since, tz)),
        *_planning(session, actor, day, tz),
    ]
    seen: set[tuple[int | None, ...]] = set()
    unique = []
    for proposal in found:
        subject = proposal.key[1:]
        if subject not in seen:
            seen.add(subject)
            unique.append(proposal)
    return unique


def _start_of(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, datetime.min.time(), tz)


def _open_actions(session: Session, meeting: Meeting) -> list[Proposal]:
    """One item per action still open from a meeting held before this one."""
    actions = session.scalars(
        select(ActionItem)
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
        .where(
            ActionItem.status == ActionStatus.OPEN,
            Meeting.id != meeting.id,
            Meeting.held_at < meeting.held_at,
        )
        .order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)
    ).all()
    owners = person_names(session, (a.owner_id for a in actions))
    agencies = organization_names(session, (a.organization_id for a in actions))
    proposals = []
    for action in actions:
        if action.audience is Visibility.SHARED:
            title = action.text
        else:  # the text is not for every reader of the agenda: who and which agency
            who = [owners.get(action.owner_id or 0), agencies.get(action.organization_id or 0)]
            title = " · ".join(part for part in who if part)
        proposals.append(
            Proposal(
                AgendaKind.ACTIONS,
                "action_open",
                _short(title),
                case_id=action.case_id,
                action_item_id=action.id,
            )
        )
    return proposals


def _zones(  # noqa: PLR0917 - the meeting's days and the map's settings
    session: Session,
    actor: Actor,
    today: date,
    since: date,
    tz: ZoneInfo,
    weights: Mapping[SignalKind, float],
) -> list[Proposal]:
    recent = indicators.zone_indicators(
        session, actor, today - timedelta(days=THRESHOLD_DAYS - 1), today, weights, tz
    )
    proposals = [
        Proposal(AgendaKind.ZONE, "zone_threshold", z.zone_name, zone_id=z.zone_id)
        for z in recent
        if z.flagged
    ]
    if since < today:
        days = (today - since).days
        after = indicators.zone_indicators(session, actor, since, today, weights, tz)
        before = {
            z.zone_id: z
            for z in indicators.zone_indicators(
                session,
                actor,
                since - timedelta(days=days + 1),
                since - timedelta(days=1),
                weights,
                tz,
            )
        }
        for z in after:
            earlier = before.get(z.zone_id)
            if (
                earlier is not None
                and z.pressure > earlier.pressure
                and z.presence_hours < earlier.presence_hours
            ):
                proposals.append(
                    Proposal(
                        AgendaKind.ZONE, "zone_pressure_rising", z.zone_name, zone_id=z.zone_id
                    )
                )
    return proposals


def _cases(session: Session, day: date) -> list[Proposal]:
    open_cases = Case.status != CaseStatus.CLOSED
    due = session.execute(
        select(Case.id, Case.title)
        .where(open_cases, Case.next_review_on <= day)
        .order_by(Case.next_review_on, Case.id)
    ).all()
    high = session.execute(
        select(Case.id, Case.title)
        .where(open_cases, Case.priority == Priority.HIGH)
        .order_by(Case.next_review_on.is_(None), Case.next_review_on, Case.id)
    ).all()
    return [
        *(Proposal(AgendaKind.CASE, "case_review_due", _short(t), case_id=i) for i, t in due),
        *(Proposal(AgendaKind.CASE, "case_high_priority", _short(t), case_id=i) for i, t in high),
    ]


def _referrals(session: Session, since: datetime) -> list[Proposal]:
    sender, receiver = aliased(Organization), aliased(Organization)
    rows = session.execute(
        select(
            Referral.id,
            Referral.case_id,
            Referral.status,
            Case.title,
            sender.short_name.label("sender"),
            receiver.short_name.label("receiver"),
        )
        .join(Case, Case.id == Referral.case_id)
        .join(sender, sender.id == Referral.from_organization_id)
        .join(receiver, receiver.id == Referral.to_organization_id)
        .where(
            (Referral.status == ReferralStatus.SENT)
            | ((Referral.status == ReferralStatus.DECLINED) & (Referral.answered_at >= since))
        )
        .order_by(Referral.sent_at, Referral.id)
    ).all()
    waiting = [r for r in rows if r.status is ReferralStatus.SENT]
    declined = [r for r in rows if r.status is ReferralStatus.DECLINED]
    return [
        Proposal(
            AgendaKind.REFERRAL,
            "referral_waiting" if r.status is ReferralStatus.SENT else "referral_declined",
            _short(f"{r.title} · {r.sender} → {r.receiver}"),
            case_id=r.case_id,
            referral_id=r.id,
        )
        for r in [*waiting, *declined]
    ]


def _planning(session: Session, actor: Actor, day: date, tz: ZoneInfo) -> list[Proposal]:
    monday = week.monday_of(day) + timedelta(days=7)
    problems = week_problems(session, actor, monday, tz)
    if not problems.total:
        return []
    year, number, _ = monday.isocalendar()
    return [
        Proposal(
            AgendaKind.PLANNING,
            "planning_problems",
            f"{year}-W{number:02d}",
            week_monday=monday,
        )
    ]


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TITLE else text[: MAX_TITLE - 1] + "…"
