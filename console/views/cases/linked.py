"""What a case is linked to: the debriefs of outings, their shifts, and signals."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QVBoxLayout, QWidget

from console.services.cases.casework import CaseDetail
from console.services.cases.debriefs import DebriefRow
from console.views.cases.detail_models import LinkedModel
from console.views.cases.tables import fit_columns, make_table
from console.views.common import labels
from console.views.common.formatting import format_moment
from console.views.common.labels import shift_status_label


class LinkedPanel(QWidget):
    """One table, newest first: kind, when, zone, what."""

    def __init__(self, tz: ZoneInfo) -> None:
        super().__init__()
        self.tz = tz
        self.model = LinkedModel(self)
        self.table = make_table(self.model, self.tr("Debriefs, shifts and signals of the case"))
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def count(self) -> int:
        return self.model.rowCount()

    def set_detail(self, detail: CaseDetail) -> None:
        rows = [
            (debrief.started_at, self.tr("Debrief"), debrief.zone_name, self._debrief(debrief))
            for debrief in detail.debriefs
        ]
        rows += [
            (
                shift.starts_at,
                self.tr("Shift"),
                shift.zone_name,
                shift_status_label(shift.status),
            )
            for shift in detail.shifts
        ]
        rows += [
            (signal.occurred_at, labels.signal_kind_label(signal.kind), "", signal.summary)
            for signal in detail.signals
        ]
        rows.sort(key=lambda row: row[0], reverse=True)
        self.model.set_rows(
            [(kind, format_moment(when, self.tz), zone, what) for when, kind, zone, what in rows]
        )
        fit_columns(self.table)
        self.table.resizeRowsToContents()

    def _debrief(self, debrief: DebriefRow) -> str:
        done = ", ".join(labels.intervention_type_label(kind) for kind in debrief.types)
        people = ", ".join(p.short_name for p in debrief.participants)
        head = self.tr("{done} · %n contact(s) · {people}", "", debrief.contacts_count).format(
            done=done, people=people
        )
        return f"{head}\n{debrief.outcome}" if debrief.outcome else head
