"""What the Audit section runs on the worker: one load per filter change, and the CSV export."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from console import files
from console.services.access import Actor, audit


@dataclass(frozen=True)
class AuditData:
    """The entries that match, and what the filters can offer, read in one session."""

    page: audit.AuditPage
    choices: audit.AuditChoices


def load_audit(session: Session, actor: Actor, query: audit.AuditQuery) -> AuditData:
    return AuditData(
        page=audit.find_events(session, actor, query), choices=audit.audit_choices(session, actor)
    )


def write_audit_csv(session: Session, actor: Actor, query: audit.AuditQuery, path: Path) -> int:
    """Export every matching entry (the export is audited) and write the file whole; returns how
    many entries it holds. UTF-8 with a byte order mark, so spreadsheets read the accents."""
    text = audit.events_csv(session, actor, query)
    files.write_atomically(path, text.encode("utf-8-sig"))
    return max(0, sum(1 for _row in csv.reader(io.StringIO(text))) - 1)
