"""Refusals every area shares: a record that no longer exists, or that someone else changed;
a text, a date or a number outside what the console accepts (``services.text_rules``,
``services.bounds``)."""

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
    "text_control_characters": QT_TRANSLATE_NOOP(
        "Errors",
        "The text in “{field}” contains a control character ({character}) that cannot be "
        "stored. Remove it: retype the text, or paste it as plain text.",
    ),
    "text_required": QT_TRANSLATE_NOOP(
        "Errors",
        "The field “{field}” is empty (spaces and invisible characters do not count). "
        "Write something in it.",
    ),
    "text_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "The field “{field}” holds at most {limit} characters; this text has {length}. Shorten it.",
    ),
    "date_out_of_range": QT_TRANSLATE_NOOP(
        "Errors",
        "The date {day} is outside the dates the console accepts ({first} to {last}). "
        "Check the year.",
    ),
    "number_out_of_range": QT_TRANSLATE_NOOP(
        "Errors",
        "{value} is outside the accepted range, from {low} to {high}. Check the number.",
    ),
    "number_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "{value} is not a whole number the console accepts. Write it with digits only.",
    ),
}
