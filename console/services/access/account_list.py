"""What administrators see of the login accounts: each with its role, person, organization and
state (disabled, locked, last sign-in), and the people an account can be linked to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from console.models import Person, Role, User
from console.models.base import utcnow
from console.services import access
from console.services.access.accounts import is_locked


@dataclass(frozen=True)
class AccountRow:
    """One account as the Accounts section shows it; never its password hash."""

    id: int
    username: str
    role: Role
    person_id: int | None
    person_name: str | None
    organization: str | None
    disabled: bool
    locked_until: datetime | None  # aware UTC, only while the lockout lasts
    failed_logins: int  # wrong passwords in a row since the last success
    created_at: datetime
    last_login_at: datetime | None

    @property
    def locked(self) -> bool:
        return self.locked_until is not None


@dataclass(frozen=True)
class PersonChoice:
    """A person an account may belong to; ``username`` is their account's, if they have one."""

    id: int
    full_name: str
    organization: str
    role: Role
    username: str | None


def list_accounts(
    session: Session, actor: access.Actor, *, now: datetime | None = None
) -> list[AccountRow]:
    """Every account, by username (administrators only)."""
    access.require(actor, access.Action.MANAGE_USERS)
    now = now or utcnow()
    users = session.scalars(
        select(User)
        .options(joinedload(User.person).joinedload(Person.organization))
        .order_by(User.username)
    )
    return [
        AccountRow(
            id=user.id,
            username=user.username,
            role=user.role,
            person_id=user.person_id,
            person_name=user.person.full_name if user.person is not None else None,
            organization=user.person.organization.name if user.person is not None else None,
            disabled=user.disabled,
            locked_until=user.locked_until if is_locked(user, now) else None,
            failed_logins=user.failed_logins,
            created_at=user.created_at,
            last_login_at=user.last_login_at,
        )
        for user in users
    ]


def people_for_accounts(session: Session, actor: access.Actor) -> list[PersonChoice]:
    """The people still at work (and anyone who has an account), by surname (administrators
    only): whom an account can be linked to."""
    access.require(actor, access.Action.MANAGE_USERS)
    holders = dict(session.execute(select(User.person_id, User.username)).all())
    people = session.scalars(
        select(Person)
        .options(joinedload(Person.organization))
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    return [
        PersonChoice(
            id=person.id,
            full_name=person.full_name,
            organization=person.organization.name,
            role=person.role,
            username=holders.get(person.id),
        )
        for person in people
        if person.active or person.id in holders
    ]


@dataclass(frozen=True)
class AccountsData:
    """What the Accounts section shows and offers."""

    rows: tuple[AccountRow, ...]
    people: tuple[PersonChoice, ...]


def load_accounts(
    session: Session, actor: access.Actor, *, now: datetime | None = None
) -> AccountsData:
    """The accounts and the people they can be linked to, read together (administrators only)."""
    return AccountsData(
        rows=tuple(list_accounts(session, actor, now=now)),
        people=tuple(people_for_accounts(session, actor)),
    )
