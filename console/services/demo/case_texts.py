"""The Italian texts of the Cremona demo's casework: cases, subjects, notes, the meeting."""

from __future__ import annotations

from dataclasses import dataclass

from console.models import (
    CaseStatus,
    Identification,
    Priority,
    ReferralStatus,
    Visibility,
)
from console.services.demo.texts import MARCONI, ORTI, ROMA


@dataclass(frozen=True)
class SubjectSpec:
    identification: Identification
    alias: str | None
    description: str
    full_name: str | None = None
    birth_year: int | None = None
    care_reference: str | None = None  # set for a person in the social services' care
    consent_to: str | None = None  # organization key


@dataclass(frozen=True)
class CaseSpec:
    key: str
    title: str
    zone: str
    status: CaseStatus
    priority: Priority
    owner: str
    opened_day: int
    review_in_days: int  # next review, days after today
    subject: SubjectSpec | None = None


CASES: tuple[CaseSpec, ...] = (
    CaseSpec(
        "panchine",
        "Conflitti alle panchine di piazza Marconi",
        MARCONI,
        CaseStatus.OPEN,
        Priority.HIGH,
        "Silvia Monfredini",
        3,
        5,
    ),
    CaseSpec(
        "montagnola",
        "Gruppo di ragazzi serali alla montagnola di piazza Roma",
        ROMA,
        CaseStatus.MONITORING,
        Priority.NORMAL,
        "Giulia Ferrari",
        5,
        12,
    ),
    CaseSpec(
        "giacca",
        "Uomo che dorme nell'area verde di via Orti Romani",
        ORTI,
        CaseStatus.OPEN,
        Priority.HIGH,
        "Giulia Ferrari",
        9,
        3,
        SubjectSpec(
            Identification.NICKNAME,
            "Giacca rossa",
            "Uomo sulla cinquantina, giacca rossa, dorme sulla panchina vicino al muretto.",
        ),
    ),
    CaseSpec(
        "accompagnamento",
        "Accompagnamento ai servizi di un giovane di piazza Roma",
        ROMA,
        CaseStatus.REFERRED,
        Priority.NORMAL,
        "Federico Manara",
        2,
        9,
        SubjectSpec(
            Identification.NAMED,
            "Il chitarrista",
            "Giovane che suona la chitarra ai giardini; ha chiesto aiuto per casa e lavoro.",
            full_name="Yassine Morandi",
            birth_year=2001,
            care_reference="SST-{year}-0142",
            consent_to="sst",
        ),
    ),
    CaseSpec(
        "ragazza",
        "Giovane donna sola la sera in piazza Roma",
        ROMA,
        CaseStatus.MONITORING,
        Priority.NORMAL,
        "Sara Zanoni",
        15,
        7,
        SubjectSpec(Identification.ANONYMOUS, None, "Non ancora agganciata; presente più sere."),
    ),
)


@dataclass(frozen=True)
class NoteSpec:
    case: str
    day: int  # days from the first demo Monday (always before today)
    hour: int
    author: str  # demo account username
    visibility: Visibility
    body: str
    amends: int | None = None  # index of an earlier note of the same case in this table


NOTES: tuple[NoteSpec, ...] = (
    NoteSpec(
        "panchine",
        4,
        22,
        "agente",
        Visibility.SHARED,
        "Due gruppi si contendono le panchine lato museo; tensione verbale, nessun intervento "
        "di forza. Proposta una presenza congiunta il venerdì sera.",
    ),
    NoteSpec(
        "panchine",
        10,
        21,
        "educatore",
        Visibility.SHARED,
        "Contatto con il gruppo più giovane: chiedono uno spazio per la musica. Disponibili a "
        "un incontro con i residenti.",
    ),
    NoteSpec(
        "panchine",
        11,
        10,
        "educatore",
        Visibility.SHARED,
        "Rettifica alla nota precedente: la disponibilità riguarda un incontro con il comitato "
        "di quartiere, non con singoli residenti.",
        amends=1,
    ),
    NoteSpec(
        "panchine",
        18,
        11,
        "coordinatore",
        Visibility.ORGANIZATION,
        "Da rivedere con la Polizia Locale l'orario della pattuglia del sabato: oggi si "
        "sovrappone all'uscita educativa.",
    ),
    NoteSpec(
        "montagnola",
        6,
        23,
        "educatore",
        Visibility.SHARED,
        "Una quindicina di ragazzi tra i 16 e i 20 anni, clima tranquillo; qualche bottiglia "
        "lasciata a terra.",
    ),
    NoteSpec(
        "montagnola",
        20,
        10,
        "educatore",
        Visibility.ORGANIZATION,
        "In équipe: proviamo un torneo di calcetto il sabato pomeriggio per spostare il ritrovo.",
    ),
    NoteSpec(
        "giacca",
        9,
        22,
        "educatore",
        Visibility.SHARED,
        "Primo contatto: accetta un tè caldo, non vuole parlare dei documenti. Tornare la "
        "prossima settimana.",
    ),
    NoteSpec(
        "giacca",
        17,
        21,
        "educatore",
        Visibility.SOCIAL_SERVICES,
        "Racconta di aver perso il lavoro e la casa in primavera; tosse persistente. Chiediamo "
        "una valutazione al servizio sociale.",
    ),
    NoteSpec(
        "accompagnamento",
        3,
        20,
        "educatore",
        Visibility.ORGANIZATION,
        "Ci chiede aiuto per la residenza e il curriculum. Ha firmato il consenso per il "
        "Servizio Sociale Territoriale.",
    ),
    NoteSpec(
        "accompagnamento",
        12,
        15,
        "assistente",
        Visibility.SOCIAL_SERVICES,
        "Presa in carico avviata; primo colloquio fissato. Le informazioni sul percorso restano "
        "al servizio.",
    ),
    NoteSpec(
        "accompagnamento",
        19,
        21,
        "educatore",
        Visibility.SHARED,
        "Il ragazzo frequenta meno la piazza la sera; mantiene i contatti con l'educativa.",
    ),
    NoteSpec(
        "ragazza",
        15,
        22,
        "educatore",
        Visibility.SHARED,
        "Notata una giovane donna sola sulla panchina vicino alla fontana per tre sere; non si "
        "è fatta avvicinare.",
    ),
    NoteSpec(
        "ragazza",
        22,
        22,
        "agente",
        Visibility.ORGANIZATION,
        "Durante il passaggio serale nessun contatto; la pattuglia resta a distanza per non "
        "spaventarla.",
    ),
)

# case key -> (status, day sent, day answered or None, reason); all from the cooperative to SST.
REFERRALS: dict[str, tuple[ReferralStatus, int, int | None, str]] = {
    "accompagnamento": (
        ReferralStatus.ACCEPTED,
        8,
        12,
        "Richiesta di presa in carico per casa e lavoro, con il consenso dell'interessato.",
    ),
    "giacca": (
        ReferralStatus.SENT,
        18,
        None,
        "Persona senza dimora con problemi di salute: chiediamo una valutazione.",
    ),
}

# case key -> how many of the zone's debriefs and signals are linked to the case
CASE_LINKS = {
    "panchine": (3, 3),
    "montagnola": (2, 2),
    "giacca": (2, 2),
    "accompagnamento": (1, 0),
    "ragazza": (1, 1),
}
