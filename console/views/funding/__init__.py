"""The funding window (File > Funding report…) for managers, coordinators and admins: the
project's settings, hourly costs, other expenses, the narrative of a period, and the report
to the funder saved as PDF or spreadsheet."""

from console.views.funding.dialog import FundingDialog

__all__ = ["FundingDialog"]
