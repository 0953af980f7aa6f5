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
        <source>The log, with the trace of any crash to send to support, is in {path}</source>
        <translation>Il registro, con la traccia di eventuali arresti anomali da inviare all’assistenza, si trova in {path}</translation>
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
        <extracomment>The person&apos;s weekly availability, edited with their absences (the owner feeds it).</extracomment>
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
    <name>AccountDialogs</name>
    <message>
        <source>— nobody —</source>
        <translation>— nessuno —</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Any state</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>Locked until {moment}</source>
        <translation>Bloccato fino a {moment}</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Ultimo accesso</translation>
    </message>
    <message>
        <source>Who the account belongs to: it takes their organization</source>
        <translation>A chi appartiene l’account: ne assume l’ente</translation>
    </message>
    <message>
        <source>Disabled accounts cannot sign in; five wrong passwords lock one for a while</source>
        <translation>Un account disattivato non può accedere; cinque password sbagliate lo bloccano per un po’</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Too many wrong passwords: “Lift lockout” lets it sign in at once</source>
        <translation>Troppe password sbagliate: “Sblocca” gli permette di accedere subito</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nuovo account…</translation>
    </message>
    <message>
        <source>&amp;Role and person…</source>
        <translation>&amp;Ruolo e persona…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reimposta &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Disattiva…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Ri&amp;attiva</translation>
    </message>
    <message>
        <source>&amp;Lift lockout</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Username, person or organization (Ctrl+F)</source>
        <translation>Nome utente, persona o ente (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Qualsiasi ruolo</translation>
    </message>
    <message>
        <source>The accounts could not be read: {reason}</source>
        <translation>Non è stato possibile leggere gli account: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n account</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} accounts</source>
        <translation>{shown} account su {total}</translation>
    </message>
    <message>
        <source>The account “{username}” was created.</source>
        <translation>L’account “{username}” è stato creato.</translation>
    </message>
    <message>
        <source>The account “{username}” was changed: it takes effect at its next sign-in.</source>
        <translation>L’account “{username}” è stato modificato: la modifica vale dal prossimo accesso.</translation>
    </message>
    <message>
        <source>The password of “{username}” was reset.</source>
        <translation>La password di “{username}” è stata reimpostata.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Disattiva account</translation>
    </message>
    <message>
        <source>Disable the account “{username}”? It can no longer sign in. Its records and the audit log stay as they are, and you can enable it again.</source>
        <translation>Disattivare l’account “{username}”? Non potrà più accedere. I dati registrati e il registro attività restano come sono, e potrai riattivarlo in seguito.</translation>
    </message>
    <message>
        <source>The account “{username}” is disabled.</source>
        <translation>L’account “{username}” è disattivato.</translation>
    </message>
    <message>
        <source>The account “{username}” can sign in again.</source>
        <translation>L’account “{username}” può di nuovo accedere.</translation>
    </message>
    <message>
        <source>The lockout of “{username}” is lifted: it can sign in now.</source>
        <translation>L’account “{username}” è sbloccato: può accedere subito.</translation>
    </message>
    <message>
        <source>Account not changed</source>
        <translation>Account non modificato</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add an action</source>
        <translation>Aggiungi un&apos;azione</translation>
    </message>
    <message>
        <source>What is to be done. No names of people met.</source>
        <translation>Che cosa va fatto. Nessun nome di persone incontrate.</translation>
    </message>
    <message>
        <source>(nobody yet: the agency decides)</source>
        <translation>(ancora nessuno: decide l&apos;ente)</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Azione:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Re&amp;ferente:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>&amp;Ente:</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Entro il:</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>&amp;Destinatari:</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation>Scrivi che cosa va fatto.</translation>
    </message>
    <message>
        <source>Choose the agency responsible for the action.</source>
        <translation>Scegli l&apos;ente responsabile dell&apos;azione.</translation>
    </message>
    <message>
        <source>At most {count} characters.</source>
        <translation>Al massimo {count} caratteri.</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Svolta</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non svolta</translation>
    </message>
    <message>
        <source>Impossible</source>
        <translation>Impossibile</translation>
    </message>
</context>
<context>
    <name>ActionStatusBar</name>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Segna come svolta</translation>
    </message>
    <message>
        <source>&amp;Not done…</source>
        <translation>&amp;Non svolta…</translation>
    </message>
    <message>
        <source>&amp;Impossible…</source>
        <translation>&amp;Impossibile…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Riapri</translation>
    </message>
</context>
<context>
    <name>ActionTracker</name>
    <message>
        <source>{status}: {action}</source>
        <translation>{status}: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mie</translation>
    </message>
    <message>
        <source>Only the actions you own</source>
        <translation>Solo le azioni di cui sei referente</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Qualsiasi referente</translation>
    </message>
    <message>
        <source>Any agency</source>
        <translation>Qualsiasi ente</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Entro il</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Svolta</translation>
    </message>
    <message>
        <source>&amp;Not done…</source>
        <translation>&amp;Non svolta…</translation>
    </message>
    <message>
        <source>&amp;Impossible…</source>
        <translation>&amp;Impossibile…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Riapri</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n azione</numerusform>
            <numerusform>%n azioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n scaduta</numerusform>
            <numerusform>%n scadute</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first {count}: narrow the filters)</source>
        <translation>(le prime {count}: restringi i filtri)</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>C&amp;hange password…</source>
        <translation>Cambia &amp;password…</translation>
    </message>
    <message>
        <source>Choose a new password for your account</source>
        <translation>Scegli una nuova password per il tuo account</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Blocca ora</translation>
    </message>
    <message>
        <source>Hide the data until your password is typed again</source>
        <translation>Nascondi i dati finché non inserisci di nuovo la password</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Esci dalla sessione</translation>
    </message>
    <message>
        <source>Close this session and let someone else sign in</source>
        <translation>Chiudi questa sessione e lascia accedere qualcun altro</translation>
    </message>
    <message>
        <source>&amp;Funding report…</source>
        <translation>&amp;Rendicontazione…</translation>
    </message>
    <message>
        <source>The grant&apos;s settings, hourly costs, expenses and the report to the Region</source>
        <translation>Dati del contributo, costi orari, spese e rendicontazione alla Regione</translation>
    </message>
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
    <name>AddItemDialog</name>
    <message>
        <source>Add an agenda item</source>
        <translation>Aggiungi un punto all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>A few words that say what it is about</source>
        <translation>Poche parole che dicano di cosa si tratta</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Caso:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Choose the zone the item is about.</source>
        <translation>Scegli la zona di cui tratta il punto.</translation>
    </message>
    <message>
        <source>Choose the case the item is about.</source>
        <translation>Scegli il caso di cui tratta il punto.</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Dai un titolo al punto.</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda of the meeting</source>
        <translation>Ordine del giorno della riunione</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Propose from the data</source>
        <translation>Proponi dai dati</translation>
    </message>
    <message>
        <source>Add what the data says needs discussing: open actions, flagged zones, cases due for review, referrals, next week&apos;s planning problems</source>
        <translation>Aggiungi ciò che secondo i dati va discusso: azioni aperte, zone segnalate, casi da rivedere, invii, problemi nella pianificazione della prossima settimana</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Aggiungi punto…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Sposta il punto in su</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Giù</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Sposta il punto in giù</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>The minutes are approved: the agenda can no longer change.</source>
        <translation>Il verbale è approvato: l&apos;ordine del giorno non può più cambiare.</translation>
    </message>
    <message>
        <source>{about} · {why}</source>
        <translation>{about} · {why}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Note: {notes}</translation>
    </message>
    <message>
        <source>No notes. Edit the item (F2) to add some for the partners.</source>
        <translation>Nessuna nota. Modifica il punto (F2) per aggiungerne per i partner.</translation>
    </message>
    <message>
        <source>{verb}: {what}</source>
        <translation>{verb}: {what}</translation>
    </message>
    <message>
        <source>Agenda not changed</source>
        <translation>Ordine del giorno non modificato</translation>
    </message>
    <message>
        <source>Added from the data: {count}.</source>
        <translation>Aggiunti dai dati: {count}.</translation>
    </message>
    <message>
        <source>Nothing new to propose: what the data points at is on the agenda already, or was removed from it by hand.</source>
        <translation>Niente di nuovo da proporre: ciò che indicano i dati è già all&apos;ordine del giorno, oppure ne è stato tolto a mano.</translation>
    </message>
    <message>
        <source>move “{item}”</source>
        <translation>sposta «{item}»</translation>
    </message>
    <message>
        <source>remove “{item}”</source>
        <translation>rimuovi «{item}»</translation>
    </message>
</context>
<context>
    <name>AlternativesDialog</name>
    <message>
        <source>no longer active</source>
        <translation>non più attivo/a</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>assente</translation>
    </message>
    <message>
        <source>unavailable at that time</source>
        <translation>non disponibile in quell&apos;orario</translation>
    </message>
    <message>
        <source>on another shift</source>
        <translation>in un altro turno</translation>
    </message>
    <message>
        <source>would lack 11 hours of rest</source>
        <translation>non avrebbe 11 ore di riposo</translation>
    </message>
    <message>
        <source>over their weekly hours</source>
        <translation>oltre le ore settimanali</translation>
    </message>
    <message>
        <source>needed on other outings</source>
        <translation>serve in altre uscite</translation>
    </message>
    <message>
        <source>Alternatives for this slot</source>
        <translation>Alternative per questo posto</translation>
    </message>
    <message>
        <source>The best people for this place, ranked. The cost is what the choice adds to the soft rules (lower is better); those a hard rule stops cannot be chosen.</source>
        <translation>Le persone più adatte a questo posto, in ordine. Il costo è quanto la scelta aggiunge alle regole flessibili (più basso è meglio); chi è bloccato da una regola vincolante non si può scegliere.</translation>
    </message>
    <message>
        <source>People who could take the place</source>
        <translation>Persone che potrebbero prendere il posto</translation>
    </message>
    <message>
        <source>No one else could take this place.</source>
        <translation>Nessun altro potrebbe prendere questo posto.</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Assegna</translation>
    </message>
    <message>
        <source>{rank}. {person} ({role})</source>
        <translation>{rank}. {person} ({role})</translation>
    </message>
    <message>
        <source>Cannot: {reasons}</source>
        <translation>Non può: {reasons}</translation>
    </message>
    <message>
        <source>cost {cost:+d}</source>
        <translation>costo {cost:+d}</translation>
    </message>
    <message>
        <source>Instead of {person}</source>
        <translation>Al posto di {person}</translation>
    </message>
    <message>
        <source>Fills an empty place</source>
        <translation>Copre un posto vuoto</translation>
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
        <source>The database at {location} is older than this program. The server&apos;s administrator upgrades it with console-admin init, then console-admin pg-setup.</source>
        <translation>Il database su {location} è più vecchio di questo programma. L&apos;amministratore del server lo aggiorna con console-admin init, poi console-admin pg-setup.</translation>
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
    <name>AttendancePage</name>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Presa d&apos;atto</translation>
    </message>
    <message>
        <source>Add as &amp;present</source>
        <translation>Aggiungi come &amp;presente</translation>
    </message>
    <message>
        <source>Someone present who was not invited:</source>
        <translation>Una persona presente che non era invitata:</translation>
    </message>
    <message>
        <source>&amp;Begin the meeting</source>
        <translation>&amp;Avvia la riunione</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Riservatezza</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Nobody was invited by name: add the people present below.</source>
        <translation>Nessuno è stato invitato per nome: aggiungi qui sotto le persone presenti.</translation>
    </message>
    <message>
        <source>Present: {present} of {listed}.</source>
        <translation>Presenti: {present} su {listed}.</translation>
    </message>
    <message>
        <source>Still to acknowledge: {names}.</source>
        <translation>Devono ancora prendere atto: {names}.</translation>
    </message>
    <message>
        <source>Acknowledged at {time}</source>
        <translation>Presa d&apos;atto alle {time}</translation>
    </message>
    <message>
        <source>&amp;Continue to the agenda</source>
        <translation>&amp;Prosegui con l&apos;ordine del giorno</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Created</source>
        <translation>Creazione</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminazione</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lettura</translation>
    </message>
    <message>
        <source>Searched notes</source>
        <translation>Ricerca nelle note</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Accesso non riuscito</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Blocco dell’account</translation>
    </message>
    <message>
        <source>Unlock failed</source>
        <translation>Sblocco non riuscito</translation>
    </message>
    <message>
        <source>Retention run</source>
        <translation>Esecuzione della conservazione</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Cancellato</translation>
    </message>
</context>
<context>
    <name>AuditEntities</name>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Enti</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Assenze</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Turni</translation>
    </message>
    <message>
        <source>Shift assignments</source>
        <translation>Assegnazioni ai turni</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Resoconti delle uscite</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Persone incontrate</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Note dei casi</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Invii</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Riunioni</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Azioni concordate</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro di audit</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Punti all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <source>Minutes paragraphs</source>
        <translation>Paragrafi del verbale</translation>
    </message>
    <message>
        <source>Organizations invited</source>
        <translation>Enti invitati</translation>
    </message>
    <message>
        <source>Meeting participants</source>
        <translation>Partecipanti alle riunioni</translation>
    </message>
    <message>
        <source>Debriefs linked to cases</source>
        <translation>Resoconti collegati ai casi</translation>
    </message>
    <message>
        <source>Signals linked to cases</source>
        <translation>Segnalazioni collegate ai casi</translation>
    </message>
    <message>
        <source>Debrief participants</source>
        <translation>Partecipanti ai resoconti</translation>
    </message>
    <message>
        <source>People met in debriefs</source>
        <translation>Persone incontrate nei resoconti</translation>
    </message>
    <message>
        <source>Hourly costs</source>
        <translation>Costi orari</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Spese</translation>
    </message>
    <message>
        <source>Funding report narratives</source>
        <translation>Relazioni della rendicontazione</translation>
    </message>
    <message>
        <source>Funded project</source>
        <translation>Progetto finanziato</translation>
    </message>
    <message>
        <source>Personal data over time</source>
        <translation>Dati personali nel tempo</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Periodi di conservazione</translation>
    </message>
    <message>
        <source>Corrections of people met</source>
        <translation>Rettifiche delle persone incontrate</translation>
    </message>
    <message>
        <source>Demand patterns</source>
        <translation>Fabbisogno settimanale</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilità ricorrenti</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>case no. {id}</source>
        <translation>caso n. {id}</translation>
    </message>
    <message>
        <source>meeting no. {id}</source>
        <translation>riunione n. {id}</translation>
    </message>
    <message>
        <source>zone no. {id}</source>
        <translation>zona n. {id}</translation>
    </message>
    <message>
        <source>person no. {id}</source>
        <translation>persona n. {id}</translation>
    </message>
    <message>
        <source>account no. {id}</source>
        <translation>account n. {id}</translation>
    </message>
    <message>
        <source>shift no. {id}</source>
        <translation>turno n. {id}</translation>
    </message>
    <message>
        <source>person met no. {id}</source>
        <translation>persona incontrata n. {id}</translation>
    </message>
    <message>
        <source>note no. {id}</source>
        <translation>nota n. {id}</translation>
    </message>
    <message>
        <source>referral no. {id}</source>
        <translation>invio n. {id}</translation>
    </message>
    <message>
        <source>action no. {id}</source>
        <translation>azione n. {id}</translation>
    </message>
    <message>
        <source>agenda item no. {id}</source>
        <translation>punto all&apos;ordine del giorno n. {id}</translation>
    </message>
    <message>
        <source>decision no. {id}</source>
        <translation>decisione n. {id}</translation>
    </message>
    <message>
        <source>debrief no. {id}</source>
        <translation>resoconto n. {id}</translation>
    </message>
    <message>
        <source>signal no. {id}</source>
        <translation>segnalazione n. {id}</translation>
    </message>
    <message>
        <source>paragraph no. {id}</source>
        <translation>paragrafo n. {id}</translation>
    </message>
    <message>
        <source>record no. {id}</source>
        <translation>voce n. {id}</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Usual zone</source>
        <translation>Zona abituale</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creato da</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificato da</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approvato da</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrato da</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Inviato da</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Person met</source>
        <translation>Persona incontrata</translation>
    </message>
    <message>
        <source>Amends</source>
        <translation>Rettifica</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Resoconto</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effetto</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identificazione</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Attività svolte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Riferimento normativo</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mesi</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Cambiato il</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value before</source>
        <translation>Valore precedente</translation>
    </message>
    <message>
        <source>Corrected value</source>
        <translation>Valore rettificato</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>Rettificato da</translation>
    </message>
    <message>
        <source>Corrected on</source>
        <translation>Rettificato il</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniziato</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminato</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Avvenuto</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Scritto</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Risposto</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Presa visione</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenuta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Svolto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prossima verifica</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scade</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Revocato</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Uscito</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Speso</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periodo dal</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periodo al</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Settimana del</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Ultimo accesso</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Bloccato fino al</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Ore settimanali</translation>
    </message>
    <message>
        <source>Review threshold</source>
        <translation>Soglia di verifica</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Accessi non riusciti</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Contributo</translation>
    </message>
    <message>
        <source>Hourly cost</source>
        <translation>Costo orario</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>Days (Monday = 1, Sunday = 64)</source>
        <translation>Giorni (lunedì = 1, domenica = 64)</translation>
    </message>
    <message>
        <source>Weekday (0 = Monday)</source>
        <translation>Giorno della settimana (0 = lunedì)</translation>
    </message>
    <message>
        <source>Start (minutes after midnight)</source>
        <translation>Inizio (minuti dopo la mezzanotte)</translation>
    </message>
    <message>
        <source>End (minutes after midnight)</source>
        <translation>Fine (minuti dopo la mezzanotte)</translation>
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
        <source>Follows pressure</source>
        <translation>Segue la pressione</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>In care</source>
        <translation>In carico</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <source>CUP</source>
        <translation>CUP</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nome breve</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Voci</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Soprannome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Anno di nascita</translation>
    </message>
    <message>
        <source>Care reference</source>
        <translation>Riferimento della presa in carico</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguito</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Motivo del rifiuto</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Motivo dello stato</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Difficoltà</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verbale</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Confidentiality statement</source>
        <translation>Dichiarazione di riservatezza</translation>
    </message>
    <message>
        <source>Contacts by group</source>
        <translation>Contatti per gruppo</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motivo indicato</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Collegamento</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dati di prova</translation>
    </message>
    <message>
        <source>Removed from the agenda</source>
        <translation>Tolto dall&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>Put back on the agenda</source>
        <translation>Rimesso all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>(recorded, not shown)</source>
        <translation>(registrato, non mostrato)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>proposed from the data</source>
        <translation>proposto dai dati</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>aggiunto a mano</translation>
    </message>
    <message>
        <source>GeoJSON file</source>
        <translation>file GeoJSON</translation>
    </message>
    <message>
        <source>unknown username</source>
        <translation>nome utente sconosciuto</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>password errata</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>account bloccato</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>account disattivato</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>non disponibile</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>preferito</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>All users</source>
        <translation>Tutti gli utenti</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tutte le azioni</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;l:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Azione:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motivo indicato</translation>
    </message>
    <message>
        <source>The entry&apos;s number in the chain (Verify chain names it)</source>
        <translation>Il numero della voce nella catena (quello indicato da “Verifica la catena”)</translation>
    </message>
    <message>
        <source>Which record of that kind</source>
        <translation>Quale elemento di quel tipo</translation>
    </message>
    <message>
        <source>Why the reader opened people&apos;s data, as they wrote it</source>
        <translation>Il motivo per cui chi ha letto ha aperto i dati delle persone, con le sue parole</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verifica la catena</translation>
    </message>
    <message numerus="yes">
        <source>Showing only the newest %n entries: narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Viene mostrata solo %n voce, la più recente: restringi i filtri per vedere quelle precedenti.</numerusform>
            <numerusform>Vengono mostrate solo le %n voci più recenti: restringi i filtri per vedere quelle precedenti.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match the filters.</source>
        <translation>Nessuna voce corrisponde ai filtri.</translation>
    </message>
    <message numerus="yes">
        <source>Entries shown: %n, newest first.</source>
        <translation>
            <numerusform>Voci mostrate: %n, dalla più recente.</numerusform>
            <numerusform>Voci mostrate: %n, dalla più recente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be read: {reason}</source>
        <translation>Impossibile leggere il registro di audit: {reason}</translation>
    </message>
    <message>
        <source>audit-log-{day}.csv</source>
        <translation>registro-audit-{day}.csv</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Esporta il registro di audit in CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione in corso…</translation>
    </message>
    <message numerus="yes">
        <source>Entries exported to {path}: %n.</source>
        <translation>
            <numerusform>Voci esportate in {path}: %n.</numerusform>
            <numerusform>Voci esportate in {path}: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was not exported: {reason}</source>
        <translation>Il registro di audit non è stato esportato: {reason}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>the entry is missing</source>
        <translation>la voce manca</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (reordered or forged)</source>
        <translation>non segue la voce precedente (riordinata o falsificata)</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>il suo contenuto è stato modificato dopo la scrittura</translation>
    </message>
    <message>
        <source>the anchor of the chain is missing</source>
        <translation>manca l’ancora della catena</translation>
    </message>
    <message>
        <source>it was added after the newest entry the anchor names</source>
        <translation>è stata aggiunta dopo la voce più recente indicata dall’ancora</translation>
    </message>
    <message>
        <source>the newest entries were removed</source>
        <translation>le voci più recenti sono state rimosse</translation>
    </message>
    <message>
        <source>the newest entry does not match the anchor</source>
        <translation>la voce più recente non corrisponde all’ancora</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Verifica della catena in corso…</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact (entries checked: %n).</source>
        <translation>
            <numerusform>La catena è integra (voci controllate: %n).</numerusform>
            <numerusform>La catena è integra (voci controllate: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry {entry}: {reason}. Entries checked before it: {checked}.</source>
        <translation>La catena è interrotta alla voce {entry}: {reason}. Voci controllate prima di questa: {checked}.</translation>
    </message>
    <message>
        <source>Audit log broken</source>
        <translation>Registro di audit compromesso</translation>
    </message>
    <message>
        <source>Someone changed, removed or reordered entries. Keep a copy of the database as it is and tell whoever is responsible for data protection.</source>
        <translation>Qualcuno ha modificato, rimosso o riordinato delle voci. Conserva una copia del database così com’è e informa il responsabile della protezione dei dati.</translation>
    </message>
    <message>
        <source>The chain could not be verified: {reason}</source>
        <translation>Impossibile verificare la catena: {reason}</translation>
    </message>
</context>
<context>
    <name>AvailabilityBox</name>
    <message>
        <source>Unavailable</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <source>Preferred day</source>
        <translation>Giorno preferito</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}, tutto il giorno</translation>
    </message>
    <message>
        <source>Every week (for proposals of the week)</source>
        <translation>Ogni settimana (per le proposte della settimana)</translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation>Disponibilità settimanale</translation>
    </message>
    <message>
        <source>Add &amp;day…</source>
        <translation>Aggiungi &amp;giorno…</translation>
    </message>
    <message>
        <source>C&amp;hange day…</source>
        <translation>Modifica gi&amp;orno…</translation>
    </message>
    <message>
        <source>Remove da&amp;y…</source>
        <translation>Rimuovi gio&amp;rno…</translation>
    </message>
    <message>
        <source>Available every day.</source>
        <translation>Disponibile tutti i giorni.</translation>
    </message>
    <message>
        <source>Remove weekly availability</source>
        <translation>Rimuovi disponibilità settimanale</translation>
    </message>
    <message>
        <source>Remove “{line}” for {name}?</source>
        <translation>Rimuovere «{line}» per {name}?</translation>
    </message>
</context>
<context>
    <name>AvailabilityEditor</name>
    <message>
        <source>Edit weekly availability</source>
        <translation>Modifica disponibilità settimanale</translation>
    </message>
    <message>
        <source>New weekly availability</source>
        <translation>Nuova disponibilità settimanale</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>&amp;Tutto il giorno</translation>
    </message>
    <message>
        <source>An end at 00:00 means until midnight.</source>
        <translation>Una fine alle 00:00 vuol dire fino a mezzanotte.</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Che cosa:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Orario:</translation>
    </message>
    <message>
        <source>The hours must end after they start on the same day (00:00 for midnight). For a night, add one line for each day.</source>
        <translation>L&apos;orario deve finire dopo l&apos;inizio, nello stesso giorno (00:00 per mezzanotte). Per una notte, aggiungi una riga per ciascun giorno.</translation>
    </message>
</context>
<context>
    <name>CalendarMessages</name>
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
        <source>{person} declared they are unavailable at that time</source>
        <translation>{person} ha dichiarato di non essere disponibile in quell’orario</translation>
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
        <source>On a public holiday: {holiday}</source>
        <translation>In un giorno festivo: {holiday}</translation>
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
        <source>Not copied: {holiday} is a public holiday ({zone})</source>
        <translation>Non copiato: {holiday} è un giorno festivo ({zone})</translation>
    </message>
    <message>
        <source>Not copied: the same times are not a valid shift in this week (a change of daylight saving time). Create it by hand.</source>
        <translation>Non copiato: gli stessi orari non formano un turno valido in questa settimana (cambio dell’ora legale). Crealo a mano.</translation>
    </message>
</context>
<context>
    <name>CalendarSettingsGroup</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minuti</translation>
    </message>
    <message>
        <source>Dragging a shift in the week, or one of its edges, moves its times in steps of this many minutes: choose 30 if the teams work on half hours.</source>
        <translation>Trascinando un turno nella settimana, o uno dei suoi bordi, gli orari si spostano a passi di tanti minuti: scegli 30 se le squadre lavorano sulle mezz&apos;ore.</translation>
    </message>
    <message>
        <source>Drags &amp;snap to:</source>
        <translation>Trascina a &amp;passi di:</translation>
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
        <source>P&amp;ropose week…</source>
        <translation>P&amp;roponi settimana…</translation>
    </message>
    <message>
        <source>Weekly de&amp;mand…</source>
        <translation>Fa&amp;bbisogno settimanale…</translation>
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
        <source>Record &amp;debrief…</source>
        <translation>Registra res&amp;oconto…</translation>
    </message>
    <message>
        <source>By &amp;zone</source>
        <extracomment>The Calendar&apos;s second mode: a row per zone, a column per day.</extracomment>
        <translation>Per &amp;zona</translation>
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
    <name>CareDialog</name>
    <message>
        <source>In care</source>
        <translation>In carico</translation>
    </message>
    <message>
        <source>Your service&apos;s own reference for this person; leave it empty to end the care.</source>
        <translation>Il riferimento interno del tuo servizio per questa persona; lascialo vuoto per chiudere la presa in carico.</translation>
    </message>
    <message>
        <source>e.g. SST-2026-0142</source>
        <translation>es. SST-2026-0142</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Riferimento:</translation>
    </message>
</context>
<context>
    <name>CaseBody</name>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prossima revisione</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non fissata</translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation>Ente referente</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Agencies involved: {names}</source>
        <translation>Enti coinvolti: {names}</translation>
    </message>
    <message>
        <source>Notes: {shown} shown, {restricted} restricted</source>
        <translation>Note: {shown} mostrate, {restricted} riservate</translation>
    </message>
    <message>
        <source>No notes on this case.</source>
        <translation>Nessuna nota su questo caso.</translation>
    </message>
</context>
<context>
    <name>CaseDetailModels</name>
    <message>
        <source>Shared with</source>
        <translation>Condiviso con</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Rilasciato il</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Revocato il</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In vigore</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrato da</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato il</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Risposto il</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Choose a case in the list.</source>
        <translation>Scegli un caso nell’elenco.</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prossima revisione</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Salva &amp;modifiche</translation>
    </message>
    <message>
        <source>Save the status, priority, owner and review date</source>
        <translation>Salva stato, priorità, referente e data di revisione</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Invii</translation>
    </message>
    <message>
        <source>Debriefs, shifts, signals</source>
        <translation>Resoconti, turni, segnalazioni</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>Pri&amp;orità:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Ref&amp;erente:</translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Note (%n)</numerusform>
            <numerusform>Note (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Referrals (%n)</source>
        <translation>
            <numerusform>Invii (%n)</numerusform>
            <numerusform>Invii (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked (%n)</source>
        <translation>
            <numerusform>Collegati (%n)</numerusform>
            <numerusform>Collegati (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>about {person}</source>
        <translation>relativo a {person}</translation>
    </message>
    <message>
        <source>opened on {day}</source>
        <translation>aperto il {day}</translation>
    </message>
    <message>
        <source>This case belongs to {organization}: its status, priority, owner and links are changed there. You can still write notes, or ask them in a meeting.</source>
        <translation>Questo caso è di {organization}: stato, priorità, responsabile e collegamenti si modificano lì. Puoi comunque scrivere note, o chiedere a loro in una riunione.</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>Caso non salvato</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificato da qualcun altro</translation>
    </message>
    <message>
        <source>Someone else saved this case after you opened it; your change was not saved.

Your change:
{yours}

Saved meanwhile:
{theirs}

The case is shown as it is now: make your change again if it still applies.</source>
        <translation>Qualcun altro ha salvato questo caso dopo che lo hai aperto; la tua modifica non è stata salvata.

La tua modifica:
{yours}

Salvato nel frattempo:
{theirs}

Il caso è mostrato com’è ora: ripeti la modifica se è ancora valida.</translation>
    </message>
    <message>
        <source>Status: {value}</source>
        <translation>Stato: {value}</translation>
    </message>
    <message>
        <source>Priority: {value}</source>
        <translation>Priorità: {value}</translation>
    </message>
    <message>
        <source>Owner: {value}</source>
        <translation>Referente: {value}</translation>
    </message>
    <message>
        <source>Next review: none</source>
        <translation>Prossima revisione: nessuna</translation>
    </message>
    <message>
        <source>Next review: {value}</source>
        <translation>Prossima revisione: {value}</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nuovo caso</translation>
    </message>
    <message>
        <source>e.g. conflicts at the benches in piazza Marconi</source>
        <translation>es. conflitti alle panchine di piazza Marconi</translation>
    </message>
    <message>
        <source>(no zone)</source>
        <translation>(nessuna zona)</translation>
    </message>
    <message>
        <source>(a situation, not one person)</source>
        <translation>(una situazione, non una persona)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>il</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>&amp;Person met:</source>
        <translation>&amp;Persona incontrata:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorità:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Re&amp;ferente:</translation>
    </message>
    <message>
        <source>Next &amp;review:</source>
        <translation>Prossima re&amp;visione:</translation>
    </message>
    <message>
        <source>Give the case a title.</source>
        <translation>Dai un titolo al caso.</translation>
    </message>
    <message>
        <source>There is nobody to own it.</source>
        <translation>Non c’è nessuno a cui assegnarlo.</translation>
    </message>
</context>
<context>
    <name>CaseDialogs</name>
    <message>
        <source>At most {count} characters.</source>
        <translation>Al massimo {count} caratteri.</translation>
    </message>
</context>
<context>
    <name>CaseFilters</name>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Review &amp;due</source>
        <translation>&amp;Da rivedere</translation>
    </message>
    <message>
        <source>Referrals &amp;waiting</source>
        <translation>&amp;Invii in attesa</translation>
    </message>
    <message>
        <source>Cases referred to your organization, not answered yet</source>
        <translation>Casi inviati al tuo ente, ancora senza risposta</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Re&amp;ferente:</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>Tutte le zone</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
</context>
<context>
    <name>CaseTexts</name>
    <message>
        <source>coordination meeting</source>
        <translation>riunione di coordinamento</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguito del caso</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>invio</translation>
    </message>
    <message>
        <source>case review</source>
        <translation>revisione del caso</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Invii</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>The person the case is about, as you may see them (often a nickname)</source>
        <translation>La persona a cui si riferisce il caso, come puoi vederla (spesso un soprannome)</translation>
    </message>
    <message>
        <source>The date of the next review; red: the review is due</source>
        <translation>Data della prossima revisione; in rosso: la revisione è scaduta</translation>
    </message>
    <message>
        <source>Referrals of this case waiting for your organization to answer</source>
        <translation>Invii di questo caso in attesa di risposta dal tuo ente</translation>
    </message>
    <message>
        <source>The review is due</source>
        <translation>È ora di rivedere il caso</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trovato</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuovo caso…</translation>
    </message>
    <message>
        <source>New &amp;debrief…</source>
        <translation>Nuovo &amp;resoconto…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Show the cases referred to your organization</source>
        <translation>Mostra i casi inviati al tuo ente</translation>
    </message>
    <message>
        <source>Search cases and notes ({keys})</source>
        <translation>Cerca nei casi e nelle note ({keys})</translation>
    </message>
    <message>
        <source>Search cases and notes</source>
        <translation>Cerca nei casi e nelle note</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming referral(s)</source>
        <translation>
            <numerusform>%n invio ricevuto</numerusform>
            <numerusform>%n invii ricevuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or other words.</source>
        <translation>Nessun risultato. Prova con meno parole o con parole diverse.</translation>
    </message>
</context>
<context>
    <name>Confidentiality</name>
    <message>
        <source>What is said at this meeting stays at this meeting. Information about people is shared only to protect them and to coordinate our work, within what each agency may know, and it is not passed on outside the meeting without a legal basis. Minutes carry no personal data.</source>
        <translation>Quanto si dice in questa riunione resta in questa riunione. Le informazioni sulle persone si condividono solo per tutelarle e per coordinare il nostro lavoro, nei limiti di ciò che ciascun ente può conoscere, e non si comunicano fuori dalla riunione senza una base giuridica. Il verbale non contiene dati personali.</translation>
    </message>
</context>
<context>
    <name>ConfidentialityGroup</name>
    <message>
        <source>Coordination meetings</source>
        <translation>Tavoli di coordinamento</translation>
    </message>
    <message>
        <source>Confidentiality statement</source>
        <translation>Dichiarazione di riservatezza</translation>
    </message>
    <message>
        <source>&amp;Confidentiality statement, acknowledged by each attendee:</source>
        <translation>Dichiarazione di &amp;riservatezza, di cui ogni partecipante prende atto:</translation>
    </message>
    <message>
        <source>Leave it empty to use the standard statement shown in grey.</source>
        <translation>Lasciala vuota per usare la dichiarazione standard mostrata in grigio.</translation>
    </message>
    <message>
        <source>The confidentiality statement has at most {limit} characters; this one has {length}.</source>
        <translation>La dichiarazione di riservatezza ha al massimo {limit} caratteri; questa ne ha {length}.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record a consent</source>
        <translation>Registra un consenso</translation>
    </message>
    <message>
        <source>With an active consent for an organization, its members see the name of {person}; the others see the nickname.</source>
        <translation>Con un consenso attivo per un ente, i suoi membri vedono il nome di {person}; gli altri vedono il soprannome.</translation>
    </message>
    <message>
        <source>The law or decision it rests on (optional), e.g. art. 6.1.e GDPR</source>
        <translation>La norma o l&apos;atto su cui si fonda (facoltativo), es. art. 6.1.e GDPR</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Base giuridica:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Riferimento:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>il</translation>
    </message>
    <message>
        <source>&amp;Shared with:</source>
        <translation>Condiviso co&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Rilasciato il:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Scadenza:</translation>
    </message>
    <message>
        <source>The legal basis has at most {count} characters.</source>
        <translation>La base giuridica ha al massimo {count} caratteri.</translation>
    </message>
    <message>
        <source>A consent must expire after the day it was given.</source>
        <translation>Un consenso deve scadere dopo il giorno in cui è stato rilasciato.</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>Recorded by {person} ({organization})</source>
        <translation>Registrato da {person} ({organization})</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ContactsBox</name>
    <message>
        <source>Age band</source>
        <translation>Fascia d’età</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>meno di 18</translation>
    </message>
    <message>
        <source>18–30</source>
        <translation>18–30</translation>
    </message>
    <message>
        <source>31–50</source>
        <translation>31–50</translation>
    </message>
    <message>
        <source>over 50</source>
        <translation>oltre 50</translation>
    </message>
    <message>
        <source>women</source>
        <translation>donne</translation>
    </message>
    <message>
        <source>men</source>
        <translation>uomini</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>People contacted</source>
        <translation>Persone contattate</translation>
    </message>
    <message>
        <source>Split by age band and gender</source>
        <translation>Suddivisione per fascia d’età e genere</translation>
    </message>
    <message>
        <source>The split by {part} adds up to {total}, more than the {count} people contacted.</source>
        <translation>La suddivisione per {part} arriva a {total}, più delle {count} persone contattate.</translation>
    </message>
    <message>
        <source>{total} of {count}: too many</source>
        <translation>{total} su {count}: troppe</translation>
    </message>
    <message>
        <source>{total} of {count} ({rest} not split)</source>
        <translation>{total} su {count} ({rest} non suddivise)</translation>
    </message>
    <message>
        <source>{total} of {count} ✓</source>
        <translation>{total} su {count} ✓</translation>
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
        <source>Shifts that would fall on a public holiday</source>
        <translation>Turni che cadrebbero in un giorno festivo</translation>
    </message>
    <message>
        <source>&amp;Leave out the shifts that fall on a public holiday</source>
        <translation>&amp;Escludi i turni che cadono in un giorno festivo</translation>
    </message>
    <message>
        <source>Checked, those shifts are not copied and the copy&apos;s report names them. Unchecked, they are copied and marked as shifts on a holiday.</source>
        <translation>Se è selezionato, quei turni non vengono copiati e il resoconto della copia li elenca. Se non è selezionato, vengono copiati e segnalati come turni in un giorno festivo.</translation>
    </message>
    <message>
        <source>That is the week shown: a week cannot be copied onto itself. Choose another week to copy from.</source>
        <translation>È la settimana mostrata: una settimana non può essere copiata su se stessa. Scegli un’altra settimana da cui copiare.</translation>
    </message>
    <message>
        <source>{when} · {zone}: {holiday}</source>
        <translation>{when} · {zone}: {holiday}</translation>
    </message>
    <message>
        <source>The chosen week has no shift to copy.</source>
        <translation>La settimana scelta non ha turni da copiare.</translation>
    </message>
    <message numerus="yes">
        <source>Shifts that would fall on a public holiday: %n.</source>
        <translation>
            <numerusform>Turni che cadrebbero in un giorno festivo: %n.</numerusform>
            <numerusform>Turni che cadrebbero in un giorno festivo: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No shift would fall on a public holiday.</source>
        <translation>Nessun turno cadrebbe in un giorno festivo.</translation>
    </message>
    <message>
        <source>The public holidays of the copy could not be checked: {reason}</source>
        <translation>Non è stato possibile controllare i giorni festivi della copia: {reason}</translation>
    </message>
    <message>
        <source>Looking for shifts on public holidays…</source>
        <translation>Ricerca dei turni nei giorni festivi…</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <source>Correct the person&apos;s profile</source>
        <translation>Correggi il profilo della persona</translation>
    </message>
    <message>
        <source>Correct what is recorded about “{name}”. Each value before is kept with the correction, for the audit and for the person&apos;s own export; the correction is recorded with your name and the reason.</source>
        <translation>Correggete ciò che è registrato su “{name}”. Ogni valore precedente è conservato con la correzione, per l&apos;audit e per l&apos;esportazione della persona stessa; la correzione è registrata con il vostro nome e il motivo.</translation>
    </message>
    <message>
        <source>What helps recognise them, nothing sensitive</source>
        <translation>Ciò che aiuta a riconoscerla, nulla di sensibile</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>non noto</translation>
    </message>
    <message>
        <source>No name is recorded: record it, with consent, in Cases</source>
        <translation>Nessun nome registrato: registratelo, con il consenso, in Casi</translation>
    </message>
    <message>
        <source>For example: request of 5 December, ref. 12</source>
        <translation>Per esempio: richiesta del 5 dicembre, prot. 12</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Soprannome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nome e cognome:</translation>
    </message>
    <message>
        <source>&amp;Year of birth:</source>
        <translation>&amp;Anno di nascita:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Change at least one value.</source>
        <translation>Cambiate almeno un valore.</translation>
    </message>
    <message>
        <source>Say why, in a few words.</source>
        <translation>Dite perché, in poche parole.</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Correggi</translation>
    </message>
    <message>
        <source>The nickname cannot be empty: type the corrected one.</source>
        <translation>Il soprannome non può essere vuoto: scrivete quello corretto.</translation>
    </message>
    <message>
        <source>The full name cannot be empty: type the corrected one.</source>
        <translation>Il nome e cognome non può essere vuoto: scrivete quello corretto.</translation>
    </message>
    <message>
        <source>The description has at most {limit} characters.</source>
        <translation>La descrizione ha al massimo {limit} caratteri.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import signals from {file}</source>
        <translation>Importa segnalazioni da {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n riga pronta per l’importazione.</numerusform>
            <numerusform>%n righe pronte per l’importazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out of the import, as the console does not know these columns: {columns}.</source>
        <translation>Escluse dall’importazione, perché la console non conosce queste colonne: {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors (in red). Nothing is imported until the file is corrected: fix it and import it again.</source>
        <translation>
            <numerusform>%n riga contiene errori (in rosso). Non viene importato nulla finché il file non è corretto: correggilo e importalo di nuovo.</numerusform>
            <numerusform>%n righe contengono errori (in rosso). Non viene importato nulla finché il file non è corretto: correggilo e importalo di nuovo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no signals to import.</source>
        <translation>Il file non contiene segnalazioni da importare.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
</context>
<context>
    <name>CsvPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Summary or error</source>
        <translation>Sintesi o errore</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Joint shifts per zone</source>
        <translation>Turni congiunti per zona</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pianificati</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Svolti</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Turni</translation>
    </message>
    <message>
        <source>Presence hours per zone</source>
        <translation>Ore di presidio per zona</translation>
    </message>
    <message>
        <source>People&apos;s hours in outings per organization</source>
        <translation>Ore delle persone nelle uscite per ente</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Contacts by age</source>
        <translation>Contatti per età</translation>
    </message>
    <message>
        <source>Contacts by gender</source>
        <translation>Contatti per genere</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non rilevato</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Donne</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Uomini</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>People met by identification</source>
        <translation>Persone incontrate per identificazione</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperti</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivi</translation>
    </message>
    <message>
        <source>Referrals by status</source>
        <translation>Invii per stato</translation>
    </message>
    <message>
        <source>Referrals by receiving organization</source>
        <translation>Invii per ente ricevente</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Invii</translation>
    </message>
    <message>
        <source>Signals by kind</source>
        <translation>Segnalazioni per tipo</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Pressure and presence hours, week by week</source>
        <translation>Pressione e ore di presidio, settimana per settimana</translation>
    </message>
    <message>
        <source>Presence hours</source>
        <translation>Ore di presidio</translation>
    </message>
    <message>
        <source>Nothing to show for this period</source>
        <translation>Nulla da mostrare per questo periodo</translation>
    </message>
    <message>
        <source>Pressure (weighted signals)</source>
        <translation>Pressione (segnalazioni ponderate)</translation>
    </message>
    <message>
        <source>Pressure before and after joint shifts began</source>
        <translation>Pressione prima e dopo l&apos;avvio dei turni congiunti</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Weighted signals a week</source>
        <translation>Segnalazioni ponderate a settimana</translation>
    </message>
    <message>
        <source>Actions of the meetings held</source>
        <translation>Azioni delle riunioni tenute</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>All zones</source>
        <translation>Tutte le zone</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Salva come PDF…</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Periodo successivo</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Periodo in corso</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zona:</translation>
    </message>
    <message>
        <source>Building the summary…</source>
        <translation>Preparazione del riepilogo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop building and keep the figures shown</source>
        <translation>Interrompi e mantieni i dati mostrati</translation>
    </message>
    <message>
        <source>Building was cancelled. The figures shown are those of the period above.</source>
        <translation>Preparazione annullata. I dati mostrati sono quelli del periodo indicato sopra.</translation>
    </message>
    <message>
        <source>{zone} (inactive)</source>
        <translation>{zone} (non attiva)</translation>
    </message>
    <message>
        <source>all zones</source>
        <translation>tutte le zone</translation>
    </message>
    <message>
        <source>{period} · {where}</source>
        <translation>{period} · {where}</translation>
    </message>
    <message>
        <source>No previous period to compare with: the project had not started.</source>
        <translation>Nessun periodo precedente con cui confrontare: il progetto non era ancora iniziato.</translation>
    </message>
    <message>
        <source>Against {period}</source>
        <translation>Rispetto a {period}</translation>
    </message>
    <message>
        <source>▲ ▼ against {period}, the period of the same length just before. Counts of people under {threshold} show as “&lt;{threshold}”.</source>
        <translation>▲ ▼ rispetto a {period}, il periodo di uguale durata appena precedente. I conteggi di persone inferiori a {threshold} compaiono come “&lt;{threshold}”.</translation>
    </message>
    <message>
        <source>activity-summary-{first}-{last}.pdf</source>
        <translation>riepilogo-attivita-{first}-{last}.pdf</translation>
    </message>
    <message>
        <source>Save the activity summary as PDF</source>
        <translation>Salva il riepilogo delle attività come PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Scrittura del PDF…</translation>
    </message>
    <message>
        <source>Summary saved: &lt;a href=&quot;{url}&quot;&gt;{path}&lt;/a&gt;</source>
        <translation>Riepilogo salvato: &lt;a href=&quot;{url}&quot;&gt;{path}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The summary was not saved. {reason}</source>
        <translation>Il riepilogo non è stato salvato. {reason}</translation>
    </message>
    <message>
        <source>Saving the summary was cancelled; no file was written.</source>
        <translation>Salvataggio del riepilogo annullato: nessun file è stato scritto.</translation>
    </message>
</context>
<context>
    <name>DashboardTiles</name>
    <message>
        <source>Joint shifts done</source>
        <translation>Turni congiunti svolti</translation>
    </message>
    <message>
        <source>Joint shifts starting in the period and marked done, out of those planned (published or done)</source>
        <translation>Turni congiunti iniziati nel periodo e segnati come svolti, su quelli pianificati (pubblicati o svolti)</translation>
    </message>
    <message>
        <source>Presence hours</source>
        <translation>Ore di presidio</translation>
    </message>
    <message>
        <source>Hours of the joint shifts (published or done), plus the debriefs of outings that were not one of those shifts</source>
        <translation>Ore dei turni congiunti (pubblicati o svolti), più i resoconti delle uscite che non erano uno di quei turni</translation>
    </message>
    <message>
        <source>Outings</source>
        <translation>Uscite</translation>
    </message>
    <message>
        <source>Debriefs of outings that started in the period</source>
        <translation>Resoconti delle uscite iniziate nel periodo</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Contacts recorded in the debriefs of the period</source>
        <translation>Contatti registrati nei resoconti del periodo</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Persone incontrate</translation>
    </message>
    <message>
        <source>Different people linked to the debriefs of the period</source>
        <translation>Persone diverse collegate ai resoconti del periodo</translation>
    </message>
    <message>
        <source>Cases active</source>
        <translation>Casi attivi</translation>
    </message>
    <message>
        <source>Cases opened before the end of the period and not closed by then</source>
        <translation>Casi aperti prima della fine del periodo e non ancora chiusi a quella data</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Invii</translation>
    </message>
    <message>
        <source>Referrals sent in the period</source>
        <translation>Invii effettuati nel periodo</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Citizen reports, police interventions and media reports</source>
        <translation>Segnalazioni dei cittadini, interventi di polizia e notizie dei media</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Riunioni tenute</translation>
    </message>
    <message>
        <source>Coordination meetings held in the period (all zones)</source>
        <translation>Riunioni di coordinamento tenute nel periodo (tutte le zone)</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Azioni svolte</translation>
    </message>
    <message>
        <source>Actions decided at the meetings of the period, by their status today</source>
        <translation>Azioni decise nelle riunioni del periodo, secondo il loro stato di oggi</translation>
    </message>
    <message>
        <source>of {planned} planned</source>
        <translation>su {planned} pianificati</translation>
    </message>
    <message>
        <source>of {planned} planned · {to_debrief} to debrief</source>
        <translation>su {planned} pianificati · {to_debrief} in attesa di resoconto</translation>
    </message>
    <message>
        <source>{hours} h in the field</source>
        <translation>{hours} h sul campo</translation>
    </message>
    <message>
        <source>{opened} opened · {closed} closed</source>
        <translation>{opened} aperti · {closed} chiusi</translation>
    </message>
    <message>
        <source>pressure {pressure} a week</source>
        <translation>pressione {pressure} a settimana</translation>
    </message>
    <message>
        <source>{open} still open</source>
        <translation>{open} ancora aperte</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Record debrief</source>
        <translation>Registra il resoconto</translation>
    </message>
    <message>
        <source>How it went: situations met, what changed</source>
        <translation>Com’è andata: situazioni incontrate, cosa è cambiato</translation>
    </message>
    <message>
        <source>What to do next, and who</source>
        <translation>Cosa fare ora, e chi lo fa</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Cosa è stato fatto</translation>
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
        <source>People &amp;contacted:</source>
        <translation>Persone con&amp;tattate:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Se&amp;guito:</translation>
    </message>
    <message>
        <source>Partic&amp;ipants</source>
        <translation>Pa&amp;rtecipanti</translation>
    </message>
    <message>
        <source>People &amp;met (nickname profiles)</source>
        <translation>Persone &amp;incontrate (profili con soprannome)</translation>
    </message>
    <message>
        <source>&amp;Link it to the case “{title}”</source>
        <translation>&amp;Collegalo al caso «{title}»</translation>
    </message>
    <message>
        <source>There is no active zone. Add a zone on the map first.</source>
        <translation>Non c’è nessuna zona attiva. Aggiungi prima una zona sulla mappa.</translation>
    </message>
    <message>
        <source>The outing must end after it starts.</source>
        <translation>L’uscita deve finire dopo l’inizio.</translation>
    </message>
    <message>
        <source>An outing lasts at most 16 hours: check the start and the end.</source>
        <translation>Un’uscita dura al massimo 16 ore: controlla l’inizio e la fine.</translation>
    </message>
    <message>
        <source>Tick at least one thing that was done.</source>
        <translation>Seleziona almeno un’attività svolta.</translation>
    </message>
    <message>
        <source>Tick at least one participant.</source>
        <translation>Seleziona almeno un partecipante.</translation>
    </message>
    <message>
        <source>ends next day · {length}</source>
        <translation>finisce il giorno dopo · {length}</translation>
    </message>
</context>
<context>
    <name>DebriefFlow</name>
    <message>
        <source>Record debrief</source>
        <translation>Registra il resoconto</translation>
    </message>
    <message>
        <source>The shift of {when} in {zone}: it will be marked done.</source>
        <translation>Il turno di {when} in {zone}: verrà segnato come svolto.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation>Registra una decisione</translation>
    </message>
    <message>
        <source>On “{item}”.</source>
        <translation>Su «{item}».</translation>
    </message>
    <message>
        <source>What the meeting decided. No names of people met.</source>
        <translation>Che cosa ha deciso la riunione. Nessun nome di persone incontrate.</translation>
    </message>
    <message>
        <source>Who may read this decision in the minutes</source>
        <translation>Chi può leggere questa decisione nel verbale</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisione:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Destinatari:</translation>
    </message>
    <message>
        <source>Write what was decided.</source>
        <translation>Scrivi che cosa è stato deciso.</translation>
    </message>
    <message>
        <source>At most {count} characters.</source>
        <translation>Al massimo {count} caratteri.</translation>
    </message>
</context>
<context>
    <name>DecisionEffects</name>
    <message>
        <source>A planned &amp;shift…</source>
        <translation>Un &amp;turno pianificato…</translation>
    </message>
    <message>
        <source>The case&apos;s &amp;review date…</source>
        <translation>La data di &amp;revisione del caso…</translation>
    </message>
    <message>
        <source>A new &amp;owner for the case…</source>
        <translation>Un nuovo &amp;referente per il caso…</translation>
    </message>
    <message>
        <source>A re&amp;ferral of the case…</source>
        <translation>Un in&amp;vio del caso…</translation>
    </message>
    <message>
        <source>A case &amp;note…</source>
        <translation>Una &amp;nota sul caso…</translation>
    </message>
    <message>
        <source>A new review &amp;threshold for the zone…</source>
        <translation>Una nuova &amp;soglia di revisione per la zona…</translation>
    </message>
    <message>
        <source>→ a planned shift</source>
        <translation>→ un turno pianificato</translation>
    </message>
    <message>
        <source>→ the case&apos;s review date</source>
        <translation>→ la data di revisione del caso</translation>
    </message>
    <message>
        <source>→ a new owner for the case</source>
        <translation>→ un nuovo referente per il caso</translation>
    </message>
    <message>
        <source>→ a referral of the case</source>
        <translation>→ un invio del caso</translation>
    </message>
    <message>
        <source>→ a case note</source>
        <translation>→ una nota sul caso</translation>
    </message>
    <message>
        <source>→ a new review threshold for the zone</source>
        <translation>→ una nuova soglia di revisione per la zona</translation>
    </message>
    <message>
        <source>→ shift on {when}</source>
        <translation>→ turno di {when}</translation>
    </message>
    <message>
        <source>→ case review on {date}</source>
        <translation>→ revisione del caso il {date}</translation>
    </message>
    <message>
        <source>→ no review date for the case</source>
        <translation>→ nessuna data di revisione per il caso</translation>
    </message>
    <message>
        <source>→ new owner: {name}</source>
        <translation>→ nuovo referente: {name}</translation>
    </message>
    <message>
        <source>→ referral to {organization}</source>
        <translation>→ invio a {organization}</translation>
    </message>
    <message>
        <source>→ case note for {audience}</source>
        <translation>→ nota sul caso per {audience}</translation>
    </message>
    <message>
        <source>→ review threshold {value} per week</source>
        <translation>→ soglia di revisione {value} a settimana</translation>
    </message>
</context>
<context>
    <name>DecisionShiftDialog</name>
    <message>
        <source>Plan a shift from the decision</source>
        <translation>Pianifica un turno dalla decisione</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <source>Decisions on this item</source>
        <translation>Decisioni su questo punto</translation>
    </message>
    <message>
        <source>Record a &amp;decision…</source>
        <translation>Registra una &amp;decisione…</translation>
    </message>
    <message>
        <source>Actions on this item</source>
        <translation>Azioni su questo punto</translation>
    </message>
    <message>
        <source>Add an &amp;action…</source>
        <translation>Aggiungi un&apos;&amp;azione…</translation>
    </message>
    <message>
        <source>&amp;Turn into…</source>
        <translation>&amp;Trasforma in…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Restricted — a decision of {agency}</source>
        <translation>Riservato — una decisione di {agency}</translation>
    </message>
    <message>
        <source>For: {audience}</source>
        <translation>Per: {audience}</translation>
    </message>
    <message>
        <source>Enter or double-click: show what the decision became</source>
        <translation>Invio o doppio clic: mostra in che cosa si è tradotta la decisione</translation>
    </message>
    <message>
        <source>Restricted — an action of {agency}</source>
        <translation>Riservato — un&apos;azione di {agency}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>nessuna data</translation>
    </message>
    <message>
        <source>{owner} · {agency} · due {date} · {status}</source>
        <translation>{owner} · {agency} · entro il {date} · {status}</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>Decisions are recorded while the meeting is held.</source>
        <translation>Le decisioni si registrano mentre la riunione è in corso.</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Decline the referral</source>
        <translation>Rifiuta l’invio</translation>
    </message>
    <message>
        <source>Decline the referral of “{case}”.</source>
        <translation>Rifiuta l’invio di “{case}”.</translation>
    </message>
    <message>
        <source>Why, and where they could turn instead</source>
        <translation>Perché, e a chi potrebbero rivolgersi invece</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Say why you decline.</source>
        <translation>Indica il motivo del rifiuto.</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rifiuta</translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <source>every day</source>
        <translation>tutti i giorni</translation>
    </message>
    <message>
        <source>Weekly demand</source>
        <translation>Fabbisogno settimanale</translation>
    </message>
    <message>
        <source>The outings each zone needs every week. “Propose week” staffs them, with the drafts already there.</source>
        <translation>Le uscite di cui ogni zona ha bisogno ogni settimana. «Proponi settimana» le assegna, insieme alle bozze già presenti.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Orario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Squadra</translation>
    </message>
    <message>
        <source>Follows pressure</source>
        <translation>Segue la pressione</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attiva</translation>
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
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{educators} E + {officers} O</source>
        <translation>{educators} E + {officers} A</translation>
    </message>
    <message>
        <source>Remove weekly outing</source>
        <translation>Rimuovi uscita settimanale</translation>
    </message>
    <message>
        <source>Remove the outing of {zone} ({days}, {times}) from the weekly demand? Shifts already planned from it stay.</source>
        <translation>Rimuovere l&apos;uscita di {zone} ({days}, {times}) dal fabbisogno settimanale? I turni già pianificati restano.</translation>
    </message>
</context>
<context>
    <name>DemandRowDialog</name>
    <message>
        <source>Edit weekly outing</source>
        <translation>Modifica uscita settimanale</translation>
    </message>
    <message>
        <source>New weekly outing</source>
        <translation>Nuova uscita settimanale</translation>
    </message>
    <message>
        <source>&amp;Follows pressure: may move to a zone under more pressure</source>
        <translation>&amp;Segue la pressione: può spostarsi in una zona sotto più pressione</translation>
    </message>
    <message>
        <source>A&amp;ctive (proposals plan it)</source>
        <translation>Atti&amp;va (le proposte la pianificano)</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Giorni:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>&amp;Ends (earlier: the next day):</source>
        <translation>&amp;Fine (se prima: il giorno dopo):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>E&amp;ducators:</source>
        <translation>E&amp;ducatori:</translation>
    </message>
    <message>
        <source>&amp;Officers:</source>
        <translation>A&amp;genti:</translation>
    </message>
    <message>
        <source>There is no zone to plan for. Draw a zone on the map first.</source>
        <translation>Non c&apos;è alcuna zona da pianificare. Disegna prima una zona sulla mappa.</translation>
    </message>
    <message>
        <source>Tick at least one day of the week.</source>
        <translation>Spunta almeno un giorno della settimana.</translation>
    </message>
    <message>
        <source>The outing must end at another time than it starts.</source>
        <translation>L&apos;uscita deve finire a un&apos;ora diversa da quella d&apos;inizio.</translation>
    </message>
    <message>
        <source>An outing may last at most 12 hours. Bring the start and end closer.</source>
        <translation>Un&apos;uscita può durare al massimo 12 ore. Avvicina l&apos;inizio e la fine.</translation>
    </message>
    <message>
        <source>An outing needs at least one person: an educator or an officer.</source>
        <translation>Un&apos;uscita ha bisogno di almeno una persona: un educatore o un agente.</translation>
    </message>
    <message>
        <source>A joint outing needs at least one educator and one officer. Add them, or choose another kind.</source>
        <translation>Un&apos;uscita congiunta ha bisogno di almeno un educatore e un agente. Aggiungili, o scegli un altro tipo.</translation>
    </message>
</context>
<context>
    <name>EditAccountDialog</name>
    <message>
        <source>Account “{username}”</source>
        <translation>Account “{username}”</translation>
    </message>
    <message>
        <source>A new role or person takes effect at the account&apos;s next sign-in; the account takes the organization of its person.</source>
        <translation>Il nuovo ruolo o la nuova persona valgono dal prossimo accesso; l’account assume l’ente della sua persona.</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>Choose another role or person, or Cancel.</source>
        <translation>Scegli un altro ruolo o un’altra persona, oppure Annulla.</translation>
    </message>
</context>
<context>
    <name>EditItemDialog</name>
    <message>
        <source>Edit the agenda item</source>
        <translation>Modifica il punto all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>What the partners should know or bring. No names of people met.</source>
        <translation>Cosa i partner devono sapere o portare. Nessun nome delle persone incontrate.</translation>
    </message>
    <message>
        <source>{about} · {why}</source>
        <translation>{about} · {why}</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Riguarda:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Dai un titolo al punto.</translation>
    </message>
    <message>
        <source>The notes have at most {limit} characters; these have {length}.</source>
        <translation>Le note hanno al massimo {limit} caratteri; queste ne hanno {length}.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase the person</source>
        <translation>Cancella la persona</translation>
    </message>
    <message>
        <source>Erase “{name}” (no. {id}). In one step, recorded in the audit log with the counts and the reason:
• the profile: nickname, name, year of birth, description and the social services&apos; reference;
• consents and legal bases: {consents}; corrections kept for the audit: {amendments};
• the cases about them: {cases}, their titles, referral reasons and notes ({notes}).
Dates, zones and counts stay, so past reports still add up. This cannot be undone; copies of the database kept elsewhere follow their own rules.</source>
        <translation>Cancellare “{name}” (n. {id}). In un solo passo, registrato nel registro di audit con i conteggi e il motivo:
• il profilo: soprannome, nome, anno di nascita, descrizione e riferimento dei servizi sociali;
• consensi e basi giuridiche: {consents}; correzioni conservate per l&apos;audit: {amendments};
• i casi che la riguardano: {cases}, con titoli, motivi di invio e note ({notes}).
Date, zone e conteggi restano, così i resoconti passati tornano ancora. Non si può annullare; le copie del database conservate altrove seguono le proprie regole.</translation>
    </message>
    <message>
        <source>For example: request of 5 December, ref. 12</source>
        <translation>Per esempio: richiesta del 5 dicembre, prot. 12</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Say why, in a few words.</source>
        <translation>Dite perché, in poche parole.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Cancella</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your account {change} since you signed in, so nothing was read or saved. Sign in again, or ask an administrator.</source>
        <translation>Il tuo account {change} dopo l&apos;accesso, quindi non è stato letto né salvato nulla. Accedi di nuovo, o chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>Others were saving the same records at the same moment, so nothing was saved. Try again.</source>
        <translation>Altri stavano salvando gli stessi dati nello stesso momento, quindi non è stato salvato nulla. Riprova.</translation>
    </message>
    <message>
        <source>Only the organization that holds this record may {write}. Ask them to do it, or discuss it at the next coordination meeting.</source>
        <translation>Solo l&apos;ente che ha in carico questo dato può {write}. Chiedi a loro di farlo, o parlatene al prossimo tavolo di coordinamento.</translation>
    </message>
    <message>
        <source>A username has {low} to {high} characters: letters, digits, dots, hyphens or underscores.</source>
        <translation>Il nome utente ha da {low} a {high} caratteri: lettere, cifre, punti, trattini o trattini bassi.</translation>
    </message>
    <message>
        <source>This database already has accounts: sign in with one of them.</source>
        <translation>Questo database ha già degli account: accedi con uno di questi.</translation>
    </message>
    <message>
        <source>There is no account named “{username}”. Check the spelling.</source>
        <translation>Non esiste un account di nome «{username}». Controlla come è scritto.</translation>
    </message>
    <message>
        <source>The username “{username}” is taken. Choose another one.</source>
        <translation>Il nome utente «{username}» è già in uso. Scegline un altro.</translation>
    </message>
    <message>
        <source>The database server already has a role named “{role}” that is not an account of this database. Choose another username.</source>
        <translation>Il server del database ha già un ruolo di nome “{role}” che non è un account di questo database. Scegli un altro nome utente.</translation>
    </message>
    <message>
        <source>On this shared server a username has at most {most} bytes (accented letters count two). Choose a shorter one.</source>
        <translation>Su questo server condiviso un nome utente ha al massimo {most} byte (le lettere accentate contano due). Scegline uno più corto.</translation>
    </message>
    <message>
        <source>This person already has an account: change that one instead.</source>
        <translation>Questa persona ha già un account: modifica quello.</translation>
    </message>
    <message>
        <source>The account “{username}” is already disabled.</source>
        <translation>L&apos;account «{username}» è già disattivato.</translation>
    </message>
    <message>
        <source>This is the last enabled administrator account: create or enable another administrator first.</source>
        <translation>Questo è l&apos;ultimo account amministratore attivo: prima crea o riattiva un altro amministratore.</translation>
    </message>
    <message>
        <source>The account “{username}” is not disabled: it can already sign in.</source>
        <translation>L’account “{username}” non è disattivato: può già accedere.</translation>
    </message>
    <message>
        <source>The account “{username}” is not locked (any more): it can already sign in.</source>
        <translation>L’account “{username}” non è (più) bloccato: può già accedere.</translation>
    </message>
    <message>
        <source>You cannot disable your own account: ask another administrator.</source>
        <translation>Non puoi disattivare il tuo stesso account: chiedi a un altro amministratore.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from your own account: ask another administrator.</source>
        <translation>Non puoi togliere il ruolo di amministratore al tuo stesso account: chiedi a un altro amministratore.</translation>
    </message>
    <message>
        <source>The command line has no password of its own: sign in with an account.</source>
        <translation>La riga di comando non ha una password propria: accedi con un account.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nuova password deve essere diversa da quella attuale.</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>La password deve avere almeno {count} caratteri.</translation>
    </message>
    <message>
        <source>Give a reason for reading this, in a few words (for example: follow-up).</source>
        <translation>Indica in poche parole il motivo di questa lettura (per esempio: follow-up).</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>turno</translation>
    </message>
    <message>
        <source>absence</source>
        <translation>assenza</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organizzazione</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>invio</translation>
    </message>
    <message>
        <source>debrief</source>
        <translation>resoconto</translation>
    </message>
    <message>
        <source>person met</source>
        <translation>persona incontrata</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consenso</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>segnalazione</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>riunione</translation>
    </message>
    <message>
        <source>demand pattern</source>
        <translation>schema di fabbisogno</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>disponibilità</translation>
    </message>
    <message>
        <source>case title</source>
        <translation>titolo del caso</translation>
    </message>
    <message>
        <source>reason for the referral</source>
        <translation>motivo dell&apos;invio</translation>
    </message>
    <message>
        <source>reason for declining</source>
        <translation>motivo del rifiuto</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>soprannome</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nome e cognome</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descrizione</translation>
    </message>
    <message>
        <source>care reference</source>
        <translation>riferimento della presa in carico</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>base giuridica</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>esito</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguito</translation>
    </message>
    <message>
        <source>shift objectives</source>
        <translation>obiettivi del turno</translation>
    </message>
    <message>
        <source>absence note</source>
        <translation>nota sull&apos;assenza</translation>
    </message>
    <message>
        <source>zone name</source>
        <translation>nome della zona</translation>
    </message>
    <message>
        <source>signal summary</source>
        <translation>sintesi della segnalazione</translation>
    </message>
    <message>
        <source>signal category</source>
        <translation>categoria della segnalazione</translation>
    </message>
    <message>
        <source>signal source</source>
        <translation>fonte della segnalazione</translation>
    </message>
    <message>
        <source>meeting title</source>
        <translation>titolo della riunione</translation>
    </message>
    <message>
        <source>meeting place</source>
        <translation>luogo della riunione</translation>
    </message>
    <message>
        <source>agenda item title</source>
        <translation>titolo del punto all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>agenda item notes</source>
        <translation>note del punto all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisione</translation>
    </message>
    <message>
        <source>action</source>
        <translation>azione</translation>
    </message>
    <message>
        <source>reason for the action&apos;s outcome</source>
        <translation>motivo dell&apos;esito dell&apos;azione</translation>
    </message>
    <message>
        <source>minutes paragraph</source>
        <translation>paragrafo del verbale</translation>
    </message>
    <message>
        <source>confidentiality statement</source>
        <translation>dichiarazione di riservatezza</translation>
    </message>
    <message>
        <source>project title</source>
        <translation>titolo del progetto</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>ente finanziatore</translation>
    </message>
    <message>
        <source>project objectives</source>
        <translation>obiettivi del progetto</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>relazione</translation>
    </message>
    <message>
        <source>expense description</source>
        <translation>descrizione della spesa</translation>
    </message>
    <message>
        <source>supporting document</source>
        <translation>documento giustificativo</translation>
    </message>
    <message>
        <source>reason for reading</source>
        <translation>motivo della consultazione</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>see the calendar</source>
        <translation>vedere il calendario</translation>
    </message>
    <message>
        <source>plan shifts</source>
        <translation>pianificare i turni</translation>
    </message>
    <message>
        <source>publish a week</source>
        <translation>pubblicare una settimana</translation>
    </message>
    <message>
        <source>manage absences</source>
        <translation>gestire le assenze</translation>
    </message>
    <message>
        <source>export the calendar</source>
        <translation>esportare il calendario</translation>
    </message>
    <message>
        <source>see the map</source>
        <translation>vedere la mappa</translation>
    </message>
    <message>
        <source>record signals</source>
        <translation>registrare segnalazioni</translation>
    </message>
    <message>
        <source>edit zones</source>
        <translation>modificare le zone</translation>
    </message>
    <message>
        <source>record debriefs</source>
        <translation>registrare resoconti</translation>
    </message>
    <message>
        <source>see cases</source>
        <translation>vedere i casi</translation>
    </message>
    <message>
        <source>open or change cases</source>
        <translation>aprire o modificare casi</translation>
    </message>
    <message>
        <source>write case notes</source>
        <translation>scrivere note sui casi</translation>
    </message>
    <message>
        <source>see the people met</source>
        <translation>vedere le persone incontrate</translation>
    </message>
    <message>
        <source>see the activity figures</source>
        <translation>vedere i dati di attività</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>leggere il registro di audit</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>gestire gli account</translation>
    </message>
    <message>
        <source>see meetings</source>
        <translation>vedere le riunioni</translation>
    </message>
    <message>
        <source>prepare meetings</source>
        <translation>preparare le riunioni</translation>
    </message>
    <message>
        <source>run meetings</source>
        <translation>condurre le riunioni</translation>
    </message>
    <message>
        <source>write minutes</source>
        <translation>scrivere il verbale</translation>
    </message>
    <message>
        <source>approve minutes</source>
        <translation>approvare il verbale</translation>
    </message>
    <message>
        <source>update actions</source>
        <translation>aggiornare le azioni</translation>
    </message>
    <message>
        <source>manage the funding report</source>
        <translation>gestire la rendicontazione</translation>
    </message>
    <message>
        <source>set how long personal data is kept</source>
        <translation>stabilire per quanto si conservano i dati personali</translation>
    </message>
    <message>
        <source>run the retention rules</source>
        <translation>eseguire le regole di conservazione</translation>
    </message>
    <message>
        <source>export a person&apos;s data for them</source>
        <translation>esportare i dati di una persona per lei</translation>
    </message>
    <message>
        <source>correct a person&apos;s profile</source>
        <translation>rettificare il profilo di una persona</translation>
    </message>
    <message>
        <source>erase a person&apos;s data</source>
        <translation>cancellare i dati di una persona</translation>
    </message>
    <message>
        <source>change this case</source>
        <translation>modificare questo caso</translation>
    </message>
    <message>
        <source>give this case to someone</source>
        <translation>affidare questo caso a un&apos;altra persona</translation>
    </message>
    <message>
        <source>refer this case</source>
        <translation>inviare questo caso</translation>
    </message>
    <message>
        <source>change this debrief</source>
        <translation>modificare questo resoconto</translation>
    </message>
    <message>
        <source>record a consent or legal basis for this person</source>
        <translation>registrare un consenso o una base giuridica per questa persona</translation>
    </message>
    <message>
        <source>withdraw this consent</source>
        <translation>revocare questo consenso</translation>
    </message>
    <message>
        <source>was disabled</source>
        <translation>è stato disattivato</translation>
    </message>
    <message>
        <source>is locked after too many wrong passwords</source>
        <translation>è bloccato dopo troppe password errate</translation>
    </message>
    <message>
        <source>was given another role</source>
        <translation>ha ricevuto un altro ruolo</translation>
    </message>
    <message>
        <source>was removed</source>
        <translation>è stato eliminato</translation>
    </message>
    <message>
        <source>You are not allowed to {action} as {role}. Ask an administrator if your work needs it.</source>
        <translation>Non puoi {action} con il ruolo {role}. Se ti serve per il tuo lavoro, chiedi a un amministratore.</translation>
    </message>
    <message>
        <source>The file could not be read or written: {reason}</source>
        <translation>Non è stato possibile leggere o scrivere il file: {reason}</translation>
    </message>
    <message>
        <source>The database already holds data. The demo only fills a new, empty database: choose another file.</source>
        <translation>Il database contiene già dei dati. La demo riempie solo un database nuovo e vuoto: scegli un altro file.</translation>
    </message>
    <message>
        <source>There is no {entity} with id {id}: it may have been removed. Reload and choose again.</source>
        <translation>Elemento non trovato ({entity} con id {id}): potrebbe essere stato rimosso. Ricarica e scegli di nuovo.</translation>
    </message>
    <message>
        <source>Someone else changed this {entity} in the meantime. Look at it as it is now and make your change again.</source>
        <translation>Nel frattempo qualcun altro ha modificato questo elemento ({entity}). Guardalo com&apos;è ora e rifai la modifica.</translation>
    </message>
    <message>
        <source>The text in “{field}” contains a control character ({character}) that cannot be stored. Remove it: retype the text, or paste it as plain text.</source>
        <translation>Il testo in «{field}» contiene un carattere di controllo ({character}) che non si può salvare. Toglilo: riscrivi il testo oppure incollalo come testo semplice.</translation>
    </message>
    <message>
        <source>The field “{field}” is empty (spaces and invisible characters do not count). Write something in it.</source>
        <translation>Il campo «{field}» è vuoto (spazi e caratteri invisibili non contano). Scrivi qualcosa.</translation>
    </message>
    <message>
        <source>The field “{field}” holds at most {limit} characters; this text has {length}. Shorten it.</source>
        <translation>Il campo «{field}» può contenere al massimo {limit} caratteri; questo testo ne ha {length}. Accorcialo.</translation>
    </message>
    <message>
        <source>The date {day} is outside the dates the console accepts ({first} to {last}). Check the year.</source>
        <translation>La data {day} è fuori dall&apos;intervallo accettato dalla console (dal {first} al {last}). Controlla l&apos;anno.</translation>
    </message>
    <message>
        <source>{value} is outside the accepted range, from {low} to {high}. Check the number.</source>
        <translation>{value} è fuori dall&apos;intervallo accettato, da {low} a {high}. Controlla il numero.</translation>
    </message>
    <message>
        <source>{value} is not a whole number the console accepts. Write it with digits only.</source>
        <translation>{value} non è un numero intero accettato dalla console. Scrivilo usando solo cifre.</translation>
    </message>
    <message>
        <source>Give the meeting a title, for example “Coordination meeting, March”.</source>
        <translation>Dai un titolo alla riunione, per esempio «Tavolo di coordinamento, marzo».</translation>
    </message>
    <message>
        <source>Give the project a title, as it reads in the grant decree.</source>
        <translation>Dai un titolo al progetto, come nel decreto di concessione.</translation>
    </message>
    <message>
        <source>“{cup}” is not a CUP code: a CUP has 15 letters and digits, for example D11H24000120006. Copy it from the grant decree, or leave it empty until it is assigned.</source>
        <translation>«{cup}» non è un codice CUP: un CUP ha 15 lettere e cifre, per esempio D11H24000120006. Copialo dal decreto di concessione, o lascialo vuoto finché non è assegnato.</translation>
    </message>
    <message>
        <source>“{amount}” is not an amount in euros: write a number that is not negative, with at most two decimals (an expense must be above zero).</source>
        <translation>«{amount}» non è un importo in euro: scrivi un numero non negativo con al massimo due decimali (una spesa deve essere maggiore di zero).</translation>
    </message>
    <message>
        <source>The project ends ({end}) before it starts ({start}). Correct one of the dates.</source>
        <translation>Il progetto termina ({end}) prima di iniziare ({start}). Correggi una delle date.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}). Choose an end on or after the start.</source>
        <translation>Il periodo termina ({end}) prima di iniziare ({start}). Scegli una fine uguale o successiva all&apos;inizio.</translation>
    </message>
    <message>
        <source>Say what the expense was for, for example “Printing of leaflets”.</source>
        <translation>Indica a cosa è servita la spesa, per esempio «Stampa di volantini».</translation>
    </message>
    <message>
        <source>Organization {id} no longer exists. Reload the costs and choose another.</source>
        <translation>L&apos;ente {id} non esiste più. Ricarica i costi e scegline un altro.</translation>
    </message>
    <message>
        <source>This hourly cost was removed meanwhile. Reload the costs.</source>
        <translation>Questo costo orario è stato eliminato nel frattempo. Ricarica i costi.</translation>
    </message>
    <message>
        <source>Expense {id} was removed meanwhile. Reload the expenses.</source>
        <translation>La spesa {id} è stata eliminata nel frattempo. Ricarica le spese.</translation>
    </message>
    <message>
        <source>Someone else changed the project&apos;s settings while you were editing them. Reload them and make your change again.</source>
        <translation>Qualcun altro ha modificato i dati del progetto mentre li stavi modificando. Ricaricali e ripeti la modifica.</translation>
    </message>
    <message>
        <source>Someone else changed the hourly cost of the role “{role}” in {organization} meanwhile. Reload the costs and make your change again.</source>
        <translation>Qualcun altro ha modificato nel frattempo il costo orario del ruolo «{role}» in {organization}. Ricarica i costi e ripeti la modifica.</translation>
    </message>
    <message>
        <source>Someone else changed expense {id} meanwhile. Reload the expenses and make your change again.</source>
        <translation>Qualcun altro ha modificato nel frattempo la spesa {id}. Ricarica le spese e ripeti la modifica.</translation>
    </message>
    <message>
        <source>Someone else changed the narrative of {start} – {end} meanwhile. Reload it and write your change again.</source>
        <translation>Qualcun altro ha modificato nel frattempo la relazione del periodo {start} – {end}. Ricaricala e riscrivi la modifica.</translation>
    </message>
    <message>
        <source>{name} is neither a PDF nor a spreadsheet: save it as .pdf or .xlsx.</source>
        <translation>{name} non è né un PDF né un foglio di calcolo: salvalo come .pdf o .xlsx.</translation>
    </message>
    <message>
        <source>{name} is no longer active and cannot be invited. Choose someone else.</source>
        <translation>{name} non è più attivo e non può essere invitato. Scegli un&apos;altra persona.</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved: nothing in it can change any more. To correct the minutes, amend a paragraph.</source>
        <translation>Il verbale di questa riunione è approvato: non si può più modificare nulla. Per correggere il verbale, rettifica un paragrafo.</translation>
    </message>
    <message>
        <source>The meeting has not started yet. Take attendance and start it, then record this.</source>
        <translation>La riunione non è ancora iniziata. Rileva le presenze e avviala, poi registra questo.</translation>
    </message>
    <message>
        <source>The meeting has started already: this can only be changed before it starts.</source>
        <translation>La riunione è già iniziata: questo si può cambiare solo prima dell&apos;inizio.</translation>
    </message>
    <message>
        <source>The text contains the name of a person met. Minutes and decisions carry no personal data: refer to the case or to the person&apos;s nickname instead.</source>
        <translation>Il testo contiene il nome di una persona incontrata. Verbali e decisioni non contengono dati personali: indica il caso o il soprannome della persona.</translation>
    </message>
    <message>
        <source>You can write only for an audience you belong to, and “{audience}” is not yours. Choose another audience.</source>
        <translation>Puoi scrivere solo per destinatari di cui fai parte, e «{audience}» non è tra questi. Scegli altri destinatari.</translation>
    </message>
    <message>
        <source>The confidentiality statement is empty. Write it in the settings before starting the meeting.</source>
        <translation>La dichiarazione di riservatezza è vuota. Scrivila nelle impostazioni prima di avviare la riunione.</translation>
    </message>
    <message>
        <source>Nobody is recorded as present. Take attendance before starting the meeting.</source>
        <translation>Nessuno risulta presente. Rileva le presenze prima di avviare la riunione.</translation>
    </message>
    <message>
        <source>These attendees have not acknowledged the confidentiality statement yet: {names}. Read it to them and record their acknowledgement.</source>
        <translation>Questi partecipanti non hanno ancora preso atto della dichiarazione di riservatezza: {names}. Leggila loro e registra la presa d&apos;atto.</translation>
    </message>
    <message>
        <source>{name} is joining a meeting under way: record their acknowledgement of the confidentiality statement together with their presence.</source>
        <translation>{name} si unisce a una riunione in corso: registra la presa d&apos;atto della dichiarazione di riservatezza insieme alla presenza.</translation>
    </message>
    <message>
        <source>Give the agenda item a title: a few words that say what it is about.</source>
        <translation>Dai un titolo al punto all&apos;ordine del giorno: poche parole che dicano di cosa tratta.</translation>
    </message>
    <message>
        <source>Items of this kind are proposed from the data. Add an item about a zone, a case or anything else.</source>
        <translation>I punti di questo tipo sono proposti dai dati. Aggiungi un punto su una zona, su un caso o su altro.</translation>
    </message>
    <message>
        <source>Choose the zone the item is about.</source>
        <translation>Scegli la zona di cui tratta il punto.</translation>
    </message>
    <message>
        <source>Choose the case the item is about.</source>
        <translation>Scegli il caso di cui tratta il punto.</translation>
    </message>
    <message>
        <source>Agenda item {id} no longer exists. Reload the meeting.</source>
        <translation>Il punto all&apos;ordine del giorno {id} non esiste più. Ricarica la riunione.</translation>
    </message>
    <message>
        <source>Decisions, actions or minutes were recorded on this item, so it stays on the agenda.</source>
        <translation>Su questo punto sono stati registrati decisioni, azioni o verbale: resta all&apos;ordine del giorno.</translation>
    </message>
    <message>
        <source>Agenda item {item} belongs to another meeting. Reload the meeting.</source>
        <translation>Il punto all&apos;ordine del giorno {item} appartiene a un&apos;altra riunione. Ricarica la riunione.</translation>
    </message>
    <message>
        <source>Write what was decided.</source>
        <translation>Scrivi che cosa è stato deciso.</translation>
    </message>
    <message>
        <source>Decision {id} no longer exists. Reload the meeting.</source>
        <translation>La decisione {id} non esiste più. Ricarica la riunione.</translation>
    </message>
    <message>
        <source>This decision has already been carried out. Record a new decision for another step.</source>
        <translation>Questa decisione è già stata attuata. Registra una nuova decisione per un altro passo.</translation>
    </message>
    <message>
        <source>Decision {decision} belongs to another meeting. Reload the meeting.</source>
        <translation>La decisione {decision} appartiene a un&apos;altra riunione. Ricarica la riunione.</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation>Scrivi che cosa va fatto.</translation>
    </message>
    <message>
        <source>Say why the action was not done or proved impossible.</source>
        <translation>Spiega perché l&apos;azione non è stata svolta o si è rivelata impossibile.</translation>
    </message>
    <message>
        <source>Action {id} no longer exists. Reload the list.</source>
        <translation>L&apos;azione {id} non esiste più. Ricarica l&apos;elenco.</translation>
    </message>
    <message>
        <source>Only the owner of the action, someone of their organization or a coordinator can update it.</source>
        <translation>Solo il responsabile dell&apos;azione, una persona del suo ente o un coordinatore possono aggiornarla.</translation>
    </message>
    <message>
        <source>Choose the organization responsible for the action.</source>
        <translation>Scegli l&apos;ente responsabile dell&apos;azione.</translation>
    </message>
    <message>
        <source>{name} is no longer active and cannot own an action. Choose someone else.</source>
        <translation>{name} non è più attivo e non può essere responsabile di un&apos;azione. Scegli un&apos;altra persona.</translation>
    </message>
    <message>
        <source>{name} does not work for the organization you chose. Choose their organization or another owner.</source>
        <translation>{name} non lavora per l&apos;ente scelto. Scegli il suo ente o un altro responsabile.</translation>
    </message>
    <message>
        <source>The paragraph is empty. Write something, then save.</source>
        <translation>Il paragrafo è vuoto. Scrivi qualcosa, poi salva.</translation>
    </message>
    <message>
        <source>Paragraph {id} of the minutes no longer exists. Reload the meeting.</source>
        <translation>Il paragrafo {id} del verbale non esiste più. Ricarica la riunione.</translation>
    </message>
    <message>
        <source>Choose the organization whose version of the minutes you want.</source>
        <translation>Scegli l&apos;ente di cui vuoi la versione del verbale.</translation>
    </message>
    <message>
        <source>You may not have the minutes for “{audience}”. Choose the shared minutes or those of your own organization.</source>
        <translation>Non puoi avere il verbale per «{audience}». Scegli il verbale condiviso o quello del tuo ente.</translation>
    </message>
    <message>
        <source>The zone has no shape that can be read. Draw the zone again on the map.</source>
        <translation>La zona non ha una forma leggibile. Disegna di nuovo la zona sulla mappa.</translation>
    </message>
    <message>
        <source>A zone must be an area (a Polygon or MultiPolygon), not “{kind}”. Draw it as an area on the map.</source>
        <translation>Una zona deve essere un’area (Polygon o MultiPolygon), non “{kind}”. Disegnala come area sulla mappa.</translation>
    </message>
    <message>
        <source>The shape of the zone has no parts. Draw the zone again on the map.</source>
        <translation>La forma della zona non ha parti. Disegna di nuovo la zona sulla mappa.</translation>
    </message>
    <message>
        <source>A part of the zone has no outline. Draw the zone again on the map.</source>
        <translation>Una parte della zona non ha contorno. Disegna di nuovo la zona sulla mappa.</translation>
    </message>
    <message>
        <source>The shape of the zone holds something that is not a list of points. Draw the zone again on the map.</source>
        <translation>La forma della zona contiene qualcosa che non è un elenco di punti. Disegna di nuovo la zona sulla mappa.</translation>
    </message>
    <message>
        <source>The shape of the zone has a point that is not a pair of numbers (longitude and latitude). Draw the zone again on the map.</source>
        <translation>La forma della zona ha un punto che non è una coppia di numeri (longitudine e latitudine). Disegna di nuovo la zona sulla mappa.</translation>
    </message>
    <message>
        <source>The shape of the zone has a point off the map (longitude {lon}, latitude {lat}). Longitude goes from -180 to 180 and latitude from -90 to 90: move the point.</source>
        <translation>La forma della zona ha un punto fuori dalla mappa (longitudine {lon}, latitudine {lat}). La longitudine va da -180 a 180 e la latitudine da -90 a 90: sposta il punto.</translation>
    </message>
    <message>
        <source>The outline of the zone, or one of its holes, has only {count} different points: an area needs at least 3. Add corners.</source>
        <translation>Il contorno della zona, o uno dei suoi fori, ha solo {count} punti diversi: un’area ne richiede almeno 3. Aggiungi dei vertici.</translation>
    </message>
    <message>
        <source>The corners of the zone&apos;s outline, or of one of its holes, all lie on one straight line, so they enclose no area. Move a corner off the line.</source>
        <translation>I vertici del contorno della zona, o di uno dei suoi fori, stanno tutti su una linea retta e quindi non racchiudono alcuna area. Sposta un vertice fuori dalla linea.</translation>
    </message>
    <message>
        <source>The outline of the zone, or one of its holes, crosses itself. Move the corners so that no two edges cross.</source>
        <translation>Il contorno della zona, o uno dei suoi fori, si interseca con sé stesso. Sposta i vertici in modo che nessun lato ne incroci un altro.</translation>
    </message>
    <message>
        <source>A hole in the zone crosses or touches the outline or another hole. Move its corners so that it lies inside the outline, apart from the other holes.</source>
        <translation>Un foro della zona incrocia o tocca il contorno o un altro foro. Sposta i suoi vertici in modo che stia dentro il contorno, separato dagli altri fori.</translation>
    </message>
    <message>
        <source>A hole in the zone lies outside the outline. Move it inside the outline, or remove it.</source>
        <translation>Un foro della zona si trova fuori dal contorno. Spostalo dentro il contorno, oppure eliminalo.</translation>
    </message>
    <message>
        <source>A hole in the zone lies inside another hole. Remove one of the two.</source>
        <translation>Un foro della zona si trova dentro un altro foro. Togline uno dei due.</translation>
    </message>
    <message>
        <source>The zone has {count} corners, more than the {limit} a zone may have. Simplify its outline: fewer corners are enough for a street or a square.</source>
        <translation>La zona ha {count} vertici, più dei {limit} ammessi per una zona. Semplificane il contorno: per una via o una piazza bastano molti meno vertici.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB. Export only the zones you need from the GIS.</source>
        <translation>Il file supera {limit} MB. Esporta dal GIS solo le zone che ti servono.</translation>
    </message>
    <message>
        <source>The file is not text: it may be a shapefile or an image. Choose a .geojson file.</source>
        <translation>Il file non è di testo: potrebbe essere uno shapefile o un’immagine. Scegli un file .geojson.</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text (the problem is at byte {byte}). Export it again from the GIS as GeoJSON in UTF-8.</source>
        <translation>Il file non è salvato come testo UTF-8 (il problema è al byte {byte}). Esportalo di nuovo dal GIS come GeoJSON in UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty. Choose the GeoJSON file that holds the zones.</source>
        <translation>Il file è vuoto. Scegli il file GeoJSON che contiene le zone.</translation>
    </message>
    <message>
        <source>The file holds the value {name}, which JSON does not allow as a number. Export it again from the GIS, or correct that value.</source>
        <translation>Il file contiene il valore {name}, che JSON non ammette come numero. Esportalo di nuovo dal GIS oppure correggi quel valore.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: there is an error at line {line}, column {column}. Export it again from the GIS, or correct it in a text editor.</source>
        <translation>Il file non è un JSON valido: c’è un errore alla riga {line}, colonna {column}. Esportalo di nuovo dal GIS oppure correggilo con un editor di testo.</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be read. Export the zones again from the GIS as a GeoJSON FeatureCollection.</source>
        <translation>Il file ha troppi livelli annidati per poter essere letto. Esporta di nuovo le zone dal GIS come FeatureCollection GeoJSON.</translation>
    </message>
    <message>
        <source>The file is JSON but not GeoJSON: it holds no FeatureCollection. Export the zones from the GIS as GeoJSON.</source>
        <translation>Il file è JSON ma non GeoJSON: non contiene una FeatureCollection. Esporta le zone dal GIS in formato GeoJSON.</translation>
    </message>
    <message>
        <source>The file is JSON but says no GeoJSON type. Export the zones from the GIS as a GeoJSON FeatureCollection.</source>
        <translation>Il file è JSON ma non indica alcun tipo GeoJSON. Esporta le zone dal GIS come FeatureCollection GeoJSON.</translation>
    </message>
    <message>
        <source>The file holds a single {kind}, not a FeatureCollection. Export the zones from the GIS as a FeatureCollection, or put the {kind} in one.</source>
        <translation>Il file contiene un solo {kind}, non una FeatureCollection. Esporta le zone dal GIS come FeatureCollection, oppure inserisci il {kind} in una FeatureCollection.</translation>
    </message>
    <message>
        <source>The file&apos;s GeoJSON type is “{kind}”, not FeatureCollection. Export the zones from the GIS as a FeatureCollection of polygons.</source>
        <translation>Il tipo GeoJSON del file è “{kind}”, non FeatureCollection. Esporta le zone dal GIS come FeatureCollection di poligoni.</translation>
    </message>
    <message>
        <source>The file has no features, so there is no zone to import. Check that you exported the right layer.</source>
        <translation>Il file non contiene elementi, quindi non c’è nessuna zona da importare. Controlla di aver esportato il livello giusto.</translation>
    </message>
    <message>
        <source>The file uses the coordinate system {crs}, not WGS84. Export it again from the GIS in WGS84 longitude/latitude (EPSG:4326).</source>
        <translation>Il file usa il sistema di coordinate {crs}, non WGS84. Esportalo di nuovo dal GIS in longitudine/latitudine WGS84 (EPSG:4326).</translation>
    </message>
    <message>
        <source>The file names its coordinate system in a form that is not known, so it may not be WGS84. Export it again from the GIS in WGS84 longitude/latitude (EPSG:4326).</source>
        <translation>Il file indica il suo sistema di coordinate in una forma sconosciuta, quindi potrebbe non essere WGS84. Esportalo di nuovo dal GIS in longitudine/latitudine WGS84 (EPSG:4326).</translation>
    </message>
    <message>
        <source>Feature {feature} uses the coordinate system {crs}, not WGS84. Export the file again from the GIS in WGS84 longitude/latitude (EPSG:4326).</source>
        <translation>L’elemento {feature} usa il sistema di coordinate {crs}, non WGS84. Esporta di nuovo il file dal GIS in longitudine/latitudine WGS84 (EPSG:4326).</translation>
    </message>
    <message>
        <source>Feature {feature} names its coordinate system in a form that is not known, so it may not be WGS84. Export the file again from the GIS in WGS84 longitude/latitude (EPSG:4326).</source>
        <translation>L’elemento {feature} indica il suo sistema di coordinate in una forma sconosciuta, quindi potrebbe non essere WGS84. Esporta di nuovo il file dal GIS in longitudine/latitudine WGS84 (EPSG:4326).</translation>
    </message>
    <message>
        <source>Item {feature} of the file&apos;s features is not a GeoJSON Feature. Export the zones again from the GIS.</source>
        <translation>La voce {feature} dell’elenco degli elementi del file non è una Feature GeoJSON. Esporta di nuovo le zone dal GIS.</translation>
    </message>
    <message>
        <source>The properties of feature {feature} are not a list of names and values. Export the zones again from the GIS.</source>
        <translation>Le proprietà dell’elemento {feature} non sono un elenco di nomi e valori. Esporta di nuovo le zone dal GIS.</translation>
    </message>
    <message>
        <source>Feature {feature} has no geometry, and every zone needs an area. Draw its polygon in the GIS, or leave the feature out.</source>
        <translation>L’elemento {feature} non ha una geometria, e ogni zona ha bisogno di un’area. Disegna il suo poligono nel GIS, oppure escludi l’elemento.</translation>
    </message>
    <message>
        <source>The geometry of feature {feature} has no known type, and only areas can be zones. Export it again as a Polygon or MultiPolygon.</source>
        <translation>La geometria dell’elemento {feature} è di un tipo sconosciuto, e solo le aree possono essere zone. Esportala di nuovo come Polygon o MultiPolygon.</translation>
    </message>
    <message>
        <source>Feature {feature} is a {kind}, but only areas (Polygon or MultiPolygon) can be zones. Leave it out, or export only the layer of polygons.</source>
        <translation>L’elemento {feature} è un {kind}, ma solo le aree (Polygon o MultiPolygon) possono essere zone. Escludilo, oppure esporta solo il livello dei poligoni.</translation>
    </message>
    <message>
        <source>Feature {feature} has coordinates like {x} / {y}: they look like metres of a projected system, not longitude and latitude. Export the file again from the GIS in WGS84 longitude/latitude (EPSG:4326).</source>
        <translation>L’elemento {feature} ha coordinate come {x} / {y}: sembrano metri di un sistema proiettato, non longitudine e latitudine. Esporta di nuovo il file dal GIS in longitudine/latitudine WGS84 (EPSG:4326).</translation>
    </message>
    <message>
        <source>Feature {feature} has a point at longitude {x}, latitude {y}, off the map (longitude goes from -180 to 180, latitude from -90 to 90). Export the file again from the GIS in WGS84 longitude/latitude (EPSG:4326).</source>
        <translation>L’elemento {feature} ha un punto a longitudine {x}, latitudine {y}, fuori dalla mappa (la longitudine va da -180 a 180, la latitudine da -90 a 90). Esporta di nuovo il file dal GIS in longitudine/latitudine WGS84 (EPSG:4326).</translation>
    </message>
    <message>
        <source>Feature {feature} is a MultiPolygon without polygons. Draw its area in the GIS, or leave the feature out.</source>
        <translation>L’elemento {feature} è un MultiPolygon senza poligoni. Disegna la sua area nel GIS, oppure escludi l’elemento.</translation>
    </message>
    <message>
        <source>Polygon {polygon} of feature {feature} has no outline. Correct it in the GIS and export the file again.</source>
        <translation>Il poligono {polygon} dell’elemento {feature} non ha contorno. Correggilo nel GIS ed esporta di nuovo il file.</translation>
    </message>
    <message>
        <source>Polygon {polygon} of feature {feature} has coordinates that are not pairs of numbers (longitude and latitude). Correct it in the GIS and export the file again.</source>
        <translation>Il poligono {polygon} dell’elemento {feature} ha coordinate che non sono coppie di numeri (longitudine e latitudine). Correggilo nel GIS ed esporta di nuovo il file.</translation>
    </message>
    <message>
        <source>Polygon {polygon} of feature {feature} has an outline or a hole with only {count} different points: an area needs at least 3. Correct it in the GIS and export the file again.</source>
        <translation>Il poligono {polygon} dell’elemento {feature} ha un contorno o un foro con solo {count} punti diversi: un’area ne richiede almeno 3. Correggilo nel GIS ed esporta di nuovo il file.</translation>
    </message>
    <message>
        <source>Polygon {polygon} of feature {feature} has an outline or a hole whose points all lie on one line, so it encloses no area. Correct it in the GIS and export the file again.</source>
        <translation>Il poligono {polygon} dell’elemento {feature} ha un contorno o un foro i cui punti stanno tutti su una linea, quindi non racchiude alcuna area. Correggilo nel GIS ed esporta di nuovo il file.</translation>
    </message>
    <message>
        <source>The outline or a hole of polygon {polygon} of feature {feature} crosses itself. Correct it in the GIS (its geometry check finds where) and export the file again.</source>
        <translation>Il contorno o un foro del poligono {polygon} dell’elemento {feature} si interseca con sé stesso. Correggilo nel GIS (il controllo della geometria indica dove) ed esporta di nuovo il file.</translation>
    </message>
    <message>
        <source>A hole of polygon {polygon} of feature {feature} crosses or touches the outline or another hole. Correct it in the GIS and export the file again.</source>
        <translation>Un foro del poligono {polygon} dell’elemento {feature} incrocia o tocca il contorno o un altro foro. Correggilo nel GIS ed esporta di nuovo il file.</translation>
    </message>
    <message>
        <source>Hole {hole} of polygon {polygon} of feature {feature} lies outside the outline. Correct it in the GIS and export the file again.</source>
        <translation>Il foro {hole} del poligono {polygon} dell’elemento {feature} si trova fuori dal contorno. Correggilo nel GIS ed esporta di nuovo il file.</translation>
    </message>
    <message>
        <source>Polygon {polygon} of feature {feature} has a hole inside another hole. Correct it in the GIS and export the file again.</source>
        <translation>Il poligono {polygon} dell’elemento {feature} ha un foro dentro un altro foro. Correggilo nel GIS ed esporta di nuovo il file.</translation>
    </message>
    <message>
        <source>Feature {feature} has {count} vertices, more than the {limit} a zone may have. Simplify it in the GIS (for example with a tolerance of one metre) and export the file again.</source>
        <translation>L’elemento {feature} ha {count} vertici, più dei {limit} ammessi per una zona. Semplificalo nel GIS (per esempio con una tolleranza di un metro) ed esporta di nuovo il file.</translation>
    </message>
    <message>
        <source>The geometry of feature {feature} cannot be a zone. Check it in the GIS and export the file again.</source>
        <translation>La geometria dell’elemento {feature} non può essere una zona. Controllala nel GIS ed esporta di nuovo il file.</translation>
    </message>
    <message>
        <source>The features have no properties, so none can give the zones their names (“{property}” was chosen). Add a name to each feature in the GIS and export the file again.</source>
        <translation>Gli elementi non hanno proprietà, quindi nessuna può dare il nome alle zone (era stata scelta “{property}”). Aggiungi un nome a ogni elemento nel GIS ed esporta di nuovo il file.</translation>
    </message>
    <message>
        <source>The features have no property “{property}”. Choose one of these for the zones&apos; names: {available}.</source>
        <translation>Gli elementi non hanno la proprietà “{property}”. Scegline una tra queste per i nomi delle zone: {available}.</translation>
    </message>
    <message>
        <source>Feature {feature} has no “{property}”, and every zone needs a name. Fill it in the GIS, or choose another property for the names.</source>
        <translation>L’elemento {feature} non ha “{property}”, e ogni zona ha bisogno di un nome. Compilalo nel GIS, oppure scegli un’altra proprietà per i nomi.</translation>
    </message>
    <message>
        <source>The “{property}” of feature {feature} is empty or is not a name, and every zone needs one. Fill it in the GIS, or choose another property for the names.</source>
        <translation>La proprietà “{property}” dell’elemento {feature} è vuota o non è un nome, e ogni zona ne ha bisogno. Compilala nel GIS, oppure scegli un’altra proprietà per i nomi.</translation>
    </message>
    <message>
        <source>The name of feature {feature} is {length} characters long, and a zone&apos;s name has at most {limit}. Shorten it in the GIS, or choose another property for the names.</source>
        <translation>Il nome dell’elemento {feature} è lungo {length} caratteri, e il nome di una zona ne ha al massimo {limit}. Accorcialo nel GIS, oppure scegli un’altra proprietà per i nomi.</translation>
    </message>
    <message>
        <source>Features {first} and {second} are both called “{name}”, and zone names must differ (capitals do not count). Rename one of them in the GIS.</source>
        <translation>Gli elementi {first} e {second} si chiamano entrambi “{name}”, e i nomi delle zone devono essere diversi (maiuscole e minuscole non contano). Rinomina uno dei due nel GIS.</translation>
    </message>
    <message>
        <source>The zones cannot be written as GeoJSON: one of them holds a number that is not finite. Correct that zone and export again.</source>
        <translation>Non è possibile scrivere le zone in GeoJSON: una di esse contiene un numero non finito. Correggi quella zona ed esporta di nuovo.</translation>
    </message>
    <message>
        <source>A zone needs a name. Type one.</source>
        <translation>Una zona ha bisogno di un nome. Scrivine uno.</translation>
    </message>
    <message>
        <source>The name is {length} characters long. Keep it to {limit}.</source>
        <translation>Il nome è lungo {length} caratteri. Non superare {limit}.</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour. Choose one, or write it as #rrggbb (for example #1f77b4).</source>
        <translation>“{colour}” non è un colore. Scegline uno, oppure scrivilo nella forma #rrggbb (per esempio #1f77b4).</translation>
    </message>
    <message>
        <source>The review threshold “{threshold}” is not a number. Type how many signals a week are too many, for example 10.</source>
        <translation>La soglia di revisione “{threshold}” non è un numero. Scrivi quante segnalazioni a settimana sono troppe, per esempio 10.</translation>
    </message>
    <message>
        <source>The review threshold cannot be {threshold}. Type a number of 0 or more: how many signals a week are too many.</source>
        <translation>La soglia di revisione non può essere {threshold}. Scrivi un numero da 0 in su: quante segnalazioni a settimana sono troppe.</translation>
    </message>
    <message>
        <source>There is already a zone called “{name}” (capitals do not count). Choose another name.</source>
        <translation>Esiste già una zona chiamata “{name}” (maiuscole e minuscole non contano). Scegli un altro nome.</translation>
    </message>
    <message>
        <source>A deactivated zone is already called “{name}” (capitals do not count). Choose another name, or activate that zone again.</source>
        <translation>Una zona disattivata si chiama già “{name}” (maiuscole e minuscole non contano). Scegli un altro nome, oppure riattiva quella zona.</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of signal. Choose citizen report, police intervention or media item.</source>
        <translation>“{kind}” non è un tipo di segnalazione. Scegli segnalazione dei cittadini, intervento di polizia o notizia di stampa.</translation>
    </message>
    <message>
        <source>The time of the signal is incomplete (it has no time zone). Enter it again.</source>
        <translation>L’ora della segnalazione è incompleta (manca il fuso orario). Inseriscila di nuovo.</translation>
    </message>
    <message>
        <source>The category is empty. Choose one from the list, or type one.</source>
        <translation>La categoria è vuota. Scegline una dall’elenco, oppure scrivila.</translation>
    </message>
    <message>
        <source>The category is {length} characters long. Keep it to {limit}.</source>
        <translation>La categoria è lunga {length} caratteri. Non superare {limit}.</translation>
    </message>
    <message>
        <source>The source is {length} characters long. Keep it to {limit}.</source>
        <translation>La fonte è lunga {length} caratteri. Non superare {limit}.</translation>
    </message>
    <message>
        <source>The summary is {length} characters long. Keep it to {limit}, without personal data.</source>
        <translation>La sintesi è lunga {length} caratteri. Non superare {limit}, senza dati personali.</translation>
    </message>
    <message>
        <source>The point has a longitude or a latitude, but not both. Give both, or neither and choose the zone.</source>
        <translation>Il punto ha la longitudine o la latitudine, ma non entrambe. Indicale tutte e due, oppure nessuna e scegli la zona.</translation>
    </message>
    <message>
        <source>The point (longitude {lon}, latitude {lat}) is off the map. Click the map where the signal happened.</source>
        <translation>Il punto (longitudine {lon}, latitudine {lat}) è fuori dalla mappa. Fai clic sulla mappa dove è avvenuta la segnalazione.</translation>
    </message>
    <message>
        <source>The signal needs a zone. Click the map where it happened, or choose the zone.</source>
        <translation>La segnalazione ha bisogno di una zona. Fai clic sulla mappa dove è avvenuta, oppure scegli la zona.</translation>
    </message>
    <message>
        <source>The chosen zone no longer exists or has been deactivated. Choose another zone.</source>
        <translation>La zona scelta non esiste più o è stata disattivata. Scegli un’altra zona.</translation>
    </message>
    <message>
        <source>The point is in no zone. Choose the zone, or place the point inside one.</source>
        <translation>Il punto non è in nessuna zona. Scegli la zona, oppure metti il punto all’interno di una zona.</translation>
    </message>
    <message>
        <source>The period is incomplete (it has no time zone). Choose the period again.</source>
        <translation>Il periodo è incompleto (manca il fuso orario). Scegli di nuovo il periodo.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB. Split it into smaller files and import them one at a time.</source>
        <translation>Il file supera {limit} MB. Dividilo in file più piccoli e importali uno alla volta.</translation>
    </message>
    <message>
        <source>The file is not text: it may be a spreadsheet or an image. Save it as CSV and choose that file.</source>
        <translation>Il file non è di testo: potrebbe essere un foglio di calcolo o un’immagine. Salvalo in formato CSV e scegli quel file.</translation>
    </message>
    <message>
        <source>The file is text in an encoding that is not UTF-8, UTF-16 or Windows-1252. In the spreadsheet, save it as “CSV UTF-8” and import it again.</source>
        <translation>Il file è un testo in una codifica diversa da UTF-8, UTF-16 o Windows-1252. Nel foglio di calcolo salvalo come “CSV UTF-8” e importalo di nuovo.</translation>
    </message>
    <message>
        <source>The file is empty. Choose the CSV file that holds the signals.</source>
        <translation>Il file è vuoto. Scegli il file CSV che contiene le segnalazioni.</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows. Split it into smaller files and import them one at a time.</source>
        <translation>Il file ha più di {limit} righe. Dividilo in file più piccoli e importali uno alla volta.</translation>
    </message>
    <message>
        <source>Line {line} of the file cannot be read as CSV: a quote may be missing, or a value is too long. Correct the file and import it again.</source>
        <translation>Non è possibile leggere la riga {line} del file come CSV: forse manca una virgoletta, oppure un valore è troppo lungo. Correggi il file e importalo di nuovo.</translation>
    </message>
    <message>
        <source>The column “{column}” and an earlier one are both the column {name}. Keep only one of the two.</source>
        <translation>La colonna “{column}” e una precedente sono entrambe la colonna {name}. Tienine solo una.</translation>
    </message>
    <message>
        <source>The file has no column {missing}, which every signal needs (the file has: {found}). Add it and import the file again.</source>
        <translation>Il file non ha la colonna {missing}, necessaria per ogni segnalazione (il file ha: {found}). Aggiungila e importa di nuovo il file.</translation>
    </message>
    <message>
        <source>The file does not say where the signals happened: it needs a zone (zona) column, or lon and lat columns, or both. Add them and import the file again.</source>
        <translation>Il file non dice dove sono avvenute le segnalazioni: serve una colonna zona (zone), oppure le colonne lon e lat, oppure entrambe. Aggiungile e importa di nuovo il file.</translation>
    </message>
    <message>
        <source>This row has {values} values, but the file has {columns} columns. Check the separator ({separator}) and the quotes.</source>
        <translation>Questa riga ha {values} valori, ma il file ha {columns} colonne. Controlla il separatore ({separator}) e le virgolette.</translation>
    </message>
    <message>
        <source>The kind “{kind}” is not known. Write citizen_report (segnalazione), police_intervention (intervento) or media.</source>
        <translation>Il tipo “{kind}” non è riconosciuto. Scrivi segnalazione (citizen_report), intervento (police_intervention) oppure media.</translation>
    </message>
    <message>
        <source>The date and time (occurred_at) are missing. Write them, for example 24/11/2026 21:30.</source>
        <translation>Mancano la data e l’ora (data_ora). Scrivile, per esempio 24/11/2026 21:30.</translation>
    </message>
    <message>
        <source>“{text}” is a date without a time. Add the time, for example 24/11/2026 21:30.</source>
        <translation>“{text}” è una data senza ora. Aggiungi l’ora, per esempio 24/11/2026 21:30.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time. Write it as 24/11/2026 21:30 or 2026-11-24 21:30.</source>
        <translation>“{text}” non è una data con ora. Scrivila come 24/11/2026 21:30 oppure 2026-11-24 21:30.</translation>
    </message>
    <message>
        <source>“{text}” does not exist in {time_zone}: the clocks skip that hour when summer time starts. Check the time.</source>
        <translation>“{text}” non esiste nel fuso {time_zone}: quando inizia l’ora legale gli orologi saltano quell’ora. Controlla l’orario.</translation>
    </message>
    <message>
        <source>In the {column} column, “{text}” is not a number. Write it with a decimal point or comma, for example 10.0245.</source>
        <translation>Nella colonna {column}, “{text}” non è un numero. Scrivilo con il punto o la virgola decimale, per esempio 10.0245.</translation>
    </message>
    <message>
        <source>There is no active zone called “{zone}”. Check the name against the zones on the map, or give lon and lat instead.</source>
        <translation>Non esiste una zona attiva chiamata “{zone}”. Confronta il nome con le zone sulla mappa, oppure indica lon e lat.</translation>
    </message>
    <message>
        <source>Rows with errors in the file: {count} (the first on line {line}). Nothing is imported until every row is right: correct the file and preview it again.</source>
        <translation>Righe del file con errori: {count} (la prima alla riga {line}). Non viene importato nulla finché tutte le righe non sono corrette: correggi il file e visualizzane di nuovo l’anteprima.</translation>
    </message>
    <message>
        <source>The file has no signals to import: it holds only the names of the columns.</source>
        <translation>Il file non contiene segnalazioni da importare: ci sono solo i nomi delle colonne.</translation>
    </message>
    <message>
        <source>The zone of line {line} no longer exists or has been deactivated since the preview. Nothing was imported: preview the file again.</source>
        <translation>La zona della riga {line} non esiste più o è stata disattivata dopo l’anteprima. Non è stato importato nulla: visualizza di nuovo l’anteprima del file.</translation>
    </message>
    <message>
        <source>Line {line} can no longer be imported as it was in the preview. Nothing was imported: preview the file again to see why.</source>
        <translation>La riga {line} non si può più importare così come appariva nell’anteprima. Non è stato importato nulla: visualizza di nuovo l’anteprima del file per vedere il motivo.</translation>
    </message>
    <message>
        <source>The period ends on {end}, before it starts on {start}. Choose an end on or after the start.</source>
        <translation>Il periodo finisce il {end}, prima di cominciare il {start}. Scegli una fine uguale o successiva all’inizio.</translation>
    </message>
    <message>
        <source>The weight of {kind} must be a number of 0 or more. Correct it in the map settings.</source>
        <translation>Il peso di {kind} deve essere un numero da 0 in su. Correggilo nelle impostazioni della mappa.</translation>
    </message>
    <message>
        <source>The trend shows at most {limit} weeks. Choose a shorter period.</source>
        <translation>L’andamento mostra al massimo {limit} settimane. Scegli un periodo più breve.</translation>
    </message>
    <message>
        <source>The basemap “{path}” does not exist. Check the path, or choose the file or folder again.</source>
        <translation>La mappa di base “{path}” non esiste. Controlla il percorso, oppure scegli di nuovo il file o la cartella.</translation>
    </message>
    <message>
        <source>“{path}” holds vector tiles (or tiles of an unknown kind): the map draws images (PNG, JPEG or WebP). Make a raster MBTiles as the README explains (QGIS: Generate XYZ tiles (MBTiles)).</source>
        <translation>“{path}” contiene tile vettoriali (o di un tipo sconosciuto): la mappa disegna immagini (PNG, JPEG o WebP). Crea un MBTiles raster come spiega il README (QGIS: Generate XYZ tiles (MBTiles)).</translation>
    </message>
    <message>
        <source>“{path}” is not an MBTiles file (an SQLite file with a tiles table). Choose an .mbtiles file, or a folder of tiles as zoom/x/y.png.</source>
        <translation>“{path}” non è un file MBTiles (un file SQLite con una tabella tiles). Scegli un file .mbtiles, o una cartella di tile come zoom/x/y.png.</translation>
    </message>
    <message>
        <source>The folder “{path}” holds no tiles as zoom/x/y.png or .jpg. Choose the folder whose subfolders are the zoom levels.</source>
        <translation>La cartella “{path}” non contiene tile come zoom/x/y.png o .jpg. Scegli la cartella le cui sottocartelle sono i livelli di zoom.</translation>
    </message>
    <message>
        <source>Give the case a title: a few words that say what it is about.</source>
        <translation>Dai un titolo al caso: poche parole che dicano di cosa si tratta.</translation>
    </message>
    <message>
        <source>A case title has at most {limit} characters. Shorten it: the details belong in a note.</source>
        <translation>Il titolo di un caso ha al massimo {limit} caratteri. Accorcialo: i dettagli vanno in una nota.</translation>
    </message>
    <message>
        <source>Choose who owns the case: the person who follows it.</source>
        <translation>Scegli il referente del caso: la persona che lo segue.</translation>
    </message>
    <message>
        <source>{owner} is no longer active and cannot own the case. Choose another owner.</source>
        <translation>{owner} non è più in servizio e non può essere referente del caso. Scegli un altro referente.</translation>
    </message>
    <message>
        <source>The note is empty. Write something, then save.</source>
        <translation>La nota è vuota. Scrivi qualcosa, poi salva.</translation>
    </message>
    <message>
        <source>A note has at most {limit} characters. Shorten it, or write two notes.</source>
        <translation>Una nota ha al massimo {limit} caratteri. Accorciala, oppure scrivi due note.</translation>
    </message>
    <message>
        <source>The note you are amending belongs to another case. Reload the case and choose the note again.</source>
        <translation>La nota che stai rettificando appartiene a un altro caso. Ricarica il caso e scegli di nuovo la nota.</translation>
    </message>
    <message>
        <source>Give the person a nickname that your colleagues will recognize, for example “red jacket”.</source>
        <translation>Dai alla persona un soprannome che i colleghi possano riconoscere, per esempio “giacca rossa”.</translation>
    </message>
    <message>
        <source>A nickname has at most {limit} characters. Shorten it: the rest can go in the description.</source>
        <translation>Un soprannome ha al massimo {limit} caratteri. Accorcialo: il resto può andare nella descrizione.</translation>
    </message>
    <message>
        <source>The description has at most {limit} characters. Shorten it.</source>
        <translation>La descrizione ha al massimo {limit} caratteri. Accorciala.</translation>
    </message>
    <message>
        <source>Record the person&apos;s consent (or a legal basis) for your organization before recording their name.</source>
        <translation>Registra il consenso della persona (o una base giuridica) per il tuo ente prima di registrarne il nome.</translation>
    </message>
    <message>
        <source>Type the person&apos;s full name.</source>
        <translation>Inserisci nome e cognome della persona.</translation>
    </message>
    <message>
        <source>The full name has at most {limit} characters. Shorten it.</source>
        <translation>Nome e cognome hanno al massimo {limit} caratteri. Accorciali.</translation>
    </message>
    <message>
        <source>The year of birth must be between {first} and {last}. Correct it, or leave it out if you do not know it.</source>
        <translation>L’anno di nascita deve essere compreso tra {first} e {last}. Correggilo, oppure lascialo vuoto se non lo conosci.</translation>
    </message>
    <message>
        <source>Only social workers mark a person as in care, and your role is {role}. Ask a social worker to do it.</source>
        <translation>Solo gli assistenti sociali segnano una persona come presa in carico, e il tuo ruolo è {role}. Chiedi a un assistente sociale di farlo.</translation>
    </message>
    <message>
        <source>Type your service&apos;s reference for this person.</source>
        <translation>Inserisci il riferimento del tuo servizio per questa persona.</translation>
    </message>
    <message>
        <source>The care reference has at most {limit} characters. Use your service&apos;s short reference.</source>
        <translation>Il riferimento della presa in carico ha al massimo {limit} caratteri. Usa il riferimento breve del tuo servizio.</translation>
    </message>
    <message>
        <source>A consent must end after the day it was given ({given}). Choose a later end date, or none.</source>
        <translation>Un consenso deve terminare dopo il giorno in cui è stato rilasciato ({given}). Scegli una data di scadenza successiva, oppure nessuna.</translation>
    </message>
    <message>
        <source>A law or decision is named only when the name is shared on a legal basis other than the person&apos;s consent: choose that basis, or leave the reference empty.</source>
        <translation>Una norma o un atto si indicano solo quando il nome è condiviso su una base giuridica diversa dal consenso della persona: scegli quella base, o lascia vuoto il riferimento.</translation>
    </message>
    <message>
        <source>The legal basis has at most {limit} characters. Shorten it, for example to the law and the article.</source>
        <translation>La base giuridica ha al massimo {limit} caratteri. Accorciala, per esempio alla legge e all’articolo.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {withdrawn}. Reload the person to see their consents as they are now.</source>
        <translation>Questo consenso è già stato revocato il {withdrawn}. Ricarica la persona per vedere i suoi consensi come sono ora.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before the day it was given ({given}). Choose that day or a later one.</source>
        <translation>Un consenso non può essere revocato prima del giorno in cui è stato rilasciato ({given}). Scegli quel giorno o uno successivo.</translation>
    </message>
    <message>
        <source>Say why you refer the case: the other organization reads it.</source>
        <translation>Spiega perché invii il caso: l’altro ente legge il motivo.</translation>
    </message>
    <message>
        <source>The reason for the referral has at most {limit} characters. Shorten it: the details belong in a note.</source>
        <translation>Il motivo dell’invio ha al massimo {limit} caratteri. Accorcialo: i dettagli vanno in una nota.</translation>
    </message>
    <message>
        <source>A closed case cannot be referred. Reopen it first, then refer it.</source>
        <translation>Un caso chiuso non può essere inviato. Riaprilo prima, poi invialo.</translation>
    </message>
    <message>
        <source>A case is referred to another organization, not to your own. Choose another organization.</source>
        <translation>Un caso si invia a un altro ente, non al tuo. Scegli un altro ente.</translation>
    </message>
    <message>
        <source>The case is already referred to {organization}. Wait for their answer, or choose another organization.</source>
        <translation>Il caso è già stato inviato a {organization}. Attendi la risposta, oppure scegli un altro ente.</translation>
    </message>
    <message>
        <source>Say why you decline the referral: the organization that sent it reads it.</source>
        <translation>Spiega perché rifiuti l’invio: l’ente che lo ha inviato legge il motivo.</translation>
    </message>
    <message>
        <source>The reason for declining has at most {limit} characters. Shorten it.</source>
        <translation>Il motivo del rifiuto ha al massimo {limit} caratteri. Accorcialo.</translation>
    </message>
    <message>
        <source>Only the organization a case is referred to answers the referral. Ask one of its members.</source>
        <translation>Solo l’ente a cui il caso è stato inviato risponde all’invio. Chiedi a uno dei suoi operatori.</translation>
    </message>
    <message>
        <source>The referral&apos;s status is “{status}”, not “{expected}”: someone may have answered it meanwhile. Reload the case to see it as it is now.</source>
        <translation>Lo stato dell’invio è “{status}”, non “{expected}”: qualcuno potrebbe avervi già risposto nel frattempo. Ricarica il caso per vederlo com’è ora.</translation>
    </message>
    <message>
        <source>This shift already has a debrief: someone recorded it already. Open that debrief to change it.</source>
        <translation>Questo turno ha già un resoconto: qualcuno l’ha già registrato. Apri quel resoconto per modificarlo.</translation>
    </message>
    <message>
        <source>This shift already has a debrief: someone recorded it while you were writing. Reload, then add what you wrote to that debrief.</source>
        <translation>Questo turno ha già un resoconto: qualcuno l’ha registrato mentre scrivevi. Ricarica, poi aggiungi a quel resoconto ciò che hai scritto.</translation>
    </message>
    <message>
        <source>A debrief stays with the shift it was recorded for. Record a new debrief for the other shift.</source>
        <translation>Un resoconto resta legato al turno per cui è stato registrato. Registra un nuovo resoconto per l’altro turno.</translation>
    </message>
    <message>
        <source>This shift was cancelled, so it takes no debrief. Record the outing as a debrief on its own.</source>
        <translation>Questo turno è stato annullato, quindi non ha resoconto. Registra l’uscita come resoconto a sé.</translation>
    </message>
    <message>
        <source>The start and the end of the outing have no time zone. Enter them again.</source>
        <translation>L’inizio e la fine dell’uscita non hanno un fuso orario. Inseriscili di nuovo.</translation>
    </message>
    <message>
        <source>The outing must end after it starts. Check the start and the end.</source>
        <translation>L’uscita deve finire dopo l’inizio. Controlla l’inizio e la fine.</translation>
    </message>
    <message>
        <source>An outing lasts at most {hours} hours. Check the start and the end.</source>
        <translation>Un’uscita dura al massimo {hours} ore. Controlla l’inizio e la fine.</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of work the console knows. Tick only the kinds of work listed.</source>
        <translation>“{kind}” non è un tipo di attività che la console conosce. Seleziona solo le attività elencate.</translation>
    </message>
    <message>
        <source>Tick at least one thing that was done during the outing.</source>
        <translation>Seleziona almeno una cosa fatta durante l’uscita.</translation>
    </message>
    <message>
        <source>Tick at least one participant: who went on the outing.</source>
        <translation>Seleziona almeno un partecipante: chi ha fatto l’uscita.</translation>
    </message>
    <message>
        <source>The number of people contacted must be a whole number from 0 to {limit}.</source>
        <translation>Il numero di persone contattate deve essere un numero intero da 0 a {limit}.</translation>
    </message>
    <message>
        <source>The outcome has at most {limit} characters. Shorten it: what concerns one person belongs in a case note.</source>
        <translation>L’esito ha al massimo {limit} caratteri. Accorcialo: ciò che riguarda una persona va in una nota del caso.</translation>
    </message>
    <message>
        <source>The follow-up has at most {limit} characters. Shorten it.</source>
        <translation>Il seguito ha al massimo {limit} caratteri. Accorcialo.</translation>
    </message>
    <message>
        <source>The people contacted are split by age band and by gender only, not by “{split}”.</source>
        <translation>Le persone contattate si suddividono solo per fascia d’età e per genere, non per “{split}”.</translation>
    </message>
    <message>
        <source>“{band}” is not an age band the console knows. Use the age bands listed.</source>
        <translation>“{band}” non è una fascia d’età che la console conosce. Usa le fasce d’età elencate.</translation>
    </message>
    <message>
        <source>“{gender}” is not a gender the console knows. Use the genders listed.</source>
        <translation>“{gender}” non è un genere che la console conosce. Usa i generi elencati.</translation>
    </message>
    <message>
        <source>The split of the people contacted takes whole numbers from 0. Correct the numbers.</source>
        <translation>La suddivisione delle persone contattate accetta numeri interi da 0. Correggi i numeri.</translation>
    </message>
    <message>
        <source>The split by age band adds up to {total}, more than the {count} people contacted. Correct the split or the number of people contacted.</source>
        <translation>La suddivisione per fascia d’età arriva a {total}, più delle {count} persone contattate. Correggi la suddivisione o il numero di persone contattate.</translation>
    </message>
    <message>
        <source>The split by gender adds up to {total}, more than the {count} people contacted. Correct the split or the number of people contacted.</source>
        <translation>La suddivisione per genere arriva a {total}, più delle {count} persone contattate. Correggi la suddivisione o il numero di persone contattate.</translation>
    </message>
    <message>
        <source>Searching the cases needs an SQLite or PostgreSQL database, and this one is {database}. Ask the administrator.</source>
        <translation>La ricerca nei casi richiede un database SQLite o PostgreSQL, e questo è {database}. Rivolgiti all’amministratore.</translation>
    </message>
    <message>
        <source>A shift must end after it starts. Choose another end time (an end time earlier than the start means the next day).</source>
        <translation>Un turno deve finire dopo l’inizio. Scegli un’altra ora di fine (un’ora di fine precedente all’inizio indica il giorno dopo).</translation>
    </message>
    <message>
        <source>A shift may last at most {hours} hours. Bring the start and the end closer, or split the outing into two shifts.</source>
        <translation>Un turno può durare al massimo {hours} ore. Avvicina inizio e fine, oppure dividi l&apos;uscita in due turni.</translation>
    </message>
    <message>
        <source>The end must come after the start. Check the dates and times.</source>
        <translation>La fine deve venire dopo l’inizio. Controlla date e orari.</translation>
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
        <source>This shift is {status} and can no longer be cancelled.</source>
        <translation>Questo turno è nello stato «{status}» e non può più essere annullato.</translation>
    </message>
    <message>
        <source>A cancelled shift can be restored as a draft or as published, not as {status}.</source>
        <translation>Un turno annullato può essere ripristinato come bozza o come pubblicato, non come «{status}».</translation>
    </message>
    <message>
        <source>This shift is not cancelled, so there is nothing to restore. Reload the week.</source>
        <translation>Questo turno non è annullato, quindi non c&apos;è nulla da ripristinare. Ricarica la settimana.</translation>
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
        <source>The zone {zone} is no longer active. Choose another zone.</source>
        <translation>La zona {zone} non è più attiva. Scegli un’altra zona.</translation>
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
        <source>The last day comes before the first day. Choose the days again.</source>
        <translation>L&apos;ultimo giorno viene prima del primo. Scegli di nuovo i giorni.</translation>
    </message>
    <message>
        <source>{day} is not a day of the week. Choose days from Monday to Sunday.</source>
        <translation>{day} non è un giorno della settimana. Scegli i giorni da lunedì a domenica.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week for this outing.</source>
        <translation>Scegli almeno un giorno della settimana per questa uscita.</translation>
    </message>
    <message>
        <source>An outing may last at most {hours} hours. Bring the start and the end closer.</source>
        <translation>Un&apos;uscita può durare al massimo {hours} ore. Avvicina l&apos;inizio e la fine.</translation>
    </message>
    <message>
        <source>An outing needs from 1 to 10 educators and officers, and at least one person. Change the numbers.</source>
        <translation>Un&apos;uscita richiede da 1 a 10 educatori e agenti, e almeno una persona. Cambia i numeri.</translation>
    </message>
    <message>
        <source>A joint outing needs at least one educator and one officer. Raise the one at 0, or choose another kind of outing.</source>
        <translation>Un&apos;uscita congiunta richiede almeno un educatore e un agente. Alza quello a 0, oppure scegli un altro tipo di uscita.</translation>
    </message>
    <message>
        <source>Give both a start and an end time, or neither for the whole day.</source>
        <translation>Indica sia l&apos;ora di inizio sia quella di fine, oppure nessuna delle due per tutto il giorno.</translation>
    </message>
    <message>
        <source>The time must end after it starts, on the same day. Check the two times.</source>
        <translation>L&apos;orario deve finire dopo l&apos;inizio, nello stesso giorno. Controlla i due orari.</translation>
    </message>
    <message>
        <source>Person {person} is no longer on shift {shift}. Reload the week.</source>
        <translation>La persona {person} non è più nel turno {shift}. Ricarica la settimana.</translation>
    </message>
    <message>
        <source>This outing is not in the proposal any more ({slot}). Propose the week again.</source>
        <translation>Questa uscita non è più nella proposta ({slot}). Proponi di nuovo la settimana.</translation>
    </message>
    <message>
        <source>Person {person} is no longer in the console. Propose the week again.</source>
        <translation>La persona {person} non è più nella console. Proponi di nuovo la settimana.</translation>
    </message>
    <message>
        <source>Zone {zone} is no longer in the console. Propose the week again.</source>
        <translation>La zona {zone} non è più nella console. Proponi di nuovo la settimana.</translation>
    </message>
    <message>
        <source>Someone else has planned the outing in {zone} at that time since the proposal was made. Nothing was written: propose the week again to see the week as it is now.</source>
        <translation>Qualcun altro ha pianificato l’uscita in {zone} a quell’ora dopo che la proposta è stata fatta. Non è stato scritto nulla: proponi di nuovo la settimana per vederla com’è adesso.</translation>
    </message>
    <message>
        <source>A retention period must be from {low} to {high} months, not {months}. Correct the period and save again.</source>
        <translation>Un periodo di conservazione va da {low} a {high} mesi, non {months}. Correggete il periodo e salvate di nuovo.</translation>
    </message>
    <message>
        <source>Audit entries must be kept at least as long as the data they describe: set their period to {months} months or more, or shorten the longer periods.</source>
        <translation>Le voci di audit vanno conservate almeno quanto i dati che descrivono: impostate il loro periodo a {months} mesi o più, o accorciate i periodi più lunghi.</translation>
    </message>
    <message>
        <source>The correction changes nothing: every value is already as given.</source>
        <translation>La rettifica non cambia nulla: ogni valore è già quello indicato.</translation>
    </message>
    <message>
        <source>This person has no recorded name or year of birth to correct: record them, with their consent, from the person&apos;s panel in Cases.</source>
        <translation>Questa persona non ha un nome o un anno di nascita registrato da rettificare: registrateli, con il suo consenso, dal pannello della persona in Casi.</translation>
    </message>
    <message>
        <source>Your organization does not see this person&apos;s name, so it cannot correct it: the administrator (the data-protection officer) can, or record the person&apos;s consent first.</source>
        <translation>La vostra organizzazione non vede il nome di questa persona, quindi non può correggerlo: può farlo l&apos;amministratore (il responsabile della protezione dei dati), oppure registrate prima il consenso della persona.</translation>
    </message>
    <message>
        <source>This person cannot be erased: {organizations} must keep their data under a legal obligation. If that obligation has ended, withdraw that legal basis first.</source>
        <translation>Questa persona non può essere cancellata: {organizations} deve conservarne i dati per obbligo di legge. Se l&apos;obbligo è cessato, revocate prima quella base giuridica.</translation>
    </message>
    <message>
        <source>On a shared server this is done by the database&apos;s owner, not from a workstation: the server shows your own account only part of the people&apos;s data, so the work would be incomplete. Ask the server&apos;s administrator to run, as the owner:

console-admin --db &apos;{url}&apos; {command}</source>
        <translation>Su un server condiviso questa operazione la fa il proprietario del database, non una postazione: il server mostra al tuo account solo una parte dei dati delle persone, quindi il lavoro sarebbe incompleto. Chiedi all&apos;amministratore del server di eseguire, come proprietario:

console-admin --db &apos;{url}&apos; {command}</translation>
    </message>
    <message>
        <source>Type a nickname, a name or the person&apos;s number to search for.</source>
        <translation>Scrivete un soprannome, un nome o il numero della persona da cercare.</translation>
    </message>
    <message>
        <source>A search has at most {limit} characters: type a shorter part of the name.</source>
        <translation>Una ricerca ha al massimo {limit} caratteri: scrivete una parte più corta del nome.</translation>
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
    <name>ExportMinutesDialog</name>
    <message>
        <source>Export the minutes</source>
        <translation>Esporta il verbale</translation>
    </message>
    <message>
        <source>Each version holds only what its readers may read. The shared minutes go to every partner.</source>
        <translation>Ogni versione contiene solo ciò che i suoi lettori possono leggere. Il verbale condiviso va a tutti i partner.</translation>
    </message>
    <message>
        <source>&amp;Shared minutes, for all partners</source>
        <translation>Verbale &amp;condiviso, per tutti i partner</translation>
    </message>
    <message>
        <source>&amp;Minutes of {organization}: the shared ones and your organization&apos;s</source>
        <translation>&amp;Verbale di {organization}: quello condiviso e quello del tuo ente</translation>
    </message>
    <message>
        <source>&amp;Minutes of your organization: the shared ones and its own</source>
        <translation>&amp;Verbale del tuo ente: quello condiviso e il suo</translation>
    </message>
    <message>
        <source>Minutes for the s&amp;ocial services: the shared ones and theirs</source>
        <translation>Verbale per i &amp;servizi sociali: quello condiviso e il loro</translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Scegli il file…</translation>
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
        <source>The account was not created. {reason}</source>
        <translation>L&apos;account non è stato creato. {reason}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
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
</context>
<context>
    <name>FundingDialog</name>
    <message>
        <source>Funding report</source>
        <translation>Rendicontazione</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Progetto</translation>
    </message>
    <message>
        <source>Hourly &amp;costs</source>
        <translation>&amp;Costi orari</translation>
    </message>
    <message>
        <source>Other &amp;expenses</source>
        <translation>Altre &amp;spese</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rendiconto</translation>
    </message>
    <message>
        <source>15 letters and digits, e.g. D11H24000120006</source>
        <translation>15 lettere e cifre, es. D11H24000120006</translation>
    </message>
    <message>
        <source>euros, e.g. 7500,00</source>
        <translation>euro, es. 7500,00</translation>
    </message>
    <message>
        <source>One objective per line</source>
        <translation>Un obiettivo per riga</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Ente finanziatore:</translation>
    </message>
    <message>
        <source>C&amp;UP code:</source>
        <translation>Codice C&amp;UP:</translation>
    </message>
    <message>
        <source>&amp;Grant (€):</source>
        <translation>C&amp;ontributo (€):</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>E&amp;nds on:</source>
        <translation>&amp;Fine:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>O&amp;biettivi:</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Salva il progetto</translation>
    </message>
    <message>
        <source>What an hour of each role costs the project, in euros. Leave a cost empty for a role whose hours the grant does not pay.</source>
        <translation>Quanto costa al progetto un&apos;ora di ciascun ruolo, in euro. Lascia vuoto il costo di un ruolo le cui ore non sono a carico del contributo.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>€ per hour</source>
        <translation>€ all&apos;ora</translation>
    </message>
    <message>
        <source>Save the costs</source>
        <translation>Salva i costi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Supporting document</source>
        <translation>Giustificativo</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <source>invoice or receipt number</source>
        <translation>numero di fattura o scontrino</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ata:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>Supporting d&amp;ocument:</source>
        <translation>&amp;Giustificativo:</translation>
    </message>
    <message>
        <source>A&amp;mount (€):</source>
        <translation>I&amp;mporto (€):</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salva le modifiche</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periodo dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Activities carried out:</source>
        <translation>Attività svolte:</translation>
    </message>
    <message>
        <source>Results achieved:</source>
        <translation>Risultati raggiunti:</translation>
    </message>
    <message>
        <source>Difficulties met:</source>
        <translation>Criticità incontrate:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Prossimi passi:</translation>
    </message>
    <message>
        <source>Save the narrative</source>
        <translation>Salva la relazione</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <source>Save as spreadsheet…</source>
        <translation>Salva come foglio di calcolo…</translation>
    </message>
    <message>
        <source>The project&apos;s settings were saved.</source>
        <translation>I dati del progetto sono stati salvati.</translation>
    </message>
    <message>
        <source>The hourly costs were saved.</source>
        <translation>I costi orari sono stati salvati.</translation>
    </message>
    <message>
        <source>The expense was added.</source>
        <translation>La spesa è stata aggiunta.</translation>
    </message>
    <message>
        <source>The expense was changed.</source>
        <translation>La spesa è stata modificata.</translation>
    </message>
    <message>
        <source>The expense was removed.</source>
        <translation>La spesa è stata eliminata.</translation>
    </message>
    <message>
        <source>The narrative was saved.</source>
        <translation>La relazione è stata salvata.</translation>
    </message>
    <message>
        <source>funding-report</source>
        <translation>rendicontazione</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Foglio di calcolo (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the funding report</source>
        <translation>Salva la rendicontazione</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Scrittura di {name}…</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>Il rendiconto è stato salvato in {path}.</translation>
    </message>
</context>
<context>
    <name>HolidaySettingsGroup</name>
    <message>
        <source>Public holidays</source>
        <translation>Giorni festivi</translation>
    </message>
    <message>
        <source>Shifts on a public holiday are warned about when they are planned or copied, and the week plan names the holiday.</source>
        <translation>Chi pianifica o copia un turno in un giorno festivo riceve un avviso, e il piano settimanale riporta il nome della festività.</translation>
    </message>
    <message>
        <source>P&amp;rovince:</source>
        <translation>P&amp;rovincia:</translation>
    </message>
    <message>
        <source>Italy&apos;s national holidays.</source>
        <translation>Le festività nazionali italiane.</translation>
    </message>
    <message>
        <source>Italy&apos;s national holidays, and the patron saint: {saint} ({day}).</source>
        <translation>Le festività nazionali italiane e il santo patrono: {saint} ({day}).</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>Item {number} of {count}</source>
        <translation>Punto {number} di {count}</translation>
    </message>
    <message>
        <source>(an item you may not read)</source>
        <translation>(un punto che non puoi leggere)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Joint shifts without an educator</source>
        <translation>Turni congiunti senza un educatore</translation>
    </message>
    <message>
        <source>Joint shifts without an officer</source>
        <translation>Turni congiunti senza un agente</translation>
    </message>
    <message>
        <source>Shifts not published yet</source>
        <translation>Turni non ancora pubblicati</translation>
    </message>
    <message>
        <source>Other problems</source>
        <translation>Altri problemi</translation>
    </message>
    <message>
        <source>Loading the zone…</source>
        <translation>Caricamento della zona…</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>nessuna data</translation>
    </message>
    <message>
        <source>⚠ {date} — overdue</source>
        <translation>⚠ {date} — scaduta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decisa in</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Restricted — an action of {agency} ({audience})</source>
        <translation>Riservato — un&apos;azione di {agency} ({audience})</translation>
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
        <source>Sent</source>
        <translation>Inviato il</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Risposto il</translation>
    </message>
</context>
<context>
    <name>KeysHelp</name>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
</context>
<context>
    <name>Labels</name>
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
        <source>To debrief</source>
        <translation>Senza resoconto</translation>
    </message>
    <message>
        <source>Consent of the person</source>
        <translation>Consenso della persona</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obbligo di legge</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Compito di interesse pubblico</translation>
    </message>
    <message>
        <source>Vital interest</source>
        <translation>Interesse vitale</translation>
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
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>In osservazione</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tutti i partner</translation>
    </message>
    <message>
        <source>Own organization</source>
        <translation>Proprio ente</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Servizi sociali</translation>
    </message>
    <message>
        <source>Sent, waiting</source>
        <translation>Inviato, in attesa</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonimo</translation>
    </message>
    <message>
        <source>Nickname only</source>
        <translation>Solo soprannome</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Identificato</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>&amp;Presenza</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>&amp;Contatto</translation>
    </message>
    <message>
        <source>&amp;Mediation</source>
        <translation>&amp;Mediazione</translation>
    </message>
    <message>
        <source>Conflict &amp;defused</source>
        <translation>Conf&amp;litto disinnescato</translation>
    </message>
    <message>
        <source>&amp;Information given</source>
        <translation>In&amp;formazioni fornite</translation>
    </message>
    <message>
        <source>&amp;Referral proposed</source>
        <translation>Proposto in&amp;vio ai servizi</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>In programma</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Svolta</translation>
    </message>
    <message>
        <source>Closed, minutes approved</source>
        <translation>Chiusa, verbale approvato</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Open action</source>
        <translation>Azione aperta</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Next week&apos;s planning</source>
        <translation>Pianificazione della prossima settimana</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Varie ed eventuali</translation>
    </message>
    <message>
        <source>Action still open from an earlier meeting</source>
        <translation>Azione ancora aperta da una riunione precedente</translation>
    </message>
    <message>
        <source>Pressure above the zone&apos;s review threshold</source>
        <translation>Pressione sopra la soglia di revisione della zona</translation>
    </message>
    <message>
        <source>Pressure rose while presence fell since the last meeting</source>
        <translation>Pressione in aumento e presenza in calo dall&apos;ultima riunione</translation>
    </message>
    <message>
        <source>Case due for review</source>
        <translation>Caso da rivedere</translation>
    </message>
    <message>
        <source>High-priority case</source>
        <translation>Caso ad alta priorità</translation>
    </message>
    <message>
        <source>Referral waiting for an answer</source>
        <translation>Invio in attesa di risposta</translation>
    </message>
    <message>
        <source>Referral declined since the last meeting</source>
        <translation>Invio rifiutato dopo l&apos;ultima riunione</translation>
    </message>
    <message>
        <source>Problems in next week&apos;s planning</source>
        <translation>Problemi nella pianificazione della prossima settimana</translation>
    </message>
    <message>
        <source>Citizen report</source>
        <translation>Segnalazione dei cittadini</translation>
    </message>
    <message>
        <source>Police intervention</source>
        <translation>Intervento di polizia</translation>
    </message>
    <message>
        <source>Media item</source>
        <translation>Notizia di stampa</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Assente</translation>
    </message>
</context>
<context>
    <name>LinkedPanel</name>
    <message>
        <source>Debriefs, shifts and signals of the case</source>
        <translation>Resoconti, turni e segnalazioni del caso</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Resoconto</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message numerus="yes">
        <source>{done} · %n contact(s) · {people}</source>
        <translation>
            <numerusform>{done} · %n contatto · {people}</numerusform>
            <numerusform>{done} · %n contatti · {people}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>The console is locked</source>
        <translation>La console è bloccata</translation>
    </message>
    <message>
        <source>Signed in as {username} ({role})</source>
        <translation>Connesso come {username} ({role})</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Esci dalla &amp;sessione</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message numerus="yes">
        <source>The data are hidden after %n minute(s) without use. Type your password to go on.</source>
        <translation>
            <numerusform>I dati vengono nascosti dopo %n minuto di inattività. Inserisci la password per continuare.</numerusform>
            <numerusform>I dati vengono nascosti dopo %n minuti di inattività. Inserisci la password per continuare.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data are hidden. Type your password to go on.</source>
        <translation>I dati sono nascosti. Inserisci la password per continuare.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Inserisci la password.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Cannot unlock: {reason}</source>
        <translation>Impossibile sbloccare: {reason}</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for {minutes} minutes. Try again later, or sign out.</source>
        <translation>Troppe password errate: l’account è bloccato per {minutes} minuti. Riprova più tardi, oppure disconnettiti.</translation>
    </message>
    <message>
        <source>Wrong password, or the account is locked: after {attempts} failed attempts it stays locked for {minutes} minutes.</source>
        <translation>Password errata, oppure l’account è bloccato: dopo {attempts} tentativi falliti resta bloccato per {minutes} minuti.</translation>
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
        <source>Your password was changed.</source>
        <translation>La password è stata cambiata.</translation>
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
    <name>MapCharts</name>
    <message>
        <source>Pressure</source>
        <translation>Pressione</translation>
    </message>
    <message>
        <source>Presence (h)</source>
        <translation>Presenza (h)</translation>
    </message>
    <message>
        <source>Review threshold</source>
        <translation>Soglia di revisione</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Settimana del</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Pressure (signals/week)</source>
        <translation>Pressione (segnalazioni/settimana)</translation>
    </message>
    <message>
        <source>{low} or more</source>
        <translation>{low} o più</translation>
    </message>
    <message>
        <source>above review threshold</source>
        <translation>sopra la soglia di revisione</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>several, by kind</source>
        <translation>più segnalazioni, per tipo</translation>
    </message>
    <message>
        <source>debriefs in the zone</source>
        <translation>resoconti nella zona</translation>
    </message>
</context>
<context>
    <name>MapSettingsGroup</name>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>None: a plain background</source>
        <translation>Nessuna: sfondo uniforme</translation>
    </message>
    <message>
        <source>An offline map: an .mbtiles file, or a folder of tiles as zoom/x/y.png. The console never downloads tiles.</source>
        <translation>Una mappa offline: un file .mbtiles, o una cartella di tile come zoom/x/y.png. La console non scarica mai tile.</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Cartella…</translation>
    </message>
    <message>
        <source>Without a basemap the zones stand on a grey background.</source>
        <translation>Senza una mappa di base le zone stanno su uno sfondo grigio.</translation>
    </message>
    <message>
        <source>A map of the municipality can be made once from OpenStreetMap data with free tools (QGIS or GDAL) and chosen here.</source>
        <translation>Una mappa del comune si prepara una volta sola dai dati di OpenStreetMap con strumenti gratuiti (QGIS o GDAL) e si sceglie qui.</translation>
    </message>
    <message>
        <source>&amp;How to make one…</source>
        <translation>&amp;Come prepararla…</translation>
    </message>
    <message>
        <source>&amp;Basemap:</source>
        <translation>&amp;Mappa di base:</translation>
    </message>
    <message>
        <source>Weight of a &amp;citizen report:</source>
        <translation>Peso di una segnalazione dei &amp;cittadini:</translation>
    </message>
    <message>
        <source>Weight of a &amp;police intervention:</source>
        <translation>Peso di un intervento di &amp;polizia:</translation>
    </message>
    <message>
        <source>Weight of a &amp;media item:</source>
        <translation>Peso di una notizia di &amp;stampa:</translation>
    </message>
    <message>
        <source>How much one signal of this kind adds to a zone&apos;s pressure</source>
        <translation>Quanto una segnalazione di questo tipo aumenta la pressione di una zona</translation>
    </message>
    <message>
        <source>&lt;p&gt;The console reads the map from a file on this computer and never downloads tiles. To make that file once, with QGIS (free, qgis.org):&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Get the OpenStreetMap data of the area: the QuickOSM plugin (query the municipality, e.g. &lt;i&gt;Cremona&lt;/i&gt;), or the extract of Italy&apos;s north-west from download.geofabrik.de opened in QGIS.&lt;/li&gt;&lt;li&gt;Give the layers a simple style (streets, buildings, green areas, water) and zoom to the municipality.&lt;/li&gt;&lt;li&gt;Processing Toolbox ▸ Raster tools ▸ &lt;b&gt;Generate XYZ tiles (MBTiles)&lt;/b&gt;: extent from the map canvas, minimum zoom 12, maximum zoom 17, output &lt;i&gt;cremona.mbtiles&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Choose that file here with “File…”.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Do not use QGIS&apos;s own “OpenStreetMap” background layer as the source: openstreetmap.org forbids downloading its tiles in bulk for offline use.&lt;/p&gt;&lt;p&gt;The map shows “© OpenStreetMap contributors”, as the data&apos;s licence requires; a file with an &lt;i&gt;attribution&lt;/i&gt; in its metadata shows that instead. With GDAL, a georeferenced image becomes a basemap too: see the README, “A basemap of the municipality”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La console legge la mappa da un file su questo computer e non scarica mai tasselli. Per preparare quel file, una volta sola, con QGIS (gratuito, qgis.org):&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Procurati i dati OpenStreetMap della zona: il plugin QuickOSM (interroga il comune, per esempio &lt;i&gt;Cremona&lt;/i&gt;) oppure l’estratto dell’Italia nord-occidentale da download.geofabrik.de, aperto in QGIS.&lt;/li&gt;&lt;li&gt;Dai ai layer uno stile semplice (strade, edifici, aree verdi, acque) e inquadra il comune.&lt;/li&gt;&lt;li&gt;Strumenti di Processing ▸ Strumenti raster ▸ &lt;b&gt;Generate XYZ tiles (MBTiles)&lt;/b&gt; (nel QGIS in italiano si trova cercando «XYZ» negli strumenti): estensione dalla mappa, zoom minimo 12, zoom massimo 17, file di uscita &lt;i&gt;cremona.mbtiles&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Scegli quel file qui con «File…».&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Non usare come sorgente lo sfondo «OpenStreetMap» già pronto in QGIS: openstreetmap.org vieta di scaricare in blocco i suoi tasselli per l’uso offline.&lt;/p&gt;&lt;p&gt;La mappa mostra «© Contributori di OpenStreetMap», come chiede la licenza dei dati; se il file indica una &lt;i&gt;attribution&lt;/i&gt; nei suoi metadati, mostra quella. Con GDAL anche un’immagine georeferenziata diventa una mappa di base: vedi il README, «A basemap of the municipality».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How to make a basemap</source>
        <translation>Come preparare una mappa di base</translation>
    </message>
    <message>
        <source>Choose the basemap file</source>
        <translation>Scegli il file della mappa di base</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Choose the folder of tiles</source>
        <translation>Scegli la cartella delle tile</translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <source>Citizen report</source>
        <translation>Segnalazione dei cittadini</translation>
    </message>
    <message>
        <source>Police intervention</source>
        <translation>Intervento di polizia</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Stampa</translation>
    </message>
</context>
<context>
    <name>MapTexts</name>
    <message>
        <source>pressure {value}/wk</source>
        <translation>pressione {value}/sett.</translation>
    </message>
    <message>
        <source>presence {hours} h</source>
        <translation>presenza {hours} h</translation>
    </message>
    <message>
        <source>It is now at version {version}, named “{name}”.</source>
        <translation>Ora è alla versione {version}, con il nome «{name}».</translation>
    </message>
    <message>
        <source>Someone else changed this zone after you opened it (you had version {v}).</source>
        <translation>Qualcun altro ha modificato questa zona dopo che l&apos;hai aperta (avevi la versione {v}).</translation>
    </message>
    <message>
        <source>The map shows it again as it is now: apply your change again.</source>
        <translation>La mappa la mostra di nuovo com&apos;è ora: applica di nuovo la tua modifica.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>The map has no background: {reason}</source>
        <translation>La mappa non ha sfondo: {reason}</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© Contributori di OpenStreetMap</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>The map could not be loaded: {reason}</source>
        <translation>Impossibile caricare la mappa: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) in the period</source>
        <translation>
            <numerusform>%n segnalazione nel periodo</numerusform>
            <numerusform>%n segnalazioni nel periodo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the map</source>
        <translation>
            <numerusform>%n sulla mappa</numerusform>
            <numerusform>%n sulla mappa</numerusform>
        </translation>
    </message>
    <message>
        <source>only the oldest are shown: choose a shorter period</source>
        <translation>sono mostrate solo le più vecchie: scegli un periodo più breve</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primo giorno del periodo</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Ultimo giorno del periodo</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 settimane</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 mesi</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 mesi</translation>
    </message>
    <message>
        <source>&amp;Zones</source>
        <translation>&amp;Zone</translation>
    </message>
    <message>
        <source>&amp;Signals</source>
        <translation>&amp;Segnalazioni</translation>
    </message>
    <message>
        <source>&amp;Debriefs</source>
        <translation>Reso&amp;conti</translation>
    </message>
    <message>
        <source>Deactivated zones</source>
        <translation>Zone disattivate</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>&amp;Fit to zones</source>
        <translation>&amp;Adatta alle zone</translation>
    </message>
    <message>
        <source>&amp;New signal…</source>
        <translation>&amp;Nuova segnalazione…</translation>
    </message>
    <message>
        <source>Import signals (CSV)…</source>
        <translation>Importa segnalazioni (CSV)…</translation>
    </message>
    <message>
        <source>New &amp;zone</source>
        <translation>Nuo&amp;va zona</translation>
    </message>
    <message>
        <source>&amp;Edit shape</source>
        <translation>&amp;Modifica forma</translation>
    </message>
    <message>
        <source>Zone &amp;properties…</source>
        <translation>&amp;Proprietà della zona…</translation>
    </message>
    <message>
        <source>&amp;Save shape</source>
        <translation>Sa&amp;lva forma</translation>
    </message>
    <message>
        <source>&amp;Cancel editing</source>
        <translation>A&amp;bbandona modifiche</translation>
    </message>
    <message>
        <source>Import GeoJSON…</source>
        <translation>Importa GeoJSON…</translation>
    </message>
    <message>
        <source>Export GeoJSON…</source>
        <translation>Esporta GeoJSON…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dal:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Al:</translation>
    </message>
</context>
<context>
    <name>MeetingDetailView</name>
    <message>
        <source>Agenda</source>
        <translation>Ordine del giorno</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verbale</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Choose a meeting in the list.</source>
        <translation>Scegli una riunione nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Organizations invited: {organizations}</source>
        <translation>Enti invitati: {organizations}</translation>
    </message>
    <message>
        <source>People: {people}</source>
        <translation>Persone: {people}</translation>
    </message>
    <message>
        <source>Agenda ({count})</source>
        <translation>Ordine del giorno ({count})</translation>
    </message>
    <message>
        <source>Minutes ({count})</source>
        <translation>Verbale ({count})</translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>Azioni ({count})</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nuova riunione</translation>
    </message>
    <message>
        <source>Edit meeting — {title}</source>
        <translation>Modifica la riunione — {title}</translation>
    </message>
    <message>
        <source>Coordination meeting</source>
        <translation>Tavolo di coordinamento</translation>
    </message>
    <message>
        <source>For example: Palazzo Comunale, sala della Consulta</source>
        <translation>Per esempio: Palazzo Comunale, sala della Consulta</translation>
    </message>
    <message>
        <source>Organizations invited</source>
        <translation>Enti invitati</translation>
    </message>
    <message>
        <source>People invited</source>
        <translation>Persone invitate</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Data e ora:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>&amp;Organizations invited:</source>
        <translation>&amp;Enti invitati:</translation>
    </message>
    <message>
        <source>P&amp;eople invited:</source>
        <translation>&amp;Persone invitate:</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Dai un titolo alla riunione.</translation>
    </message>
</context>
<context>
    <name>MeetingMode</name>
    <message>
        <source>← → items · Ctrl+D decision · Ctrl+Shift+A action · F1 keys · Esc leave</source>
        <translation>← → punti · Ctrl+D decisione · Ctrl+Shift+A azione · F1 tasti · Esc esci</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Modalità riunione</translation>
    </message>
    <message>
        <source>The minutes of this meeting are approved: it can no longer be run.</source>
        <translation>Il verbale di questa riunione è approvato: non si può più condurre.</translation>
    </message>
    <message>
        <source>In the room: {agencies}</source>
        <translation>In sala: {agencies}</translation>
    </message>
    <message>
        <source>Nobody recorded as present yet</source>
        <translation>Ancora nessuno risulta presente</translation>
    </message>
    <message>
        <source>Take attendance and begin the meeting first.</source>
        <translation>Prima rileva le presenze e avvia la riunione.</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>L&apos;ordine del giorno è vuoto.</translation>
    </message>
    <message>
        <source>Leave meeting mode</source>
        <translation>Esci dalla modalità riunione</translation>
    </message>
    <message>
        <source>Leave meeting mode? The meeting stays under way: decisions and actions are saved, and you can come back to it.</source>
        <translation>Uscire dalla modalità riunione? La riunione resta in corso: decisioni e azioni sono salvate e puoi riprenderla.</translation>
    </message>
</context>
<context>
    <name>MeetingModeKeys</name>
    <message>
        <source>Right, Page Down</source>
        <translation>Freccia destra, Pagina giù</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Punto successivo</translation>
    </message>
    <message>
        <source>Left, Page Up</source>
        <translation>Freccia sinistra, Pagina su</translation>
    </message>
    <message>
        <source>Previous item (the first goes back to attendance)</source>
        <translation>Punto precedente (dal primo si torna alle presenze)</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Inizio, Fine</translation>
    </message>
    <message>
        <source>First item, last item</source>
        <translation>Primo punto, ultimo punto</translation>
    </message>
    <message>
        <source>Record a decision on the item</source>
        <translation>Registra una decisione sul punto</translation>
    </message>
    <message>
        <source>Add an action on the item</source>
        <translation>Aggiungi un&apos;azione sul punto</translation>
    </message>
    <message>
        <source>Reload the item&apos;s data</source>
        <translation>Ricarica i dati del punto</translation>
    </message>
    <message>
        <source>Show or hide these keys</source>
        <translation>Mostra o nascondi questi tasti</translation>
    </message>
    <message>
        <source>Esc, Ctrl+W</source>
        <translation>Esc, Ctrl+W</translation>
    </message>
    <message>
        <source>Leave meeting mode</source>
        <translation>Esci dalla modalità riunione</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Actions decided at the meeting that are still open</source>
        <translation>Azioni decise nella riunione ancora aperte</translation>
    </message>
    <message>
        <source>A referral (for the partners only)</source>
        <translation>Un invio (solo per i partner)</translation>
    </message>
    <message>
        <source>A case (for the partners only)</source>
        <translation>Un caso (solo per i partner)</translation>
    </message>
    <message>
        <source>{kind}: {zone}</source>
        <translation>{kind}: {zone}</translation>
    </message>
    <message>
        <source>{kind}: {week}</source>
        <translation>{kind}: {week}</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Aggiunto a mano</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Riguarda</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why the item was proposed from the data, or added by hand</source>
        <translation>Perché il punto è stato proposto dai dati, oppure aggiunto a mano</translation>
    </message>
    <message>
        <source>Restricted — {organization}</source>
        <translation>Riservato — {organization}</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nuova riunione…</translation>
    </message>
    <message>
        <source>&amp;Edit meeting…</source>
        <translation>&amp;Modifica riunione…</translation>
    </message>
    <message>
        <source>&amp;Start meeting</source>
        <translation>&amp;Avvia riunione</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Riunioni</translation>
    </message>
    <message>
        <source>Open actions you own, from every meeting</source>
        <translation>Le azioni aperte di cui sei responsabile, da tutte le riunioni</translation>
    </message>
    <message>
        <source>Meetings: {count}</source>
        <translation>Riunioni: {count}</translation>
    </message>
    <message>
        <source>Your open actions: {count}</source>
        <translation>Le tue azioni aperte: {count}</translation>
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
    <name>MinuteDialog</name>
    <message>
        <source>The meeting as a whole</source>
        <translation>La riunione nel suo insieme</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Who may read this paragraph, in the console and in the minutes handed out</source>
        <translation>Chi può leggere questo paragrafo, nella console e nel verbale distribuito</translation>
    </message>
    <message>
        <source>What was said and agreed. Facts, not judgements; no names of people met.</source>
        <translation>Cosa si è detto e concordato. Fatti, non giudizi; nessun nome delle persone incontrate.</translation>
    </message>
    <message>
        <source>Add to the minutes</source>
        <translation>Aggiungi al verbale</translation>
    </message>
    <message>
        <source>Amend a paragraph of the minutes</source>
        <translation>Rettifica un paragrafo del verbale</translation>
    </message>
    <message>
        <source>The paragraph of {author} stays as it is, marked amended; your amendment is a new paragraph for the same audience.</source>
        <translation>Il paragrafo di {author} resta com&apos;è, segnato come rettificato; la tua rettifica è un nuovo paragrafo per lo stesso pubblico.</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Punto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Testo:</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>&amp;Destinatari:</translation>
    </message>
    <message>
        <source>Write the paragraph first.</source>
        <translation>Prima scrivi il paragrafo.</translation>
    </message>
    <message>
        <source>A paragraph has at most {limit} characters; this one has {length}.</source>
        <translation>Un paragrafo ha al massimo {limit} caratteri; questo ne ha {length}.</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>The meeting as a whole</source>
        <translation>La riunione nel suo insieme</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>{about} · {why}</source>
        <translation>{about} · {why}</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Ancora nulla di registrato.</translation>
    </message>
    <message>
        <source>Other decisions and actions</source>
        <translation>Altre decisioni e azioni</translation>
    </message>
    <message>
        <source>No agenda and no minutes yet.</source>
        <translation>Ancora nessun ordine del giorno e nessun verbale.</translation>
    </message>
    <message>
        <source>Invited:</source>
        <translation>Invitati:</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Presenti:</translation>
    </message>
    <message>
        <source>Invited, not present:</source>
        <translation>Invitati, assenti:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decisione:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Azione:</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>scadenza {day}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <source>{organization} · {when}</source>
        <translation>{organization} · {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{author}&lt;/b&gt; · {organization} · {when}</source>
        <translation>&lt;b&gt;{author}&lt;/b&gt; · {organization} · {when}</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Rettificata</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Rettifica</translation>
    </message>
    <message>
        <source>Amends a paragraph you may not read.</source>
        <translation>Rettifica un paragrafo che non puoi leggere.</translation>
    </message>
    <message>
        <source>the paragraph of {author}, {when}</source>
        <translation>il paragrafo di {author}, {when}</translation>
    </message>
    <message>
        <source>Amends {paragraph}</source>
        <translation>Rettifica {paragraph}</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Minutes of the meeting</source>
        <translation>Verbale della riunione</translation>
    </message>
    <message>
        <source>&amp;Add to the minutes…</source>
        <translation>&amp;Aggiungi al verbale…</translation>
    </message>
    <message>
        <source>Write a paragraph on the chosen agenda item, for an audience ({keys})</source>
        <translation>Scrivi un paragrafo sul punto scelto dell&apos;ordine del giorno, per dei destinatari ({keys})</translation>
    </message>
    <message>
        <source>A&amp;pprove the minutes…</source>
        <translation>A&amp;pprova il verbale…</translation>
    </message>
    <message>
        <source>Close the meeting: its minutes can then only be amended, never changed</source>
        <translation>Chiude la riunione: il verbale potrà poi essere solo rettificato, mai modificato</translation>
    </message>
    <message>
        <source>&amp;Export minutes…</source>
        <translation>&amp;Esporta il verbale…</translation>
    </message>
    <message>
        <source>Save the minutes of one audience as a PDF</source>
        <translation>Salva come PDF il verbale per un pubblico</translation>
    </message>
    <message>
        <source>Approved: the minutes can only be amended.</source>
        <translation>Approvato: il verbale si può solo rettificare.</translation>
    </message>
    <message>
        <source>The meeting has not started yet: minutes can be prepared already.</source>
        <translation>La riunione non è ancora iniziata: il verbale si può già preparare.</translation>
    </message>
    <message>
        <source>Draft: approve the minutes once everyone agrees on them.</source>
        <translation>Bozza: approva il verbale quando tutti sono d&apos;accordo.</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Approva il verbale</translation>
    </message>
    <message>
        <source>Approving the minutes of “{title}” closes the meeting: its agenda, decisions and minutes can no longer change, and a correction is an amendment that keeps the original. Approve them?</source>
        <translation>Approvare il verbale di «{title}» chiude la riunione: ordine del giorno, decisioni e verbale non potranno più cambiare, e una correzione sarà una rettifica che conserva l&apos;originale. Approvarlo?</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verbale</translation>
    </message>
    <message>
        <source>minutes-{day}.pdf</source>
        <translation>verbale-{day}.pdf</translation>
    </message>
    <message>
        <source>Save the minutes as PDF</source>
        <translation>Salva il verbale come PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
    <message>
        <source>Minutes saved. Open them to print or send them.</source>
        <translation>Verbale salvato. Aprilo per stamparlo o inviarlo.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Name the person</source>
        <translation>Indica il nome della persona</translation>
    </message>
    <message>
        <source>“{alias}” gave consent to your organization: record their name. Other organizations keep seeing the nickname until they have consent too.</source>
        <translation>“{alias}” ha dato il consenso al tuo ente: registra il nome. Gli altri enti continuano a vedere il soprannome finché non ricevono anche loro il consenso.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>non noto</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nome e cognome:</translation>
    </message>
    <message>
        <source>&amp;Year of birth:</source>
        <translation>&amp;Anno di nascita:</translation>
    </message>
    <message>
        <source>Type the full name.</source>
        <translation>Inserisci nome e cognome.</translation>
    </message>
</context>
<context>
    <name>NamePropertyDialog</name>
    <message>
        <source>Import zones from {file}</source>
        <translation>Importa zone da {file}</translation>
    </message>
    <message>
        <source>Zones with a name the console already has get the new shape; the others are added. Choose the property that holds each zone&apos;s name:</source>
        <translation>Le zone con un nome già presente nella console ricevono la nuova forma; le altre vengono aggiunte. Scegli la proprietà che contiene il nome di ciascuna zona:</translation>
    </message>
    <message>
        <source>&amp;Name property:</source>
        <translation>Proprietà del &amp;nome:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) in the file.</source>
        <translation>
            <numerusform>%n zona nel file.</numerusform>
            <numerusform>%n zone nel file.</numerusform>
        </translation>
    </message>
    <message>
        <source>The features have no properties: there is nothing to name them by.</source>
        <translation>Gli elementi non hanno proprietà: non c’è nulla da cui prendere il nome.</translation>
    </message>
    <message>
        <source>Feature {number} has no “{property}”: choose another property.</source>
        <translation>L’elemento {number} non ha “{property}”: scegli un’altra proprietà.</translation>
    </message>
    <message>
        <source>Two zones would have the same name: choose another property.</source>
        <translation>Due zone avrebbero lo stesso nome: scegli un’altra proprietà.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <source>for example: g.ferrari</source>
        <translation>per esempio: g.ferrari</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Crea account</translation>
    </message>
    <message>
        <source>A username has {low} to {high} characters: letters, digits, dots, hyphens or underscores.</source>
        <translation>Un nome utente ha da {low} a {high} caratteri: lettere, cifre, punti, trattini o trattini bassi.</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <source>Restricted — a note of {agency}</source>
        <translation>Riservato — una nota di {agency}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a note — {case}</source>
        <translation>Aggiungi una nota — {case}</translation>
    </message>
    <message>
        <source>Amend a note — {case}</source>
        <translation>Rettifica una nota — {case}</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what comes next. Facts, not judgements.</source>
        <translation>Cosa è successo, cosa è stato concordato, cosa succede ora. Fatti, non giudizi.</translation>
    </message>
    <message>
        <source>Who may read this note. It cannot be changed later.</source>
        <translation>Chi può leggere questa nota. Non si potrà cambiare in seguito.</translation>
    </message>
    <message>
        <source>The note of {author} stays as it is, marked amended; your amendment is a new note linked to it.</source>
        <translation>La nota di {author} resta com’è, segnata come rettificata; la tua rettifica è una nuova nota collegata.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Destinatari:</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Scrivi prima la nota.</translation>
    </message>
    <message>
        <source>A note has at most {count} characters; this one has {length}.</source>
        <translation>Una nota ha al massimo {count} caratteri; questa ne ha {length}.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Show the &amp;notes…</source>
        <translation>Mostra &amp;le note…</translation>
    </message>
    <message>
        <source>You are asked why, once per case; the reading is recorded ({keys})</source>
        <translation>Ti viene chiesto il motivo, una volta per caso; la lettura viene registrata ({keys})</translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation>&amp;Aggiungi nota…</translation>
    </message>
    <message>
        <source>Write a note for this case ({keys})</source>
        <translation>Scrivi una nota per questo caso ({keys})</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) you may read. Reading them is recorded with a reason.</source>
        <translation>
            <numerusform>%n nota che puoi leggere. La lettura viene registrata con un motivo.</numerusform>
            <numerusform>%n note che puoi leggere. La lettura viene registrata con un motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes are not shown until you open them.</source>
        <translation>Le note non sono mostrate finché non le apri.</translation>
    </message>
    <message>
        <source>Reason given: {reason}</source>
        <translation>Motivo indicato: {reason}</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>Change the case&apos;s owner</source>
        <translation>Cambia il referente del caso</translation>
    </message>
    <message>
        <source>“{case}” moves to the new owner&apos;s organization.</source>
        <translation>«{case}» passa all&apos;ente del nuovo referente.</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Re&amp;ferente:</translation>
    </message>
    <message>
        <source>There is nobody to own it.</source>
        <translation>Non c’è nessuno a cui assegnarlo.</translation>
    </message>
    <message>
        <source>Choose someone other than the present owner.</source>
        <translation>Scegli una persona diversa dal referente attuale.</translation>
    </message>
</context>
<context>
    <name>PasswordChoice</name>
    <message>
        <source>&amp;Generate a password to hand over (shown once)</source>
        <translation>&amp;Genera una password da consegnare (mostrata una sola volta)</translation>
    </message>
    <message>
        <source>T&amp;ype a password</source>
        <translation>&amp;Digita una password</translation>
    </message>
    <message>
        <source>At least {count} characters</source>
        <translation>Almeno {count} caratteri</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>La stessa password di nuovo</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>La password deve avere almeno {count} caratteri.</translation>
    </message>
    <message>
        <source>Type the same password in both fields.</source>
        <translation>Scrivi la stessa password in entrambi i campi.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>Change the password of {username}.</source>
        <translation>Cambia la password di {username}.</translation>
    </message>
    <message>
        <source>At least {count} characters</source>
        <translation>Almeno {count} caratteri</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Password &amp;attuale:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nuova password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Ripeti la nuova password:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Cambia password</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Inserisci la password attuale.</translation>
    </message>
    <message>
        <source>The new password needs at least {count} characters.</source>
        <translation>La nuova password deve avere almeno {count} caratteri.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nuova password deve essere diversa da quella attuale.</translation>
    </message>
    <message>
        <source>Type the new password again in the last field.</source>
        <translation>Inserisci di nuovo la nuova password nell’ultimo campo.</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same password twice.</source>
        <translation>Le due nuove password sono diverse: scrivi due volte la stessa password.</translation>
    </message>
    <message>
        <source>The current password is wrong, or the account is locked: after {attempts} failed attempts it stays locked for {minutes} minutes.</source>
        <translation>La password attuale è errata, oppure l’account è bloccato: dopo {attempts} tentativi falliti resta bloccato per {minutes} minuti.</translation>
    </message>
    <message>
        <source>The new password was refused: it needs at least {count} characters.</source>
        <translation>La nuova password è stata rifiutata: deve avere almeno {count} caratteri.</translation>
    </message>
    <message>
        <source>The password was not changed. {reason}</source>
        <translation>La password non è stata cambiata. {reason}</translation>
    </message>
</context>
<context>
    <name>PasswordShownDialog</name>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>The new password of “{username}” is below, shown only now. Hand it over to {name} in person, and ask them to choose their own at the first sign-in (File ▸ Change password).</source>
        <translation>Qui sotto c’è la nuova password di “{username}”, mostrata solo ora. Consegnala di persona a {name} e chiedi di sceglierne una propria al primo accesso (File ▸ Cambia password).</translation>
    </message>
    <message>
        <source>The new password of “{username}” is below, shown only now. Hand it over in person, and ask for a password of one&apos;s own at the first sign-in (File ▸ Change password).</source>
        <translation>Qui sotto c’è la nuova password di “{username}”, mostrata solo ora. Consegnala di persona e chiedi di sceglierne una propria al primo accesso (File ▸ Cambia password).</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copied. Paste it only where the person will read it.</source>
        <translation>Copiata. Incollala solo dove la leggerà la persona interessata.</translation>
    </message>
</context>
<context>
    <name>PeopleFoundModel</name>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Soprannome</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nascita</translation>
    </message>
    <message>
        <source>Usual zone</source>
        <translation>Zona abituale</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kept by law by</source>
        <translation>Conservati per legge da</translation>
    </message>
    <message>
        <source>Organizations that must keep the person&apos;s data under a legal obligation: no erasure while it applies</source>
        <translation>Organizzazioni che devono conservare i dati della persona per obbligo di legge: nessuna cancellazione finché vale</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonimo)</translation>
    </message>
</context>
<context>
    <name>PeopleMetPicker</name>
    <message>
        <source>Type a nickname, then Enter</source>
        <translation>Scrivi un soprannome, poi premi Invio</translation>
    </message>
    <message>
        <source>Add a person met</source>
        <translation>Aggiungi una persona incontrata</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nuovo profilo…</translation>
    </message>
    <message>
        <source>Someone met for the first time: a nickname and a short description</source>
        <translation>Una persona incontrata per la prima volta: un soprannome e una breve descrizione</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Persone incontrate</translation>
    </message>
    <message>
        <source>Delete removes the selected person</source>
        <translation>Il tasto Canc toglie la persona selezionata</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
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
        <source>At that time</source>
        <translation>In quell’orario</translation>
    </message>
    <message>
        <source>Hours planned this week (with this shift when chosen) / contract hours</source>
        <translation>Ore pianificate questa settimana (compreso questo turno, se scelto) / ore del contratto</translation>
    </message>
    <message>
        <source>Who is absent, unavailable, busy in another shift or short of rest at the shift&apos;s time</source>
        <translation>Chi nell’orario del turno è assente, non disponibile, impegnato in un altro turno o senza le 11 ore di riposo</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <source>Declared unavailable at that time</source>
        <translation>Ha dichiarato di non essere disponibile in quell’orario</translation>
    </message>
    <message>
        <source>Busy {time} {zone}</source>
        <translation>Già in turno {time} {zone}</translation>
    </message>
    <message>
        <source>In another shift: {zone}, {time}</source>
        <translation>In un altro turno: {zone}, {time}</translation>
    </message>
    <message>
        <source>&lt; 11 h rest</source>
        <translation>Riposo &lt; 11 h</translation>
    </message>
    <message>
        <source>Less than 11 hours of rest</source>
        <translation>Meno di 11 ore di riposo</translation>
    </message>
    <message>
        <source>Over contract</source>
        <translation>Oltre il contratto</translation>
    </message>
    <message>
        <source>Over contract hours: {hours} of {contract} h</source>
        <translation>Oltre le ore del contratto: {hours} su {contract} h</translation>
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
    <name>PeriodPicker</name>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Project to date</source>
        <translation>Dall&apos;inizio del progetto</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervallo personalizzato</translation>
    </message>
    <message>
        <source>Week {number} ({days})</source>
        <translation>Settimana {number} ({days})</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>{number}º trimestre {year}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>How long a period the figures cover</source>
        <translation>Quanto è lungo il periodo a cui si riferiscono i dati</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>The period before (Alt+Left)</source>
        <translation>Il periodo precedente (Alt+Sinistra)</translation>
    </message>
    <message>
        <source>The period after (Alt+Right)</source>
        <translation>Il periodo successivo (Alt+Destra)</translation>
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
    <name>PersonPanel</name>
    <message>
        <source>This case is about a situation, not one person.</source>
        <translation>Questo caso riguarda una situazione, non una persona.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Show &amp;profile…</source>
        <translation>Mostra il &amp;profilo…</translation>
    </message>
    <message>
        <source>The description and details; the reading is recorded</source>
        <translation>La descrizione e i dettagli; la lettura viene registrata</translation>
    </message>
    <message>
        <source>Add &amp;consent…</source>
        <translation>Aggiungi &amp;consenso…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Revoca…</translation>
    </message>
    <message>
        <source>&amp;Name the person…</source>
        <translation>&amp;Indica il nome…</translation>
    </message>
    <message>
        <source>In &amp;care…</source>
        <translation>In c&amp;arico…</translation>
    </message>
    <message>
        <source>Known as:</source>
        <translation>Noto come:</translation>
    </message>
    <message>
        <source>Usual zone:</source>
        <translation>Zona abituale:</translation>
    </message>
    <message>
        <source>Social services:</source>
        <translation>Servizi sociali:</translation>
    </message>
    <message>
        <source>Consents to share the identity</source>
        <translation>Consensi alla condivisione dell’identità</translation>
    </message>
    <message>
        <source>{known} (no consent for your organization: nickname shown)</source>
        <translation>{known} (nessun consenso per il tuo ente: viene mostrato il soprannome)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>non noto</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonimo)</translation>
    </message>
    <message>
        <source>not in care</source>
        <translation>non in carico</translation>
    </message>
    <message>
        <source>in care, reference {reference}</source>
        <translation>in carico, riferimento {reference}</translation>
    </message>
    <message>
        <source>in care</source>
        <translation>in carico</translation>
    </message>
    <message>
        <source>Nickname: {alias}</source>
        <translation>Soprannome: {alias}</translation>
    </message>
    <message>
        <source>Born in {year}</source>
        <translation>Anno di nascita: {year}</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Nessuna descrizione.</translation>
    </message>
    <message>
        <source>Record the consent for your organization first</source>
        <translation>Registra prima il consenso per il tuo ente</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>New profile of a person met</source>
        <translation>Nuovo profilo di una persona incontrata</translation>
    </message>
    <message>
        <source>e.g. the man with the red jacket</source>
        <translation>es. l’uomo con la giacca rossa</translation>
    </message>
    <message>
        <source>What helps recognise them; no name, no judgement</source>
        <translation>Ciò che aiuta a riconoscerla; niente nomi, niente giudizi</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(non nota)</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>S&amp;oprannome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>Usual &amp;zone:</source>
        <translation>&amp;Zona abituale:</translation>
    </message>
    <message>
        <source>Give a nickname that the team will recognise.</source>
        <translation>Indica un soprannome che la squadra riconoscerà.</translation>
    </message>
    <message>
        <source>The description has at most {count} characters.</source>
        <translation>La descrizione ha al massimo {count} caratteri.</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <source>Changes the proposal makes</source>
        <translation>Modifiche della proposta</translation>
    </message>
    <message>
        <source>Places left empty</source>
        <translation>Posti rimasti vuoti</translation>
    </message>
    <message>
        <source>Soft rules broken</source>
        <translation>Regole flessibili non rispettate</translation>
    </message>
    <message>
        <source>Accept &amp;all</source>
        <translation>Accetta &amp;tutto</translation>
    </message>
    <message>
        <source>Accept &amp;selected</source>
        <translation>Accetta &amp;selezionate</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <source>Proposal of the week</source>
        <translation>Proposta della settimana</translation>
    </message>
    <message>
        <source>Changed by hand: the empty places and penalties are those of the proposal as found.</source>
        <translation>Modificata a mano: i posti vuoti e le penalità sono quelli della proposta trovata.</translation>
    </message>
    <message>
        <source>Every place is filled.</source>
        <translation>Tutti i posti sono coperti.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>{person} · {rule} (cost {cost})
{text}</source>
        <translation>{person} · {rule} (costo {cost})
{text}</translation>
    </message>
    <message>
        <source>No soft rule is broken.</source>
        <translation>Nessuna regola flessibile è violata.</translation>
    </message>
    <message numerus="yes">
        <source>Changes (%n)</source>
        <translation>
            <numerusform>Modifiche (%n)</numerusform>
            <numerusform>Modifiche (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Empty places (%n)</source>
        <translation>
            <numerusform>Posti vuoti (%n)</numerusform>
            <numerusform>Posti vuoti (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Penalties (%n)</source>
        <translation>
            <numerusform>Penalità (%n)</numerusform>
            <numerusform>Penalità (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The best roster under these weights.</source>
        <translation>Il turno migliore con questi pesi.</translation>
    </message>
    <message>
        <source>A roster keeping every rule, the best found within the time limit.</source>
        <translation>Un turno che rispetta tutte le regole, il migliore trovato entro il tempo limite.</translation>
    </message>
    <message>
        <source>No roster can keep every rule: the locked shifts themselves break one.</source>
        <translation>Nessun turno può rispettare tutte le regole: i turni bloccati stessi ne violano una.</translation>
    </message>
    <message>
        <source>No roster was found within the time limit: raise it in Settings.</source>
        <translation>Nessun turno trovato entro il tempo limite: aumentalo nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Nothing to plan: this week has no demand and no draft shift.</source>
        <translation>Niente da pianificare: questa settimana non ha fabbisogno né turni in bozza.</translation>
    </message>
    <message>
        <source>Found in {seconds} s (seed {seed}).</source>
        <translation>Trovato in {seconds} s (seme {seed}).</translation>
    </message>
    <message>
        <source>New {kind}: {people}</source>
        <translation>Nuova uscita ({kind}): {people}</translation>
    </message>
    <message>
        <source>Adds {people}</source>
        <translation>Aggiunge {people}</translation>
    </message>
    <message>
        <source>Takes off {people}</source>
        <translation>Toglie {people}</translation>
    </message>
    <message>
        <source>Moved here to follow pressure</source>
        <translation>Spostata qui per seguire la pressione</translation>
    </message>
    <message>
        <source>empty place</source>
        <translation>posto vuoto</translation>
    </message>
    <message>
        <source>fair share</source>
        <translation>equa ripartizione</translation>
    </message>
    <message>
        <source>pairs who know the zone</source>
        <translation>coppie che conoscono la zona</translation>
    </message>
    <message>
        <source>preferred days</source>
        <translation>giorni preferiti</translation>
    </message>
    <message>
        <source>follow pressure</source>
        <translation>seguire la pressione</translation>
    </message>
    <message>
        <source>change to the draft</source>
        <translation>modifica alla bozza</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cerca in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>File di &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Why are you reading these notes?</source>
        <translation>Perché stai leggendo queste note?</translation>
    </message>
    <message>
        <source>Reading the notes of &lt;b&gt;{case}&lt;/b&gt; is recorded with your name and the reason. You are asked once per case until you sign out.</source>
        <translation>La lettura delle note di &lt;b&gt;{case}&lt;/b&gt; viene registrata con il tuo nome e il motivo. Ti viene chiesto una volta per caso, fino alla disconnessione.</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>&amp;Altro:</translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation>In poche parole</translation>
    </message>
    <message>
        <source>&amp;Show notes</source>
        <translation>&amp;Mostra le note</translation>
    </message>
    <message>
        <source>Choose a reason, or type your own.</source>
        <translation>Scegli un motivo, oppure scrivi il tuo.</translation>
    </message>
    <message>
        <source>Type the reason in a few words.</source>
        <translation>Scrivi il motivo in poche parole.</translation>
    </message>
</context>
<context>
    <name>RecentSignalsModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>Refer the case</source>
        <translation>Invia il caso</translation>
    </message>
    <message>
        <source>Refer “{case}” to another organization: they accept or decline.</source>
        <translation>Invia “{case}” a un altro ente, che potrà accettarlo o rifiutarlo.</translation>
    </message>
    <message>
        <source>What you ask of them, and why</source>
        <translation>Cosa chiedi, e perché</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Say why you refer the case.</source>
        <translation>Indica perché invii il caso.</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <source>{reason} — declined: {answer}</source>
        <translation>{reason} — rifiutato: {answer}</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <source>Referrals of the case</source>
        <translation>Invii del caso</translation>
    </message>
    <message>
        <source>&amp;Refer to…</source>
        <translation>In&amp;via a…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accetta</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Rifiuta…</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Co&amp;mpleta</translation>
    </message>
    <message>
        <source>Your organization did what the referral asked</source>
        <translation>Il tuo ente ha fatto quanto richiesto dall’invio</translation>
    </message>
    <message>
        <source>The reason is for the two organizations involved.</source>
        <translation>Il motivo è visibile solo ai due enti coinvolti.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Declined because: {reason}</source>
        <translation>Rifiutato perché: {reason}</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Invio</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>A person asks for their data, for a correction or to be erased: find them, then answer. The search shows names, so it asks why: each person shown is recorded in the audit log as read, with that reason.</source>
        <translation>Una persona chiede i propri dati, una correzione o la cancellazione: trovatela, poi rispondete. La ricerca mostra nomi, quindi chiede perché: ogni persona mostrata è registrata nel registro di audit come letta, con quel motivo.</translation>
    </message>
    <message>
        <source>Nickname, name or number</source>
        <translation>Soprannome, nome o numero</translation>
    </message>
    <message>
        <source>For example: request of 5 December, ref. 12</source>
        <translation>Per esempio: richiesta del 5 dicembre, prot. 12</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <source>Everything held about the person, for them, as PDF or JSON</source>
        <translation>Tutto ciò che si conserva sulla persona, per lei, in PDF o JSON</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orreggi…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Cancella…</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Cerca:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>n. {id}</translation>
    </message>
    <message>
        <source>People found: {count}.</source>
        <translation>Persone trovate: {count}.</translation>
    </message>
    <message>
        <source>Nobody found: try part of the nickname or the name, or the number.</source>
        <translation>Nessuno trovato: provate una parte del soprannome o del nome, oppure il numero.</translation>
    </message>
    <message>
        <source>Search not done</source>
        <translation>Ricerca non eseguita</translation>
    </message>
    <message>
        <source>Person not reloaded</source>
        <translation>Persona non ricaricata</translation>
    </message>
    <message>
        <source>The data of no. {id} were written to {path}; the export is recorded.</source>
        <translation>I dati del n. {id} sono stati scritti in {path}; l&apos;esportazione è registrata.</translation>
    </message>
    <message>
        <source>No. {id} corrected: values changed {count}, each value before kept for the audit.</source>
        <translation>N. {id} corretto: valori cambiati {count}, ogni valore precedente conservato per l&apos;audit.</translation>
    </message>
    <message>
        <source>The person cannot be erased</source>
        <translation>La persona non può essere cancellata</translation>
    </message>
    <message>
        <source>“{name}” cannot be erased: {organizations} must keep their data under a legal obligation (a legal basis recorded among the person&apos;s consents). Nothing was changed.</source>
        <translation>“{name}” non può essere cancellata: {organizations} deve conservarne i dati per obbligo di legge (una base giuridica registrata tra i consensi della persona). Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>What to do: answer the person that their data are kept by law, which organization keeps them and until when; you may still export their data and correct what is wrong. If the obligation has ended, that organization withdraws the legal basis in the person&apos;s panel in Cases; then erase again.</source>
        <translation>Cosa fare: rispondete alla persona che i suoi dati sono conservati per legge, da quale organizzazione e fino a quando; potete comunque esportarne i dati e correggere ciò che è sbagliato. Se l&apos;obbligo è terminato, quell&apos;organizzazione revoca la base giuridica nel pannello della persona in Casi; poi cancellate di nuovo.</translation>
    </message>
    <message>
        <source>No. {id} erased: cases {cases}, notes {notes}, consents {consents}, corrections {amendments} anonymised or removed.</source>
        <translation>N. {id} cancellato: casi {cases}, note {notes}, consensi {consents}, correzioni {amendments} anonimizzati o rimossi.</translation>
    </message>
    <message>
        <source>Compacting the file failed</source>
        <translation>Compattazione del file non riuscita</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Reimposta password</translation>
    </message>
    <message>
        <source>A new password for “{username}”. The old one stops working at once, and a lockout is lifted.</source>
        <translation>Una nuova password per “{username}”. Quella vecchia smette subito di funzionare e un eventuale blocco viene tolto.</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>Nuova pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Reimposta password</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Notes of closed cases</source>
        <translation>Note dei casi chiusi</translation>
    </message>
    <message>
        <source>Titles and referral reasons of closed cases</source>
        <translation>Titoli e motivi di invio dei casi chiusi</translation>
    </message>
    <message>
        <source>People met, their consents</source>
        <translation>Persone incontrate e loro consensi</translation>
    </message>
    <message>
        <source>Debrief narratives</source>
        <translation>Resoconti delle uscite</translation>
    </message>
    <message>
        <source>Reasons for absences</source>
        <translation>Motivi delle assenze</translation>
    </message>
    <message>
        <source>Text of signals</source>
        <translation>Testo delle segnalazioni</translation>
    </message>
    <message>
        <source>Restricted meeting records</source>
        <translation>Atti riservati delle riunioni</translation>
    </message>
    <message>
        <source>Shared meeting records</source>
        <translation>Atti condivisi delle riunioni</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Voci del registro di audit</translation>
    </message>
    <message>
        <source>Notes of cases closed longer ago than the period</source>
        <translation>Note dei casi chiusi da più tempo del periodo</translation>
    </message>
    <message>
        <source>Titles and referral reasons of cases closed longer ago than the period</source>
        <translation>Titoli e motivi di invio dei casi chiusi da più tempo del periodo</translation>
    </message>
    <message>
        <source>People met with no case open or closed within the period, and not met in it: nickname, name, description and references anonymised, consents and corrections removed</source>
        <translation>Persone incontrate senza casi aperti o chiusi nel periodo e non incontrate in esso: soprannome, nome, descrizione e riferimenti anonimizzati, consensi e rettifiche rimossi</translation>
    </message>
    <message>
        <source>Outcome and follow-up of debriefs older than the period; counts are kept</source>
        <translation>Esito e seguito dei resoconti più vecchi del periodo; i conteggi restano</translation>
    </message>
    <message>
        <source>The note of absences that ended longer ago than the period; the kind is kept</source>
        <translation>La nota delle assenze finite da più tempo del periodo; il tipo resta</translation>
    </message>
    <message>
        <source>Summary and source of signals older than the period; kind, zone, category kept</source>
        <translation>Sintesi e fonte delle segnalazioni più vecchie del periodo; tipo, zona e categoria restano</translation>
    </message>
    <message>
        <source>Decisions, actions and minutes for one organization or social services; open actions are kept</source>
        <translation>Decisioni, azioni e verbali per un solo ente o per i servizi sociali; le azioni aperte restano</translation>
    </message>
    <message>
        <source>Shared decisions, actions, minutes and case agenda items; open actions are kept</source>
        <translation>Decisioni, azioni, verbali condivisi e punti all&apos;ordine del giorno sui casi; le azioni aperte restano</translation>
    </message>
    <message>
        <source>Counted only: a run never removes audit entries (the log is a chain); export and archive it by your own rules</source>
        <translation>Solo contate: un&apos;esecuzione non rimuove mai voci di audit (il registro è una catena); esportatelo e archiviatelo secondo le vostre regole</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonimizzati</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>rimossi</translation>
    </message>
    <message>
        <source>kept (counted only)</source>
        <translation>conservati (solo contati)</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo di dato</translation>
    </message>
    <message>
        <source>Kept for (months)</source>
        <translation>Conservato per (mesi)</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Esempio</translation>
    </message>
    <message>
        <source>Expired before</source>
        <translation>Scaduto prima del</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>A run</source>
        <translation>Un&apos;esecuzione</translation>
    </message>
    <message>
        <source>Double-click to change; save the periods to apply them</source>
        <translation>Doppio clic per cambiarlo; salvate i periodi per applicarli</translation>
    </message>
    <message>
        <source>The period the console suggests: an example, not advice</source>
        <translation>Il periodo suggerito dalla console: un esempio, non un parere</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <source>How long each kind of personal data is kept. The periods the console suggests are examples, not legal advice: set those your organizations&apos; legal bases and records schedules require. A run keeps dates, zones, kinds and counts, so past reports still add up; names and free text become “[anonymised]”.</source>
        <translation>Per quanto tempo si conserva ogni tipo di dato personale. I periodi suggeriti dalla console sono esempi, non pareri legali: impostate quelli richiesti dalle basi giuridiche e dai massimari di conservazione dei vostri enti. Un&apos;esecuzione conserva date, zone, tipi e conteggi, così i resoconti passati tornano ancora; nomi e testi liberi diventano “[anonymised]”.</translation>
    </message>
    <message>
        <source>&amp;Save periods</source>
        <translation>&amp;Salva i periodi</translation>
    </message>
    <message>
        <source>&amp;Run retention…</source>
        <translation>&amp;Esegui la conservazione…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Expired by:</source>
        <translation>Scaduti al:</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Conservazione</translation>
    </message>
    <message>
        <source>Requests from a &amp;person</source>
        <translation>Richieste di una &amp;persona</translation>
    </message>
    <message>
        <source>Records that expired by this day and would be anonymised or removed: {count}.</source>
        <translation>Record scaduti a questa data che sarebbero anonimizzati o rimossi: {count}.</translation>
    </message>
    <message>
        <source>Save the periods first</source>
        <translation>Salvate prima i periodi</translation>
    </message>
    <message>
        <source>Periods not saved</source>
        <translation>Periodi non salvati</translation>
    </message>
    <message>
        <source>Run retention</source>
        <translation>Esegui la conservazione</translation>
    </message>
    <message>
        <source>Records to anonymise or remove, as the table shows: {count}. This cannot be undone; the run is recorded in the audit log with the counts. Copies of the database kept elsewhere must be handled by their own rules.</source>
        <translation>Record da anonimizzare o rimuovere, come mostra la tabella: {count}. Non si può annullare; l&apos;esecuzione è registrata nel registro di audit con i conteggi. Le copie del database conservate altrove vanno trattate secondo le loro regole.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimizza</translation>
    </message>
    <message>
        <source>Records anonymised or removed: {count}.</source>
        <translation>Record anonimizzati o rimossi: {count}.</translation>
    </message>
    <message>
        <source>Old backups removed: {count}.</source>
        <translation>Copie di sicurezza vecchie rimosse: {count}.</translation>
    </message>
    <message>
        <source>Compacting the file failed: {error}</source>
        <translation>La compattazione del file non è riuscita: {error}</translation>
    </message>
    <message>
        <source>Nothing was changed: {error}</source>
        <translation>Non è stato cambiato nulla: {error}</translation>
    </message>
</context>
<context>
    <name>ReviewDateDialog</name>
    <message>
        <source>Set the case&apos;s review date</source>
        <translation>Fissa la data di revisione del caso</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>“{case}”: the next review is now {date}.</source>
        <translation>«{case}»: la prossima revisione è ora {date}.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>il</translation>
    </message>
    <message>
        <source>Next &amp;review:</source>
        <translation>Prossima re&amp;visione:</translation>
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
    <name>RosterSettingsGroup</name>
    <message>
        <source>Proposal of the week</source>
        <translation>Proposta della settimana</translation>
    </message>
    <message>
        <source>How much each soft rule counts when the week is proposed (0 turns it off). The hard rules (rest, contract hours, absences, a pair on joint outings) always hold.</source>
        <translation>Quanto conta ogni regola flessibile quando si propone la settimana (0 la disattiva). Le regole vincolanti (riposo, ore di contratto, assenze, una coppia nelle uscite congiunte) valgono sempre.</translation>
    </message>
    <message>
        <source>&amp;Fair share:</source>
        <translation>E&amp;qua ripartizione:</translation>
    </message>
    <message>
        <source>Evenings and weekends shared fairly over the last 4 weeks.</source>
        <translation>Serate e fine settimana ripartiti equamente nelle ultime 4 settimane.</translation>
    </message>
    <message>
        <source>Pairs who &amp;know the zone:</source>
        <translation>Coppie c&amp;he conoscono la zona:</translation>
    </message>
    <message>
        <source>An educator and an officer who already worked the zone together.</source>
        <translation>Un educatore e un agente che hanno già lavorato insieme nella zona.</translation>
    </message>
    <message>
        <source>Preferred da&amp;ys:</source>
        <translation>&amp;Giorni preferiti:</translation>
    </message>
    <message>
        <source>People planned on the days they prefer.</source>
        <translation>Persone pianificate nei giorni che preferiscono.</translation>
    </message>
    <message>
        <source>Where pr&amp;essure is:</source>
        <translation>Do&amp;ve c&apos;è pressione:</translation>
    </message>
    <message>
        <source>Outings staffed first where pressure is high for the presence.</source>
        <translation>Uscite coperte prima dove la pressione è alta rispetto al presidio.</translation>
    </message>
    <message>
        <source>Few chan&amp;ges to the draft:</source>
        <translation>Poche modifiche &amp;alla bozza:</translation>
    </message>
    <message>
        <source>The draft already there changes as little as possible.</source>
        <translation>La bozza già presente cambia il meno possibile.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The proposal stops looking after this many seconds and shows its best.</source>
        <translation>La proposta smette di cercare dopo questi secondi e mostra la migliore trovata.</translation>
    </message>
    <message>
        <source>&amp;Allowed time:</source>
        <translation>&amp;Tempo concesso:</translation>
    </message>
    <message>
        <source>&amp;Outings marked so follow pressure</source>
        <translation>Le uscite c&amp;osì segnate seguono la pressione</translation>
    </message>
</context>
<context>
    <name>RosterTools</name>
    <message>
        <source>Propose week</source>
        <extracomment>The roster entries of a shift&apos;s right-click menu (alternatives, locks).</extracomment>
        <translation>Proponi settimana</translation>
    </message>
    <message>
        <source>Looking for the best roster of the week (at most {seconds} s)…</source>
        <translation>Cerco il turno migliore della settimana (al massimo {seconds} s)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>Accetta proposta</translation>
    </message>
    <message>
        <source>Accept part of the proposal</source>
        <translation>Accetta parte della proposta</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Riunioni</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro di audit</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dati personali</translation>
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
        <source>Lock when &amp;idle for:</source>
        <translation>Blocca dopo un’&amp;inattività di:</translation>
    </message>
    <message>
        <source>Hide counts of people &amp;under:</source>
        <translation>Nascondi i conteggi di persone &amp;sotto:</translation>
    </message>
    <message>
        <source>Changes to the language and the database take effect the next time the console starts. A path or URL given with --db or CONSOLE_DB comes first.</source>
        <translation>Le modifiche alla lingua e al database hanno effetto al prossimo avvio della console. Un percorso o URL indicato con --db o CONSOLE_DB ha la precedenza.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After this many minutes without keyboard or mouse input the window hides its data until your password is typed again; 0 never locks.</source>
        <translation>Dopo questo numero di minuti senza uso di tastiera o mouse, la finestra nasconde i dati finché non inserisci di nuovo la password; con 0 non si blocca mai.</translation>
    </message>
    <message>
        <source>In activity summaries and reports, a count of people (contacts, people met, cases, referrals) smaller than this prints as “&lt;N”, so nobody can be recognised from a small number.</source>
        <translation>Nei riepiloghi di attività e nei rapporti, un conteggio di persone (contatti, persone incontrate, casi, invii) più piccolo di questo numero si stampa come «&lt;N», così nessuno può essere riconosciuto da un numero piccolo.</translation>
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
        <source>Password not saved</source>
        <translation>Password non salvata</translation>
    </message>
    <message>
        <source>The password in the database URL was not saved: the settings never keep one. Put it in the file .pgpass in your home folder (a line server:port:database:user:password, readable only by you; the PGPASSFILE environment variable can name another file), or give the whole URL in the CONSOLE_DB environment variable.</source>
        <translation>La password contenuta nell’URL del database non è stata salvata: le impostazioni non ne conservano mai. Scrivila nel file .pgpass della tua cartella home (una riga server:porta:database:utente:password, leggibile solo da te; la variabile d’ambiente PGPASSFILE può indicare un altro file), oppure indica l’URL completo nella variabile d’ambiente CONSOLE_DB.</translation>
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
    <name>SignalDialog</name>
    <message>
        <source>night-time noise</source>
        <translation>schiamazzi notturni</translation>
    </message>
    <message>
        <source>people camping out</source>
        <translation>bivacchi</translation>
    </message>
    <message>
        <source>suspected drug dealing</source>
        <translation>sospetto spaccio</translation>
    </message>
    <message>
        <source>neglect and decay</source>
        <translation>degrado e incuria</translation>
    </message>
    <message>
        <source>abandoned waste</source>
        <translation>abbandono di rifiuti</translation>
    </message>
    <message>
        <source>quarrel or fight</source>
        <translation>lite o rissa</translation>
    </message>
    <message>
        <source>disturbing the peace</source>
        <translation>disturbo della quiete pubblica</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>danneggiamento</translation>
    </message>
    <message>
        <source>check</source>
        <translation>controllo</translation>
    </message>
    <message>
        <source>local press article</source>
        <translation>articolo della stampa locale</translation>
    </message>
    <message>
        <source>New signal</source>
        <translation>Nuova segnalazione</translation>
    </message>
    <message>
        <source>choose or type</source>
        <translation>scegli o scrivi</translation>
    </message>
    <message>
        <source>e.g. phone call, patrol, newspaper</source>
        <translation>es. telefonata, pattuglia, giornale</translation>
    </message>
    <message>
        <source>What happened, in a few words. No names or other personal data.</source>
        <translation>Cosa è successo, in poche parole. Niente nomi né altri dati personali.</translation>
    </message>
    <message>
        <source>(from the point)</source>
        <translation>(in base al punto)</translation>
    </message>
    <message>
        <source>&amp;Pick on map</source>
        <translation>Indica sulla &amp;mappa</translation>
    </message>
    <message>
        <source>While this is on, a click on the map places the point</source>
        <translation>Quando è attivo, un clic sulla mappa colloca il punto</translation>
    </message>
    <message>
        <source>Clear point</source>
        <translation>Togli il punto</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Si&amp;ntesi:</translation>
    </message>
    <message>
        <source>Point:</source>
        <translation>Punto:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>none (click the map to place one)</source>
        <translation>nessuno (fai clic sulla mappa per collocarlo)</translation>
    </message>
    <message>
        <source>{count}/{limit} characters</source>
        <translation>{count}/{limit} caratteri</translation>
    </message>
    <message>
        <source>Place the point on the map or choose the zone.</source>
        <translation>Colloca il punto sulla mappa o scegli la zona.</translation>
    </message>
    <message>
        <source>The point is in no zone: choose the zone.</source>
        <translation>Il punto non è in nessuna zona: scegli la zona.</translation>
    </message>
    <message>
        <source>Choose or type a category.</source>
        <translation>Scegli o scrivi una categoria.</translation>
    </message>
    <message>
        <source>The summary is too long: keep it to {limit} characters.</source>
        <translation>La sintesi è troppo lunga: non superare {limit} caratteri.</translation>
    </message>
</context>
<context>
    <name>SignalEntry</name>
    <message>
        <source>Click the map where the signal happened.</source>
        <translation>Fai clic sulla mappa nel punto in cui è avvenuto il fatto segnalato.</translation>
    </message>
    <message>
        <source>Signal recorded in {zone}.</source>
        <translation>Segnalazione registrata in {zone}.</translation>
    </message>
    <message>
        <source>Import signals from a CSV file</source>
        <translation>Importa segnalazioni da un file CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lettura di {file}…</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Signals not imported</source>
        <translation>Segnalazioni non importate</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {reason}</source>
        <translation>Impossibile importare {file}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n signal(s)…</source>
        <translation>
            <numerusform>Importazione di %n segnalazione…</numerusform>
            <numerusform>Importazione di %n segnalazioni…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) imported.</source>
        <translation>
            <numerusform>%n segnalazione importata.</numerusform>
            <numerusform>%n segnalazioni importate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotActions</name>
    <message>
        <source>&amp;Alternatives for this slot…</source>
        <translation>&amp;Alternative per questo posto…</translation>
    </message>
    <message>
        <source>&amp;Lock shift</source>
        <translation>&amp;Blocca turno</translation>
    </message>
    <message>
        <source>A proposal of the week keeps a locked shift as it is.</source>
        <translation>Una proposta della settimana lascia com&apos;è un turno bloccato.</translation>
    </message>
    <message>
        <source>&amp;Keep on this shift</source>
        <translation>&amp;Tieni in questo turno</translation>
    </message>
    <message>
        <source>Lock shift</source>
        <translation>Blocca turno</translation>
    </message>
    <message>
        <source>Unlock shift</source>
        <translation>Sblocca turno</translation>
    </message>
    <message>
        <source>Keep on shift</source>
        <translation>Tieni nel turno</translation>
    </message>
    <message>
        <source>Free from shift</source>
        <translation>Libera dal turno</translation>
    </message>
    <message>
        <source>Assign {person}</source>
        <translation>Assegna {person}</translation>
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
    <name>StatusReasonDialog</name>
    <message>
        <source>Why did “{action}” prove impossible?</source>
        <translation>Perché «{action}» si è rivelata impossibile?</translation>
    </message>
    <message>
        <source>Why was “{action}” not done?</source>
        <translation>Perché «{action}» non è stata svolta?</translation>
    </message>
    <message>
        <source>The reason, for the next meeting. No names of people met.</source>
        <translation>Il motivo, per la prossima riunione. Nessun nome di persone incontrate.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>Spiega perché.</translation>
    </message>
</context>
<context>
    <name>SubjectExportDialog</name>
    <message>
        <source>Export the person&apos;s data</source>
        <translation>Esporta i dati della persona</translation>
    </message>
    <message>
        <source>Everything held about “{name}”, for them: profile, consents, the cases about them with their notes and referrals, the outings they were met on, and who read their data and why. The export is recorded with your name and the reason.</source>
        <translation>Tutto ciò che si conserva su “{name}”, per la persona stessa: profilo, consensi, i casi che la riguardano con note e invii, le uscite in cui è stata incontrata, e chi ha letto i suoi dati e perché. L&apos;esportazione è registrata con il vostro nome e il motivo.</translation>
    </message>
    <message>
        <source>For example: request of 5 December, ref. 12</source>
        <translation>Per esempio: richiesta del 5 dicembre, prot. 12</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>S&amp;cegli…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Say why, in a few words.</source>
        <translation>Dite perché, in poche parole.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Scegliete il file da scrivere.</translation>
    </message>
    <message>
        <source>Name a .pdf file (to hand over) or a .json file (for another system).</source>
        <translation>Indicate un file .pdf (da consegnare) o .json (per un altro sistema).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another.</source>
        <translation>La cartella {folder} non esiste: sceglietene un&apos;altra.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save ({keys})</source>
        <translation>Salva ({keys})</translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <source>Change the zone&apos;s review threshold</source>
        <translation>Cambia la soglia di revisione della zona</translation>
    </message>
    <message>
        <source>{zone} is flagged for the agenda when its pressure is above {threshold} per week.</source>
        <translation>{zone} viene segnalata per l&apos;ordine del giorno quando la sua pressione supera {threshold} a settimana.</translation>
    </message>
    <message>
        <source> per week</source>
        <translation> a settimana</translation>
    </message>
    <message>
        <source>Review &amp;threshold:</source>
        <translation>&amp;Soglia di revisione:</translation>
    </message>
    <message>
        <source>Choose a threshold other than the present one.</source>
        <translation>Scegli una soglia diversa da quella attuale.</translation>
    </message>
</context>
<context>
    <name>TimeFields</name>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Notes of the case</source>
        <translation>Note del caso</translation>
    </message>
    <message>
        <source>No note you may read yet.</source>
        <translation>Non ci sono ancora note che puoi leggere.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{author}&lt;/b&gt; · {organization} · {when}</source>
        <translation>&lt;b&gt;{author}&lt;/b&gt; · {organization} · {when}</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Rettificata</translation>
    </message>
    <message>
        <source>see the amendment: {links}</source>
        <translation>vedi la rettifica: {links}</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Rettifica</translation>
    </message>
    <message>
        <source>Amends a note you may not read.</source>
        <translation>Rettifica una nota che non puoi leggere.</translation>
    </message>
    <message>
        <source>the note of {author}, {when}</source>
        <translation>la nota di {author}, {when}</translation>
    </message>
    <message>
        <source>Amends {note}</source>
        <translation>Rettifica {note}</translation>
    </message>
    <message>
        <source>note {id}</source>
        <translation>nota {id}</translation>
    </message>
</context>
<context>
    <name>ToDebriefButton</name>
    <message>
        <source>Published shifts that are over: record their debrief</source>
        <translation>Turni pubblicati già conclusi: registrane il resoconto</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) to debrief</source>
        <translation>
            <numerusform>Turni in attesa di resoconto: %n</numerusform>
            <numerusform>Turni in attesa di resoconto: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n older one(s)</source>
        <translation>
            <numerusform>… altri più vecchi: %n</numerusform>
            <numerusform>… altri più vecchi: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>nessuna data</translation>
    </message>
    <message>
        <source>{date} — overdue</source>
        <translation>{date} — scaduta</translation>
    </message>
    <message>
        <source>Restricted — an action of {agency}</source>
        <translation>Riservato — un&apos;azione di {agency}</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>Overdue: due on {date} and still open</source>
        <translation>Scaduta: da svolgere entro il {date} e ancora aperta</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Annulla &amp;modifica</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripristina modifica</translation>
    </message>
    <message>
        <source>{verb}: {what} ({keys})</source>
        <translation>{verb}: {what} ({keys})</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nessuna modifica da annullare</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nessuna modifica da ripristinare</translation>
    </message>
</context>
<context>
    <name>UpcomingShiftsModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
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
        <source>Shifts: {shifts} · hours planned: {hours} · to debrief: {to_debrief}</source>
        <translation>Turni: {shifts} · ore pianificate: {hours} · in attesa di resoconto: {to_debrief}</translation>
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
    <message>
        <source>kept on the shift whatever a proposal says</source>
        <translation>tenuto nel turno qualunque cosa dica una proposta</translation>
    </message>
    <message>
        <source>Locked: a proposal keeps it as it is</source>
        <translation>Bloccato: una proposta lo lascia com&apos;è</translation>
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
        <source>Holiday: {name}</source>
        <translation>Festivo: {name}</translation>
    </message>
    <message>
        <source>No one assigned</source>
        <translation>Nessuno assegnato</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposto</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw a consent</source>
        <translation>Revoca un consenso</translation>
    </message>
    <message>
        <source>The consent for {organization}, given on {day}, stops on:</source>
        <translation>Il consenso per {organization}, rilasciato il {day}, cessa il:</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Data di revoca:</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Revoca</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>Un consenso non può essere revocato prima di essere stato rilasciato.</translation>
    </message>
</context>
<context>
    <name>ZoneBody</name>
    <message>
        <source>Trend by week</source>
        <translation>Andamento per settimana</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Prima e dopo</translation>
    </message>
    <message>
        <source>Recent signals</source>
        <translation>Segnalazioni recenti</translation>
    </message>
    <message>
        <source>Above its review threshold over the last four weeks</source>
        <translation>Sopra la soglia di revisione nelle ultime quattro settimane</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Pressione</translation>
    </message>
    <message>
        <source>{pressure} per week (review threshold {threshold})</source>
        <translation>{pressure} a settimana (soglia di revisione {threshold})</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>{hours} h in the last four weeks</source>
        <translation>{hours} h nelle ultime quattro settimane</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>No comparison for this zone yet.</source>
        <translation>Ancora nessun confronto per questa zona.</translation>
    </message>
    <message>
        <source>{days} days before and from {day}</source>
        <translation>{days} giorni prima e dal {day}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Pressure/week</source>
        <translation>Pressione/settimana</translation>
    </message>
    <message>
        <source>Presence (h)</source>
        <translation>Presenza (h)</translation>
    </message>
</context>
<context>
    <name>ZoneEditing</name>
    <message>
        <source>Click on the map to add the corners of the new zone. Double-click or press Enter to close it, Backspace removes the last corner, Esc cancels.</source>
        <translation>Fai clic sulla mappa per aggiungere i vertici della nuova zona. Doppio clic o Invio per chiuderla, Backspace elimina l’ultimo vertice, Esc annulla.</translation>
    </message>
    <message>
        <source>New zone</source>
        <translation>Nuova zona</translation>
    </message>
    <message>
        <source>A zone needs at least 3 points; this one has {count}. Click to add more corners, or press Esc to cancel.</source>
        <translation>Una zona ha bisogno di almeno 3 punti; questa ne ha {count}. Fai clic per aggiungere altri vertici, o premi Esc per annullare.</translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>Sposta vertice</translation>
    </message>
    <message>
        <source>Add vertex</source>
        <translation>Aggiungi vertice</translation>
    </message>
    <message>
        <source>Remove vertex</source>
        <translation>Elimina vertice</translation>
    </message>
    <message>
        <source>A ring of a zone needs at least 3 points: this vertex stays.</source>
        <translation>Il contorno di una zona ha bisogno di almeno 3 punti: questo vertice resta.</translation>
    </message>
    <message>
        <source>Drag a corner to move it; double-click an edge to add one; Delete removes the corner under the pointer. Save the shape when done (Ctrl+S), Esc cancels.</source>
        <translation>Trascina un vertice per spostarlo; doppio clic su un lato per aggiungerne uno; Canc elimina il vertice sotto il puntatore. Al termine salva la forma (Ctrl+S); Esc annulla.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Abbandona modifiche</translation>
    </message>
    <message>
        <source>Discard the changes to the shape of “{name}”?</source>
        <translation>Abbandonare le modifiche alla forma di “{name}”?</translation>
    </message>
    <message>
        <source>Import zones from GeoJSON</source>
        <translation>Importa zone da GeoJSON</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Zones not imported</source>
        <translation>Zone non importate</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {reason}</source>
        <translation>Impossibile importare {file}: {reason}</translation>
    </message>
    <message>
        <source>Zones imported</source>
        <translation>Zone importate</translation>
    </message>
    <message>
        <source>{created} new zone(s), {updated} reshaped, {unchanged} unchanged.</source>
        <translation>Zone nuove: {created}; con nuova forma: {updated}; invariate: {unchanged}.</translation>
    </message>
    <message>
        <source>Export zones as GeoJSON</source>
        <translation>Esporta le zone in GeoJSON</translation>
    </message>
    <message>
        <source>Zones exported</source>
        <translation>Zone esportate</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) written to {path}.</source>
        <translation>
            <numerusform>%n zona scritta in {path}.</numerusform>
            <numerusform>%n zone scritte in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZoneLayer</name>
    <message>
        <source>deactivated</source>
        <translation>disattivata</translation>
    </message>
    <message>
        <source>%n debrief(s), {hours} h</source>
        <translation>resoconti: %n, {hours} h</translation>
    </message>
</context>
<context>
    <name>ZonePanelView</name>
    <message>
        <source>Trend by week</source>
        <translation>Andamento per settimana</translation>
    </message>
    <message>
        <source>Recent signals</source>
        <translation>Segnalazioni recenti</translation>
    </message>
    <message>
        <source>Upcoming shifts</source>
        <translation>Prossimi turni</translation>
    </message>
    <message>
        <source>Close the zone panel (Esc)</source>
        <translation>Chiudi il pannello della zona (Esc)</translation>
    </message>
    <message>
        <source>Signals:</source>
        <translation>Segnalazioni:</translation>
    </message>
    <message>
        <source>Pressure:</source>
        <translation>Pressione:</translation>
    </message>
    <message>
        <source>Presence:</source>
        <translation>Presenza:</translation>
    </message>
    <message>
        <source>Joint shifts:</source>
        <translation>Turni congiunti:</translation>
    </message>
    <message>
        <source>Debriefs:</source>
        <translation>Resoconti:</translation>
    </message>
    <message>
        <source>Hours of the joint shifts, plus the debriefs of outings that were not one of those shifts</source>
        <translation>Ore dei turni congiunti, più i resoconti delle uscite che non facevano parte di quei turni</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Prima e dopo</translation>
    </message>
    <message>
        <source>Around the day:</source>
        <translation>Attorno al giorno:</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Casi aperti</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>⚑ Above its review threshold: on the agenda of the next meeting.</source>
        <translation>⚑ Sopra la soglia di revisione: all’ordine del giorno della prossima riunione.</translation>
    </message>
    <message>
        <source>{pressure} per week (review threshold {threshold})</source>
        <translation>{pressure} a settimana (soglia di revisione {threshold})</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message numerus="yes">
        <source>%n debrief(s), {hours} h</source>
        <translation>
            <numerusform>%n resoconto, {hours} h</numerusform>
            <numerusform>%n resoconti, {hours} h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) in this zone.</source>
        <translation>
            <numerusform>%n caso aperto in questa zona.</numerusform>
            <numerusform>%n casi aperti in questa zona.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n day(s) before the day and from it:</source>
        <translation>
            <numerusform>Confronto su %n giorno, prima della data e a partire da essa:</numerusform>
            <numerusform>Confronto su %n giorni, prima della data e a partire da essa:</numerusform>
        </translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Pressure/week</source>
        <translation>Pressione/settimana</translation>
    </message>
    <message>
        <source>Presence (h)</source>
        <translation>Presenza (h)</translation>
    </message>
</context>
<context>
    <name>ZonePropertiesDialog</name>
    <message>
        <source>New zone</source>
        <translation>Nuova zona</translation>
    </message>
    <message>
        <source>Zone properties</source>
        <translation>Proprietà della zona</translation>
    </message>
    <message>
        <source> per week</source>
        <translation> a settimana</translation>
    </message>
    <message>
        <source>Above this weighted number of signals per week the zone is flagged</source>
        <translation>Oltre questo numero ponderato di segnalazioni a settimana la zona viene evidenziata</translation>
    </message>
    <message>
        <source>&amp;Active (shown on the map and in the planning)</source>
        <translation>&amp;Attiva (mostrata sulla mappa e nella pianificazione)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Colore:</translation>
    </message>
    <message>
        <source>&amp;Review threshold:</source>
        <translation>&amp;Soglia di revisione:</translation>
    </message>
    <message>
        <source>Zone colour</source>
        <translation>Colore della zona</translation>
    </message>
    <message>
        <source>Type a name for the zone.</source>
        <translation>Scrivi un nome per la zona.</translation>
    </message>
    <message>
        <source>Another zone is called “{name}”: choose another name.</source>
        <translation>Un’altra zona si chiama “{name}”: scegli un altro nome.</translation>
    </message>
</context>
<context>
    <name>ZoneView</name>
    <message>
        <source>Week of shifts by zone</source>
        <translation>Settimana dei turni per zona</translation>
    </message>
    <message>
        <source>Holiday: {name}</source>
        <translation>Festivo: {name}</translation>
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
        <source>To debrief</source>
        <translation>Senza resoconto</translation>
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
    <message>
        <source>Published shifts not over yet</source>
        <translation>Turni pubblicati non ancora conclusi</translation>
    </message>
    <message>
        <source>Published shifts that are over: their debrief is not recorded yet</source>
        <translation>Turni pubblicati già conclusi: il resoconto non è ancora registrato</translation>
    </message>
</context>
</TS>
