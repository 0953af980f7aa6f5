"""Funding (rendicontazione): the report to the funder (Regione Lombardia) on the grant.

Modules, one idea each: :mod:`settings` (the project's settings, hourly costs per organization
and role, the narrative of a period), :mod:`expenses` (other expenses with their supporting
documents), :mod:`report` (``funding_report``: hours x costs, expenses, the total against the
grant, results against the objectives, the narrative) and :mod:`printout` (the report written
as PDF or XLSX). :mod:`rows` holds what they return, :mod:`common` their refusals and checks.
Every function needs ``MANAGE_FUNDING``; money is ``Decimal``, never float.
"""

from console.services.funding.common import FundingError
from console.services.funding.expenses import (
    add_expense,
    list_expenses,
    remove_expense,
    update_expense,
)
from console.services.funding.report import (
    FundingReport,
    HoursLine,
    Indicator,
    IndicatorKey,
    funding_report,
)
from console.services.funding.rows import (
    ExpenseDraft,
    ExpenseRow,
    HourlyCostRow,
    Narrative,
    OrganizationRoles,
    ProjectSettings,
)
from console.services.funding.settings import (
    CostChange,
    FundingData,
    funding_data,
    hourly_costs,
    organization_roles,
    project_settings,
    read_narrative,
    remove_hourly_cost,
    save_narrative,
    set_hourly_cost,
    set_hourly_costs,
    update_project,
)

__all__ = [
    "CostChange",
    "ExpenseDraft",
    "ExpenseRow",
    "FundingData",
    "FundingError",
    "FundingReport",
    "HourlyCostRow",
    "HoursLine",
    "Indicator",
    "IndicatorKey",
    "Narrative",
    "OrganizationRoles",
    "ProjectSettings",
    "add_expense",
    "funding_data",
    "funding_report",
    "hourly_costs",
    "list_expenses",
    "organization_roles",
    "project_settings",
    "read_narrative",
    "remove_expense",
    "remove_hourly_cost",
    "save_narrative",
    "set_hourly_cost",
    "set_hourly_costs",
    "update_expense",
    "update_project",
]
