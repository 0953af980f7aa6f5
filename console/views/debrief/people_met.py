"""The people met in an outing: pick existing nickname profiles, or ask for a new one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
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
MIN_SEARCH_CHARACTERS = 10


def subject_text(subject: SubjectRow) -> str:
    """The name as this reader may see it, with the usual zone: "Giacca rossa (Orti Romani)"."""
    name = subject.display_name or subject.alias or "?"
    return f"{name} ({subject.usual_zone_name})" if subject.usual_zone_name else name


class PeopleMetPicker(QWidget):
    """A search among the profiles (type part of a nickname, Enter adds it), the chosen ones
    (Delete removes one) and "New profile…" (``sig_new_requested``: the owner creates it and
    gives it back with :meth:`add_subject`).

    Enter on a nickname that no profile has asks for a new profile with that nickname, and so
    does "New profile…" with what was typed: the nickname is never typed twice.
    """

    sig_new_requested = Signal(str)  # the nickname typed so far ("" when none)
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._subjects: dict[int, SubjectRow] = {}
        self.choose = QComboBox()
        self.choose.setEditable(True)
        self.choose.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # As wide as the column, not as the longest profile: the dialog must not outgrow
        # the screen (the list below shows each profile whole).
        self.choose.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choose.setMinimumContentsLength(MIN_SEARCH_CHARACTERS)
        self.choose.lineEdit().setPlaceholderText(self.tr("Type a nickname, then Enter"))
        self.choose.setAccessibleName(self.tr("Add a person met"))
        completer = self.choose.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.new_profile = QPushButton(self.tr("&New profile…"))
        self.new_profile.setToolTip(
            self.tr("Someone met for the first time: a nickname and a short description")
        )
        # Enter in the dialog saves it: never let these buttons become its default instead.
        self.new_profile.setAutoDefault(False)
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(self.tr("People met"))
        self.chosen.setToolTip(self.tr("Delete removes the selected person"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.choose, 1)
        row.addWidget(self.new_profile)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.chosen, 1)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignRight)
        self.setFocusProxy(self.choose)
        self.choose.installEventFilter(self)
        self.choose.lineEdit().installEventFilter(self)
        self.choose.activated.connect(self._picked)
        self.new_profile.clicked.connect(self._new_clicked)
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
        """A profile just created: offered from now on, and chosen (what was typed is done)."""
        if subject.id not in self._subjects:
            self._subjects[subject.id] = subject
            self.choose.addItem(subject_text(subject), subject.id)
        self._add(subject.id)
        self.choose.setCurrentIndex(-1)
        self.choose.clearEditText()
        self.sig_changed.emit()

    def typed(self) -> str:
        """The nickname typed in the search, trimmed."""
        return self.choose.lineEdit().text().strip()

    def _match(self, text: str) -> int:
        """The index of the profile called ``text`` (any case, with or without its zone), or -1."""
        wanted = text.casefold()
        for index in range(self.choose.count()):
            subject = self._subjects.get(self.choose.itemData(index))
            names = {self.choose.itemText(index)}
            if subject is not None:
                names |= {subject.display_name or "", subject.alias or ""}
            if wanted in {name.casefold() for name in names if name}:
                return index
        return -1

    def _new_clicked(self) -> None:
        self.sig_new_requested.emit(self.typed())

    def _entered(self) -> bool:
        """Enter in the search: add the profile typed, or ask for a new one with that nickname.
        False when nothing is typed (Enter then saves the dialog as usual)."""
        text = self.typed()
        if not text:
            return False
        index = self._match(text)
        if index >= 0:
            self._picked(index)
        else:
            self.sig_new_requested.emit(text)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.choose, self.choose.lineEdit())
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            return self._entered()
        return super().eventFilter(watched, event)

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
