"""Dialogs of a decision: record it (its text and audience), and the prefilled dialogs that turn
it into its effect — a planned shift, a case's review date or owner, a zone's review threshold
(a referral and a case note use the Cases section's own dialogs). Each stays open while its
service runs and shows a refusal on its red line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDoubleSpinBox, QPlainTextEdit, QWidget

from console.models import Visibility
from console.services.access import Actor
from console.services.meetings.audience import belongs_to
from console.services.meetings.common import MAX_TEXT
from console.services.planning.shift_edits import ShiftDraft
from console.services.planning.week import PersonLoad
from console.views.calendar.shift_dialog import CheckDraft, ShiftDialog, ZoneChoice
from console.views.cases.case_dialogs import fill_owners
from console.views.cases.form_dialog import FormDialog, OptionalDate, text_box
from console.views.common import labels
from console.views.common.formatting import format_date, number_text
from console.views.common.submit_dialog import SubmitDialog

Submit = Callable[[SubmitDialog], None]
FIRST_REVIEW = timedelta(days=14)
MAX_THRESHOLD = 1_000.0
DIALOG_CHARACTERS = 60  # a dialog's width at least, in average characters


def fit_to_type(dialog: QDialog) -> None:
    """Size ``dialog`` for the type it is shown in (meeting mode's is large): text boxes keep
    their number of lines, the dialog grows to what its fields need."""
    dialog.ensurePolished()
    ratio = dialog.fontMetrics().lineSpacing() / QFontMetrics(QGuiApplication.font()).lineSpacing()
    if ratio > 1:
        for edit in dialog.findChildren(QPlainTextEdit):
            if edit.minimumHeight() == edit.maximumHeight():  # sized for a number of lines
                edit.setFixedHeight(round(edit.minimumHeight() * ratio))
    width = dialog.fontMetrics().averageCharWidth() * DIALOG_CHARACTERS
    dialog.setMinimumWidth(max(dialog.minimumWidth(), width))
    dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))


def audience_combo(actor: Actor, organization_id: int | None, chosen: Visibility) -> QComboBox:
    """The audiences the actor may write for (they belong to each), ``chosen`` first if there."""
    combo = QComboBox()
    for visibility in Visibility:
        if belongs_to(actor, visibility, organization_id):
            combo.addItem(labels.audience_label(visibility), visibility)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    return combo


class DecisionDialog(FormDialog):
    """What was decided, and who may read it (all partners unless narrowed)."""

    def __init__(
        self,
        actor: Actor,
        item_title: str,
        parent: QWidget | None = None,
        *,
        submit: Submit | None = None,
    ) -> None:
        super().__init__(parent, submit=submit)
        self.setWindowTitle(self.tr("Record a decision"))
        if item_title:
            self.set_intro(self.tr("On “{item}”.").format(item=item_title))
        self.text = text_box(self.tr("What the meeting decided. No names of people met."))
        self.audience = audience_combo(actor, actor.organization_id, Visibility.SHARED)
        self.audience.setToolTip(self.tr("Who may read this decision in the minutes"))
        self.add_row(self.tr("&Decision:"), self.text)
        self.add_row(self.tr("&Audience:"), self.audience)
        self.check(lambda: None if self.value() else self.tr("Write what was decided."))
        self.check(self._not_too_long)
        self.text.textChanged.connect(self.show_problem)
        self.text.setFocus()
        self.ready()

    def value(self) -> str:
        return self.text.toPlainText().strip()

    def chosen_audience(self) -> Visibility:
        return Visibility(self.audience.currentData())

    def _not_too_long(self) -> str | None:
        if len(self.value()) <= MAX_TEXT:
            return None
        return self.tr("At most {count} characters.").format(count=MAX_TEXT)


class DecisionShiftDialog(ShiftDialog):
    """The calendar's shift dialog, prefilled from the decision, kept open while the shift is
    made (``submit``); :meth:`saved` closes it, :meth:`refuse` says why not."""

    def __init__(
        self,
        zones: Sequence[ZoneChoice],
        people: Sequence[PersonLoad],
        tz: ZoneInfo,
        initial: ShiftDraft,
        parent: QWidget | None = None,
        *,
        check: CheckDraft | None = None,
        submit: Callable[[DecisionShiftDialog], None],
    ) -> None:
        super().__init__(zones, people, tz, initial, parent, check=check)
        self.setWindowTitle(self.tr("Plan a shift from the decision"))
        self._submit = submit
        self.busy = False

    def accept(self) -> None:
        if self.busy or self.refusal() is not None:
            return
        self.busy = True
        self.ok.setEnabled(False)
        self.refused.hide()
        self._submit(self)

    def saved(self, _result: object = None) -> None:
        self.busy = False
        QDialog.accept(self)

    def refuse(self, text: str) -> None:
        self.busy = False
        self.refused.setText(text)
        self.refused.show()
        self.ok.setEnabled(self.refusal() is None)


class ReviewDateDialog(FormDialog):
    """The case's next review date (none: no review planned)."""

    def __init__(
        self,
        case_title: str,
        current: date | None,
        today: date,
        parent: QWidget | None = None,
        *,
        submit: Submit | None = None,
    ) -> None:
        super().__init__(parent, submit=submit)
        self.setWindowTitle(self.tr("Set the case's review date"))
        now = format_date(current) if current is not None else self.tr("none")
        self.set_intro(
            self.tr("“{case}”: the next review is now {date}.").format(case=case_title, date=now)
        )
        self.review = OptionalDate(self.tr("on"), current or today + FIRST_REVIEW, checked=True)
        self.add_row(self.tr("Next &review:"), self.review)
        self.ready()

    def value(self) -> date | None:
        return self.review.value()


class OwnerDialog(FormDialog):
    """A new owner for the case (the case moves to their organization)."""

    def __init__(
        self,
        case_title: str,
        people: Sequence[PersonLoad],
        current_owner_id: int | None,
        parent: QWidget | None = None,
        *,
        submit: Submit | None = None,
    ) -> None:
        super().__init__(parent, submit=submit)
        self.setWindowTitle(self.tr("Change the case's owner"))
        self.set_intro(
            self.tr("“{case}” moves to the new owner's organization.").format(case=case_title)
        )
        self.owner = QComboBox()
        fill_owners(self.owner, people, current_owner_id)
        self.current_owner_id = current_owner_id
        self.add_row(self.tr("&Owner:"), self.owner)
        self.check(lambda: None if self.owner.count() else self.tr("There is nobody to own it."))
        self.check(self._changed)
        self.owner.currentIndexChanged.connect(self.show_problem)
        self.ready()

    def value(self) -> int:
        return int(self.owner.currentData())

    def _changed(self) -> str | None:
        if self.owner.currentData() == self.current_owner_id:
            return self.tr("Choose someone other than the present owner.")
        return None


class ThresholdDialog(FormDialog):
    """A new review threshold for the zone (weighted signals per week)."""

    def __init__(
        self,
        zone_name: str,
        current: float,
        parent: QWidget | None = None,
        *,
        submit: Submit | None = None,
    ) -> None:
        super().__init__(parent, submit=submit)
        self.setWindowTitle(self.tr("Change the zone's review threshold"))
        self.set_intro(
            self.tr(
                "{zone} is flagged for the agenda when its pressure is above {threshold} per week."
            ).format(zone=zone_name, threshold=number_text(current))
        )
        self.current = current
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, MAX_THRESHOLD)
        self.threshold.setDecimals(1)
        self.threshold.setSingleStep(0.5)
        self.threshold.setValue(current)
        self.threshold.setSuffix(self.tr(" per week"))
        self.add_row(self.tr("Review &threshold:"), self.threshold)
        self.check(self._changed)
        self.threshold.valueChanged.connect(self.show_problem)
        self.ready()

    def value(self) -> float:
        return float(self.threshold.value())

    def _changed(self) -> str | None:
        if abs(self.value() - self.current) < 1e-9:
            return self.tr("Choose a threshold other than the present one.")
        return None
