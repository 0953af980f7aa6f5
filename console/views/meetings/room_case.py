"""A case item on the projector: what every organization in the room may read of the case — its
status, priority, review date, owner agency, the person as the room may name them — and its
newest notes, each either shown or "Restricted" with the agency it belongs to, never the text."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console.services.meetings.room import CaseSummary, RoomNote
from console.views.common.formatting import format_date, moment_text
from console.views.common.labels import (
    case_status_label,
    identification_label,
    priority_label,
)
from console.views.meetings.room_style import (
    MUTED,
    audience_chip,
    clear_layout,
    facts,
    restricted_label,
)
from console.views.meetings.room_style import text_label as label


class NoteCard(QFrame):
    """One note: when, whose, for whom; its text or "Restricted" with its agency."""

    def __init__(self, note: RoomNote, tz: ZoneInfo) -> None:
        super().__init__()
        self.note = note
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QHBoxLayout()
        when = QLabel(f"{moment_text(note.written_at, tz)} · {note.organization_name}")
        when.setStyleSheet(f"color: {MUTED};")
        heading.addWidget(when)
        heading.addStretch(1)
        heading.addWidget(audience_chip(note.audience))
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        if note.restricted or note.body is None:
            self.text = restricted_label(
                self.tr("Restricted — a note of {agency}").format(agency=note.organization_name)
            )
        else:
            self.text = label(note.body)
        layout.addWidget(self.text)


class CaseBody(QWidget):
    """Fed one :class:`CaseSummary`; never queries."""

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.summary: CaseSummary | None = None
        self.facts = QVBoxLayout()
        self.agencies = label()
        self.notes_heading = label(bold=True)
        self.notes = QVBoxLayout()
        self.notes.setSpacing(10)
        notes = QWidget()
        notes.setObjectName("room_scrolled")
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 8, 0)
        notes_layout.addLayout(self.notes)
        notes_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.facts)
        layout.addWidget(self.agencies)
        layout.addSpacing(8)
        layout.addWidget(self.notes_heading)
        layout.addWidget(self.scroll, 1)

    def set_summary(self, summary: CaseSummary) -> None:
        self.summary = summary
        clear_layout(self.facts)
        rows = [
            (self.tr("Status"), case_status_label(summary.status)),
            (self.tr("Priority"), priority_label(summary.priority)),
            (
                self.tr("Next review"),
                format_date(summary.next_review_on)
                if summary.next_review_on is not None
                else self.tr("not set"),
            ),
            (self.tr("Owner agency"), summary.owner_organization),
        ]
        if summary.zone_name:
            rows.append((self.tr("Zone"), summary.zone_name))
        if summary.identification is not None:
            person = summary.subject_label or identification_label(summary.identification)
            rows.append((self.tr("Person"), person))
        self.facts.addLayout(facts(rows))
        self.agencies.setText(
            self.tr("Agencies involved: {names}").format(
                names=", ".join(summary.agencies_involved) or "—"
            )
        )
        clear_layout(self.notes)
        shown = sum(1 for note in summary.notes if not note.restricted)
        self.notes_heading.setText(
            self.tr("Notes: {shown} shown, {restricted} restricted").format(
                shown=shown, restricted=len(summary.notes) - shown
            )
            if summary.notes
            else self.tr("No notes on this case.")
        )
        for note in reversed(summary.notes):  # the newest first: what the room discusses
            self.notes.addWidget(NoteCard(note, self.tz))

    def cards(self) -> list[NoteCard]:
        return [
            self.notes.itemAt(i).widget()
            for i in range(self.notes.count())
            if isinstance(self.notes.itemAt(i).widget(), NoteCard)
        ]
