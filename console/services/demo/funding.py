"""The Cremona demo's funded project: the Region's grant of EUR 7,500 from the first demo week
for six months, its objectives, an hourly cost for every role that works outings, and a few
expenses with their invoices, so that File ▸ Funding report shows a whole report at once."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from console.models import FundingExpense, FundingProject, HourlyCost, Role
from console.services.demo.state import DemoState

# What an hour costs the grant, by role: the cooperative's contract rates; the officers' and the
# social workers' hours are the Comune's own contribution in kind, at no cost to the grant.
HOURLY_COSTS = {
    Role.EDUCATOR: Decimal("23.50"),
    Role.COORDINATOR: Decimal("27.00"),
    Role.OFFICER: Decimal("0.00"),
    Role.SOCIAL_WORKER: Decimal("0.00"),
}
PROJECT = {
    "title": "Presidio educativo congiunto: piazza Roma, piazza Marconi, via Orti Romani",
    "funder": "Regione Lombardia",
    "cup": "D19J26000150002",  # made up: the demo's, not a real project's
    "grant_amount": Decimal("7500.00"),
    "objectives": "\n".join(
        (
            "Almeno 2 uscite congiunte a settimana in ciascuna delle tre zone",
            "Agganciare le persone incontrate e accompagnarle ai servizi territoriali",
            "Ridurre le segnalazioni dei cittadini nelle zone presidiate",
        )
    ),
}
# (days after the first demo Monday, description, amount, document)
EXPENSES = (
    (3, "Stampa volantini informativi sui servizi (1.000 copie)", "180.00", "Fattura 2026/114"),
    (10, "Kit di primo soccorso e materiale di consumo", "95.40", "Scontrino 0457"),
    (16, "Formazione congiunta educatori e agenti (4 ore)", "450.00", "Fattura 2026/131"),
    (24, "Abbonamenti bus per accompagnamenti ai servizi", "62.00", "Ricevuta 88/2026"),
)


def seed_funding(demo: DemoState) -> None:
    starts_on = demo.first_monday
    demo.session.add(
        FundingProject(
            id=1,
            starts_on=starts_on,
            ends_on=starts_on + timedelta(weeks=26) - timedelta(days=1),
            **PROJECT,
        )
    )
    staffed = sorted(
        {(p.organization, p.role) for p in demo.people.values() if p.role in HOURLY_COSTS},
        key=lambda pair: (pair[0].name, pair[1].value),
    )
    demo.session.flush()  # the organizations' ids
    for organization, role in staffed:
        demo.session.add(
            HourlyCost(organization_id=organization.id, role=role, hourly_cost=HOURLY_COSTS[role])
        )
    for offset, description, amount, document in EXPENSES:
        demo.session.add(
            FundingExpense(
                spent_on=demo.day(offset),
                description=description,
                amount=Decimal(amount),
                document_ref=document,
            )
        )
