"""Who reads what of a meeting: decisions, actions and paragraphs of the minutes are written for
an audience as case notes are, and the same table (:data:`access.NOTE_AUDIENCES`) decides.

Three readers: a person (:func:`may_read`: the note rule, plus managers reading what is shared
with all partners), the room of a meeting under way (:func:`room_may_read`: every organization
present must be in the audience), and a version of the minutes (:func:`within`: what the
minutes for one audience hold). A text beyond its reader comes back restricted: no text, the
agency it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass

from console.models import OrganizationKind, Visibility
from console.services import access
from console.services.access import Action, Actor


@dataclass(frozen=True)
class Room:
    """The organizations of the people attending a meeting (sorted by id)."""

    organization_ids: tuple[int, ...]
    organization_names: tuple[str, ...]
    kinds: tuple[OrganizationKind, ...]


def may_read(
    actor: Actor, audience: Visibility, organization_id: int | None, author_user_id: int | None
) -> bool:
    """True when ``actor`` reads a text written for ``audience`` in ``organization_id``.

    The note rule (:func:`access.may_read_note`: partners by audience, authors their own), and a
    reader of meetings who is no partner (a manager) reads the shared texts only.
    """
    if access.may_read_note(actor, audience, organization_id or 0, author_user_id):
        return True
    return audience is Visibility.SHARED and access.can(actor, Action.VIEW_MEETINGS)


def belongs_to(actor: Actor, audience: Visibility, organization_id: int | None) -> bool:
    """True when ``actor`` is in the audience as a reader, not only as its author: who writes
    for an audience must belong to it (a coordinator does not write for social services)."""
    return access.may_read_note(actor, audience, organization_id or 0, None)


def room_may_read(room: Room, audience: Visibility, organization_id: int | None) -> bool:
    """True when every organization present may read a text of ``audience``: shared texts
    always, an organization's texts when only that organization is present, the social
    services' texts when only social services are present (a representative reader of each)."""
    if audience is Visibility.SHARED:
        return True
    if not room.organization_ids:
        return False
    if audience is Visibility.ORGANIZATION:
        return set(room.organization_ids) == {organization_id}
    return all(kind is OrganizationKind.SOCIAL_SERVICES for kind in room.kinds)


def within(
    document: Visibility,
    document_organization_id: int | None,
    audience: Visibility,
    organization_id: int | None,
) -> bool:
    """True when a text of ``audience`` (written in ``organization_id``) belongs in the minutes
    for ``document``: shared minutes hold the shared texts; an organization's minutes add that
    organization's texts; the social services' minutes add the social services' texts."""
    if audience is Visibility.SHARED:
        return True
    if audience is not document:
        return False
    if audience is Visibility.ORGANIZATION:
        return organization_id is not None and organization_id == document_organization_id
    return True


def may_read_minutes(actor: Actor, document: Visibility, organization_id: int | None) -> bool:
    """Who may have the minutes for ``document``: the command line any version (it prints them
    for distribution); readers of meetings the shared version; an organization's version its
    own partners; the social services' version social workers."""
    if actor == access.COMMAND_LINE:
        return True
    if not access.can(actor, Action.VIEW_MEETINGS):
        return False
    if document is Visibility.SHARED:
        return True
    return belongs_to(actor, document, organization_id)
