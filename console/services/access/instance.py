"""Facts about the open database as a whole: is it new and empty, does it hold demo data."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.models import (
    META_DEMO,
    META_STARTED_EMPTY,
    ConsoleMeta,
    Organization,
    Person,
    User,
)


def is_empty(session: Session) -> bool:
    """True when nobody has put anything in: no organization, person or user."""
    return all(
        session.scalar(select(model.id).limit(1)) is None for model in (Organization, Person, User)
    )


def needs_first_start_choice(session: Session) -> bool:
    """A new, empty database whose owner has not yet chosen to start empty or with demo data."""
    return is_empty(session) and session.get(ConsoleMeta, META_STARTED_EMPTY) is None


def mark_started_empty(session: Session) -> None:
    session.merge(ConsoleMeta(key=META_STARTED_EMPTY, value="1"))


def mark_demo(session: Session) -> None:
    session.merge(ConsoleMeta(key=META_DEMO, value="1"))


def is_demo(session: Session) -> bool:
    return session.get(ConsoleMeta, META_DEMO) is not None
