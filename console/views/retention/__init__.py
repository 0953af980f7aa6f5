"""The Personal data section (administrators): how long each kind is kept, what expired, and
the run that anonymises it; and the requests from a person (their data, a correction, erasure)."""

from console.views.retention.view import RetentionView

__all__ = ["RetentionView"]
