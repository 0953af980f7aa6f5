"""Writing a person's own data to a file (PDF or JSON), for the window and the command line: the
export is gathered and audited, and the file written, in the caller's transaction, so a file
that could not be written leaves no audit entry saying it was produced."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from console import files
from console.services.access import Actor
from console.services.retention.run import ProgressJob
from console.services.retention.subject_access import SubjectExport, subject_export

FORMATS = (".pdf", ".json")


STEPS = 3  # gathered, laid out, written


def write_subject_export(  # noqa: PLR0917 - called through the runner, positionally
    session: Session,
    actor: Actor,
    subject_id: int,
    reason: str,
    path: Path,
    language: str,
    job: ProgressJob | None = None,
) -> SubjectExport:
    """Gather (:func:`subject_export`) and write ``path``: a PDF in ``language`` or JSON, by
    its suffix, reporting each of the :data:`STEPS` to ``job``. Raises ``ValueError`` for
    another suffix, and ``OSError`` when the file cannot be written."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"not a .pdf or .json file: {path.name}")
    export = subject_export(session, actor, subject_id, reason)
    if job is not None:
        job.report(1, STEPS)
    if suffix == ".pdf":
        from console.reports.subject_export import subject_export_pdf  # noqa: PLC0415 - reportlab

        content = subject_export_pdf(export, language=language)
    else:
        content = export.as_json().encode("utf-8")
    if job is not None:
        job.report(2, STEPS)
    files.write_atomically(path, content)
    if job is not None:
        job.report(STEPS, STEPS)
    return export
