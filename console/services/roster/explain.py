"""A proposal in words: why each empty place stayed empty (every candidate checked against the
rules, :mod:`checks`) and what each soft rule costs, with whom — in English and Italian, as a
coordinator says it ("no officer available Saturday 18–22: 3 absent, 4 at weekly limit, 2
without 11 h rest").

:func:`penalties` computes the same costs as the solver's objective, from the solution alone,
so the total of the penalties is the proposal's objective.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from console.models import Role, ShiftKind
from console.services.planning.rules import ShiftInfo
from console.services.roster import checks
from console.services.roster.model import (
    Blocker,
    BlockerCount,
    Penalty,
    PenaltyRule,
    UnfilledSlot,
)
from console.services.roster.problem import PLANNED_ROLES, Slot, WeekProblem, Worker
from console.services.roster.solver import UNIT, Solution, fair_targets, unfilled_cost

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


def _slot_zone(solution: Solution, slot: Slot, names: dict[int, str]) -> tuple[int, str]:
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
        zone_id, zone_name = _slot_zone(solution, slot, names)
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


class _Penalties:
    """The soft rules a solution breaks, slot by slot, then person by person."""

    def __init__(self, problem: WeekProblem, solution: Solution) -> None:
        self.problem = problem
        self.solution = solution
        self.weights = problem.weights
        self.workers = {w.id: w for w in problem.workers}
        self.names = zone_names(problem)
        self.found: list[Penalty] = []

    def add(
        self,
        rule: PenaltyRule,
        cost: int,
        texts: tuple[str, str],
        *,
        person_id: int | None = None,
        slot: Slot | None = None,
        zone_id: int | None = None,
    ) -> None:
        if cost <= 0:
            return
        worker = self.workers.get(person_id) if person_id is not None else None
        self.found.append(
            Penalty(
                rule=rule,
                cost=cost,
                person_id=person_id,
                person_name=worker.name if worker is not None else None,
                slot_key=slot.key if slot is not None else None,
                zone_id=zone_id,
                texts=(("en", texts[0]), ("it", texts[1])),
            )
        )

    def slot(self, slot: Slot) -> None:
        if slot.locked:
            return
        chosen = self.solution.people.get(slot.key, ())
        zone_id, zone_name = _slot_zone(self.solution, slot, self.names)
        tz = self.problem.tz
        where = (
            f"{zone_name}, {when(slot.starts_at, slot.ends_at, tz, 'en')}",
            f"{zone_name}, {when(slot.starts_at, slot.ends_at, tz, 'it')}",
        )
        have = Counter(self.workers[p].role for p in chosen if p in self.workers)
        for role in PLANNED_ROLES:
            missing = slot.needed(role) - have[role]
            if missing > 0:
                one_en, many_en = ROLE_WORDS["en"][role]
                one_it, many_it = ROLE_WORDS["it"][role]
                self.add(
                    PenaltyRule.UNFILLED,
                    missing * unfilled_cost(self.problem, slot),
                    (
                        f"{where[0]}: {missing} {one_en if missing == 1 else many_en} "
                        + ("place empty" if missing == 1 else "places empty"),
                        f"{where[1]}: "
                        + (
                            f"1 posto da {one_it} vuoto"
                            if missing == 1
                            else f"{missing} posti da {many_it} vuoti"
                        ),
                    ),
                    slot=slot,
                    zone_id=zone_id,
                )
        self.pressure(slot, zone_id, where)
        self.continuity(slot, chosen, zone_id, where)
        self.people(slot, chosen, zone_id, where)

    def pressure(self, slot: Slot, zone_id: int, where: tuple[str, str]) -> None:
        option = next((o for o in slot.zone_options if o.zone_id == zone_id), None)
        if option is None or not option.cost or not self.weights.pressure:
            return
        top = min(slot.zone_options, key=lambda o: (o.cost, o.zone_id))
        self.add(
            PenaltyRule.PRESSURE,
            self.weights.pressure * option.cost,
            (
                f"{where[0]}: the outing stays where pressure is lower than in {top.zone_name}",
                f"{where[1]}: l'uscita resta dove la pressione è più bassa che in {top.zone_name}",
            ),
            slot=slot,
            zone_id=zone_id,
        )

    def continuity(
        self, slot: Slot, chosen: tuple[int, ...], zone_id: int, where: tuple[str, str]
    ) -> None:
        workers = self.workers
        educators = [p for p in chosen if p in workers and workers[p].role is Role.EDUCATOR]
        officers = [p for p in chosen if p in workers and workers[p].role is Role.OFFICER]
        joint = slot.kind is ShiftKind.JOINT and slot.educators > 0 and slot.officers > 0
        if not (self.weights.continuity and joint and educators and officers):
            return
        if any(self.problem.pairs.get((zone_id, e, o)) for e in educators for o in officers):
            return
        pair = " & ".join(workers[p].name for p in (educators[0], officers[0]))
        self.add(
            PenaltyRule.CONTINUITY,
            self.weights.continuity * UNIT,
            (
                f"{where[0]}: {pair} have not worked this zone together lately",
                f"{where[1]}: {pair} non hanno lavorato insieme in questa zona di recente",
            ),
            person_id=educators[0],
            slot=slot,
            zone_id=zone_id,
        )

    def people(
        self, slot: Slot, chosen: tuple[int, ...], zone_id: int, where: tuple[str, str]
    ) -> None:
        weights = self.weights
        for person_id in chosen:
            worker = self.workers.get(person_id)
            if person_id in slot.fixed_ids or worker is None or not weights.preferences:
                continue
            if not checks.preferred(worker, slot.starts_at, slot.ends_at):
                self.add(
                    PenaltyRule.PREFERENCE,
                    weights.preferences * UNIT,
                    (
                        f"{worker.name} planned {where[0]}, outside their preferred times",
                        f"{worker.name} in turno {where[1]}, fuori dai giorni preferiti",
                    ),
                    person_id=person_id,
                    slot=slot,
                    zone_id=zone_id,
                )
        if not weights.changes or slot.shift_id is None:
            return
        for person_id in sorted(set(slot.previous_ids) ^ set(chosen)):
            added = person_id in chosen
            worker = self.workers.get(person_id)
            name = worker.name if worker is not None else f"#{person_id}"
            self.add(
                PenaltyRule.CHANGE,
                weights.changes * UNIT,
                (
                    f"{name} {'added to' if added else 'taken off'} the draft of {where[0]}",
                    f"{name} {'aggiunto alla' if added else 'tolto dalla'} bozza di {where[1]}",
                ),
                person_id=person_id,
                slot=slot,
                zone_id=zone_id,
            )

    def fairness(self) -> None:
        if not self.weights.fairness:
            return
        counted: dict[tuple[int, str], int] = defaultdict(int)
        for slot in self.problem.slots:
            for person_id in self.solution.people.get(slot.key, ()):
                counted[person_id, "evening"] += slot.evening
                counted[person_id, "weekend"] += slot.weekend
        targets = fair_targets(self.problem)
        for worker in self.problem.workers:
            for what, past in (
                ("evening", worker.past_evenings),
                ("weekend", worker.past_weekends),
            ):
                total = past + counted[worker.id, what]
                target = targets.get((worker.id, what), 0)
                if total <= target:
                    continue
                en_what = "evenings" if what == "evening" else "weekend outings"
                it_what = "serate" if what == "evening" else "uscite nel fine settimana"
                self.add(
                    PenaltyRule.FAIRNESS,
                    self.weights.fairness * UNIT * (total - target),
                    (
                        f"{worker.name}: {total} {en_what} in 5 weeks, a fair share is {target}",
                        f"{worker.name}: {total} {it_what} in 5 settimane, la quota equa è "
                        f"{target}",
                    ),
                    person_id=worker.id,
                )


def penalties(problem: WeekProblem, solution: Solution) -> list[Penalty]:
    """Every soft rule the solution breaks, with its cost (the solver's units), by cost."""
    found = _Penalties(problem, solution)
    for slot in problem.slots:
        found.slot(slot)
    found.fairness()
    return sorted(found.found, key=lambda p: (-p.cost, p.rule, p.slot_key or "", p.person_id or 0))
