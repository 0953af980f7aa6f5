"""People saving the same records at once, as on a busy evening: the helper both backends' race
tests use.

Workers (threads or processes, each operation in its own session through ``run_as``, the GUI's
path) edit the same few shifts and cases for a bounded time, record debriefs on the shifts being
edited, and refer and decline the cases being edited. Every edit reads the record, then writes a
counter one higher with the version it read, so a lost update shows as a counter lower than the
number of edits that succeeded. What the race decides (who wins) varies; what is asserted does not.
"""

from __future__ import annotations

import collections
import multiprocessing
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from console import db
from console.models import Case, Intervention, Referral, ReferralStatus, Shift, ShiftStatus
from console.services.access import audit
from console.services.access.session_guard import run_as
from console.services.cases import casework, debriefs, referrals
from console.services.cases.casework import CaseDraft
from console.services.cases.debriefs import DebriefDraft
from console.services.errors import Refusal
from console.services.planning.shift_edits import ShiftDraft, update_shift
from tests.services.casework_world import C, E, P, S, World, at, make_shift, make_world

START, END = at("2026-11-24", 18), at("2026-11-24", 22)
REASON = "Persona senza dimora con tosse persistente: chiediamo una valutazione"
OK, IDLE = "ok", "nothing to do"
DECLINED = "Nessun posto disponibile questa settimana"


@dataclass
class Race:
    """What happened: outcomes by operation, and the successes per record."""

    outcomes: collections.Counter[tuple[str, str]] = field(default_factory=collections.Counter)
    shift_edits: collections.Counter[int] = field(default_factory=collections.Counter)
    case_edits: collections.Counter[int] = field(default_factory=collections.Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, kind: str, outcome: str) -> None:
        with self.lock:
            self.outcomes[(kind, outcome)] += 1

    def unclear(self) -> dict[tuple[str, str], int]:
        """Outcomes that are neither a success nor a refusal with a code."""
        return {key: n for key, n in self.outcomes.items() if key[1].startswith("raised ")}

    def successes(self, kind: str) -> int:
        return self.outcomes[(kind, OK)]


def _shift_state(session: Session, shift_id: int) -> tuple[int, str, ShiftStatus]:
    shift = session.get(Shift, shift_id)
    assert shift is not None
    return shift.version_id, shift.objectives or "0", shift.status


def _case_state(session: Session, case_id: int) -> tuple[int, str]:
    case = session.get(Case, case_id)
    assert case is not None
    return case.version_id, case.title


def _next_undebriefed(session: Session, shift_ids: list[int]) -> int | None:
    done = set(session.scalars(select(Intervention.shift_id)))
    return next((i for i in shift_ids if i not in done), None)


def _sent_referral(session: Session, case_id: int) -> tuple[int, int] | None:
    row = session.execute(
        select(Referral.id, Referral.version_id).where(
            Referral.case_id == case_id, Referral.status == ReferralStatus.SENT
        )
    ).first()
    return None if row is None else (row[0], row[1])


@dataclass(frozen=True)
class Ground:
    """What every worker works on (picklable: a worker may be a process of its own)."""

    world: World
    shift_ids: tuple[int, ...]
    cases: tuple[int, ...]


def _edit_shift(ground: Ground, rng: random.Random, engine: Engine, result: Race) -> str:
    shift_ids = list(ground.shift_ids)
    undone = run_as(engine, _next_undebriefed, shift_ids)
    if undone is None:
        return IDLE
    pool = [i for i in shift_ids if i >= undone][:3]  # where the debriefs are being recorded
    shift_id = rng.choice(pool)
    version, counter, _status = run_as(engine, _shift_state, shift_id)
    draft = ShiftDraft(ground.world.zones["roma"], START, END, objectives=str(int(counter) + 1))
    run_as(engine, update_shift, ground.world.actor(C), shift_id, draft, version)
    with result.lock:
        result.shift_edits[shift_id] += 1
    return OK


def _record_debrief(ground: Ground, _rng: random.Random, engine: Engine, _result: Race) -> str:
    world = ground.world
    shift_id = run_as(engine, _next_undebriefed, list(ground.shift_ids))
    if shift_id is None:
        return IDLE
    people = (world.actor(E).person_id or 0, world.actor(P).person_id or 0)
    draft = DebriefDraft(
        zone_id=world.zones["roma"],
        started_at=START,
        ended_at=END,
        participant_ids=people,
        types=("presence",),
        contacts_count=1,
        contacts_breakdown={},
        outcome="Presenza in piazza",
        follow_up="",
        shift_id=shift_id,
    )
    run_as(engine, debriefs.record_debrief, world.actor(E), draft)
    return OK


def _edit_case(ground: Ground, rng: random.Random, engine: Engine, result: Race) -> str:
    case_id = rng.choice(ground.cases)
    version, counter = run_as(engine, _case_state, case_id)
    actor = ground.world.actor(rng.choice((C, E, P)))
    run_as(engine, _update_case_title, actor, case_id, version, str(int(counter) + 1))
    with result.lock:
        result.case_edits[case_id] += 1
    return OK


def _refer(ground: Ground, rng: random.Random, engine: Engine, _result: Race) -> str:
    world = ground.world
    case_id = rng.choice(ground.cases)
    run_as(engine, referrals.refer_case, world.actor(E), case_id, world.orgs["y"], REASON)
    return OK


def _decline(ground: Ground, rng: random.Random, engine: Engine, _result: Race) -> str:
    case_id = rng.choice(ground.cases)
    sent = run_as(engine, _sent_referral, case_id)
    if sent is None:
        return IDLE
    referral_id, version = sent
    run_as(engine, _decline_referral, ground.world.actor(S, "y"), referral_id, version)
    return OK


EXTRA_S = 30.0  # the longest a kind without a success goes on past the time given
SHIFTS = 200  # enough that the debriefs do not reach the last while edits still wait

KINDS: list[tuple[str, Callable[[Ground, random.Random, Engine, Race], str]]] = [
    ("debrief", _record_debrief),
    ("refer", _refer),
    ("decline", _decline),
    ("shift", _edit_shift),
    ("case", _edit_case),
]


def _plan(workers: int) -> list[int]:
    """Which kind each worker does: one of each, the rest editing shifts and cases."""
    return [i if i < len(KINDS) else 3 + i % 2 for i in range(workers)]


def _work(
    url: str,
    ground: Ground,
    index: int,
    kind_index: int,
    seed: int,
    seconds: float,
    start: Any,
    result: Race,
) -> None:
    """One workstation: its own engine, operations until its time is up."""
    kind, operation = KINDS[kind_index]
    engine = db.make_engine(make_url(url))
    rng = random.Random(seed * 1000 + index)
    try:
        start.wait()
        deadline = time.monotonic() + seconds
        # A kind that has not succeeded by then goes on, alone with the others in that case,
        # for at most EXTRA_S more: on a loaded machine a worker can lose every race for the
        # write lock within the time given (SQLite's busy handler sleeps longer each time).
        last = deadline + EXTRA_S
        while (now := time.monotonic()) < deadline or (now < last and not result.successes(kind)):
            try:
                outcome = operation(ground, rng, engine, result)
            except Refusal as exc:
                outcome = exc.code
            except Exception as exc:  # what the test is about: none may get here
                outcome = f"raised {type(exc).__name__}: {exc}"[:300]
            result.count(kind, outcome)
    finally:
        engine.dispose()


def _process_work(
    url: str,
    ground: Ground,
    index: int,
    kind_index: int,
    seed: int,
    seconds: float,
    start: Any,
    out: Any,
) -> None:
    """A worker in a process of its own: what it counted goes back through ``out``."""
    result = Race()
    try:
        _work(url, ground, index, kind_index, seed, seconds, start, result)
    finally:
        out.put((dict(result.outcomes), dict(result.shift_edits), dict(result.case_edits)))


def race(
    engine: Engine,
    *,
    workers: int,
    seconds: float,
    seed: int = 16,
    processes: bool = False,
) -> tuple[Race, World]:
    """``workers`` workers (at least 6: one per kind of operation, the rest editing) for
    ``seconds``; returns what happened and the world they worked in. With ``processes`` each
    worker is a process of its own, as each workstation is; else a thread with its own engine."""
    world = make_world(engine)
    shift_ids = [make_shift(engine, world.zones["roma"], START, END, ()) for _ in range(SHIFTS)]
    cases = [
        run_as(engine, casework.open_case, world.actor(E), CaseDraft("0")).id for _ in range(3)
    ]
    ground = Ground(world, tuple(shift_ids), tuple(cases))
    url = engine.url.render_as_string(hide_password=False)
    result = Race()
    plan = _plan(workers)
    if not processes:
        start = threading.Barrier(workers)
        threads = [
            threading.Thread(
                target=_work, args=(url, ground, i, kind, seed, seconds, start, result)
            )
            for i, kind in enumerate(plan)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return result, world
    context = multiprocessing.get_context("spawn")  # no engine or lock copied from this process
    barrier = context.Barrier(workers)
    out = context.Queue()
    children = [
        context.Process(
            target=_process_work, args=(url, ground, i, kind, seed, seconds, barrier, out)
        )
        for i, kind in enumerate(plan)
    ]
    for child in children:
        child.start()
    for _ in children:
        outcomes, shift_edits, case_edits = out.get(timeout=seconds + EXTRA_S + 120)
        result.outcomes.update(outcomes)
        result.shift_edits.update(shift_edits)
        result.case_edits.update(case_edits)
    for child in children:
        child.join(timeout=30)
        assert child.exitcode == 0, f"worker process ended with {child.exitcode}"
    return result, world


def _update_case_title(
    session: Session, actor: Any, case_id: int, version: int, title: str
) -> object:
    return casework.update_case(session, actor, case_id, version, title=title)


def _decline_referral(session: Session, actor: Any, referral_id: int, version: int) -> object:
    return referrals.decline_referral(
        session, actor, referral_id, DECLINED, expected_version=version
    )


def check(engine: Engine, result: Race) -> None:
    """Assert what must hold whoever won: no unclear error, no lost update, an intact audit."""
    unclear = result.unclear()
    assert not unclear, unclear
    with db.session_scope(engine) as s:
        for shift_id, edits in result.shift_edits.items():
            assert _shift_state(s, shift_id)[1] == str(edits), f"shift {shift_id}: lost update"
        for case_id, edits in result.case_edits.items():
            assert _case_state(s, case_id)[1] == str(edits), f"case {case_id}: lost update"
        debriefed = s.scalar(select(func.count()).select_from(Intervention))
        assert debriefed == result.successes("debrief"), (debriefed, result.outcomes)
        undone = s.scalar(
            select(func.count())
            .select_from(Intervention)
            .join(Shift, Shift.id == Intervention.shift_id)
            .where(Shift.status != ShiftStatus.DONE)
        )
        assert undone == 0, f"{undone} debriefed shifts are not done"
        sent = s.scalar(select(func.count()).select_from(Referral))
        assert sent == result.successes("refer"), (sent, result.outcomes)
        declined = s.scalar(
            select(func.count())
            .select_from(Referral)
            .where(Referral.status == ReferralStatus.DECLINED)
        )
        assert declined == result.successes("decline"), (declined, result.outcomes)
        report = audit.verify_chain(s)
        assert report.ok, report.line()
