"""What a user action changes: the areas of the data (declared once, here) and the declaration
each writing service operation carries, which the runner reads to announce the change.

An area is the kind of record that changed (plural snake_case, as the tables are named); the
ids that go with it are the rows touched, or None for "any of them". Views subscribe to the
areas they show and decide themselves whether to reload (Anki's ``OpChanges``, in our terms).
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
IdsOf = Callable[[Any], Iterable[int] | None]


class Area(enum.StrEnum):
    """The areas a change is announced for."""

    ALL = "all"  # everything may have changed (e.g. the demo data were added)
    SETTINGS = "settings"  # ids: the names of the settings that changed
    ORGANIZATIONS = "organizations"
    PERSONS = "persons"
    USERS = "users"
    ABSENCES = "absences"
    SHIFTS = "shifts"
    ZONES = "zones"
    SIGNALS = "signals"
    DEBRIEFS = "interventions"
    SUBJECTS = "subjects"
    CONSENTS = "consents"
    CASES = "cases"
    NOTES = "case_notes"
    REFERRALS = "referrals"
    MEETINGS = "meetings"
    AUDIT = "audit_events"


@dataclass(frozen=True)
class Writes:
    """An operation's declaration: the areas it writes, and how to find the ids in its result
    (one function for all the areas, or None when the result does not say)."""

    areas: tuple[Area, ...]
    ids: IdsOf | None = None

    def changes(self, result: Any) -> list[tuple[Area, tuple[int, ...] | None]]:
        found = self.ids(result) if self.ids is not None else None
        ids = tuple(found) if found is not None else None
        return [(area, ids) for area in self.areas]


def writes(*areas: Area, ids: IdsOf | None = None) -> Callable[[F], F]:
    """Declare that the decorated service operation writes ``areas``.

    ``ids(result)`` gives the rows touched (e.g. ``row_id``). The function is returned
    unchanged, with the declaration in its ``__writes__`` attribute.
    """
    for area in areas:
        if not isinstance(area, Area):
            raise TypeError(f"{area!r} is not an Area")

    def declare(fn: F) -> F:
        fn.__writes__ = Writes(tuple(areas), ids)  # type: ignore[attr-defined]
        return fn

    return declare


def declared_writes(fn: Callable[..., Any]) -> Writes | None:
    """The declaration of ``fn`` (of the function a ``partial`` wraps), if it writes."""
    while isinstance(fn, functools.partial):
        fn = fn.func
    return getattr(fn, "__writes__", None)


def row_id(row: Any) -> tuple[int]:
    """The ids of an operation that returns one row (a dataclass with an ``id``)."""
    return (row.id,)
