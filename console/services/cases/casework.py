"""Casework: cases and their append-only timeline of notes, each written for an audience.

Who reads a note is decided here, through :func:`access.may_read_note`, never by the view:
:func:`case_notes` returns only the notes the actor is in the audience of, and audits the
reading with the reason the reader gave. An amendment is a new note that names the one it
corrects; the original is never changed and stays visible, marked amended.

The notes live here; the rest of casework is re-exported from the modules that hold it:
the case list (:mod:`case_list`), opening, changing and linking cases (:mod:`case_edits`)
and :func:`search` (:mod:`console.services.cases.search`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.models import CaseNote, Organization, Person, User, Visibility
from console.services import access
from console.services.access import Action, Actor, PermissionDenied, audit
from console.services.cases import search as _search
from console.services.cases.case_common import (
    CaseworkError,
    StaleCase,
    load_case,
    names_by_id,
)
from console.services.cases.case_edits import (
    UNCHANGED,
    CaseDetail,
    CaseDraft,
    LinkedShift,
    LinkedSignal,
    case_detail,
    link_debrief,
    link_signal,
    open_case,
    update_case,
)
from console.services.cases.case_list import CaseFilter, CaseRow, list_cases
from console.services.cases.search import MARK_END, MARK_START, SearchHit
from console.services.changes import Area, row_id, writes
from console.services.text_rules import LIMITS, TextField, clean_text

__all__ = [
    "MARK_END",
    "MARK_START",
    "MAX_NOTE_LENGTH",
    "UNCHANGED",
    "CaseDetail",
    "CaseDraft",
    "CaseFilter",
    "CaseRow",
    "CaseworkError",
    "LinkedShift",
    "LinkedSignal",
    "NoteRow",
    "SearchHit",
    "StaleCase",
    "add_note",
    "case_detail",
    "case_notes",
    "default_audience",
    "link_debrief",
    "link_signal",
    "list_cases",
    "open_case",
    "search",
    "update_case",
]

MAX_NOTE_LENGTH = LIMITS[TextField.NOTE]


@dataclass(frozen=True)
class NoteRow:
    id: int
    case_id: int
    author_user_id: int
    author_name: str
    organization_id: int
    organization_name: str
    written_at: datetime
    visibility: Visibility
    body: str
    amends_note_id: int | None
    amended_by: tuple[int, ...]  # the amendments this reader may see, oldest first

    @property
    def amended(self) -> bool:
        return bool(self.amended_by)


def default_audience(actor: Actor) -> Visibility:
    """The narrowest audience that fits the author's role (what a new note starts with)."""
    access.require(actor, Action.WRITE_NOTES)
    return access.DEFAULT_AUDIENCE[actor.role]


def _readable(actor: Actor, note: CaseNote) -> bool:
    return access.may_read_note(actor, note.visibility, note.organization_id, note.author_id)


@writes(Area.NOTES, ids=row_id)
def add_note(
    session: Session,
    actor: Actor,
    case_id: int,
    body: str,
    audience: Visibility | None = None,
    *,
    amends_note_id: int | None = None,
) -> NoteRow:
    """Append a note to a case, for ``audience`` (default: :func:`default_audience`).

    With ``amends_note_id`` the note corrects an earlier note of the same case, which the
    author must be able to read; the earlier note is left as it was. Raises
    :class:`PermissionDenied` when the actor may not write notes or has no organization, and
    :class:`CaseworkError` for an unknown case, a blank or too long body, or a bad amendment.
    The audit entry records the note's facts, never its body.
    """
    access.require(actor, Action.WRITE_NOTES)
    if actor.user_id is None or actor.organization_id is None:
        raise PermissionDenied(actor, Action.WRITE_NOTES)
    text = clean_text(
        body,
        TextField.NOTE,
        blank=lambda: CaseworkError("note_required", "a note needs some text"),
        too_long=lambda: CaseworkError(
            "note_too_long", "a note has at most {limit} characters", limit=MAX_NOTE_LENGTH
        ),
    )
    visibility = Visibility(audience) if audience is not None else default_audience(actor)
    case = load_case(session, case_id)
    if amends_note_id is not None:
        original = session.get(CaseNote, amends_note_id)
        if original is None or original.case_id != case.id:
            raise CaseworkError(
                "note_amends_another_case",
                "note {note} is not a note of case {case}",
                note=amends_note_id,
                case=case.id,
            )
        if not _readable(actor, original):
            raise PermissionDenied(actor, Action.WRITE_NOTES)
    note = CaseNote(
        case_id=case.id,
        author_id=actor.user_id,
        organization_id=actor.organization_id,
        visibility=visibility,
        body=text,
        amends_note_id=amends_note_id,
    )
    session.add(note)
    audit.record_write(session, actor, "create", note)
    return _rows(session, actor, [note])[0]


def case_notes(session: Session, actor: Actor, case_id: int, reason: str) -> tuple[NoteRow, ...]:
    """The notes of a case that the actor is in the audience of, oldest first.

    Every call is audited with ``reason`` (what the reader gave: "coordination meeting",
    "follow-up"...). Raises :class:`~console.services.audit.ReasonRequired` for a blank
    reason and :class:`PermissionDenied` for roles that never read notes (managers, admins);
    nothing is read then.
    """
    access.require(actor, Action.VIEW_CASES)
    case = load_case(session, case_id)
    audit.record_read(session, actor, "cases", case.id, reason)
    notes = session.scalars(
        select(CaseNote)
        .where(CaseNote.case_id == case.id)
        .order_by(CaseNote.written_at, CaseNote.id)
    ).all()
    return _rows(session, actor, [note for note in notes if _readable(actor, note)])


def _rows(session: Session, actor: Actor, notes: list[CaseNote]) -> tuple[NoteRow, ...]:
    """The notes as rows, with author and organization names and the visible amendments."""
    if not notes:
        return ()
    ids = [note.id for note in notes]
    amendments: dict[int, list[int]] = {}
    for amendment in session.scalars(
        select(CaseNote).where(CaseNote.amends_note_id.in_(ids)).order_by(CaseNote.id)
    ):
        if _readable(actor, amendment):
            amendments.setdefault(amendment.amends_note_id or 0, []).append(amendment.id)
    authors = {
        user_id: f"{first} {last}" if first else username
        for user_id, username, first, last in session.execute(
            select(User.id, User.username, Person.first_name, Person.last_name)
            .outerjoin(Person, Person.id == User.person_id)
            .where(User.id.in_({note.author_id for note in notes}))
        )
    }
    organizations = names_by_id(
        session, Organization.id, Organization.short_name, (n.organization_id for n in notes)
    )
    return tuple(
        NoteRow(
            id=note.id,
            case_id=note.case_id,
            author_user_id=note.author_id,
            author_name=authors.get(note.author_id, ""),
            organization_id=note.organization_id,
            organization_name=organizations.get(note.organization_id, ""),
            written_at=note.written_at,
            visibility=note.visibility,
            body=note.body,
            amends_note_id=note.amends_note_id,
            amended_by=tuple(amendments.get(note.id, ())),
        )
        for note in notes
    )


def search(session: Session, actor: Actor, text: str, *, limit: int = 50) -> tuple[SearchHit, ...]:
    """Case titles and the notes the actor may read that match ``text``, best first.

    Matched words are wrapped in ``[[`` ``]]`` in ``SearchHit.snippet`` (``spans`` gives
    offsets into ``SearchHit.plain``). Any text is safe: no words, no results. Snippets of
    notes are a reading: the notes and cases shown are audited (not the text searched). Raises
    :class:`PermissionDenied` for managers and admins. See :mod:`console.services.cases.search`.
    """
    hits = _search.search(session, actor, text, limit=limit)
    shown = [hit for hit in hits if hit.note_id is not None]
    if shown:  # snippets of notes were read: say which (never the text searched for)
        audit.record(
            session,
            actor,
            audit.AuditAction.SEARCH,
            entity="case_notes",
            details={
                "notes": sorted({hit.note_id for hit in shown}),
                "cases": sorted({hit.case_id for hit in shown}),
            },
        )
    return hits
