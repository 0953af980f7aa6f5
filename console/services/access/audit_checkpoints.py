"""Audit checkpoints: a short line, kept away from the database, that the log must still extend.

The hash chain and its anchor catch an entry edited, removed or forged by someone who does not
recompute the chain. Someone who owns the database file can do more: cut the newest entries and
fix the anchor, recompute every hash after an edit, or put back an older copy. Only something
kept elsewhere catches that. A checkpoint names the newest entry at one moment and its hash:

    12345:3f9a2c7d1e0b4a56e7c1:2f

entry number (the entries run 1, 2, 3... without gaps, so it is also how many there were), the
first 20 hex digits of that entry's hash (80 bits: no one forges an entry to match them), and two
check digits (Luhn's mod 16, which catches every single miscopied digit, and one of the SHA-256
of what comes before them) that tell a miscopied line from a tampered log. Later activity only
appends, so a log that still holds that entry with that hash passes; a log shorter than the
checkpoint (cut, or an older copy restored) or with another hash at that entry (rewritten) fails,
naming the entry.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.models import AuditEvent
from console.services.access import audit

HASH_DIGITS = 20
_FORMAT = re.compile(r"(\d+):([0-9a-f]{%d}):([0-9a-f]{2})" % HASH_DIGITS)  # noqa: UP031


class CheckpointMistyped(ValueError):
    """The text is not a checkpoint, or its check digits do not match; ``str()`` says which."""


def _luhn16(digits: str) -> str:
    """Luhn's check digit, mod 16: catches every single miscopied digit and most swaps of two
    neighbours."""
    total, factor = 0, 2
    for char in reversed(digits):
        addend = factor * int(char, 16)
        total += addend // 16 + addend % 16
        factor = 3 - factor
    return f"{-total % 16:x}"


def _check(entry: int, prefix: str) -> str:
    """Two check digits: Luhn's (every single slip), then one of SHA-256 (the rest, but 1/16)."""
    text = f"{entry}:{prefix}"
    return _luhn16(f"{entry}{prefix}") + hashlib.sha256(text.encode("ascii")).hexdigest()[0]


@dataclass(frozen=True)
class Checkpoint:
    entry: int  # the newest entry's number when it was taken, also the count of entries
    hash_prefix: str  # the first HASH_DIGITS hex digits of that entry's hash

    def __str__(self) -> str:
        return f"{self.entry}:{self.hash_prefix}:{_check(self.entry, self.hash_prefix)}"

    @classmethod
    def parse(cls, text: str) -> Checkpoint:
        """A checkpoint as printed by :func:`take` (upper or lower case, blanks ignored)."""
        compact = "".join(text.split()).lower()
        match = _FORMAT.fullmatch(compact)
        if match is None:
            raise CheckpointMistyped(
                f"not a checkpoint: {text!r} (it looks like 12345:{'0' * HASH_DIGITS}:00, "
                "as console-admin audit-checkpoint prints it)"
            )
        entry, prefix, check = int(match[1]), match[2], match[3]
        if entry < 1 or _check(entry, prefix) != check:
            raise CheckpointMistyped(
                f"checkpoint {text!r} was miscopied: its check digits do not match; "
                "copy it again from where it was kept"
            )
        return cls(entry, prefix)


@dataclass(frozen=True)
class TakenCheckpoint:
    """What ``audit-checkpoint`` prints: the checkpoint and what it stands for."""

    checkpoint: Checkpoint | None  # None when the log is empty or broken
    report: audit.ChainReport  # the verification done before taking it
    written_at: str = ""  # when its entry was written (ISO, UTC)


def take(session: Session) -> TakenCheckpoint:
    """A checkpoint of the newest entry, after verifying the whole chain (a checkpoint of a
    broken log would vouch for the tampering)."""
    report = audit.verify_chain(session)
    if not report.ok or report.checked == 0:
        return TakenCheckpoint(None, report)
    newest = session.get(AuditEvent, report.checked)
    assert newest is not None  # verify_chain just read it
    return TakenCheckpoint(
        Checkpoint(newest.id, newest.hash[:HASH_DIGITS]), report, newest.at.isoformat()
    )


def _when(event: AuditEvent) -> str:
    return event.at.strftime("%Y-%m-%d %H:%M UTC")


def verify(session: Session, checkpoints: Sequence[Checkpoint] = ()) -> audit.ChainReport:
    """:func:`audit.verify_chain`, then every checkpoint: the log must still hold its entry
    with its hash. The first that fails is reported (the oldest first)."""
    report = audit.verify_chain(session)
    if not report.ok:
        return report
    matched = 0  # the newest entry a checkpoint vouches for
    for checkpoint in sorted(checkpoints, key=lambda c: c.entry):
        event = session.get(AuditEvent, checkpoint.entry)
        if event is None:
            return _shorter(session, report, checkpoint)
        if not event.hash.startswith(checkpoint.hash_prefix):
            return _rewritten(session, report, checkpoint, event, matched)
        matched = checkpoint.entry
    return report


def _shorter(
    session: Session, report: audit.ChainReport, checkpoint: Checkpoint
) -> audit.ChainReport:
    last = session.get(AuditEvent, report.checked) if report.checked else None
    ends = f"entry {last.id}, written {_when(last)}" if last else "no entries"
    first_missing = report.checked + 1
    missing = (
        f"entry {first_missing} of checkpoint {checkpoint} is"
        if first_missing == checkpoint.entry
        else f"entries {first_missing} to {checkpoint.entry} of checkpoint {checkpoint} are"
    )
    return audit.ChainReport(
        ok=False,
        checked=report.checked,
        first_broken_id=first_missing,
        reason=(
            f"{missing} missing (the log ends at {ends}): "
            "the newest entries were removed or an older copy of the database was restored"
        ),
        head_hash=report.head_hash,
        kind=audit.ChainBreak.SHORTER,
    )


def _rewritten(
    session: Session,
    report: audit.ChainReport,
    checkpoint: Checkpoint,
    event: AuditEvent,
    matched: int,
) -> audit.ChainReport:
    """Entries 1 to ``matched`` are vouched for by a checkpoint (the chain makes every hash
    depend on all the entries before it); the first altered one lies after them."""
    what = (
        f"written {_when(event)}, it is not the entry of checkpoint {checkpoint} "
        "(it has another hash)"
    )
    if matched + 1 == event.id:
        reason = f"{what}: the log was rewritten from this entry on, or replaced"
    else:
        since = session.get(AuditEvent, matched + 1)
        since_text = f" (written {_when(since)})" if since is not None else ""
        reason = (
            f"{what}; the first altered entry is one of entries {matched + 1}{since_text} "
            f"to {event.id}: the log was rewritten or replaced"
        )
    return audit.ChainReport(
        ok=False,
        checked=report.checked,
        first_broken_id=event.id,
        reason=reason,
        head_hash=report.head_hash,
        kind=audit.ChainBreak.REWRITTEN,
    )


def holds_hash(session: Session, head_hash: str) -> bool:
    """Whether some entry has ``head_hash`` (a head noted earlier): ``--expect-head``."""
    found = session.scalar(
        select(func.count()).select_from(AuditEvent).where(AuditEvent.hash == head_hash.lower())
    )
    return bool(found)
