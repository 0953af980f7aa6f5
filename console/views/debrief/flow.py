"""Record a debrief, from a shift or on its own: load the choices, run the dialog, save.

Used by the Calendar ("Record debrief…" on a shift) and the Cases section ("New debrief…").
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from console.models import ShiftStatus
from console.services.access import Action, Actor, can
from console.services.cases import operations, people_met
from console.services.planning.week import ShiftRow, ZoneChoice
from console.views.common.errors import error_text
from console.views.common.formatting import format_moment
from console.views.common.section import ViewContext
from console.views.common.submit_dialog import SubmitDialog
from console.views.debrief.dialog import DebriefDialog
from console.views.debrief.profile_dialog import ProfileDialog


def may_debrief(actor: Actor, shift: ShiftRow | None) -> bool:
    """Whether "Record debrief…" applies: a shift neither cancelled nor done yet."""
    return (
        shift is not None
        and can(actor, Action.RECORD_DEBRIEFS)
        and shift.status not in {ShiftStatus.CANCELLED, ShiftStatus.DONE}
    )


def open_debrief(
    parent: QWidget,
    context: ViewContext,
    shift_id: int | None = None,
    *,
    case: tuple[int, str] | None = None,
) -> None:
    """Load, then open the debrief dialog (window-modal) over ``parent``. Saving runs
    ``operations.record_and_link``, which the runner announces (debriefs, the shift it marks
    done, the case it links). With ``case`` (id, title) the dialog offers to link the debrief
    to that case."""
    tz = context.settings.time_zone()

    def refused(exc: BaseException) -> None:
        title = QCoreApplication.translate("DebriefFlow", "Record debrief")
        QMessageBox.warning(parent, title, error_text(exc))

    context.run_service(
        operations.load_setup,
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
    setup: operations.DebriefSetup,
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
            operations.record_and_link,
            context.actor,
            dialog.draft(),
            case[0] if case is not None and dialog.links_case() else None,
            owner=dialog,
            on_done=dialog.saved,
            on_error=lambda exc: dialog.refuse(error_text(exc)),
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
    dialog.people_met.sig_new_requested.connect(
        lambda alias: new_profile(dialog, context, setup.zones, alias)
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def new_profile(
    dialog: DebriefDialog, context: ViewContext, zones: tuple[ZoneChoice, ...], alias: str = ""
) -> None:
    """Ask for a nickname profile (``alias``, what was typed, already filled in), create it,
    and add it to the people met of ``dialog``."""

    def create(profile: SubmitDialog) -> None:
        assert isinstance(profile, ProfileDialog)
        context.run_service(
            partial(people_met.create_subject, **profile.values()),
            context.actor,
            owner=profile,
            on_done=lambda row: (dialog.people_met.add_subject(row), profile.saved(row)),
            on_error=lambda exc: profile.refuse(error_text(exc)),
        )

    profile = ProfileDialog(zones, dialog.current_zone_id(), dialog, submit=create, alias=alias)
    profile.finished.connect(profile.deleteLater)
    profile.open()
