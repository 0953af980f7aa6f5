"""Full-text search over case titles and the case notes the actor may read.

SQLite: two FTS5 external-content tables (``cases_fts`` over ``cases.title``,
``case_notes_fts`` over ``case_notes.body``, tokenizer ``unicode61 remove_diacritics 2``),
kept in step by triggers (migration ``0003_search``); ranked with bm25. PostgreSQL:
expression GIN indexes on ``to_tsvector('console_italian', ...)`` (Italian stemming after
``unaccent``, migration ``0007_search_unaccent``), ``to_tsquery`` and ``ts_rank``. Whatever
is typed never reaches query syntax: :func:`terms` keeps only words of letters and digits
(accents folded, lower case), and each becomes a quoted prefix (an FTS5 string or a tsquery
lexeme), all ANDed, so both databases find the same words. Text with no words gives no
results, never an error. Notes are filtered in SQL by the audience rule
(:func:`case_common.readable_notes`), so the limit is honest.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    String,
    bindparam,
    column,
    func,
    literal_column,
    select,
    table,
)
from sqlalchemy.orm import Session

from console.models import Case, CaseNote
from console.services.access import Action, Actor, require
from console.services.cases.case_common import CaseworkError, readable_notes

# The highlight markers in SearchHit.snippet; ``spans`` gives the same without markers.
MARK_START = "[["
MARK_END = "]]"
MAX_TERMS = 16
MAX_TERM_LENGTH = 64
MAX_LIMIT = 200
SNIPPET_TOKENS = 24
_START, _END = "\x02", "\x03"  # what the database puts around matches; never typed
_WORD = re.compile(r"[^\W_]+")

NOTES_FTS = table("case_notes_fts", column("rowid"), column("body"))
CASES_FTS = table("cases_fts", column("rowid"), column("title"))
# A constant, the one the GIN indexes were built with (0007_search_unaccent), so they are used.
PG_CONFIG = literal_column("'console_italian'::regconfig")


@dataclass(frozen=True)
class SearchHit:
    """A case whose title matched (``note_id`` None) or one of its notes that matched.

    ``snippet`` has the matched words wrapped in ``[[`` and ``]]`` (:data:`MARK_START`,
    :data:`MARK_END`); ``plain`` is the same text without markers and ``spans`` the
    ``(start, end)`` offsets of the matches in it, for exact highlighting. ``rank``: higher
    is better.
    """

    case_id: int
    case_title: str
    note_id: int | None
    snippet: str
    rank: float
    plain: str = ""
    spans: tuple[tuple[int, int], ...] = ()


def terms(text: str) -> list[str]:
    """The words of ``text``: letters and digits only, accents folded, lower case, unique."""
    decomposed = unicodedata.normalize("NFD", text[:10_000])
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    words = dict.fromkeys(w[:MAX_TERM_LENGTH] for w in _WORD.findall(folded))
    return list(words)[:MAX_TERMS]


def fts5_query(words: list[str]) -> str:
    """Each word as a quoted FTS5 prefix string, ANDed: ``"perche"* AND "citta"*``."""
    return " AND ".join(f'"{w}"*' for w in words)


def tsquery_text(words: list[str]) -> str:
    """Each word as a quoted tsquery prefix, ANDed: ``'perche':* & 'citta':*``.

    The words hold no quote or backslash (:func:`terms`), the only characters special
    inside the quotes. The configuration then stems each one, so "torn" finds "torneo" and
    "tornano" as the FTS5 prefix does; stop words drop out.
    """
    return " & ".join(f"'{w}':*" for w in words)


def search(session: Session, actor: Actor, text: str, *, limit: int = 50) -> tuple[SearchHit, ...]:
    """The best ``limit`` hits for ``text``: case titles and readable notes, best first.

    Raises :class:`PermissionDenied` for managers and admins; any text is safe.
    """
    require(actor, Action.VIEW_CASES)
    words = terms(text)
    if not words:
        return ()
    limit = max(1, min(limit, MAX_LIMIT))
    rows = [*_title_rows(session, words, limit), *_note_rows(session, actor, words, limit)]
    rows.sort(key=lambda r: (-r[4], r[0], r[2] or 0))
    return tuple(_hit(*row) for row in rows[:limit])


def case_ids_matching(session: Session, actor: Actor, text: str, limit: int = 1_000) -> set[int]:
    """The cases whose title or a note the actor may read matches ``text`` (the list filter).

    Text with no words matches nothing; callers treat it as no filter if they wish.
    """
    require(actor, Action.VIEW_CASES)
    words = terms(text)
    if not words:
        return set()
    rows = [*_title_rows(session, words, limit), *_note_rows(session, actor, words, limit)]
    return {row[0] for row in rows}


# -- the dialects --------------------------------------------------------------------------------

Row = tuple[int, str, int | None, str, float]  # case id, title, note id, raw snippet, rank


def _dialect(session: Session) -> str:
    name = session.get_bind().dialect.name
    if name not in ("sqlite", "postgresql"):
        raise CaseworkError(
            "search_unsupported_database",
            "full-text search is not available on {database}",
            database=name,
        )
    return name


@functools.cache
def _sqlite_titles() -> Select[Any]:
    """The title search, built once: the words and the limit are bound at each search."""
    fts = literal_column("cases_fts")
    rank = func.bm25(fts)
    return (
        select(Case.id, Case.title, func.highlight(fts, 0, _START, _END), rank)
        .select_from(CASES_FTS)
        .join(Case, Case.id == CASES_FTS.c.rowid)
        .where(fts.op("MATCH")(bindparam("match", type_=String)))
        .order_by(rank)
        .limit(bindparam("limit", type_=Integer))
    )


@functools.lru_cache(maxsize=64)
def _sqlite_notes(actor: Actor) -> Select[Any]:
    """The note search for ``actor``'s audiences, built once per reader."""
    fts = literal_column("case_notes_fts")
    rank = func.bm25(fts)
    snippet = func.snippet(fts, 0, _START, _END, "…", SNIPPET_TOKENS)
    return (
        select(Case.id, Case.title, CaseNote.id, snippet, rank)
        .select_from(NOTES_FTS)
        .join(CaseNote, CaseNote.id == NOTES_FTS.c.rowid)
        .join(Case, Case.id == CaseNote.case_id)
        .where(fts.op("MATCH")(bindparam("match", type_=String)), readable_notes(actor))
        .order_by(rank)
        .limit(bindparam("limit", type_=Integer))
    )


def _title_rows(session: Session, words: list[str], limit: int) -> list[Row]:
    if _dialect(session) == "sqlite":
        found = session.execute(_sqlite_titles(), {"match": fts5_query(words), "limit": limit})
        return [(cid, title, None, raw, -float(r)) for cid, title, raw, r in found]
    vector = func.to_tsvector(PG_CONFIG, Case.title)
    wanted = func.to_tsquery(PG_CONFIG, tsquery_text(words))
    rank = func.ts_rank(vector, wanted)
    query = (
        select(Case.id, Case.title, _pg_headline(Case.title, wanted), rank)
        .where(vector.op("@@")(wanted))
        .order_by(rank.desc())
        .limit(limit)
    )
    return [(cid, title, None, raw, float(r)) for cid, title, raw, r in session.execute(query)]


def _note_rows(session: Session, actor: Actor, words: list[str], limit: int) -> list[Row]:
    if _dialect(session) == "sqlite":
        found = session.execute(_sqlite_notes(actor), {"match": fts5_query(words), "limit": limit})
        return [(c, t, n, raw, -float(r)) for c, t, n, raw, r in found]
    audience = readable_notes(actor)
    vector = func.to_tsvector(PG_CONFIG, CaseNote.body)
    wanted = func.to_tsquery(PG_CONFIG, tsquery_text(words))
    rank = func.ts_rank(vector, wanted)
    query = (
        select(Case.id, Case.title, CaseNote.id, _pg_headline(CaseNote.body, wanted), rank)
        .join(Case, Case.id == CaseNote.case_id)
        .where(vector.op("@@")(wanted), audience)
        .order_by(rank.desc())
        .limit(limit)
    )
    return [(c, t, n, raw, float(r)) for c, t, n, raw, r in session.execute(query)]


def _pg_headline(document: Any, wanted: Any) -> Any:
    options = f"StartSel={_START}, StopSel={_END}, MaxWords={SNIPPET_TOKENS}, MinWords=8"
    return func.ts_headline(PG_CONFIG, document, wanted, options)


def _hit(case_id: int, title: str, note_id: int | None, raw: str | None, rank: float) -> SearchHit:
    plain: list[str] = []
    marked: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for part in re.split(f"([{_START}{_END}])", raw or ""):
        if part == _START:
            start = length
            marked.append(MARK_START)
        elif part == _END:
            if start is not None:
                spans.append((start, length))
                start = None
            marked.append(MARK_END)
        else:
            plain.append(part)
            marked.append(part)
            length += len(part)
    return SearchHit(
        case_id=case_id,
        case_title=title,
        note_id=note_id,
        snippet="".join(marked),
        rank=rank,
        plain="".join(plain),
        spans=tuple(spans),
    )
