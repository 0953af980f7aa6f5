"""Start-up, timed as whole processes, against a bare PySide6 process that opens a QMainWindow and
paints it (the reference of every row). Off screen, run in turn.

What a person waits for is two things (``startup_driver.py`` plays the person, in the console's
own process, with the console's real ``main()``): from launching to a sign-in dialog they can
type in, and from pressing Enter to the painted calendar. The time they spend typing (1.5 s) is
not counted: the console prepares the rest meanwhile. The scripted whole process (``--screenshot
--view calendar``, signed in with the password on standard input, which never waits for a
person) is kept for the record: it pays for argon2 and every import in a row.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import COORDINATOR, PASSWORD
from benchmarks.timing import Result
from console.services.demo_accounts import DEMO_PASSWORD

ROOT = Path(__file__).resolve().parent.parent
DRIVER = Path(__file__).resolve().parent / "startup_driver.py"


def _console() -> list[str]:
    """The console of this checkout (run from its folder, ``python -m console``)."""
    return [sys.executable, "-m", "console"]


def _finished(
    command: list[str], password: str | None, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` from the checkout with ``password`` on standard input, to its end."""
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
    return done


def _run(command: list[str], password: str | None, env: dict[str, str]) -> None:
    _finished(command, password, env)


def _times(command: list[str], password: str | None, env: dict[str, str]) -> dict[str, float]:
    """Run a driver process; the times it printed (``what <time.time()>``), from its launch."""
    launched = time.time()
    done = _finished(command, password, env)
    times = {}
    for line in done.stdout.splitlines():
        what, _, at = line.partition(" ")
        times[what] = float(at) - launched
    return times


def _environment() -> tuple[dict[str, str], Path]:
    home = Path(tempfile.mkdtemp(prefix="bench-home-"))
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("XDG_CONFIG_HOME", None)
    env.pop("XDG_DATA_HOME", None)
    # As installed (pip compiles the modules): the bytecode written once, by the warm-up runs,
    # in a folder of this run's own, even where PYTHONDONTWRITEBYTECODE is set.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    return env, home


def start_up(path: Path, repeat: int) -> list[Result]:
    env, home = _environment()
    shot = str(home / "shot.png")
    where = {
        "": (["--db", str(path), "--user", COORDINATOR], PASSWORD),
        ", demo": (["--demo"], DEMO_PASSWORD),
    }
    bare = [sys.executable, str(DRIVER), "bare"]
    results = []
    for suffix, (source, password) in where.items():
        person = [sys.executable, str(DRIVER), "console", *source, "--lang", "it"]
        person += ["--view", "calendar"]
        scripted = [
            *_console(),
            *source,
            "--lang",
            "it",
            "--screenshot",
            shot,
            "--view",
            "calendar",
        ]
        if "--user" not in scripted:
            scripted += ["--user", "coordinatore"]
        # One warm-up of each (the first demo run makes the demo database), then in turn.
        _times(person, password + "\n", env)
        _run(scripted, password + "\n", env)
        _times(bare, None, env)
        dialog, window, whole, reference = [], [], [], []
        for _ in range(repeat):
            seen = _times(person, password + "\n", env)
            dialog.append(seen["dialog"])
            window.append(seen["painted"] - seen["enter"])
            launched = time.perf_counter()
            _run(scripted, password + "\n", env)
            whole.append(time.perf_counter() - launched)
            reference.append(_times(bare, None, env)["painted"])
        bare_s = statistics.median(reference)
        name = "bare PySide6 window"
        results += [
            Result(
                f"start-up: launch to sign-in dialog{suffix}",
                statistics.median(dialog),
                bare_s,
                name,
            ),
            Result(
                f"start-up: Enter to painted calendar{suffix}",
                statistics.median(window),
                bare_s,
                name,
            ),
            Result(
                f"start-up, scripted whole process{suffix}", statistics.median(whole), bare_s, name
            ),
        ]
    return results
