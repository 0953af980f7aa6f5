"""A person met's identity: who reads each part of it, declared once.

The services (``services.cases.people_met``) show a name, a year of birth and a care reference
by these rules, and ``pg-setup`` compiles the same declarations into the shared server's
``console_subject_identities()`` (``pg_roles.identity_function_sql``), so the two cannot drift.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, or_, select

from console.models import Consent, Identification, Role, Subject


class IdentityReaders(enum.Enum):
    """Who reads a part of a named person's identity."""

    CONSENT = "consent"  # the organizations with an active consent (or legal basis)
    SOCIAL_WORKERS = "social_workers"  # the social workers (the reference is their own)


# The identity of a person met: who reads each column. The services follow it
# (``people_met.subject_row``, ``people_met.subject_names``), and so does a shared PostgreSQL
# server, where the accounts read these columns only through ``console_subject_identities()``,
# written by pg-setup from this table and :func:`identity_visible_clause`.
IDENTITY: dict[str, IdentityReaders] = {
    "full_name": IdentityReaders.CONSENT,
    "birth_year": IdentityReaders.CONSENT,
    "care_reference": IdentityReaders.SOCIAL_WORKERS,
}
IDENTITY_ROLES: dict[IdentityReaders, frozenset[Role]] = {
    IdentityReaders.SOCIAL_WORKERS: frozenset({Role.SOCIAL_WORKER}),
}


def active_clause(today: date | ColumnElement[Any]) -> ColumnElement[bool]:
    """A consent row active on ``today``: given, not yet expired, not yet withdrawn (both end
    dates exclusive), as ``people_met.consent_active``."""
    return and_(
        Consent.given_on <= today,
        or_(Consent.expires_on.is_(None), Consent.expires_on > today),
        or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > today),
    )


def identity_visible_clause(
    organization: int | ColumnElement[Any], today: date | ColumnElement[Any]
) -> ColumnElement[bool]:
    """True for a subject (a row of ``subjects``) whose identity ``organization`` may see on
    ``today``: named, with an active consent row for it. The services filter with it
    (``people_met.identities_visible``); pg-setup compiles it, with the session's organization
    and the server's local day, into ``console_subject_identities()``."""
    return and_(
        Subject.identification == Identification.NAMED,
        exists(
            select(Consent.id).where(
                Consent.subject_id == Subject.id,
                Consent.recipient_organization_id == organization,
                active_clause(today),
            )
        ),
    )
