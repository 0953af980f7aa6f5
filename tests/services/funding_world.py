"""A small funded project for the funding tests: two organizations, outings of awkward lengths
(2 h 20, 2 h 35, 20 minutes, one across local midnight) and expenses that floats get wrong."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Engine

from console import db
from console.models import (
    Intervention,
    InterventionParticipant,
    OrganizationKind,
    Person,
    Role,
    User,
)
from console.services import access, funding
from tests import factories
from tests.factories import ROME

START = date(2026, 3, 1)
END = date(2026, 3, 31)
EDUCATOR_RATE = Decimal("18.37")
OFFICER_RATE = Decimal("23.45")
GRANT = Decimal("7500.00")
CUP = "D11H24000120006"


@dataclass(frozen=True)
class World:
    engine: Engine
    coop_id: int
    police_id: int
    actors: dict[Role, access.Actor]


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ROME)


def outing(
    zone: object, start: datetime, minutes: int, people: list[Person], contacts: int = 7
) -> Intervention:
    intervention = Intervention(
        zone=zone,
        started_at=start,
        ended_at=start + timedelta(minutes=minutes),
        types=["presence", "contact"],
        contacts_count=contacts,
    )
    intervention.participants = [InterventionParticipant(person=p) for p in people]
    return intervention


def build(engine: Engine) -> World:
    with db.session_scope(engine) as s:
        coop = factories.organization(OrganizationKind.EDUCATIONAL, "Cooperativa Il Cortile")
        police = factories.organization(OrganizationKind.POLICE, "Polizia Locale di Cremona")
        comune = factories.organization(OrganizationKind.MUNICIPALITY, "Comune di Cremona")
        stefan = factories.person("Ştefan", Role.EDUCATOR, coop, "Căpraru-Łukasiewicz")
        anna = factories.person("Anna", Role.EDUCATOR, coop, "Bianchi")
        luca = factories.person("Luca", Role.OFFICER, police, "Verdi")
        people = {
            Role.COORDINATOR: factories.person("Carla", Role.COORDINATOR, comune, "Neri"),
            Role.MANAGER: factories.person("Marta", Role.MANAGER, comune, "Rossi"),
            Role.ADMIN: factories.person("Ada", Role.ADMIN, comune, "Gialli"),
            Role.EDUCATOR: stefan,
            Role.OFFICER: luca,
            Role.SOCIAL_WORKER: factories.person(
                "Sara", Role.SOCIAL_WORKER, factories.organization(OrganizationKind.SOCIAL_SERVICES)
            ),
        }
        zone = factories.zone("Piazza Roma")
        s.add_all([coop, police, comune, anna, zone, *people.values()])
        s.add_all(
            [
                outing(zone, local(date(2026, 3, 2), 18), 140, [stefan, anna, luca]),
                outing(zone, local(date(2026, 3, 10), 17, 10), 155, [stefan, luca]),
                outing(zone, local(date(2026, 3, 15), 10), 20, [stefan]),
                # Starts on the last local day of March, ends in April: counted in March.
                outing(zone, local(date(2026, 3, 31), 23, 30), 80, [luca]),
                # The first of April, local time (still March 31 in UTC): not in March.
                outing(zone, local(date(2026, 4, 1), 0, 30), 60, [stefan, luca]),
                # The first day of the period before (January 29 to February 28): 3 contacts.
                outing(zone, local(date(2026, 1, 29), 18), 60, [stefan, luca], contacts=3),
            ]
        )
        s.flush()
        users = {}
        for role, person in people.items():
            user = User(username=f"u_{role.value}", password_hash="x", role=role, person=person)
            s.add(user)
            users[role] = user
        s.flush()
        actors = {role: access.actor_for(user) for role, user in users.items()}
        world = World(engine, coop.id, police.id, actors)
    manager = world.actors[Role.MANAGER]
    with db.session_scope(engine) as s:
        funding.update_project(
            s,
            manager,
            funding.ProjectSettings(
                title="Cremona, sicurezza urbana integrata",
                funder="Regione Lombardia",
                cup=CUP,
                grant_amount=GRANT,
                starts_on=date(2026, 1, 1),
                ends_on=date(2026, 12, 31),
                objectives=("Ridurre la marginalità", "Aumentare la coesione sociale"),
            ),
        )
        funding.set_hourly_cost(s, manager, coop.id, Role.EDUCATOR, EDUCATOR_RATE)
        funding.set_hourly_cost(s, manager, police.id, Role.OFFICER, OFFICER_RATE)
        for day, what, amount, ref in (
            (date(2026, 3, 3), "Fotocopie", Decimal("0.10"), "Scontrino 1"),
            (date(2026, 3, 4), "Fotocopie", Decimal("0.20"), "Scontrino 2"),
            (date(2026, 3, 20), "Volantini per piazza Roma", Decimal("120.50"), "Fattura 12/2026"),
            (date(2026, 4, 1), "Fuori periodo", Decimal("99.99"), "Fattura 13/2026"),
        ):
            funding.add_expense(s, manager, funding.ExpenseDraft(day, what, amount, ref))
    return world
