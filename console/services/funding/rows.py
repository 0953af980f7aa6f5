"""What the funding services return and take: frozen rows, money as ``Decimal``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from console.models import Role


@dataclass(frozen=True)
class ProjectSettings:
    """The funded project. ``version_id`` 0: never saved (the defaults are shown)."""

    title: str
    funder: str
    cup: str  # 15 letters and digits, or "" until assigned
    grant_amount: Decimal
    starts_on: date | None
    ends_on: date | None
    objectives: tuple[str, ...]  # one per line of the stored text
    version_id: int = 0


@dataclass(frozen=True)
class HourlyCostRow:
    id: int
    organization_id: int
    organization_name: str
    role: Role
    hourly_cost: Decimal
    version_id: int


@dataclass(frozen=True)
class ExpenseRow:
    id: int
    spent_on: date
    description: str
    amount: Decimal
    document_ref: str
    version_id: int


@dataclass(frozen=True)
class ExpenseDraft:
    spent_on: date
    description: str
    amount: Decimal
    document_ref: str = ""


@dataclass(frozen=True)
class Narrative:
    """What the coordinator writes for a period. ``version_id`` 0: not written yet."""

    period_start: date
    period_end: date
    activities: str = ""
    results: str = ""
    difficulties: str = ""
    next_steps: str = ""
    version_id: int = 0


NARRATIVE_FIELDS = ("activities", "results", "difficulties", "next_steps")


@dataclass(frozen=True)
class OrganizationRoles:
    """An organization and the roles of its people: the rows a cost may be set for."""

    organization_id: int
    name: str
    roles: tuple[Role, ...]
