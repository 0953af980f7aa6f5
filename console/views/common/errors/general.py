"""Refusals every area shares: a record that no longer exists, or that someone else changed."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "demo_database_not_empty": QT_TRANSLATE_NOOP(
        "Errors",
        "The database already holds data. The demo only fills a new, empty database: choose "
        "another file.",
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "Errors",
        "There is no {entity} with id {id}: it may have been removed. Reload and choose again.",
    ),
    "stale": QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed this {entity} in the meantime. Look at it as it is now and make "
        "your change again.",
    ),
}
