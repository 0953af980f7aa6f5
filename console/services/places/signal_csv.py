"""Reading a CSV file of signals: encoding, delimiter, English or Italian headers, values.

Pure text handling, no database: :mod:`console.services.places.signals` turns the cells into drafts
and checks them. File-level problems raise :class:`CsvError`; a bad cell raises
:class:`CellError`, which the caller reports against its line.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from console.models import SignalKind
from console.services import bounds
from console.services.errors import Refusal

MAX_CSV_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
# The encodings spreadsheets save a CSV in here. Detection is kept to these: on a short Italian
# file charset-normalizer would otherwise pick a Baltic or Central European code page ("è" read
# as "č"), since a few accented letters fit those as well as Windows-1252.
ENCODINGS = ("utf_8", "utf_16", "utf_16_le", "utf_16_be", "cp1252")
# Excel writes (and honours) a first line "sep=;" naming the separator.
_SEP_LINE = re.compile(r'\s*"?sep=([^"\s])"?\s*', re.IGNORECASE)

# Canonical column -> the headers that name it (compared folded: lower case, no accents,
# blanks and dashes as underscores).
COLUMNS: dict[str, tuple[str, ...]] = {
    "occurred_at": ("occurred_at", "data_ora", "data_e_ora", "dataora", "datetime", "date_time"),
    "kind": ("kind", "tipo"),
    "category": ("category", "categoria"),
    "source": ("source", "fonte"),
    "summary": ("summary", "sintesi"),
    "lon": ("lon", "lng", "longitude", "longitudine"),
    "lat": ("lat", "latitude", "latitudine"),
    "zone": ("zone", "zona"),
}
REQUIRED = ("occurred_at", "kind", "category")
KINDS: dict[str, SignalKind] = {
    "citizen_report": SignalKind.CITIZEN_REPORT,
    "segnalazione": SignalKind.CITIZEN_REPORT,
    "segnalazione_cittadini": SignalKind.CITIZEN_REPORT,
    "police_intervention": SignalKind.POLICE_INTERVENTION,
    "intervento": SignalKind.POLICE_INTERVENTION,
    "intervento_polizia": SignalKind.POLICE_INTERVENTION,
    "media": SignalKind.MEDIA,
    "stampa": SignalKind.MEDIA,
    "rassegna_stampa": SignalKind.MEDIA,
}
_ITALIAN_TIME = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?")
_ISO_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")


class CsvError(Refusal):
    """The file cannot be read as a table of signals; ``str()`` is one line saying why."""


class CellError(Refusal):
    """One row or value cannot be used; ``str()`` names the column and what is expected."""


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]  # canonical names, in the file's order
    delimiter: str
    rows: tuple[tuple[int, dict[str, str]], ...]  # (line number, canonical column -> text)
    errors: tuple[tuple[int, CellError], ...]  # rows that are not even a row (too many values)
    ignored: tuple[str, ...] = ()  # headers of the columns not known, as written in the file


def fold(text: str) -> str:
    """Lower case, accents removed, blanks and dashes as underscores: how headers compare."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s\-]+", "_", plain)


_HEADER = {fold(alias): name for name, aliases in COLUMNS.items() for alias in aliases}


def decode(data: bytes) -> str:
    """The text of a CSV file as spreadsheets save it: UTF-8 (with or without BOM), UTF-16 (as
    Excel's "Unicode text") or Windows-1252 (Excel's and LibreOffice's "CSV" on an Italian
    Windows). :class:`CsvError` for binary data or text in none of these encodings."""
    if len(data) > MAX_CSV_BYTES:
        raise CsvError(
            "csv_too_large",
            "the file is larger than {limit} MB; split it",
            limit=MAX_CSV_BYTES // 2**20,
        )
    try:
        text = data.decode("utf-8-sig")  # the common case, and never a wrong guess
    except UnicodeDecodeError:
        text = _detected(data)
    if "\x00" in text:
        raise CsvError(
            "csv_binary", "the file is not text (it holds binary data); choose a .csv file"
        )
    if not text.strip():
        raise CsvError("csv_empty", "the file is empty")
    return text


def _detected(data: bytes) -> str:
    """``data`` decoded in the encoding charset-normalizer finds among :data:`ENCODINGS`."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass  # a BOM, then not UTF-16: let the detection say
    import charset_normalizer  # noqa: PLC0415 - loaded with the first file read

    best = charset_normalizer.from_bytes(data, cp_isolation=list(ENCODINGS)).best()
    if best is None:
        if b"\x00" in data:
            raise CsvError(
                "csv_binary", "the file is not text (it holds binary data); choose a .csv file"
            )
        raise CsvError(
            "csv_encoding_unknown",
            "the file is text in an encoding other than UTF-8, UTF-16 or Windows-1252; "
            "save it as 'CSV UTF-8' and try again",
        )
    return str(best)


def read_table(data: bytes) -> Table:
    """The header and rows of a signals CSV, delimiter ``;`` or ``,`` (whichever names more
    known columns) unless a first line ``sep=X`` names it, as Excel writes. Columns not known
    (an ``ID`` from an open-data portal, a note) are ignored and listed in ``ignored``. Raises
    :class:`CsvError` for an unreadable file, a repeated or missing required column, or too
    many rows. Blank lines are skipped."""
    text = decode(data)
    lines = text.lstrip("\r\n").splitlines()
    given = _SEP_LINE.fullmatch(lines[0])
    if given is not None:
        delimiter = given.group(1)
        first = next((line for line in lines[1:] if line.strip()), "")
    else:
        first = lines[0]
        delimiter = max(";,", key=lambda d: (_known(first, d), first.count(d)))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        if given is not None:
            next(row for row in reader if any(cell.strip() for cell in row))  # the sep= line
        header = next((row for row in reader if any(cell.strip() for cell in row)), [])
        columns = _columns(header)
        known = [(i, name) for i, name in enumerate(columns) if name is not None]
        rows: list[tuple[int, dict[str, str]]] = []
        errors: list[tuple[int, CellError]] = []
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            if len(rows) + len(errors) >= MAX_ROWS:
                raise CsvError(
                    "csv_too_many_rows",
                    "the file has more than {limit} rows; split it",
                    limit=MAX_ROWS,
                )
            if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns) :]):
                refused = CellError(
                    "csv_too_many_values",
                    "{values} values but {columns} columns; "
                    "check the separator ('{separator}') and quotes",
                    values=len(cells),
                    columns=len(columns),
                    separator=delimiter,
                )
                errors.append((reader.line_num, refused))
                continue
            values = {name: cells[i].strip() if i < len(cells) else "" for i, name in known}
            rows.append((reader.line_num, values))
    except csv.Error as exc:
        raise CsvError(
            "csv_unreadable",
            "line {line}: cannot read the CSV ({reason})",
            line=reader.line_num,
            reason=str(exc),
        ) from None
    ignored = tuple(
        cell.strip() for cell, name in zip(header, columns, strict=True) if name is None
    )
    return Table(
        tuple(name for _, name in known),
        delimiter,
        tuple(rows),
        tuple(errors),
        tuple(cell for cell in ignored if cell),
    )


def _known(line: str, delimiter: str) -> int:
    return sum(fold(cell.strip('"')) in _HEADER for cell in line.split(delimiter))


def _columns(header: list[str]) -> list[str | None]:
    """The canonical name of each header cell, None for a column not known (ignored)."""
    columns: list[str | None] = []
    for cell in header:
        name = _HEADER.get(fold(cell))
        if name is not None and name in columns:
            raise CsvError(
                "csv_column_twice",
                "column {column!r} appears twice ({name})",
                column=cell.strip(),
                name=name,
            )
        columns.append(name)
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise CsvError(
            "csv_columns_missing",
            "the file has no {missing} column; found: {found}",
            missing=", ".join(missing),
            found=", ".join(cell.strip() for cell in header if cell.strip()) or "none",
        )
    if "zone" not in columns and not {"lon", "lat"} <= set(columns):
        raise CsvError(
            "csv_no_place_columns",
            "the file needs a zone (zona) column, or lon and lat columns, or both",
        )
    return columns


# -- values ----------------------------------------------------------------------------------


def parse_kind(text: str) -> SignalKind:
    kind = KINDS.get(fold(text))
    if kind is None:
        raise CellError(
            "csv_kind_unknown",
            "kind {kind!r} is not one of citizen_report (segnalazione), "
            "police_intervention (intervento), media",
            kind=text,
        )
    return kind


def parse_time(text: str, time_zone: ZoneInfo) -> datetime:
    """An aware UTC datetime from ISO 8601 (with or without offset) or ``dd/mm/yyyy HH:MM``.

    A time without offset is a wall-clock time in ``time_zone``; one the clocks skip (the
    spring DST change) is refused, one they repeat (autumn) is taken at its first occurrence.
    """
    if not text:
        raise CellError("csv_time_empty", "occurred_at is empty; give the date and time")
    if _ISO_DATE_ONLY.fullmatch(text):
        raise CellError(
            "csv_time_missing",
            "occurred_at {text!r} has no time; give the time too (HH:MM)",
            text=text,
        )
    match = _ITALIAN_TIME.fullmatch(text)
    try:
        if match:
            day, month, year, hour, minute, second = (int(g or 0) for g in match.groups())
            moment = datetime(year, month, day, hour, minute, second)
        else:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise CellError(
            "csv_time_invalid",
            "occurred_at {text!r} is not a date and time "
            "(use 2026-11-24 21:30 or 24/11/2026 21:30)",
            text=text,
        ) from None
    bounds.check_day(moment)  # before any arithmetic: year 1 or 9999 overflows it
    if moment.tzinfo is None:
        local = moment.replace(tzinfo=time_zone)
        if local.astimezone(UTC).astimezone(time_zone).replace(tzinfo=None) != moment:
            raise CellError(
                "csv_time_skipped",
                "occurred_at {text!r} does not exist in {time_zone} (the clocks skip it)",
                text=text,
                time_zone=time_zone.key,
            )
        moment = local
    return moment.astimezone(UTC)


def parse_coordinate(text: str, name: str) -> float | None:
    """A decimal number (point or comma as separator), or None for an empty cell."""
    if not text:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise CellError(
            "csv_not_a_number",
            "{column} {text!r} is not a number (for example 10.0245)",
            column=name,
            text=text,
        ) from None
