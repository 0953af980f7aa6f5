"""The funded project's settings (one row), the hourly cost of each organization's roles and
the narrative of a report period: read and written with version checks, every write audited.

Every function needs ``MANAGE_FUNDING``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.models import FundingNarrative, FundingProject, HourlyCost, Organization, Person, Role
from console.services import bounds
from console.services.access import Action, Actor, audit, require
from console.services.funding.common import (
    FundingError,
    check_version,
    cup_code,
    money,
    text,
)
from console.services.funding.rows import (
    NARRATIVE_FIELDS,
    ExpenseRow,
    HourlyCostRow,
    Narrative,
    OrganizationRoles,
    ProjectSettings,
)
from console.services.text_rules import TextField, is_blank, strip_edges

PROJECT_ID = 1
# Roles whose hours are counted in the field (a debrief's participants); a cost may be set for
# any role, these are offered first.
FIELD_ROLES = (Role.EDUCATOR, Role.OFFICER, Role.SOCIAL_WORKER, Role.COORDINATOR)


def _now() -> datetime:
    return datetime.now(UTC)


# -- the project ---------------------------------------------------------------------------------


def _settings(project: FundingProject | None) -> ProjectSettings:
    if project is None:
        return ProjectSettings("", "", "", Decimal("0.00"), None, None, ())
    objectives = tuple(line.strip() for line in project.objectives.splitlines() if line.strip())
    return ProjectSettings(
        title=project.title,
        funder=project.funder,
        cup=project.cup,
        grant_amount=Decimal(project.grant_amount).quantize(Decimal("0.01")),
        starts_on=project.starts_on,
        ends_on=project.ends_on,
        objectives=objectives,
        version_id=project.version_id,
    )


def project_settings(session: Session, actor: Actor) -> ProjectSettings:
    """The project's settings (empty ones, ``version_id`` 0, before the first save)."""
    require(actor, Action.MANAGE_FUNDING)
    return _settings(session.get(FundingProject, PROJECT_ID))


def update_project(session: Session, actor: Actor, settings: ProjectSettings) -> ProjectSettings:
    """Save the settings given at the version they were read (``settings.version_id``; 0 for the
    first save). Refuses a blank title (``funding_title_required``), a bad CUP
    (``funding_cup_invalid``), a bad grant (``funding_amount_invalid``), an end before the start
    (``funding_dates_reversed``) and a stale version (``funding_project_changed``)."""
    require(actor, Action.MANAGE_FUNDING)
    title = text(
        settings.title,
        TextField.PROJECT_TITLE,
        blank=lambda: FundingError("funding_title_required", "the project needs a title"),
    )
    funder = text(settings.funder, TextField.FUNDER)
    bounds.check_days(settings.starts_on, settings.ends_on)
    cup = cup_code(settings.cup)
    grant = money(settings.grant_amount)
    if settings.starts_on and settings.ends_on and settings.ends_on < settings.starts_on:
        raise FundingError(
            "funding_dates_reversed",
            "the project ends ({end}) before it starts ({start})",
            start=settings.starts_on,
            end=settings.ends_on,
        )
    objectives = "\n".join(strip_edges(line) for line in settings.objectives if not is_blank(line))
    objectives = text(objectives, TextField.PROJECT_OBJECTIVES)
    project = session.get(FundingProject, PROJECT_ID, with_for_update=True)

    def stale() -> FundingError:
        return FundingError(
            "funding_project_changed",
            "the project's settings were changed by someone else since version {version}; "
            "reload them and try again",
            version=settings.version_id,
        )

    check_version(project.version_id if project else 0, settings.version_id, stale)
    verb = "update"
    if project is None:
        project = FundingProject(id=PROJECT_ID)
        session.add(project)
        verb = "create"
    project.title = title
    project.funder = funder
    project.cup = cup
    project.grant_amount = grant
    project.starts_on = settings.starts_on
    project.ends_on = settings.ends_on
    project.objectives = objectives
    project.updated_by_id = actor.user_id
    project.updated_at = _now()
    audit.record_write(session, actor, verb, project)
    return _settings(project)


# -- hourly costs --------------------------------------------------------------------------------


def _cost_row(cost: HourlyCost, organization: Organization) -> HourlyCostRow:
    return HourlyCostRow(
        id=cost.id,
        organization_id=organization.id,
        organization_name=organization.name,
        role=cost.role,
        hourly_cost=Decimal(cost.hourly_cost).quantize(Decimal("0.01")),
        version_id=cost.version_id,
    )


def hourly_costs(session: Session, actor: Actor) -> list[HourlyCostRow]:
    """Every cost set, by organization name and role."""
    require(actor, Action.MANAGE_FUNDING)
    query = select(HourlyCost, Organization).join(
        Organization, Organization.id == HourlyCost.organization_id
    )
    rows = [_cost_row(cost, org) for cost, org in session.execute(query)]
    return sorted(rows, key=lambda r: (r.organization_name.casefold(), list(Role).index(r.role)))


def organization_roles(session: Session, actor: Actor) -> list[OrganizationRoles]:
    """Each organization with the roles of its people (the field roles first): where a cost
    may be wanted."""
    require(actor, Action.MANAGE_FUNDING)
    found: dict[int, set[Role]] = {}
    for org_id, role in session.execute(select(Person.organization_id, Person.role).distinct()):
        found.setdefault(org_id, set()).add(role)
    order = [*FIELD_ROLES, *(r for r in Role if r not in FIELD_ROLES)]
    return [
        OrganizationRoles(org.id, org.name, tuple(r for r in order if r in found.get(org.id, ())))
        for org in session.scalars(select(Organization).order_by(Organization.name))
    ]


def set_hourly_cost(
    session: Session,
    actor: Actor,
    organization_id: int,
    role: Role,
    hourly_cost: Decimal,
    *,
    expected_version: int = 0,
) -> HourlyCostRow:
    """Set what an hour of ``role`` in the organization costs; ``expected_version`` is the
    version read (0: no cost was set). Refuses an unknown organization
    (``funding_organization_not_found``), a bad amount (``funding_amount_invalid``) and a stale
    version (``funding_cost_changed``)."""
    require(actor, Action.MANAGE_FUNDING)
    amount = money(hourly_cost)
    organization = session.get(Organization, organization_id)
    if organization is None:
        raise FundingError(
            "funding_organization_not_found",
            "organization {id} does not exist",
            id=organization_id,
        )
    role = Role(role)
    cost = session.scalars(
        select(HourlyCost)
        .where(HourlyCost.organization_id == organization_id, HourlyCost.role == role)
        .with_for_update()
    ).one_or_none()
    check_version(
        cost.version_id if cost else 0,
        expected_version,
        lambda: FundingError(
            "funding_cost_changed",
            "the hourly cost of {role} in {organization} was changed by someone else; "
            "reload it and try again",
            role=role,
            organization=organization.name,
        ),
    )
    verb = "update"
    if cost is None:
        cost = HourlyCost(organization_id=organization_id, role=role)
        session.add(cost)
        verb = "create"
    cost.hourly_cost = amount
    audit.record_write(session, actor, verb, cost)
    return _cost_row(cost, organization)


def remove_hourly_cost(session: Session, actor: Actor, cost_id: int, expected_version: int) -> None:
    """Remove a cost (its hours are then reported without a cost). Refuses an unknown cost
    (``funding_cost_not_found``) and a stale version (``funding_cost_changed``)."""
    require(actor, Action.MANAGE_FUNDING)
    cost = session.get(HourlyCost, cost_id, with_for_update=True)
    if cost is None:
        raise FundingError("funding_cost_not_found", "hourly cost {id} does not exist", id=cost_id)
    organization = session.get(Organization, cost.organization_id)
    check_version(
        cost.version_id,
        expected_version,
        lambda: FundingError(
            "funding_cost_changed",
            "the hourly cost of {role} in {organization} was changed by someone else; "
            "reload it and try again",
            role=cost.role,
            organization=organization.name if organization else "?",
        ),
    )
    session.delete(cost)
    audit.record_write(session, actor, "delete", cost)


# -- the narrative of a period -------------------------------------------------------------------


def _period(start: date, end: date) -> None:
    bounds.check_days(start, end)
    if end < start:
        raise FundingError(
            "funding_period_reversed",
            "the period ends ({end}) before it starts ({start})",
            start=start,
            end=end,
        )


def _narrative(row: FundingNarrative | None, start: date, end: date) -> Narrative:
    if row is None:
        return Narrative(start, end)
    return Narrative(
        period_start=row.period_start,
        period_end=row.period_end,
        activities=row.activities,
        results=row.results,
        difficulties=row.difficulties,
        next_steps=row.next_steps,
        version_id=row.version_id,
    )


def _narrative_row(session: Session, start: date, end: date) -> FundingNarrative | None:
    return session.scalars(
        select(FundingNarrative).where(
            FundingNarrative.period_start == start, FundingNarrative.period_end == end
        )
    ).one_or_none()


def read_narrative(session: Session, actor: Actor, start: date, end: date) -> Narrative:
    """The narrative written for exactly this period (empty, version 0, when none is)."""
    require(actor, Action.MANAGE_FUNDING)
    _period(start, end)
    return _narrative(_narrative_row(session, start, end), start, end)


def save_narrative(session: Session, actor: Actor, narrative: Narrative) -> Narrative:
    """Store the narrative with its period, at the version read (0: the first time). Refuses a
    reversed period (``funding_period_reversed``), a text too long (``funding_text_too_long``)
    and a stale version (``funding_narrative_changed``)."""
    require(actor, Action.MANAGE_FUNDING)
    start, end = narrative.period_start, narrative.period_end
    _period(start, end)
    values = {
        name: text(getattr(narrative, name), TextField.NARRATIVE) for name in NARRATIVE_FIELDS
    }
    row = _narrative_row(session, start, end)
    check_version(
        row.version_id if row else 0,
        narrative.version_id,
        lambda: FundingError(
            "funding_narrative_changed",
            "the narrative of {start} – {end} was changed by someone else; reload it and try again",
            start=start,
            end=end,
        ),
    )
    verb = "update"
    if row is None:
        row = FundingNarrative(period_start=start, period_end=end)
        session.add(row)
        verb = "create"
    for name, value in values.items():
        setattr(row, name, value)
    row.updated_by_id = actor.user_id
    row.updated_at = _now()
    audit.record_write(session, actor, verb, row)
    return _narrative(row, start, end)


@dataclass(frozen=True)
class CostChange:
    """A cost to set for an organization's role, read at ``version_id`` (0: none was set);
    ``hourly_cost`` None removes it."""

    organization_id: int
    role: Role
    hourly_cost: Decimal | None
    version_id: int
    cost_id: int | None = None


def set_hourly_costs(
    session: Session, actor: Actor, changes: Sequence[CostChange]
) -> list[HourlyCostRow]:
    """Apply several cost changes together (all or none: a refusal of one leaves every cost as
    it was); returns every cost set afterwards. Refusals as :func:`set_hourly_cost` and
    :func:`remove_hourly_cost`."""
    require(actor, Action.MANAGE_FUNDING)
    for change in changes:
        if change.hourly_cost is None:
            if change.cost_id is not None:
                remove_hourly_cost(session, actor, change.cost_id, change.version_id)
            continue
        set_hourly_cost(
            session,
            actor,
            change.organization_id,
            change.role,
            change.hourly_cost,
            expected_version=change.version_id,
        )
    return hourly_costs(session, actor)


@dataclass(frozen=True)
class FundingData:
    """What the funding window shows at once."""

    settings: ProjectSettings
    organizations: tuple[OrganizationRoles, ...]
    costs: tuple[HourlyCostRow, ...]
    expenses: tuple[ExpenseRow, ...]


def funding_data(session: Session, actor: Actor) -> FundingData:
    """The project's settings, the organizations with their roles, every cost and expense."""
    from console.services.funding.expenses import expenses_between  # noqa: PLC0415 - a cycle

    require(actor, Action.MANAGE_FUNDING)
    return FundingData(
        settings=project_settings(session, actor),
        organizations=tuple(organization_roles(session, actor)),
        costs=tuple(hourly_costs(session, actor)),
        expenses=tuple(expenses_between(session, None, None)),
    )
