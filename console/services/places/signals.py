"""Signals (citizen reports, police interventions, media items): recording, finding the zone of
a point, reading a period for the map, and importing a CSV file all or nothing.

Every service takes ``(session, actor, ...)``, checks :mod:`access` first, flushes but never
commits and audits its writes. Times are aware; stored and returned in UTC. A signal carries no
personal data: the summary is short and shown to every partner.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from console.models import Signal, SignalKind, Zone
from console.services import access, bounds
from console.services.access import Action, audit
from console.services.bounds import BoundsRefusal
from console.services.changes import Area, row_id, writes
from console.services.errors import Refusal
from console.services.places import geometry
from console.services.places.signal_csv import (
    CellError,
    CsvError,
    parse_coordinate,
    parse_kind,
    parse_time,
    read_table,
)
from console.services.text_rules import (
    LIMITS,
    TextField,
    TextRefusal,
    check_characters,
    clean_text,
    strip_edges,
)

__all__ = [
    "CsvError",
    "CsvPreview",
    "RowError",
    "SignalDraft",
    "SignalError",
    "SignalInfo",
    "create_signal",
    "import_signals",
    "preview_signal_csv",
    "signals_in_period",
    "zone_for_point",
]

MAX_SUMMARY = LIMITS[TextField.SIGNAL_SUMMARY]
MAX_CATEGORY = LIMITS[TextField.SIGNAL_CATEGORY]
MAX_SOURCE = LIMITS[TextField.SIGNAL_SOURCE]
DEFAULT_LIMIT = 200_000


class SignalError(Refusal):
    """The signal cannot be recorded; ``str()`` is a one-line reason and what to do."""


@dataclass(frozen=True, slots=True)
class SignalInfo:
    id: int
    kind: SignalKind
    occurred_at: datetime  # aware UTC
    zone_id: int
    zone_name: str
    category: str
    source: str | None
    summary: str
    lon: float | None  # both or neither
    lat: float | None


@dataclass(frozen=True)
class SignalDraft:
    """A signal as typed in the entry dialog or read from a CSV row."""

    kind: SignalKind
    occurred_at: datetime  # aware, any zone
    category: str
    source: str | None
    summary: str
    lon: float | None = None
    lat: float | None = None
    zone_id: int | None = None  # None: found from the point


@dataclass(frozen=True)
class RowError:
    line: int  # in the file, the header being line 1
    error: CellError | SignalError | Refusal  # what is wrong with the row (the views say it)


@dataclass(frozen=True)
class CsvPreview:
    rows: tuple[SignalDraft, ...]  # every good row, zone resolved, in file order
    errors: tuple[RowError, ...]  # by line; import_signals refuses while there are any
    columns: tuple[str, ...]  # canonical names of the file's columns, in its order
    lines: tuple[int, ...] = field(default=())  # the file line of each row
    file_name: str = ""  # recorded in the audit entry of the import
    ignored_columns: tuple[str, ...] = ()  # the file's columns not known, as written there


# -- finding the zone of a point -------------------------------------------------------------


class _Locator:
    """The active zones, ready for point lookups (bounding box first, then the polygon)."""

    def __init__(self, session: Session) -> None:
        self.zones: dict[int, tuple[str, dict, tuple[float, float, float, float], float]] = {}
        self.by_name: dict[str, int] = {}
        for zone in session.scalars(select(Zone).where(Zone.active.is_(True))):
            shape = zone.geometry
            self.zones[zone.id] = (
                zone.name,
                shape,
                geometry.bounding_box(shape),
                geometry.area(shape),
            )
            self.by_name[zone.name.casefold()] = zone.id

    def find(self, lon: float, lat: float) -> int | None:
        """The active zone holding the point; where zones overlap, the smallest one."""
        found = [
            (area, zone_id)
            for zone_id, (_, shape, (w, s, e, n), area) in self.zones.items()
            if w <= lon <= e and s <= lat <= n and geometry.point_in_polygon(lon, lat, shape)
        ]
        return min(found)[1] if found else None


def zone_for_point(session: Session, actor: access.Actor, lon: float, lat: float) -> int | None:
    """The id of the active zone that holds (lon, lat), or None when no zone does.

    Where zones overlap the smallest one wins, so a square inside a park finds the square.
    """
    access.require(actor, Action.VIEW_MAP)
    return _Locator(session).find(lon, lat)


# -- recording -------------------------------------------------------------------------------


def _checked(draft: SignalDraft, locator: _Locator) -> Signal:
    """The Signal the draft would store (not added); :class:`SignalError` for a bad draft."""
    try:
        kind = SignalKind(draft.kind)
    except ValueError:
        raise SignalError(
            "signal_kind_unknown", "{kind!r} is not a kind of signal", kind=draft.kind
        ) from None
    when = draft.occurred_at
    if not isinstance(when, datetime) or when.tzinfo is None or when.utcoffset() is None:
        raise SignalError(
            "signal_time_naive", "the time of the signal has no time zone; give an aware datetime"
        )
    bounds.check_day(when)
    category, source, summary = _texts(draft)
    lon, lat, zone_id = _place(draft, locator)
    return Signal(
        kind=kind,
        occurred_at=when.astimezone(UTC),
        zone_id=zone_id,
        category=category,
        source=source,
        summary=summary,
        lon=lon,
        lat=lat,
    )


def _texts(draft: SignalDraft) -> tuple[str, str | None, str]:
    """Category, source (None when blank) and summary, blanks tidied and checked by the shared
    text rules (:mod:`console.services.text_rules`)."""
    for text, which in (
        (draft.category, TextField.SIGNAL_CATEGORY),
        (draft.source, TextField.SIGNAL_SOURCE),
        (draft.summary, TextField.SIGNAL_SUMMARY),
    ):
        check_characters(text or "", which)
    category = strip_edges(" ".join((draft.category or "").split()))
    if not category:
        raise SignalError("signal_category_empty", "the category is empty; choose or type one")
    if len(category) > MAX_CATEGORY:
        raise SignalError(
            "signal_category_too_long",
            "the category is longer than {limit} characters; shorten it",
            length=len(category),
            limit=MAX_CATEGORY,
        )
    source = strip_edges(" ".join((draft.source or "").split())) or None
    if source is not None and len(source) > MAX_SOURCE:
        raise SignalError(
            "signal_source_too_long",
            "the source is longer than {limit} characters; shorten it",
            length=len(source),
            limit=MAX_SOURCE,
        )
    summary = clean_text(
        draft.summary, TextField.SIGNAL_SUMMARY, too_long=lambda: _long(draft.summary)
    )
    return category, source, summary


def _long(summary: str | None) -> SignalError:
    summary = (summary or "").strip()
    return SignalError(
        "signal_summary_too_long",
        "the summary is {length} characters long; keep it to {limit}, without personal data",
        length=len(summary),
        limit=MAX_SUMMARY,
    )


def _place(draft: SignalDraft, locator: _Locator) -> tuple[float | None, float | None, int]:
    """The point (or None, None) and the zone: the draft's, or the one holding the point."""
    if (draft.lon is None) != (draft.lat is None):
        raise SignalError(
            "signal_point_incomplete", "the point needs both longitude and latitude, or neither"
        )
    lon = lat = None
    if draft.lon is not None and draft.lat is not None:
        lon, lat = float(draft.lon), float(draft.lat)
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise SignalError(
                "signal_point_out_of_range",
                "the point {lon:g}, {lat:g} is outside longitude/latitude ranges",
                lon=lon,
                lat=lat,
            )
    if draft.zone_id is not None:
        if draft.zone_id not in locator.zones:
            raise SignalError(
                "signal_zone_unavailable",
                "zone {zone} does not exist or is deactivated; choose another",
                zone=draft.zone_id,
            )
        return lon, lat, draft.zone_id
    if lon is None or lat is None:
        raise SignalError(
            "signal_zone_missing",
            "the signal needs a zone: place it on the map or choose the zone",
        )
    zone_id = locator.find(lon, lat)
    if zone_id is None:
        raise SignalError(
            "signal_point_in_no_zone",
            "the point {lon:.6f}, {lat:.6f} is in no zone; choose the zone",
            lon=lon,
            lat=lat,
        )
    return lon, lat, zone_id


def _info(signal: Signal, zone_name: str) -> SignalInfo:
    return SignalInfo(
        id=signal.id,
        kind=signal.kind,
        occurred_at=signal.occurred_at,
        zone_id=signal.zone_id,
        zone_name=zone_name,
        category=signal.category,
        source=signal.source,
        summary=signal.summary,
        lon=signal.lon,
        lat=signal.lat,
    )


@writes(Area.SIGNALS, ids=row_id)
def create_signal(session: Session, actor: access.Actor, draft: SignalDraft) -> SignalInfo:
    """Record one signal. Its zone is ``draft.zone_id`` (an active zone) or, when None, the
    active zone holding the point. Raises :class:`SignalError` (no zone either way, blank or
    long category, summary over 500 characters, half a point, a naive time); nothing is
    written then."""
    access.require(actor, Action.RECORD_SIGNALS)
    locator = _Locator(session)
    signal = _checked(draft, locator)
    signal.created_by_id = actor.user_id
    session.add(signal)
    audit.record_write(session, actor, "create", signal)
    return _info(signal, locator.zones[signal.zone_id][0])


# -- reading ---------------------------------------------------------------------------------


def signals_in_period(
    session: Session,
    actor: access.Actor,
    start: datetime,
    end: datetime,
    *,
    zone_ids: Collection[int] | None = None,
    kinds: Collection[SignalKind] | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[SignalInfo]:
    """Signals with ``start <= occurred_at < end`` (aware datetimes), oldest first, at most
    ``limit`` of them; only in ``zone_ids`` and of ``kinds`` when given (empty: none).

    One query on the occurred_at index (zone_id, occurred_at with zones), with each zone's
    name; deactivated zones' signals included. Raises :class:`SignalError` for naive times.
    """
    access.require(actor, Action.VIEW_MAP)
    for moment in (start, end):
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise SignalError(
                "signal_period_naive", "the period needs aware datetimes (with a time zone)"
            )
    query = (
        select(
            Signal.id,
            Signal.kind,
            Signal.occurred_at,
            Signal.zone_id,
            Zone.name,
            Signal.category,
            Signal.source,
            Signal.summary,
            Signal.lon,
            Signal.lat,
        )
        .join(Zone, Zone.id == Signal.zone_id)
        .where(Signal.occurred_at >= start, Signal.occurred_at < end)
        .order_by(Signal.occurred_at, Signal.id)
        .limit(max(0, limit))
    )
    if zone_ids is not None:
        query = query.where(Signal.zone_id.in_(list(zone_ids)))
    if kinds is not None:
        query = query.where(Signal.kind.in_([SignalKind(k) for k in kinds]))
    # Core, not the ORM: plain columns, and the ORM's row handling costs a third more. Core
    # does not autoflush, so flush as session.execute would.
    session.flush()
    return [SignalInfo(*row) for row in session.connection().execute(query)]


def signal_points(
    session: Session, actor: access.Actor, start: datetime, end: datetime, *, limit: int
) -> list[tuple[float | None, float | None, str]]:
    """(lon, lat, kind value) of the signals :func:`signals_in_period` gives for the same
    period and limit, in the same order: what the map draws, without a row object, a time or
    a text per signal (a dense month holds tens of thousands)."""
    access.require(actor, Action.VIEW_MAP)
    for moment in (start, end):
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise SignalError(
                "signal_period_naive", "the period needs aware datetimes (with a time zone)"
            )
    query = (
        select(Signal.lon, Signal.lat, type_coerce(Signal.kind, String()))
        .where(Signal.occurred_at >= start, Signal.occurred_at < end)
        .order_by(Signal.occurred_at, Signal.id)
        .limit(max(0, limit))
    )
    session.flush()
    result = session.connection().execute(query)
    try:
        # The driver's own tuples: none of the three columns needs converting, and a Row per
        # signal cost a third of the map's reload (tens of thousands in a dense month).
        return result.cursor.fetchall()  # type: ignore[no-any-return]
    finally:
        result.close()


# -- CSV import ------------------------------------------------------------------------------


def _require_import(actor: access.Actor) -> None:
    """Those who record signals import them; so does the command line (``console-admin
    import-signals``), which has the rights of whoever can open the database itself."""
    if actor != access.COMMAND_LINE:
        access.require(actor, Action.RECORD_SIGNALS)


def preview_signal_csv(
    session: Session,
    actor: access.Actor,
    data: bytes,
    *,
    time_zone: ZoneInfo,
    file_name: str = "",
) -> CsvPreview:
    """Read a CSV of signals into drafts and per-row errors; writes nothing.

    Accepts ``;`` or ``,`` as separator (or the one a first line ``sep=X`` names), UTF-8 with
    or without BOM, UTF-16 or Windows-1252, headers in English or Italian (see
    :data:`signal_csv.COLUMNS`; other columns are ignored and named in
    ``ignored_columns``), kinds citizen_report/segnalazione,
    police_intervention/intervento, media; times as ISO 8601 or ``dd/mm/yyyy HH:MM``, local to
    ``time_zone`` unless they carry an offset; a zone by name (any case) or found from lon/lat.
    Every row is checked as :func:`create_signal` would. Raises :class:`CsvError` when the
    file itself is unusable (empty, binary, of another encoding, missing columns, too big).
    """
    _require_import(actor)
    table = read_table(data)
    locator = _Locator(session)
    drafts: list[SignalDraft] = []
    lines: list[int] = []
    errors = [RowError(line, refused) for line, refused in table.errors]
    for line, values in table.rows:
        try:
            draft = _row_draft(values, locator, time_zone)
            signal = _checked(draft, locator)
        except (CellError, SignalError, TextRefusal, BoundsRefusal) as exc:
            errors.append(RowError(line, exc))
            continue
        drafts.append(
            SignalDraft(
                kind=signal.kind,
                occurred_at=signal.occurred_at,
                category=signal.category,
                source=signal.source,
                summary=signal.summary,
                lon=signal.lon,
                lat=signal.lat,
                zone_id=signal.zone_id,
            )
        )
        lines.append(line)
    return CsvPreview(
        rows=tuple(drafts),
        errors=tuple(sorted(errors, key=lambda e: e.line)),
        columns=table.columns,
        lines=tuple(lines),
        file_name=file_name,
        ignored_columns=table.ignored,
    )


def _row_draft(values: dict[str, str], locator: _Locator, time_zone: ZoneInfo) -> SignalDraft:
    zone_id = None
    zone_name = values.get("zone", "")
    if zone_name:
        zone_id = locator.by_name.get(" ".join(zone_name.split()).casefold())
        if zone_id is None:
            raise CellError(
                "csv_zone_unknown", "there is no active zone called {zone!r}", zone=zone_name
            )
    return SignalDraft(
        kind=parse_kind(values["kind"]),
        occurred_at=parse_time(values["occurred_at"], time_zone),
        category=values["category"],
        source=values.get("source") or None,
        summary=values.get("summary", ""),
        lon=parse_coordinate(values.get("lon", ""), "lon"),
        lat=parse_coordinate(values.get("lat", ""), "lat"),
        zone_id=zone_id,
    )


def _row_changed(line: int, exc: SignalError) -> SignalError:
    """Row ``line`` of a preview, good when previewed, is refused now (``exc``): its zone was
    deactivated since, most likely."""
    if exc.code == "signal_zone_unavailable":
        return SignalError(
            "signal_import_zone_unavailable",
            "line {line}: zone {zone} does not exist or is deactivated; choose another; "
            "preview the file again",
            line=line,
            zone=exc.params["zone"],
        )
    return SignalError(
        "signal_import_row_changed",
        "line {line}: {reason}; preview the file again",
        line=line,
        reason=str(exc),
    )


@writes(Area.SIGNALS)
def import_signals(session: Session, actor: access.Actor, preview: CsvPreview) -> int:
    """Record every row of the preview, or none: refuses (:class:`SignalError`) a preview with
    errors or no rows, and any row no longer valid (a zone deactivated since). One audit entry
    ``import`` names the file and the number of rows. Returns that number."""
    _require_import(actor)
    if preview.errors:
        count = len(preview.errors)
        raise SignalError(
            "signal_import_rows_with_errors",
            ("the file has {count} row" if count == 1 else "the file has {count} rows")
            + " with errors (first at line {line}); correct the file and preview it again",
            count=count,
            line=preview.errors[0].line,
        )
    if not preview.rows:
        raise SignalError("signal_import_empty", "the file has no signals to import")
    locator = _Locator(session)
    signals: list[Signal] = []
    lines: Sequence[int] = preview.lines or range(2, len(preview.rows) + 2)
    for line, draft in zip(lines, preview.rows, strict=False):
        try:
            signal = _checked(draft, locator)
        except SignalError as exc:
            raise _row_changed(line, exc) from exc
        signal.created_by_id = actor.user_id
        signals.append(signal)
    session.add_all(signals)
    audit.record(
        session,
        actor,
        "import",
        entity="signals",
        entity_id=None,
        details={"rows": len(signals), "file": preview.file_name},
    )
    return len(signals)
