""" "Turn into…": the one step from a decision to its effect. Each flow loads what its prefilled
dialog needs (the week to plan in, the case, the zone), opens the dialog, and calls the
meetings service that makes the effect and links it back to the decision."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from console.models import EffectKind, ShiftKind
from console.services.cases import case_edits
from console.services.cases.case_edits import CaseDetail
from console.services.meetings import decisions
from console.services.meetings.rows import AgendaItemRow, DecisionRow
from console.services.places import zones
from console.services.places.zones import ZoneInfo
from console.services.planning import operations, shift_edits
from console.services.planning.operations import CalendarData, WeekFilter
from console.services.planning.shift_edits import ShiftDraft
from console.services.planning.week import OrganizationChoice, PersonLoad, monday_of
from console.views.calendar.holiday_settings import holiday_calendar
from console.views.cases.case_dialogs import ReferDialog
from console.views.cases.note_dialog import NoteDialog
from console.views.common.errors import error_text
from console.views.common.formatting import format_date, format_moment, number_text
from console.views.common.labels import audience_label
from console.views.common.section import ViewContext
from console.views.common.submit_dialog import SubmitDialog
from console.views.meetings.decision_dialogs import (
    DecisionShiftDialog,
    OwnerDialog,
    ReviewDateDialog,
    ThresholdDialog,
    fit_to_type,
)

SHIFT_START, SHIFT_END = time(18, 0), time(22, 0)  # the evening outing most decisions plan
CONTEXT = "DecisionEffects"

# What each effect is, in the "Turn into…" menu.
MENU_TEXTS = {
    EffectKind.SHIFT: QT_TRANSLATE_NOOP("DecisionEffects", "A planned &shift…"),
    EffectKind.CASE_REVIEW: QT_TRANSLATE_NOOP("DecisionEffects", "The case's &review date…"),
    EffectKind.CASE_OWNER: QT_TRANSLATE_NOOP("DecisionEffects", "A new &owner for the case…"),
    EffectKind.REFERRAL: QT_TRANSLATE_NOOP("DecisionEffects", "A re&ferral of the case…"),
    EffectKind.NOTE: QT_TRANSLATE_NOOP("DecisionEffects", "A case &note…"),
    EffectKind.ZONE_THRESHOLD: QT_TRANSLATE_NOOP(
        "DecisionEffects", "A new review &threshold for the zone…"
    ),
}
# A decision's effect when the details are not known here (recorded elsewhere or earlier).
LINK_TEXTS = {
    EffectKind.SHIFT: QT_TRANSLATE_NOOP("DecisionEffects", "→ a planned shift"),
    EffectKind.CASE_REVIEW: QT_TRANSLATE_NOOP("DecisionEffects", "→ the case's review date"),
    EffectKind.CASE_OWNER: QT_TRANSLATE_NOOP("DecisionEffects", "→ a new owner for the case"),
    EffectKind.REFERRAL: QT_TRANSLATE_NOOP("DecisionEffects", "→ a referral of the case"),
    EffectKind.NOTE: QT_TRANSLATE_NOOP("DecisionEffects", "→ a case note"),
    EffectKind.ZONE_THRESHOLD: QT_TRANSLATE_NOOP(
        "DecisionEffects", "→ a new review threshold for the zone"
    ),
}


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def menu_text(kind: EffectKind) -> str:
    return _t(MENU_TEXTS[EffectKind(kind)])


def link_text(decision: DecisionRow, known: dict[int, str]) -> str:
    """ "→ shift on Thu 10/12/2026 18:00": what the decision became ("" for none yet)."""
    if decision.effect_kind is None:
        return ""
    return known.get(decision.id) or _t(LINK_TEXTS[EffectKind(decision.effect_kind)])


@dataclass(frozen=True)
class Subject:
    """What the item is about: the decision's effect applies to it."""

    meeting_held_at: datetime  # aware
    item: AgendaItemRow | None

    @property
    def case_id(self) -> int | None:
        return self.item.case_id if self.item is not None else None

    @property
    def zone_id(self) -> int | None:
        return self.item.zone_id if self.item is not None else None


def applicable(kind: EffectKind, subject: Subject) -> bool:
    """Whether the item gives the effect what it needs (a case, a zone)."""
    if kind is EffectKind.SHIFT:
        return True
    if kind is EffectKind.ZONE_THRESHOLD:
        return subject.zone_id is not None
    return subject.case_id is not None


class EffectFlows:
    """Runs one flow at a time for ``owner`` (the panel): loads, asks, saves. ``done(kind,
    decision, text)`` is called once the effect is made, with its link text."""

    def __init__(
        self,
        context: ViewContext,
        owner: QWidget,
        done: Callable[[EffectKind, DecisionRow, str], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self.context = context
        self.actor = context.actor
        self.owner = owner
        self._done = done
        self._failed = failed
        self.people: tuple[PersonLoad, ...] = ()
        self.organizations: tuple[OrganizationChoice, ...] = ()

    def start(self, kind: EffectKind, decision: DecisionRow, subject: Subject) -> None:
        kind = EffectKind(kind)
        if kind is EffectKind.SHIFT:
            self._plan_shift(decision, subject)
        elif kind is EffectKind.ZONE_THRESHOLD and subject.zone_id is not None:
            self._load(zones.get_zone, subject.zone_id, then=partial(self._ask_threshold, decision))
        elif subject.case_id is not None:
            asks = {
                EffectKind.CASE_REVIEW: self._ask_review,
                EffectKind.CASE_OWNER: self._ask_owner,
                EffectKind.REFERRAL: self._ask_referral,
                EffectKind.NOTE: self._ask_note,
            }
            self._load(case_edits.case_detail, subject.case_id, then=partial(asks[kind], decision))

    # -- loading and saving ----------------------------------------------------------------

    def _load(self, service: Callable[..., Any], *args: Any, then: Callable[[Any], None]) -> None:
        self.context.run_service(
            service, self.actor, *args, owner=self.owner, on_done=then, on_error=self._failed
        )

    def _save(
        self,
        dialog: QDialog,
        kind: EffectKind,
        text: str,
        service: Callable[..., Any],
        *args: Any,
    ) -> None:
        def saved(row: DecisionRow) -> None:
            dialog.saved(row)  # type: ignore[attr-defined]
            self._done(kind, row, text)

        self.context.run_service(
            service,
            self.actor,
            *args,
            owner=dialog,
            on_done=saved,
            on_error=lambda exc: dialog.refuse(error_text(exc)),  # type: ignore[attr-defined]
        )

    def _open(self, dialog: QDialog) -> None:
        fit_to_type(dialog)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- the flows -------------------------------------------------------------------------

    def _plan_shift(self, decision: DecisionRow, subject: Subject) -> None:
        tz = self.context.settings.time_zone()
        day = subject.meeting_held_at.astimezone(tz).date() + timedelta(days=7)
        self._load(
            partial(operations.load_week, holidays=holiday_calendar(self.context.settings)),
            monday_of(day),
            tz,
            WeekFilter(),
            then=partial(self._ask_shift, decision, subject, day),
        )

    def _ask_shift(
        self, decision: DecisionRow, subject: Subject, day: date, data: CalendarData
    ) -> None:
        tz = self.context.settings.time_zone()
        active = [(z.id, z.name, z.colour) for z in data.choices.zones if z.active]
        zone_id = subject.zone_id if subject.zone_id in {z[0] for z in active} else None
        if zone_id is None and active:
            zone_id = active[0][0]
        starts_at = datetime.combine(day, SHIFT_START, tz)
        draft = ShiftDraft(
            zone_id=zone_id or 0,
            starts_at=starts_at,
            ends_at=datetime.combine(day, SHIFT_END, tz),
            kind=ShiftKind.JOINT,
            objectives=decision.text or "",
        )
        problems = partial(
            shift_edits.check_draft,
            shift_id=None,
            holidays=holiday_calendar(self.context.settings),
        )

        def check(shift: ShiftDraft) -> None:
            self.context.run_service(
                problems,
                self.actor,
                shift,
                owner=dialog,
                on_done=lambda found: dialog.show_problems(found, draft=shift),
                on_error=lambda exc: dialog.show_check_failed(exc),  # noqa: PLW0108 - bound below
            )

        def submit(shown: DecisionShiftDialog) -> None:
            planned = shown.draft()
            text = QCoreApplication.translate("DecisionEffects", "→ shift on {when}").format(
                when=format_moment(planned.starts_at, tz)
            )
            self._save(shown, EffectKind.SHIFT, text, decisions.decide_shift, decision.id, planned)

        dialog = DecisionShiftDialog(
            active, data.people, tz, draft, self.owner, check=check, submit=submit
        )
        self._open(dialog)

    def _ask_review(self, decision: DecisionRow, detail: CaseDetail) -> None:
        case = detail.case
        today = datetime.now(self.context.settings.time_zone()).date()

        def submit(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, ReviewDateDialog)
            day = dialog.value()
            text = (
                QCoreApplication.translate("DecisionEffects", "→ case review on {date}").format(
                    date=format_date(day)
                )
                if day is not None
                else QCoreApplication.translate("DecisionEffects", "→ no review date for the case")
            )
            self._save(
                dialog,
                EffectKind.CASE_REVIEW,
                text,
                decisions.decide_case_review,
                decision.id,
                case.id,
                day,
                case.version_id,
            )

        self._open(
            ReviewDateDialog(case.title, case.next_review_on, today, self.owner, submit=submit)
        )

    def _ask_owner(self, decision: DecisionRow, detail: CaseDetail) -> None:
        case = detail.case

        def submit(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, OwnerDialog)
            text = QCoreApplication.translate("DecisionEffects", "→ new owner: {name}").format(
                name=dialog.owner.currentText()
            )
            self._save(
                dialog,
                EffectKind.CASE_OWNER,
                text,
                decisions.decide_case_owner,
                decision.id,
                case.id,
                dialog.value(),
                case.version_id,
            )

        self._open(OwnerDialog(case.title, self.people, case.owner_id, self.owner, submit=submit))

    def _ask_referral(self, decision: DecisionRow, detail: CaseDetail) -> None:
        case = detail.case

        def submit(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, ReferDialog)
            organization, reason = dialog.values()
            text = QCoreApplication.translate(
                "DecisionEffects", "→ referral to {organization}"
            ).format(organization=dialog.organization.currentText())
            self._save(
                dialog,
                EffectKind.REFERRAL,
                text,
                decisions.decide_referral,
                decision.id,
                case.id,
                organization,
                reason,
            )

        own = self.actor.organization_id
        dialog = ReferDialog(case.title, self.organizations, own, self.owner, submit=submit)
        dialog.reason.setPlainText(decision.text or "")
        self._open(dialog)

    def _ask_note(self, decision: DecisionRow, detail: CaseDetail) -> None:
        case = detail.case

        def submit(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, NoteDialog)
            audience = dialog.chosen_audience()
            text = QCoreApplication.translate(
                "DecisionEffects", "→ case note for {audience}"
            ).format(audience=audience_label(audience))
            self._save(
                dialog,
                EffectKind.NOTE,
                text,
                decisions.decide_note,
                decision.id,
                case.id,
                dialog.text(),
                audience,
            )

        dialog = NoteDialog(case.title, decision.audience, self.owner, submit=submit)
        dialog.body.setPlainText(decision.text or "")
        self._open(dialog)

    def _ask_threshold(self, decision: DecisionRow, zone: ZoneInfo) -> None:
        def submit(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, ThresholdDialog)
            text = QCoreApplication.translate(
                "DecisionEffects", "→ review threshold {value} per week"
            ).format(value=number_text(dialog.value()))
            self._save(
                dialog,
                EffectKind.ZONE_THRESHOLD,
                text,
                decisions.decide_zone_threshold,
                decision.id,
                zone.id,
                dialog.value(),
                zone.version_id,
            )

        self._open(ThresholdDialog(zone.name, zone.review_threshold, self.owner, submit=submit))
