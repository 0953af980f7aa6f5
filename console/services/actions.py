"""The actions the permission table is about, and the two refusals of access (an action denied,
a sign-in failed): a tiny pure module, so the sign-in path (the runner, the list of sections, the
sign-in dialog) knows them without loading SQLAlchemy and the models.

The table itself and the actor are in ``console.services.access.permissions``, signing in in
``access.login``; the package re-exports these names (``access.Action``,
``access.PermissionDenied``, ``access.LoginFailed``).
"""

from __future__ import annotations

import enum
from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from console.services.access.permissions import Actor


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
    VIEW_MAP = "view_map"
    RECORD_SIGNALS = "record_signals"
    EDIT_ZONES = "edit_zones"
    RECORD_DEBRIEFS = "record_debriefs"
    VIEW_CASES = "view_cases"  # the case list and a case's facts; notes go by audience
    WRITE_CASES = "write_cases"  # open cases, change their status, refer them
    WRITE_NOTES = "write_notes"
    VIEW_PEOPLE_MET = "view_people_met"  # subjects' profiles (identity goes by consent)
    VIEW_AGGREGATES = "view_aggregates"  # counts and hours with no named person
    READ_AUDIT = "read_audit"
    MANAGE_USERS = "manage_users"
    # Coordination meetings: reading them (content goes by audience), preparing one (date,
    # invitations, agenda), running it (attendance, decisions, actions and their effects),
    # writing and approving the minutes, and updating the status of an action.
    VIEW_MEETINGS = "view_meetings"
    PREPARE_MEETINGS = "prepare_meetings"
    RUN_MEETINGS = "run_meetings"
    WRITE_MINUTES = "write_minutes"
    APPROVE_MINUTES = "approve_minutes"
    UPDATE_ACTIONS = "update_actions"  # and only the owner, their organization or a coordinator
    # The funding report to the Region: the project's settings, costs, expenses, narrative.
    MANAGE_FUNDING = "manage_funding"
    # Personal data over time (services.retention): setting how long each kind is kept,
    # previewing and running what expired, a person's own data on request, correcting a
    # person's profile (an amendment keeping the original), and erasing a person.
    MANAGE_RETENTION = "manage_retention"
    RUN_RETENTION = "run_retention"
    EXPORT_SUBJECT = "export_subject"
    RECTIFY_SUBJECT = "rectify_subject"
    ERASE_SUBJECT = "erase_subject"


# Five failed sign-ins in a row lock an account for 15 minutes (access.login).
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)


class LoginFailed(Exception):
    """Wrong username or password, a disabled or a locked account: deliberately one answer."""

    def __init__(self) -> None:
        super().__init__("wrong username or password, or the account is locked or disabled")
