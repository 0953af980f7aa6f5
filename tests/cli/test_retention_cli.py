"""console-admin retention, subject-export, subject-rectify and subject-erase: what they print
and write, and one line on stderr with a non-zero exit for bad input, nothing written then."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from console import cli, db
from console.models import AuditEvent, CaseNote, Consent, LegalBasis, Subject, Visibility
from console.services.retention.rules import MARKER
from tests.services import retention_world
from tests.services.retention_world import World


@pytest.fixture
def world(tmp_path: Path) -> World:
    built = retention_world.build(tmp_path / "console.db")
    built.engine.dispose()
    return built


def run(world: World, *args: str) -> int:
    """The exit status, for a usage error (argparse exits) as for any other."""
    try:
        return cli.main(["--db", str(world.path), *args])
    except SystemExit as exc:
        return int(exc.code or 0)


def _last_entry(world: World) -> AuditEvent:
    engine = db.make_engine(db.sqlite_url(world.path))
    try:
        with db.read_scope(engine) as s:
            entry = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
            assert entry is not None
            return entry
    finally:
        engine.dispose()


def test_the_dry_run_and_the_run_print_the_same_counts(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(world, "retention", "--dry-run", "--as-of", "2033-01-01") == 0
    preview = capsys.readouterr().out
    assert "case_notes: 3 would be anonymised" in preview and "nothing was changed" in preview
    before = _last_entry(world).id
    assert _last_entry(world).id == before  # a preview writes nothing, not even the audit
    assert run(world, "retention", "--apply", "--as-of", "2033-01-01") == 0
    done = capsys.readouterr().out
    assert "case_notes: 3 anonymised" in done
    counts = [line.split(":")[1].split()[0] for line in preview.splitlines()[1:-1]]
    assert counts == [line.split(":")[1].split()[0] for line in done.splitlines()[1:-1]]
    assert _last_entry(world).action == "retention"
    for word in retention_world.WORDS_REMOVED:
        assert not retention_world.found_in_files(world.path, word), word


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("retention",), "one of the arguments --dry-run --apply is required"),
        (("retention", "--dry-run", "--apply"), "not allowed with argument"),
        (("retention", "--dry-run", "--as-of", "2033-02-30"), "not a date"),
    ],
)
def test_bad_retention_input(
    world: World, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], reason: str
) -> None:
    assert run(world, *args) != 0
    err = capsys.readouterr().err
    assert reason in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize("suffix", [".json", ".pdf"])
def test_the_subject_export(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    out = tmp_path / f"persona{suffix}"
    args = ("--subject", str(world.subject_id), "--reason", "richiesta 7/2026", "--out", str(out))
    assert run(world, "subject-export", *args) == 0
    assert "written to" in capsys.readouterr().out
    if suffix == ".json":
        text = out.read_text(encoding="utf-8")
        assert json.loads(text)["cases"][0]["id"] == world.closed_case_id
    else:
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert retention_world.NOTE_WORD in text and retention_world.OPEN_NOTE_WORD not in text
    entry = _last_entry(world)
    assert (entry.action, entry.justification) == ("export", "richiesta 7/2026")


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("--subject", "999", "--reason", "x", "--out", "{tmp}/a.json"), "no person met"),
        (("--subject", "{subject}", "--reason", " ", "--out", "{tmp}/a.json"), "reason"),
        (("--subject", "{subject}", "--reason", "x", "--out", "{tmp}/a.txt"), ".pdf or .json"),
        (("--subject", "{subject}", "--reason", "x", "--out", "{tmp}/no/a.pdf"), "folder"),
        (("--subject", "abc", "--reason", "x", "--out", "{tmp}/a.pdf"), "not an id"),
    ],
)
def test_bad_export_input_writes_nothing(
    world: World,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    reason: str,
) -> None:
    before = _last_entry(world).id
    filled = [a.format(tmp=tmp_path, subject=world.subject_id) for a in args]
    assert run(world, "subject-export", *filled) != 0
    err = capsys.readouterr().err
    assert reason in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not list(tmp_path.glob("a.*")) and _last_entry(world).id == before


def test_rectify_then_erase(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    subject = str(world.subject_id)
    assert run(world, "subject-rectify", "--subject", subject, "--reason", "refuso",
               "--alias", "Il chitarrista") == 0  # fmt: skip
    assert "1 amendments" in capsys.readouterr().out
    assert run(world, "subject-rectify", "--subject", subject, "--reason", "refuso") != 0
    assert "give at least one of" in capsys.readouterr().err
    assert run(world, "subject-erase", "--subject", subject, "--reason", "art. 17") == 0
    assert "erased: 1 cases, 3 notes" in capsys.readouterr().out
    engine = db.make_engine(db.sqlite_url(world.path))
    with db.read_scope(engine) as s:
        erased = s.get(Subject, world.subject_id)
        assert erased is not None and erased.alias == MARKER
    engine.dispose()
    assert not retention_world.found_in_files(world.path, retention_world.ALIAS_WORD)


def test_erasure_refused_by_a_legal_obligation_says_why(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = db.make_engine(db.sqlite_url(world.path))
    with db.session_scope(engine) as s:
        consent = s.scalars(select(Consent).where(Consent.subject_id == world.subject_id)).first()
        assert consent is not None
        consent.basis = LegalBasis.LEGAL_OBLIGATION
    engine.dispose()
    assert run(world, "subject-erase", "--subject", str(world.subject_id), "--reason", "x") == 1
    err = capsys.readouterr().err
    assert "cannot be erased" in err and "legal obligation" in err and "Nothing was" in err
    assert len(err.strip().splitlines()) == 1


def test_the_export_is_the_administrators_with_notes_of_every_audience(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line acts as the administrator (the data-protection officer, the only role
    that exports): the file holds a note written for social services only, which is why no
    partner role may produce it."""
    engine = db.make_engine(db.sqlite_url(world.path))
    with db.session_scope(engine) as s:
        note = s.scalars(select(CaseNote).where(CaseNote.case_id == world.closed_case_id)).all()[-1]
        note.body = "Solo per i servizi sociali: Pennacchiotto."
        note.visibility = Visibility.SOCIAL_SERVICES
    engine.dispose()
    out = tmp_path / "persona.json"
    args = ("--subject", str(world.subject_id), "--reason", "richiesta 8/2026", "--out", str(out))
    assert run(world, "subject-export", *args) == 0
    notes = json.loads(out.read_text(encoding="utf-8"))["cases"][0]["notes"]
    assert {"social_services", "shared"} <= {n["audience"] for n in notes}
    assert "Pennacchiotto" in out.read_text(encoding="utf-8")
    entry = _last_entry(world)
    assert (entry.action, entry.username) == ("export", "console-admin")
    assert run(world, "subject-export", "--help") == 0
    assert "administrator" in " ".join(capsys.readouterr().out.split())


def test_the_administrator_corrects_a_name_no_organization_sees(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unlike a coordinator, the administrator corrects a name whatever the consents say."""
    subject = str(world.subject_id)
    assert run(world, "subject-rectify", "--subject", subject, "--reason", "refuso",
               "--full-name", "Yassine Morandini") == 0  # fmt: skip
    assert "1 amendments" in capsys.readouterr().out
