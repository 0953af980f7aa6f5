"""A demo database for the retention tests: the Cremona demo of 2026, one case closed (about a
named person met, "Il chitarrista"), and unmistakable words put in the texts a run must remove,
so a search of the raw files can tell whether they are still there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine, select

from console import db
from console.models import (
    Case,
    CaseNote,
    CaseStatus,
    Intervention,
    Role,
    Signal,
    Subject,
    User,
    Visibility,
)
from console.services import access, demo

TODAY = date(2026, 11, 25)
AS_OF = date(2033, 1, 1)  # more than five years after everything in the demo
CLOSED_AT = datetime(2026, 11, 20, 10, tzinfo=UTC)
# Words found nowhere else, one per kind of text a run anonymises.
NOTE_WORD = "Zanzibarino"
ALIAS_WORD = "Fisarmonicista"
NAME_WORD = "Quagliarulo"
OUTCOME_WORD = "Quadrifoglio"
SIGNAL_WORD = "Trombonista"
OPEN_NOTE_WORD = "Girasolenne"  # in a note of a case still open: kept
WORDS_REMOVED = (NOTE_WORD, ALIAS_WORD, NAME_WORD, OUTCOME_WORD, SIGNAL_WORD)


@dataclass(frozen=True)
class World:
    engine: Engine
    path: Path
    closed_case_id: int
    open_case_id: int
    subject_id: int  # the person met of the closed case
    other_subject_id: int  # a person met of an open case
    actors: dict[Role, access.Actor]


def build(path: Path) -> World:
    return build_at(db.sqlite_url(path), path)


def build_at(url: str, path: Path) -> World:
    """The world in the database at ``url`` (``path``: its file on SQLite, else unused)."""
    engine = db.open_database(url).engine
    with db.session_scope(engine) as s:
        demo.seed_demo(s, today=TODAY)
    with db.session_scope(engine) as s:
        subject = s.scalars(select(Subject).where(Subject.full_name.is_not(None))).first()
        assert subject is not None
        subject.alias = f"Il {ALIAS_WORD}"
        subject.full_name = f"Yassine {NAME_WORD}"
        closed = s.scalars(select(Case).where(Case.subject_id == subject.id)).one()
        closed.status = CaseStatus.CLOSED
        closed.closed_at = CLOSED_AT
        note = s.scalars(select(CaseNote).where(CaseNote.case_id == closed.id)).first()
        assert note is not None
        note.body = f"Incontrato vicino al {NOTE_WORD}, chiede del curriculum."
        note.visibility = Visibility.SHARED  # every partner's search finds it
        other = s.scalars(
            select(Case).where(Case.subject_id.is_not(None), Case.id != closed.id)
        ).first()
        assert other is not None and other.status is not CaseStatus.CLOSED
        other_note = s.scalars(select(CaseNote).where(CaseNote.case_id == other.id)).first()
        assert other_note is not None
        other_note.body = f"Seduto sotto il {OPEN_NOTE_WORD}."
        other_note.visibility = Visibility.SHARED
        debrief = s.scalars(select(Intervention).order_by(Intervention.started_at)).first()
        assert debrief is not None
        debrief.outcome = f"Mediazione riuscita, {OUTCOME_WORD}."
        signal = s.scalars(select(Signal).order_by(Signal.occurred_at)).first()
        assert signal is not None
        signal.summary = f"Musica alta di un {SIGNAL_WORD}."
        actors = {
            user.role: access.actor_for(user)
            for user in s.scalars(
                select(User).where(User.username.in_([a.username for a in demo.DEMO_ACCOUNTS]))
            )
        }
        return World(
            engine=engine,
            path=path,
            closed_case_id=closed.id,
            open_case_id=other.id,
            subject_id=subject.id,
            other_subject_id=other.subject_id,
            actors=actors,
        )


def raw_bytes(path: Path) -> bytes:
    """The database file and its WAL as they are on disk."""
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def found_in_files(path: Path, word: str) -> bool:
    data = raw_bytes(path)
    return word.encode("utf-8") in data or word.lower().encode("utf-8") in data
