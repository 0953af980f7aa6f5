"""What many tests build the same way: the home time zone, a small zone on the map, and
unsaved organizations, people, zones and shifts (the caller adds them to its session)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from console.clock import HOME_TIME_ZONE
from console.models import (
    Organization,
    OrganizationKind,
    Person,
    Role,
    Shift,
    ShiftAssignment,
    ShiftKind,
    ShiftStatus,
    Zone,
)

ROME = HOME_TIME_ZONE
# A small triangle near piazza Roma (WGS84 longitude, latitude): a valid zone geometry.
SQUARE = {
    "type": "Polygon",
    "coordinates": [[[10.02, 45.13], [10.03, 45.13], [10.03, 45.14], [10.02, 45.13]]],
}
AGENCY_NAMES = {
    OrganizationKind.POLICE: ("Polizia Locale", "PL"),
    OrganizationKind.EDUCATIONAL: ("Cooperativa", "Coop"),
    OrganizationKind.SOCIAL_SERVICES: ("Servizio Sociale", "SST"),
    OrganizationKind.MUNICIPALITY: ("Comune", "Comune"),
}


def organization(kind: OrganizationKind, name: str | None = None) -> Organization:
    """An organization of ``kind``, named as the project's agencies unless ``name`` is given."""
    default, short = AGENCY_NAMES[kind]
    return Organization(name=name or default, short_name=short, kind=kind)


def person(
    first: str, role: Role, org: Organization, last: str = "Test", **extra: object
) -> Person:
    return Person(first_name=first, last_name=last, role=role, organization=org, **extra)


def zone(name: str, colour: str = "#1f77b4", *, active: bool = True) -> Zone:
    return Zone(name=name, geometry=SQUARE, colour=colour, active=active)


def shift(
    where: Zone,
    starts_at: datetime,
    hours: float,
    status: ShiftStatus = ShiftStatus.PUBLISHED,
    kind: ShiftKind = ShiftKind.JOINT,
    people: Iterable[Person] = (),
) -> Shift:
    return Shift(
        zone=where,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=hours),
        status=status,
        kind=kind,
        assignments=[ShiftAssignment(person=p) for p in people],
    )
