"""Refusals of the cases services, as people read them: cases, notes, people met and their
consents, referrals, debriefs and search (``console.services.cases``)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    # -- cases -----------------------------------------------------------------------------------
    "case_title_required": QT_TRANSLATE_NOOP(
        "Errors", "Give the case a title: a few words that say what it is about."
    ),
    "case_title_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "A case title has at most {limit} characters. Shorten it: the details belong in a note.",
    ),
    "case_owner_required": QT_TRANSLATE_NOOP(
        "Errors", "Choose who owns the case: the person who follows it."
    ),
    "case_owner_inactive": QT_TRANSLATE_NOOP(
        "Errors", "{owner} is no longer active and cannot own the case. Choose another owner."
    ),
    # -- notes -----------------------------------------------------------------------------------
    "note_required": QT_TRANSLATE_NOOP("Errors", "The note is empty. Write something, then save."),
    "note_too_long": QT_TRANSLATE_NOOP(
        "Errors", "A note has at most {limit} characters. Shorten it, or write two notes."
    ),
    "note_amends_another_case": QT_TRANSLATE_NOOP(
        "Errors",
        "The note you are amending belongs to another case. Reload the case and choose the "
        "note again.",
    ),
    # -- people met and consents -----------------------------------------------------------------
    "subject_nickname_required": QT_TRANSLATE_NOOP(
        "Errors",
        "Give the person a nickname that your colleagues will recognize, for example “red jacket”.",
    ),
    "subject_nickname_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "A nickname has at most {limit} characters. Shorten it: the rest can go in the "
        "description.",
    ),
    "subject_description_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The description has at most {limit} characters. Shorten it."
    ),
    "subject_naming_needs_consent": QT_TRANSLATE_NOOP(
        "Errors",
        "Record the person's consent (or a legal basis) for your organization before "
        "recording their name.",
    ),
    "subject_full_name_required": QT_TRANSLATE_NOOP("Errors", "Type the person's full name."),
    "subject_full_name_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The full name has at most {limit} characters. Shorten it."
    ),
    "subject_birth_year_out_of_range": QT_TRANSLATE_NOOP(
        "Errors",
        "The year of birth must be between {first} and {last}. Correct it, or leave it out if "
        "you do not know it.",
    ),
    "subject_care_social_workers_only": QT_TRANSLATE_NOOP(
        "Errors",
        "Only social workers mark a person as in care, and your role is {role}. Ask a social "
        "worker to do it.",
    ),
    "subject_care_reference_required": QT_TRANSLATE_NOOP(
        "Errors", "Type your service's reference for this person."
    ),
    "subject_care_reference_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "The care reference has at most {limit} characters. Use your service's short reference.",
    ),
    "consent_expires_too_early": QT_TRANSLATE_NOOP(
        "Errors",
        "A consent must end after the day it was given ({given}). Choose a later end date, or "
        "none.",
    ),
    "consent_reference_needs_basis": QT_TRANSLATE_NOOP(
        "Errors",
        "A law or decision is named only when the name is shared on a legal basis other than "
        "the person's consent: choose that basis, or leave the reference empty.",
    ),
    "consent_legal_basis_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "The legal basis has at most {limit} characters. Shorten it, for example to the law "
        "and the article.",
    ),
    "consent_already_withdrawn": QT_TRANSLATE_NOOP(
        "Errors",
        "This consent was already withdrawn on {withdrawn}. Reload the person to see their "
        "consents as they are now.",
    ),
    "consent_withdrawn_before_given": QT_TRANSLATE_NOOP(
        "Errors",
        "A consent cannot be withdrawn before the day it was given ({given}). Choose that day "
        "or a later one.",
    ),
    # -- referrals -------------------------------------------------------------------------------
    "referral_reason_required": QT_TRANSLATE_NOOP(
        "Errors", "Say why you refer the case: the other organization reads it."
    ),
    "referral_reason_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "The reason for the referral has at most {limit} characters. Shorten it: the details "
        "belong in a note.",
    ),
    "referral_case_closed": QT_TRANSLATE_NOOP(
        "Errors", "A closed case cannot be referred. Reopen it first, then refer it."
    ),
    "referral_to_own_organization": QT_TRANSLATE_NOOP(
        "Errors",
        "A case is referred to another organization, not to your own. Choose another organization.",
    ),
    "referral_already_standing": QT_TRANSLATE_NOOP(
        "Errors",
        "The case is already referred to {organization}. Wait for their answer, or choose "
        "another organization.",
    ),
    "referral_decline_reason_required": QT_TRANSLATE_NOOP(
        "Errors", "Say why you decline the referral: the organization that sent it reads it."
    ),
    "referral_decline_reason_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The reason for declining has at most {limit} characters. Shorten it."
    ),
    "referral_answered_by_receiver": QT_TRANSLATE_NOOP(
        "Errors",
        "Only the organization a case is referred to answers the referral. Ask one of its members.",
    ),
    "referral_wrong_status": QT_TRANSLATE_NOOP(
        "Errors",
        "The referral's status is “{status}”, not “{expected}”: someone may have answered it "
        "meanwhile. Reload the case to see it as it is now.",
    ),
    # -- debriefs --------------------------------------------------------------------------------
    "debrief_exists": QT_TRANSLATE_NOOP(
        "Errors",
        "This shift already has a debrief: someone recorded it already. Open that debrief to "
        "change it.",
    ),
    "debrief_recorded_meanwhile": QT_TRANSLATE_NOOP(
        "Errors",
        "This shift already has a debrief: someone recorded it while you were writing. Reload, "
        "then add what you wrote to that debrief.",
    ),
    "debrief_shift_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "A debrief stays with the shift it was recorded for. Record a new debrief for the "
        "other shift.",
    ),
    "debrief_shift_cancelled": QT_TRANSLATE_NOOP(
        "Errors",
        "This shift was cancelled, so it takes no debrief. Record the outing as a debrief on "
        "its own.",
    ),
    "debrief_time_zone_missing": QT_TRANSLATE_NOOP(
        "Errors", "The start and the end of the outing have no time zone. Enter them again."
    ),
    "debrief_ends_before_start": QT_TRANSLATE_NOOP(
        "Errors", "The outing must end after it starts. Check the start and the end."
    ),
    "debrief_too_long": QT_TRANSLATE_NOOP(
        "Errors", "An outing lasts at most {hours} hours. Check the start and the end."
    ),
    "debrief_unknown_kind_of_work": QT_TRANSLATE_NOOP(
        "Errors",
        "“{kind}” is not a kind of work the console knows. Tick only the kinds of work listed.",
    ),
    "debrief_kind_of_work_required": QT_TRANSLATE_NOOP(
        "Errors", "Tick at least one thing that was done during the outing."
    ),
    "debrief_participant_required": QT_TRANSLATE_NOOP(
        "Errors", "Tick at least one participant: who went on the outing."
    ),
    "debrief_contacts_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "The number of people contacted must be a whole number from 0 to {limit}."
    ),
    "debrief_outcome_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "The outcome has at most {limit} characters. Shorten it: what concerns one person "
        "belongs in a case note.",
    ),
    "debrief_follow_up_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The follow-up has at most {limit} characters. Shorten it."
    ),
    "debrief_unknown_split": QT_TRANSLATE_NOOP(
        "Errors",
        "The people contacted are split by age band and by gender only, not by “{split}”.",
    ),
    "debrief_unknown_age_band": QT_TRANSLATE_NOOP(
        "Errors", "“{band}” is not an age band the console knows. Use the age bands listed."
    ),
    "debrief_unknown_gender": QT_TRANSLATE_NOOP(
        "Errors", "“{gender}” is not a gender the console knows. Use the genders listed."
    ),
    "debrief_split_not_whole": QT_TRANSLATE_NOOP(
        "Errors",
        "The split of the people contacted takes whole numbers from 0. Correct the numbers.",
    ),
    "debrief_age_bands_exceed_contacts": QT_TRANSLATE_NOOP(
        "Errors",
        "The split by age band adds up to {total}, more than the {count} people contacted. "
        "Correct the split or the number of people contacted.",
    ),
    "debrief_genders_exceed_contacts": QT_TRANSLATE_NOOP(
        "Errors",
        "The split by gender adds up to {total}, more than the {count} people contacted. "
        "Correct the split or the number of people contacted.",
    ),
    # -- search ----------------------------------------------------------------------------------
    "search_unsupported_database": QT_TRANSLATE_NOOP(
        "Errors",
        "Searching the cases needs an SQLite or PostgreSQL database, and this one is "
        "{database}. Ask the administrator.",
    ),
}
