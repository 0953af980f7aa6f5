"""Audit checkpoints: new activity passes; cut entries, a recomputed chain and an older copy of
the database fail, naming the first missing or altered entry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import Engine

from console import db
from console.services.access import audit
from console.services.access.audit_checkpoints import (
    Checkpoint,
    CheckpointMistyped,
    holds_hash,
    take,
    verify,
)
from tests.services import test_audit
from tests.services.test_audit import PASSWORD, events, login, tamper

# The fixtures of test_audit: an account, then six entries.
user_id = test_audit.user_id
chain = test_audit.chain


def checkpoint_of(engine: Engine) -> Checkpoint:
    with db.session_scope(engine) as s:
        taken = take(s)
    assert taken.checkpoint is not None and taken.report.ok
    return taken.checkpoint


def at(engine: Engine, entry: int) -> Checkpoint:
    """A checkpoint as it would have been taken when ``entry`` was the newest."""
    return Checkpoint(entry, events(engine)[entry - 1].hash[:20])


def verified(engine: Engine, *checkpoints: Checkpoint) -> audit.ChainReport:
    with db.session_scope(engine) as s:
        return verify(s, checkpoints)


def rewrite_from(engine: Engine, first: int) -> None:
    """Edit entry ``first`` and recompute every hash from it on, anchor included: what someone
    who knows how the chain is made can do to the file."""
    rows = events(engine)
    rows[first - 1].username = "someone else"
    prev_hash = rows[first - 2].hash if first > 1 else audit.GENESIS
    statements = [f"UPDATE audit_events SET username = 'someone else' WHERE id = {first}"]
    for event in rows[first - 1 :]:
        event.prev_hash = prev_hash
        event.hash = audit.entry_hash(prev_hash, event)
        statements.append(
            f"UPDATE audit_events SET prev_hash = '{prev_hash}', hash = '{event.hash}' "
            f"WHERE id = {event.id}"
        )
        prev_hash = event.hash
    statements.append(f"UPDATE audit_anchor SET last_hash = '{prev_hash}'")
    tamper(engine, *statements)


def test_a_checkpoint_is_short_and_reads_back() -> None:
    checkpoint = Checkpoint(12345, "3f9a2c7d1e0b4a56e7c1")
    line = str(checkpoint)
    assert line.startswith("12345:3f9a2c7d1e0b4a56e7c1:") and len(line) == 29
    assert Checkpoint.parse(line) == checkpoint
    assert Checkpoint.parse(f"  {line.upper()[:8]} {line.upper()[8:]} ") == checkpoint


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("12345", "not a checkpoint"),
        ("12345:3f9a2c7d1e0b4a56e7c1", "not a checkpoint"),
        ("12345:3f9a2c7d1e0b4a56e7c:00", "not a checkpoint"),  # a digit of the hash left out
        ("12345:3f9a2c7d1e0b4a56e7c1:zz", "not a checkpoint"),
        ("0:3f9a2c7d1e0b4a56e7c1:00", "miscopied"),
    ],
)
def test_a_malformed_checkpoint_is_refused(typed: str, says: str) -> None:
    with pytest.raises(CheckpointMistyped, match=says):
        Checkpoint.parse(typed)


def test_every_single_miscopied_digit_is_told_from_tampering() -> None:
    line = str(Checkpoint(12345, "3f9a2c7d1e0b4a56e7c1"))
    for position, char in enumerate(line[:-3]):
        for other in "0123456789abcdef" if char != ":" else "":
            typo = line[:position] + other + line[position + 1 :]
            if other == char:
                continue
            with pytest.raises(CheckpointMistyped):
                Checkpoint.parse(typo)


def test_a_checkpoint_names_the_newest_entry(chain: Engine) -> None:
    checkpoint = checkpoint_of(chain)
    newest = events(chain)[-1]
    assert (checkpoint.entry, checkpoint.hash_prefix) == (6, newest.hash[:20])
    assert verified(chain, checkpoint).ok


def test_no_checkpoint_of_a_broken_log(chain: Engine) -> None:
    tamper(chain, "UPDATE audit_events SET username = 'x' WHERE id = 2")
    with db.session_scope(chain) as s:
        taken = take(s)
    assert taken.checkpoint is None and taken.report.first_broken_id == 2


def test_an_empty_log_has_no_checkpoint(engine: Engine) -> None:
    with db.session_scope(engine) as s:
        taken = take(s)
    assert taken.checkpoint is None and taken.report.ok


def test_new_activity_after_the_checkpoint_passes(chain: Engine) -> None:
    checkpoint = checkpoint_of(chain)
    login(chain, "mrossi", PASSWORD)
    login(chain, "mrossi", PASSWORD)
    report = verified(chain, checkpoint, at(chain, 2))
    assert report.ok and report.checked == 8


def test_cutting_the_newest_entries_and_fixing_the_anchor_is_caught(chain: Engine) -> None:
    checkpoint = checkpoint_of(chain)
    fourth = events(chain)[3]
    tamper(
        chain,
        "DELETE FROM audit_events WHERE id >= 5",
        f"UPDATE audit_anchor SET last_event_id = 4, event_count = 4, last_hash = '{fourth.hash}'",
    )
    assert verified(chain).ok  # the chain alone cannot tell
    report = verified(chain, checkpoint)
    assert (report.ok, report.first_broken_id, report.kind) == (
        False,
        5,
        audit.ChainBreak.SHORTER,
    )
    assert f"entries 5 to 6 of checkpoint {checkpoint} are missing" in report.reason
    assert "the log ends at entry 4, written " in report.reason
    assert report.line().startswith("audit log broken at entry 5: entries 5 to 6 ")


def test_restoring_an_older_copy_is_caught(chain: Engine) -> None:
    database = Path(str(chain.url.database))
    older = database.with_suffix(".older")
    chain.dispose()
    shutil.copy(database, older)
    login(chain, "mrossi", PASSWORD)
    checkpoint = checkpoint_of(chain)  # noted with the minutes: entry 7
    chain.dispose()
    shutil.copy(older, database)  # the copy from before entry 7
    report = verified(chain, checkpoint)
    assert (report.ok, report.first_broken_id, report.kind) == (
        False,
        7,
        audit.ChainBreak.SHORTER,
    )
    assert report.reason.startswith(f"entry 7 of checkpoint {checkpoint} is missing")
    # and once the older copy has been used for a while, it has another entry 7
    login(chain, "mrossi", PASSWORD)
    report = verified(chain, checkpoint)
    assert (report.first_broken_id, report.kind) == (7, audit.ChainBreak.REWRITTEN)


def test_a_rewritten_chain_is_caught_and_narrowed_by_older_checkpoints(chain: Engine) -> None:
    second, third, newest = at(chain, 2), at(chain, 3), checkpoint_of(chain)
    rewrite_from(chain, 3)
    assert verified(chain).ok  # recomputed: the chain alone cannot tell

    report = verified(chain, newest)
    assert (report.ok, report.first_broken_id, report.kind) == (
        False,
        6,
        audit.ChainBreak.REWRITTEN,
    )
    assert f"it is not the entry of checkpoint {newest} (it has another hash)" in report.reason
    assert "the first altered entry is one of entries 1 (written " in report.reason

    report = verified(chain, newest, second)
    assert "the first altered entry is one of entries 3 (written " in report.reason
    assert report.reason.endswith("to 6: the log was rewritten or replaced")

    report = verified(chain, newest, third, second)  # in any order: the oldest is told
    assert report.first_broken_id == 3
    assert report.line().startswith("audit log broken at entry 3: written ")
    assert report.reason.endswith("the log was rewritten from this entry on, or replaced")


def test_a_checkpoint_does_not_hide_a_broken_chain(chain: Engine) -> None:
    checkpoint = checkpoint_of(chain)
    tamper(chain, "UPDATE audit_events SET username = 'x' WHERE id = 2")
    report = verified(chain, checkpoint)
    assert (report.first_broken_id, report.kind) == (2, audit.ChainBreak.CHANGED)


def test_a_head_noted_earlier_is_still_held_after_new_activity(chain: Engine) -> None:
    head = events(chain)[-1].hash
    login(chain, "mrossi", PASSWORD)
    with db.session_scope(chain) as s:
        assert holds_hash(s, head.upper())
        assert not holds_hash(s, "ab" * 32)
