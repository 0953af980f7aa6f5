<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Coordination Console</source>
        <translation>Coordination Console</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versione {version}</translation>
    </message>
    <message>
        <source>Plans, records and reviews the joint work of street educators and the municipal police of the Comune di Cremona, in a crime prevention and victim support project of Regione Lombardia.</source>
        <translation>Pianifica, registra e rivede il lavoro congiunto degli educatori di strada e della Polizia Locale del Comune di Cremona, in un progetto di Regione Lombardia per la prevenzione della criminalità e il sostegno alle vittime.</translation>
    </message>
    <message>
        <source>License: {license}</source>
        <translation>Licenza: {license}</translation>
    </message>
    <message>
        <source>Built with Qt {qt} and PySide6 {pyside}</source>
        <translation>Realizzato con Qt {qt} e PySide6 {pyside}</translation>
    </message>
    <message>
        <source>About Coordination Console</source>
        <translation>Informazioni su Coordination Console</translation>
    </message>
</context>
<context>
    <name>AbsenceEditor</name>
    <message>
        <source>Edit absence</source>
        <translation>Modifica assenza</translation>
    </message>
    <message>
        <source>New absence</source>
        <translation>Nuova assenza</translation>
    </message>
    <message>
        <source>New absence of {name}</source>
        <translation>Nuova assenza di {name}</translation>
    </message>
    <message>
        <source>Edit absence of {name}</source>
        <translation>Modifica assenza di {name}</translation>
    </message>
    <message>
        <source>&amp;Part of a day (with times)</source>
        <translation>&amp;Parte della giornata (con orari)</translation>
    </message>
    <message>
        <source>Optional; seen only by who manages absences</source>
        <translation>Facoltativa; la vede solo chi gestisce le assenze</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The absence must end after it starts: choose a later “To” day or time.</source>
        <translation>L’assenza deve finire dopo l’inizio: scegli un giorno o un orario “Al” successivo.</translation>
    </message>
    <message>
        <source>The absence ends before it starts: choose a “To” day on or after the “From” day.</source>
        <translation>L’assenza finisce prima di iniziare: scegli un giorno “Al” uguale o successivo al giorno “Dal”.</translation>
    </message>
</context>
<context>
    <name>AbsencesDialog</name>
    <message>
        <source>Absences</source>
        <translation>Assenze</translation>
    </message>
    <message>
        <source>Choose a person on the left.</source>
        <translation>Scegli una persona a sinistra.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Persone:</translation>
    </message>
    <message>
        <source>{name}: no absences recorded.</source>
        <translation>{name}: nessuna assenza registrata.</translation>
    </message>
    <message>
        <source>Remove absence</source>
        <translation>Elimina assenza</translation>
    </message>
    <message>
        <source>Remove the {kind} of {name} from {first} to {last}?</source>
        <translation>Eliminare l’assenza ({kind}) di {name} dal {first} al {last}?</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Language, time zone and database</source>
        <translation>Lingua, fuso orario e database</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Chiudi la console</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Load the data of this section again</source>
        <translation>Ricarica i dati di questa sezione</translation>
    </message>
    <message>
        <source>&amp;About Coordination Console</source>
        <translation>&amp;Informazioni su Coordination Console</translation>
    </message>
    <message>
        <source>Version, project and license</source>
        <translation>Versione, progetto e licenza</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{location} is not a Coordination Console database.</source>
        <translation>{location} non è un database di Coordination Console.</translation>
    </message>
    <message>
        <source>{location} is damaged. Restore one of the copies kept in the “backups” folder beside it.</source>
        <translation>{location} è danneggiato. Ripristina una delle copie conservate nella cartella “backups” accanto al file.</translation>
    </message>
    <message>
        <source>{location} was written by a newer version of Coordination Console. Update the program to open it.</source>
        <translation>{location} è stato scritto da una versione più recente di Coordination Console. Aggiorna il programma per aprirlo.</translation>
    </message>
    <message>
        <source>{location} cannot be written. Choose a file in a folder where you may save files.</source>
        <translation>Non è possibile scrivere in {location}. Scegli un file in una cartella in cui puoi salvare.</translation>
    </message>
    <message>
        <source>The database driver for {location} is not installed. Install that driver&apos;s Python package where the console runs.</source>
        <translation>Il driver del database per {location} non è installato. Installa il pacchetto Python di quel driver dove viene eseguita la console.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server at {location}. Check that the server is running and reachable.</source>
        <translation>Impossibile collegarsi al server del database {location}. Verifica che il server sia acceso e raggiungibile.</translation>
    </message>
    <message>
        <source>{location} is neither a database file path nor a database URL.</source>
        <translation>{location} non è né il percorso di un file di database né un URL di database.</translation>
    </message>
    <message>
        <source>To use another database, choose it in File › Settings, or start the console with:</source>
        <translation>Per usare un altro database, sceglilo in File › Impostazioni, oppure avvia la console con:</translation>
    </message>
    <message>
        <source>Details: {detail}</source>
        <translation>Dettagli: {detail}</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <source>This database is new and empty.</source>
        <translation>Questo database è nuovo e vuoto.</translation>
    </message>
    <message>
        <source>Start with no data, or fill it with the demo data of Cremona (invented people, shifts and cases) to try the console?</source>
        <translation>Vuoi iniziare senza dati, oppure riempirlo con i dati di prova di Cremona (persone, turni e casi inventati) per provare la console?</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Inizia vuoto</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>Riempi con i dati di prova</translation>
    </message>
    <message>
        <source>Filling the database with the demo data…</source>
        <translation>Inserimento dei dati di prova nel database…</translation>
    </message>
    <message>
        <source>Demo data not added</source>
        <translation>Dati di prova non inseriti</translation>
    </message>
    <message>
        <source>The demo data could not be added: {reason}</source>
        <translation>Non è stato possibile inserire i dati di prova: {reason}</translation>
    </message>
</context>
<context>
    <name>CalendarMessages</name>
    <message>
        <source>Joint</source>
        <translation>Congiunto</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Educativa di strada</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>Presidio</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Svolto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Ferie</translation>
    </message>
    <message>
        <source>Sickness</source>
        <translation>Malattia</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Educatore</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Assistente sociale</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Adm</source>
        <translation>Amm</translation>
    </message>
    <message>
        <source>Coord</source>
        <translation>Coord</translation>
    </message>
    <message>
        <source>Edu</source>
        <translation>Edu</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ag</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>Mgr</source>
        <translation>Resp</translation>
    </message>
    <message>
        <source>{first}–{last} {month} {year}</source>
        <translation>{first}–{last} {month} {year}</translation>
    </message>
    <message>
        <source>{first} {month} – {last} {last_month} {year}</source>
        <translation>{first} {month} – {last} {last_month} {year}</translation>
    </message>
    <message>
        <source>{first} {month} {year} – {last} {last_month} {last_year}</source>
        <translation>{first} {month} {year} – {last} {last_month} {last_year}</translation>
    </message>
    <message>
        <source>week {number} ({days})</source>
        <translation>settimana {number} ({days})</translation>
    </message>
    <message>
        <source>Joint shift without an educator</source>
        <translation>Turno congiunto senza un educatore</translation>
    </message>
    <message>
        <source>Joint shift without an officer</source>
        <translation>Turno congiunto senza un agente</translation>
    </message>
    <message>
        <source>{person} is in two overlapping shifts</source>
        <translation>{person} è in due turni sovrapposti</translation>
    </message>
    <message>
        <source>{person} is absent ({absence})</source>
        <translation>{person} è assente ({absence})</translation>
    </message>
    <message>
        <source>{person} has less than 11 consecutive hours of rest</source>
        <translation>{person} ha meno di 11 ore consecutive di riposo</translation>
    </message>
    <message>
        <source>{person}: {hours} h planned this week, contract {contract} h</source>
        <translation>{person}: {hours} h pianificate questa settimana, contratto {contract} h</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Qualcuno</translation>
    </message>
    <message>
        <source>Person {id}</source>
        <translation>Persona {id}</translation>
    </message>
    <message>
        <source>{person} is absent during this shift</source>
        <translation>{person} è assente durante questo turno</translation>
    </message>
    <message>
        <source>{person} is planned above the weekly contract hours</source>
        <translation>{person} supera le ore settimanali del contratto</translation>
    </message>
    <message>
        <source>{person} was left out of the copy: no longer active, left, or never on shifts</source>
        <translation>Copia senza {person}: persona non più in servizio, uscita dall’ente o che non fa turni</translation>
    </message>
    <message>
        <source>Not copied: the zone {zone} is no longer active</source>
        <translation>Non copiato: la zona {zone} non è più attiva</translation>
    </message>
    <message>
        <source>Not copied: the same times are not a valid shift in this week (a change of daylight saving time). Create it by hand.</source>
        <translation>Non copiato: gli stessi orari non formano un turno valido in questa settimana (cambio dell’ora legale). Crealo a mano.</translation>
    </message>
    <message>
        <source>A shift must end after it starts. Choose another end time (an end time earlier than the start means the next day).</source>
        <translation>Un turno deve finire dopo l’inizio. Scegli un’altra ora di fine (un’ora di fine precedente all’inizio indica il giorno dopo).</translation>
    </message>
    <message>
        <source>A shift may last at most 12 hours. Bring the start and the end closer, or split the outing into two shifts.</source>
        <translation>Un turno può durare al massimo 12 ore. Avvicina l’inizio e la fine, oppure dividi l’uscita in due turni.</translation>
    </message>
    <message>
        <source>Someone else changed this shift in the meantime. Look at it as it is now and make your change again.</source>
        <translation>Nel frattempo qualcun altro ha modificato questo turno. Guardalo com’è ora e ripeti la tua modifica.</translation>
    </message>
    <message>
        <source>Someone else changed this absence in the meantime. Look at it as it is now and make your change again.</source>
        <translation>Nel frattempo qualcun altro ha modificato questa assenza. Guardala com’è ora e ripeti la tua modifica.</translation>
    </message>
    <message>
        <source>A week cannot be copied onto itself. Choose another week.</source>
        <translation>Una settimana non può essere copiata su se stessa. Scegli un’altra settimana.</translation>
    </message>
    <message>
        <source>This shift is {status} and can no longer be changed. Create a new shift instead.</source>
        <translation>Questo turno è nello stato “{status}” e non può più essere modificato. Crea invece un nuovo turno.</translation>
    </message>
    <message>
        <source>Only a draft can be deleted. Cancel a published shift instead.</source>
        <translation>Si può eliminare solo una bozza. Un turno pubblicato va invece annullato.</translation>
    </message>
    <message>
        <source>This shift already has a debrief, so it cannot be deleted. Cancel it instead.</source>
        <translation>Questo turno ha già un resoconto, quindi non può essere eliminato. Annullalo invece.</translation>
    </message>
    <message>
        <source>It no longer exists: someone else may have removed it. Reload the week.</source>
        <translation>Non esiste più: forse qualcun altro l’ha eliminato. Ricarica la settimana.</translation>
    </message>
    <message>
        <source>The zone {zone} is no longer active. Choose another zone.</source>
        <translation>La zona {zone} non è più attiva. Scegli un’altra zona.</translation>
    </message>
    <message>
        <source>This zone no longer exists. Reload the week and choose a zone.</source>
        <translation>Questa zona non esiste più. Ricarica la settimana e scegli una zona.</translation>
    </message>
    <message>
        <source>One of the people chosen no longer exists. Reload the week and choose again.</source>
        <translation>Una delle persone scelte non esiste più. Ricarica la settimana e scegli di nuovo.</translation>
    </message>
    <message>
        <source>{person} does not go out on shifts. Remove them from the people of the shift.</source>
        <translation>{person} non esce in turno: togli questa persona dal turno.</translation>
    </message>
    <message>
        <source>{person} is no longer active. Remove them from the people of the shift.</source>
        <translation>{person} non è più in servizio: togli questa persona dal turno.</translation>
    </message>
    <message>
        <source>{person} left on {day}. Remove them from the people of the shift.</source>
        <translation>{person} ha lasciato l’ente il {day}: togli questa persona dal turno.</translation>
    </message>
    <message>
        <source>The end must come after the start. Check the dates and times.</source>
        <translation>La fine deve venire dopo l’inizio. Controlla date e orari.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask a coordinator or an administrator.</source>
        <translation>Non hai il permesso di farlo. Chiedi a un coordinatore o a un amministratore.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Problems of the week</source>
        <translation>Problemi della settimana</translation>
    </message>
    <message>
        <source>&amp;My shifts</source>
        <translation>I &amp;miei turni</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Settimana precedente</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Settimana successiva ▶</translation>
    </message>
    <message>
        <source>Go to date…</source>
        <translation>Vai alla data…</translation>
    </message>
    <message>
        <source>&amp;New shift…</source>
        <translation>&amp;Nuovo turno…</translation>
    </message>
    <message>
        <source>&amp;Publish week</source>
        <translation>&amp;Pubblica la settimana</translation>
    </message>
    <message>
        <source>&amp;Copy a week…</source>
        <translation>&amp;Copia una settimana…</translation>
    </message>
    <message>
        <source>&amp;Absences…</source>
        <translation>&amp;Assenze…</translation>
    </message>
    <message>
        <source>Export .&amp;ics…</source>
        <translation>Esporta .&amp;ics…</translation>
    </message>
    <message>
        <source>&amp;Print / Save as PDF…</source>
        <translation>S&amp;tampa / Salva come PDF…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zona:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Ente:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Week {week} of {year}</source>
        <translation>Settimana {week} del {year}</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Tutte le zone</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Tutti gli enti</translation>
    </message>
    <message>
        <source>No problem this week.</source>
        <translation>Nessun problema questa settimana.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>New shift</source>
        <translation>Nuovo turno</translation>
    </message>
    <message>
        <source>There is no active zone to plan a shift in.</source>
        <translation>Non c’è nessuna zona attiva in cui pianificare un turno.</translation>
    </message>
    <message>
        <source>Edit shift</source>
        <translation>Modifica turno</translation>
    </message>
    <message>
        <source>Change a published shift</source>
        <translation>Modifica di un turno pubblicato</translation>
    </message>
    <message>
        <source>This shift is published: people may already have it in their calendar. Change it?</source>
        <translation>Questo turno è pubblicato: le persone potrebbero averlo già nel proprio calendario. Vuoi modificarlo?</translation>
    </message>
    <message>
        <source>Move shift</source>
        <translation>Sposta turno</translation>
    </message>
    <message>
        <source>Cancel shift</source>
        <translation>Annulla turno</translation>
    </message>
    <message>
        <source>Cancel the shift of {when} in {zone}? It stays in the calendar, struck through, and phone calendars remove it.</source>
        <translation>Annullare il turno di {when} in {zone}? Resta nel calendario, barrato, e i calendari dei telefoni lo rimuovono.</translation>
    </message>
    <message numerus="yes">
        <source>Publish the %n draft shift(s) of this week?</source>
        <translation>
            <numerusform>Pubblicare %n turno in bozza di questa settimana?</numerusform>
            <numerusform>Pubblicare i %n turni in bozza di questa settimana?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The week still has %n problem(s).</source>
        <translation>
            <numerusform>La settimana ha ancora %n problema.</numerusform>
            <numerusform>La settimana ha ancora %n problemi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish week</source>
        <translation>Pubblica la settimana</translation>
    </message>
    <message>
        <source>Copy week</source>
        <translation>Copia settimana</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Assenze</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) exported to the calendar file.</source>
        <translation>
            <numerusform>%n turno esportato nel file del calendario.</numerusform>
            <numerusform>%n turni esportati nel file del calendario.</numerusform>
        </translation>
    </message>
    <message>
        <source>week-plan-{year}-W{week:02d}.pdf</source>
        <translation>piano-settimanale-{year}-W{week:02d}.pdf</translation>
    </message>
    <message>
        <source>Save the week plan as PDF</source>
        <translation>Salva il piano della settimana in PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Week plan saved. Open it to print it.</source>
        <translation>Piano della settimana salvato. Aprilo per stamparlo.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
</context>
<context>
    <name>CopyResultDialog</name>
    <message numerus="yes">
        <source>Shifts copied as drafts: %n.</source>
        <translation>
            <numerusform>Turni copiati come bozze: %n.</numerusform>
            <numerusform>Turni copiati come bozze: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nessun problema trovato.</translation>
    </message>
    <message numerus="yes">
        <source>Problems to look at: %n.</source>
        <translation>
            <numerusform>Problemi da controllare: %n.</numerusform>
            <numerusform>Problemi da controllare: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Week copied</source>
        <translation>Settimana copiata</translation>
    </message>
    <message>
        <source>{when} · {zone}: {problem}</source>
        <translation>{when} · {zone}: {problem}</translation>
    </message>
</context>
<context>
    <name>CopyWeekDialog</name>
    <message>
        <source>Copy a week</source>
        <translation>Copia una settimana</translation>
    </message>
    <message>
        <source>The shifts of the week you choose are copied into {week} as drafts, on the same days and at the same times. Cancelled shifts are not copied, and people who can no longer be planned are left out.</source>
        <translation>I turni della settimana che scegli vengono copiati nella {week} come bozze, negli stessi giorni e agli stessi orari. I turni annullati non vengono copiati, e le persone che non si possono più pianificare vengono escluse.</translation>
    </message>
    <message>
        <source>The &amp;previous week</source>
        <translation>La settimana &amp;precedente</translation>
    </message>
    <message>
        <source>A c&amp;hosen week, the one of:</source>
        <translation>Una settimana &amp;scelta, quella del:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>That is the week shown: a week cannot be copied onto itself. Choose another week to copy from.</source>
        <translation>È la settimana mostrata: una settimana non può essere copiata su se stessa. Scegli un’altra settimana da cui copiare.</translation>
    </message>
</context>
<context>
    <name>ExportIcsDialog</name>
    <message>
        <source>Export to a calendar (.ics)</source>
        <translation>Esporta in un calendario (.ics)</translation>
    </message>
    <message>
        <source>The whole &amp;team</source>
        <translation>Tutta la &amp;squadra</translation>
    </message>
    <message>
        <source>One &amp;person:</source>
        <translation>Una &amp;persona:</translation>
    </message>
    <message>
        <source>One &amp;zone:</source>
        <translation>Una &amp;zona:</translation>
    </message>
    <message>
        <source>Include &amp;drafts (shifts not yet published)</source>
        <translation>Includi le &amp;bozze (turni non ancora pubblicati)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>Shifts of</source>
        <translation>Turni di</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>shifts-{year}-W{week}.ics</source>
        <translation>turni-{year}-W{week}.ics</translation>
    </message>
    <message>
        <source>The last day comes before the first one: choose a later last day.</source>
        <translation>L’ultimo giorno viene prima del primo: scegli un ultimo giorno successivo.</translation>
    </message>
    <message>
        <source>Choose the file to save the calendar in.</source>
        <translation>Scegli il file in cui salvare il calendario.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another one.</source>
        <translation>La cartella {folder} non esiste: scegline un’altra.</translation>
    </message>
    <message>
        <source>Save the calendar as</source>
        <translation>Salva il calendario come</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>File iCalendar (*.ics);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator – Coordination Console</source>
        <translation>Crea l’amministratore – Coordination Console</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crea l’account</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator account: it manages users and reads the audit log.</source>
        <translation>Questo database non ha ancora nessun account. Crea l’account dell’amministratore: gestisce gli utenti e consulta il registro di audit.</translation>
    </message>
    <message>
        <source>At least {count} characters</source>
        <translation>Almeno {count} caratteri</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ripeti la password:</translation>
    </message>
    <message>
        <source>A username has {low} to {high} characters: letters, digits, dots, hyphens or underscores.</source>
        <translation>Il nome utente ha da {low} a {high} caratteri: lettere, cifre, punti, trattini o trattini bassi.</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>La password deve avere almeno {count} caratteri.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Le due password sono diverse: scrivi due volte la stessa password.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creazione dell’account…</translation>
    </message>
    <message>
        <source>The account was not created: {reason}</source>
        <translation>L’account non è stato creato: {reason}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in – Coordination Console</source>
        <translation>Accesso – Coordination Console</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Demo data: every demo account has the password {password}</source>
        <translation>Dati di prova: ogni account di prova ha la password {password}</translation>
    </message>
    <message>
        <source>Demo accounts: {usernames}</source>
        <translation>Account di prova: {usernames}</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Inserisci il nome utente.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Inserisci la password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is locked: after {attempts} failed attempts it stays locked for {minutes} minutes.</source>
        <translation>Nome utente o password errati, oppure l’account è bloccato: dopo {attempts} tentativi falliti resta bloccato per {minutes} minuti.</translation>
    </message>
    <message>
        <source>Cannot sign in: {reason}</source>
        <translation>Impossibile accedere: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Coordination Console — {database}</source>
        <translation>Coordination Console — {database}</translation>
    </message>
    <message>
        <source>Signed in as {username} ({role})</source>
        <translation>Connesso come {username} ({role})</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>DATI DI PROVA</translation>
    </message>
    <message>
        <source>Invented people and places for trying the console: not real data.</source>
        <translation>Persone e situazioni inventate per provare la console: non sono dati reali.</translation>
    </message>
    <message>
        <source>Operation failed</source>
        <translation>Operazione non riuscita</translation>
    </message>
    <message>
        <source>{message}

Details are in the log file: {log}</source>
        <translation>{message}

I dettagli sono nel file di log: {log}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Previous week</source>
        <translation>Settimana precedente</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Settimana successiva</translation>
    </message>
    <message>
        <source>No zones are defined yet.</source>
        <translation>Non è ancora stata definita nessuna zona.</translation>
    </message>
    <message>
        <source>No organizations are recorded yet.</source>
        <translation>Non è ancora registrato nessun ente.</translation>
    </message>
    <message>
        <source>Zones this week</source>
        <translation>Zone in questa settimana</translation>
    </message>
    <message>
        <source>Active people by organization</source>
        <translation>Persone attive per ente</translation>
    </message>
    <message>
        <source>Week {week} of {year}</source>
        <translation>Settimana {week} del {year}</translation>
    </message>
    <message>
        <source>{first} – {last} ({zone} time)</source>
        <translation>{first} – {last} (ora di {zone})</translation>
    </message>
    <message>
        <source>Shifts: {shifts} · hours planned: {hours}</source>
        <translation>Turni: {shifts} · ore pianificate: {hours}</translation>
    </message>
    <message>
        <source>No shifts in this week.</source>
        <translation>Nessun turno in questa settimana.</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Hours planned this week (with this shift when chosen) / contract hours</source>
        <translation>Ore pianificate questa settimana (compreso questo turno, se scelto) / ore del contratto</translation>
    </message>
    <message>
        <source>{name} (no longer assignable)</source>
        <translation>{name} (non più assegnabile)</translation>
    </message>
    <message>
        <source>{name} can no longer be put on shifts; you can only remove them.</source>
        <translation>Non è più possibile mettere in turno {name}: puoi solo togliere questa persona dal turno.</translation>
    </message>
    <message>
        <source>{planned} h</source>
        <translation>{planned} h</translation>
    </message>
    <message>
        <source>{planned} / {contract} h</source>
        <translation>{planned} / {contract} h</translation>
    </message>
    <message>
        <source>With this shift: {hours} h this week; contract {contract} h.</source>
        <translation>Con questo turno: {hours} h questa settimana; contratto {contract} h.</translation>
    </message>
    <message>
        <source>Above the contract hours.</source>
        <translation>Oltre le ore del contratto.</translation>
    </message>
    <message>
        <source>Chosen: {names}</source>
        <translation>Scelte: {names}</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>Nessuna persona scelta.</translation>
    </message>
</context>
<context>
    <name>PersonList</name>
    <message>
        <source>Search people or organizations</source>
        <translation>Cerca persone o enti</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Educatore</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Assistente sociale</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsabile</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>Default: {path}</source>
        <translation>Predefinito: {path}</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuso orario:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>In uso ora:</translation>
    </message>
    <message>
        <source>Changes to the language and the database take effect the next time the console starts. A path or URL given with --db or CONSOLE_DB comes first.</source>
        <translation>Le modifiche alla lingua e al database hanno effetto al prossimo avvio della console. Un percorso o URL indicato con --db o CONSOLE_DB ha la precedenza.</translation>
    </message>
    <message>
        <source>“{zone}” is not a known time zone. Choose one from the list, for example Europe/Rome.</source>
        <translation>“{zone}” non è un fuso orario conosciuto. Scegline uno dall’elenco, per esempio Europe/Rome.</translation>
    </message>
    <message>
        <source>“{url}” is not a database URL. Write a file path, or a URL such as postgresql://user@server/console.</source>
        <translation>“{url}” non è un URL di database. Scrivi il percorso di un file, oppure un URL come postgresql://utente@server/console.</translation>
    </message>
    <message>
        <source>“{path}” is a folder. Choose a database file.</source>
        <translation>“{path}” è una cartella. Scegli un file di database.</translation>
    </message>
    <message>
        <source>The folder of “{path}” does not exist.</source>
        <translation>La cartella di “{path}” non esiste.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Impostazioni non salvate</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Scegli il file del database</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>Database SQLite (*.db *.sqlite);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>Edit shift</source>
        <translation>Modifica turno</translation>
    </message>
    <message>
        <source>New shift</source>
        <translation>Nuovo turno</translation>
    </message>
    <message>
        <source>What the outing should achieve</source>
        <translation>Che cosa deve ottenere l’uscita</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Orario:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>O&amp;biettivi:</translation>
    </message>
    <message>
        <source>Problems (they do not prevent saving)</source>
        <translation>Problemi (non impediscono il salvataggio)</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Persone</translation>
    </message>
    <message>
        <source>Zone {id}</source>
        <translation>Zona {id}</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nessun problema trovato.</translation>
    </message>
    <message>
        <source>ends next day · {length}</source>
        <translation>finisce il giorno dopo · {length}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>There is no active zone. Add a zone on the map first.</source>
        <translation>Non c’è nessuna zona attiva. Aggiungi prima una zona sulla mappa.</translation>
    </message>
    <message>
        <source>Change a published shift</source>
        <translation>Modifica di un turno pubblicato</translation>
    </message>
    <message>
        <source>This shift is published: people may already have it in their calendar. Change it?</source>
        <translation>Questo turno è pubblicato: le persone potrebbero averlo già nel loro calendario. Vuoi modificarlo?</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Organization</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Educators</source>
        <translation>Educatori</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agenti</translation>
    </message>
    <message>
        <source>Social workers</source>
        <translation>Assistenti sociali</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Coordinatori</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Responsabili</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Amministratori</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week of shifts</source>
        <translation>Settimana dei turni</translation>
    </message>
    <message>
        <source>E</source>
        <comment>role mark</comment>
        <extracomment>One letter after a name on a shift block: an educator (Italian: E = educatore).</extracomment>
        <translation>E</translation>
    </message>
    <message>
        <source>O</source>
        <comment>role mark</comment>
        <extracomment>One letter after a name on a shift block: a police officer (Italian: A = agente).</extracomment>
        <translation>A</translation>
    </message>
    <message>
        <source>S</source>
        <comment>role mark</comment>
        <extracomment>One letter after a name on a shift block: a social worker (Italian: S = sociale).</extracomment>
        <translation>S</translation>
    </message>
    <message>
        <source>C</source>
        <comment>role mark</comment>
        <extracomment>One letter after a name on a shift block: a coordinator (Italian: C).</extracomment>
        <translation>C</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>absences not shown</comment>
        <translation>
            <numerusform>+%n altra</numerusform>
            <numerusform>+%n altre</numerusform>
        </translation>
    </message>
    <message>
        <source>No one assigned</source>
        <translation>Nessuno assegnato</translation>
    </message>
</context>
<context>
    <name>ZoneWeekModel</name>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Turni</translation>
    </message>
    <message>
        <source>Hours planned</source>
        <translation>Ore pianificate</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozze</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicati</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Svolti</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullati</translation>
    </message>
    <message>
        <source>Shifts starting this week, cancelled ones included</source>
        <translation>Turni che iniziano in questa settimana, compresi quelli annullati</translation>
    </message>
    <message>
        <source>Total length of the shifts that are not cancelled</source>
        <translation>Durata complessiva dei turni non annullati</translation>
    </message>
</context>
</TS>
