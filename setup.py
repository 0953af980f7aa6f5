"""Build hook: compile Qt translations (.ts -> .qm) before the package data is collected."""

import os
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path(__file__).parent / "resources" / "translations"


def _lrelease() -> Path:
    import PySide6  # noqa: PLC0415 - a build requirement only, see pyproject.toml

    name = "lrelease.exe" if os.name == "nt" else "lrelease"
    return Path(PySide6.__file__).parent / name


class BuildWithTranslations(build_py):
    """Compile every .ts beside its source so both wheels and editable installs get the .qm."""

    def run(self) -> None:
        for ts in sorted(TRANSLATIONS.glob("*.ts")):
            qm = ts.with_suffix(".qm")
            subprocess.run(
                [str(_lrelease()), "-silent", str(ts), "-qm", str(qm)],
                check=True,
            )
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
