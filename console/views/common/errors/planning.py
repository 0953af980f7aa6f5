"""Refusals of the planning services (shifts, absences, week copies, exports), as people read
them: what was wrong and what to do."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "shift_ends_before_start": QT_TRANSLATE_NOOP(
        "Errors",
        "A shift must end after it starts. Choose another end time (an end time earlier than "
        "the start means the next day).",
    ),
    "shift_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "A shift may last at most {hours} hours. Bring the start and the end closer, or split "
        "the outing into two shifts.",
    ),
    "absence_ends_before_start": QT_TRANSLATE_NOOP(
        "Errors", "The end must come after the start. Check the dates and times."
    ),
    "week_copy_onto_itself": QT_TRANSLATE_NOOP(
        "Errors", "A week cannot be copied onto itself. Choose another week."
    ),
    "shift_not_editable": QT_TRANSLATE_NOOP(
        "Errors",
        "This shift is {status} and can no longer be changed. Create a new shift instead.",
    ),
    "shift_not_cancellable": QT_TRANSLATE_NOOP(
        "Errors", "This shift is {status} and can no longer be cancelled."
    ),
    "shift_restore_status": QT_TRANSLATE_NOOP(
        "Errors", "A cancelled shift can be restored as a draft or as published, not as {status}."
    ),
    "shift_not_cancelled": QT_TRANSLATE_NOOP(
        "Errors", "This shift is not cancelled, so there is nothing to restore. Reload the week."
    ),
    "shift_delete_not_draft": QT_TRANSLATE_NOOP(
        "Errors", "Only a draft can be deleted. Cancel a published shift instead."
    ),
    "shift_delete_has_debrief": QT_TRANSLATE_NOOP(
        "Errors", "This shift already has a debrief, so it cannot be deleted. Cancel it instead."
    ),
    "zone_inactive": QT_TRANSLATE_NOOP(
        "Errors", "The zone {zone} is no longer active. Choose another zone."
    ),
    "person_not_on_shifts": QT_TRANSLATE_NOOP(
        "Errors", "{person} does not go out on shifts. Remove them from the people of the shift."
    ),
    "person_inactive": QT_TRANSLATE_NOOP(
        "Errors", "{person} is no longer active. Remove them from the people of the shift."
    ),
    "person_left": QT_TRANSLATE_NOOP(
        "Errors", "{person} left on {day}. Remove them from the people of the shift."
    ),
    "export_ends_before_start": QT_TRANSLATE_NOOP(
        "Errors", "The last day comes before the first day. Choose the days again."
    ),
}
