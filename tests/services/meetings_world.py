"""A small world for the meetings tests: the project's four agencies with one signed-in user per
role in each, two zones, a case, and helpers to prepare, attend and start a meeting.

Accounts get a placeholder hash (no argon2): these tests never log in. Services run through
``casework_world.run`` (one session per call, committed on success, like the GUI's runner).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from console import db
from console.models import Case, OrganizationKind, Role, User, Visibility
from console.services import access
from console.services.meetings import attendance, meetings
from console.services.meetings.rows import MeetingDraft
from tests import factories
from tests.services.casework_world import ROLES, run

# The agencies by short key: cooperative (educators), Polizia Locale, social services, Comune.
KINDS = {
    "coop": OrganizationKind.EDUCATIONAL,
    "pl": OrganizationKind.POLICE,
    "sst": OrganizationKind.SOCIAL_SERVICES,
    "comune": OrganizationKind.MUNICIPALITY,
}
STATEMENT = "Quanto si dice al tavolo resta al tavolo."
SHARED, ORG, SOCIAL = Visibility.SHARED, Visibility.ORGANIZATION, Visibility.SOCIAL_SERVICES
HELD_AT = datetime(2026, 11, 25, 10, tzinfo=factories.ROME)  # TODAY, 10:00 in Cremona


@dataclass(frozen=True)
class World:
    orgs: dict[str, int]  # agency key -> organization id
    actors: dict[tuple[Role, str], access.Actor]  # (role, agency key) -> actor
    zones: dict[str, int]  # "roma", "marconi"
    case_id: int  # a case of the cooperative, in piazza Marconi

    def actor(self, role: Role, org: str = "coop") -> access.Actor:
        return self.actors[(role, org)]

    def person(self, role: Role, org: str = "coop") -> int:
        person_id = self.actors[(role, org)].person_id
        assert person_id is not None
        return person_id


def make_world(engine: Engine) -> World:
    with db.session_scope(engine) as s:
        orgs = {
            key: factories.organization(kind, name=f"Agency {key}") for key, kind in KINDS.items()
        }
        for key, org in orgs.items():
            org.short_name = key.upper()
        s.add_all(orgs.values())
        users: dict[tuple[Role, str], User] = {}
        for key, org in orgs.items():
            for role in ROLES:
                person = factories.person(role.value.title(), role, org, last=key.upper())
                users[(role, key)] = User(
                    username=f"{role.value}-{key}", password_hash="-", role=role, person=person
                )
        s.add_all(users.values())
        zones = {"roma": factories.zone("Piazza Roma"), "marconi": factories.zone("Piazza Marconi")}
        s.add_all(zones.values())
        s.flush()
        coordinator = users[(Role.COORDINATOR, "coop")]
        case = Case(
            title="Conflitti alle panchine",
            zone_id=zones["marconi"].id,
            owner_id=coordinator.person_id,
            organization_id=orgs["coop"].id,
        )
        s.add(case)
        s.flush()
        return World(
            orgs={key: org.id for key, org in orgs.items()},
            actors={key: access.actor_for(user) for key, user in users.items()},
            zones={key: zone.id for key, zone in zones.items()},
            case_id=case.id,
        )


def plan_meeting(
    engine: Engine, world: World, *, held_at: datetime = HELD_AT, title: str = "Tavolo"
) -> int:
    """A planned meeting with every agency invited, prepared by the cooperative's coordinator."""
    draft = MeetingDraft(
        title=title,
        held_at=held_at,
        location="Sala della Consulta",
        organization_ids=tuple(world.orgs.values()),
    )
    return run(engine, meetings.create_meeting, world.actor(Role.COORDINATOR), draft).id


def start_meeting(
    engine: Engine, world: World, meeting_id: int, *present: tuple[Role, str]
) -> None:
    """Record ``present`` (default: the cooperative's coordinator) as attending and
    acknowledging the statement, then start the meeting."""
    coordinator = world.actor(Role.COORDINATOR)
    for role, org in present or ((Role.COORDINATOR, "coop"),):
        run(
            engine,
            attendance.record_attendance,
            coordinator,
            meeting_id,
            world.person(role, org),
            True,
            True,
        )
    run(engine, attendance.start_meeting, coordinator, meeting_id, STATEMENT)


def held_meeting(engine: Engine, world: World, *present: tuple[Role, str], **kwargs: object) -> int:
    meeting_id = plan_meeting(engine, world, **kwargs)  # type: ignore[arg-type]
    start_meeting(engine, world, meeting_id, *present)
    return meeting_id
