"""Other expenses of the project (materials, transport, printing...): each with its date,
description, amount and supporting document, added, changed and removed with version checks
and audited. Every function needs ``MANAGE_FUNDING``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.models import FundingExpense
from console.services import bounds
from console.services.access import Action, Actor, audit, require
from console.services.funding.common import (
    FundingError,
    check_version,
    money,
    text,
)
from console.services.funding.rows import ExpenseDraft, ExpenseRow
from console.services.text_rules import TextField


def expense_row(expense: FundingExpense) -> ExpenseRow:
    return ExpenseRow(
        id=expense.id,
        spent_on=expense.spent_on,
        description=expense.description,
        amount=Decimal(expense.amount).quantize(Decimal("0.01")),
        document_ref=expense.document_ref,
        version_id=expense.version_id,
    )


def expenses_between(session: Session, start: date | None, end: date | None) -> list[ExpenseRow]:
    """The expenses of days ``start`` to ``end`` (both included; None: open), by date."""
    query = select(FundingExpense).order_by(FundingExpense.spent_on, FundingExpense.id)
    if start is not None:
        query = query.where(FundingExpense.spent_on >= start)
    if end is not None:
        query = query.where(FundingExpense.spent_on <= end)
    return [expense_row(e) for e in session.scalars(query)]


def list_expenses(
    session: Session, actor: Actor, start: date | None = None, end: date | None = None
) -> list[ExpenseRow]:
    """Every expense (or those of a period), by date."""
    require(actor, Action.MANAGE_FUNDING)
    return expenses_between(session, start, end)


def _values(draft: ExpenseDraft) -> dict[str, object]:
    bounds.check_day(draft.spent_on)
    return {
        "spent_on": draft.spent_on,
        "description": text(
            draft.description,
            TextField.EXPENSE_DESCRIPTION,
            blank=lambda: FundingError(
                "funding_description_required", "say what the expense was for"
            ),
        ),
        "amount": money(draft.amount, positive=True),
        "document_ref": text(draft.document_ref, TextField.DOCUMENT_REF),
    }


def add_expense(session: Session, actor: Actor, draft: ExpenseDraft) -> ExpenseRow:
    """Record an expense. Refuses a blank description (``funding_description_required``), an
    amount that is not above zero in cents (``funding_amount_invalid``) and a text too long."""
    require(actor, Action.MANAGE_FUNDING)
    expense = FundingExpense(created_by_id=actor.user_id, **_values(draft))
    session.add(expense)
    audit.record_write(session, actor, "create", expense)
    return expense_row(expense)


def _load(session: Session, expense_id: int, expected_version: int) -> FundingExpense:
    expense = session.get(FundingExpense, expense_id, with_for_update=True)
    if expense is None:
        raise FundingError(
            "funding_expense_not_found", "expense {id} does not exist", id=expense_id
        )
    check_version(
        expense.version_id,
        expected_version,
        lambda: FundingError(
            "funding_expense_changed",
            "expense {id} was changed by someone else since version {version}; reload it and "
            "try again",
            id=expense_id,
            version=expected_version,
        ),
    )
    return expense


def update_expense(
    session: Session, actor: Actor, expense_id: int, expected_version: int, draft: ExpenseDraft
) -> ExpenseRow:
    """Change an expense read at ``expected_version``; refuses as :func:`add_expense` and an
    unknown (``funding_expense_not_found``) or stale one (``funding_expense_changed``)."""
    require(actor, Action.MANAGE_FUNDING)
    values = _values(draft)
    expense = _load(session, expense_id, expected_version)
    for name, value in values.items():
        setattr(expense, name, value)
    audit.record_write(session, actor, "update", expense)
    return expense_row(expense)


def remove_expense(session: Session, actor: Actor, expense_id: int, expected_version: int) -> None:
    """Remove an expense read at ``expected_version`` (refusals as :func:`update_expense`)."""
    require(actor, Action.MANAGE_FUNDING)
    expense = _load(session, expense_id, expected_version)
    session.delete(expense)
    audit.record_write(session, actor, "delete", expense)
