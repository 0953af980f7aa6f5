"""The Italian texts of the Cremona demo's coordination meetings: last week's, with its approved
minutes, decisions and actions, and next week's, being prepared. No personal data of the people
met: cases are named by their titles, people met not at all."""

from __future__ import annotations

from console.models import ActionStatus, AgendaKind, Visibility
from console.services.demo.texts import MARCONI, ORTI

TITLE = "Tavolo di coordinamento del progetto"
NEXT_TITLE = "Tavolo di coordinamento del progetto (preparazione)"
LOCATION = "Palazzo Comunale, sala della Consulta"
CONFIDENTIALITY = (
    "Le informazioni condivise al tavolo sulle persone seguite restano riservate: ciascun "
    "partecipante le usa solo per il proprio compito nel progetto e non le diffonde fuori dal "
    "tavolo. I casi che un ente non può leggere sono mostrati come riservati."
)
# Invited and present at last week's meeting; invited to next week's.
PARTICIPANTS = (
    "Elena Carminati",
    "Silvia Monfredini",
    "Paolo Ghisolfi",
    "Marta Boldori",
    "Giulia Ferrari",
    "Stefano Mainardi",
)
# (kind, title, zone, case key, reason it was proposed: "" for an item added by hand)
AGENDA: tuple[tuple[AgendaKind, str, str | None, str | None, str], ...] = (
    (AgendaKind.ZONE, "Piazza Marconi", MARCONI, None, "zone_threshold"),
    (AgendaKind.ZONE, "Area verde di via Orti Romani: illuminazione e bivacchi", ORTI, None, ""),
    (
        AgendaKind.CASE,
        "Conflitti alle panchine di piazza Marconi",
        MARCONI,
        "panchine",
        "case_high_priority",
    ),
    (AgendaKind.OTHER, "Calendario estivo dei turni congiunti", None, None, ""),
)
# (agenda position, text); the first becomes a joint shift in piazza Marconi.
DECISIONS = (
    (0, "Si aggiunge un turno congiunto serale in piazza Marconi nella settimana in corso."),
    (1, "Il Comune chiede ai Lavori pubblici di riparare i punti luce dell'area verde."),
)
# (agenda position, text, owner, audience, due in days, status, reason): due days count from
# the meeting for a closed action, from today for an open one (the first is overdue).
ACTIONS: tuple[tuple[int, str, str, Visibility, int, ActionStatus, str], ...] = (
    (
        2,
        "Organizzare l'incontro con il comitato di quartiere di piazza Marconi.",
        "Silvia Monfredini",
        Visibility.SHARED,
        -2,
        ActionStatus.OPEN,
        "",
    ),
    (
        3,
        "Proporre un calendario estivo dei turni congiunti.",
        "Stefano Mainardi",
        Visibility.SHARED,
        17,
        ActionStatus.OPEN,
        "",
    ),
    (
        1,
        "Inviare ai Lavori pubblici l'elenco dei punti luce guasti.",
        "Elena Carminati",
        Visibility.SHARED,
        3,
        ActionStatus.DONE,
        "",
    ),
    (
        1,
        "Chiedere le riprese notturne della videosorveglianza dell'area verde.",
        "Stefano Mainardi",
        Visibility.ORGANIZATION,
        5,
        ActionStatus.IMPOSSIBLE,
        "Le telecamere dell'area verde non registrano nelle ore notturne.",
    ),
)
# The general summary (shared with all partners).
SUMMARY = (
    "Presenti il Comune, la cooperativa, la Polizia Locale e il Servizio Sociale "
    "Territoriale. Il verbale non contiene dati personali."
)
# (agenda position or None for the meeting as a whole, author account, audience, text)
MINUTES: tuple[tuple[int | None, str, Visibility, str], ...] = (
    (
        0,
        "coordinatore",
        Visibility.SHARED,
        "Le segnalazioni serali in piazza Marconi sono raddoppiate rispetto ai due mesi "
        "precedenti, soprattutto per schiamazzi e conflitti alle panchine.",
    ),
    (
        1,
        "coordinatore",
        Visibility.SHARED,
        "Diversi punti luce dell'area verde sono spenti e favoriscono i bivacchi; il Comune si "
        "attiva con i Lavori pubblici.",
    ),
    (
        2,
        "educatore",
        Visibility.SHARED,
        "L'educativa ha agganciato il gruppo più giovane; si prepara un incontro con il "
        "comitato di quartiere.",
    ),
    (
        2,
        "educatore",
        Visibility.ORGANIZATION,
        "Per la cooperativa: due educatori in più il venerdì sera finché dura la tensione.",
    ),
    (
        2,
        "assistente",
        Visibility.SOCIAL_SERVICES,
        "Per il Servizio Sociale: verificare se una delle persone coinvolte è già in carico.",
    ),
    (
        None,
        "coordinatore",
        Visibility.SHARED,
        "Le azioni aperte del tavolo precedente sono state verificate.",
    ),
)
