"""The people met in an outing: pick existing nickname profiles, or ask for a new one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.services.cases.people_met import SubjectRow

SUBJECT_ROLE = Qt.ItemDataRole.UserRole + 1


def subject_text(subject: SubjectRow) -> str:
    """The name as this reader may see it, with the usual zone: "Giacca rossa (Orti Romani)"."""
    name = subject.display_name or subject.alias or "?"
    return f"{name} ({subject.usual_zone_name})" if subject.usual_zone_name else name


class PeopleMetPicker(QWidget):
    """A search among the profiles (type part of a nickname, Enter adds it), the chosen ones
    (Delete removes one) and "New profile…" (``sig_new_requested``: the owner creates it and
    gives it back with :meth:`add_subject`)."""

    sig_new_requested = Signal()
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._subjects: dict[int, SubjectRow] = {}
        self.choose = QComboBox()
        self.choose.setEditable(True)
        self.choose.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.choose.lineEdit().setPlaceholderText(self.tr("Type a nickname, then Enter"))
        self.choose.setAccessibleName(self.tr("Add a person met"))
        completer = self.choose.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.new_profile = QPushButton(self.tr("&New profile…"))
        self.new_profile.setToolTip(
            self.tr("Someone met for the first time: a nickname and a short description")
        )
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(self.tr("People met"))
        self.chosen.setToolTip(self.tr("Delete removes the selected person"))
        self.remove = QPushButton(self.tr("Remove"))
        row = QHBoxLayout()
        row.addWidget(self.choose, 1)
        row.addWidget(self.new_profile)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.chosen, 1)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignRight)
        self.setFocusProxy(self.choose)
        self.choose.activated.connect(self._picked)
        self.new_profile.clicked.connect(self.sig_new_requested)
        self.remove.clicked.connect(self._remove_current)
        self.chosen.currentRowChanged.connect(lambda row: self.remove.setEnabled(row >= 0))
        self.remove.setEnabled(False)

    def set_subjects(self, subjects: Sequence[SubjectRow], chosen: Iterable[int] = ()) -> None:
        self._subjects = {s.id: s for s in subjects}
        self.choose.clear()
        for subject in subjects:
            self.choose.addItem(subject_text(subject), subject.id)
        self.choose.setCurrentIndex(-1)
        self.chosen.clear()
        for subject_id in chosen:
            self._add(subject_id)

    def add_subject(self, subject: SubjectRow) -> None:
        """A profile just created: offered from now on, and chosen."""
        if subject.id not in self._subjects:
            self._subjects[subject.id] = subject
            self.choose.addItem(subject_text(subject), subject.id)
        self._add(subject.id)
        self.sig_changed.emit()

    def subject_ids(self) -> tuple[int, ...]:
        return tuple(self.chosen.item(row).data(SUBJECT_ROLE) for row in range(self.chosen.count()))

    def _add(self, subject_id: int) -> None:
        subject = self._subjects.get(subject_id)
        if subject is None or subject_id in self.subject_ids():
            return
        item = QListWidgetItem(subject_text(subject))
        item.setData(SUBJECT_ROLE, subject_id)
        self.chosen.addItem(item)

    def _picked(self, index: int) -> None:
        subject_id = self.choose.itemData(index)
        if subject_id is not None:
            self._add(int(subject_id))
            self.sig_changed.emit()
        self.choose.setCurrentIndex(-1)
        self.choose.clearEditText()

    def _remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self.sig_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.chosen.hasFocus():
            self._remove_current()
            return
        super().keyPressEvent(event)
