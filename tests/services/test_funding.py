"""The funding services: settings, costs, expenses and narrative with version checks and audit,
every refusal, the permissions of every role, and the report's money computed exactly."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine, select

from console import db
from console.models import AuditEvent, FundingExpense, Role
from console.services import funding
from console.services.access import PermissionDenied
from console.services.errors import Refusal
from console.services.reporting.periods import Period
from console.services.reporting.summary import activity_summary
from tests.factories import ROME
from tests.services.funding_world import (
    CUP,
    EDUCATOR_RATE,
    END,
    GRANT,
    OFFICER_RATE,
    START,
    World,
    build,
)


@pytest.fixture
def world(engine: Engine) -> World:
    return build(engine)


def report(world: World, start: date = START, end: date = END) -> funding.FundingReport:
    with db.session_scope(world.engine) as s:
        return funding.funding_report(s, world.actors[Role.MANAGER], start, end, tz=ROME)


def test_hours_by_organization_and_role_times_cost_exactly(world: World) -> None:
    found = report(world)
    lines = {(line.organization_id, line.role): line for line in found.hours}
    educators = lines[(world.coop_id, Role.EDUCATOR)]
    officers = lines[(world.police_id, Role.OFFICER)]
    # Educators: 140 min x 2 + 155 + 20 = 455 min = 7.5833 h -> 7.58 h
    assert educators.hours == Decimal("7.58")
    assert educators.hourly_cost == EDUCATOR_RATE
    assert educators.cost == Decimal("139.24")  # 7.58 x 18.37 = 139.2446
    # Officers: 140 + 155 + 80 (from 23:30 on March 31) = 375 min = 6.25 h
    assert officers.hours == Decimal("6.25")
    assert officers.cost == Decimal("146.56")  # 6.25 x 23.45 = 146.5625, half up
    assert found.hours_total == Decimal("13.83")
    assert found.staff_cost == Decimal("285.80")
    assert [e.amount for e in found.expenses] == [
        Decimal("0.10"),
        Decimal("0.20"),
        Decimal("120.50"),
    ]
    assert found.expenses_total == Decimal("120.80")  # 0.1 + 0.2 is not 0.30000000000000004
    assert found.total == Decimal("406.60")
    assert found.remaining == GRANT - Decimal("406.60")
    assert found.share_used == Decimal("0.0542")  # 406.60 / 7500 = 0.054213
    for value in (found.total, found.staff_cost, found.expenses_total, found.share_used):
        assert isinstance(value, Decimal)


def test_the_hours_agree_with_the_activity_summary(world: World) -> None:
    with db.session_scope(world.engine) as s:
        summary = activity_summary(s, world.actors[Role.MANAGER], Period(START, END), tz=ROME)
    found = report(world)
    by_org: dict[str, Decimal] = {}
    for line in found.hours:
        by_org[line.organization_name] = by_org.get(line.organization_name, 0) + line.hours
    for name, hours in summary.figures.hours_by_organization.items():
        assert abs(by_org[name] - Decimal(repr(hours))) < Decimal("0.01"), name
    outings = {i.key: i for i in found.indicators}[funding.IndicatorKey.OUTINGS]
    assert outings.value == summary.figures.outings == 4


def test_indicators_suppress_small_counts_and_compare_with_the_period_before(
    world: World,
) -> None:
    found = report(world)
    indicators = {i.key: i for i in found.indicators}
    assert indicators[funding.IndicatorKey.CONTACTS].value == 28  # 4 outings x 7
    assert indicators[funding.IndicatorKey.OUTING_HOURS].value == Decimal("6.6")
    assert found.has_previous and found.previous_start == date(2026, 1, 29)
    assert indicators[funding.IndicatorKey.OUTINGS].previous == 1  # January 29
    contacts = indicators[funding.IndicatorKey.CONTACTS]
    assert contacts.previous is None and contacts.previous_suppressed  # 3 contacts: "<5"
    assert not contacts.suppressed
    people = indicators[funding.IndicatorKey.PEOPLE_MET]
    assert people.value == 0 and not people.suppressed  # zero identifies nobody


def test_a_line_without_cost_is_reported_and_flagged(world: World) -> None:
    with db.session_scope(world.engine) as s:
        manager = world.actors[Role.MANAGER]
        (educator_cost,) = [c for c in funding.hourly_costs(s, manager) if c.role is Role.EDUCATOR]
        funding.remove_hourly_cost(s, manager, educator_cost.id, educator_cost.version_id)
    found = report(world)
    (missing,) = found.missing_costs
    assert missing.role is Role.EDUCATOR and missing.hours == Decimal("7.58")
    assert missing.cost == Decimal("0.00") and found.staff_cost == Decimal("146.56")


def test_settings_round_trip_and_cup_normalised(world: World) -> None:
    manager = world.actors[Role.MANAGER]
    with db.session_scope(world.engine) as s:
        settings = funding.project_settings(s, manager)
        assert settings.cup == CUP and settings.grant_amount == GRANT
        assert settings.objectives == ("Ridurre la marginalità", "Aumentare la coesione sociale")
        changed = funding.update_project(
            s, manager, replace(settings, cup=" d11h 2400 0120 006 ", grant_amount=Decimal("9000"))
        )
    assert changed.cup == CUP and changed.grant_amount == Decimal("9000.00")
    assert changed.version_id == settings.version_id + 1
    with db.session_scope(world.engine) as s:
        assert funding.project_settings(s, manager) == changed


def test_every_write_is_audited(world: World) -> None:
    manager = world.actors[Role.MANAGER]
    with db.session_scope(world.engine) as s:
        narrative = funding.read_narrative(s, manager, START, END)
        assert narrative.version_id == 0
        saved = funding.save_narrative(s, manager, replace(narrative, activities="Uscite serali"))
        funding.save_narrative(s, manager, replace(saved, results="Più contatti"))
        expense = funding.list_expenses(s, manager)[0]
        funding.update_expense(
            s,
            manager,
            expense.id,
            expense.version_id,
            funding.ExpenseDraft(expense.spent_on, "Fotocopie A4", Decimal("0.15"), "S1"),
        )
        funding.remove_expense(s, manager, expense.id, expense.version_id + 1)
    with db.session_scope(world.engine) as s:
        events = list(s.execute(select(AuditEvent.entity, AuditEvent.action)))
        assert ("funding_projects", "create") in events
        assert ("hourly_costs", "create") in events
        assert ("funding_narratives", "create") in events
        assert ("funding_narratives", "update") in events
        assert ("funding_expenses", "update") in events
        assert ("funding_expenses", "delete") in events
        assert s.get(FundingExpense, expense.id) is None
    found = report(world)
    assert found.narrative.activities == "Uscite serali"
    assert found.narrative.results == "Più contatti"


def _refusal(world: World, call: object) -> Refusal:
    with pytest.raises(Refusal) as refused, db.session_scope(world.engine) as s:
        call(s, world.actors[Role.MANAGER])  # type: ignore[operator]
    return refused.value


def _settings(world: World, **changes: object) -> funding.ProjectSettings:
    with db.session_scope(world.engine) as s:
        current = funding.project_settings(s, world.actors[Role.MANAGER])
    return replace(current, **changes)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"title": "  "}, "funding_title_required"),
        ({"title": "x" * 301}, "text_too_long"),
        ({"cup": "D11H2400012000"}, "funding_cup_invalid"),  # 14
        ({"cup": "D11H24000120006X"}, "funding_cup_invalid"),  # 16
        ({"cup": "D11H-4000120006"}, "funding_cup_invalid"),
        ({"grant_amount": Decimal("-1")}, "funding_amount_invalid"),
        ({"grant_amount": Decimal("10.005")}, "funding_amount_invalid"),
        ({"grant_amount": Decimal("1E10")}, "funding_amount_invalid"),
        ({"grant_amount": Decimal("NaN")}, "funding_amount_invalid"),
        ({"starts_on": date(2026, 5, 1), "ends_on": date(2026, 4, 30)}, "funding_dates_reversed"),
        ({"version_id": 0}, "funding_project_changed"),
    ],
)
def test_project_refusals(world: World, changes: dict[str, object], code: str) -> None:
    settings = _settings(world, **changes)
    refusal = _refusal(world, lambda s, a: funding.update_project(s, a, settings))
    assert refusal.code == code


def test_money_is_never_a_float(world: World) -> None:
    settings = _settings(world, grant_amount=7500.0)
    with pytest.raises(TypeError), db.session_scope(world.engine) as s:
        funding.update_project(s, world.actors[Role.MANAGER], settings)


def test_cost_refusals(world: World) -> None:
    assert (
        _refusal(world, lambda s, a: funding.set_hourly_cost(s, a, 999, Role.EDUCATOR, 20)).code
        == "funding_organization_not_found"
    )
    refusal = _refusal(
        world,
        lambda s, a: funding.set_hourly_cost(s, a, world.coop_id, Role.EDUCATOR, Decimal("19")),
    )
    assert refusal.code == "funding_cost_changed"  # a cost is set already: read it first
    assert refusal.params["role"] is Role.EDUCATOR
    assert (
        _refusal(
            world, lambda s, a: funding.set_hourly_cost(s, a, world.coop_id, Role.OFFICER, -5)
        ).code
        == "funding_amount_invalid"
    )
    assert (
        _refusal(world, lambda s, a: funding.remove_hourly_cost(s, a, 999, 1)).code
        == "funding_cost_not_found"
    )
    with db.session_scope(world.engine) as s:
        (cost,) = [
            c for c in funding.hourly_costs(s, world.actors[Role.ADMIN]) if c.role is Role.OFFICER
        ]
        assert cost.hourly_cost == OFFICER_RATE
    assert (
        _refusal(world, lambda s, a: funding.remove_hourly_cost(s, a, cost.id, 7)).code
        == "funding_cost_changed"
    )
    with db.session_scope(world.engine) as s:
        updated = funding.set_hourly_cost(
            s,
            world.actors[Role.COORDINATOR],
            world.police_id,
            Role.OFFICER,
            Decimal("24"),
            expected_version=cost.version_id,
        )
    assert updated.hourly_cost == Decimal("24.00") and updated.version_id == cost.version_id + 1


def test_expense_refusals(world: World) -> None:
    good = funding.ExpenseDraft(date(2026, 3, 5), "Cancelleria", Decimal("12.00"), "F1")
    for draft, code in (
        (replace(good, description=" "), "funding_description_required"),
        (replace(good, amount=Decimal("0")), "funding_amount_invalid"),
        (replace(good, amount=Decimal("1.234")), "funding_amount_invalid"),
        (replace(good, document_ref="x" * 201), "text_too_long"),
    ):
        assert _refusal(world, lambda s, a, d=draft: funding.add_expense(s, a, d)).code == code
    assert (
        _refusal(world, lambda s, a: funding.update_expense(s, a, 999, 1, good)).code
        == "funding_expense_not_found"
    )
    with db.session_scope(world.engine) as s:
        first = funding.list_expenses(s, world.actors[Role.MANAGER], START, END)[0]
    stale = _refusal(
        world, lambda s, a: funding.remove_expense(s, a, first.id, first.version_id + 1)
    )
    assert stale.code == "funding_expense_changed" and stale.params["id"] == first.id


def test_narrative_and_period_refusals(world: World) -> None:
    assert (
        _refusal(world, lambda s, a: funding.funding_report(s, a, END, START)).code
        == "funding_period_reversed"
    )
    assert (
        _refusal(world, lambda s, a: funding.read_narrative(s, a, END, START)).code
        == "funding_period_reversed"
    )
    empty = funding.Narrative(START, END)
    with db.session_scope(world.engine) as s:
        funding.save_narrative(s, world.actors[Role.COORDINATOR], replace(empty, activities="A"))
    assert (
        _refusal(world, lambda s, a: funding.save_narrative(s, a, replace(empty, results="B"))).code
        == "funding_narrative_changed"
    )
    too_long = replace(empty, version_id=1, difficulties="x" * 20_001)
    assert (
        _refusal(world, lambda s, a: funding.save_narrative(s, a, too_long)).code == "text_too_long"
    )


ALLOWED = {Role.MANAGER, Role.COORDINATOR, Role.ADMIN}


@pytest.mark.parametrize("role", list(Role))
def test_every_funding_function_by_role(world: World, role: Role) -> None:
    """Managers, coordinators and admins may do everything here; the field roles nothing."""
    calls = [
        funding.project_settings,
        lambda s, a: funding.update_project(
            s, a, funding.project_settings(s, world.actors[Role.ADMIN])
        ),
        funding.hourly_costs,
        funding.organization_roles,
        lambda s, a: funding.set_hourly_cost(s, a, world.coop_id, Role.COORDINATOR, 30),
        funding.list_expenses,
        lambda s, a: funding.add_expense(
            s, a, funding.ExpenseDraft(START, "Biglietti bus", Decimal("3.50"))
        ),
        lambda s, a: funding.read_narrative(s, a, START, END),
        lambda s, a: funding.save_narrative(s, a, funding.Narrative(START, END, "Uscite")),
        lambda s, a: funding.funding_report(s, a, START, END),
    ]
    for call in calls:
        with db.session_scope(world.engine) as s:
            if role in ALLOWED:
                call(s, world.actors[role])
                s.rollback()
            else:
                with pytest.raises(PermissionDenied):
                    call(s, world.actors[role])


def test_the_demo_has_a_whole_funding_report(tmp_path) -> None:
    """A new user opens File ▸ Funding report on the demo and sees the grant, costed hours and
    expenses, with no role missing a cost."""
    from console.services import access, demo

    manager = access.Actor(None, None, None, Role.MANAGER, "manager")
    today = date(2026, 12, 5)
    engine = db.open_database(db.sqlite_url(tmp_path / "demo.db")).engine
    try:
        with db.session_scope(engine) as session:
            demo.seed_demo(session, today=today)
        with db.session_scope(engine) as session:
            settings = funding.project_settings(session, manager)
            period = Period.month_of(date(2026, 11, 1))
            found = funding.funding_report(session, manager, period.start, period.end, tz=ROME)
    finally:
        engine.dispose()
    assert settings.funder == "Regione Lombardia" and settings.grant_amount == Decimal("7500.00")
    assert settings.starts_on == date(2026, 11, 2)  # the first demo week's Monday
    assert len(settings.objectives) == 3
    assert found.hours and all(line.hourly_cost is not None for line in found.hours)
    assert found.staff_cost > 0 and len(found.expenses) >= 3
