"""A wheel built from the tree installs in a fresh venv and creates a database on its own."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
IGNORED = shutil.ignore_patterns(
    ".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "*.qm", "*.db"
)


def _run(*cmd: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"{cmd}\n{result.stdout}\n{result.stderr}"
    return result


def test_every_package_is_listed_in_pyproject() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "console").rglob("__init__.py")
    }
    assert found <= listed, f"add to pyproject.toml: {sorted(found - listed)}"


@pytest.mark.slow
def test_wheel_installs_outside_the_checkout_and_migrates(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=IGNORED)
    dist = tmp_path / "dist"
    _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        dist,
        ".",
        cwd=source,
    )
    (wheel,) = dist.glob("coordination_console-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "console/migrations/env.py" in names
    assert any(n.startswith("console/migrations/versions/0001_") for n in names)
    assert "console/migrations/script.py.mako" in names
    assert "console/resources/translations/console_it.qm" in names
    assert "console/resources/zones/cremona.geojson" in names

    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    purelib = Path(
        _run(
            python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path
        ).stdout.strip()
    )
    # Install the wheel with this environment's pip into the fresh one; its dependencies come
    # from ours through a .pth (the editable checkout's own .pth is not processed from there).
    _run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        python,
        "install",
        "--no-deps",
        "--no-index",
        wheel,
        cwd=tmp_path,
    )
    (purelib / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    where = _run(python, "-c", "import console, sys; print(console.__file__)", cwd=tmp_path).stdout
    assert Path(where.strip()).is_relative_to(venv)

    new_db = tmp_path / "fresh.db"
    admin = venv / "bin" / "console-admin"
    out = _run(admin, "--db", new_db, "init", cwd=tmp_path).stdout
    assert "created" in out
    _run(admin, "--db", new_db, "seed-demo", "--today", "2026-11-24", cwd=tmp_path)
    assert (venv / "bin" / "console").exists()
