"""The grouped SQL behind a summary: every figure of a period, per zone, in a fixed number of
queries bounded by the period's indexed time columns (whatever the amount of data).

Nothing here is suppressed yet: these are the true counts, kept inside the service.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from console.models import (
    ActionItem,
    ActionStatus,
    Case,
    CaseStatus,
    Identification,
    Intervention,
    InterventionParticipant,
    InterventionSubject,
    Meeting,
    MeetingStatus,
    Organization,
    Person,
    Referral,
    ReferralStatus,
    Shift,
    ShiftKind,
    ShiftStatus,
    Signal,
    SignalKind,
    Subject,
)
from console.services.cases.debriefs import AGE_BANDS, GENDERS
from console.services.places import aggregates
from console.services.places.aggregates import hours_between

NOT_RECORDED = "not_recorded"  # contacts of a debrief without (or beyond) its breakdown
NO_ZONE = None  # cases and referrals without a zone count in the totals only


@dataclass
class RawZone:
    """The true figures of one zone (or of the cases without one) in one period."""

    joint: Counter[ShiftStatus] = field(default_factory=Counter)
    joint_to_debrief: int = 0  # of joint[PUBLISHED]: those over by "now", not debriefed yet
    outings: int = 0
    outing_hours: float = 0.0
    contacts: int = 0
    by_age: Counter[str] = field(default_factory=Counter)
    by_gender: Counter[str] = field(default_factory=Counter)
    person_hours: Counter[str] = field(default_factory=Counter)  # organization name -> hours
    met: Counter[Identification] = field(default_factory=Counter)  # distinct people by stage
    cases_opened: int = 0
    cases_closed: int = 0
    cases_active: int = 0
    referrals_by_status: Counter[ReferralStatus] = field(default_factory=Counter)
    referrals_by_organization: Counter[str] = field(default_factory=Counter)
    signals: dict[SignalKind, int] = field(default_factory=lambda: dict.fromkeys(SignalKind, 0))
    shift_hours: float = 0.0  # joint, published or done (the map's presence)
    own_debrief_hours: float = 0.0  # debriefs not of one of those shifts

    @property
    def presence_hours(self) -> float:
        return self.shift_hours + self.own_debrief_hours


@dataclass(frozen=True)
class RawPeriod:
    """The true figures of a period per zone id (``None``: cases and referrals without a
    zone), and the people met in the whole scope by stage (a person met in two zones is one
    person: the zones' counts do not add up to it)."""

    zones: dict[int | None, RawZone]
    met: Counter[Identification]


@dataclass(frozen=True)
class RawMeetings:
    held: int
    actions: dict[ActionStatus, int]  # of the meetings held in the period, as they stand now


def _zone_filter(column: Any, zone_ids: Sequence[int] | None) -> Any:
    return True if zone_ids is None else column.in_(list(zone_ids))


def raw_period(
    session: Session,
    first: datetime,
    last: datetime,
    zone_ids: Sequence[int] | None,
    now: datetime,
) -> RawPeriod:
    """The true figures per zone id (``None``: cases and referrals without a zone) for
    [first, last) (aware UTC); ``zone_ids`` None means every zone; published shifts ended by
    ``now`` are "to debrief". Nine grouped queries."""
    zones: dict[int | None, RawZone] = defaultdict(RawZone)
    in_period = and_(Intervention.started_at >= first, Intervention.started_at < last)

    over = case((and_(Shift.status == ShiftStatus.PUBLISHED, Shift.ends_at <= now), 1), else_=0)
    shifts = (
        select(Shift.zone_id, Shift.status, func.count(), func.sum(over))
        .where(
            Shift.starts_at >= first,
            Shift.starts_at < last,
            Shift.kind == ShiftKind.JOINT,
            _zone_filter(Shift.zone_id, zone_ids),
        )
        .group_by(Shift.zone_id, Shift.status)
    )
    for zone_id, status, n, ended in session.execute(shifts):
        zones[zone_id].joint[ShiftStatus(status)] += n
        zones[zone_id].joint_to_debrief += int(ended or 0)

    # The debriefs: count, hours, contacts and their breakdown, and the hours not of a
    # presence shift (the map's presence), in one pass over the period's debriefs.
    hours = hours_between(Intervention.started_at, Intervention.ended_at)
    breakdown = _breakdown_sums()
    outings = (
        select(
            Intervention.zone_id,
            func.count(),
            func.sum(hours),
            func.sum(Intervention.contacts_count),
            func.sum(
                case(
                    (and_(Intervention.shift_id.is_not(None), aggregates.presence_shift()), 0.0),
                    else_=hours,
                )
            ),
            *(func.sum(column) for _, _, column in breakdown),
        )
        .outerjoin(Shift, Shift.id == Intervention.shift_id)
        .where(in_period, _zone_filter(Intervention.zone_id, zone_ids))
        .group_by(Intervention.zone_id)
    )
    for zone_id, n, total_hours, contacts, own, *groups in session.execute(outings):
        zone = zones[zone_id]
        zone.outings, zone.outing_hours, zone.contacts = (
            n,
            float(total_hours or 0),
            int(contacts or 0),
        )
        zone.own_debrief_hours = float(own or 0)
        for (part, group, _), value in zip(breakdown, groups, strict=True):
            (zone.by_age if part == "age_band" else zone.by_gender)[group] += int(value or 0)

    person_hours = (
        select(Intervention.zone_id, Organization.name, func.sum(hours))
        .join(InterventionParticipant, InterventionParticipant.intervention_id == Intervention.id)
        .join(Person, Person.id == InterventionParticipant.person_id)
        .join(Organization, Organization.id == Person.organization_id)
        .where(in_period, _zone_filter(Intervention.zone_id, zone_ids))
        .group_by(Intervention.zone_id, Organization.name)
    )
    for zone_id, name, total in session.execute(person_hours):
        zones[zone_id].person_hours[name] += float(total or 0)

    # People met: distinct per zone by stage, and distinct in the whole scope by stage.
    linked = (
        select(Intervention.zone_id, Subject.id.label("subject"), Subject.identification)
        .join(InterventionSubject, InterventionSubject.intervention_id == Intervention.id)
        .join(Subject, Subject.id == InterventionSubject.subject_id)
        .where(in_period, _zone_filter(Intervention.zone_id, zone_ids))
        .subquery()
    )
    per_zone = select(
        linked.c.zone_id, linked.c.identification, func.count(linked.c.subject.distinct())
    ).group_by(linked.c.zone_id, linked.c.identification)
    for zone_id, stage, n in session.execute(per_zone):
        zones[zone_id].met[Identification(stage)] += n
    scope_met: Counter[Identification] = Counter()
    whole = select(linked.c.identification, func.count(linked.c.subject.distinct())).group_by(
        linked.c.identification
    )
    for stage, n in session.execute(whole):
        scope_met[Identification(stage)] += n

    closed_before_end = or_(
        Case.closed_at < last, and_(Case.status == CaseStatus.CLOSED, Case.closed_at.is_(None))
    )
    cases = (
        select(
            Case.zone_id,
            func.sum(case((Case.opened_at >= first, 1), else_=0)),
            func.sum(case((and_(Case.closed_at >= first, Case.closed_at < last), 1), else_=0)),
            func.sum(case((closed_before_end, 0), else_=1)),
        )
        .where(Case.opened_at < last, _zone_filter(Case.zone_id, zone_ids))
        .group_by(Case.zone_id)
    )
    for zone_id, opened, closed, active in session.execute(cases):
        zone = zones[zone_id]
        zone.cases_opened, zone.cases_closed, zone.cases_active = (
            int(opened or 0),
            int(closed or 0),
            int(active or 0),
        )

    referrals = (
        select(Case.zone_id, Referral.status, Organization.name, func.count())
        .join(Case, Case.id == Referral.case_id)
        .join(Organization, Organization.id == Referral.to_organization_id)
        .where(
            Referral.sent_at >= first, Referral.sent_at < last, _zone_filter(Case.zone_id, zone_ids)
        )
        .group_by(Case.zone_id, Referral.status, Organization.name)
    )
    for zone_id, status, name, n in session.execute(referrals):
        zones[zone_id].referrals_by_status[ReferralStatus(status)] += n
        zones[zone_id].referrals_by_organization[name] += n

    for zone_id, kinds in aggregates.signal_counts(
        session, Signal.zone_id, first, last, zone_ids
    ).items():
        zones[zone_id].signals = dict(kinds)
    for zone_id, total in aggregates.shift_hours(
        session, Shift.zone_id, first, last, zone_ids
    ).items():
        zones[zone_id].shift_hours = total
    return RawPeriod(dict(zones), scope_met)


def _breakdown_sums() -> list[tuple[str, str, Any]]:
    """(part, group, SQL) for each age band and gender and for the contacts of each part
    not recorded: a debrief's contacts beyond its breakdown's sum (never below 0), only for
    debriefs with contacts."""
    sums = []
    with_contacts = Intervention.contacts_count > 0
    for part, groups in (("age_band", AGE_BANDS), ("gender", GENDERS)):
        recorded = []
        for group in groups:
            value = func.coalesce(Intervention.contacts_breakdown[(part, group)].as_integer(), 0)
            recorded.append(value)
            sums.append((part, group, case((with_contacts, value), else_=0)))
        rest = Intervention.contacts_count - sum(recorded[1:], recorded[0])
        sums.append((part, NOT_RECORDED, case((and_(with_contacts, rest > 0), rest), else_=0)))
    return sums


def raw_meetings(session: Session, first: datetime, last: datetime) -> RawMeetings:
    """Meetings held (or closed) in [first, last) and their actions by status. Two queries."""
    held = and_(
        Meeting.held_at >= first,
        Meeting.held_at < last,
        Meeting.status.in_([MeetingStatus.HELD, MeetingStatus.CLOSED]),
    )
    count = session.scalar(select(func.count()).select_from(Meeting).where(held)) or 0
    actions = dict.fromkeys(ActionStatus, 0)
    query = (
        select(ActionItem.status, func.count())
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
        .where(held)
        .group_by(ActionItem.status)
    )
    for status, n in session.execute(query):
        actions[ActionStatus(status)] = n
    return RawMeetings(held=count, actions=actions)


def first_activity(session: Session) -> datetime | None:
    """When the project's first shift or debrief starts (two indexed MIN queries)."""
    times = [
        session.scalar(select(func.min(Shift.starts_at))),
        session.scalar(select(func.min(Intervention.started_at))),
    ]
    known = [t for t in times if t is not None]
    return min(known) if known else None
