"""People saving the same records at once, as on a busy evening: the helper both backends' race
tests use.

Workers (threads, each operation in its own session through ``run_as``, the GUI's path) edit
the same few shifts and cases for a bounded time, record debriefs on the shifts being edited, and
refer and decline the cases being edited. Every edit reads the record, then writes a counter one
higher with the version it read, so a lost update shows as a counter lower than the number of
edits that succeeded. What the race decides (who wins) varies; what is asserted does not.
"""

from __future__ import annotations

import collections
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select
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


def race(engine: Engine, *, workers: int, seconds: float, seed: int = 16) -> tuple[Race, World]:
    """``workers`` threads (at least 6: one per kind of operation, the rest editing) for
    ``seconds``; returns what happened and the world they worked in."""
    world = make_world(engine)
    shift_ids = [make_shift(engine, world.zones["roma"], START, END, ()) for _ in range(120)]
    cases = [
        run_as(engine, casework.open_case, world.actor(E), CaseDraft("0")).id for _ in range(3)
    ]
    result = Race()
    deadline = time.monotonic() + seconds

    def edit_shift(rng: random.Random, engine: Engine) -> str:
        undone = run_as(engine, _next_undebriefed, shift_ids)
        if undone is None:
            return IDLE
        pool = [i for i in shift_ids if i >= undone][:3]  # where the debriefs are being recorded
        shift_id = rng.choice(pool)
        version, counter, _status = run_as(engine, _shift_state, shift_id)
        draft = ShiftDraft(world.zones["roma"], START, END, objectives=str(int(counter) + 1))
        run_as(engine, update_shift, world.actor(C), shift_id, draft, version)
        with result.lock:
            result.shift_edits[shift_id] += 1
        return OK

    def record_debrief(_rng: random.Random, engine: Engine) -> str:
        shift_id = run_as(engine, _next_undebriefed, shift_ids)
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

    def edit_case(rng: random.Random, engine: Engine) -> str:
        case_id = rng.choice(cases)
        version, counter = run_as(engine, _case_state, case_id)
        run_as(
            engine,
            _update_case_title,
            world.actor(rng.choice((C, E, P))),
            case_id,
            version,
            str(int(counter) + 1),
        )
        with result.lock:
            result.case_edits[case_id] += 1
        return OK

    def refer(rng: random.Random, engine: Engine) -> str:
        case_id = rng.choice(cases)
        run_as(engine, referrals.refer_case, world.actor(E), case_id, world.orgs["y"], REASON)
        return OK

    def decline(rng: random.Random, engine: Engine) -> str:
        case_id = rng.choice(cases)
        sent = run_as(engine, _sent_referral, case_id)
        if sent is None:
            return IDLE
        referral_id, version = sent
        run_as(
            engine,
            _decline,
            world.actor(S, "y"),
            referral_id,
            version,
        )
        return OK

    kinds: list[tuple[str, Callable[[random.Random, Engine], str]]] = [
        ("debrief", record_debrief),
        ("refer", refer),
        ("decline", decline),
        ("shift", edit_shift),
        ("case", edit_case),
    ]
    plan = [kinds[i] if i < len(kinds) else kinds[3 + i % 2] for i in range(workers)]
    start = threading.Barrier(workers)

    def work(index: int, kind: str, operation: Callable[[random.Random, Engine], str]) -> None:
        rng = random.Random(seed * 1000 + index)
        start.wait()
        while time.monotonic() < deadline:
            try:
                outcome = operation(rng, own[index])
            except Refusal as exc:
                outcome = exc.code
            except Exception as exc:  # what the test is about: none may get here
                outcome = f"raised {type(exc).__name__}: {exc}"[:300]
            result.count(kind, outcome)

    # Each worker has its own engine, as each workstation has: no waiting for a pooled connection.
    own = [db.make_engine(engine.url) for _ in range(workers)]
    threads = [
        threading.Thread(target=work, args=(i, kind, operation))
        for i, (kind, operation) in enumerate(plan)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for each in own:
        each.dispose()
    return result, world


def _update_case_title(
    session: Session, actor: Any, case_id: int, version: int, title: str
) -> object:
    return casework.update_case(session, actor, case_id, version, title=title)


def _decline(session: Session, actor: Any, referral_id: int, version: int) -> object:
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
