"""The Audit section: the tamper-evident log, for administrators."""

from console.views.audit.view import AuditView

__all__ = ["AuditView"]
