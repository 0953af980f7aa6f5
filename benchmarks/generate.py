"""Generate the 5-year city of issue #17, fast (Core inserts with ids given, one transaction).

At ``--scale 1``: 20 zones, 150 staff (each with an account), 60,000 shifts with two people
each, absences, 150,000 debriefs (two participants, contacts, sometimes people met), 8,000
cases about people met, 300,000 notes for every audience, referrals, 80,000 signals (48,000 of
them in the last four weeks: a dense map period), weekly meetings with agenda, decisions,
actions and minutes, and an audit chain of ``--audit`` entries that ``console-admin
audit-verify`` accepts. ``--scale 0.1`` makes a tenth of every count (zones and staff stay).

Every account's password is :data:`PASSWORD`; the coordinator is ``coordinatore``.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Table, insert, text, update

from console import db
from console.models import (
    ActionItem,
    AgendaItem,
    AuditAnchor,
    AuditEvent,
    Case,
    CaseNote,
    Consent,
    Decision,
    Intervention,
    InterventionParticipant,
    InterventionSubject,
    Meeting,
    MinuteEntry,
    Organization,
    Person,
    Referral,
    Shift,
    ShiftAssignment,
    Signal,
    Subject,
    User,
    Zone,
)
from console.models.cases import case_interventions
from console.models.meetings import meeting_participants
from console.models.people import Absence
from console.services.access.passwords import hash_password

PASSWORD = "bench-city-2026"
COORDINATOR = "coordinatore"
YEARS = 5
ZONES = 20
STAFF = 150
FULL = {  # the counts at --scale 1
    "shifts": 60_000,
    "debriefs": 150_000,
    "cases": 8_000,
    "subjects": 6_000,
    "notes": 300_000,
    "signals": 80_000,
    "dense_signals": 48_000,  # of the signals, in the 28 days before today
    "audit": 300_000,
}
# Words of the notes: common ones in almost every note, rare ones in a handful.
COMMON = [
    "incontro",
    "ragazzi",
    "panchine",
    "parco",
    "stazione",
    "serata",
    "gruppo",
    "tranquillo",
    "educatori",
    "agenti",
    "richiesta",
    "aiuto",
    "scuola",
    "famiglia",
    "lavoro",
    "casa",
    "contatto",
    "dialogo",
    "musica",
]
FILLER = [
    "oggi",
    "ieri",
    "sera",
    "pomeriggio",
    "presenti",
    "alcuni",
    "molti",
    "pochi",
    "giovani",
    "adulti",
    "vicino",
    "dietro",
    "piazza",
    "via",
    "bar",
    "fermata",
    "autobus",
    "campo",
    "calcio",
    "bici",
    "monopattino",
    "telefono",
    "amici",
]
CACHE_KIB = 256 * 1024  # SQLite's page cache while generating
RARE = ("zanzibar", "quokka", "xilofono", "ornitorinco", "kumquat")
SHAPE = [[10.02, 45.13], [10.03, 45.13], [10.03, 45.14], [10.02, 45.14], [10.02, 45.13]]


def _zone_shape(i: int) -> dict:
    dx, dy = (i % 5) * 0.012, (i // 5) * 0.012
    return {"type": "Polygon", "coordinates": [[[x + dx, y + dy] for x, y in SHAPE]]}


# Each word common with probability 0.4, else filler: cumulative weights for rng.choices.
_WORDS = [*COMMON, *FILLER]
_CUMULATIVE = list(
    itertools.accumulate([0.4 / len(COMMON)] * len(COMMON) + [0.6 / len(FILLER)] * len(FILLER))
)


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choices(_WORDS, cum_weights=_CUMULATIVE, k=words))


def _canonical_hash(prev: str, entry: dict) -> str:
    """The hash audit.entry_hash gives this entry (same canonical JSON)."""
    body = json.dumps(
        {
            "id": entry["id"],
            "at": entry["at"].isoformat(),
            "user_id": entry["user_id"],
            "username": entry["username"],
            "action": entry["action"],
            "entity": entry["entity"],
            "entity_id": entry["entity_id"],
            "details": entry["details"],
            "justification": entry["justification"],
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256((prev + body).encode("utf-8")).hexdigest()


class City:
    """The generation, table by table; ``counts`` says what was written."""

    def __init__(self, conn, scale: float, audit: int | None, seed: int = 7) -> None:
        self.conn = conn
        self.rng = random.Random(seed)
        self.n = {k: max(1, int(v * scale)) for k, v in FULL.items()}
        if audit is not None:
            self.n["audit"] = audit
        self.today = date.today()
        self.start = datetime.combine(
            self.today - timedelta(days=365 * YEARS), datetime.min.time(), UTC
        )
        self.now = datetime.now(UTC).replace(microsecond=0)
        self.days = 365 * YEARS + 60  # and two months planned ahead
        self.counts: dict[str, int] = {}

    def put(self, model, rows: list[dict]) -> None:
        table = model if isinstance(model, Table) else model.__table__
        for first in range(0, len(rows), 50_000):
            self.conn.execute(insert(table), rows[first : first + 50_000])
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)

    def at(self, day: float) -> datetime:
        return self.start + timedelta(days=day)

    def build(self) -> dict[str, int]:
        self.people()
        self.places()
        self.shifts()
        self.debriefs()
        self.cases()
        self.meetings()
        self.audit()
        return self.counts

    def people(self) -> None:
        kinds = ("police", "educational", "social_services", "municipality")
        names = ("Polizia Locale", "Cooperativa Strada", "Servizi Sociali", "Comune")
        self.orgs = [1, 2, 3, 4]
        self.put(
            Organization,
            [
                {"id": i, "name": n, "short_name": n[:6], "kind": k, "version_id": 1}
                for i, n, k in zip(self.orgs, names, kinds, strict=True)
            ],
        )
        roles = ("officer", "educator", "social_worker", "coordinator")
        persons, users = [], []
        hashed = hash_password(PASSWORD)
        for i in range(1, STAFF + 1):
            org = 1 if i % 3 == 0 else 2 if i % 3 == 1 else (3 if i % 2 else 4)
            role = roles[org - 1] if i > 1 else "coordinator"
            persons.append(
                {
                    "id": i,
                    "first_name": f"Nome{i}",
                    "last_name": f"Cognome{i}",
                    "role": role,
                    "organization_id": 2 if i == 1 else org,
                    "weekly_hours": 36.0,
                    "active": True,
                    "version_id": 1,
                }
            )
            users.append(
                {
                    "id": i,
                    "username": COORDINATOR if i == 1 else f"utente{i}",
                    "password_hash": hashed,
                    "role": role,
                    "person_id": i,
                    "disabled": False,
                    "failed_logins": 0,
                    "created_at": self.start,
                    "version_id": 1,
                }
            )
        self.put(Person, persons)
        self.put(User, users)
        self.person_org = {p["id"]: p["organization_id"] for p in persons}
        self.field_staff = [p["id"] for p in persons if p["organization_id"] in (1, 2)]
        rng = self.rng
        absences = []
        for n in range(int(STAFF * YEARS * 6 * self.n["shifts"] / FULL["shifts"])):
            begin = self.at(rng.randrange(self.days))
            absences.append(
                {
                    "id": n + 1,
                    "person_id": rng.randrange(1, STAFF + 1),
                    "kind": rng.choice(("leave", "sickness", "training", "other")),
                    "starts_at": begin,
                    "ends_at": begin + timedelta(days=rng.randint(1, 10)),
                    "version_id": 1,
                }
            )
        self.put(Absence, absences)

    def places(self) -> None:
        rng = self.rng
        self.put(
            Zone,
            [
                {
                    "id": i + 1,
                    "name": f"Zona {i + 1}",
                    "geometry": _zone_shape(i),
                    "colour": "#1f77b4",
                    "review_threshold": 10.0,
                    "active": True,
                    "version_id": 1,
                }
                for i in range(ZONES)
            ],
        )
        self.zones = list(range(1, ZONES + 1))
        signals = []
        dense_from = self.days - 60 - 28
        spread = self.n["signals"] - self.n["dense_signals"]
        for n in range(self.n["signals"]):
            day = (
                rng.uniform(0, dense_from)
                if n < spread
                else rng.uniform(dense_from, dense_from + 28)
            )
            zone = rng.choice(self.zones)
            signals.append(
                {
                    "id": n + 1,
                    "kind": rng.choice(("citizen_report", "police_intervention", "media")),
                    "occurred_at": self.at(day).replace(microsecond=0),
                    "zone_id": zone,
                    "category": rng.choice(("degrado", "rumore", "spaccio", "lite")),
                    "source": "app",
                    "summary": "",
                    "lon": 10.02 + ((zone - 1) % 5) * 0.012 + rng.random() * 0.01,
                    "lat": 45.13 + ((zone - 1) // 5) * 0.012 + rng.random() * 0.01,
                    "created_at": self.now,
                    "version_id": 1,
                }
            )
        self.put(Signal, signals)

    def shifts(self) -> None:
        rng = self.rng
        per_day = self.n["shifts"] / self.days
        shifts, assignments = [], []
        self.done_shifts: list[dict] = []
        for n in range(self.n["shifts"]):
            day = int(n / per_day)
            begin = self.at(day) + timedelta(hours=rng.choice((8, 14, 15, 17, 18, 19)))
            status = "done" if begin < self.now else "published"
            if rng.random() < 0.03:
                status = "cancelled"
            shift = {
                "id": n + 1,
                "zone_id": rng.choice(self.zones),
                "starts_at": begin,
                "ends_at": begin + timedelta(hours=4),
                "kind": rng.choice(("joint", "joint", "outreach", "patrol")),
                "status": status,
                "objectives": "",
                "created_at": self.start,
                "updated_at": self.start,
                "version_id": 1,
            }
            shifts.append(shift)
            pair = rng.sample(self.field_staff, 2)
            assignments += [{"shift_id": n + 1, "person_id": p} for p in pair]
            if status == "done":
                shift["people"] = pair
                self.done_shifts.append(shift)
        self.put(Shift, [{k: v for k, v in s.items() if k != "people"} for s in shifts])
        self.put(ShiftAssignment, assignments)

    def debriefs(self) -> None:
        rng = self.rng
        # People met first: debriefs and cases refer to them.
        subjects, consents = [], []
        for n in range(self.n["subjects"]):
            kind = rng.choice(("anonymous", "nickname", "nickname", "named"))
            subjects.append(
                {
                    "id": n + 1,
                    "identification": kind,
                    "alias": None if kind == "anonymous" else f"Soprannome{n + 1}",
                    "description": "",
                    "usual_zone_id": rng.choice(self.zones),
                    "full_name": f"Persona Incontrata {n + 1}" if kind == "named" else None,
                    "birth_year": 1990 + n % 20 if kind == "named" else None,
                    "in_care": False,
                    "created_by_id": rng.choice(self.field_staff),
                    "created_at": self.at(rng.uniform(0, self.days - 60)),
                    "version_id": 1,
                }
            )
            if kind == "named":
                for org in rng.sample(self.orgs, 2):
                    consents.append(
                        {
                            "id": len(consents) + 1,
                            "subject_id": n + 1,
                            "recipient_organization_id": org,
                            "basis": "consent",
                            "given_on": self.today - timedelta(days=rng.randrange(1, 1500)),
                            "recorded_at": self.now,
                            "version_id": 1,
                        }
                    )
        self.put(Subject, subjects)
        self.put(Consent, consents)
        self.subjects = [s["id"] for s in subjects]
        debriefs, participants, met = [], [], []
        with_shift = self.done_shifts[: self.n["debriefs"]]
        for n in range(self.n["debriefs"]):
            if n < len(with_shift):
                shift = with_shift[n]
                begin, zone, people, sid = (
                    shift["starts_at"],
                    shift["zone_id"],
                    shift["people"],
                    shift["id"],
                )
            else:
                begin = self.at(rng.uniform(0, self.days - 61)).replace(microsecond=0)
                zone, people, sid = rng.choice(self.zones), rng.sample(self.field_staff, 2), None
            debriefs.append(
                {
                    "id": n + 1,
                    "shift_id": sid,
                    "zone_id": zone,
                    "started_at": begin,
                    "ended_at": begin + timedelta(hours=rng.choice((2, 3, 4))),
                    "types": rng.sample(["presence", "contact", "mediation"], 2),
                    "contacts_count": rng.randint(0, 12),
                    "outcome": "",
                    "follow_up": "",
                    "recorded_by_id": people[0],
                    "recorded_at": begin + timedelta(hours=5),
                    "version_id": 1,
                }
            )
            participants += [{"intervention_id": n + 1, "person_id": p} for p in people]
            if rng.random() < 0.3:
                met += [
                    {"intervention_id": n + 1, "subject_id": s}
                    for s in rng.sample(self.subjects, rng.randint(1, 3))
                ]
        self.put(Intervention, debriefs)
        self.put(InterventionParticipant, participants)
        self.put(InterventionSubject, met)
        self.debrief_ids = len(debriefs)

    def cases(self) -> None:
        rng = self.rng
        cases, links = [], []
        for n in range(self.n["cases"]):
            owner = rng.choice(self.field_staff)
            status = rng.choice(("open", "open", "monitoring", "referred", "closed"))
            opened = self.at(rng.uniform(0, self.days - 61)).replace(microsecond=0)
            cases.append(
                {
                    "id": n + 1,
                    "title": f"Caso {n + 1}: {_sentence(rng, 4)}",
                    "subject_id": rng.choice(self.subjects) if rng.random() < 0.8 else None,
                    "zone_id": rng.choice(self.zones),
                    "status": status,
                    "priority": rng.choice(("low", "normal", "normal", "high")),
                    "owner_id": owner,
                    "organization_id": self.person_org[owner],
                    "next_review_on": self.today + timedelta(days=rng.randrange(-60, 120)),
                    "opened_at": opened,
                    "closed_at": opened + timedelta(days=90) if status == "closed" else None,
                    "version_id": 1,
                }
            )
            links += [
                {"case_id": n + 1, "intervention_id": d}
                for d in {rng.randrange(1, self.debrief_ids + 1) for _ in range(2)}
            ]
        self.put(Case, cases)
        self.put(case_interventions, links)
        notes = []
        audiences = ("shared", "shared", "organization", "social_services")
        rare_every = max(1, self.n["notes"] // 40)  # each rare word in ~8 notes
        for n in range(self.n["notes"]):
            author = rng.randrange(1, STAFF + 1)
            body = _sentence(rng, rng.randint(12, 40))
            if n % rare_every == 0:
                body += " " + RARE[(n // rare_every) % len(RARE)]
            notes.append(
                {
                    "id": n + 1,
                    "case_id": rng.randrange(1, self.n["cases"] + 1),
                    "author_id": author,
                    "organization_id": self.person_org[author],
                    "written_at": self.at(rng.uniform(0, self.days - 61)),
                    "visibility": audiences[n % 4],
                    "body": body,
                }
            )
        self.put(CaseNote, notes)
        referrals = []
        for n in range(self.n["cases"] // 4):
            case = cases[rng.randrange(len(cases))]
            target = rng.choice([o for o in self.orgs if o != case["organization_id"]])
            status = rng.choice(("sent", "accepted", "completed"))
            referrals.append(
                {
                    "id": n + 1,
                    "case_id": case["id"],
                    "from_organization_id": case["organization_id"],
                    "to_organization_id": target,
                    "status": status,
                    "reason": "",
                    "sent_at": case["opened_at"] + timedelta(days=3),
                    "version_id": 1,
                }
            )
        self.put(Referral, referrals)

    def meetings(self) -> None:
        rng = self.rng
        weeks = max(1, int(YEARS * 52 * self.n["shifts"] / FULL["shifts"]))
        meetings, invited, agenda, decisions, actions, minutes = [], [], [], [], [], []
        for n in range(weeks):
            held = self.now - timedelta(weeks=weeks - n)
            meetings.append(
                {
                    "id": n + 1,
                    "title": f"Coordinamento {n + 1}",
                    "held_at": held,
                    "location": "Sala",
                    "status": "closed",
                    "minutes": _sentence(rng, 20),
                    "confidentiality_text": "",
                    "created_at": held,
                    "version_id": 1,
                }
            )
            invited += [
                {"meeting_id": n + 1, "person_id": p, "attended": True}
                for p in rng.sample(range(1, STAFF + 1), 6)
            ]
            for k in range(4):
                item = len(agenda) + 1
                agenda.append(
                    {
                        "id": item,
                        "meeting_id": n + 1,
                        "position": k,
                        "kind": "other",
                        "source": "free",
                        "reason": "",
                        "title": _sentence(rng, 5),
                        "notes": "",
                        "version_id": 1,
                    }
                )
                audience = ("shared", "organization", "social_services")[k % 3]
                decisions.append(
                    {
                        "id": item,
                        "meeting_id": n + 1,
                        "agenda_item_id": item,
                        "text": _sentence(rng, 10),
                        "audience": audience,
                        "organization_id": 2,
                        "created_at": held,
                        "version_id": 1,
                    }
                )
                actions.append(
                    {
                        "id": item,
                        "meeting_id": n + 1,
                        "agenda_item_id": item,
                        "decision_id": item,
                        "text": _sentence(rng, 8),
                        "audience": audience,
                        "owner_id": rng.randrange(1, STAFF + 1),
                        "organization_id": 2,
                        "due_on": held.date() + timedelta(days=14),
                        "status": "done" if n < weeks - 2 else "open",
                        "status_reason": "",
                        "created_at": held,
                        "version_id": 1,
                    }
                )
                minutes.append(
                    {
                        "id": item,
                        "meeting_id": n + 1,
                        "agenda_item_id": item,
                        "body": _sentence(rng, 25),
                        "audience": audience,
                        "organization_id": 2,
                        "written_at": held,
                    }
                )
        self.put(Meeting, meetings)
        self.put(meeting_participants, invited)
        self.put(AgendaItem, agenda)
        self.put(Decision, decisions)
        self.put(ActionItem, actions)
        self.put(MinuteEntry, minutes)

    def audit(self) -> None:
        rng = self.rng
        count = self.n["audit"]
        prev = "0" * 64
        entities = ("shifts", "cases", "case_notes", "interventions", "subjects")
        batch: list[dict] = []
        span = (self.now - self.start).total_seconds()
        for n in range(1, count + 1):
            user = rng.randrange(1, STAFF + 1)
            entity = entities[n % len(entities)]
            read = n % 7 == 0
            entry = {
                "id": n,
                "at": self.start + timedelta(seconds=int(span * n / (count + 1))),
                "user_id": user,
                "username": COORDINATOR if user == 1 else f"utente{user}",
                "action": "read" if read else "update",
                "entity": entity,
                "entity_id": str(rng.randrange(1, 5000)),
                "details": {} if read else {"changes": {"status": ["open", "monitoring"]}},
                "justification": "follow-up" if read else None,
            }
            entry["prev_hash"] = prev
            entry["hash"] = prev = _canonical_hash(prev, entry)
            batch.append(entry)
            if len(batch) == 50_000:
                self.put(AuditEvent, batch)
                batch = []
        if batch:
            self.put(AuditEvent, batch)
        self.conn.execute(
            update(AuditAnchor)
            .where(AuditAnchor.id == 1)
            .values(last_event_id=count, last_hash=prev, event_count=count)
        )


def generate(path: Path, scale: float = 1.0, audit: int | None = None) -> dict[str, int]:
    """Write the city to a new SQLite file at ``path``; returns the rows written per table."""
    opened = db.open_database(db.sqlite_url(path))
    engine = opened.engine
    with engine.begin() as conn:
        # The whole city is one transaction: a page cache that holds it keeps SQLite from
        # spilling pages to the WAL before the commit.
        conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
        if conn.execute(text("SELECT count(*) FROM audit_anchor")).scalar() == 0:
            conn.execute(
                insert(AuditAnchor).values(id=1, last_event_id=0, last_hash="0" * 64, event_count=0)
            )
        counts = City(conn, scale, audit).build()
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    engine.dispose()
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="the new SQLite file")
    parser.add_argument(
        "--scale", type=float, default=1.0, help="a fraction of the full city (default 1)"
    )
    parser.add_argument("--audit", type=int, help="audit entries (default 300,000 x scale)")
    args = parser.parse_args(argv)
    if args.out.exists():
        parser.error(f"{args.out} exists; remove it first")
    if not 0 < args.scale <= 10:
        parser.error("--scale must be above 0 and at most 10")
    if args.audit is not None and args.audit < 0:
        parser.error("--audit must be 0 or more")
    began = time.perf_counter()
    counts = generate(args.out, args.scale, args.audit)
    size = args.out.stat().st_size / 2**20
    took = time.perf_counter() - began
    print(f"{counts}\n{size:.0f} MB in {took:.1f} s -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
