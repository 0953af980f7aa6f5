"""Refusals of the funding services, as people read them: the project's settings, hourly
costs, expenses and the narrative of a report (``console.services.funding``)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "funding_title_required": QT_TRANSLATE_NOOP(
        "Errors", "Give the project a title, as it reads in the grant decree."
    ),
    "funding_cup_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "“{cup}” is not a CUP code: a CUP has 15 letters and digits, for example "
        "D11H24000120006. Copy it from the grant decree, or leave it empty until it is assigned.",
    ),
    "funding_amount_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "“{amount}” is not an amount in euros: write a number that is not negative, with at "
        "most two decimals (an expense must be above zero).",
    ),
    "funding_dates_reversed": QT_TRANSLATE_NOOP(
        "Errors", "The project ends ({end}) before it starts ({start}). Correct one of the dates."
    ),
    "funding_period_reversed": QT_TRANSLATE_NOOP(
        "Errors",
        "The period ends ({end}) before it starts ({start}). Choose an end on or after the start.",
    ),
    "funding_description_required": QT_TRANSLATE_NOOP(
        "Errors", "Say what the expense was for, for example “Printing of leaflets”."
    ),
    "funding_organization_not_found": QT_TRANSLATE_NOOP(
        "Errors", "Organization {id} no longer exists. Reload the costs and choose another."
    ),
    "funding_cost_not_found": QT_TRANSLATE_NOOP(
        "Errors", "This hourly cost was removed meanwhile. Reload the costs."
    ),
    "funding_expense_not_found": QT_TRANSLATE_NOOP(
        "Errors", "Expense {id} was removed meanwhile. Reload the expenses."
    ),
    "funding_project_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed the project's settings while you were editing them. Reload them "
        "and make your change again.",
    ),
    "funding_cost_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed the hourly cost of the role “{role}” in {organization} meanwhile. "
        "Reload the costs and make your change again.",
    ),
    "funding_expense_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed expense {id} meanwhile. Reload the expenses and make your change "
        "again.",
    ),
    "funding_narrative_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed the narrative of {start} – {end} meanwhile. Reload it and write "
        "your change again.",
    ),
    "funding_format_unknown": QT_TRANSLATE_NOOP(
        "Errors", "{name} is neither a PDF nor a spreadsheet: save it as .pdf or .xlsx."
    ),
}
