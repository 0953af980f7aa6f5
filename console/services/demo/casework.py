"""The Cremona demo's cases: subjects, consents, linked debriefs and signals, notes, referrals."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from sqlalchemy import insert

from console.models import (
    Case,
    CaseNote,
    Consent,
    InterventionSubject,
    Referral,
    Subject,
    User,
    Zone,
    case_interventions,
    case_signals,
)
from console.services.demo import case_texts as texts
from console.services.demo.state import DemoState


def seed_cases(demo: DemoState) -> None:
    """The cases of ``texts.CASES`` with their subjects, links, notes and referrals.

    Runs after the debriefs and signals: it links some of them to each case.
    """
    demo.session.flush()
    educator = demo.users["educatore"]
    for spec in texts.CASES:
        owner = demo.people[spec.owner]
        opened = demo.at(spec.opened_day, 10)
        zone = demo.zones[spec.zone]
        subject = _subject(demo, spec, zone, educator) if spec.subject else None
        case = Case(
            title=spec.title,
            subject=subject,
            zone_id=zone.id,
            status=spec.status,
            priority=spec.priority,
            owner_id=owner.id,
            organization_id=owner.organization.id,
            next_review_on=demo.today + timedelta(days=spec.review_in_days),
            opened_at=opened,
        )
        demo.cases[spec.key] = case
        demo.session.add(case)
        demo.session.flush()
        _link(demo, case, zone, texts.CASE_LINKS[spec.key])
    _notes(demo)
    for key, (status, sent, answered, reason) in texts.REFERRALS.items():
        demo.session.add(
            Referral(
                case_id=demo.cases[key].id,
                from_organization_id=demo.orgs["coop"].id,
                to_organization_id=demo.orgs["sst"].id,
                status=status,
                reason=reason,
                sent_by_id=educator.id,
                sent_at=demo.at(sent, 11),
                answered_at=demo.at(answered, 16) if answered is not None else None,
            )
        )


def _subject(demo: DemoState, spec: texts.CaseSpec, zone: Zone, educator: User) -> Subject:
    about = spec.subject
    assert about is not None
    year = demo.day(spec.opened_day).year
    subject = Subject(
        identification=about.identification,
        alias=about.alias,
        description=about.description,
        usual_zone_id=zone.id,
        full_name=about.full_name,
        birth_year=about.birth_year,
        in_care=about.care_reference is not None,
        care_reference=about.care_reference.format(year=year) if about.care_reference else None,
        created_by_id=educator.id,
        created_at=demo.at(spec.opened_day, 9),
    )
    if about.consent_to is not None:  # a named person: consent for the one recipient
        given = demo.day(spec.opened_day)
        subject.consents = [
            Consent(
                recipient_organization_id=demo.orgs[about.consent_to].id,
                given_on=given,
                expires_on=given + timedelta(days=365),
                recorded_by_id=educator.id,
                recorded_at=demo.at(spec.opened_day, 9, 30),
            )
        ]
    return subject


def _link(demo: DemoState, case: Case, zone: Zone, links: tuple[int, int]) -> None:
    """Tie some of the zone's later debriefs (with the subject met) and signals to the case."""
    rng, opened, (debriefs, signals) = demo.rng, case.opened_at, links
    outings = [i for i in demo.interventions if i.zone is zone and i.started_at >= opened]
    chosen = rng.sample(outings, min(debriefs, len(outings)))
    reports = [s for s in demo.signals if s.zone is zone and s.occurred_at >= opened]
    flagged = rng.sample(reports, min(signals, len(reports)))
    if chosen:
        rows = [{"case_id": case.id, "intervention_id": i.id} for i in chosen]
        demo.session.execute(insert(case_interventions), rows)
    if flagged:
        rows = [{"case_id": case.id, "signal_id": s.id} for s in flagged]
        demo.session.execute(insert(case_signals), rows)
    if case.subject is not None:
        demo.session.add_all(
            InterventionSubject(intervention_id=i.id, subject_id=case.subject.id) for i in chosen
        )


def _notes(demo: DemoState) -> None:
    by_case: dict[str, list[CaseNote]] = defaultdict(list)
    for spec in texts.NOTES:
        author = demo.users[spec.author]
        assert author.person is not None
        note = CaseNote(
            case=demo.cases[spec.case],
            author_id=author.id,
            organization_id=author.person.organization.id,
            written_at=demo.at(spec.day, spec.hour),
            visibility=spec.visibility,
            body=spec.body,
        )
        if spec.amends is not None:  # an amendment is a new note pointing at the old one
            note.amends_note_id = by_case[spec.case][spec.amends].id
        by_case[spec.case].append(note)
        demo.notes.append(note)
        demo.session.add(note)
        demo.session.flush()
