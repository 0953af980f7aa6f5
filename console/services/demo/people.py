"""The Cremona demo's organizations, people, login accounts and absences."""

from __future__ import annotations

from dataclasses import dataclass

from console.models import Absence, Organization, Person, Role, User
from console.services.access.passwords import hash_password
from console.services.demo import texts
from console.services.demo.state import DemoState
from console.services.demo_accounts import DEMO_PASSWORD


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: Role
    full_name: str  # the Person the account belongs to


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("admin", Role.ADMIN, "Marco Bertoletti"),
    DemoAccount("coordinatore", Role.COORDINATOR, "Elena Carminati"),
    DemoAccount("educatore", Role.EDUCATOR, "Giulia Ferrari"),
    DemoAccount("agente", Role.OFFICER, "Andrea Fontana"),
    DemoAccount("assistente", Role.SOCIAL_WORKER, "Marta Boldori"),
    DemoAccount("dirigente", Role.MANAGER, "Paolo Ghisolfi"),
)


def seed_organizations_and_people(demo: DemoState) -> None:
    """The four organizations and their staff; one educator left during the second week."""
    for key, (name, short_name, kind) in texts.ORGANIZATIONS.items():
        demo.orgs[key] = Organization(name=name, short_name=short_name, kind=kind)
    for first, last, role, org_key, hours in texts.PEOPLE:
        demo.people[f"{first} {last}"] = Person(
            first_name=first,
            last_name=last,
            role=role,
            organization=demo.orgs[org_key],
            weekly_hours=float(hours),
            email=f"{first.lower()}.{last.lower()}@{texts.EMAIL_DOMAINS[org_key]}",
        )
    leaver = demo.people[texts.LEAVER]
    leaver.active = False
    leaver.left_on = demo.day(14)  # worked the first two demo weeks only
    demo.session.add_all([*demo.orgs.values(), *demo.people.values()])


def seed_accounts(demo: DemoState) -> None:
    """One account per role (:data:`DEMO_ACCOUNTS`), all with :data:`DEMO_PASSWORD`."""
    for account in DEMO_ACCOUNTS:
        demo.users[account.username] = User(
            username=account.username,
            password_hash=hash_password(DEMO_PASSWORD),
            role=account.role,
            person=demo.people[account.full_name],
            created_at=demo.at(-7, 9),
        )
    demo.session.add_all(demo.users.values())
    demo.session.flush()


def seed_absences(demo: DemoState) -> None:
    """Leave, sickness and training from ``texts.ABSENCES``: whole days or a few hours."""
    for spec in texts.ABSENCES:
        if spec.days:
            start, end = demo.at(spec.first_day, 0), demo.at(spec.first_day + spec.days, 0)
        else:
            start, end = (
                demo.at(spec.first_day, spec.hours[0]),
                demo.at(spec.first_day, spec.hours[1]),
            )
        demo.absences.append(
            Absence(
                person=demo.people[spec.person],
                kind=spec.kind,
                starts_at=start,
                ends_at=end,
                note=spec.note or None,
            )
        )
    demo.session.add_all(demo.absences)
