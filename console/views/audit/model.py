"""The audit table: one row per entry, fed by the view; names of actions and entities for people."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, QTime

from console.services.access.audit import AuditRow
from console.services.access.audit_details import is_hidden
from console.views.audit.details import (
    CHANGED,
    CONTEXT,
    Names,
    field_label,
    value_text,
)
from console.views.common.rows_model import Index, RowsTableModel

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the AuditRow behind a row (any column)
NOTHING = "—"  # a value that was empty
NO_NAMES = Names(organizations={})
VALUE_MAX = 60  # characters of one value in the table; the tooltip shows all of it

# What each recorded action is called, in the "AuditActions" context; others show as stored.
ACTION_NAMES: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("AuditActions", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditActions", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditActions", "Deleted"),
    "read": QT_TRANSLATE_NOOP("AuditActions", "Read"),
    "search": QT_TRANSLATE_NOOP("AuditActions", "Searched notes"),
    "export": QT_TRANSLATE_NOOP("AuditActions", "Exported"),
    "import": QT_TRANSLATE_NOOP("AuditActions", "Imported"),
    "login_succeeded": QT_TRANSLATE_NOOP("AuditActions", "Signed in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditActions", "Sign-in failed"),
    "account_locked": QT_TRANSLATE_NOOP("AuditActions", "Account locked"),
    "unlock_failed": QT_TRANSLATE_NOOP("AuditActions", "Unlock failed"),
    "retention": QT_TRANSLATE_NOOP("AuditActions", "Retention run"),
    "erase": QT_TRANSLATE_NOOP("AuditActions", "Erased"),
}

# What each audited table is called, in the "AuditEntities" context; others show as stored.
ENTITY_NAMES: dict[str, str] = {
    "users": QT_TRANSLATE_NOOP("AuditEntities", "Accounts"),
    "persons": QT_TRANSLATE_NOOP("AuditEntities", "People"),
    "organizations": QT_TRANSLATE_NOOP("AuditEntities", "Organizations"),
    "absences": QT_TRANSLATE_NOOP("AuditEntities", "Absences"),
    "shifts": QT_TRANSLATE_NOOP("AuditEntities", "Shifts"),
    "shift_assignments": QT_TRANSLATE_NOOP("AuditEntities", "Shift assignments"),
    "zones": QT_TRANSLATE_NOOP("AuditEntities", "Zones"),
    "signals": QT_TRANSLATE_NOOP("AuditEntities", "Signals"),
    "interventions": QT_TRANSLATE_NOOP("AuditEntities", "Interventions"),
    "subjects": QT_TRANSLATE_NOOP("AuditEntities", "Subjects"),
    "consents": QT_TRANSLATE_NOOP("AuditEntities", "Consents"),
    "cases": QT_TRANSLATE_NOOP("AuditEntities", "Cases"),
    "case_notes": QT_TRANSLATE_NOOP("AuditEntities", "Case notes"),
    "referrals": QT_TRANSLATE_NOOP("AuditEntities", "Referrals"),
    "meetings": QT_TRANSLATE_NOOP("AuditEntities", "Meetings"),
    "action_items": QT_TRANSLATE_NOOP("AuditEntities", "Action items"),
    "audit_events": QT_TRANSLATE_NOOP("AuditEntities", "Audit log"),
    "agenda_items": QT_TRANSLATE_NOOP("AuditEntities", "Agenda items"),
    "decisions": QT_TRANSLATE_NOOP("AuditEntities", "Decisions"),
    "minute_entries": QT_TRANSLATE_NOOP("AuditEntities", "Minutes paragraphs"),
    "meeting_organizations": QT_TRANSLATE_NOOP("AuditEntities", "Organizations invited"),
    "meeting_participants": QT_TRANSLATE_NOOP("AuditEntities", "Meeting participants"),
    "case_interventions": QT_TRANSLATE_NOOP("AuditEntities", "Debriefs linked to cases"),
    "case_signals": QT_TRANSLATE_NOOP("AuditEntities", "Signals linked to cases"),
    "intervention_participants": QT_TRANSLATE_NOOP("AuditEntities", "Debrief participants"),
    "intervention_subjects": QT_TRANSLATE_NOOP("AuditEntities", "People met in debriefs"),
    "hourly_costs": QT_TRANSLATE_NOOP("AuditEntities", "Hourly costs"),
    "funding_expenses": QT_TRANSLATE_NOOP("AuditEntities", "Expenses"),
    "funding_narratives": QT_TRANSLATE_NOOP("AuditEntities", "Funding report narratives"),
    "funding_projects": QT_TRANSLATE_NOOP("AuditEntities", "Funded project"),
    "retention": QT_TRANSLATE_NOOP("AuditEntities", "Personal data over time"),
    "retention_rules": QT_TRANSLATE_NOOP("AuditEntities", "Retention periods"),
    "subject_amendments": QT_TRANSLATE_NOOP("AuditEntities", "Corrections of people met"),
    "demand_patterns": QT_TRANSLATE_NOOP("AuditEntities", "Demand patterns"),
    "availability_rules": QT_TRANSLATE_NOOP("AuditEntities", "Availability"),
}


def action_name(action: str) -> str:
    known = ACTION_NAMES.get(action)
    return QCoreApplication.translate("AuditActions", known) if known else action


def entity_name(entity: str | None) -> str:
    if not entity:
        return ""
    known = ENTITY_NAMES.get(entity)
    return QCoreApplication.translate("AuditEntities", known) if known else entity


def when_text(at: datetime, tz: ZoneInfo, locale: QLocale) -> str:
    """Date and time (with seconds) in ``tz``, as the locale writes them."""
    local = at.astimezone(tz)
    time_format = locale.timeFormat(QLocale.FormatType.LongFormat).replace("t", "").strip()
    day = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)
    time = locale.toString(QTime(local.hour, local.minute, local.second), time_format)
    return f"{day} {time}"


def _value(value: Any, limit: int | None) -> str:
    """A value outside the table of fields, as stored."""
    if value is None or value == "":
        text = NOTHING
    elif isinstance(value, str):
        text = value
    elif isinstance(value, list | tuple):
        text = ", ".join(_value(item, None) for item in value) or NOTHING
    elif isinstance(value, Mapping):
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    else:
        text = json.dumps(value)  # numbers and booleans as JSON writes them
    return _shortened(text, limit)


def _shortened(text: str, limit: int | None) -> str:
    text = " ".join(text.split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _shown(name: str, entity: str | None, value: Any, names: Names, limit: int | None) -> str:
    text = value_text(name, entity, value, names)
    return _value(value, limit) if text is None else _shortened(text, limit)


def detail_parts(
    action: str,
    details: Mapping[str, Any],
    limit: int | None,
    entity: str | None = None,
    names: Names = NO_NAMES,
) -> list[str]:
    """One "Field: old → new" per change (just the value for a creation or a deletion), then
    "Field: value" for whatever else the entry recorded; fields and values as the table of
    fields (details.py) says people read them."""
    parts = []
    changes = details.get("changes")

    def part(name: str, value: Any) -> str:
        return f"{field_label(name)}: {_shown(name, entity, value, names, limit)}"

    if isinstance(changes, Mapping):
        for name, pair in changes.items():
            if not isinstance(pair, list | tuple) or len(pair) != 2:
                parts.append(part(name, pair))
            elif action == "create":
                parts.append(part(name, pair[1]))
            elif action == "delete":
                parts.append(part(name, pair[0]))
            elif is_hidden(name, entity):
                changed = QCoreApplication.translate(CONTEXT, CHANGED)
                parts.append(f"{field_label(name)}: {changed}")
            else:
                old = _shown(name, entity, pair[0], names, limit)
                parts.append(
                    f"{field_label(name)}: {old} → {_shown(name, entity, pair[1], names, limit)}"
                )
    for key, value in details.items():
        if key != "changes" or not isinstance(changes, Mapping):
            parts.append(part(key, value))
    return parts


def details_text(
    action: str, details: Mapping[str, Any], entity: str | None = None, names: Names = NO_NAMES
) -> str:
    """The details on one line, each value shortened."""
    return "; ".join(detail_parts(action, details, VALUE_MAX, entity, names))


class AuditTableModel(RowsTableModel):
    """Audit entries as the view received them (newest first); times in ``time_zone``."""

    CONTEXT = "AuditTableModel"
    COL_ENTRY, COL_WHEN, COL_USER, COL_ACTION, COL_ENTITY, COL_ID, COL_DETAILS, COL_REASON = range(
        8
    )
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "No."),
        QT_TRANSLATE_NOOP("AuditTableModel", "When"),
        QT_TRANSLATE_NOOP("AuditTableModel", "User"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Entity"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Id"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Details"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Reason given"),
    )
    TOOLTIPS: ClassVar[dict[int, str]] = {
        COL_ENTRY: QT_TRANSLATE_NOOP(
            "AuditTableModel", "The entry's number in the chain (Verify chain names it)"
        ),
        COL_ID: QT_TRANSLATE_NOOP("AuditTableModel", "Which record of that kind"),
        COL_REASON: QT_TRANSLATE_NOOP(
            "AuditTableModel", "Why the reader opened people's data, as they wrote it"
        ),
    }
    TEXT_COLUMNS = frozenset({COL_WHEN, COL_USER, COL_ACTION, COL_ENTITY, COL_DETAILS, COL_REASON})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.time_zone = ZoneInfo("UTC")
        self.names = NO_NAMES  # the organizations' names, set by the view with the rows

    def _text(self, row: AuditRow, column: int) -> str:
        if column == self.COL_ENTRY:
            return str(row.id)  # a number to quote ("entry 1234"), not a quantity
        if column == self.COL_WHEN:
            return when_text(row.at, self.time_zone, QLocale())
        if column == self.COL_ACTION:
            return action_name(row.action)
        if column == self.COL_ENTITY:
            return entity_name(row.entity)
        if column == self.COL_DETAILS:
            return details_text(row.action, row.details, row.entity, self.names)
        plain = {
            self.COL_USER: row.username or NOTHING,
            self.COL_ID: row.entity_id or "",
            self.COL_REASON: row.justification or "",
        }
        return plain[column]

    def _tooltip(self, row: AuditRow, column: int) -> str | None:
        if column == self.COL_DETAILS and row.details:
            return "\n".join(detail_parts(row.action, row.details, None, row.entity, self.names))
        if column == self.COL_REASON and row.justification:
            return row.justification
        if column == self.COL_WHEN:
            return row.at.isoformat()  # the stored UTC time
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == ENTRY_ROLE:
            return row
        return None
