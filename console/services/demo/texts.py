"""The Italian names and field texts of the Cremona demo: people, absences, shifts, signals."""

from __future__ import annotations

from dataclasses import dataclass

from console.models import AbsenceKind, OrganizationKind, Role, SignalKind

# The zone names, as in resources/zones/cremona.geojson (the case texts use them too).
ROMA = "Piazza Roma"
MARCONI = "Piazza Marconi"
ORTI = "Area verde di via Orti Romani"

# key -> (name, short name, kind)
ORGANIZATIONS: dict[str, tuple[str, str, OrganizationKind]] = {
    "police": ("Polizia Locale di Cremona", "Polizia Locale", OrganizationKind.POLICE),
    "coop": ("Cooperativa Sociale Il Cortile", "Il Cortile", OrganizationKind.EDUCATIONAL),
    "sst": ("Servizio Sociale Territoriale", "SST", OrganizationKind.SOCIAL_SERVICES),
    "comune": ("Comune di Cremona", "Comune", OrganizationKind.MUNICIPALITY),
}

EMAIL_DOMAINS = {
    "police": "polizialocale.cremona.example",
    "coop": "ilcortile.example",
    "sst": "sst.cremona.example",
    "comune": "comune.cremona.example",
}

# (first name, last name, role, organization key, weekly hours); all invented.
PEOPLE: tuple[tuple[str, str, Role, str, float], ...] = (
    ("Marco", "Bertoletti", Role.ADMIN, "comune", 36),
    ("Elena", "Carminati", Role.COORDINATOR, "comune", 36),
    ("Silvia", "Monfredini", Role.COORDINATOR, "coop", 38),
    ("Paolo", "Ghisolfi", Role.MANAGER, "comune", 38),
    ("Giulia", "Ferrari", Role.EDUCATOR, "coop", 36),
    ("Luca", "Bonetti", Role.EDUCATOR, "coop", 30),
    ("Sara", "Zanoni", Role.EDUCATOR, "coop", 32),
    ("Davide", "Locatelli", Role.EDUCATOR, "coop", 25),
    ("Chiara", "Araldi", Role.EDUCATOR, "coop", 38),
    ("Matteo", "Ruggeri", Role.EDUCATOR, "coop", 30),
    ("Anna", "Pedretti", Role.EDUCATOR, "coop", 28),
    ("Federico", "Manara", Role.EDUCATOR, "coop", 34),
    ("Ilaria", "Bassi", Role.EDUCATOR, "coop", 30),
    ("Simone", "Gatti", Role.EDUCATOR, "coop", 25),
    ("Andrea", "Fontana", Role.OFFICER, "police", 36),
    ("Stefano", "Mainardi", Role.OFFICER, "police", 36),
    ("Francesca", "Lodi", Role.OFFICER, "police", 36),
    ("Alessandro", "Rizzi", Role.OFFICER, "police", 36),
    ("Valentina", "Sartori", Role.OFFICER, "police", 36),
    ("Nicola", "Ghidetti", Role.OFFICER, "police", 36),
    ("Michele", "Tosi", Role.OFFICER, "police", 36),
    ("Laura", "Vailati", Role.OFFICER, "police", 36),
    ("Giorgio", "Cremaschi", Role.OFFICER, "police", 36),
    ("Elisa", "Bertolotti", Role.OFFICER, "police", 36),
    ("Fabio", "Soldi", Role.OFFICER, "police", 36),
    ("Daniele", "Priori", Role.OFFICER, "police", 36),
    ("Marta", "Boldori", Role.SOCIAL_WORKER, "sst", 36),
    ("Claudia", "Pagliari", Role.SOCIAL_WORKER, "sst", 30),
    ("Lucia", "Maffezzoni", Role.SOCIAL_WORKER, "sst", 36),
)

# The educator who left the cooperative during the second demo week.
LEAVER = "Simone Gatti"
# The officer whose leave next week is the one deliberate planning conflict.
CONFLICT_OFFICER = "Michele Tosi"


@dataclass(frozen=True)
class AbsenceSpec:
    person: str
    kind: AbsenceKind
    first_day: int  # days from the first demo Monday
    days: int  # whole days, or 0 for the hours below on first_day
    hours: tuple[int, int] = (0, 24)
    note: str = ""


ABSENCES: tuple[AbsenceSpec, ...] = (
    AbsenceSpec("Luca Bonetti", AbsenceKind.LEAVE, 7, 5, note="Ferie"),
    AbsenceSpec("Francesca Lodi", AbsenceKind.SICKNESS, 16, 3),
    AbsenceSpec(
        "Sara Zanoni", AbsenceKind.TRAINING, 24, 0, (9, 18), "Corso sulla riduzione del danno"
    ),
    AbsenceSpec("Marta Boldori", AbsenceKind.LEAVE, 29, 2, note="Permesso"),
    AbsenceSpec(
        CONFLICT_OFFICER, AbsenceKind.LEAVE, 36, 3, note="Ferie approvate dopo la pubblicazione"
    ),
    AbsenceSpec("Chiara Araldi", AbsenceKind.LEAVE, 44, 10, note="Ferie"),
    AbsenceSpec(
        "Laura Vailati", AbsenceKind.TRAINING, 30, 0, (8, 17), "Aggiornamento professionale"
    ),
)

OBJECTIVES: dict[str, tuple[str, ...]] = {
    "joint": (
        "Presenza congiunta e ascolto dei frequentatori abituali.",
        "Mediazione tra i gruppi alle panchine; attenzione agli orari di chiusura dei bar.",
        "Contatto con i commercianti e con i residenti che hanno segnalato rumori.",
        "Passaggio coordinato: prima l'aggancio educativo, poi la presenza della pattuglia.",
    ),
    "outreach": (
        "Aggancio dei ragazzi arrivati di recente e mappatura dei gruppi.",
        "Proposta delle attività del centro di aggregazione giovanile.",
        "Ascolto e orientamento ai servizi per chi dorme all'aperto.",
    ),
    "patrol": (
        "Presidio visibile nelle ore serali dopo le segnalazioni.",
        "Controllo dell'area e verifica dell'illuminazione pubblica.",
    ),
}

OUTCOMES = (
    "Serata tranquilla; una ventina di presenze, nessuna tensione.",
    "Breve lite tra due gruppi risolta con la mediazione, senza altri interventi.",
    "Contatto con tre ragazzi nuovi, interessati al laboratorio musicale.",
    "Residenti soddisfatti della presenza; chiedono continuità il venerdì.",
    "Rifiuti e bottiglie lasciati sulle panchine; segnalato ad AEM per la pulizia.",
    "Gruppo numeroso e rumoroso fino alle 23; abbassata la musica dopo il dialogo.",
    "Poche persone per la pioggia; colloquio con il gestore del bar.",
    "Un uomo in difficoltà orientato al dormitorio; ha accettato le informazioni.",
    "Presenza di consumo di alcol; nessun episodio da segnalare alle forze dell'ordine.",
    "Momento di gioco con i bambini e i genitori; clima positivo.",
)

FOLLOW_UPS = (
    "Riproporre il laboratorio musicale la prossima settimana.",
    "Verificare con il Comune i punti luce spenti.",
    "Aggiornare il tavolo di coordinamento sul gruppo delle panchine.",
    "Ricontattare il gestore del bar per gli orari di chiusura.",
)

# kind -> (weight, categories, sources); media items carry no point on the map.
SIGNAL_KINDS: dict[SignalKind, tuple[int, tuple[str, ...], tuple[str, ...]]] = {
    SignalKind.CITIZEN_REPORT: (
        11,
        ("schiamazzi notturni", "bivacco", "spaccio sospetto", "degrado", "rifiuti abbandonati"),
        ("segnalazione telefonica", "app Comune", "email all'URP", "comitato di quartiere"),
    ),
    SignalKind.POLICE_INTERVENTION: (
        7,
        ("lite", "spaccio sospetto", "disturbo della quiete", "danneggiamento", "controllo"),
        ("pattuglia Polizia Locale", "centrale operativa", "chiamata al numero unico 112"),
    ),
    SignalKind.MEDIA: (
        2,
        ("articolo stampa locale",),
        ("La Provincia di Cremona", "CremonaOggi", "Cremonasera", "Telecolor"),
    ),
}

SUMMARIES: dict[str, tuple[str, ...]] = {
    "schiamazzi notturni": (
        "Musica alta e grida dopo la mezzanotte segnalate da alcuni residenti.",
        "Gruppo rumoroso fino a tarda notte sotto le finestre.",
    ),
    "bivacco": (
        "Persone che mangiano e dormono sulle panchine, con rifiuti lasciati a terra.",
        "Cartoni e coperte sistemati per la notte vicino al muretto.",
    ),
    "spaccio sospetto": (
        "Passaggi frequenti e brevi scambi notati vicino ai muretti.",
        "Movimenti sospetti segnalati nell'angolo meno illuminato.",
    ),
    "degrado": (
        "Panchine danneggiate e aiuole calpestate.",
        "Scritte sui muri e lampioni spenti da giorni.",
    ),
    "rifiuti abbandonati": (
        "Bottiglie e cartoni abbandonati dopo la serata.",
        "Cestini pieni e vetri rotti vicino all'area giochi.",
    ),
    "lite": (
        "Discussione animata tra due gruppi, sedata all'arrivo della pattuglia.",
        "Lite verbale per l'uso delle panchine, nessun ferito.",
    ),
    "disturbo della quiete": ("Gruppo rumoroso invitato ad abbassare la musica.",),
    "danneggiamento": ("Cestino divelto e una lampada rotta.",),
    "controllo": ("Controllo dell'area su richiesta della centrale; nessuna irregolarità.",),
    "articolo stampa locale": (
        "Articolo sulla percezione di insicurezza serale in {zone}.",
        "Servizio sulle proteste dei residenti per il rumore in {zone}.",
    ),
}

# The signals of each zone: (the 8 weeks before the plan, the plan's weeks up to today).
# Piazza Marconi doubles: the map has a rising zone to show.
SIGNAL_COUNTS = {ROMA: (18, 16), MARCONI: (12, 24), ORTI: (10, 14)}
# Weighted signals per week above which a zone is flagged for the coordination meeting.
# Over the last four weeks (equal weights) piazza Marconi has 4.75 to 6 a week, piazza Roma
# about 4 and via Orti Romani at most 3.5, whatever the demo's ``today``: only Marconi is flagged.
REVIEW_THRESHOLDS = {ROMA: 5.0, MARCONI: 4.0, ORTI: 4.0}
