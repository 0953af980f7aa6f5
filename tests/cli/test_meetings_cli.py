"""console-admin meetings / minutes: the list, every version of the minutes written as the
command line (``access.COMMAND_LINE``), and every bad input refused in one line on stderr with
nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console import cli, db
from console.services.errors import Entity, not_found
from console.services.meetings.common import MeetingError
from console.views.common.errors import error_text
from tests.cli.test_cli import _run
from tests.reports.test_minutes_pdf import WORDS, Minutes, build_minutes, pdf_text


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Minutes]:
    path = tmp_path_factory.mktemp("minutes-cli") / "console.db"
    engine = db.open_database(db.sqlite_url(path)).engine
    yield build_minutes(engine, path)
    engine.dispose()


def test_meetings_lists_the_planned_first_aligned(capsys, data: Minutes) -> None:
    code, out, err = _run(capsys, "--db", str(data.path), "meetings")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 2
    planned, held = lines
    assert planned.split()[:4] == [str(data.planned), "2026-12-16", "15:30", "planned"]
    assert "Tavolo di dicembre" in planned and planned.endswith("0 open actions")
    assert held.split()[:4] == [str(data.meeting), "2026-11-25", "10:00", "closed"]
    assert "Tavolo di coordinamento — novembre" in held
    assert held.endswith("2 open actions")  # the third proved impossible
    # Aligned: the date, the status and the count start in the same column on every line.
    for word in ("2026", "open action"):
        assert planned.index(word) == held.index(word)
    assert planned.index("planned") == held.index("closed")


def test_meetings_in_another_time_zone(capsys, data: Minutes) -> None:
    code, out, _ = _run(capsys, "--db", str(data.path), "meetings", "--tz", "UTC")
    assert code == 0 and "2026-11-25 09:00  closed" in out


def test_no_meetings(capsys, db_path: Path) -> None:
    code, out, _ = _run(capsys, "--db", str(db_path), "meetings")
    assert (code, out) == (0, "no meetings\n")


@pytest.mark.parametrize(
    ("argv", "holds", "lang_word"),
    [
        (["--audience", "shared"], {"shared"}, "Versione condivisa — tutti i partner"),
        (["--audience", "organization", "--organization", "pl"], {"shared", "pl"}, "Versione per"),
        (
            ["--audience", "social_services", "--lang", "en"],
            {"shared", "social"},
            "Version for social services",
        ),
    ],
)
def test_minutes_written_for_each_audience(
    capsys, data: Minutes, tmp_path: Path, argv: list[str], holds: set[str], lang_word: str
) -> None:
    argv = [str(data.world.orgs[a]) if a in data.world.orgs else a for a in argv]
    target = tmp_path / "verbale.pdf"
    code, out, err = _run(
        capsys, "--db", str(data.path), "minutes", "--meeting", str(data.meeting),
        *argv, "--out", str(target),
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith(f"minutes of meeting {data.meeting} (")
    assert out.strip().endswith(f"written to {target}")
    text = pdf_text(target.read_bytes())
    assert lang_word in text
    keys = {"shared": ("shared", "coop"), "pl": ("organization", "pl"),
            "social": ("social_services", "sst")}  # fmt: skip
    for (audience, org), words in WORDS.items():
        expected = (audience.value, org) in {keys[h] for h in holds}
        for word in words:
            assert (word in text) is expected, word
    assert not list(tmp_path.glob(".verbale.pdf.*"))


def _refused(capsys, data: Minutes, tmp_path: Path, *argv: str) -> tuple[int, str]:
    target = tmp_path / "verbale.pdf"
    code, out, err = _run(capsys, "--db", str(data.path), "minutes", *argv, "--out", str(target))
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    assert not target.exists() and not list(tmp_path.glob(".verbale.pdf.*"))
    return code, err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--audience", "everyone"], "invalid choice: 'everyone'"),
        (["--audience", "shared", "--lang", "fr"], "invalid choice: 'fr'"),
        (["--audience", "shared", "--tz", "Mars/Olympus"], "unknown time zone"),
    ],
)
def test_bad_usage_is_one_line(
    capsys, data: Minutes, tmp_path: Path, argv: list[str], expected: str
) -> None:
    code, err = _refused(capsys, data, tmp_path, "--meeting", str(data.meeting), *argv)
    assert code == cli.EXIT_USAGE and expected in err


def test_a_meeting_id_is_a_number(capsys, data: Minutes, tmp_path: Path) -> None:
    code, err = _refused(capsys, data, tmp_path, "--meeting", "uno", "--audience", "shared")
    assert code == cli.EXIT_USAGE and "--meeting" in err


def test_an_organizations_minutes_need_the_organization(
    capsys, data: Minutes, tmp_path: Path
) -> None:
    code, err = _refused(
        capsys, data, tmp_path, "--meeting", str(data.meeting), "--audience", "organization"
    )
    assert code == cli.EXIT_FAILED and "--organization ID" in err and "nothing was written" in err


def test_an_organization_only_with_its_audience(capsys, data: Minutes, tmp_path: Path) -> None:
    code, err = _refused(
        capsys, data, tmp_path, "--meeting", str(data.meeting), "--audience", "shared",
        "--organization", str(data.world.orgs["pl"]),
    )  # fmt: skip
    assert code == cli.EXIT_FAILED and "--organization goes only with" in err


def test_an_unknown_meeting(capsys, data: Minutes, tmp_path: Path) -> None:
    code, err = _refused(capsys, data, tmp_path, "--meeting", "9999", "--audience", "shared")
    words = error_text(not_found(MeetingError, Entity.MEETING, 9999))
    assert code == cli.EXIT_FAILED
    assert err.strip() == f"console-admin: {words} Nothing was written."


def test_an_unknown_organization(capsys, data: Minutes, tmp_path: Path) -> None:
    code, err = _refused(
        capsys, data, tmp_path, "--meeting", str(data.meeting), "--audience", "organization",
        "--organization", "9999",
    )  # fmt: skip
    words = error_text(not_found(MeetingError, Entity.ORGANIZATION, 9999))
    assert code == cli.EXIT_FAILED
    assert err.strip() == f"console-admin: {words} Nothing was written."


def test_a_missing_folder(capsys, data: Minutes, tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "verbale.pdf"
    code, out, err = _run(
        capsys, "--db", str(data.path), "minutes", "--meeting", str(data.meeting),
        "--audience", "shared", "--out", str(target),
    )  # fmt: skip
    assert code == cli.EXIT_FAILED and out == ""
    assert err.strip() == f"console-admin: folder does not exist: {target.parent}"
    assert not target.parent.exists()


def test_an_unwritable_target(capsys, data: Minutes, tmp_path: Path) -> None:
    target = tmp_path / "verbale.pdf"
    target.mkdir()  # a folder where the file should go: the rename over it fails
    code, out, err = _run(
        capsys, "--db", str(data.path), "minutes", "--meeting", str(data.meeting),
        "--audience", "shared", "--out", str(target),
    )  # fmt: skip
    assert code == cli.EXIT_FAILED and out == ""
    assert err.startswith(f"console-admin: cannot write {target}: ")
    assert len(err.strip().splitlines()) == 1
    assert target.is_dir() and list(target.iterdir()) == []
    assert not list(tmp_path.glob(".verbale.pdf.*"))
