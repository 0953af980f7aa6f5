"""The Meetings section: meetings, agenda, meeting mode, decisions, actions and minutes."""

from console.views.meetings.section import MeetingsView

__all__ = ["MeetingsView"]
