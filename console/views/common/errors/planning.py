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
    # -- proposing the week (services.roster) --
    "demand_bad_day": QT_TRANSLATE_NOOP(
        "Errors", "{day} is not a day of the week. Choose days from Monday to Sunday."
    ),
    "demand_no_days": QT_TRANSLATE_NOOP(
        "Errors", "Choose at least one day of the week for this outing."
    ),
    "demand_too_long": QT_TRANSLATE_NOOP(
        "Errors", "An outing may last at most {hours} hours. Bring the start and the end closer."
    ),
    "demand_people": QT_TRANSLATE_NOOP(
        "Errors",
        "An outing needs from 1 to 10 educators and officers, and at least one person. "
        "Change the numbers.",
    ),
    "demand_joint_needs_both": QT_TRANSLATE_NOOP(
        "Errors",
        "A joint outing needs at least one educator and one officer. Raise the one at 0, or "
        "choose another kind of outing.",
    ),
    "availability_half_times": QT_TRANSLATE_NOOP(
        "Errors", "Give both a start and an end time, or neither for the whole day."
    ),
    "availability_ends_before_start": QT_TRANSLATE_NOOP(
        "Errors", "The time must end after it starts, on the same day. Check the two times."
    ),
    "assignment_not_found": QT_TRANSLATE_NOOP(
        "Errors", "Person {person} is no longer on shift {shift}. Reload the week."
    ),
    "slot_not_in_proposal": QT_TRANSLATE_NOOP(
        "Errors",
        "This outing is not in the proposal any more ({slot}). Propose the week again.",
    ),
    "proposal_person_gone": QT_TRANSLATE_NOOP(
        "Errors",
        "Person {person} is no longer in the console. Propose the week again.",
    ),
    "proposal_zone_gone": QT_TRANSLATE_NOOP(
        "Errors", "Zone {zone} is no longer in the console. Propose the week again."
    ),
    "proposal_outing_made_meanwhile": QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else has planned the outing in {zone} at that time since the proposal was "
        "made. Nothing was written: propose the week again to see the week as it is now.",
    ),
}
