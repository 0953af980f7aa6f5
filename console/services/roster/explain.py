"""A proposal in words: why each empty place stayed empty (every candidate checked against the
rules, :mod:`checks`) and what each soft rule costs, with whom — in English and Italian, as a
coordinator says it ("no officer available Saturday 18–22: 3 absent, 4 at weekly limit, 2
without 11 h rest").

:func:`penalties` computes the same costs as the solver's objective, from the solution alone,
so the total of the penalties is the proposal's objective.
"""

from __future__ import annotations

from collections import Counter, defaultdict
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
from console.services.roster.problem import PLANNED_ROLES, Slot, WeekProblem
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


def unfilled(problem: WeekProblem, solution: Solution) -> list[UnfilledSlot]:
    """Every slot left short of people, per role, with the reasons counted over the role's
    candidates: the first rule each breaks alone, or 'needed in other outings'."""
    workers = {w.id: w for w in problem.workers}
    kept = checks.busy_of(problem)
    proposed = proposed_busy(problem, solution)
    names = zone_names(problem)
    found = []
    for index, slot in enumerate(problem.slots):
        number = checks.slot_number(index)
        chosen = solution.people.get(slot.key, ())
        have = Counter(workers[p].role for p in chosen if p in workers)
        zone_id, zone_name = _slot_zone(solution, slot, names)
        for role in PLANNED_ROLES:
            missing = slot.needed(role) - have[role]
            if missing <= 0:
                continue
            counts: Counter[Blocker] = Counter()
            candidates = [w for w in problem.workers if w.role is role and w.id not in chosen]
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
            free = len(candidates) - sum(counts.values())
            other = Role.OFFICER if role is Role.EDUCATOR else Role.EDUCATOR
            closed_for_other = (
                free > 0
                and slot.kind is ShiftKind.JOINT
                and not chosen
                and slot.needed(other) > have[other]
            )
            texts = []
            for language in ("en", "it"):
                moment = when(slot.starts_at, slot.ends_at, problem.tz, language)
                one, many = ROLE_WORDS[language][role]
                if have[role] == 0:
                    head = f"{NO_ONE[language][role]} {moment}"
                elif language == "en":
                    head = f"{missing} more {one if missing == 1 else many} needed {moment}"
                else:
                    extra = "altro" if role is Role.EDUCATOR else "altro"
                    word = one if missing == 1 else many
                    head = f"serve {missing} {extra if missing == 1 else 'altri'} {word} {moment}"
                head += f" ({zone_name})"
                parts = [_count(language, b, counts[b]) for b in Blocker if counts[b]]
                if closed_for_other:
                    other_one = ROLE_WORDS[language][other][0]
                    parts.append(
                        f"{free} free, but no {other_one} for the joint outing"
                        if language == "en"
                        else f"{free} liberi, ma nessun {other_one} per l'uscita congiunta"
                    )
                elif free > 0:
                    parts.append(
                        f"{free} free (left out for the other rules)"
                        if language == "en"
                        else f"{free} liberi (esclusi per le altre regole)"
                    )
                if slot.locked:
                    parts.append(
                        "the shift is locked" if language == "en" else "il turno è bloccato"
                    )
                if not candidates:
                    parts.append(
                        f"no {many} on the roster"
                        if language == "en"
                        else f"nessun {one} in organico"
                    )
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


def penalties(problem: WeekProblem, solution: Solution) -> list[Penalty]:
    """Every soft rule the solution breaks, with its cost (the solver's units), by cost."""
    weights = problem.weights
    workers = {w.id: w for w in problem.workers}
    names = zone_names(problem)
    tz = problem.tz
    found: list[Penalty] = []

    def add(
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
        found.append(
            Penalty(
                rule=rule,
                cost=cost,
                person_id=person_id,
                person_name=workers[person_id].name if person_id in workers else None,
                slot_key=slot.key if slot is not None else None,
                zone_id=zone_id,
                texts=(("en", texts[0]), ("it", texts[1])),
            )
        )

    counted: dict[tuple[int, str], int] = defaultdict(int)
    for slot in problem.slots:
        chosen = solution.people.get(slot.key, ())
        zone_id, zone_name = _slot_zone(solution, slot, names)
        en, it = (
            when(slot.starts_at, slot.ends_at, tz, "en"),
            when(slot.starts_at, slot.ends_at, tz, "it"),
        )
        for person_id in chosen:
            if slot.evening:
                counted[person_id, "evening"] += 1
            if slot.weekend:
                counted[person_id, "weekend"] += 1
        if slot.locked:
            continue
        have = Counter(workers[p].role for p in chosen if p in workers)
        for role in PLANNED_ROLES:
            missing = slot.needed(role) - have[role]
            if missing > 0:
                one_en, many_en = ROLE_WORDS["en"][role]
                one_it, many_it = ROLE_WORDS["it"][role]
                add(
                    PenaltyRule.UNFILLED,
                    missing * unfilled_cost(problem, slot),
                    (
                        f"{zone_name}, {en}: {missing} {one_en if missing == 1 else many_en} "
                        "place empty" + ("" if missing == 1 else "s"),
                        f"{zone_name}, {it}: {missing} post{'o' if missing == 1 else 'i'} da "
                        f"{one_it if missing == 1 else many_it} vuot{'o' if missing == 1 else 'i'}",
                    ),
                    slot=slot,
                    zone_id=zone_id,
                )
        if slot.zone_options and weights.pressure:
            option = next((o for o in slot.zone_options if o.zone_id == zone_id), None)
            if option is not None and option.cost:
                top = min(slot.zone_options, key=lambda o: (o.cost, o.zone_id))
                add(
                    PenaltyRule.PRESSURE,
                    weights.pressure * option.cost,
                    (
                        f"{zone_name}, {en}: the outing stays where pressure is lower than in "
                        f"{top.zone_name}",
                        f"{zone_name}, {it}: l'uscita resta dove la pressione è più bassa che in "
                        f"{top.zone_name}",
                    ),
                    slot=slot,
                    zone_id=zone_id,
                )
        educators = [p for p in chosen if p in workers and workers[p].role is Role.EDUCATOR]
        officers = [p for p in chosen if p in workers and workers[p].role is Role.OFFICER]
        joint = slot.kind is ShiftKind.JOINT and slot.educators > 0 and slot.officers > 0
        if weights.continuity and joint and educators and officers:
            known = any(problem.pairs.get((zone_id, e, o)) for e in educators for o in officers)
            if not known:
                pair = " & ".join(workers[p].name for p in (educators[0], officers[0]))
                add(
                    PenaltyRule.CONTINUITY,
                    weights.continuity * UNIT,
                    (
                        f"{zone_name}, {en}: {pair} have not worked this zone together lately",
                        f"{zone_name}, {it}: {pair} non hanno lavorato insieme in questa zona "
                        "di recente",
                    ),
                    person_id=educators[0],
                    slot=slot,
                    zone_id=zone_id,
                )
        for person_id in chosen:
            if person_id in slot.fixed_ids or person_id not in workers:
                continue
            worker = workers[person_id]
            if weights.preferences and not checks.preferred(worker, slot.starts_at, slot.ends_at):
                add(
                    PenaltyRule.PREFERENCE,
                    weights.preferences * UNIT,
                    (
                        f"{worker.name} planned {en} ({zone_name}), outside their preferred times",
                        f"{worker.name} in turno {it} ({zone_name}), fuori dai giorni preferiti",
                    ),
                    person_id=person_id,
                    slot=slot,
                    zone_id=zone_id,
                )
        if weights.changes and slot.shift_id is not None:
            for person_id in sorted(set(slot.previous_ids) ^ set(chosen)):
                added = person_id in chosen
                name = workers[person_id].name if person_id in workers else f"#{person_id}"
                add(
                    PenaltyRule.CHANGE,
                    weights.changes * UNIT,
                    (
                        f"{name} {'added to' if added else 'taken off'} the draft of "
                        f"{zone_name}, {en}",
                        f"{name} {'aggiunto alla' if added else 'tolto dalla'} bozza di "
                        f"{zone_name}, {it}",
                    ),
                    person_id=person_id,
                    slot=slot,
                    zone_id=zone_id,
                )
    if weights.fairness:
        targets = fair_targets(problem)
        for worker in problem.workers:
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
                add(
                    PenaltyRule.FAIRNESS,
                    weights.fairness * UNIT * (total - target),
                    (
                        f"{worker.name}: {total} {en_what} in 5 weeks, a fair share is {target}",
                        f"{worker.name}: {total} {it_what} in 5 settimane, la quota equa è {target}",
                    ),
                    person_id=worker.id,
                )
    found.sort(key=lambda p: (-p.cost, p.rule, p.slot_key or "", p.person_id or 0))
    return found
