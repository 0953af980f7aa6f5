"""The minutes PDF of each audience, read back: what each version holds and never holds, no
name of a person met, every name in the embedded font, page numbers, Italian and English.

The meeting is built through the meetings services, as the window builds one: prepared, an
agenda, attendance, started, paragraphs, decisions and actions for each audience, an amendment,
approved, and amended once more.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine

from console import db, texts
from console.models import (
    ActionStatus,
    AgendaKind,
    Case,
    Identification,
    Organization,
    Person,
    Role,
    Subject,
    Visibility,
)
from console.reports import fonts
from console.reports.minutes import audience_words, minutes_pdf, render_minutes
from console.services import access
from console.services.access import PermissionDenied
from console.services.meetings import (
    actions,
    agenda,
    attendance,
    decisions,
    document,
    meetings,
    minutes,
    printout,
)
from console.services.meetings.common import MeetingError
from console.services.meetings.rows import ActionDraft, MeetingDraft
from tests.factories import ROME
from tests.services.casework_world import run
from tests.services.meetings_world import STATEMENT, World, make_world

SHARED, ORG, SOCIAL = Visibility.SHARED, Visibility.ORGANIZATION, Visibility.SOCIAL_SERVICES
C, E, P, S = Role.COORDINATOR, Role.EDUCATOR, Role.OFFICER, Role.SOCIAL_WORKER  # P: police
NOW = datetime(2026, 11, 26, 9, tzinfo=UTC)
# People whose names need more than Latin-1.
STEFAN = ("Ştefan", "Căpraru-Łukasiewicz")
NICOLO = ("Nicolò", "Ferrari")
ZOE = ("Zoë", "Brontë")
ABSENT = ("Ugo", "Assente")
PERSON_MET = "Dragomir Vântuleasa"  # the full name of the person of the case on the agenda
NICKNAME = "il ragazzo col cappello"
SOCIAL_ORG_NAME = "Servizio Sociale Territoriale"
# Each text carries one word; the versions must hold exactly the words of their audience.
WORDS = {
    (SHARED, "coop"): ["condivisoalfa", "decisioneomega", "azionezeta", "rettificakappa"],
    (ORG, "coop"): ["cooperativabeta", "decisionecoop", "azionecoop"],
    (ORG, "pl"): ["poliziagamma", "decisionepl", "azionepl"],
    (SOCIAL, "sst"): ["socialedelta", "rettificasociale"],
}


@dataclass(frozen=True)
class Minutes:
    engine: Engine
    path: Path  # the database file
    world: World
    meeting: int
    planned: int  # a meeting still to come
    org_names: dict[str, str]


def _person(engine: Engine, names: tuple[str, str], org_id: int, role: Role = E) -> int:
    with db.session_scope(engine) as s:
        person = Person(first_name=names[0], last_name=names[1], role=role, organization_id=org_id)
        s.add(person)
        s.flush()
        return person.id


def build_minutes(engine: Engine, path: Path) -> Minutes:
    """A held and approved meeting with a text of every audience, and a planned one."""
    world = make_world(engine)
    orgs = world.orgs
    with db.session_scope(engine) as s:
        s.get_one(Organization, orgs["sst"]).name = SOCIAL_ORG_NAME
        s.get_one(Organization, orgs["pl"]).name = "Polizia Locale di Cremona"
        subject = Subject(identification=Identification.NAMED, alias=NICKNAME, full_name=PERSON_MET)
        s.add(subject)
        s.flush()
        s.get_one(Case, world.case_id).subject_id = subject.id
        org_names = {key: s.get_one(Organization, i).name for key, i in orgs.items()}
    stefan = _person(engine, STEFAN, orgs["pl"], P)
    nicolo = _person(engine, NICOLO, orgs["coop"])
    zoe = _person(engine, ZOE, orgs["sst"], S)
    absent = _person(engine, ABSENT, orgs["comune"], Role.MANAGER)
    coordinator, pl_coordinator = world.actor(C), world.actor(C, "pl")
    officer, social_worker = world.actor(P, "pl"), world.actor(S, "sst")
    draft = MeetingDraft(
        title="Tavolo di coordinamento — novembre",
        held_at=datetime(2026, 11, 25, 10, tzinfo=ROME),
        location="Sala della Consulta, Palazzo Comunale",
        organization_ids=tuple(orgs.values()),
        person_ids=(stefan, nicolo, zoe, absent),
    )
    meeting = run(engine, meetings.create_meeting, coordinator, draft).id
    case_item = run(
        engine, agenda.add_agenda_item, coordinator, meeting, "Panchine di piazza Marconi",
        AgendaKind.CASE, case_id=world.case_id,
    ).id  # fmt: skip
    zone_item = run(
        engine, agenda.add_agenda_item, coordinator, meeting, "Piazza Roma la sera",
        AgendaKind.ZONE, zone_id=world.zones["roma"],
    ).id  # fmt: skip
    run(engine, agenda.add_agenda_item, coordinator, meeting, "Calendario delle feste")
    present = [
        world.person(C), world.person(C, "pl"), world.person(P, "pl"), world.person(S, "sst"),
        stefan, nicolo, zoe,
    ]  # fmt: skip
    for person_id in present:
        run(engine, attendance.record_attendance, coordinator, meeting, person_id, True, True)
    run(engine, attendance.start_meeting, coordinator, meeting, STATEMENT)

    def entry(actor: access.Actor, item: int | None, text: str, audience: Visibility) -> int:
        return run(engine, minutes.add_minute_entry, actor, meeting, item, text, audience).id

    shared = entry(coordinator, case_item, "Si discute condivisoalfa alle panchine.", SHARED)
    entry(coordinator, case_item, "Nota interna cooperativabeta.", ORG)
    entry(officer, case_item, "Nota interna poliziagamma.", ORG)
    social = entry(social_worker, case_item, "Presa in carico socialedelta.", SOCIAL)
    # An officer who never saw the name types it: the minutes blank it out.
    entry(officer, zone_item, f"Incontrato {PERSON_MET} vicino alla fontana.", SHARED)
    run(engine, minutes.amend_minute_entry, coordinator, shared, "Correzione rettificakappa.")

    def decide(actor: access.Actor, text: str, audience: Visibility) -> None:
        run(engine, decisions.record_decision, actor, meeting, case_item, text, audience)

    decide(coordinator, "Turno congiunto decisioneomega.", SHARED)
    decide(coordinator, "Colloquio decisionecoop.", ORG)
    decide(pl_coordinator, "Pattuglia decisionepl.", ORG)

    def act(actor: access.Actor, text: str, owner: int, due: date, audience: Visibility) -> int:
        draft = ActionDraft(text, owner, None, due, audience=audience, agenda_item_id=case_item)
        return run(engine, actions.add_action, actor, meeting, draft).id

    act(coordinator, "Sopralluogo azionezeta.", stefan, date(2026, 12, 2), SHARED)
    act(coordinator, "Telefonata azionecoop.", nicolo, date(2026, 12, 4), ORG)
    undone = act(pl_coordinator, "Verifica azionepl.", stefan, date(2026, 11, 30), ORG)
    row = run(engine, meetings.meeting_detail, pl_coordinator, meeting).actions
    version = next(a.version_id for a in row if a.id == undone)
    run(
        engine, actions.set_action_status, pl_coordinator, undone, version,
        ActionStatus.IMPOSSIBLE, "la via era chiusa",
    )  # fmt: skip
    version = run(engine, meetings.meeting_detail, coordinator, meeting).meeting.version_id
    run(engine, minutes.approve_minutes, coordinator, meeting, version)
    run(engine, minutes.amend_minute_entry, social_worker, social, "Aggiunta rettificasociale.")
    planned = run(
        engine, meetings.create_meeting, coordinator,
        MeetingDraft("Tavolo di dicembre", datetime(2026, 12, 16, 15, 30, tzinfo=ROME)),
    ).id  # fmt: skip
    return Minutes(engine, path, world, meeting, planned, org_names)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Minutes]:
    path = tmp_path_factory.mktemp("minutes") / "console.db"
    engine = db.open_database(db.sqlite_url(path)).engine
    yield build_minutes(engine, path)
    engine.dispose()


def the_document(
    data: Minutes, audience: Visibility, org: str | None = None
) -> document.MinutesDocument:
    org_id = data.world.orgs[org] if org else None
    return run(
        data.engine, document.minutes_document, access.COMMAND_LINE, data.meeting, audience, org_id
    )


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def render(data: Minutes, audience: Visibility, org: str | None = None, lang: str = "it") -> str:
    pdf = minutes_pdf(the_document(data, audience, org), language=lang, generated_at=NOW, tz=ROME)
    return pdf_text(pdf)


VERSIONS = {
    "shared": (SHARED, None, {(SHARED, "coop")}),
    "coop": (ORG, "coop", {(SHARED, "coop"), (ORG, "coop")}),
    "pl": (ORG, "pl", {(SHARED, "coop"), (ORG, "pl")}),
    "social": (SOCIAL, None, {(SHARED, "coop"), (SOCIAL, "sst")}),
}


@pytest.mark.parametrize("version", list(VERSIONS))
def test_each_version_holds_its_audience_and_nothing_beyond(data: Minutes, version: str) -> None:
    audience, org, holds = VERSIONS[version]
    text = render(data, audience, org)
    for key, words in WORDS.items():
        for word in words:
            assert (word in text) is (key in holds), (version, word)
    assert PERSON_MET not in text and "Vântuleasa" not in text
    assert "[…]" in text  # where the officer typed the name
    assert "Panchine di piazza Marconi" in text and "Piazza Roma la sera" in text


def test_the_header_names_the_version_on_every_page(data: Minutes) -> None:
    doc = the_document(data, ORG, "pl")
    pdf = minutes_pdf(doc, language="it", generated_at=NOW, tz=ROME)
    reader = PdfReader(io.BytesIO(pdf))
    assert audience_words(doc, "it") == "Versione per Polizia Locale di Cremona"
    for page in reader.pages:
        assert "Versione per Polizia Locale di Cremona" in page.extract_text()
    shared = pdf_text(minutes_pdf(the_document(data, SHARED), language="en", generated_at=NOW,
                                  tz=ROME))  # fmt: skip
    assert "Shared version — all partners" in shared
    social = render(data, SOCIAL, lang="en")
    assert "Version for social services" in social
    assert "[social services only]" in social


def test_an_organization_text_is_marked_as_its_own(data: Minutes) -> None:
    text = render(data, ORG, "coop")
    assert f"[solo {data.org_names['coop']}]" in text
    assert "[solo" not in render(data, SHARED)


def test_every_name_prints_in_the_embedded_font(data: Minutes) -> None:
    pdf = minutes_pdf(the_document(data, SHARED), language="it", generated_at=NOW, tz=ROME)
    text = pdf_text(pdf)
    for first, last in (STEFAN, NICOLO, ZOE):
        assert f"{first} {last}" in text
    assert "Ştefan Căpraru-Łukasiewicz" in text  # the owner of the shared action too
    reader = PdfReader(io.BytesIO(pdf))
    embedded: set[str] = set()
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            assert font["/Subtype"] == "/Type0" or font["/Subtype"] == "/TrueType", font
            descriptor = _descriptor(font)
            assert "/FontFile2" in descriptor, font["/BaseFont"]  # an embedded TrueType
            embedded.add(str(font["/BaseFont"]).split("+")[-1])
    assert embedded <= {
        fonts.FAMILY.regular,
        fonts.FAMILY.bold,
        fonts.FAMILY.italic,
        fonts.FAMILY.bold_italic,
    }
    assert fonts.FAMILY.regular in embedded and fonts.FAMILY.bold in embedded


def _descriptor(font: dict) -> dict:  # type: ignore[type-arg]
    if "/FontDescriptor" in font:
        return font["/FontDescriptor"].get_object()
    (descendant,) = font["/DescendantFonts"]
    return descendant.get_object()["/FontDescriptor"].get_object()


def test_attendance_place_status_and_time(data: Minutes) -> None:
    text = render(data, SHARED)
    assert "Tavolo di coordinamento — novembre" in text
    assert "mercoledì 25 novembre 2026, ore 10:00" in text
    assert "Sala della Consulta, Palazzo Comunale" in text
    approved = the_document(data, SHARED).approved_at
    assert approved is not None
    local = approved.astimezone(ROME)
    day = f"{local.day} {texts.MONTH_NAMES['it'][local.month - 1]} {local.year}"
    assert f"Verbale approvato il {day} alle {local:%H:%M} da Coordinator COOP" in text
    assert "Presenti" in text and SOCIAL_ORG_NAME in text
    assert "Dichiarazione di riservatezza accettata" in text  # per attendee, with the time
    acknowledged = [p.acknowledged_at for p in the_document(data, SHARED).attendance if p.attended]
    assert acknowledged and all(acknowledged)
    first = acknowledged[0].astimezone(ROME)
    assert f"{first.day} {texts.MONTH_NAMES['it'][first.month - 1]} {first.year}, ore" in text
    assert "Invitati assenti: Ugo Assente (Agency comune)." in text


def test_items_decisions_actions_and_amendments(data: Minutes) -> None:
    text = render(data, ORG, "pl")
    assert "1. Panchine di piazza Marconi" in text and "2. Piazza Roma la sera" in text
    assert "3. Calendario delle feste" in text and "Nulla a verbale su questo punto." in text
    assert "Caso" in text and "Zona" in text
    assert "Decisioni" in text and "Azioni" in text and "Responsabile" in text
    assert "Sopralluogo azionezeta." in text and "2 dicembre 2026" in text
    assert "impossibile: la via era chiusa" in text
    # The amendment follows the paragraph it amends.
    assert text.index("condivisoalfa") < text.index("Rettifica: Correzione rettificakappa")
    social = render(data, SOCIAL)
    assert social.index("socialedelta") < social.index("Rettifica: Aggiunta rettificasociale")


def test_page_numbers(data: Minutes) -> None:
    result = render_minutes(the_document(data, SHARED), language="it", generated_at=NOW, tz=ROME)
    reader = PdfReader(io.BytesIO(result.content))
    assert len(reader.pages) == result.pages >= 1
    for number, page in enumerate(reader.pages, start=1):
        assert f"Pagina {number} di {result.pages}" in page.extract_text()
    english = render(data, SHARED, lang="en")
    assert f"Page 1 of {result.pages}" in english


@pytest.mark.parametrize("version", list(VERSIONS))
@pytest.mark.parametrize("lang", ["it", "en"])
def test_no_page_is_blank(data: Minutes, version: str, lang: str) -> None:
    audience, org, _ = VERSIONS[version]
    doc = the_document(data, audience, org)
    pdf = minutes_pdf(doc, language=lang, generated_at=NOW, tz=ROME)
    furniture = [texts.PROJECT_PARTNERS, texts.PROJECT_NAME[lang], doc.title,
                 audience_words(doc, lang)]  # fmt: skip
    for page in PdfReader(io.BytesIO(pdf)).pages:
        text = page.extract_text()
        for words in furniture:
            text = text.replace(words, "")
        body = re.sub(r"(Generat\w+|Pagina|Page) .*", "", text)
        assert body.strip(" —\n"), "a page with nothing but its header and footer"


def test_english_fixed_texts(data: Minutes) -> None:
    text = render(data, ORG, "coop", lang="en")
    for words in (
        "Minutes of the coordination meeting", "Crime prevention and victim support project",
        "Comune di Cremona · Regione Lombardia", "Wednesday 25 November 2026, 10:00",
        "Attendance", "Confidentiality statement acknowledged",
        "Agenda", "Decisions", "Actions", "Owner", "Due", "Amendment:",
        "Nothing recorded on this item.", "Minutes approved on",
        "Generated on 26 November 2026 at 10:00",
    ):  # fmt: skip
        assert words in text, words
    assert "Verbale" not in text and "Pagina" not in text


def test_italian_fixed_texts(data: Minutes) -> None:
    text = render(data, SHARED)
    for words in (
        "Verbale del tavolo di coordinamento",
        "Progetto di prevenzione della criminalità e sostegno alle vittime",
        "Ordine del giorno", "Discussione", "Decisioni", "Scadenza", "Stato", "Ente",
        "Il verbale non contiene dati personali delle persone incontrate.",
        "Generato il 26 novembre 2026 alle 10:00",
    ):  # fmt: skip
        assert words in text, words


def test_a_planned_meeting_prints_without_minutes(data: Minutes) -> None:
    doc = run(data.engine, document.minutes_document, access.COMMAND_LINE, data.planned, SHARED)
    text = pdf_text(minutes_pdf(doc, language="en", generated_at=NOW, tz=ROME))
    assert "Planned meeting: no minutes yet" in text and "No items on the agenda." in text
    assert "No attendance recorded." in text
    assert "acknowledged" not in text


def test_markup_in_a_text_is_printed_as_written(data: Minutes) -> None:
    doc = the_document(data, SHARED)
    tricky = "<b>non grassetto</b> & <font size=40>A</font> \\ 'x' \"y\""
    item = doc.items[0]
    odd = document.MinutesText(0, tricky, SHARED, "Agency coop")
    doc = type(doc)(**{**doc.__dict__, "title": f"Tavolo <i>{tricky}</i>",
                       "items": (type(item)(**{**item.__dict__, "entries": (odd,)}),)})  # fmt: skip
    text = pdf_text(minutes_pdf(doc, language="it", generated_at=NOW, tz=ROME))
    assert "<b>non grassetto</b> &" in text and "<font size=40>A</font>" in text


# -- the printout service ------------------------------------------------------------------


def request(data: Minutes, path: Path, audience: Visibility, org: str | None = None,
            meeting: int | None = None) -> printout.MinutesRequest:  # fmt: skip
    return printout.MinutesRequest(
        meeting_id=meeting or data.meeting,
        audience=audience,
        organization_id=data.world.orgs[org] if org else None,
        language="it",
        tz=ROME,
        path=path,
    )


def test_the_printout_writes_the_version_the_reader_may_have(data: Minutes, tmp_path: Path) -> None:
    target = tmp_path / "verbale.pdf"
    pages = run(
        data.engine, printout.write_minutes_pdf, data.world.actor(P, "pl"),
        request(data, target, ORG, "pl"),
    )  # fmt: skip
    reader = PdfReader(target)
    assert pages == len(reader.pages) >= 1
    assert "poliziagamma" in pdf_text(target.read_bytes())
    assert not list(tmp_path.glob(".verbale.pdf.*"))  # no temporary file left behind


@pytest.mark.parametrize(
    ("role", "org", "audience", "version_of"),
    [
        (P, "pl", ORG, "coop"),  # another organization's version
        (C, "coop", SOCIAL, None),  # a coordinator is not social services
        (Role.MANAGER, "comune", ORG, "comune"),  # managers have the shared minutes only
        (Role.ADMIN, "coop", SHARED, None),  # administrators do not read meetings
    ],
)
def test_the_printout_refuses_a_version_beyond_the_reader(
    data: Minutes, tmp_path: Path, role: Role, org: str, audience: Visibility, version_of: str
) -> None:
    target = tmp_path / "verbale.pdf"
    with pytest.raises(PermissionDenied):
        run(data.engine, printout.write_minutes_pdf, data.world.actor(role, org),
            request(data, target, audience, version_of))  # fmt: skip
    assert list(tmp_path.iterdir()) == []


def test_the_printout_refuses_an_unknown_meeting_or_organization(
    data: Minutes, tmp_path: Path
) -> None:
    target = tmp_path / "verbale.pdf"
    with pytest.raises(MeetingError) as refused:
        run(data.engine, printout.write_minutes_pdf, access.COMMAND_LINE,
            request(data, target, SHARED, meeting=9999))  # fmt: skip
    assert refused.value.code == "not_found"
    with db.session_scope(data.engine) as s:
        missing = s.get(Organization, 9999)
    assert missing is None
    bad = printout.MinutesRequest(data.meeting, ORG, 9999, "it", ROME, target)
    with pytest.raises(MeetingError) as refused:
        run(data.engine, printout.write_minutes_pdf, access.COMMAND_LINE, bad)
    assert refused.value.code == "not_found"
    assert list(tmp_path.iterdir()) == []


def test_fonts_register_once(data: Minutes) -> None:
    assert fonts.unicode_family() is fonts.unicode_family()
    assert (fonts.font_folder() / "DejaVuSans.ttf").is_file()
