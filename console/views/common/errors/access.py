"""Refusals of the access services (accounts, passwords, reasons for reading), as people read
them: what was wrong and what to do."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "account_no_longer_active": QT_TRANSLATE_NOOP(
        "Errors",
        "Your account {change} since you signed in, so nothing was read or saved. Sign in "
        "again, or ask an administrator.",
    ),
    "database_busy": QT_TRANSLATE_NOOP(
        "Errors",
        "Others were saving the same records at the same moment, so nothing was saved. Try again.",
    ),
    "held_by_other_organization": QT_TRANSLATE_NOOP(
        "Errors",
        "Only the organization that holds this record may {write}. Ask them to do it, or "
        "discuss it at the next coordination meeting.",
    ),
    "account_username_malformed": QT_TRANSLATE_NOOP(
        "Errors",
        "A username has {low} to {high} characters: letters, digits, dots, hyphens or underscores.",
    ),
    "account_first_exists": QT_TRANSLATE_NOOP(
        "Errors", "This database already has accounts: sign in with one of them."
    ),
    "account_unknown": QT_TRANSLATE_NOOP(
        "Errors", "There is no account named “{username}”. Check the spelling."
    ),
    "account_username_taken": QT_TRANSLATE_NOOP(
        "Errors", "The username “{username}” is taken. Choose another one."
    ),
    "account_role_taken_on_server": QT_TRANSLATE_NOOP(
        "Errors",
        "The database server already has a role named “{role}” that is not an account of this "
        "database. Choose another username.",
    ),
    "account_username_too_long_for_server": QT_TRANSLATE_NOOP(
        "Errors",
        "On this shared server a username has at most {most} bytes (accented letters count "
        "two). Choose a shorter one.",
    ),
    "account_person_has_one": QT_TRANSLATE_NOOP(
        "Errors", "This person already has an account: change that one instead."
    ),
    "account_already_disabled": QT_TRANSLATE_NOOP(
        "Errors", "The account “{username}” is already disabled."
    ),
    "account_last_admin": QT_TRANSLATE_NOOP(
        "Errors",
        "This is the last enabled administrator account: create or enable another "
        "administrator first.",
    ),
    "account_not_disabled": QT_TRANSLATE_NOOP(
        "Errors", "The account “{username}” is not disabled: it can already sign in."
    ),
    "account_not_locked": QT_TRANSLATE_NOOP(
        "Errors", "The account “{username}” is not locked (any more): it can already sign in."
    ),
    "account_disable_self": QT_TRANSLATE_NOOP(
        "Errors", "You cannot disable your own account: ask another administrator."
    ),
    "account_demote_self": QT_TRANSLATE_NOOP(
        "Errors",
        "You cannot take the administrator role from your own account: ask another administrator.",
    ),
    "account_command_line_password": QT_TRANSLATE_NOOP(
        "Errors", "The command line has no password of its own: sign in with an account."
    ),
    "account_password_unchanged": QT_TRANSLATE_NOOP(
        "Errors", "The new password must differ from the current one."
    ),
    "password_too_short": QT_TRANSLATE_NOOP(
        "Errors", "The password needs at least {count} characters."
    ),
    "audit_reason_required": QT_TRANSLATE_NOOP(
        "Errors", "Give a reason for reading this, in a few words (for example: follow-up)."
    ),
}
