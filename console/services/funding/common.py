"""What the funding services share: their refusals, money and CUP checks, text limits and the
version check of an edited row.

Money is ``Decimal`` euros with at most two decimal places, never a float: a float given as an
amount is a bug in the caller and raises ``TypeError``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from console.services import bounds
from console.services.errors import Refusal
from console.services.text_rules import LIMITS, TextField, clean_text

CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("9999999999.99")  # Numeric(12, 2)
MAX_TITLE = LIMITS[TextField.PROJECT_TITLE]
MAX_FUNDER = LIMITS[TextField.FUNDER]
MAX_DESCRIPTION = LIMITS[TextField.EXPENSE_DESCRIPTION]
MAX_DOCUMENT = LIMITS[TextField.DOCUMENT_REF]
MAX_TEXT = LIMITS[TextField.NARRATIVE]  # the objectives, a narrative field
CUP_PATTERN = re.compile(r"[A-Z0-9]{15}")


class FundingError(Refusal):
    """The funding request cannot be carried out as asked: ``code`` says why, ``params`` with
    what (see :mod:`console.services.errors`)."""


def money(value: Decimal | int | str, *, positive: bool = False) -> Decimal:
    """``value`` as euros with two places. Refuses (``funding_amount_invalid``) what is not a
    number, negative (or zero when ``positive``), finer than a cent, or too large."""
    if isinstance(value, float):
        raise TypeError("money is a Decimal, never a float")
    try:
        amount = (
            Decimal(str(value).strip().replace(",", "."))
            if isinstance(value, str)
            else Decimal(value)
        )
    except InvalidOperation:
        amount = None
    if (
        amount is None
        or not amount.is_finite()
        or amount < 0
        or (positive and amount == 0)
        or amount > MAX_AMOUNT
        or amount != amount.quantize(CENT)
    ):
        raise FundingError(
            "funding_amount_invalid",
            "{amount} is not an amount in euros with at most two decimals"
            + (", above zero" if positive else ""),
            amount=bounds.short_text(str(value)),
        )
    return amount.quantize(CENT)


def cup_code(value: str | None) -> str:
    """The CUP code in capitals without blanks: 15 letters and digits, or empty (not yet
    assigned). Refuses (``funding_cup_invalid``) anything else."""
    code = re.sub(r"\s+", "", value or "").upper()
    if code and not CUP_PATTERN.fullmatch(code):
        raise FundingError(
            "funding_cup_invalid",
            "{cup} is not a CUP code: it has 15 letters and digits",
            cup=value or "",
        )
    return code


def text(
    value: str | None, field: TextField, *, blank: Callable[[], FundingError] | None = None
) -> str:
    """``value`` cleaned by the shared text rules (:mod:`console.services.text_rules`); raises
    ``blank()`` when it is empty (if given) and ``text_too_long`` past the field's limit."""
    return clean_text(value, field, blank=blank)


def check_version(current: int, expected: int, stale: Callable[[], FundingError]) -> None:
    """Raise ``stale()`` (a refusal per kind of row) when the row changed since the caller
    read it at version ``expected``."""
    if current != expected:
        raise stale()
