"""The timeline of a case's notes: author, organization, time, audience, amendments, links."""

from __future__ import annotations

import html
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from console.services.cases.casework import NoteRow
from console.views.common import labels
from console.views.common.formatting import format_moment

AMEND_SCHEME = "amend"  # amend:ID asks to amend note ID
NOTE_ANCHOR = "note-{id}"
AMENDED_COLOUR = "#8a6d00"
MUTED = "#666666"


class Timeline(QTextBrowser):
    """Fed :class:`NoteRow` s (oldest first); never queries. Links jump to an amendment or the
    note it corrects, and "Amend" asks the owner through ``sig_amend_requested``."""

    sig_amend_requested = Signal(int)  # id of the note to amend

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Notes of the case"))
        self.anchorClicked.connect(self._clicked)
        self.notes: tuple[NoteRow, ...] = ()
        self._message = ""

    def set_notes(self, notes: Sequence[NoteRow], tz: ZoneInfo, *, can_amend: bool = True) -> None:
        self.notes = tuple(notes)
        self._message = ""
        if not self.notes:
            self.setHtml(_paragraph(self.tr("No note you may read yet."), MUTED))
            return
        by_id = {note.id: note for note in self.notes}
        parts = [self._note_html(note, by_id, tz, can_amend) for note in reversed(self.notes)]
        self.setHtml("<hr/>".join(parts))

    def show_message(self, text: str) -> None:
        """A line instead of the notes (not read yet, reading refused...)."""
        self.notes = ()
        self._message = text
        self.setHtml(_paragraph(html.escape(text), MUTED))

    def message(self) -> str:
        return self._message

    def show_note(self, note_id: int) -> None:
        self.scrollToAnchor(NOTE_ANCHOR.format(id=note_id))

    def _note_html(
        self, note: NoteRow, by_id: dict[int, NoteRow], tz: ZoneInfo, can_amend: bool
    ) -> str:
        colour = labels.AUDIENCE_COLOURS[note.visibility]
        badge = (
            f'<span style="background-color:{colour}; color:white;">'
            f"&nbsp;{html.escape(labels.audience_label(note.visibility))}&nbsp;</span>"
        )
        head = self.tr("<b>{author}</b> · {organization} · {when}").format(
            author=html.escape(note.author_name),
            organization=html.escape(note.organization_name),
            when=html.escape(format_moment(note.written_at, tz)),
        )
        lines = [
            f'<a name="{NOTE_ANCHOR.format(id=note.id)}"></a>'
            f'<table width="100%" cellspacing="0" cellpadding="0"><tr><td>{head}</td>'
            f'<td align="right">{badge}</td></tr></table>'
        ]
        if note.amends_note_id is not None:
            lines.append(_paragraph(self._amends_html(note.amends_note_id, by_id, tz), MUTED))
        body = "<br/>".join(html.escape(line) for line in note.body.splitlines())
        lines.append(f'<p style="color:{MUTED};">{body}</p>' if note.amended else f"<p>{body}</p>")
        tail = []
        if note.amended:
            links = ", ".join(
                f'<a href="#{NOTE_ANCHOR.format(id=i)}">{self._when_of(i, by_id, tz)}</a>'
                for i in note.amended_by
            )
            # Each tr() stands on its own, outside f-strings, so that lupdate extracts it.
            amended = html.escape(self.tr("Amended"))
            see = self.tr("see the amendment: {links}").format(links=links)
            tail.append(f'<b style="color:{AMENDED_COLOUR};">{amended}</b> — {see}')
        if can_amend:
            amend = html.escape(self.tr("Amend"))
            tail.append(f'<a href="{AMEND_SCHEME}:{note.id}">{amend}</a>')
        if tail:
            lines.append("<p>" + " · ".join(tail) + "</p>")
        return "".join(lines)

    def _amends_html(self, original_id: int, by_id: dict[int, NoteRow], tz: ZoneInfo) -> str:
        original = by_id.get(original_id)
        if original is None:  # corrects a note this reader is not in the audience of
            return html.escape(self.tr("Amends a note you may not read."))
        link = f'<a href="#{NOTE_ANCHOR.format(id=original_id)}">' + html.escape(
            self.tr("the note of {author}, {when}").format(
                author=original.author_name, when=format_moment(original.written_at, tz)
            )
        )
        return self.tr("Amends {note}").format(note=link + "</a>")

    def _when_of(self, note_id: int, by_id: dict[int, NoteRow], tz: ZoneInfo) -> str:
        note = by_id.get(note_id)
        if note is None:
            return html.escape(self.tr("note {id}").format(id=note_id))
        return html.escape(f"{note.author_name}, {format_moment(note.written_at, tz)}")

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == AMEND_SCHEME:
            self.sig_amend_requested.emit(int(url.path()))
        elif url.fragment():
            self.scrollToAnchor(url.fragment())


def _paragraph(text: str, colour: str) -> str:
    return f'<p style="color:{colour};">{text}</p>'
