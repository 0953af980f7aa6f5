"""Who may do what: the actor every service call takes, and one table of role x action.

Services call :func:`require` before they read or write; the UI asks :func:`can` only to hide
what would be refused anyway.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from console.models import Role


class PermissionDenied(Exception):
    """The actor may not do this. ``str()`` says what was refused, in one line."""

    def __init__(self, actor: Actor, action: Action) -> None:
        self.actor = actor
        self.action = action
        super().__init__(f"{actor.role.value} may not {action.value.replace('_', ' ')}")


class Action(enum.StrEnum):
    VIEW_CALENDAR = "view_calendar"
    PLAN_SHIFTS = "plan_shifts"
    PUBLISH_WEEK = "publish_week"
    MANAGE_ABSENCES = "manage_absences"
    EXPORT_CALENDAR = "export_calendar"


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

# The one table: which roles may take each action.
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.VIEW_CALENDAR: ALL_ROLES,
    Action.PLAN_SHIFTS: PLANNERS,
    Action.PUBLISH_WEEK: PLANNERS,
    Action.MANAGE_ABSENCES: PLANNERS,
    Action.EXPORT_CALENDAR: ALL_ROLES,
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
