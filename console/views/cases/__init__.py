"""The Cases section: cases, their notes for an audience, people met, referrals, search."""

from console.views.cases.section import CasesView

__all__ = ["CasesView"]
