"""Start-up, timed as whole processes: the console until its calendar is painted (``--screenshot
--view calendar``, signed in as the coordinator) against a bare PySide6 process that opens a
QMainWindow and paints it. Both off screen, run in turn."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.generate import COORDINATOR, PASSWORD
from benchmarks.timing import Result, interleaved
from console.services.demo.people import DEMO_PASSWORD

BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "window = QMainWindow()\n"
    "window.resize(1400, 900)\n"
    "window.show()\n"
    "app.processEvents()\n"
    "window.grab()\n"
)


ROOT = Path(__file__).resolve().parent.parent


def _console() -> list[str]:
    """The console of this checkout (run from its folder, ``python -m console``)."""
    return [sys.executable, "-m", "console"]


def _run(command: list[str], password: str | None, env: dict[str, str]) -> None:
    done = subprocess.run(
        command,
        input=password,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
        timeout=300,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()}")


def start_up(path: Path, repeat: int) -> list[Result]:
    home = tempfile.mkdtemp(prefix="bench-home-")
    env = {**os.environ, "HOME": home, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("XDG_CONFIG_HOME", None)
    env.pop("XDG_DATA_HOME", None)
    # As installed (pip compiles the modules): the bytecode written once, by the warm-up runs,
    # in a folder of this run's own, even where PYTHONDONTWRITEBYTECODE is set.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(home) / "pycache")
    shot = str(Path(home) / "shot.png")
    city = [*_console(), "--db", str(path), "--lang", "it", "--screenshot", shot]
    city += ["--view", "calendar", "--user", COORDINATOR]
    demo = [*_console(), "--demo", "--lang", "it", "--screenshot", shot]
    demo += ["--view", "calendar", "--user", "coordinatore"]
    bare = [sys.executable, "-c", BARE]

    def reference() -> None:
        _run(bare, None, env)

    # The first demo run makes the demo database; interleaved() runs each side once first.
    mine, theirs = interleaved(lambda: _run(city, PASSWORD + "\n", env), reference, repeat)
    on_demo, theirs_demo = interleaved(
        lambda: _run(demo, DEMO_PASSWORD + "\n", env), reference, repeat
    )
    return [
        Result("start-up to a painted calendar", mine, theirs, "bare PySide6 window"),
        Result("start-up to a painted calendar, demo", on_demo, theirs_demo, "bare PySide6 window"),
    ]
