"""The demo's sign-in: its accounts' usernames and their one password, a tiny pure module so the
sign-in dialog can show them before the demo package (and the models) have loaded. The accounts
themselves are made by ``console.services.demo.people`` (``DEMO_ACCOUNTS``, in this order)."""

from __future__ import annotations

DEMO_PASSWORD = "demo-cremona-2026"
# One account per role, in the order of demo.people.DEMO_ACCOUNTS; the coordinator's is filled
# in on the sign-in dialog (the demo's first use is planning the week).
DEMO_USERNAMES = ("admin", "coordinatore", "educatore", "agente", "assistente", "dirigente")
DEMO_FIRST_USERNAME = "coordinatore"
