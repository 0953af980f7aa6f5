"""Demo data: the deterministic Cremona demo (invented people, zones, shifts, cases, a meeting),
seeded into a new, empty database. Imported only when the demo is asked for.
"""

from __future__ import annotations

from console.services.demo.people import DEMO_ACCOUNTS, DEMO_PASSWORD, DemoAccount
from console.services.demo.seed import (
    SEED,
    DemoRefused,
    DemoSummary,
    seed_demo,
)

__all__ = [
    "DEMO_ACCOUNTS",
    "DEMO_PASSWORD",
    "SEED",
    "DemoAccount",
    "DemoRefused",
    "DemoSummary",
    "seed_demo",
]
