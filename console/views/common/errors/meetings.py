"""Refusals of the meetings services, as people read them: preparing and running a meeting, its
agenda, attendance, decisions, actions and minutes (``console.services.meetings``)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    # -- the meeting -----------------------------------------------------------------------------
    "meeting_title_required": QT_TRANSLATE_NOOP(
        "Errors", "Give the meeting a title, for example “Coordination meeting, March”."
    ),
    "meeting_person_inactive": QT_TRANSLATE_NOOP(
        "Errors", "{name} is no longer active and cannot be invited. Choose someone else."
    ),
    "meeting_closed": QT_TRANSLATE_NOOP(
        "Errors",
        "The minutes of this meeting are approved: nothing in it can change any more. To "
        "correct the minutes, amend a paragraph.",
    ),
    "meeting_not_held": QT_TRANSLATE_NOOP(
        "Errors",
        "The meeting has not started yet. Take attendance and start it, then record this.",
    ),
    "meeting_already_started": QT_TRANSLATE_NOOP(
        "Errors", "The meeting has started already: this can only be changed before it starts."
    ),
    "meeting_text_names_person": QT_TRANSLATE_NOOP(
        "Errors",
        "The text contains the name of a person met. Minutes and decisions carry no personal "
        "data: refer to the case or to the person's nickname instead.",
    ),
    "meeting_audience_outside": QT_TRANSLATE_NOOP(
        "Errors",
        "You can write only for an audience you belong to, and “{audience}” is not yours. "
        "Choose another audience.",
    ),
    # -- attendance ------------------------------------------------------------------------------
    "confidentiality_text_required": QT_TRANSLATE_NOOP(
        "Errors",
        "The confidentiality statement is empty. Write it in the settings before starting "
        "the meeting.",
    ),
    "meeting_nobody_attends": QT_TRANSLATE_NOOP(
        "Errors", "Nobody is recorded as present. Take attendance before starting the meeting."
    ),
    "meeting_not_acknowledged": QT_TRANSLATE_NOOP(
        "Errors",
        "These attendees have not acknowledged the confidentiality statement yet: {names}. "
        "Read it to them and record their acknowledgement.",
    ),
    "attendance_needs_acknowledgement": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is joining a meeting under way: record their acknowledgement of the "
        "confidentiality statement together with their presence.",
    ),
    # -- the agenda ------------------------------------------------------------------------------
    "agenda_title_required": QT_TRANSLATE_NOOP(
        "Errors", "Give the agenda item a title: a few words that say what it is about."
    ),
    "agenda_kind_not_free": QT_TRANSLATE_NOOP(
        "Errors",
        "Items of this kind are proposed from the data. Add an item about a zone, a case or "
        "anything else.",
    ),
    "agenda_zone_required": QT_TRANSLATE_NOOP("Errors", "Choose the zone the item is about."),
    "agenda_case_required": QT_TRANSLATE_NOOP("Errors", "Choose the case the item is about."),
    "agenda_item_not_found": QT_TRANSLATE_NOOP(
        "Errors", "Agenda item {id} no longer exists. Reload the meeting."
    ),
    "agenda_item_in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "Decisions, actions or minutes were recorded on this item, so it stays on the agenda.",
    ),
    "agenda_item_other_meeting": QT_TRANSLATE_NOOP(
        "Errors", "Agenda item {item} belongs to another meeting. Reload the meeting."
    ),
    # -- decisions -------------------------------------------------------------------------------
    "decision_text_required": QT_TRANSLATE_NOOP("Errors", "Write what was decided."),
    "decision_not_found": QT_TRANSLATE_NOOP(
        "Errors", "Decision {id} no longer exists. Reload the meeting."
    ),
    "decision_already_effected": QT_TRANSLATE_NOOP(
        "Errors",
        "This decision has already been carried out. Record a new decision for another step.",
    ),
    "decision_other_meeting": QT_TRANSLATE_NOOP(
        "Errors", "Decision {decision} belongs to another meeting. Reload the meeting."
    ),
    # -- actions ---------------------------------------------------------------------------------
    "action_text_required": QT_TRANSLATE_NOOP("Errors", "Write what is to be done."),
    "action_reason_required": QT_TRANSLATE_NOOP(
        "Errors", "Say why the action was not done or proved impossible."
    ),
    "action_not_found": QT_TRANSLATE_NOOP(
        "Errors", "Action {id} no longer exists. Reload the list."
    ),
    "action_not_yours": QT_TRANSLATE_NOOP(
        "Errors",
        "Only the owner of the action, someone of their organization or a coordinator can "
        "update it.",
    ),
    "action_organization_required": QT_TRANSLATE_NOOP(
        "Errors", "Choose the organization responsible for the action."
    ),
    "action_owner_inactive": QT_TRANSLATE_NOOP(
        "Errors", "{name} is no longer active and cannot own an action. Choose someone else."
    ),
    "action_owner_outside_organization": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} does not work for the organization you chose. Choose their organization or "
        "another owner.",
    ),
    # -- minutes ---------------------------------------------------------------------------------
    "minute_text_required": QT_TRANSLATE_NOOP(
        "Errors", "The paragraph is empty. Write something, then save."
    ),
    "minute_entry_not_found": QT_TRANSLATE_NOOP(
        "Errors", "Paragraph {id} of the minutes no longer exists. Reload the meeting."
    ),
    "minutes_organization_required": QT_TRANSLATE_NOOP(
        "Errors", "Choose the organization whose version of the minutes you want."
    ),
    "minutes_audience_refused": QT_TRANSLATE_NOOP(
        "Errors",
        "You may not have the minutes for “{audience}”. Choose the shared minutes or those "
        "of your own organization.",
    ),
}
