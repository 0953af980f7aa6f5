"""The soft rules a proposal breaks, each with the person, the outing and what it costs, in
English and Italian: the same costs as the solver's objective (:mod:`costs`), computed from
the solution alone, so the total of the penalties is the proposal's objective."""

from __future__ import annotations

from collections import Counter, defaultdict

from console.models import Role, ShiftKind
from console.services.roster import checks
from console.services.roster.costs import UNIT, fair_targets, unfilled_cost
from console.services.roster.explain import ROLE_WORDS, slot_zone, when, zone_names
from console.services.roster.model import Penalty, PenaltyRule
from console.services.roster.problem import PLANNED_ROLES, Slot, WeekProblem
from console.services.roster.solver import Solution


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
        zone_id, zone_name = slot_zone(self.solution, slot, self.names)
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
