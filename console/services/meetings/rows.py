"""What the meetings services return (frozen rows, never ORM objects) and what the views hand
them (drafts and filters). :mod:`build` makes the rows for one reader."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from console.models import (
    ActionStatus,
    AgendaKind,
    AgendaSource,
    EffectKind,
    MeetingStatus,
    Role,
    Visibility,
)

# -- rows ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Participant:
    person_id: int
    name: str
    role: Role
    organization_id: int
    organization_name: str
    attended: bool
    acknowledged_at: datetime | None


@dataclass(frozen=True)
class MeetingRow:
    id: int
    title: str
    held_at: datetime  # aware UTC
    location: str
    status: MeetingStatus
    version_id: int
    organization_ids: tuple[int, ...]  # invited
    organization_names: tuple[str, ...]
    participants: tuple[Participant, ...]  # invited or attending, by name
    open_actions: int  # of this meeting
    approved_at: datetime | None


@dataclass(frozen=True)
class AgendaItemRow:
    id: int
    meeting_id: int
    position: int
    kind: AgendaKind
    source: AgendaSource
    reason: str  # why it was proposed (a code the views translate); "" for a free item
    title: str  # "" for a case item read by someone who does not see cases (a manager)
    zone_id: int | None
    zone_name: str
    case_id: int | None
    referral_id: int | None
    action_item_id: int | None
    week_monday: date | None
    notes: str  # the preparers' notes; "" for a reader who does not see cases
    version_id: int


@dataclass(frozen=True)
class DecisionRow:
    id: int
    meeting_id: int
    agenda_item_id: int | None
    text: str | None  # None when restricted
    restricted: bool  # beyond the reader's audience: "Restricted" and the agency
    audience: Visibility
    organization_name: str
    effect_kind: EffectKind | None
    effect_id: int | None
    created_at: datetime | None
    version_id: int


@dataclass(frozen=True)
class ActionRow:
    id: int
    meeting_id: int
    meeting_title: str
    meeting_held_at: datetime
    agenda_item_id: int | None
    decision_id: int | None
    case_id: int | None
    text: str | None  # None when restricted
    restricted: bool
    audience: Visibility
    owner_id: int | None
    owner_name: str
    organization_id: int | None  # the agency that owns the action
    organization_name: str
    due_on: date | None
    status: ActionStatus
    status_reason: str  # "" when restricted
    done_at: datetime | None  # when it left "open"
    overdue: bool  # open and due before today
    version_id: int


@dataclass(frozen=True)
class MinuteEntryRow:
    id: int
    meeting_id: int
    agenda_item_id: int | None
    body: str | None  # None when restricted
    restricted: bool
    audience: Visibility
    organization_name: str
    author_name: str
    written_at: datetime
    amends_entry_id: int | None
    amended: bool  # a later entry the reader may read amends this one


@dataclass(frozen=True)
class MeetingDetail:
    meeting: MeetingRow
    agenda: tuple[AgendaItemRow, ...]
    decisions: tuple[DecisionRow, ...]
    actions: tuple[ActionRow, ...]
    minutes: tuple[MinuteEntryRow, ...]


# -- what the views hand in ------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingDraft:
    title: str
    held_at: datetime  # aware
    location: str = ""
    organization_ids: tuple[int, ...] = ()
    person_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ActionDraft:
    text: str
    owner_id: int | None
    organization_id: int | None  # None: the owner's organization
    due_on: date | None
    audience: Visibility = Visibility.SHARED
    agenda_item_id: int | None = None
    decision_id: int | None = None
    case_id: int | None = None


@dataclass(frozen=True)
class ActionFilter:
    owner_id: int | None = None
    organization_id: int | None = None
    statuses: frozenset[ActionStatus] = frozenset()  # empty: every status
    due_by: date | None = None  # due on or before
    mine: bool = False  # owned by the reader's person
    meeting_id: int | None = None
