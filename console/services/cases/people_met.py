"""People met in the street, identified gradually, and the consents that let a name travel.

Anonymous people are only counted (a debrief's ``contacts_count``); a profile starts with a
nickname (alias, description, usual zone) and becomes named (full name, birth year) only
once a consent for the naming organization, or a legal basis for it, is recorded.

The identity rule: a named subject's full name and birth year reach an organization only
while a consent row for that organization is active (``given_on <= today``, not yet at
``expires_on``, not yet at ``withdrawn_on``; both end dates exclusive), whether it records
the person's consent or a legal basis (``legal_basis`` set). Otherwise the organization
sees the alias. Managers and administrators never see subjects at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ARRAY,
    FromClause,
    Integer,
    String,
    bindparam,
    column,
    func,
    select,
)
from sqlalchemy.orm import Session, selectinload

from console.models import (
    Consent,
    Identification,
    LegalBasis,
    Organization,
    Person,
    Role,
    Subject,
    User,
    Zone,
)
from console.services import bounds
from console.services.access import (
    Action,
    Actor,
    ScopedWrite,
    audit,
    pg_roles,
    require,
    require_holder,
)
from console.services.access.audit import record_write
from console.services.access.identity import (  # the declarations, kept with the server's
    IDENTITY,
    IDENTITY_ROLES,
    IdentityReaders,
    identity_visible_clause,
)
from console.services.cases.case_common import (
    CaseworkError,
    Refused,
    names_by_id,
    subject_holders,
    today_local,
)
from console.services.changes import Area, row_id, writes
from console.services.errors import Entity, not_found
from console.services.text_rules import LIMITS, TextField
from console.services.text_rules import clean_limited as clean_text  # the legal basis
from console.services.text_rules import clean_text as check_text

MAX_ALIAS = LIMITS[TextField.NICKNAME]
MAX_FULL_NAME = LIMITS[TextField.FULL_NAME]
MAX_DESCRIPTION = LIMITS[TextField.SUBJECT_DESCRIPTION]
MAX_REFERENCE = LIMITS[TextField.CARE_REFERENCE]
MAX_LEGAL_BASIS = LIMITS[TextField.LEGAL_BASIS]
FIRST_BIRTH_YEAR = 1900


@dataclass(frozen=True)
class ConsentRow:
    id: int
    subject_id: int
    recipient_organization_id: int
    recipient_name: str
    legal_basis: str | None  # the law or decision of a basis other than consent (optional)
    given_on: date
    expires_on: date | None  # exclusive: no longer active on that day
    withdrawn_on: date | None  # exclusive too
    active_on_today: bool
    basis: LegalBasis = LegalBasis.CONSENT
    recorded_by: str = ""  # who recorded it ("E. Ferrari"), "" when unknown
    recorded_by_organization: str = ""


@dataclass(frozen=True)
class SubjectRow:
    """A subject as this actor may see it.

    ``display_name`` is the full name when ``identity_visible``, else the alias ("" for an
    anonymous subject: the view shows its own word). ``description``, ``birth_year`` and
    ``care_reference`` are filled only in a profile (``profile`` True: :func:`subject_profile`
    and the writes); lists and the case detail carry the summary.
    """

    id: int
    identification: Identification
    display_name: str
    alias: str | None
    description: str
    usual_zone_id: int | None
    named: bool
    identity_visible: bool
    birth_year: int | None  # only when identity_visible (and a profile)
    in_care: bool
    care_reference: str | None  # only for social workers (and a profile)
    consents: tuple[ConsentRow, ...]
    full_name: str | None = None  # only when identity_visible
    usual_zone_name: str = ""
    profile: bool = False
    version_id: int = 1


@dataclass(frozen=True)
class Identity:
    """The identity columns of one subject as this session may read them (None: empty, or
    not readable by this account on a shared server)."""

    full_name: str | None = None
    birth_year: int | None = None
    care_reference: str | None = None


def consent_active(consent: Consent, today: date) -> bool:
    return (
        consent.given_on <= today
        and (consent.expires_on is None or today < consent.expires_on)
        and (consent.withdrawn_on is None or today < consent.withdrawn_on)
    )


def identities_visible(
    session: Session, organization_id: int | None, subject_ids: Iterable[int], today: date
) -> set[int]:
    """The subjects among ``subject_ids`` whose identity ``organization_id`` may see today."""
    ids = set(subject_ids)
    if organization_id is None or not ids:
        return set()
    return set(
        session.scalars(
            select(Subject.id).where(
                Subject.id.in_(ids), identity_visible_clause(organization_id, today)
            )
        )
    )


def identity_source(session: Session, ids: Iterable[int] | None = None) -> FromClause:
    """Where this session reads the identity columns (``id``, ``full_name``, ``birth_year``,
    ``care_reference``): the ``subjects`` table, or on a shared server as an account's own role
    (which may not read those columns) ``console_subject_identities(ids)``, which gives each
    only to whom :data:`IDENTITY` lets read it (None elsewhere). ``ids``: only those subjects
    (None: all)."""
    if not pg_roles.is_account_session(session):
        return Subject.__table__  # type: ignore[return-value]
    wanted = None if ids is None else sorted(set(ids))
    return (
        func.console_subject_identities(bindparam("identity_ids", wanted, type_=ARRAY(Integer)))
        .table_valued(
            column("id", Integer),
            column("full_name", String),
            column("birth_year", Integer),
            column("care_reference", String),
        )
        .alias("identities")
    )


def identities(session: Session, subject_ids: Iterable[int]) -> dict[int, Identity]:
    """The identity columns of ``subject_ids`` as this session may read them, in one query
    (no permission check: callers check, and show only what :data:`IDENTITY` allows)."""
    ids = set(subject_ids)
    if not ids:
        return {}
    source = identity_source(session, ids)
    rows = session.execute(
        select(source.c.id, source.c.full_name, source.c.birth_year, source.c.care_reference).where(
            source.c.id.in_(ids)
        )
    )
    return {row.id: Identity(row.full_name, row.birth_year, row.care_reference) for row in rows}


def display_name(subject: Subject, visible: bool, full_name: str | None) -> str:
    if visible and full_name:
        return full_name
    return subject.alias or ""


def subject_row(
    session: Session, actor: Actor, subject: Subject, *, profile: bool, today: date | None = None
) -> SubjectRow:
    """The row of a loaded subject for ``actor`` (no permission check: callers check)."""
    return subject_rows(session, actor, [subject], profile=profile, today=today)[0]


def subject_rows(
    session: Session,
    actor: Actor,
    subjects: Sequence[Subject],
    *,
    profile: bool,
    today: date | None = None,
) -> list[SubjectRow]:
    """The rows of loaded subjects (their consents loaded too) for ``actor``, in their order,
    in five queries whatever their number (no permission check: callers check)."""
    today = today or today_local()
    visible = identities_visible(session, actor.organization_id, [s.id for s in subjects], today)
    consents = [c for subject in subjects for c in subject.consents]
    organizations, recorders = _consent_names(session, consents)
    zones = names_by_id(session, Zone.id, Zone.name, (s.usual_zone_id for s in subjects))
    found = identities(session, [s.id for s in subjects])
    rows = []
    for subject in subjects:
        shown = subject.id in visible
        identity = found.get(subject.id, Identity())

        def allowed(name: str, shown: bool = shown, identity: Identity = identity) -> Any:
            readers = IDENTITY[name]
            if readers is IdentityReaders.CONSENT:
                may = shown
            else:
                may = actor.role in IDENTITY_ROLES[readers]
            return getattr(identity, name) if may else None

        rows.append(
            SubjectRow(
                id=subject.id,
                identification=subject.identification,
                display_name=display_name(subject, shown, allowed("full_name")),
                alias=subject.alias,
                description=subject.description if profile else "",
                usual_zone_id=subject.usual_zone_id,
                usual_zone_name=zones.get(subject.usual_zone_id, "")
                if subject.usual_zone_id
                else "",
                named=subject.identification is Identification.NAMED,
                identity_visible=shown,
                full_name=allowed("full_name"),
                birth_year=allowed("birth_year") if profile else None,
                in_care=subject.in_care,
                care_reference=allowed("care_reference") if profile else None,
                consents=_consent_rows(subject.consents, today, organizations, recorders),
                profile=profile,
                version_id=subject.version_id,
            )
        )
    return rows


def consent_rows(
    session: Session, consents: Iterable[Consent], today: date
) -> tuple[ConsentRow, ...]:
    consents = list(consents)
    organizations, recorders = _consent_names(session, consents)
    return _consent_rows(consents, today, organizations, recorders)


def _consent_names(
    session: Session, consents: Sequence[Consent]
) -> tuple[dict[int, str], dict[int, tuple[str, str]]]:
    """The recipients' names and the recorders' ("E. Ferrari", organization), in two queries."""
    names = names_by_id(
        session, Organization.id, Organization.name, (c.recipient_organization_id for c in consents)
    )
    wanted = {c.recorded_by_id for c in consents if c.recorded_by_id}
    recorders = {
        user_id: (f"{first[:1]}. {last}", organization)
        for user_id, first, last, organization in (
            session.execute(
                select(User.id, Person.first_name, Person.last_name, Organization.name)
                .join(Person, Person.id == User.person_id)
                .join(Organization, Organization.id == Person.organization_id)
                .where(User.id.in_(wanted))
            )
            if wanted
            else ()
        )
    }
    return names, recorders


def _consent_rows(
    consents: Iterable[Consent],
    today: date,
    names: dict[int, str],
    recorders: dict[int, tuple[str, str]],
) -> tuple[ConsentRow, ...]:
    ordered = sorted(consents, key=lambda c: (c.given_on, c.id))
    return tuple(
        ConsentRow(
            id=c.id,
            subject_id=c.subject_id,
            recipient_organization_id=c.recipient_organization_id,
            recipient_name=names.get(c.recipient_organization_id, ""),
            legal_basis=c.legal_basis,
            given_on=c.given_on,
            expires_on=c.expires_on,
            withdrawn_on=c.withdrawn_on,
            active_on_today=consent_active(c, today),
            basis=c.basis,
            recorded_by=recorders.get(c.recorded_by_id, ("", ""))[0],
            recorded_by_organization=recorders.get(c.recorded_by_id, ("", ""))[1],
        )
        for c in ordered
    )


def _subject(session: Session, subject_id: int) -> Subject:
    subject = session.get(Subject, subject_id, options=[selectinload(Subject.consents)])
    if subject is None:
        raise not_found(CaseworkError, Entity.SUBJECT, subject_id)
    return subject


def checked_nickname(value: str) -> str:
    """A person met's nickname, cleaned; refused blank or too long."""
    return check_text(
        value,
        TextField.NICKNAME,
        blank=lambda: CaseworkError("subject_nickname_required", "a nickname is required"),
        too_long=lambda: CaseworkError(
            "subject_nickname_too_long",
            "a nickname has at most {limit} characters",
            limit=MAX_ALIAS,
        ),
    )


def checked_description(value: str) -> str:
    """A person met's description, cleaned; refused too long."""
    return check_text(
        value,
        TextField.SUBJECT_DESCRIPTION,
        too_long=lambda: CaseworkError(
            "subject_description_too_long",
            "the description has at most {limit} characters",
            limit=MAX_DESCRIPTION,
        ),
    )


def checked_full_name(value: str) -> str:
    """A person met's full name, cleaned; refused blank or too long."""
    return check_text(
        value,
        TextField.FULL_NAME,
        blank=lambda: CaseworkError("subject_full_name_required", "the full name is required"),
        too_long=lambda: CaseworkError(
            "subject_full_name_too_long",
            "the full name has at most {limit} characters",
            limit=MAX_FULL_NAME,
        ),
    )


def checked_birth_year(value: int | None, today: date) -> int | None:
    """A year of birth (or none), refused outside the console's years up to this one."""
    if value is not None and not FIRST_BIRTH_YEAR <= value <= today.year:
        raise CaseworkError(
            "subject_birth_year_out_of_range",
            "the year of birth must be between {first} and {last}",
            first=FIRST_BIRTH_YEAR,
            last=today.year,
        )
    return value


def _zone_id(session: Session, zone_id: int | None) -> int | None:
    if zone_id is not None and session.get(Zone, zone_id) is None:
        raise not_found(CaseworkError, Entity.ZONE, zone_id)
    return zone_id


# -- reading -------------------------------------------------------------------------------------


def subject_profile(
    session: Session, actor: Actor, subject_id: int, reason: str, *, today: date | None = None
) -> SubjectRow:
    """The whole profile as ``actor`` may see it; audited with ``reason``.

    Raises :class:`PermissionDenied` (managers, admins), :class:`audit.ReasonRequired` for a
    blank reason and :class:`CaseworkError` for an unknown subject; nothing is read then.
    """
    require(actor, Action.VIEW_PEOPLE_MET)
    subject = _subject(session, subject_id)
    audit.record_read(session, actor, "subjects", subject.id, reason)
    return subject_row(session, actor, subject, profile=True, today=today)


def list_subjects(
    session: Session,
    actor: Actor,
    *,
    zone_id: int | None = None,
    limit: int = 500,
    today: date | None = None,
) -> list[SubjectRow]:
    """Summaries of the profiles (not anonymous ones), newest first, for pickers and lists."""
    require(actor, Action.VIEW_PEOPLE_MET)
    query = (
        select(Subject)
        .options(selectinload(Subject.consents))
        .where(Subject.identification != Identification.ANONYMOUS)
        .order_by(Subject.id.desc())
        .limit(max(1, limit))
    )
    if zone_id is not None:
        query = query.where(Subject.usual_zone_id == zone_id)
    return subject_rows(session, actor, session.scalars(query).all(), profile=False, today=today)


# -- writing -------------------------------------------------------------------------------------


@writes(Area.SUBJECTS, ids=row_id)
def create_subject(
    session: Session,
    actor: Actor,
    *,
    alias: str,
    description: str = "",
    usual_zone_id: int | None = None,
) -> SubjectRow:
    """A nickname profile ("the man with the red jacket"). The description is never audited."""
    require(actor, Action.WRITE_CASES)
    subject = Subject(
        identification=Identification.NICKNAME,
        alias=checked_nickname(alias),
        description=checked_description(description),
        usual_zone_id=_zone_id(session, usual_zone_id),
        created_by_id=actor.user_id,
    )
    session.add(subject)
    record_write(session, actor, "create", subject)
    return subject_row(session, actor, subject, profile=True)


@writes(Area.CONSENTS, ids=row_id)
def record_consent(  # noqa: PLR0917 - the signature the Cases section calls
    session: Session,
    actor: Actor,
    subject_id: int,
    recipient_organization_id: int,
    given_on: date,
    expires_on: date | None = None,
    *,
    basis: LegalBasis = LegalBasis.CONSENT,
    reference: str | None = None,
) -> ConsentRow:
    """The subject's identity shared with one organization from ``given_on`` to
    ``expires_on`` (exclusive): on their consent, or on another legal ``basis`` of the closed
    list, with the law or decision it rests on as ``reference`` (optional).

    Recorded only by an organization that holds the relationship with the person
    (:class:`~console.services.access.HeldElsewhere` otherwise)."""
    require(actor, Action.WRITE_CASES)
    subject = _subject(session, subject_id)
    require_holder(actor, ScopedWrite.RECORD_CONSENT, subject_holders(session, subject))
    bounds.check_days(given_on, expires_on)
    if session.get(Organization, recipient_organization_id) is None:
        raise not_found(CaseworkError, Entity.ORGANIZATION, recipient_organization_id)
    if expires_on is not None and expires_on <= given_on:
        raise CaseworkError(
            "consent_expires_too_early",
            "a consent must expire after the day it was given",
            given=given_on,
            expires=expires_on,
        )
    basis = LegalBasis(basis)
    text = None
    if reference is not None and reference.strip():
        if basis is LegalBasis.CONSENT:
            raise CaseworkError(
                "consent_reference_needs_basis",
                "a law or decision is named only for a legal basis other than consent",
            )
        text = clean_text(
            reference,
            MAX_LEGAL_BASIS,
            too_long=lambda: CaseworkError(
                "consent_legal_basis_too_long",
                "the legal basis has at most {limit} characters",
                limit=MAX_LEGAL_BASIS,
            ),
        )
    consent = Consent(
        subject=subject,
        recipient_organization_id=recipient_organization_id,
        basis=basis,
        legal_basis=text,
        given_on=given_on,
        expires_on=expires_on,
        recorded_by_id=actor.user_id,
    )
    session.add(consent)
    record_write(session, actor, "create", consent)
    return consent_rows(session, [consent], today_local())[0]


@writes(Area.CONSENTS, ids=row_id)
def withdraw_consent(
    session: Session, actor: Actor, consent_id: int, withdrawn_on: date
) -> ConsentRow:
    """Record that a consent (or legal basis) stops on ``withdrawn_on``; the row stays."""
    require(actor, Action.WRITE_CASES)
    consent = session.get(Consent, consent_id)
    if consent is None:
        raise not_found(CaseworkError, Entity.CONSENT, consent_id)
    holders = {*subject_holders(session, consent.subject), consent.recipient_organization_id}
    require_holder(actor, ScopedWrite.WITHDRAW_CONSENT, holders)
    bounds.check_day(withdrawn_on)
    if consent.withdrawn_on is not None:
        raise CaseworkError(
            "consent_already_withdrawn",
            "consent {consent} was already withdrawn on {withdrawn}",
            consent=consent_id,
            withdrawn=consent.withdrawn_on,
        )
    if withdrawn_on < consent.given_on:
        raise CaseworkError(
            "consent_withdrawn_before_given",
            "a consent cannot be withdrawn before it was given ({given})",
            given=consent.given_on,
            withdrawn=withdrawn_on,
        )
    consent.withdrawn_on = withdrawn_on
    record_write(session, actor, "update", consent)
    return consent_rows(session, [consent], today_local())[0]


@writes(Area.SUBJECTS, ids=row_id)
def name_subject(
    session: Session,
    actor: Actor,
    subject_id: int,
    full_name: str,
    birth_year: int | None,
    *,
    today: date | None = None,
) -> SubjectRow:
    """Record the subject's full name and birth year (or correct them).

    Refused with :class:`CaseworkError` unless a consent (or legal basis) for the actor's own
    organization is active today: naming someone starts with their consent.
    """
    require(actor, Action.WRITE_CASES)
    today = today or today_local()
    subject = _subject(session, subject_id)
    if not any(
        c.recipient_organization_id == actor.organization_id and consent_active(c, today)
        for c in subject.consents
    ):
        raise CaseworkError(
            "subject_naming_needs_consent",
            "record the person's consent (or a legal basis) for your organization before "
            "recording their name",
        )
    name = checked_full_name(full_name)
    checked_birth_year(birth_year, today)
    subject.identification = Identification.NAMED
    subject.full_name = name
    subject.birth_year = birth_year
    record_write(session, actor, "update", subject)
    return subject_row(session, actor, subject, profile=True, today=today)


@writes(Area.SUBJECTS, ids=row_id)
def mark_in_care(
    session: Session, actor: Actor, subject_id: int, care_reference: str | None
) -> SubjectRow:
    """Mark the subject as in the social services' care, with their own reference (never a
    copy of their file); ``None`` ends it. Social workers only."""
    require(actor, Action.WRITE_CASES)
    if actor.role is not Role.SOCIAL_WORKER:
        raise Refused(
            "subject_care_social_workers_only",
            "{role} may not mark a person in care: social workers do",
            actor,
            Action.WRITE_CASES,
            role=actor.role,
        )
    subject = _subject(session, subject_id)
    if care_reference is None:
        subject.in_care, subject.care_reference = False, None
    else:
        reference = check_text(
            care_reference,
            TextField.CARE_REFERENCE,
            blank=lambda: CaseworkError(
                "subject_care_reference_required", "the care reference is required"
            ),
            too_long=lambda: CaseworkError(
                "subject_care_reference_too_long",
                "the care reference has at most {limit} characters",
                limit=MAX_REFERENCE,
            ),
        )
        subject.in_care, subject.care_reference = True, reference
    record_write(session, actor, "update", subject)
    return subject_row(session, actor, subject, profile=True)


def subject_names(
    session: Session, actor: Actor, subject_ids: Iterable[int], today: date
) -> dict[int, str]:
    """``{subject_id: display name}`` for ``actor`` in two queries (lists of cases)."""
    ids = set(subject_ids)
    if not ids:
        return {}
    visible = identities_visible(session, actor.organization_id, ids, today)
    full = identities(session, visible)
    names: dict[int, str] = defaultdict(str)
    for subject_id, alias in session.execute(
        select(Subject.id, Subject.alias).where(Subject.id.in_(ids))
    ):
        name = full[subject_id].full_name if subject_id in full else None
        names[subject_id] = name if subject_id in visible and name else alias or ""
    return dict(names)
