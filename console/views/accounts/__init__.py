"""The Accounts section: login accounts managed in the window, for administrators."""

from console.views.accounts.view import AccountsView

__all__ = ["AccountsView"]
