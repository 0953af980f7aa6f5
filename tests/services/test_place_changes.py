"""What the map's and the accounts' operations declare they change: the areas the runner
announces after each one, and the rows it names; a writing function left undeclared is found."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from console.services.access import accounts, audit
from console.services.access.login import login, reauthenticate
from console.services.changes import Area, declared_writes
from console.services.places import exchange, geojson, map_data, signals, zones
from tests.services.declarations import writing_functions

PLACES_PACKAGE = Path(zones.__file__).parent


@dataclass(frozen=True)
class _Row:
    id: int


# operation -> (the areas it writes, the ids announced for a result with id 7)
DECLARED: dict[Callable[..., Any], tuple[tuple[Area, ...], tuple[int, ...] | None]] = {
    zones.create_zone: ((Area.ZONES,), (7,)),
    zones.update_zone: ((Area.ZONES,), (7,)),
    zones.set_zone_active: ((Area.ZONES,), (7,)),
    zones.save_zone_properties: ((Area.ZONES,), (7,)),
    geojson.import_zones: ((Area.ZONES,), None),  # any number of zones
    signals.create_signal: ((Area.SIGNALS,), (7,)),
    signals.import_signals: ((Area.SIGNALS,), None),  # the result is a count
    audit.events_csv: ((Area.AUDIT,), None),  # the export is itself an entry
    audit.write_events_csv: ((Area.AUDIT,), None),
    accounts.create_first_admin: ((Area.USERS,), None),
    accounts.set_password: ((Area.USERS,), None),
    accounts.disable_user: ((Area.USERS,), None),
    accounts.change_password: ((Area.USERS,), None),
    login: ((Area.USERS, Area.AUDIT), None),  # an entry, and the lockout counter
    reauthenticate: ((Area.USERS, Area.AUDIT), None),
}


@pytest.mark.parametrize("operation", DECLARED, ids=lambda fn: fn.__qualname__)
def test_each_writing_operation_declares_its_areas_and_rows(
    operation: Callable[..., Any],
) -> None:
    areas, ids = DECLARED[operation]
    declared = declared_writes(functools.partial(operation, "through a partial, as views call"))
    assert declared is not None
    assert declared.areas == areas
    assert declared.changes(_Row(7)) == [(area, ids) for area in areas]


def test_a_new_account_is_announced_with_its_id() -> None:
    declared = declared_writes(accounts.create_user)
    assert declared is not None
    assert declared.changes(12) == [(Area.USERS, (12,))]  # create_user returns the user id


@pytest.mark.parametrize(
    "operation",
    [
        map_data.load_map,
        map_data.load_panel,
        exchange.read_zone_file,
        exchange.write_zone_file,  # writes a file, not the database
        exchange.preview_csv_file,
        audit.load_audit,
        zones.list_zones,
        signals.preview_signal_csv,
    ],
    ids=lambda fn: fn.__qualname__,
)
def test_reads_declare_nothing(operation: Callable[..., Any]) -> None:
    assert declared_writes(operation) is None


def _writing_functions() -> set[str]:
    """Public functions of the places package that write a row through the audit or call a
    zone write of the same package."""
    writers = {"record_write", "record", "_audited_write", "update_zone", "set_zone_active"}
    return writing_functions(PLACES_PACKAGE, writers)


def test_no_writing_operation_of_the_places_is_left_undeclared() -> None:
    declared = {
        f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__}"
        for fn in DECLARED
        if fn.__module__.startswith("console.services.places.")
    }
    assert _writing_functions() == declared  # equal: the search finds what it must
