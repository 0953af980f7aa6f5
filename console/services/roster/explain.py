"""A proposal in words: why each empty place stayed empty, every candidate checked against the
rules (:mod:`checks`), in English and Italian as a coordinator says it ("no officer available
Saturday 18–22: 3 absent, 4 at weekly limit, 2 without 11 h rest"), and the words and the
follow-pressure rule the penalties (:mod:`penalties`) share.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from console.models import Role, ShiftKind
from console.services.planning.rules import ShiftInfo
from console.services.roster import checks
from console.services.roster.model import (
    Blocker,
    BlockerCount,
    UnfilledSlot,
)
from console.services.roster.problem import PLANNED_ROLES, Slot, WeekProblem, Worker
from console.services.roster.solver import Solution

DAY_NAMES = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
ROLE_WORDS = {  # (one, many)
    "en": {Role.EDUCATOR: ("educator", "educators"), Role.OFFICER: ("officer", "officers")},
    "it": {Role.EDUCATOR: ("educatore", "educatori"), Role.OFFICER: ("agente", "agenti")},
}
NO_ONE = {
    "en": {Role.EDUCATOR: "no educator available", Role.OFFICER: "no officer available"},
    "it": {
        Role.EDUCATOR: "nessun educatore disponibile",
        Role.OFFICER: "nessun agente disponibile",
    },
}
BLOCKER_WORDS = {  # (one, many), after the number
    "en": {
        Blocker.INACTIVE: ("no longer active", "no longer active"),
        Blocker.ABSENT: ("absent", "absent"),
        Blocker.UNAVAILABLE: ("unavailable at that time", "unavailable at that time"),
        Blocker.BUSY: ("in another shift", "in another shift"),
        Blocker.SHORT_REST: ("without 11 h rest", "without 11 h rest"),
        Blocker.WEEKLY_LIMIT: ("at weekly limit", "at weekly limit"),
        Blocker.TAKEN: ("needed in other outings", "needed in other outings"),
    },
    "it": {
        Blocker.INACTIVE: ("non più in servizio", "non più in servizio"),
        Blocker.ABSENT: ("assente", "assenti"),
        Blocker.UNAVAILABLE: ("non disponibile in quell'orario", "non disponibili in quell'orario"),
        Blocker.BUSY: ("in un altro turno", "in un altro turno"),
        Blocker.SHORT_REST: ("senza 11 h di riposo", "senza 11 h di riposo"),
        Blocker.WEEKLY_LIMIT: ("al limite di ore settimanali", "al limite di ore settimanali"),
        Blocker.TAKEN: ("impegnato in altre uscite", "impegnati in altre uscite"),
    },
}
PRESSURE_RULE = (
    (
        "en",
        "Follow pressure: for each zone, the weighted citizen reports, police interventions and "
        "media items per week over the 4 weeks before the week, divided by its hours of presence "
        "per week in those weeks (at least 1). Empty places cost more where this index is "
        "higher, and an outing marked 'follows pressure' may move to a zone with a higher index.",
    ),
    (
        "it",
        "Seguire la pressione: per ogni zona, le segnalazioni dei cittadini, gli interventi di "
        "polizia e gli articoli di stampa pesati, per settimana, nelle 4 settimane prima della "
        "settimana, divisi per le ore di presidio per settimana nelle stesse settimane (almeno "
        "1). I posti vuoti costano di più dove l'indice è più alto, e un'uscita segnata 'segue "
        "la pressione' può spostarsi in una zona con indice più alto.",
    ),
)


def when(starts_at: datetime, ends_at: datetime, tz: ZoneInfo, language: str) -> str:
    """'Saturday 18–22' / 'sabato 18:30–22'."""
    start, end = starts_at.astimezone(tz), ends_at.astimezone(tz)

    def clock(moment: datetime) -> str:
        return f"{moment.hour}" if moment.minute == 0 else f"{moment.hour}:{moment.minute:02d}"

    return f"{DAY_NAMES[language][start.weekday()]} {clock(start)}–{clock(end)}"


def _count(language: str, blocker: Blocker, count: int) -> str:
    one, many = BLOCKER_WORDS[language][blocker]
    return f"{count} {one if count == 1 else many}"


def slot_zone(solution: Solution, slot: Slot, names: dict[int, str]) -> tuple[int, str]:
    zone_id = solution.zones.get(slot.key, slot.zone_id)
    return zone_id, names.get(zone_id, slot.zone_name)


def zone_names(problem: WeekProblem) -> dict[int, str]:
    names = {s.zone_id: s.zone_name for s in problem.slots}
    names.update({z.zone_id: z.zone_name for z in problem.pressure})
    for slot in problem.slots:
        names.update({o.zone_id: o.zone_name for o in slot.zone_options})
    return names


def proposed_busy(problem: WeekProblem, solution: Solution) -> dict[int, list[ShiftInfo]]:
    """Each person's shifts if the proposal were applied: kept ones plus proposed ones."""
    busy = checks.busy_of(problem)
    for index, slot in enumerate(problem.slots):
        number = checks.slot_number(index)
        for person_id in solution.people.get(slot.key, ()):
            if person_id in slot.fixed_ids:
                continue
            busy.setdefault(person_id, []).append(checks.slot_info(slot, (person_id,), number))
    return busy


@dataclass(frozen=True)
class _Shortfall:
    """One role short on one slot, and what its candidates ran into."""

    slot: Slot
    role: Role
    missing: int
    have: int  # people of the role on the slot
    zone_name: str
    candidates: int
    counts: Counter[Blocker]
    closed_for_other: bool  # free people, but the joint outing lacks the other role

    @property
    def free(self) -> int:
        return self.candidates - sum(self.counts.values())


def _counts(
    problem: WeekProblem,
    index: int,
    candidates: list[Worker],
    kept: dict[int, list[ShiftInfo]],
    proposed: dict[int, list[ShiftInfo]],
) -> Counter[Blocker]:
    """Each candidate's first broken rule alone, or TAKEN when only the other proposed
    outings stand in the way."""
    slot = problem.slots[index]
    number = checks.slot_number(index)
    counts: Counter[Blocker] = Counter()
    for worker in candidates:
        alone = [s for s in kept.get(worker.id, ()) if s.id != number]
        reason = checks.blocker(problem, worker, slot.starts_at, slot.ends_at, alone)
        if reason is None:
            others = [s for s in proposed.get(worker.id, ()) if s.id != number]
            if checks.blocker(
                problem, worker, slot.starts_at, slot.ends_at, others, check_time=False
            ):
                reason = Blocker.TAKEN
        if reason is not None:
            counts[reason] += 1
    return counts


def _head(short: _Shortfall, tz: ZoneInfo, language: str) -> str:
    moment = when(short.slot.starts_at, short.slot.ends_at, tz, language)
    one, many = ROLE_WORDS[language][short.role]
    if short.have == 0:
        head = f"{NO_ONE[language][short.role]} {moment}"
    elif language == "en":
        head = f"{short.missing} more {one if short.missing == 1 else many} needed {moment}"
    elif short.missing == 1:
        head = f"serve un altro {one} {moment}"
    else:
        head = f"servono altri {short.missing} {many} {moment}"
    return f"{head} ({short.zone_name})"


def _parts(short: _Shortfall, language: str) -> list[str]:
    one, many = ROLE_WORDS[language][short.role]
    english = language == "en"
    parts = [_count(language, b, short.counts[b]) for b in Blocker if short.counts[b]]
    free = short.free
    free_words = f"{free} free" if english else f"{free} liber{'o' if free == 1 else 'i'}"
    if short.closed_for_other:
        other = Role.OFFICER if short.role is Role.EDUCATOR else Role.EDUCATOR
        other_one = ROLE_WORDS[language][other][0]
        parts.append(
            f"{free_words}, but no {other_one} for the joint outing"
            if english
            else f"{free_words}, ma nessun {other_one} per l'uscita congiunta"
        )
    elif free > 0:
        parts.append(
            f"{free_words} (left out by the other rules)"
            if english
            else f"{free_words} (esclusi dalle altre regole)"
        )
    if short.slot.locked:
        parts.append("the shift is locked" if english else "il turno è bloccato")
    if not short.candidates:
        parts.append(f"no {many} on the roster" if english else f"nessun {one} in organico")
    return parts


def unfilled(problem: WeekProblem, solution: Solution) -> list[UnfilledSlot]:
    """Every slot left short of people, per role, with the reasons counted over the role's
    candidates: the first rule each breaks alone, or 'needed in other outings'."""
    workers = {w.id: w for w in problem.workers}
    kept = checks.busy_of(problem)
    proposed = proposed_busy(problem, solution)
    names = zone_names(problem)
    found = []
    for index, slot in enumerate(problem.slots):
        chosen = solution.people.get(slot.key, ())
        have = Counter(workers[p].role for p in chosen if p in workers)
        zone_id, zone_name = slot_zone(solution, slot, names)
        for role in PLANNED_ROLES:
            missing = slot.needed(role) - have[role]
            if missing <= 0:
                continue
            candidates = [w for w in problem.workers if w.role is role and w.id not in chosen]
            counts = _counts(problem, index, candidates, kept, proposed)
            other = Role.OFFICER if role is Role.EDUCATOR else Role.EDUCATOR
            short = _Shortfall(
                slot=slot,
                role=role,
                missing=missing,
                have=have[role],
                zone_name=zone_name,
                candidates=len(candidates),
                counts=counts,
                closed_for_other=(
                    slot.kind is ShiftKind.JOINT
                    and not chosen
                    and slot.needed(other) > have[other]
                    and len(candidates) > sum(counts.values())
                ),
            )
            texts = []
            for language in ("en", "it"):
                head, parts = _head(short, problem.tz, language), _parts(short, language)
                texts.append((language, f"{head}: {', '.join(parts)}" if parts else head))
            found.append(
                UnfilledSlot(
                    slot_key=slot.key,
                    zone_id=zone_id,
                    zone_name=zone_name,
                    starts_at=slot.starts_at,
                    ends_at=slot.ends_at,
                    role=role,
                    missing=missing,
                    candidates=len(candidates),
                    counts=tuple(BlockerCount(b, counts[b]) for b in Blocker if counts[b]),
                    texts=tuple(texts),
                )
            )
    return found
