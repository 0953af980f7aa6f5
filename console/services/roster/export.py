"""A proposal as plain JSON data (``console-admin propose-week --json``): the outings with
their people, the empty places with their reasons, the penalties and the solver's status."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from console.services.roster.model import Proposal


def _time(moment: datetime, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).isoformat()


def proposal_data(proposal: Proposal) -> dict[str, Any]:
    """Every figure of the proposal, times in the proposal's zone (ISO 8601 with offset),
    texts in English and Italian."""
    tz = ZoneInfo(proposal.tz_name)
    names = {a.person_id: a.person_name for a in proposal.assignments}
    return {
        "week": f"{proposal.monday:%G-W%V}",
        "monday": proposal.monday.isoformat(),
        "time_zone": proposal.tz_name,
        "solver": {
            "status": str(proposal.status),
            "objective": proposal.objective,
            "best_bound": proposal.best_bound,
            "seed": proposal.seed,
            "workers": proposal.workers,
            "time_limit_seconds": proposal.time_limit_seconds,
            "wall_time_seconds": proposal.wall_time_seconds,
            "weights": proposal.weights.as_dict(),
        },
        "shifts": [
            {
                "key": s.key,
                "shift_id": s.shift_id,
                "zone_id": s.zone_id,
                "zone": s.zone_name,
                "moved_from_zone_id": s.moved_from_zone_id,
                "starts_at": _time(s.starts_at, tz),
                "ends_at": _time(s.ends_at, tz),
                "kind": str(s.kind),
                "educators_needed": s.educators_needed,
                "officers_needed": s.officers_needed,
                "locked": s.locked,
                "changed": s.changed,
                "person_ids": list(s.person_ids),
                "previous_person_ids": list(s.previous_person_ids),
            }
            for s in proposal.shifts
        ],
        "assignments": [
            {
                "key": a.slot_key,
                "person_id": a.person_id,
                "person": names.get(a.person_id, a.person_name),
                "role": str(a.role),
                "locked": a.locked,
                "new": a.new,
            }
            for a in proposal.assignments
        ],
        "unfilled": [
            {
                "key": u.slot_key,
                "zone_id": u.zone_id,
                "zone": u.zone_name,
                "starts_at": _time(u.starts_at, tz),
                "ends_at": _time(u.ends_at, tz),
                "role": str(u.role),
                "missing": u.missing,
                "candidates": u.candidates,
                "reasons": {str(c.blocker): c.count for c in u.counts},
                "text": dict(u.texts),
            }
            for u in proposal.unfilled
        ],
        "penalties": [
            {
                "rule": str(p.rule),
                "cost": p.cost,
                "person_id": p.person_id,
                "person": p.person_name,
                "key": p.slot_key,
                "zone_id": p.zone_id,
                "text": dict(p.texts),
            }
            for p in proposal.penalties
        ],
        "pressure": {
            "rule": dict(proposal.pressure_rule),
            "zones": [
                {
                    "zone_id": z.zone_id,
                    "zone": z.zone_name,
                    "pressure_per_week": z.pressure,
                    "presence_hours_per_week": z.presence_hours,
                    "index": z.index,
                    "share": z.share,
                }
                for z in proposal.pressure
            ],
        },
    }
