"""The minutes of a meeting as rich text for the Minutes tab: attendance, then each agenda item
with its decisions, actions and paragraphs, every text with its audience chip; a text beyond
the reader shows "Restricted" and the agency it belongs to, never its content."""

from __future__ import annotations

import html
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from console.models import MeetingStatus, Visibility
from console.services.meetings.rows import (
    ActionRow,
    DecisionRow,
    MeetingDetail,
    MinuteEntryRow,
    Participant,
)
from console.views.common import labels
from console.views.common.formatting import format_date, format_moment
from console.views.meetings.models import agenda_about, agenda_title, agenda_why, restricted_text

AMEND_SCHEME = "amend"  # amend:ID asks to amend paragraph ID
ENTRY_ANCHOR = "entry-{id}"
MUTED = "#666666"
AMENDED_COLOUR = "#8a6d00"
OVERDUE_COLOUR = "#b3261e"
TIGHT_BELOW = ' style="margin-bottom:0px;"'
TIGHT_ABOVE = ' style="margin-top:2px;"'
TIGHT = ' style="margin-top:2px; margin-bottom:0px;"'


translate = QCoreApplication.translate


def _e(text: str) -> str:
    return html.escape(text)


def chip(audience: Visibility) -> str:
    colour = labels.AUDIENCE_COLOURS[Visibility(audience)]
    return (
        f'<span style="background-color:{colour}; color:white;">'
        f"&nbsp;{_e(labels.audience_label(audience))}&nbsp;</span>"
    )


def _heading(text: str) -> str:
    return f"<h3>{_e(text)}</h3>"


def _muted(text: str) -> str:
    return f'<span style="color:{MUTED};">{text}</span>'


def _lines(text: str) -> str:
    return "<br/>".join(_e(line) for line in text.splitlines())


def minutes_html(
    detail: MeetingDetail, tz: ZoneInfo, *, show_restricted: bool = True, can_amend: bool = False
) -> str:
    """The whole minutes as one HTML document. ``show_restricted`` False is for a reader who
    is no partner (a manager): what they may not read is left out, and so are the titles of
    cases and referrals; ``can_amend`` adds an "Amend" link to each paragraph they read."""
    minutes = [e for e in detail.minutes if show_restricted or not e.restricted]
    decisions = [d for d in detail.decisions if show_restricted or not d.restricted]
    actions = [a for a in detail.actions if show_restricted or not a.restricted]
    by_id = {e.id: e for e in minutes}
    parts = [_attendance(detail)]
    general = [e for e in minutes if e.agenda_item_id is None]
    if general:
        parts.append(_heading(translate("Minutes", "The meeting as a whole")))
        parts.extend(_entry(e, by_id, tz, can_amend) for e in general)
    for number, item in enumerate(detail.agenda, 1):
        heading = translate("Minutes", "{number}. {title}").format(
            number=number, title=agenda_title(item, cases_visible=show_restricted)
        )
        about = translate("Minutes", "{about} · {why}").format(
            about=agenda_about(item), why=agenda_why(item)
        )
        parts.append(_heading(heading) + f"<p>{_muted(_e(about))}</p>")
        if item.notes:
            parts.append(f"<p><i>{_lines(item.notes)}</i></p>")
        body = [
            *(_decision(d) for d in decisions if d.agenda_item_id == item.id),
            *(_action(a) for a in actions if a.agenda_item_id == item.id),
            *(_entry(e, by_id, tz, can_amend) for e in minutes if e.agenda_item_id == item.id),
        ]
        nothing = translate("Minutes", "Nothing recorded yet.")
        parts.extend(body or [f"<p>{_muted(_e(nothing))}</p>"])
    loose = [
        *(_decision(d) for d in decisions if d.agenda_item_id is None),
        *(_action(a) for a in actions if a.agenda_item_id is None),
    ]
    if loose:
        parts.append(_heading(translate("Minutes", "Other decisions and actions")))
        parts.extend(loose)
    if not detail.agenda and not general:
        empty = translate("Minutes", "No agenda and no minutes yet.")
        parts.append(f"<p>{_muted(_e(empty))}</p>")
    return "".join(parts)


def _names(people: Sequence[Participant]) -> str:
    return ", ".join(f"{p.name} ({p.organization_name})" for p in people) or "—"


def _attendance(detail: MeetingDetail) -> str:
    meeting = detail.meeting
    people = meeting.participants
    if meeting.status is MeetingStatus.PLANNED:
        rows = [(translate("Minutes", "Invited:"), _names(people))]
    else:
        rows = [
            (translate("Minutes", "Present:"), _names([p for p in people if p.attended])),
            (
                translate("Minutes", "Invited, not present:"),
                _names([p for p in people if not p.attended]),
            ),
        ]
    cells = "".join(
        f'<tr><td style="color:{MUTED}; padding-right:8px;">{_e(caption)}</td>'
        f"<td>{_e(names)}</td></tr>"
        for caption, names in rows
    )
    return _heading(translate("Minutes", "Attendance")) + f"<table>{cells}</table>"


def _restricted(organization_name: str) -> str:
    return f"<i>{_muted(_e(restricted_text(organization_name)))}</i>"


def _decision(decision: DecisionRow) -> str:
    label = _e(translate("Minutes", "Decision:"))
    if decision.restricted or decision.text is None:
        text = _restricted(decision.organization_name)
    else:
        text = _lines(decision.text)
    return f"<p><b>{label}</b> {text} {chip(decision.audience)}</p>"


def _action(action: ActionRow) -> str:
    label = _e(translate("Minutes", "Action:"))
    if action.restricted or action.text is None:
        text = _restricted(action.organization_name)
    else:
        text = _lines(action.text)
    who = ", ".join(part for part in (action.owner_name, action.organization_name) if part)
    facts = [_e(who)] if who else []
    if action.due_on is not None:
        facts.append(_e(translate("Minutes", "due {day}").format(day=format_date(action.due_on))))
    status = _e(labels.action_status_label(action.status))
    if action.overdue:
        overdue = translate("Minutes", "overdue")
        status = f'<b style="color:{OVERDUE_COLOUR};">{_e(overdue)}</b>'
    facts.append(status)
    return f"<p><b>{label}</b> {text} {chip(action.audience)}<br/>{_muted(' · '.join(facts))}</p>"


def _entry(
    entry: MinuteEntryRow, by_id: dict[int, MinuteEntryRow], tz: ZoneInfo, can_amend: bool
) -> str:
    """A paragraph: who, when and for whom on one line (with "Amend"), then its text."""
    anchor = f'<a name="{ENTRY_ANCHOR.format(id=entry.id)}"></a>'
    when = _e(format_moment(entry.written_at, tz))
    if entry.restricted or entry.body is None:
        head = translate("Minutes", "{organization} · {when}").format(
            organization=_e(entry.organization_name), when=when
        )
        return (
            f"{anchor}<p>{_muted(head)} {chip(entry.audience)}<br/>"
            f"{_restricted(entry.organization_name)}</p>"
        )
    head = translate("Minutes", "<b>{author}</b> · {organization} · {when}").format(
        author=_e(entry.author_name), organization=_e(entry.organization_name), when=when
    )
    marks = [chip(entry.audience)]
    if entry.amended:
        amended = translate("Minutes", "Amended")
        marks.append(f'<b style="color:{AMENDED_COLOUR};">{_e(amended)}</b>')
    if can_amend:
        amend = translate("Minutes", "Amend")
        marks.append(f'<a href="{AMEND_SCHEME}:{entry.id}">{_e(amend)}</a>')
    lines = [f"{anchor}<p{TIGHT_BELOW}>{head} " + " · ".join(marks) + "</p>"]
    if entry.amends_entry_id is not None:
        lines.append(f"<p{TIGHT}>{_muted(_amends(entry.amends_entry_id, by_id, tz))}</p>")
    body = _lines(entry.body)
    lines.append(f"<p{TIGHT_ABOVE}>{_muted(body) if entry.amended else body}</p>")
    return "".join(lines)


def _amends(original_id: int, by_id: dict[int, MinuteEntryRow], tz: ZoneInfo) -> str:
    original = by_id.get(original_id)
    if original is None:  # corrects a paragraph beyond this reader
        return _e(translate("Minutes", "Amends a paragraph you may not read."))
    what = translate("Minutes", "the paragraph of {author}, {when}").format(
        author=original.author_name, when=format_moment(original.written_at, tz)
    )
    link = f'<a href="#{ENTRY_ANCHOR.format(id=original.id)}">{_e(what)}</a>'
    return translate("Minutes", "Amends {paragraph}").format(paragraph=link)
