"""Record a debrief, from a shift or on its own: load the choices, run the dialog, save.

Used by the Calendar ("Record debrief…" on a shift) and the Cases section ("New debrief…").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from console.models import ShiftStatus
from console.services import planning
from console.services.access import Action, Actor, can
from console.services.cases import case_edits, debriefs, people_met
from console.services.cases.debriefs import DebriefDraft, DebriefRow
from console.services.cases.people_met import SubjectRow
from console.services.planning.week import PersonLoad, ShiftRow, ZoneChoice
from console.views.calendar.messages import format_moment
from console.views.cases import texts
from console.views.cases.submit_dialog import SubmitDialog
from console.views.common.section import ViewContext
from console.views.debrief.dialog import DebriefDialog
from console.views.debrief.profile_dialog import ProfileDialog

AREA_DEBRIEFS = "interventions"
AREA_SHIFTS = "shifts"
AREA_SUBJECTS = "subjects"
AREA_CASES = "cases"
STANDALONE_LENGTH = timedelta(hours=2)  # an outing recorded on its own: the two hours until now
QUARTER_MINUTES = 15


@dataclass(frozen=True)
class DebriefSetup:
    """What the dialog needs, read in one session."""

    draft: DebriefDraft
    zones: tuple[ZoneChoice, ...]
    people: tuple[PersonLoad, ...]
    subjects: tuple[SubjectRow, ...]
    zone_name: str


def may_debrief(actor: Actor, shift: ShiftRow | None) -> bool:
    """Whether "Record debrief…" applies: a shift neither cancelled nor done yet."""
    return (
        shift is not None
        and can(actor, Action.RECORD_DEBRIEFS)
        and shift.status not in {ShiftStatus.CANCELLED, ShiftStatus.DONE}
    )


def _standalone_draft(actor: Actor, zones: tuple[ZoneChoice, ...], now: datetime) -> DebriefDraft:
    end = now.replace(minute=now.minute - now.minute % QUARTER_MINUTES, second=0, microsecond=0)
    active = [zone.id for zone in zones if zone.active]
    return DebriefDraft(
        zone_id=active[0] if active else 0,
        started_at=end - STANDALONE_LENGTH,
        ended_at=end,
        participant_ids=(actor.person_id,) if actor.person_id is not None else (),
        types=("presence",),
        contacts_count=0,
        contacts_breakdown=None,
        outcome="",
        follow_up="",
    )


def load_setup(
    session: Session, actor: Actor, shift_id: int | None, tz: ZoneInfo, now: datetime
) -> DebriefSetup:
    """The draft (from the shift, or the last two hours), zones, people and profiles."""
    choices = planning.calendar_choices(session, actor)
    if shift_id is not None:
        draft = debriefs.draft_for_shift(session, actor, shift_id)
        if not draft.types:
            draft = replace(draft, types=("presence",))  # every outing is at least presence
    else:
        draft = _standalone_draft(actor, choices.zones, now.astimezone(tz))
    monday = planning.monday_of(draft.started_at.astimezone(tz).date())
    people = planning.people_for_planning(session, actor, monday, tz)
    subjects = people_met.list_subjects(session, actor)
    zone_name = next((z.name for z in choices.zones if z.id == draft.zone_id), "")
    return DebriefSetup(draft, choices.zones, tuple(people), tuple(subjects), zone_name)


def record_and_link(
    session: Session, actor: Actor, draft: DebriefDraft, case_id: int | None
) -> DebriefRow:
    """Record the debrief and, with ``case_id``, link it to that case: one session, so both
    or neither."""
    row = debriefs.record_debrief(session, actor, draft)
    if case_id is not None:
        case_edits.link_debrief(session, actor, case_id, row.id)
    return row


def open_debrief(
    parent: QWidget,
    context: ViewContext,
    shift_id: int | None = None,
    *,
    case: tuple[int, str] | None = None,
) -> None:
    """Load, then open the debrief dialog (window-modal) over ``parent``. Saving announces
    "interventions" and, for a shift, "shifts" (it becomes done) on the hub. With ``case``
    (id, title) the dialog offers to link the debrief to that case."""
    tz = context.settings.time_zone()

    def refused(exc: BaseException) -> None:
        title = QCoreApplication.translate("DebriefFlow", "Record debrief")
        QMessageBox.warning(parent, title, texts.error_text(exc))

    context.run_service(
        load_setup,
        context.actor,
        shift_id,
        tz,
        datetime.now(tz),
        owner=parent,
        on_done=lambda setup: _show(parent, context, setup, case),
        on_error=refused,
    )


def _show(
    parent: QWidget,
    context: ViewContext,
    setup: DebriefSetup,
    case: tuple[int, str] | None = None,
) -> DebriefDialog:
    tz = context.settings.time_zone()
    label = ""
    if setup.draft.shift_id is not None:
        label = QCoreApplication.translate(
            "DebriefFlow", "The shift of {when} in {zone}: it will be marked done."
        ).format(when=format_moment(setup.draft.started_at, tz), zone=setup.zone_name)

    def save(dialog: SubmitDialog) -> None:
        assert isinstance(dialog, DebriefDialog)
        context.run_service(
            record_and_link,
            context.actor,
            dialog.draft(),
            case[0] if case is not None and dialog.links_case() else None,
            owner=dialog,
            writes=AREA_DEBRIEFS,
            changed_ids=lambda row: (row.id,),
            on_done=lambda row: _saved(context, dialog, row),
            on_error=lambda exc: dialog.refuse(texts.error_text(exc)),
        )

    dialog = DebriefDialog(
        setup.zones,
        setup.people,
        setup.subjects,
        setup.draft,
        tz,
        parent=parent,
        submit=save,
        shift_label=label,
    )
    if case is not None:
        dialog.offer_case_link(case[1])
    dialog.people_met.sig_new_requested.connect(lambda: new_profile(dialog, context, setup.zones))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _saved(context: ViewContext, dialog: DebriefDialog, row: DebriefRow) -> None:
    if row.shift_id is not None:  # the shift became done: a second area changed
        context.hub.sig_changed.emit(AREA_SHIFTS, (row.shift_id,))
    if dialog.links_case():  # and a case gained a linked debrief
        context.hub.sig_changed.emit(AREA_CASES, None)
    dialog.saved(row)


def _create_subject(session: Session, actor: Actor, values: dict[str, object]) -> SubjectRow:
    return people_met.create_subject(session, actor, **values)  # type: ignore[arg-type]


def new_profile(dialog: DebriefDialog, context: ViewContext, zones: tuple[ZoneChoice, ...]) -> None:
    """Ask for a nickname profile, create it, and add it to the people met of ``dialog``."""

    def create(profile: SubmitDialog) -> None:
        assert isinstance(profile, ProfileDialog)
        context.run_service(
            _create_subject,
            context.actor,
            profile.values(),
            owner=profile,
            writes=AREA_SUBJECTS,
            changed_ids=lambda row: (row.id,),
            on_done=lambda row: (dialog.people_met.add_subject(row), profile.saved(row)),
            on_error=lambda exc: profile.refuse(texts.error_text(exc)),
        )

    profile = ProfileDialog(zones, dialog.current_zone_id(), dialog, submit=create)
    profile.finished.connect(profile.deleteLater)
    profile.open()
