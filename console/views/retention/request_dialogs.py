"""The dialogs of a person's request: a correction of their profile (each value before is kept
for the audit) and the confirmation of an erasure, saying what will be removed; both ask why."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from console.services.cases.people_met import (
    FIRST_BIRTH_YEAR,
    MAX_ALIAS,
    MAX_DESCRIPTION,
    MAX_FULL_NAME,
)
from console.services.retention.requests import PersonFound
from console.views.cases.form_dialog import FormDialog, text_box
from console.views.common.submit_dialog import SubmitDialog
from console.views.retention.export_dialog import MAX_REASON

Submit = Callable[[SubmitDialog], None]
NO_YEAR = FIRST_BIRTH_YEAR - 1  # the spin box's "not known"


def reason_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(MAX_REASON)
    edit.setPlaceholderText(placeholder)
    return edit


class CorrectDialog(FormDialog):
    """The profile's fields as recorded; :meth:`changes` holds only those edited, and
    :meth:`reason` why. A name and year of birth are there only for a named person."""

    def __init__(
        self,
        person: PersonFound,
        name: str,
        today: date,
        parent: QWidget | None = None,
        *,
        submit: Submit | None = None,
    ) -> None:
        super().__init__(parent, submit=submit)
        self.person = person
        self.setWindowTitle(self.tr("Correct the person's profile"))
        self.set_intro(
            self.tr(
                "Correct what is recorded about “{name}”. Each value before is kept with the "
                "correction, for the audit and for the person's own export; the correction is "
                "recorded with your name and the reason."
            ).format(name=name)
        )
        self.alias = QLineEdit(person.alias or "")
        self.alias.setMaxLength(MAX_ALIAS)
        self.description = text_box(self.tr("What helps recognise them, nothing sensitive"), 3)
        self.description.setPlainText(person.description)
        self.full_name = QLineEdit(person.full_name or "")
        self.full_name.setMaxLength(MAX_FULL_NAME)
        self.year = QSpinBox()
        self.year.setRange(NO_YEAR, today.year)
        self.year.setSpecialValueText(self.tr("not known"))
        self.year.setValue(person.birth_year if person.birth_year is not None else NO_YEAR)
        if not person.named:
            unnamed = self.tr("No name is recorded: record it, with consent, in Cases")
            for field in (self.full_name, self.year):
                field.setEnabled(False)
                field.setToolTip(unnamed)
        self.reason_edit = reason_edit(self.tr("For example: request of 5 December, ref. 12"))
        self.add_row(self.tr("&Nickname:"), self.alias)
        self.add_row(self.tr("&Description:"), self.description)
        self.add_row(self.tr("&Full name:"), self.full_name)
        self.add_row(self.tr("&Year of birth:"), self.year)
        self.add_row(self.tr("&Reason:"), self.reason_edit)
        self.check(self._field_problem)
        self.check(lambda: None if self.changes() else self.tr("Change at least one value."))
        self.check(lambda: None if self.reason() else self.tr("Say why, in a few words."))
        for edit in (self.alias, self.full_name, self.reason_edit):
            edit.textChanged.connect(self.show_problem)
        self.description.textChanged.connect(self.show_problem)
        self.year.valueChanged.connect(lambda *_a: self.show_problem())
        self.ok.setText(self.tr("&Correct"))
        self.ready()

    def reason(self) -> str:
        return " ".join(self.reason_edit.text().split())

    def _field_problem(self) -> str | None:
        if self.person.alias is not None and not self.alias.text().strip():
            return self.tr("The nickname cannot be empty: type the corrected one.")
        if self.person.named and not self.full_name.text().strip():
            return self.tr("The full name cannot be empty: type the corrected one.")
        if len(self.description.toPlainText()) > MAX_DESCRIPTION:
            return self.tr("The description has at most {limit} characters.").format(
                limit=MAX_DESCRIPTION
            )
        return None

    def changes(self) -> dict[str, Any]:
        """The fields whose value differs from the one recorded."""
        person = self.person
        edited: dict[str, Any] = {}
        alias = " ".join(self.alias.text().split())
        if alias and alias != (person.alias or ""):
            edited["alias"] = alias
        description = self.description.toPlainText().strip()
        if description != person.description.strip():
            edited["description"] = description
        if person.named:
            full_name = " ".join(self.full_name.text().split())
            if full_name and full_name != (person.full_name or ""):
                edited["full_name"] = full_name
            year = None if self.year.value() == NO_YEAR else self.year.value()
            if year != person.birth_year:
                edited["birth_year"] = year
        return edited


class EraseDialog(FormDialog):
    """What an erasure removes, in numbers, and why it is done (:meth:`reason`)."""

    def __init__(
        self,
        person: PersonFound,
        name: str,
        parent: QWidget | None = None,
        *,
        submit: Submit | None = None,
    ) -> None:
        super().__init__(parent, submit=submit)
        self.setWindowTitle(self.tr("Erase the person"))
        self.set_intro(
            self.tr(
                "Erase “{name}” (no. {id}). In one step, recorded in the audit log with the "
                "counts and the reason:\n"
                "• the profile: nickname, name, year of birth, description and the social "
                "services' reference;\n"
                "• consents and legal bases: {consents}; corrections kept for the audit: "
                "{amendments};\n"
                "• the cases about them: {cases}, their titles, referral reasons and notes "
                "({notes}).\n"
                "Dates, zones and counts stay, so past reports still add up. This cannot be "
                "undone; copies of the database kept elsewhere follow their own rules."
            ).format(
                name=name,
                id=person.id,
                consents=person.consents,
                amendments=person.amendments,
                cases=person.cases,
                notes=person.notes,
            )
        )
        self.reason_edit = reason_edit(self.tr("For example: request of 5 December, ref. 12"))
        self.add_row(self.tr("&Reason:"), self.reason_edit)
        self.check(lambda: None if self.reason() else self.tr("Say why, in a few words."))
        self.reason_edit.textChanged.connect(self.show_problem)
        self.ok.setText(self.tr("&Erase"))
        self.ready()

    def reason(self) -> str:
        return " ".join(self.reason_edit.text().split())
