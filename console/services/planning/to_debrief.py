"""Shifts to debrief: published shifts whose end has passed (:func:`rules.awaits_debrief`).

A derived state, never stored: it follows the clock. The Calendar counts them in its badge and
lists them, so the debrief of the weekend just worked is one click away.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.clock import utc_now
from console.models import Shift, ShiftAssignment, ShiftStatus
from console.services import access
from console.services.access import Action
from console.services.planning.week import PEOPLE_AND_ZONE, ShiftRow, shift_row

LOOK_BACK_LIMIT = 200  # rows listed at most (the newest); the count is always whole


@dataclass(frozen=True)
class ToDebrief:
    """The shifts waiting for a debrief that the actor may record, newest first."""

    count: int
    shifts: tuple[ShiftRow, ...]  # at most LOOK_BACK_LIMIT


def shifts_to_debrief(
    session: Session, actor: access.Actor, now: datetime | None = None
) -> ToDebrief:
    """Published shifts ended by ``now`` (the clock's by default). Planners see every one;
    others who record debriefs, the shifts they are on; anyone else, none."""
    access.require(actor, Action.VIEW_CALENDAR)
    if not access.can(actor, Action.RECORD_DEBRIEFS):
        return ToDebrief(0, ())
    now = utc_now() if now is None else now
    query = select(Shift).where(Shift.status == ShiftStatus.PUBLISHED, Shift.ends_at <= now)
    if not access.can(actor, Action.PLAN_SHIFTS):
        if actor.person_id is None:
            return ToDebrief(0, ())
        query = query.where(Shift.assignments.any(ShiftAssignment.person_id == actor.person_id))
    ids = session.scalars(
        query.with_only_columns(Shift.id).order_by(Shift.ends_at.desc(), Shift.id.desc())
    ).all()
    shown = ids[:LOOK_BACK_LIMIT]
    rows = session.scalars(
        select(Shift)
        .options(*PEOPLE_AND_ZONE)
        .where(Shift.id.in_(shown))
        .order_by(Shift.ends_at.desc(), Shift.id.desc())
    )
    return ToDebrief(len(ids), tuple(shift_row(shift, now) for shift in rows))
