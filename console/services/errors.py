"""Why a service refused a request, declared once: a code per reason and the values it needs.

Every refusal a person can cause is a :class:`Refusal` (an area's own class, such as
``PlanningError`` or ``GeoJSONError``, derives from it). Its ``code`` names the reason, its
``params`` carry the values that go into the sentence (ids, names, numbers, dates, enum
members), and ``str()`` is the English sentence for logs and tests. People never read that
English: ``console.views.common.errors`` turns the code and its params into translated text for
the window and for the command line.

The kinds of refusal are told apart by their code:

- ``not_found`` (:func:`not_found`): the record the request names does not exist (any more);
- ``stale`` (:class:`StaleRecord`): someone else changed the record since the caller read it;
- any other code: the input is invalid or a rule refuses it; the code says which.
"""

from __future__ import annotations

import enum
from typing import Any, TypeVar


class Entity(enum.StrEnum):
    """The kinds of record a refusal can name (the English word is the value)."""

    SHIFT = "shift"
    ABSENCE = "absence"
    ZONE = "zone"
    PERSON = "person"
    ORGANIZATION = "organization"
    USER = "account"
    CASE = "case"
    NOTE = "note"
    REFERRAL = "referral"
    DEBRIEF = "debrief"
    SUBJECT = "person met"
    CONSENT = "consent"
    SIGNAL = "signal"
    MEETING = "meeting"
    DEMAND = "demand pattern"
    AVAILABILITY = "availability"


class Refusal(ValueError):
    """A request the service refuses; nothing was written.

    ``code`` names the reason once (the views translate it); ``params`` are the values the
    sentence needs; ``text`` is the English sentence, a ``str.format`` template over ``params``.
    """

    def __init__(self, code: str, text: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(text.format(**params) if params else text)


R = TypeVar("R", bound=Refusal)


def not_found(error: type[R], entity: Entity, record_id: object) -> R:
    """The refusal ``error`` saying that ``entity`` ``record_id`` does not exist."""
    return error("not_found", "{entity} {id} does not exist", entity=entity, id=record_id)


class StaleRecord(Refusal):
    """The record changed since the caller read it (``expected_version``): reload and redo."""

    def __init__(
        self, entity: Entity, record_id: int, expected_version: int, text: str = "", **params: Any
    ) -> None:
        self.entity = entity
        self.record_id = record_id
        self.expected_version = expected_version
        super().__init__(
            "stale",
            text or "{entity} {id} was changed by someone else since version {version}",
            entity=entity,
            id=record_id,
            version=expected_version,
            **params,
        )
