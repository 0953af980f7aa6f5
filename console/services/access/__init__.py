"""Access: accounts and passwords, signing in, who may do what (one permission table), the
audit log, and the facts about the database itself.

The package's front gives the permission table and signing in, which every area uses:
``from console.services import access`` then ``access.require(actor, access.Action.X)``.
"""

from __future__ import annotations

from console.services.access.login import (
    LOCKOUT,
    MAX_FAILED_LOGINS,
    NOT_A_USERNAME,
    LoginFailed,
    login,
    reauthenticate,
)
from console.services.access.permissions import (
    ADMINS,
    ALL_ROLES,
    COMMAND_LINE,
    DEFAULT_AUDIENCE,
    NOTE_AUDIENCES,
    PARTNERS,
    PERMISSIONS,
    PLANNERS,
    SCOPED_WRITES,
    Action,
    Actor,
    HeldElsewhere,
    PermissionDenied,
    Reach,
    ScopedWrite,
    actor_for,
    can,
    may_read_note,
    may_see_absence_kind,
    may_write,
    require,
    require_holder,
)

__all__ = [
    "ADMINS",
    "ALL_ROLES",
    "COMMAND_LINE",
    "DEFAULT_AUDIENCE",
    "LOCKOUT",
    "MAX_FAILED_LOGINS",
    "NOTE_AUDIENCES",
    "NOT_A_USERNAME",
    "PARTNERS",
    "PERMISSIONS",
    "PLANNERS",
    "SCOPED_WRITES",
    "Action",
    "Actor",
    "HeldElsewhere",
    "LoginFailed",
    "PermissionDenied",
    "Reach",
    "ScopedWrite",
    "actor_for",
    "can",
    "login",
    "may_read_note",
    "may_see_absence_kind",
    "may_write",
    "reauthenticate",
    "require",
    "require_holder",
]
