"""The Calendar section: plan a week of joint shifts."""

from console.views.calendar.section import CalendarView

__all__ = ["CalendarView"]
