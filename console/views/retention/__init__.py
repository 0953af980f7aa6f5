"""The Personal data section (administrators): how long each kind is kept, what expired, and
the run that anonymises it."""

from console.views.retention.view import RetentionView

__all__ = ["RetentionView"]
