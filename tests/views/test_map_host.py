"""The map's tools use the map only through MapHost, which the map offers whole; no helper of
the map reaches into its private attributes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import Engine

import console.views.map as map_package
from console.views.map.host import MapHost
from tests.views.map_helpers import make_view, seed_town

PACKAGE = Path(map_package.__file__).parent
TOOLS = ("zone_editing.py", "signal_entry.py")
HELPERS = (*TOOLS, "toolbar.py")


def _host_members() -> set[str]:
    """The attributes the protocol declares and its methods."""
    methods = {
        name
        for name, value in vars(MapHost).items()
        if callable(value) and not name.startswith("_")
    }
    return set(MapHost.__annotations__) | methods


def _used_on(path: Path, owner: str) -> set[str]:
    """The attributes read or called on ``self.<owner>`` (or a parameter called ``owner``)."""
    used: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Attribute):
            continue
        target = node.value
        if (
            isinstance(target, ast.Attribute)
            and target.attr == owner
            and isinstance(target.value, ast.Name)
            and target.value.id == "self"
        ) or (isinstance(target, ast.Name) and target.id == owner):
            used.add(node.attr)
    return used


def test_the_tools_use_exactly_what_the_host_declares() -> None:
    used = set().union(*(_used_on(PACKAGE / name, "host") for name in TOOLS))
    assert used == _host_members()  # nothing outside it, and nothing declared in vain


@pytest.mark.parametrize("name", TOOLS)
def test_the_tools_know_the_map_only_as_a_host(name: str) -> None:
    text = (PACKAGE / name).read_text(encoding="utf-8")
    assert "MapView" not in text and "map.section" not in text
    assert _used_on(PACKAGE / name, "view") == set()


@pytest.mark.parametrize("name", HELPERS)
def test_no_helper_reads_a_private_attribute_of_the_map(name: str) -> None:
    used = _used_on(PACKAGE / name, "view") | _used_on(PACKAGE / name, "host")
    assert sorted(attr for attr in used if attr.startswith("_")) == []


def test_the_map_is_a_whole_host(qtbot, engine: Engine) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    missing = sorted(name for name in _host_members() if not hasattr(view, name))
    assert missing == []
    assert view.widget() is view
    assert {zone.name for zone in view.loaded_zones()} == {"Piazza Roma", "Parco dell'Argine"}
    assert view.selected_zone() is None
    square = next(zone for zone in view.loaded_zones() if zone.name == "Piazza Roma")
    view.select_zone(square.id)
    assert view.selected_zone() == square and view.bar.edit_shape.isEnabled()
    view.select_zone(None)
    assert view.selected_zone() is None and not view.bar.edit_shape.isEnabled()
    assert view.finish_zone_editing()  # no zone tool in use: nothing to end
