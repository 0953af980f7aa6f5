"""Every refusal the services raise has its translated text, with the values it names.

The services' source is read (not run): each ``SomeError("code", "english", name=value)`` call
on a class derived from ``Refusal`` (and each ``super().__init__("code", ...)`` inside one) is a
refusal site. Every code must have a template in ``views/common/errors``, every template must be
raised somewhere, and a template may only use placeholders the raise sites give.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import string
from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import console.services
from console.models import Role, ShiftStatus
from console.services.access import Action, Actor, PermissionDenied
from console.services.errors import Entity, Refusal, StaleRecord, not_found
from console.views.common import errors

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ROOT / "console" / "services"


def _refusal_classes() -> set[str]:
    for module in pkgutil.walk_packages(console.services.__path__, "console.services."):
        importlib.import_module(module.name)
    found: set[str] = set()
    todo: list[type[Exception]] = [Refusal, PermissionDenied]  # Refused carries a code too
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_super_init(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and _name(func.value.func) == "super"
    )


def raise_sites() -> dict[str, list[tuple[str, frozenset[str] | None]]]:
    """code -> [(where, the param names given, or None when given with **)]."""
    classes = _refusal_classes()
    sites: dict[str, list[tuple[str, frozenset[str] | None]]] = defaultdict(list)
    for path in sorted(SERVICES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            if _name(node.func) == "not_found":  # not_found(ErrorClass, Entity.X, id)
                sites["not_found"].append((f"{path.relative_to(ROOT)}:{node.lineno}", None))
                continue
            if not (_name(node.func) in classes or _is_super_init(node)):
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            if _is_super_init(node) and len(node.args) < 2:
                continue  # a plain exception's message, not a code
            names = [k.arg for k in node.keywords]
            given = None if None in names else frozenset(n for n in names if n is not None)
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            sites[first.value].append((where, given))
    return sites


SITES = raise_sites()


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_scan_finds_the_refusals() -> None:
    assert len(SITES) > 20
    assert "not_found" in SITES and "stale" in SITES


@pytest.mark.parametrize("code", sorted(SITES))
def test_every_code_raised_has_a_text(code: str) -> None:
    assert code in errors.TEXTS, f"no text in views/common/errors for {code!r}: {SITES[code]}"


@pytest.mark.parametrize("code", sorted(errors.TEXTS))
def test_every_text_is_for_a_code_raised(code: str) -> None:
    assert code in SITES, f"views/common/errors has a text for {code!r}, which nothing raises"


@pytest.mark.parametrize("code", sorted(errors.TEXTS))
def test_a_text_uses_only_the_values_given(code: str) -> None:
    wanted = placeholders(errors.TEXTS[code])
    for where, given in SITES.get(code, []):
        if given is not None and code not in {"not_found", "stale"}:
            assert wanted <= given, f"{where} raises {code!r} without {sorted(wanted - given)}"


def test_not_found_and_stale_name_the_record_in_words() -> None:
    text = errors.error_text(not_found(Refusal, Entity.SHIFT, 7))
    assert "shift" in text and "7" in text
    assert (
        "someone else changed this zone"
        in errors.error_text(StaleRecord(Entity.ZONE, 3, 2)).lower()
    )


def test_values_are_shown_as_the_locale_writes_them() -> None:
    shown = errors.shown
    assert shown(ShiftStatus.DONE) == "done"
    assert shown(Entity.SUBJECT) == "person met"
    assert shown(date(2026, 12, 25)) == errors.format_date(date(2026, 12, 25))
    assert shown(datetime(2026, 12, 25, 17, tzinfo=UTC)).endswith("18:00")
    assert shown(37.5) == "37.5"
    assert shown([Role.OFFICER, Role.EDUCATOR]) == "officer, educator"


def test_a_permission_refusal_names_the_action_and_the_role() -> None:
    actor = Actor(user_id=1, person_id=None, organization_id=None, role=Role.MANAGER, username="m")
    text = errors.error_text(PermissionDenied(actor, Action.PLAN_SHIFTS))
    assert text.startswith("You are not allowed to plan shifts as manager.")


def test_an_unknown_failure_falls_back_to_its_first_line() -> None:
    assert errors.error_text(RuntimeError("disk on fire\nmore")) == "disk on fire"
