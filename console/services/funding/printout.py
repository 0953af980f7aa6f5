"""The funding report written to a file: PDF (:mod:`console.reports.funding`) or XLSX
(:mod:`console.reports.funding_xlsx`) by the file's extension, built whole and then renamed over
the target, so a failed build leaves nothing half written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from console import files
from console.reports.funding import funding_pdf
from console.reports.funding_xlsx import funding_xlsx
from console.services.access import Actor
from console.services.funding.common import FundingError
from console.services.funding.report import FundingReport, funding_report

FORMATS = (".pdf", ".xlsx")


@dataclass(frozen=True)
class FundingRequest:
    """Write the report of local days ``start`` to ``end`` in ``language`` to ``path`` (.pdf
    or .xlsx)."""

    start: date
    end: date
    tz: ZoneInfo
    language: str
    path: Path


def check_format(path: Path) -> str:
    """'.pdf' or '.xlsx' from the file's name; refuses (``funding_format_unknown``) others."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise FundingError(
            "funding_format_unknown",
            "{name} is neither a .pdf nor a .xlsx file",
            name=path.name,
        )
    return suffix


def render(report: FundingReport, suffix: str, language: str, tz: ZoneInfo) -> bytes:
    """The report's file content for ``suffix`` ('.pdf' or '.xlsx')."""
    if suffix == ".xlsx":
        return funding_xlsx(report, language=language)
    return funding_pdf(report, language=language, generated_at=datetime.now(UTC), tz=tz)


def write_funding_report(session: Session, actor: Actor, request: FundingRequest) -> FundingReport:
    """Build the report and write it as asked; returns the report written (for its totals).
    Refuses an unknown format before reading anything."""
    suffix = check_format(request.path)
    report = funding_report(session, actor, request.start, request.end, tz=request.tz)
    files.write_atomically(request.path, render(report, suffix, request.language, request.tz))
    return report
