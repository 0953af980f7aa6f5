"""Which details of an audit entry may be shown, and the details as one readable line.

Administrators read the log, not people's data: free texts (titles, nicknames, notes, reasons)
show only that they were recorded, never what they say. :func:`is_hidden` is that rule, for the
Audit section (which labels the fields in the reader's language) and for the CSV exports (which
name them as stored).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

RECORDED = "(recorded, not shown)"
CHANGED = "changed"
NOTHING = "—"

# Fields whose values are free text about people (or secrets): only that they were recorded.
HIDDEN_FIELDS: frozenset[str] = frozenset(
    {
        "key",
        "value",
        "legal_basis",
        "title",
        "alias",
        "first_name",
        "last_name",
        "full_name",
        "email",
        "phone",
        "birth_year",
        "care_reference",
        "old_value",  # a correction of a person met: the values themselves are personal data
        "new_value",
        "description",
        "body",
        "text",
        "note",
        "notes",
        "summary",
        "outcome",
        "follow_up",
        "next_steps",
        "decline_reason",
        "status_reason",
        "difficulties",
        "results",
        "objectives",
        "activities",
        "minutes",
        "location",
        "document_ref",
        "confidentiality_text",
        "contacts_breakdown",
        "geometry",
        "details",
        "justification",
        "password_hash",
        "linked",
        "demo_data",
        "agenda_removed",
        "agenda_restored",
    }
)
# Where "reason" is a stored code (an agenda item's, a failed sign-in's); elsewhere (a
# referral's) it is free text.
CODED_REASONS = frozenset({"agenda_items", "users"})


def is_hidden(name: str, entity: str | None) -> bool:
    """Whether the values of field ``name`` of an entry about ``entity`` are never shown."""
    return name in HIDDEN_FIELDS or (name == "reason" and entity not in CODED_REASONS)


def value_line(name: str, entity: str | None, value: Any) -> str:
    """One recorded value as stored, or :data:`RECORDED` for a hidden field."""
    if value is None or value in ("", []):
        return NOTHING
    if is_hidden(name, entity):
        return RECORDED
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(value_line(name, entity, item) for item in value)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return " ".join(str(value).split())


def details_line(action: str, details: Mapping[str, Any], entity: str | None) -> str:
    """The details as the Audit section lists them, fields named as stored: "field: old → new"
    per change (the value alone for a creation or a deletion), then "field: value"."""
    parts = []
    changes = details.get("changes")
    if isinstance(changes, Mapping):
        for name, pair in changes.items():
            if not isinstance(pair, list | tuple) or len(pair) != 2:
                parts.append(f"{name}: {value_line(name, entity, pair)}")
            elif action == "create":
                parts.append(f"{name}: {value_line(name, entity, pair[1])}")
            elif action == "delete":
                parts.append(f"{name}: {value_line(name, entity, pair[0])}")
            elif is_hidden(name, entity):
                parts.append(f"{name}: {CHANGED}")
            else:
                old, new = (value_line(name, entity, v) for v in pair)
                parts.append(f"{name}: {old} → {new}")
    for key, value in details.items():
        if key != "changes" or not isinstance(changes, Mapping):
            parts.append(f"{key}: {value_line(key, entity, value)}")
    return "; ".join(parts)
