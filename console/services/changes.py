"""What a user action changes: the areas of the data (declared once, here) and the declaration
each writing service operation carries, which the runner reads to announce the change.

An area is the kind of record that changed (plural snake_case, as the tables are named); the
ids that go with it are the rows touched, or None for "any of them". Views subscribe to the
areas they show and decide themselves whether to reload (Anki's ``OpChanges``, in our terms).
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Iterable, Mapping
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
    """An operation's declaration: the areas it writes, and how to find the ids in its result:
    one function for every area, one per area (an area left out: "any of them"), or None when
    the result does not say."""

    areas: tuple[Area, ...]
    ids: IdsOf | Mapping[Area, IdsOf] | None = None

    def changes(self, result: Any) -> list[tuple[Area, tuple[int, ...] | None]]:
        return [(area, self._ids(area, result)) for area in self.areas]

    def _ids(self, area: Area, result: Any) -> tuple[int, ...] | None:
        of = self.ids.get(area) if isinstance(self.ids, Mapping) else self.ids
        found = of(result) if of is not None else None
        return tuple(found) if found is not None else None


def writes(*areas: Area, ids: IdsOf | Mapping[Area, IdsOf] | None = None) -> Callable[[F], F]:
    """Declare that the decorated service operation writes ``areas``.

    ``ids(result)`` gives the rows touched (e.g. ``row_id``); a mapping gives them per area
    (``{Area.DEBRIEFS: row_id, Area.SHIFTS: shift_of}``). The declaration is kept in the
    returned function's ``__writes__`` attribute. On PostgreSQL the operation, once it has
    returned, also tells the other consoles on the server what it changed, in its own
    transaction (``live_changes.notify``: sent on commit only), when its first argument is
    the session.
    """
    for area in areas:
        if not isinstance(area, Area):
            raise TypeError(f"{area!r} is not an Area")
    if isinstance(ids, Mapping) and not set(ids) <= set(areas):
        raise TypeError(f"ids given for areas not written: {set(ids) - set(areas)}")

    def declare(fn: F) -> F:
        declaration = Writes(tuple(areas), ids)

        @functools.wraps(fn)
        def operation(*args: Any, **kwargs: Any) -> Any:
            # Imported here: the runner reads declarations on the sign-in path, before SQLAlchemy
            # has loaded (on the worker, while the person types); by the time a service runs,
            # both are in sys.modules and this costs a dictionary look-up.
            from sqlalchemy.orm import Session  # noqa: PLC0415

            from console.services import live_changes  # noqa: PLC0415

            result = fn(*args, **kwargs)
            session = args[0] if args else None
            if isinstance(session, Session) and live_changes.on_server(session):
                live_changes.notify(session, declaration.changes(result))
            return result

        operation.__writes__ = declaration  # type: ignore[attr-defined]
        return operation  # type: ignore[return-value]

    return declare


def declared_writes(fn: Callable[..., Any]) -> Writes | None:
    """The declaration of ``fn`` (of the function a ``partial`` wraps), if it writes."""
    while isinstance(fn, functools.partial):
        fn = fn.func
    return getattr(fn, "__writes__", None)


def row_id(row: Any) -> tuple[int]:
    """The ids of an operation that returns one row (a dataclass with an ``id``)."""
    return (row.id,)


def field_ids(name: str) -> IdsOf:
    """The ids of an operation whose result names the row of another area in ``name`` (e.g.
    a debrief's ``shift_id``): that one id, or none when the field is empty."""

    def ids(row: Any) -> tuple[int, ...]:
        value = getattr(row, name)
        return () if value is None else (value,)

    ids.__name__ = f"ids_in_{name}"
    return ids
