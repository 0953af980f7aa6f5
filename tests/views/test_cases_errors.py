"""The cases services' refusals as people read them: the code's text, with the values the
service gave shown as the locale writes them (labels of statuses and roles, dates)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import Engine

from console.services import bounds
from console.services.cases import casework, debriefs, people_met, referrals
from console.services.cases.casework import CaseDraft
from console.views.common.errors import error_text
from console.views.common.formatting import format_date
from tests.services.casework_world import (
    TODAY,
    C,
    E,
    S,
    World,
    at,
    make_shift,
    make_world,
    run,
)


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


def refusal_text(call: Callable[[], object]) -> str:
    with pytest.raises(Exception) as refused:  # any refusal: the text is checked
        call()
    return error_text(refused.value)


def test_a_refusal_by_more_than_the_role_says_who_may(engine: Engine, world: World) -> None:
    subject = run(engine, people_met.create_subject, world.actor(E), alias="Giacca rossa")
    text = refusal_text(
        lambda: run(engine, people_met.mark_in_care, world.actor(E), subject.id, "SST-1")
    )
    assert text == (
        "Only social workers mark a person as in care, and your role is educator. Ask a social "
        "worker to do it."
    )
    case = run(engine, casework.open_case, world.actor(E), CaseDraft("Panchine"))
    referral = run(engine, referrals.refer_case, world.actor(E), case.id, world.orgs["y"], "Aiuto")
    text = refusal_text(
        lambda: run(engine, referrals.accept_referral, world.actor(S, "x"), referral.id)
    )
    assert text.startswith("Only the organization a case is referred to answers the referral.")


def test_statuses_and_dates_are_shown_in_words(engine: Engine, world: World) -> None:
    case = run(engine, casework.open_case, world.actor(E), CaseDraft("Panchine"))
    referral = run(engine, referrals.refer_case, world.actor(E), case.id, world.orgs["y"], "Aiuto")
    social = world.actor(S, "y")
    text = refusal_text(lambda: run(engine, referrals.complete_referral, social, referral.id))
    assert text.startswith("The referral's status is “sent, waiting”, not “accepted”:")

    subject = run(engine, people_met.create_subject, world.actor(E), alias="Giacca rossa")
    consent = run(
        engine, people_met.record_consent, world.actor(E), subject.id, world.orgs["x"], TODAY
    )
    withdraw = people_met.withdraw_consent
    run(engine, withdraw, world.actor(E), consent.id, TODAY + timedelta(days=1))
    text = refusal_text(lambda: run(engine, withdraw, world.actor(E), consent.id, TODAY))
    assert f"withdrawn on {format_date(TODAY + timedelta(days=1))}." in text


def test_stale_and_missing_records_are_named_in_words(engine: Engine, world: World) -> None:
    case = run(engine, casework.open_case, world.actor(E), CaseDraft("Panchine"))
    run(engine, casework.update_case, world.actor(E), case.id, 1, title="Panchine, lato museo")
    text = refusal_text(lambda: run(engine, casework.update_case, world.actor(C), case.id, 1))
    assert text.startswith("Someone else changed this case in the meantime.")
    text = refusal_text(lambda: run(engine, casework.case_detail, world.actor(C), 999))
    assert "case" in text and "999" in text


def test_a_shift_with_its_debrief_says_so(engine: Engine, world: World) -> None:
    educator = world.actor(E)
    start = at("2026-11-24", 18)
    shift_id = make_shift(
        engine, world.zones["roma"], start, start + timedelta(hours=4), (educator.person_id,)
    )
    draft = run(engine, debriefs.draft_for_shift, educator, shift_id)
    run(engine, debriefs.record_debrief, educator, replace(draft, types=("presence",)))
    text = refusal_text(lambda: run(engine, debriefs.draft_for_shift, world.actor(C), shift_id))
    assert text == (
        "This shift already has a debrief: someone recorded it already. Open that debrief to "
        "change it."
    )


def test_hostile_input_is_explained_with_the_field_named(engine: Engine, world: World) -> None:
    case = run(engine, casework.open_case, world.actor(E), CaseDraft("Panchine"))
    text = refusal_text(lambda: run(engine, casework.add_note, world.actor(E), case.id, "a\x00b"))
    assert text.startswith("The text in “note” contains a control character (U+0000)")
    text = refusal_text(
        lambda: run(engine, casework.open_case, world.actor(E), CaseDraft("x" * 201))
    )
    assert "200" in text
    far = CaseDraft("Panchine", next_review_on=TODAY.replace(year=9999))
    text = refusal_text(lambda: run(engine, casework.open_case, world.actor(E), far))
    assert text.startswith("The date 9999-")
    assert format_date(bounds.FIRST_DAY) in text and format_date(bounds.LAST_DAY) in text
