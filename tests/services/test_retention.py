"""The retention run on the demo: the preview and the run agree, every figure of a past
period's activity summary and funding report is the same before and after, the anonymised words
are gone from the search index and from the raw bytes of the database and its WAL, old backups
are pruned; and the rules the administrator sets."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from console import db
from console.models import (
    Absence,
    AuditEvent,
    Case,
    CaseNote,
    Consent,
    Intervention,
    Role,
    Signal,
    Subject,
)
from console.services import access, funding
from console.services.access import PermissionDenied, audit
from console.services.cases import casework
from console.services.reporting.periods import Period
from console.services.reporting.summary import activity_summary
from console.services.retention import rules, run
from console.services.retention.rules import MARKER, Outcome, RecordKind, RetentionError
from tests.services import retention_world
from tests.services.retention_world import AS_OF, World

ROME = ZoneInfo("Europe/Rome")
PAST = Period(date(2026, 10, 1), date(2026, 11, 22))


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    built = retention_world.build(tmp_path / "console.db")
    yield built
    built.engine.dispose()


def _admin(world: World) -> access.Actor:
    return world.actors[Role.ADMIN]


def _figures(world: World) -> tuple[object, object]:
    manager = world.actors[Role.MANAGER]
    with db.session_scope(world.engine) as s:
        summary = activity_summary(s, manager, PAST, tz=ROME, threshold=1)
        report = funding.funding_report(s, manager, PAST.start, PAST.end, tz=ROME, threshold=1)
    return summary, report


def test_the_preview_counts_what_the_run_changes_and_nothing_is_left(world: World) -> None:
    with db.read_scope(world.engine) as s:
        preview = run.preview_retention(s, _admin(world), AS_OF)
    assert preview.total > 0
    counts = preview.counts()
    assert counts[RecordKind.CASE_NOTES] == 3  # the closed case's notes
    assert counts[RecordKind.CASES] == 1
    assert counts[RecordKind.PEOPLE_MET] >= 1
    with db.session_scope(world.engine) as s:
        applied = run.apply_retention(s, _admin(world), AS_OF)
    assert applied.counts() == counts and applied.applied
    with db.read_scope(world.engine) as s:
        after = run.preview_retention(s, _admin(world), AS_OF)
        assert all(k.count == 0 for k in after.kinds if k.outcome is not Outcome.KEPT), (
            after.counts()
        )
        entry = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert entry is not None and entry.action == "retention"
        assert entry.details["counts"] == counts
        # counts, never content
        assert retention_world.NOTE_WORD not in str(entry.details)
        assert audit.verify_chain(s).ok


def test_the_run_anonymises_text_and_keeps_dates_zones_kinds_and_counts(world: World) -> None:
    with db.read_scope(world.engine) as s:
        subject_before = s.get(Subject, world.subject_id)
        assert subject_before is not None
        identification = subject_before.identification
        zone = subject_before.usual_zone_id
        debriefs_before = s.execute(
            select(Intervention.id, Intervention.started_at, Intervention.contacts_count)
        ).all()
    with db.session_scope(world.engine) as s:
        run.apply_retention(s, _admin(world), AS_OF)
    with db.read_scope(world.engine) as s:
        subject = s.get(Subject, world.subject_id)
        assert subject is not None
        assert subject.alias == MARKER and subject.full_name is None
        assert subject.birth_year is None and subject.care_reference is None
        assert subject.identification is identification and subject.usual_zone_id == zone
        assert not s.scalars(select(Consent).where(Consent.subject_id == subject.id)).all()
        case = s.get(Case, world.closed_case_id)
        assert case is not None and case.title == MARKER
        bodies = s.scalars(select(CaseNote.body).where(CaseNote.case_id == case.id)).all()
        assert bodies and set(bodies) == {MARKER}
        kept = s.scalars(select(CaseNote.body).where(CaseNote.case_id == world.open_case_id))
        assert any(retention_world.OPEN_NOTE_WORD in body for body in kept)
        other = s.get(Subject, world.other_subject_id)
        assert other is not None and other.alias != MARKER  # their case is open
        assert set(s.scalars(select(Intervention.outcome))) <= {MARKER, ""}
        assert set(s.scalars(select(Signal.summary))) <= {MARKER, ""}
        assert s.scalars(select(Absence.note).where(Absence.note.is_not(None))).all() == []
        assert (
            s.execute(
                select(Intervention.id, Intervention.started_at, Intervention.contacts_count)
            ).all()
            == debriefs_before
        )


def test_every_figure_of_a_past_period_is_the_same_after_the_run(world: World) -> None:
    summary_before, report_before = _figures(world)
    with db.session_scope(world.engine) as s:
        plan = run.apply_retention(s, _admin(world), AS_OF)
    assert plan.total > 0
    summary_after, report_after = _figures(world)
    assert summary_after == summary_before
    assert dataclasses.asdict(report_after) == dataclasses.asdict(report_before)  # type: ignore[call-overload]


def test_the_search_forgets_the_words_and_the_files_hold_them_no_more(world: World) -> None:
    coordinator = world.actors[Role.COORDINATOR]
    with db.session_scope(world.engine) as s:
        assert casework.search(s, coordinator, retention_world.NOTE_WORD)
    db.compact(world.engine)
    for word in retention_world.WORDS_REMOVED:
        assert retention_world.found_in_files(world.path, word), word  # the test can fail
    with db.session_scope(world.engine) as s:
        run.apply_retention(s, _admin(world), AS_OF)
    with db.session_scope(world.engine) as s:
        assert casework.search(s, coordinator, retention_world.NOTE_WORD) == ()
        assert casework.search(s, coordinator, retention_world.OPEN_NOTE_WORD)
    run.finish_run(world.engine, AS_OF, world.path)
    for word in retention_world.WORDS_REMOVED:
        assert not retention_world.found_in_files(world.path, word), word
    assert retention_world.found_in_files(world.path, retention_world.OPEN_NOTE_WORD)


def test_secure_delete_is_on() -> None:
    engine = db.make_engine("sqlite://")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    engine.dispose()


def test_backups_older_than_the_longest_period_are_pruned(world: World) -> None:
    folder = world.path.parent / "backups"
    folder.mkdir()
    stem = world.path.stem
    old = folder / f"{stem}-20200101T000000000000Z-0007_search_unaccent.db"
    recent = folder / f"{stem}-20320601T000000000000Z-0011_retention.db"
    newest = folder / f"{stem}-20320701T000000000000Z-0011_retention.db"
    other = folder / "another-20200101T000000000000Z-0007_search_unaccent.db"
    for path in (old, recent, newest, other):
        path.write_bytes(b"copy")
    Path(f"{old}-wal").write_bytes(b"wal")
    cleanup = run.finish_run(world.engine, AS_OF, world.path)  # longest data period: 60 months
    assert cleanup.backups_removed == (old,)
    assert not old.exists() and not Path(f"{old}-wal").exists()
    assert recent.exists() and newest.exists() and other.exists()


def test_the_newest_backup_stays_however_old(world: World) -> None:
    folder = world.path.parent / "backups"
    folder.mkdir()
    only = folder / f"{world.path.stem}-20200101T000000000000Z-0007_search_unaccent.db"
    only.write_bytes(b"copy")
    assert run.finish_run(world.engine, AS_OF, world.path).backups_removed == ()
    assert only.exists()


# -- the rules --------------------------------------------------------------------------------


def test_the_defaults_are_declared_examples_and_the_audit_outlives_the_data(world: World) -> None:
    with db.read_scope(world.engine) as s:
        found = rules.retention_rules(s, _admin(world))
    assert {r.kind for r in found} == set(RecordKind)
    assert all(r.is_example for r in found)
    months = {r.kind: r.months for r in found}
    assert months[RecordKind.AUDIT] >= rules.longest_data_months(months)
    assert "NOT LEGAL ADVICE" in (rules.__doc__ or "")


def test_the_administrator_changes_a_period_and_the_run_follows_it(world: World) -> None:
    admin = _admin(world)
    with db.session_scope(world.engine) as s:
        changed = rules.set_retention_rules(s, admin, {RecordKind.CASE_NOTES: 120})
    assert {r.kind: r.months for r in changed}[RecordKind.CASE_NOTES] == 120
    with db.read_scope(world.engine) as s:
        plan = run.preview_retention(s, admin, AS_OF)
        entry = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert plan.counts()[RecordKind.CASE_NOTES] == 0  # closed in 2026: kept until 2036
    assert entry is not None and entry.entity == "retention_rules"
    assert entry.details == {"changes": {"case_notes": [60, 120]}}


@pytest.mark.parametrize(
    ("months", "code"),
    [
        ({RecordKind.CASE_NOTES: 0}, "retention_months_out_of_range"),
        ({RecordKind.SIGNAL_TEXT: 1201}, "retention_months_out_of_range"),
        ({RecordKind.AUDIT: 24}, "retention_audit_too_short"),
        ({RecordKind.CASES: 121}, "retention_audit_too_short"),
    ],
)
def test_bad_periods_are_refused(world: World, months: dict[RecordKind, int], code: str) -> None:
    with db.session_scope(world.engine) as s, pytest.raises(RetentionError) as caught:
        rules.set_retention_rules(s, _admin(world), months)
    assert caught.value.code == code


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.ADMIN])
def test_only_the_administrator_sees_sets_and_runs_retention(world: World, role: Role) -> None:
    actor = world.actors[role]
    with db.session_scope(world.engine) as s:
        with pytest.raises(PermissionDenied):
            rules.retention_rules(s, actor)
        with pytest.raises(PermissionDenied):
            rules.set_retention_rules(s, actor, {RecordKind.CASES: 12})
        with pytest.raises(PermissionDenied):
            run.preview_retention(s, actor, AS_OF)
        with pytest.raises(PermissionDenied):
            run.apply_retention(s, actor, AS_OF)


def test_months_before_keeps_the_day_or_the_month_end() -> None:
    assert rules.months_before(date(2033, 1, 1), 60) == date(2028, 1, 1)
    assert rules.months_before(date(2033, 3, 31), 1) == date(2033, 2, 28)
    assert rules.months_before(date(2032, 3, 31), 1) == date(2032, 2, 29)
    assert rules.months_before(date(2033, 1, 15), 13) == date(2031, 12, 15)


class _CancelAfterFirst:
    """A job cancelled once the first kind is done."""

    def __init__(self) -> None:
        self.reports: list[tuple[int, int]] = []

    def report(self, done: int, total: int) -> None:
        self.reports.append((done, total))

    def is_cancelled(self) -> bool:
        return bool(self.reports)


def test_a_cancelled_run_changes_nothing(world: World) -> None:
    job = _CancelAfterFirst()
    with db.read_scope(world.engine) as s:
        before = run.preview_retention(s, _admin(world), AS_OF).counts()
    with pytest.raises(run.RetentionCancelled), db.session_scope(world.engine) as s:
        run.apply_retention(s, _admin(world), AS_OF, job)
    assert job.reports == [(1, 9)]
    with db.read_scope(world.engine) as s:
        assert run.preview_retention(s, _admin(world), AS_OF).counts() == before
