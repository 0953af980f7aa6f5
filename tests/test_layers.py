"""The shape of the code, checked from its imports: layers go one way (views -> services ->
models), nothing below the views imports Qt, no session under the views but in the runner's
helper, and the service areas import each other without a cycle."""

from __future__ import annotations

import ast
import importlib
from collections import defaultdict
from pathlib import Path

import pytest

import console

PACKAGE = Path(console.__file__).parent
SERVICES = PACKAGE / "services"
# The one place under views/ that opens a session: the runner's bridge to the services.
SESSION_ALLOWED = {"views/common/section.py"}


def _modules(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports (absolute names; ``from a import b`` gives a and a.b)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def test_nothing_below_the_views_imports_qt() -> None:
    below = [*_modules(PACKAGE / "models"), *_modules(SERVICES), PACKAGE / "db.py"]
    offenders = [_relative(p) for p in below if any(m.startswith("PySide6") for m in _imports(p))]
    assert offenders == []


def test_models_import_no_services_and_services_no_views() -> None:
    offenders = [
        _relative(p)
        for p in _modules(PACKAGE / "models")
        if any(m.startswith(("console.services", "console.views")) for m in _imports(p))
    ]
    offenders += [
        _relative(p)
        for p in _modules(SERVICES)
        if any(m.startswith("console.views") for m in _imports(p))
    ]
    assert offenders == []


def test_the_views_open_no_session() -> None:
    offenders = []
    for path in _modules(PACKAGE / "views"):
        if _relative(path) in SESSION_ALLOWED:
            continue
        imported = _imports(path)
        if {"console.db.session_scope", "sqlalchemy.orm.Session"} & imported:
            offenders.append(_relative(path))
    assert offenders == [], "use cases belong in console/services, run through the runner"


def _area(module: str) -> str | None:
    """The service area a module belongs to: console.services.<area>[.<module>]."""
    parts = module.split(".")
    if parts[:2] != ["console", "services"] or len(parts) < 3:
        return None
    return parts[2]


def test_the_service_areas_import_each_other_without_a_cycle() -> None:
    edges: dict[str, set[str]] = defaultdict(set)
    for path in _modules(SERVICES):
        own = _area("console." + _relative(path).removesuffix(".py").replace("/", "."))
        for module in _imports(path):
            other = _area(module)
            if own and other and other != own and (SERVICES / other).is_dir():
                edges[own].add(other)
    # Depth-first search for a back edge.
    state: dict[str, str] = {}
    cycle: list[str] = []

    def visit(node: str, path: list[str]) -> bool:
        state[node] = "open"
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == "open":
                cycle.extend([*path, node, nxt])
                return True
            if nxt not in state and visit(nxt, [*path, node]):
                return True
        state[node] = "done"
        return False

    for node in sorted(edges):
        if node not in state and visit(node, []):
            break
    assert cycle == [], " -> ".join(cycle)
    assert len([p for p in SERVICES.iterdir() if p.is_dir() and p.name != "__pycache__"]) >= 5


def test_every_single_shot_timer_has_a_context_object() -> None:
    """QTimer.singleShot(ms, context, fn): without the context, fn runs even after the widget
    it touches was deleted."""
    offenders = []
    for path in _modules(PACKAGE):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "singleShot"
                and len(node.args) != 3
            ):
                offenders.append(f"{_relative(path)}:{node.lineno}")
    assert offenders == []


def test_the_home_time_zone_is_named_once() -> None:
    named = [
        _relative(p) for p in _modules(PACKAGE) if '"Europe/Rome"' in p.read_text(encoding="utf-8")
    ]
    assert named == ["clock.py"]


TRANSLATING = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})


def _translating(node: ast.AST) -> bool:
    """A call of tr(), translate() or a QT_*_NOOP marker."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name == "translate":  # QCoreApplication.translate("Context", …), not painter.translate(x, y)
        first = node.args[0] if node.args else None
        return isinstance(first, ast.Constant) and isinstance(first.value, str)
    return name in TRANSLATING


def _source_text(call: ast.Call) -> ast.AST | None:
    """The argument lupdate reads as the English source: tr's first, translate's second."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    index = 0 if name in {"tr", "QT_TR_NOOP"} else 1
    return call.args[index] if len(call.args) > index else None


def hidden_translations(source: str) -> list[tuple[int, str]]:
    """(line, why) for every translated string lupdate cannot extract, so that it stays English:
    a tr()/translate() inside an f-string's braces (on one line or several), and a source text
    that is itself an f-string, a "…".format(…) or a concatenation (tr(f"…").format(…))."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if inner is not node and _translating(inner):
                    found.append((inner.lineno, "tr() inside an f-string"))
        elif _translating(node):
            text = _source_text(node)
            if isinstance(text, ast.JoinedStr):
                found.append((node.lineno, "an f-string as the source text"))
            elif isinstance(text, ast.BinOp) or (
                isinstance(text, ast.Call)
                and isinstance(text.func, ast.Attribute)
                and text.func.attr == "format"
            ):
                found.append((node.lineno, "a computed source text"))
    return sorted(set(found))


@pytest.mark.parametrize(
    "source",
    [
        "x = f\"<b>{self.tr('Amended')}</b>\"",
        'x = f"""<b>{\n    self.tr("Amended")\n}</b>"""',
        "x = f\"{QCoreApplication.translate('Cases', 'Amend')}\"",
        'x = self.tr(f"Amends {note}").format(note=n)',
        'x = self.tr("Amends {n}".format(n=1))',
        'x = QCoreApplication.translate("Cases", "Amend " + suffix)',
    ],
)
def test_the_hidden_translation_check_catches(source: str) -> None:
    assert len(hidden_translations(source)) == 1


def test_the_hidden_translation_check_lets_extractable_strings_pass() -> None:
    source = (
        'a = html.escape(self.tr("Amended"))\n'
        'b = f"<b>{a}</b>"\n'
        'c = self.tr("Amends {note}").format(note=f"<a>{a}</a>")\n'
        'd = QCoreApplication.translate("AuditActions", known)\n'
    )
    assert hidden_translations(source) == []


def test_no_translated_string_hides_inside_an_f_string() -> None:
    """lupdate cannot extract tr("…") written inside an f-string, nor a computed source text:
    it would stay English in the Italian window."""
    offenders = [
        f"{_relative(p)}:{line}: {why}"
        for p in _modules(PACKAGE)
        for line, why in hidden_translations(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_every_section_package_exports_its_view() -> None:
    from console.views.sections import SECTIONS

    for section in SECTIONS:
        view = section.factory.view_class()  # each imported only when first made
        package = importlib.import_module(view.__module__.rsplit(".", 1)[0])
        assert package.__name__ == section.factory.package
        assert getattr(package, view.__name__, None) is view, package.__name__
        assert view.__name__ in package.__all__
