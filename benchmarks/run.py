"""Every benchmark of issue #17 on one generated city, printed as one table.

Each row times the console (a service, a view, a command or a whole process) against the raw
engine doing the same work (sqlite3, a bare PySide6 process, a loop over hashlib), in the same
run: the two run in turn, ``--repeat`` times each, and the table shows each one's median and
their ratio, so the numbers mean something on any machine. Not a test: nothing asserts.

    .venv/bin/python benchmarks/run.py --scale 0.25          # generates /tmp/city-0.25.db once
    .venv/bin/python benchmarks/run.py --db /tmp/city.db      # a city generate.py made
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Qt off screen and the console's settings in a folder of their own, before anything Qt loads.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="console-bench-")
os.environ["HOME"] = _HOME
os.environ["XDG_CONFIG_HOME"] = str(Path(_HOME) / ".config")
os.environ["XDG_DATA_HOME"] = str(Path(_HOME) / ".local" / "share")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import cases_views, engine_benches, process_benches  # noqa: E402
from benchmarks.generate import generate  # noqa: E402
from benchmarks.timing import Result  # noqa: E402

GROUPS: dict[str, Callable[..., list[Result]]] = {
    "start": process_benches.start_up,
    "open": engine_benches.open_database,
    "week": engine_benches.week_query,
    "calendar": cases_views.calendar_paint,
    "cases": cases_views.cases,
    "search": engine_benches.search,
    "ics": engine_benches.export_ics,
    "audit": engine_benches.audit_verify,
    "summary": engine_benches.summary,
    "map": cases_views.map_benches,
}


@dataclass(frozen=True)
class Run:
    db: Path
    repeat: int


def table(results: list[Result], size: str) -> str:
    header = ("what", "console", "reference", "ratio", "data size")
    rows = [header, *(r.cells(size) for r in results)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |"
        for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--db", type=Path, help="a city made by benchmarks/generate.py")
    source.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="generate the city at this scale (once: /tmp/city-SCALE.db is kept)",
    )
    parser.add_argument("--repeat", type=int, default=7, help="runs of each side (default 7)")
    parser.add_argument(
        "--only", nargs="+", choices=sorted(GROUPS), help="only these groups of benchmarks"
    )
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    path = args.db
    if path is None:
        path = Path(tempfile.gettempdir()) / f"city-{args.scale:g}.db"
        if not path.exists():
            began = time.perf_counter()
            generate(path, args.scale)
            print(f"generated {path} in {time.perf_counter() - began:.0f} s", file=sys.stderr)
    elif not path.exists():
        parser.error(f"{path} does not exist: make it with benchmarks/generate.py")
    run = Run(path, args.repeat)
    results: list[Result] = []
    for name in args.only or GROUPS:
        print(f"running {name}...", file=sys.stderr)
        results.extend(GROUPS[name](run.db, run.repeat))
    size = f"{path.stat().st_size / 2**20:.0f} MB"
    scale = "" if args.db else f", scale {args.scale:g}"
    print(f"{path.name}{scale}, {size}, median of {args.repeat} interleaved runs each")
    print(table(results, size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
