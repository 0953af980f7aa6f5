"""Finding a package's writing operations by reading its code, to compare with what they declare
(``@writes``): a write added without a declaration makes the comparison fail."""

from __future__ import annotations

import ast
from pathlib import Path


def writing_functions(package: Path, writers: set[str]) -> set[str]:
    """``module.function`` for each public function of ``package`` that calls one of
    ``writers`` (by name or attribute: ``record_write``, ``audit.record``…)."""
    found: set[str] = set()
    for path in sorted(package.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            calls = {
                call.func.attr if isinstance(call.func, ast.Attribute) else call.func.id
                for call in ast.walk(node)
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute | ast.Name)
            }
            if calls & writers:
                found.add(f"{path.stem}.{node.name}")
    return found
