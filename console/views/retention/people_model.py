"""The people met a request search found: number, nickname, name, year of birth, usual zone,
how many cases and notes are about them, and who must keep their data by law."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from console.services.retention.requests import PersonFound
from console.views.common.rows_model import Index, RowsTableModel

CONTEXT = "PeopleFoundModel"


class PeopleFoundModel(RowsTableModel):
    """Fed :class:`PersonFound` rows; :meth:`replace` puts one back after a request changed it."""

    CONTEXT = CONTEXT
    COL_ID, COL_ALIAS, COL_NAME, COL_BORN, COL_ZONE, COL_CASES, COL_NOTES, COL_KEPT = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("PeopleFoundModel", "No."),
        QT_TRANSLATE_NOOP("PeopleFoundModel", "Nickname"),
        QT_TRANSLATE_NOOP("PeopleFoundModel", "Name"),
        QT_TRANSLATE_NOOP("PeopleFoundModel", "Born"),
        QT_TRANSLATE_NOOP("PeopleFoundModel", "Usual zone"),
        QT_TRANSLATE_NOOP("PeopleFoundModel", "Cases"),
        QT_TRANSLATE_NOOP("PeopleFoundModel", "Notes"),
        QT_TRANSLATE_NOOP("PeopleFoundModel", "Kept by law by"),
    )
    TOOLTIPS: ClassVar[dict[int, str]] = {
        7: QT_TRANSLATE_NOOP(
            "PeopleFoundModel",
            "Organizations that must keep the person's data under a legal obligation: "
            "no erasure while it applies",
        ),
    }
    TEXT_COLUMNS = frozenset({1, 2, 4, 7})

    def replace(self, person: PersonFound) -> None:
        for number in range(self.rowCount()):
            if self.row(number).id == person.id:
                rows = list(self._rows)
                rows[number] = person
                self._rows = tuple(rows)
                self.dataChanged.emit(
                    self.index(number, 0), self.index(number, self.columnCount() - 1)
                )
                return

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person: PersonFound = self.row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._value(person, column)
        return None

    def _value(self, person: PersonFound, column: int) -> Any:
        if column == self.COL_ALIAS:
            return person.alias or QCoreApplication.translate("PeopleFoundModel", "(anonymous)")
        values: dict[int, Any] = {
            self.COL_ID: person.id,
            self.COL_NAME: person.full_name or "",
            self.COL_BORN: person.birth_year if person.birth_year is not None else "",
            self.COL_ZONE: person.usual_zone,
            self.COL_CASES: person.cases,
            self.COL_NOTES: person.notes,
            self.COL_KEPT: ", ".join(person.keepers),
        }
        return values[column]
