"""Who may do what: the actor every service call takes, and one table of role x action.

Services call :func:`require` before they read or write; the UI asks :func:`can` only to hide
what would be refused anyway.
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from dataclasses import dataclass

from console.models import AbsenceKind, Role, User, Visibility
from console.services.actions import Action, PermissionDenied


@dataclass(frozen=True)
class Actor:
    """Who is acting: a logged-in user, or the command line (``user_id`` None)."""

    user_id: int | None
    person_id: int | None
    organization_id: int | None
    role: Role
    username: str


ALL_ROLES = frozenset(Role)
PLANNERS = frozenset({Role.COORDINATOR})
# The roles that work in the field or on cases; managers see aggregates, admins run the system.
PARTNERS = frozenset({Role.COORDINATOR, Role.EDUCATOR, Role.OFFICER, Role.SOCIAL_WORKER})
ADMINS = frozenset({Role.ADMIN})

# The one table: which roles may take each action.
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.VIEW_CALENDAR: ALL_ROLES,
    Action.PLAN_SHIFTS: PLANNERS,
    Action.PUBLISH_WEEK: PLANNERS,
    Action.MANAGE_ABSENCES: PLANNERS,
    Action.EXPORT_CALENDAR: ALL_ROLES,
    # Zones and signals hold no personal data: everyone sees the map (managers included).
    Action.VIEW_MAP: ALL_ROLES,
    Action.RECORD_SIGNALS: frozenset({Role.COORDINATOR, Role.OFFICER, Role.EDUCATOR}),
    Action.EDIT_ZONES: frozenset({Role.COORDINATOR, Role.ADMIN}),
    Action.RECORD_DEBRIEFS: frozenset({Role.COORDINATOR, Role.EDUCATOR, Role.OFFICER}),
    Action.VIEW_CASES: PARTNERS,
    Action.WRITE_CASES: PARTNERS,
    Action.WRITE_NOTES: PARTNERS,
    Action.VIEW_PEOPLE_MET: PARTNERS,
    Action.VIEW_AGGREGATES: ALL_ROLES,
    Action.READ_AUDIT: ADMINS,
    Action.MANAGE_USERS: ADMINS,
    # A manager reads the shared minutes only (see services.meetings.audience).
    Action.VIEW_MEETINGS: PARTNERS | {Role.MANAGER},
    Action.PREPARE_MEETINGS: PLANNERS,
    Action.RUN_MEETINGS: PLANNERS,
    Action.WRITE_MINUTES: PARTNERS,
    Action.APPROVE_MINUTES: PLANNERS,
    Action.UPDATE_ACTIONS: PARTNERS,
    # Managers account for the grant; coordinators write the narrative; admins set it up.
    Action.MANAGE_FUNDING: frozenset({Role.MANAGER, Role.COORDINATOR, Role.ADMIN}),
    # The administrator is the data-protection officer: only they set and run retention,
    # answer a person's request for their data and erase a person. The export holds every note
    # about the person whatever its audience (social services' notes too), so no partner role
    # may produce it. A correction of the profile never shows a note: coordinators may make one
    # too, but a name or year of birth only where their organization sees the identity
    # (services.retention.erasure.rectify_subject).
    Action.MANAGE_RETENTION: ADMINS,
    Action.RUN_RETENTION: ADMINS,
    Action.EXPORT_SUBJECT: ADMINS,
    Action.RECTIFY_SUBJECT: ADMINS | PLANNERS,
    Action.ERASE_SUBJECT: ADMINS,
}


@dataclass(frozen=True)
class TableWrites:
    """Who writes a table of everyday work: the roles of ``writers`` insert, change and remove
    its rows; the roles of ``updaters`` change only ``columns`` (a debrief marks its shift
    done, publishing a week changes its shifts' status)."""

    writers: frozenset[Action]
    updaters: frozenset[Action] = frozenset()
    columns: tuple[str, ...] = ()


# The tables whose every write a service makes under one of these actions (its ``require``),
# so a shared server grants INSERT, UPDATE and DELETE on them to those actions' roles only
# (services.access.pg_roles.write_privileges). Tables missing here are written by the services
# under rules beyond the role (cases, notes, consents, meetings: see ScopedWrite and the
# audiences), and every account may write them on the server.
TABLE_WRITES: dict[str, TableWrites] = {
    "shifts": TableWrites(
        frozenset({Action.PLAN_SHIFTS}),
        frozenset({Action.PUBLISH_WEEK, Action.RECORD_DEBRIEFS}),
        ("status", "updated_at", "version_id"),
    ),
    "shift_assignments": TableWrites(frozenset({Action.PLAN_SHIFTS})),
    "demand_patterns": TableWrites(frozenset({Action.PLAN_SHIFTS})),
    "absences": TableWrites(frozenset({Action.MANAGE_ABSENCES})),
    "availability_rules": TableWrites(frozenset({Action.MANAGE_ABSENCES})),
    "zones": TableWrites(frozenset({Action.EDIT_ZONES})),
    "signals": TableWrites(frozenset({Action.RECORD_SIGNALS})),
    "funding_projects": TableWrites(frozenset({Action.MANAGE_FUNDING})),
    "funding_expenses": TableWrites(frozenset({Action.MANAGE_FUNDING})),
    "funding_narratives": TableWrites(frozenset({Action.MANAGE_FUNDING})),
    "hourly_costs": TableWrites(frozenset({Action.MANAGE_FUNDING})),
    "retention_rules": TableWrites(frozenset({Action.MANAGE_RETENTION})),
}


class ScopedWrite(enum.StrEnum):
    """Writes that the role alone does not allow: the record belongs to some organizations (its
    holders, named by the service that writes it) and only their members make them."""

    CHANGE_CASE = "change_case"  # title, status, priority, review date, links to debriefs
    HAND_OVER_CASE = "hand_over_case"  # a new owner, and so a new organization
    REFER_CASE = "refer_case"
    CHANGE_DEBRIEF = "change_debrief"
    RECORD_CONSENT = "record_consent"
    WITHDRAW_CONSENT = "withdraw_consent"


# The second table: each scoped write, the role action it needs, who holds the record, and
# which roles make it for every organization's records.
#   case: its owner's organization, and any organization that accepted a referral of it (they
#         work on it together); handing it over: the owner's organization alone;
#   debrief: the organizations of the people who were on the outing and of who recorded it;
#         coordinators plan every joint outing and correct any debrief;
#   consent: the organizations that hold the relationship with the person met (whoever first
#         recorded them, and the holders of a case about them); a withdrawal also by the
#         organization the consent was given to (it may always give its access up).
SCOPED_WRITES: dict[ScopedWrite, tuple[Action, frozenset[Role]]] = {
    ScopedWrite.CHANGE_CASE: (Action.WRITE_CASES, frozenset()),
    ScopedWrite.HAND_OVER_CASE: (Action.WRITE_CASES, frozenset()),
    ScopedWrite.REFER_CASE: (Action.WRITE_CASES, frozenset()),
    ScopedWrite.CHANGE_DEBRIEF: (Action.RECORD_DEBRIEFS, PLANNERS),
    ScopedWrite.RECORD_CONSENT: (Action.WRITE_CASES, frozenset()),
    ScopedWrite.WITHDRAW_CONSENT: (Action.WRITE_CASES, frozenset()),
}


class HeldElsewhere(PermissionDenied):
    """A scoped write refused: the actor's organization does not hold the record.

    Like every refusal it carries a ``code`` and the ``params`` of its sentence (``write``: the
    :class:`ScopedWrite` refused); ``str()`` is the English sentence."""

    def __init__(self, code: str, text: str, actor: Actor, /, *, write: ScopedWrite) -> None:
        super().__init__(actor, SCOPED_WRITES[write][0])
        self.code = code
        self.write = write
        self.params = {"write": write}
        self.args = (text.format(write=write.value.replace("_", " ")),)


def may_write(actor: Actor, write: ScopedWrite, holders: Collection[int | None]) -> bool:
    """True when the actor's role allows the write and their organization is among
    ``holders`` (or their role makes it for everyone's records)."""
    action, everyone = SCOPED_WRITES[write]
    if not can(actor, action):
        return False
    if actor.role in everyone:
        return True
    return actor.organization_id is not None and actor.organization_id in holders


def require_holder(actor: Actor, write: ScopedWrite, holders: Collection[int | None]) -> None:
    """Raise :class:`PermissionDenied` for the role, or :class:`HeldElsewhere` for the
    organization, unless :func:`may_write`."""
    require(actor, SCOPED_WRITES[write][0])
    if not may_write(actor, write, holders):
        raise HeldElsewhere(
            "held_by_other_organization",
            "only the organizations that hold the record may {write}",
            actor,
            write=write,
        )


class Reach(enum.Enum):
    """How far a note's audience reaches among the roles allowed to read it."""

    EVERY_ORGANIZATION = "every_organization"
    SAME_ORGANIZATION = "same_organization"


# The rules for note audiences: which roles read a note of each visibility, and how far. The
# author always reads their own notes (while their role may read notes at all).
NOTE_AUDIENCES: dict[Visibility, tuple[frozenset[Role], Reach]] = {
    Visibility.SHARED: (PARTNERS, Reach.EVERY_ORGANIZATION),
    Visibility.ORGANIZATION: (PARTNERS, Reach.SAME_ORGANIZATION),
    Visibility.SOCIAL_SERVICES: (frozenset({Role.SOCIAL_WORKER}), Reach.EVERY_ORGANIZATION),
}

# The audience a new note gets unless its author chooses: the narrowest that fits the role.
DEFAULT_AUDIENCE: dict[Role, Visibility] = {
    Role.SOCIAL_WORKER: Visibility.SOCIAL_SERVICES,
    Role.COORDINATOR: Visibility.ORGANIZATION,
    Role.EDUCATOR: Visibility.ORGANIZATION,
    Role.OFFICER: Visibility.ORGANIZATION,
}

# The command line runs with the rights of whoever can open the database itself.
COMMAND_LINE = Actor(
    user_id=None, person_id=None, organization_id=None, role=Role.ADMIN, username="console-admin"
)


def can(actor: Actor, action: Action) -> bool:
    return actor.role in PERMISSIONS[action]


def require(actor: Actor, action: Action) -> None:
    """Raise :class:`PermissionDenied` unless the actor's role may take the action."""
    if not can(actor, action):
        raise PermissionDenied(actor, action)


def may_read_note(
    actor: Actor, visibility: Visibility, organization_id: int, author_user_id: int | None
) -> bool:
    """True when the actor is in the audience of a note with this visibility.

    ``organization_id`` is the organization the note was written in. Managers and admins are
    never in a note's audience, whoever wrote it.
    """
    if actor.role not in PARTNERS:
        return False
    if actor.user_id is not None and actor.user_id == author_user_id:
        return True
    roles, reach = NOTE_AUDIENCES[visibility]
    if actor.role not in roles:
        return False
    return reach is Reach.EVERY_ORGANIZATION or actor.organization_id == organization_id


def may_see_absence_kind(
    actor: Actor, kind: AbsenceKind, person_id: int, organization_id: int | None
) -> bool:
    """Why someone is absent may be health data (sickness): a holiday (leave) is no secret,
    any other kind is seen by the coordinators who plan around it, the person and the people
    of their own organization. Everyone else sees only that they are absent."""
    return (
        kind is AbsenceKind.LEAVE
        or can(actor, Action.MANAGE_ABSENCES)
        or (actor.person_id is not None and actor.person_id == person_id)
        or (actor.organization_id is not None and actor.organization_id == organization_id)
    )


def actor_for(user: User) -> Actor:
    person = user.person
    return Actor(
        user_id=user.id,
        person_id=user.person_id,
        organization_id=person.organization_id if person is not None else None,
        role=user.role,
        username=user.username,
    )
