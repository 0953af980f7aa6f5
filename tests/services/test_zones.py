"""Zones: listing, creating, editing with versions, (de)activating, validation, rights, audit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine

from console import db
from console.models import Role
from console.services import access
from console.services.errors import Entity, StaleRecord
from console.services.places import geometry, zones
from console.services.places.zones import StaleZone, ZoneDraft, ZoneError
from tests.services.map_data import (
    COORDINATOR,
    actor,
    add_zone,
    audit_entries,
    chain_is_intact,
    counts,
    square,
)

UNCLOSED = {"type": "Polygon", "coordinates": [[[10.0, 45.0], [10.01, 45.0], [10.01, 45.01]]]}
BOW_TIE = {
    "type": "Polygon",
    "coordinates": [[[10.0, 45.0], [10.01, 45.01], [10.01, 45.0], [10.0, 45.01], [10.0, 45.0]]],
}


def test_a_new_zone_is_active_with_closed_rings_and_a_lower_case_colour(engine: Engine) -> None:
    with db.session_scope(engine) as s:
        made = zones.create_zone(
            s, COORDINATOR, ZoneDraft("  Piazza   Roma ", "#D62728", UNCLOSED, 6.5)
        )
    assert made.name == "Piazza Roma"
    assert made.colour == "#d62728"
    assert made.review_threshold == 6.5 and made.active and made.version_id == 1
    ring = made.geometry["coordinates"][0]
    assert ring[0] == ring[-1] and len(ring) == 4
    with db.session_scope(engine) as s:
        assert zones.list_zones(s, COORDINATOR) == [made]
        assert zones.get_zone(s, COORDINATOR, made.id) == made


def test_the_default_threshold_is_ten() -> None:
    assert ZoneDraft("x", "#000000", UNCLOSED).review_threshold == 10.0


def test_zones_are_listed_by_name_and_deactivated_ones_only_on_request(engine: Engine) -> None:
    roma = add_zone(engine, "Piazza Roma")
    marconi = add_zone(engine, "Piazza Marconi")
    orti = add_zone(engine, "Area verde di via Orti Romani")
    with db.session_scope(engine) as s:
        zones.set_zone_active(s, COORDINATOR, roma.id, roma.version_id, False)
    with db.session_scope(engine) as s:
        shown = zones.list_zones(s, COORDINATOR)
        every = zones.list_zones(s, COORDINATOR, include_inactive=True)
    assert [z.id for z in shown] == [orti.id, marconi.id]
    assert [(z.name, z.active) for z in every] == [
        ("Area verde di via Orti Romani", True),
        ("Piazza Marconi", True),
        ("Piazza Roma", False),
    ]


def test_the_returned_geometry_is_a_copy(engine: Engine) -> None:
    made = add_zone(engine, "Piazza Roma")
    made.geometry["coordinates"][0][0][0] = 0.0
    with db.session_scope(engine) as s:
        assert zones.get_zone(s, COORDINATOR, made.id).geometry == square(10.02, 45.13)


# -- validation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "error", "message", "code"),
    [
        (ZoneDraft("   ", "#112233", UNCLOSED), ZoneError, "needs a name", "zone_name_missing"),
        (
            ZoneDraft("x" * 121, "#112233", UNCLOSED),
            ZoneError,
            "keep it to 120",
            "zone_name_too_long",
        ),
        (ZoneDraft("Roma", "red", UNCLOSED), ZoneError, "#rrggbb", "zone_colour_invalid"),
        (ZoneDraft("Roma", "#12345", UNCLOSED), ZoneError, "#rrggbb", "zone_colour_invalid"),
        (ZoneDraft("Roma", "#12345g", UNCLOSED), ZoneError, "#rrggbb", "zone_colour_invalid"),
        (
            ZoneDraft("Roma", "#112233", UNCLOSED, -1),
            ZoneError,
            "0 or more",
            "zone_threshold_negative",
        ),
        (
            ZoneDraft("Roma", "#112233", UNCLOSED, float("nan")),
            ZoneError,
            "0 or more",
            "zone_threshold_negative",
        ),
        (
            ZoneDraft("Roma", "#112233", UNCLOSED, "tanti"),  # type: ignore[arg-type]
            ZoneError,
            "not a number",
            "zone_threshold_not_a_number",
        ),
        (
            ZoneDraft("Roma", "#112233", BOW_TIE),
            geometry.GeometryError,
            "crosses itself",
            "geometry_crosses_itself",
        ),
        (
            ZoneDraft(
                "Roma", "#112233", {"type": "Polygon", "coordinates": [[[10, 45], [11, 45]]]}
            ),
            geometry.GeometryError,
            "at least 3 distinct points",
            "geometry_too_few_points",
        ),
        (
            ZoneDraft("Roma", "#112233", {"type": "Point", "coordinates": [10, 45]}),
            geometry.GeometryError,
            "Polygon or MultiPolygon",
            "geometry_not_polygon",
        ),
    ],
)
def test_a_bad_draft_is_refused_and_nothing_is_written(
    engine: Engine, draft: ZoneDraft, error: type[Exception], message: str, code: str
) -> None:
    before = counts(engine)
    with pytest.raises(error, match=message) as refused, db.session_scope(engine) as s:
        zones.create_zone(s, COORDINATOR, draft)
    assert isinstance(refused.value, ValueError) and "\n" not in str(refused.value)
    assert refused.value.code == code
    assert counts(engine) == before


@pytest.mark.parametrize(
    "taken",
    ["Giardini dell'Università", "GIARDINI DELL'UNIVERSITÀ", "giardini  dell'università"],
)
def test_names_are_unique_whatever_the_case_and_accents_case(engine: Engine, taken: str) -> None:
    add_zone(engine, "Giardini dell'Università")
    before = counts(engine)
    with pytest.raises(ZoneError, match="exists already"), db.session_scope(engine) as s:
        zones.create_zone(s, COORDINATOR, ZoneDraft(taken, "#112233", UNCLOSED))
    assert counts(engine) == before


def test_a_deactivated_zone_keeps_its_name(engine: Engine) -> None:
    roma = add_zone(engine, "Piazza Roma")
    with db.session_scope(engine) as s:
        zones.set_zone_active(s, COORDINATOR, roma.id, 1, False)
    with pytest.raises(ZoneError, match=r"\(deactivated\) exists"), db.session_scope(engine) as s:
        zones.create_zone(s, COORDINATOR, ZoneDraft("piazza roma", "#112233", UNCLOSED))


# -- editing with versions -------------------------------------------------------------------


def test_update_changes_the_zone_and_bumps_its_version(engine: Engine) -> None:
    roma = add_zone(engine, "Piazza Roma")
    draft = ZoneDraft("Piazza Roma nord", "#2CA02C", square(10.0, 45.0, 0.02), 3.0)
    with db.session_scope(engine) as s:
        changed = zones.update_zone(s, COORDINATOR, roma.id, roma.version_id, draft)
    assert changed.version_id == roma.version_id + 1
    assert (changed.name, changed.colour, changed.review_threshold) == (
        "Piazza Roma nord",
        "#2ca02c",
        3.0,
    )
    assert changed.geometry == square(10.0, 45.0, 0.02)
    with db.session_scope(engine) as s:
        assert zones.get_zone(s, COORDINATOR, roma.id) == changed


def test_renaming_a_zone_to_its_own_name_in_another_case_is_allowed(engine: Engine) -> None:
    roma = add_zone(engine, "Piazza Roma")
    with db.session_scope(engine) as s:
        changed = zones.update_zone(
            s, COORDINATOR, roma.id, 1, ZoneDraft("PIAZZA ROMA", roma.colour, roma.geometry)
        )
    assert changed.name == "PIAZZA ROMA"


def test_renaming_onto_another_zone_is_refused(engine: Engine) -> None:
    roma = add_zone(engine, "Piazza Roma")
    add_zone(engine, "Piazza Marconi")
    before = counts(engine)
    with pytest.raises(ZoneError, match="exists already"), db.session_scope(engine) as s:
        zones.update_zone(
            s, COORDINATOR, roma.id, 1, ZoneDraft("piazza marconi", "#112233", roma.geometry)
        )
    assert counts(engine) == before


def test_an_unchanged_draft_changes_nothing_not_even_the_version(engine: Engine) -> None:
    roma = add_zone(engine, "Piazza Roma", threshold=10.0)
    before = counts(engine)
    draft = ZoneDraft(roma.name, roma.colour.upper(), roma.geometry, 10)
    with db.session_scope(engine) as s:
        same = zones.update_zone(s, COORDINATOR, roma.id, roma.version_id, draft)
    assert same == roma
    assert counts(engine) == before  # no audit entry either


def test_a_stale_version_is_refused_with_the_zone_as_it_is_now(engine: Engine) -> None:
    roma = add_zone(engine, "Piazza Roma")
    with db.session_scope(engine) as s:
        first = zones.update_zone(
            s, COORDINATOR, roma.id, 1, ZoneDraft("Piazza Roma", "#000000", roma.geometry)
        )
    before = counts(engine)
    for write in (
        lambda s: zones.update_zone(
            s, COORDINATOR, roma.id, 1, ZoneDraft("Roma", "#ffffff", roma.geometry)
        ),
        lambda s: zones.set_zone_active(s, COORDINATOR, roma.id, 1, False),
    ):
        with pytest.raises(StaleZone) as stale, db.session_scope(engine) as s:
            write(s)
        assert stale.value.current == first
        assert stale.value.expected_version == 1
        assert "changed by someone else since version 1 (now version 2)" in str(stale.value)
        assert isinstance(stale.value, StaleRecord) and isinstance(stale.value, ZoneError)
        assert (stale.value.code, stale.value.zone_id) == ("stale", roma.id)
        assert stale.value.params == {"entity": Entity.ZONE, "id": roma.id, "version": 1, "now": 2}
    assert counts(engine) == before


def test_an_unknown_zone_is_a_clear_error(engine: Engine) -> None:
    with (
        pytest.raises(ZoneError, match="zone 99 does not exist") as refused,
        db.session_scope(engine) as s,
    ):
        zones.set_zone_active(s, COORDINATOR, 99, 1, False)
    assert refused.value.code == "not_found"
    assert refused.value.params == {"entity": Entity.ZONE, "id": 99}


def test_deactivating_twice_changes_nothing_and_activating_brings_it_back(engine: Engine) -> None:
    roma = add_zone(engine, "Piazza Roma")
    with db.session_scope(engine) as s:
        off = zones.set_zone_active(s, COORDINATOR, roma.id, 1, False)
    with db.session_scope(engine) as s:
        again = zones.set_zone_active(s, COORDINATOR, roma.id, off.version_id, False)
    assert again == off and not off.active and off.version_id == 2
    with db.session_scope(engine) as s:
        on = zones.set_zone_active(s, COORDINATOR, roma.id, off.version_id, True)
    assert on.active and on.version_id == 3


# -- audit -----------------------------------------------------------------------------------


def test_every_write_is_audited_with_its_changes(engine: Engine) -> None:
    roma = add_zone(engine, "Piazza Roma")
    with db.session_scope(engine) as s:
        roma = zones.update_zone(
            s, COORDINATOR, roma.id, 1, ZoneDraft("Piazza Roma", "#000000", roma.geometry, 4)
        )
    with db.session_scope(engine) as s:
        zones.set_zone_active(s, COORDINATOR, roma.id, roma.version_id, False)
    entries = audit_entries(engine, "zones")
    assert [e.action for e in entries] == ["create", "update", "update"]
    assert {e.entity_id for e in entries} == {str(roma.id)}
    assert entries[0].details["changes"]["name"] == [None, "Piazza Roma"]
    assert entries[1].details["changes"] == {
        "colour": ["#1f77b4", "#000000"],
        "review_threshold": [10.0, 4.0],
    }
    assert entries[2].details["changes"] == {"active": [True, False]}
    assert all(e.username == COORDINATOR.username for e in entries)
    assert chain_is_intact(engine)


# -- rights ----------------------------------------------------------------------------------

EDITORS = {Role.COORDINATOR, Role.ADMIN}
WRITES: dict[str, Callable[[Any, access.Actor, int], object]] = {
    "create_zone": lambda s, a, _: zones.create_zone(
        s, a, ZoneDraft("Piazza Marconi", "#112233", UNCLOSED)
    ),
    "update_zone": lambda s, a, zone_id: zones.update_zone(
        s, a, zone_id, 1, ZoneDraft("Piazza Roma 2", "#112233", UNCLOSED)
    ),
    "set_zone_active": lambda s, a, zone_id: zones.set_zone_active(s, a, zone_id, 1, False),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("write", sorted(WRITES))
def test_only_coordinators_and_administrators_edit_zones(
    engine: Engine, role: Role, write: str
) -> None:
    roma = add_zone(engine, "Piazza Roma")
    before = counts(engine)
    if role in EDITORS:
        with db.session_scope(engine) as s:
            WRITES[write](s, actor(role), roma.id)
        assert counts(engine) != before
    else:
        with pytest.raises(access.PermissionDenied), db.session_scope(engine) as s:
            WRITES[write](s, actor(role), roma.id)
        assert counts(engine) == before


@pytest.mark.parametrize("role", list(Role))
def test_every_role_sees_the_zones(engine: Engine, role: Role) -> None:
    roma = add_zone(engine, "Piazza Roma")
    with db.session_scope(engine) as s:
        assert [z.id for z in zones.list_zones(s, actor(role))] == [roma.id]
        assert zones.get_zone(s, actor(role), roma.id).name == "Piazza Roma"
