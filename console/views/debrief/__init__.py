"""The debrief of an outing: the dialog (``dialog``) and how it is opened from the calendar or
the cases (``flow.open_debrief``)."""
