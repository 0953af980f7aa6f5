"""The grouped SQL behind a summary: every figure of a period, per zone, in a fixed number of
queries bounded by the period's indexed time columns (whatever the amount of data).

Nothing here is suppressed yet: these are the true counts, kept inside the service.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select
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


Span = tuple[datetime, datetime]


def raw_periods(
    session: Session,
    spans: Sequence[Span],
    zone_ids: Sequence[int] | None,
    now: datetime,
) -> list[RawPeriod]:
    """The true figures of each span [first, last) (aware UTC; spans follow one another, oldest
    first: the previous period and the period) per zone id (``None``: cases and referrals
    without a zone); ``zone_ids`` None means every zone; published shifts ended by ``now`` are
    "to debrief". Nine grouped queries whatever the number of spans, each reading the spans'
    rows once by an indexed time column and grouping them by span."""
    periods: list[dict[int | None, RawZone]] = [defaultdict(RawZone) for _ in spans]
    low, high = spans[0][0], spans[-1][1]

    def span(at: Any) -> Any:
        """Which span a time falls in (its index), as SQL."""
        if len(spans) == 1:
            return literal(0)
        return case(
            *((at < end, index) for index, (_, end) in enumerate(spans[:-1])), else_=len(spans) - 1
        )

    def zone(index: int, zone_id: int | None) -> RawZone:
        return periods[index][zone_id]

    over = case((and_(Shift.status == ShiftStatus.PUBLISHED, Shift.ends_at <= now), 1), else_=0)
    shift_span = span(Shift.starts_at)
    shifts = (
        select(Shift.zone_id, shift_span, Shift.status, func.count(), func.sum(over))
        .where(
            Shift.starts_at >= low,
            Shift.starts_at < high,
            Shift.kind == ShiftKind.JOINT,
            _zone_filter(Shift.zone_id, zone_ids),
        )
        .group_by(Shift.zone_id, shift_span, Shift.status)
    )
    for zone_id, index, status, n, ended in session.execute(shifts):
        zone(index, zone_id).joint[ShiftStatus(status)] += n
        zone(index, zone_id).joint_to_debrief += int(ended or 0)

    presence = (
        select(Shift.zone_id, shift_span, func.sum(hours_between(Shift.starts_at, Shift.ends_at)))
        .where(
            Shift.starts_at >= low,
            Shift.starts_at < high,
            aggregates.presence_shift(),
            _zone_filter(Shift.zone_id, zone_ids),
        )
        .group_by(Shift.zone_id, shift_span)
    )
    for zone_id, index, total in session.execute(presence):
        zone(index, zone_id).shift_hours = float(total or 0)

    # The debriefs: count, hours, contacts and their breakdown, and the hours not of a
    # presence shift (the map's presence), in one pass over the spans' debriefs.
    in_spans = and_(Intervention.started_at >= low, Intervention.started_at < high)
    debrief_span = span(Intervention.started_at)
    hours = hours_between(Intervention.started_at, Intervention.ended_at)
    breakdown = _breakdown_sums()
    outings = (
        select(
            Intervention.zone_id,
            debrief_span,
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
        .where(in_spans, _zone_filter(Intervention.zone_id, zone_ids))
        .group_by(Intervention.zone_id, debrief_span)
    )
    for zone_id, index, n, total_hours, contacts, own, *groups in session.execute(outings):
        raw = zone(index, zone_id)
        raw.outings, raw.outing_hours, raw.contacts = n, float(total_hours or 0), int(contacts or 0)
        raw.own_debrief_hours = float(own or 0)
        for (part, group, _), value in zip(breakdown, groups, strict=True):
            (raw.by_age if part == "age_band" else raw.by_gender)[group] += int(value or 0)

    person_hours = (
        select(Intervention.zone_id, debrief_span, Organization.name, func.sum(hours))
        .join(InterventionParticipant, InterventionParticipant.intervention_id == Intervention.id)
        .join(Person, Person.id == InterventionParticipant.person_id)
        .join(Organization, Organization.id == Person.organization_id)
        .where(in_spans, _zone_filter(Intervention.zone_id, zone_ids))
        .group_by(Intervention.zone_id, debrief_span, Organization.name)
    )
    for zone_id, index, name, total in session.execute(person_hours):
        zone(index, zone_id).person_hours[name] += float(total or 0)

    # People met: distinct per zone by stage, and distinct in the whole scope by stage.
    linked = (
        select(
            Intervention.zone_id,
            debrief_span.label("span"),
            Subject.id.label("subject"),
            Subject.identification,
        )
        .join(InterventionSubject, InterventionSubject.intervention_id == Intervention.id)
        .join(Subject, Subject.id == InterventionSubject.subject_id)
        .where(in_spans, _zone_filter(Intervention.zone_id, zone_ids))
        .subquery()
    )
    distinct = func.count(linked.c.subject.distinct())
    per_zone = select(linked.c.zone_id, linked.c.span, linked.c.identification, distinct).group_by(
        linked.c.zone_id, linked.c.span, linked.c.identification
    )
    for zone_id, index, stage, n in session.execute(per_zone):
        zone(index, zone_id).met[Identification(stage)] += n
    scope_met: list[Counter[Identification]] = [Counter() for _ in spans]
    whole = select(linked.c.span, linked.c.identification, distinct).group_by(
        linked.c.span, linked.c.identification
    )
    for index, stage, n in session.execute(whole):
        scope_met[index][Identification(stage)] += n

    _read_cases(session, spans, zone_ids, zone)

    referral_span = span(Referral.sent_at)
    referrals = (
        select(Case.zone_id, referral_span, Referral.status, Organization.name, func.count())
        .join(Case, Case.id == Referral.case_id)
        .join(Organization, Organization.id == Referral.to_organization_id)
        .where(
            Referral.sent_at >= low, Referral.sent_at < high, _zone_filter(Case.zone_id, zone_ids)
        )
        .group_by(Case.zone_id, referral_span, Referral.status, Organization.name)
    )
    for zone_id, index, status, name, n in session.execute(referrals):
        zone(index, zone_id).referrals_by_status[ReferralStatus(status)] += n
        zone(index, zone_id).referrals_by_organization[name] += n

    signal_span = span(Signal.occurred_at)
    signals = (
        select(Signal.zone_id, signal_span, Signal.kind, func.count())
        .where(
            Signal.occurred_at >= low,
            Signal.occurred_at < high,
            _zone_filter(Signal.zone_id, zone_ids),
        )
        .group_by(Signal.zone_id, signal_span, Signal.kind)
    )
    for zone_id, index, kind, n in session.execute(signals):
        zone(index, zone_id).signals[SignalKind(kind)] = n
    return [RawPeriod(dict(p), met) for p, met in zip(periods, scope_met, strict=True)]


def _read_cases(
    session: Session,
    spans: Sequence[Span],
    zone_ids: Sequence[int] | None,
    zone: Callable[[int, int | None], RawZone],
) -> None:
    """Cases opened in each span, closed in it, and active at its end (opened before it, not
    closed by then), per zone, in one query; a zone with a case opened before a span's end
    has that span's figures (zeros too), as each span counted alone would give."""

    def closed_by(moment: datetime) -> Any:
        return or_(
            Case.closed_at < moment,
            and_(Case.status == CaseStatus.CLOSED, Case.closed_at.is_(None)),
        )

    sums = []
    for first, last in spans:
        sums += [
            func.sum(case((Case.opened_at < last, 1), else_=0)),
            func.sum(case((and_(Case.opened_at >= first, Case.opened_at < last), 1), else_=0)),
            func.sum(case((and_(Case.closed_at >= first, Case.closed_at < last), 1), else_=0)),
            func.sum(case((Case.opened_at >= last, 0), (closed_by(last), 0), else_=1)),
        ]
    query = (
        select(Case.zone_id, *sums)
        .where(Case.opened_at < spans[-1][1], _zone_filter(Case.zone_id, zone_ids))
        .group_by(Case.zone_id)
    )
    for zone_id, *values in session.execute(query):
        for index in range(len(spans)):
            known, opened, closed, active = values[4 * index : 4 * index + 4]
            if known:
                raw = zone(index, zone_id)
                raw.cases_opened, raw.cases_closed, raw.cases_active = (
                    int(opened or 0),
                    int(closed or 0),
                    int(active or 0),
                )


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
