<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckCommand</name>
    <message>
        <source>%1 event</source>
        <translation>%1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 causal node</source>
        <translation>%1 Kausalknoten</translation>
    </message>
    <message>
        <source>%1 causal nodes</source>
        <translation>%1 Kausalknoten</translation>
    </message>
    <message>
        <source>%1 link</source>
        <translation>%1 Verknüpfung</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 Verknüpfungen</translation>
    </message>
    <message>
        <source>%1 corrective action</source>
        <translation>%1 Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>%1 corrective actions</source>
        <translation>%1 Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>%1: loaded (%2)</source>
        <translation>%1: geladen (%2)</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Blame language</source>
        <translation>Schuldzuweisende Sprache</translation>
    </message>
    <message>
        <source>A person as a cause</source>
        <translation>Eine Person als Ursache</translation>
    </message>
    <message>
        <source>Vague corrective action</source>
        <translation>Vage Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Action without an owner</source>
        <translation>Maßnahme ohne Verantwortliche</translation>
    </message>
    <message>
        <source>Action without a due date</source>
        <translation>Maßnahme ohne Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Action overdue</source>
        <translation>Maßnahme überfällig</translation>
    </message>
    <message>
        <source>Action that addresses no cause</source>
        <translation>Maßnahme, die keine Ursache adressiert</translation>
    </message>
    <message>
        <source>Cause with no action and no accepted risk</source>
        <translation>Ursache ohne Maßnahme und ohne akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>Node without evidence</source>
        <translation>Knoten ohne Beleg</translation>
    </message>
    <message>
        <source>Five Whys ending at a person</source>
        <translation>Fünf Warum enden bei einer Person</translation>
    </message>
    <message>
        <source>Five Whys ending at an action</source>
        <translation>Fünf Warum enden bei einer Handlung</translation>
    </message>
    <message>
        <source>Five Whys shorter than it needs to be</source>
        <translation>Fünf Warum kürzer als nötig</translation>
    </message>
    <message>
        <source>No Five Whys</source>
        <translation>Keine Fünf Warum</translation>
    </message>
    <message>
        <source>Cycle in the causal diagram</source>
        <translation>Zyklus im Kausaldiagramm</translation>
    </message>
    <message>
        <source>No direct trigger</source>
        <translation>Kein direkter Auslöser</translation>
    </message>
    <message>
        <source>No warning signs considered</source>
        <translation>Keine Warnzeichen betrachtet</translation>
    </message>
    <message>
        <source>&quot;Different engineer&quot; question unanswered</source>
        <translation>Frage „Anderer Ingenieur?“ unbeantwortet</translation>
    </message>
    <message>
        <source>&quot;Different engineer&quot; answered no, with no action</source>
        <translation>„Anderer Ingenieur“ mit Nein beantwortet, ohne Maßnahme</translation>
    </message>
    <message>
        <source>Detected, mitigated or resolved time missing</source>
        <translation>Zeitpunkt für Erkennung, Eindämmung oder Behebung fehlt</translation>
    </message>
    <message>
        <source>Times without a zone</source>
        <translation>Zeiten ohne Zeitzone</translation>
    </message>
    <message>
        <source>Impact without numbers</source>
        <translation>Auswirkung ohne Zahlen</translation>
    </message>
</context>
<context>
    <name>Defences</name>
    <message>
        <source>not linked: link it to what it should have stopped</source>
        <translation>nicht verknüpft: verknüpfen Sie sie mit dem, was sie hätte aufhalten sollen</translation>
    </message>
    <message>
        <source>its links do not lead into the path from trigger to outcome</source>
        <translation>ihre Verknüpfungen führen nicht in den Pfad vom Auslöser zum Ergebnis</translation>
    </message>
    <message>
        <source>Absent: the barrier did not exist, a hole right through.</source>
        <translation>Fehlend: Die Barriere existierte nicht, ein Loch ganz hindurch.</translation>
    </message>
    <message>
        <source>Degraded: the barrier existed but was weakened, too thin to stop it in time.</source>
        <translation>Geschwächt: Die Barriere existierte, war aber geschwächt, zu dünn, um es rechtzeitig aufzuhalten.</translation>
    </message>
    <message>
        <source>Misaligned: the barrier worked, but guarded against a different risk.</source>
        <translation>Falsch ausgerichtet: Die Barriere funktionierte, schützte aber vor einem anderen Risiko.</translation>
    </message>
    <message>
        <source>Held: the barrier worked and stopped or limited the harm.</source>
        <translation>Gehalten: Die Barriere funktionierte und hat den Schaden verhindert oder begrenzt.</translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <source>Causal diagram</source>
        <translation>Kausaldiagramm</translation>
    </message>
    <message>
        <source>Causal diagram: %1</source>
        <translation>Kausaldiagramm: %1</translation>
    </message>
    <message>
        <source>Exported by Causeway</source>
        <translation>Exportiert von Causeway</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation>Vorschlag:</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Quittiert: %1</translation>
    </message>
</context>
<context>
    <name>FormTemplates</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Two or three sentences: what happened, who was affected, how it ended.</source>
        <translation>Zwei oder drei Sätze: was passiert ist, wer betroffen war, wie es endete.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Who and what was affected, with numbers: customers, failed requests, revenue, duration.</source>
        <translation>Wer und was betroffen war, mit Zahlen: Kunden, fehlgeschlagene Anfragen, Umsatz, Dauer.</translation>
    </message>
    <message>
        <source>Direct trigger</source>
        <translation>Direkter Auslöser</translation>
    </message>
    <message>
        <source>The specific action or failure that immediately caused the incident.</source>
        <translation>Die konkrete Handlung oder der Fehler, die bzw. der den Vorfall unmittelbar verursacht hat.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>The system properties that made the trigger harmful instead of harmless: missing checks, validation steps, monitoring that missed it.</source>
        <translation>Die Systemeigenschaften, die den Auslöser schädlich statt harmlos machten: fehlende Prüfungen, Validierungsschritte, Überwachung, die es übersah.</translation>
    </message>
    <message>
        <source>Defences</source>
        <translation>Schutzmaßnahmen</translation>
    </message>
    <message>
        <source>The barriers that should have stopped or caught it, and whether each was absent, degraded, misaligned or held.</source>
        <translation>Die Barrieren, die es hätten aufhalten oder abfangen sollen, und ob jede fehlte, geschwächt, falsch ausgerichtet war oder gehalten hat.</translation>
    </message>
    <message>
        <source>Early warning signs</source>
        <translation>Frühwarnzeichen</translation>
    </message>
    <message>
        <source>Signals that were present before the incident but were not acted on.</source>
        <translation>Signale, die vor dem Vorfall vorhanden waren, auf die aber nicht reagiert wurde.</translation>
    </message>
    <message>
        <source>What would have prevented it</source>
        <translation>Was es verhindert hätte</translation>
    </message>
    <message>
        <source>Changes to the system, not to people.</source>
        <translation>Änderungen am System, nicht an Menschen.</translation>
    </message>
    <message>
        <source>Five Whys</source>
        <translation>Fünf Warum</translation>
    </message>
    <message>
        <source>Each answer is a cause of the one before. The chain ends at a property of the system, never at a person. Edit the steps on the causal diagram.</source>
        <translation>Jede Antwort ist eine Ursache der vorherigen. Die Kette endet bei einer Eigenschaft des Systems, nie bei einer Person. Bearbeiten Sie die Schritte im Kausaldiagramm.</translation>
    </message>
    <message>
        <source>If a different engineer made the same mistake, would our current systems catch it?</source>
        <translation>Würden unsere aktuellen Systeme es abfangen, wenn ein anderer Ingenieur denselben Fehler machte?</translation>
    </message>
    <message>
        <source>Answer for each human action on the causal path. A “no” is the highest-priority corrective action.</source>
        <translation>Antworten Sie für jede menschliche Handlung auf dem Kausalpfad. Ein „Nein“ ist die Korrekturmaßnahme mit der höchsten Priorität.</translation>
    </message>
    <message>
        <source>A different engineer?</source>
        <translation>Ein anderer Ingenieur?</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Named changes with an owner and a due date, each addressing a cause. Never “be more careful”.</source>
        <translation>Benannte Änderungen mit Verantwortlichen und Fälligkeitsdatum, jede adressiert eine Ursache. Nie „vorsichtiger sein“.</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>What went well, what went wrong, and where we got lucky.</source>
        <translation>Was gut lief, was schiefging und wo wir Glück hatten.</translation>
    </message>
    <message>
        <source>Timeline summary</source>
        <translation>Zusammenfassung der Zeitleiste</translation>
    </message>
    <message>
        <source>The key moments in a few lines, with times in the incident&apos;s zone. The full timeline is in the Timeline tab.</source>
        <translation>Die wichtigsten Momente in wenigen Zeilen, mit Zeiten in der Zeitzone des Vorfalls. Die vollständige Zeitleiste steht im Reiter „Zeitleiste“.</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Grundursachen</translation>
    </message>
    <message>
        <source>The conditions and failed defences that let the trigger do harm, explained at system level.</source>
        <translation>Die Bedingungen und versagten Schutzmaßnahmen, die den Auslöser Schaden anrichten ließen, auf Systemebene erklärt.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>What was done to mitigate and resolve it, in order, with times.</source>
        <translation>Was getan wurde, um es einzudämmen und zu beheben, der Reihe nach, mit Zeiten.</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>How and when it was detected, and the warning signs that were present earlier. How could detection have taken half the time?</source>
        <translation>Wie und wann es erkannt wurde und welche Warnzeichen schon früher vorhanden waren. Wie hätte die Erkennung nur halb so lange dauern können?</translation>
    </message>
    <message>
        <source>Leadup</source>
        <translation>Vorgeschichte</translation>
    </message>
    <message>
        <source>The circumstances and changes that led to the incident.</source>
        <translation>Die Umstände und Änderungen, die zu dem Vorfall führten.</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>What failed, and the direct trigger that made it fail.</source>
        <translation>Was versagt hat und der direkte Auslöser, der es versagen ließ.</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Who responded, when and how; what slowed the response down.</source>
        <translation>Wer reagiert hat, wann und wie; was die Reaktion verlangsamt hat.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>How service was restored and how we knew it was restored.</source>
        <translation>Wie der Dienst wiederhergestellt wurde und woran wir erkannten, dass er wiederhergestellt war.</translation>
    </message>
    <message>
        <source>Root-cause analysis (default)</source>
        <translation>Grundursachenanalyse (Standard)</translation>
    </message>
    <message>
        <source>Google SRE</source>
        <translation>Google SRE</translation>
    </message>
    <message>
        <source>Atlassian-style</source>
        <translation>Atlassian-Stil</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Graphviz could not lay out the diagram.</source>
        <translation>Graphviz konnte das Diagramm nicht anordnen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Causeway documents (*.causeway);;All files (*)</source>
        <translation>Causeway-Dokumente (*.causeway);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>Undo Commands</name>
    <message>
        <source>Reopen Finding</source>
        <translation>Befund wieder öffnen</translation>
    </message>
    <message>
        <source>Change Acknowledgement</source>
        <translation>Quittierung ändern</translation>
    </message>
    <message>
        <source>Acknowledge Finding</source>
        <translation>Befund quittieren</translation>
    </message>
    <message>
        <source>Edit Incident</source>
        <translation>Vorfall bearbeiten</translation>
    </message>
    <message>
        <source>Edit Section</source>
        <translation>Abschnitt bearbeiten</translation>
    </message>
    <message>
        <source>Change Template</source>
        <translation>Vorlage ändern</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Person(s)</source>
        <translation>
            <numerusform>%n Person löschen</numerusform>
            <numerusform>%n Personen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Event(s)</source>
        <translation>
            <numerusform>%n Ereignis löschen</numerusform>
            <numerusform>%n Ereignisse löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Node</source>
        <translation>Knoten hinzufügen</translation>
    </message>
    <message>
        <source>Edit Node</source>
        <translation>Knoten bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Node(s)</source>
        <translation>
            <numerusform>%n Knoten löschen</numerusform>
            <numerusform>%n Knoten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>Verknüpfung hinzufügen</translation>
    </message>
    <message>
        <source>Edit Link</source>
        <translation>Verknüpfung bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung löschen</numerusform>
            <numerusform>%n Verknüpfungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Answer</source>
        <translation>Antwort hinzufügen</translation>
    </message>
    <message>
        <source>Edit Answer</source>
        <translation>Antwort bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Answer(s)</source>
        <translation>
            <numerusform>%n Antwort löschen</numerusform>
            <numerusform>%n Antworten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Edit Action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Action(s)</source>
        <translation>
            <numerusform>%n Maßnahme löschen</numerusform>
            <numerusform>%n Maßnahmen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Lesson</source>
        <translation>Erkenntnis hinzufügen</translation>
    </message>
    <message>
        <source>Edit Lesson</source>
        <translation>Erkenntnis bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Lesson(s)</source>
        <translation>
            <numerusform>%n Erkenntnis löschen</numerusform>
            <numerusform>%n Erkenntnisse löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <source>Edit Evidence</source>
        <translation>Beleg bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Evidence Item(s)</source>
        <translation>
            <numerusform>%n Beleg löschen</numerusform>
            <numerusform>%n Belege löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Action for a “No” Answer</source>
        <translation>Maßnahme für eine „Nein“-Antwort hinzufügen</translation>
    </message>
    <message>
        <source>Import 1 Event from %1</source>
        <translation>1 Ereignis aus %1 importieren</translation>
    </message>
    <message>
        <source>Import %1 Events from %2</source>
        <translation>%1 Ereignisse aus %2 importieren</translation>
    </message>
    <message>
        <source>Lay Out Diagram</source>
        <translation>Diagramm anordnen</translation>
    </message>
    <message>
        <source>Place New Nodes</source>
        <translation>Neue Knoten platzieren</translation>
    </message>
</context>
<context>
    <name>causeway</name>
    <message>
        <source>A .causeway document.</source>
        <translation>Ein .causeway-Dokument.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)
</source>
        <translation>Qt %1 (erstellt mit %2)
</translation>
    </message>
    <message>
        <source>Graphviz %1
</source>
        <translation>Graphviz %1
</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting %1
</source>
        <translation>KSyntaxHighlighting %1
</translation>
    </message>
    <message>
        <source>KSyntaxHighlighting: not available in this build (code is shown as plain text)
</source>
        <translation>KSyntaxHighlighting: in diesem Build nicht verfügbar (Code wird als einfacher Text angezeigt)
</translation>
    </message>
    <message>
        <source>Causeway turns an outage into a blameless post-mortem: a timeline, a causal diagram and a structured post-mortem form over one document.</source>
        <translation>Causeway macht aus einem Ausfall ein schuldfreies Post-Mortem: eine Zeitleiste, ein Kausaldiagramm und ein strukturiertes Post-Mortem-Formular über einem Dokument.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once it is shown, then quit.</source>
        <translation>Ein Bild des Fensters in FILE speichern, sobald es angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>Open at a view: timeline, diagram or form.</source>
        <translation>In einer Ansicht öffnen: timeline, diagram oder form.</translation>
    </message>
    <message>
        <source>A .causeway document to open.</source>
        <translation>Ein zu öffnendes .causeway-Dokument.</translation>
    </message>
    <message>
        <source>Writes the document in another format, chosen by the output file&apos;s extension:
</source>
        <translation>Schreibt das Dokument in einem anderen Format, gewählt nach der Endung der Ausgabedatei:
</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Who reads it: internal (everything, the default) or leadership (roles instead of names, no raw evidence, no private notes).</source>
        <translation>Wer es liest: internal (alles, die Voreinstellung) oder leadership (Rollen statt Namen, keine Rohbelege, keine privaten Notizen).</translation>
    </message>
    <message>
        <source>Roles instead of people&apos;s names.</source>
        <translation>Rollen statt der Namen von Personen.</translation>
    </message>
    <message>
        <source>PDF page size: A4 (the default) or Letter.</source>
        <translation>PDF-Seitenformat: A4 (die Voreinstellung) oder Letter.</translation>
    </message>
    <message>
        <source>causeway export: %1</source>
        <translation>causeway export: %1</translation>
    </message>
    <message>
        <source>causeway export: give one document and an output file. Usage: causeway export FILE -o OUT.pdf|OUT.md|OUT.svg|OUT.png [--audience internal|leadership] [--anonymize] [--page-size A4|Letter]</source>
        <translation>causeway export: Geben Sie ein Dokument und eine Ausgabedatei an. Aufruf: causeway export DATEI -o AUS.pdf|AUS.md|AUS.svg|AUS.png [--audience internal|leadership] [--anonymize] [--page-size A4|Letter]</translation>
    </message>
    <message>
        <source>causeway export: --audience: expected internal or leadership, got &quot;%1&quot;</source>
        <translation>causeway export: --audience: erwartet internal oder leadership, erhalten „%1“</translation>
    </message>
    <message>
        <source>causeway export: --page-size: expected A4 or Letter, got &quot;%1&quot;</source>
        <translation>causeway export: --page-size: erwartet A4 oder Letter, erhalten „%1“</translation>
    </message>
    <message>
        <source>causeway export: %1: unknown output format &quot;%2&quot;; expected one of %3</source>
        <translation>causeway export: %1: unbekanntes Ausgabeformat „%2“; erwartet eines von %3</translation>
    </message>
    <message>
        <source>causeway export: painting needs a graphical application object</source>
        <translation>causeway export: Zeichnen erfordert ein grafisches Anwendungsobjekt</translation>
    </message>
    <message>
        <source>%1: wrote %2</source>
        <translation>%1: %2 geschrieben</translation>
    </message>
    <message>
        <source>Appends events from incident sources to a Causeway document.

Formats:
</source>
        <translation>Hängt Ereignisse aus Vorfallsquellen an ein Causeway-Dokument an.

Formate:
</translation>
    </message>
    <message>
        <source>

Timesketch/Plaso CSV and l2tcsv are recognised from their header; other CSV files name their columns:
  causeway import --format csv deploys.csv --into incident.causeway --zone Europe/Berlin \
    --time-column when --text-column what --time-format &quot;dd/MM/yyyy HH:mm:ss&quot;
Logs and RFC 3164 syslog without a year or a zone need --year and --zone.</source>
        <translation>

Timesketch/Plaso-CSV und l2tcsv werden an ihrer Kopfzeile erkannt; bei anderen CSV-Dateien werden die Spalten benannt:
  causeway import --format csv deploys.csv --into incident.causeway --zone Europe/Berlin \
    --time-column when --text-column what --time-format &quot;dd/MM/yyyy HH:mm:ss&quot;
Logs und RFC-3164-Syslog ohne Jahr oder Zeitzone brauchen --year und --zone.</translation>
    </message>
    <message>
        <source>The source format (see the list above).</source>
        <translation>Das Quellformat (siehe die Liste oben).</translation>
    </message>
    <message>
        <source>The document to append to; created when it does not exist.</source>
        <translation>Das Dokument, an das angehängt wird; es wird angelegt, wenn es nicht existiert.</translation>
    </message>
    <message>
        <source>The IANA time zone of timestamps that carry none (e.g. Europe/Berlin).</source>
        <translation>Die IANA-Zeitzone für Zeitstempel ohne eigene (z. B. Europe/Berlin).</translation>
    </message>
    <message>
        <source>The year of timestamps that carry none (RFC 3164 syslog, &quot;Apr 14 10:02:13&quot; in logs).</source>
        <translation>Das Jahr für Zeitstempel ohne eigenes (RFC-3164-Syslog, „Apr 14 10:02:13“ in Logs).</translation>
    </message>
    <message>
        <source>CSV: the column that holds the time (a header name).</source>
        <translation>CSV: die Spalte mit der Zeit (ein Spaltenname der Kopfzeile).</translation>
    </message>
    <message>
        <source>CSV: the column that holds what happened.</source>
        <translation>CSV: die Spalte mit dem, was passiert ist.</translation>
    </message>
    <message>
        <source>CSV: the column that holds who or what acted (optional).</source>
        <translation>CSV: die Spalte mit dem, wer oder was gehandelt hat (optional).</translation>
    </message>
    <message>
        <source>CSV: the column that holds the event kind: alert, action, communication, deploy, observation, decision or milestone; other values become tags (optional).</source>
        <translation>CSV: die Spalte mit der Ereignisart: alert, action, communication, deploy, observation, decision oder milestone; andere Werte werden zu Schlagwörtern (optional).</translation>
    </message>
    <message>
        <source>CSV: how the time column writes times, as a Qt date-time format such as &quot;dd/MM/yyyy HH:mm:ss&quot; (default: ISO 8601).</source>
        <translation>CSV: wie die Zeitspalte Zeiten schreibt, als Qt-Datums-/Zeitformat wie &quot;dd/MM/yyyy HH:mm:ss&quot; (Voreinstellung: ISO 8601).</translation>
    </message>
    <message>
        <source>Files (or folders) to import.</source>
        <translation>Zu importierende Dateien (oder Ordner).</translation>
    </message>
    <message>
        <source>no --format given</source>
        <translation>kein --format angegeben</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>no SOURCE given</source>
        <translation>keine QUELLE angegeben</translation>
    </message>
    <message>
        <source>no --into FILE given</source>
        <translation>kein --into DATEI angegeben</translation>
    </message>
    <message>
        <source>--zone: &quot;%1&quot; is not an IANA time-zone id such as Europe/Berlin</source>
        <translation>--zone: „%1“ ist keine IANA-Zeitzonen-ID wie Europe/Berlin</translation>
    </message>
    <message>
        <source>--year: expected a year such as 2026, got &quot;%1&quot;</source>
        <translation>--year: erwartet ein Jahr wie 2026, erhalten „%1“</translation>
    </message>
    <message>
        <source>Usage: causeway import --format FORMAT SOURCE... --into FILE [--zone ZONE] [--year YEAR]
       [--time-column NAME --text-column NAME [--actor-column NAME] [--kind-column NAME]
        [--time-format FORMAT]]</source>
        <translation>Aufruf: causeway import --format FORMAT QUELLE... --into DATEI [--zone ZONE] [--year JAHR]
       [--time-column NAME --text-column NAME [--actor-column NAME] [--kind-column NAME]
        [--time-format FORMAT]]</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>%1: %2 read, %3 added, %4 already in the document, %5 skipped</source>
        <translation>%1: %2 gelesen, %3 hinzugefügt, %4 bereits im Dokument, %5 übersprungen</translation>
    </message>
    <message>
        <source>%1: 1 event added</source>
        <translation>%1: 1 Ereignis hinzugefügt</translation>
    </message>
    <message>
        <source>%1: %2 events added</source>
        <translation>%1: %2 Ereignisse hinzugefügt</translation>
    </message>
    <message>
        <source>Names %1 in a cause; causes and Five Whys answers describe the system, not a person</source>
        <translation>Nennt %1 in einer Ursache; Ursachen und Antworten der Fünf Warum beschreiben das System, nicht eine Person</translation>
    </message>
    <message>
        <source>Describe the system property involved; where a person&apos;s action matters, use the role (&quot;the deploying engineer&quot;).</source>
        <translation>Beschreiben Sie die betroffene Systemeigenschaft; wo die Handlung einer Person wichtig ist, nennen Sie die Rolle („die Person, die das Deployment ausgeführt hat“).</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>Verknüpfung %1</translation>
    </message>
    <message>
        <source>different-engineer answer %1</source>
        <translation>Antwort „anderer Ingenieur“ %1</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>lesson %1</source>
        <translation>Erkenntnis %1</translation>
    </message>
    <message>
        <source>The action has no owner; the method wants every change named with an owner</source>
        <translation>Die Maßnahme hat keine Verantwortlichen; die Methode verlangt für jede Änderung eine verantwortliche Person</translation>
    </message>
    <message>
        <source>Choose a person or a team who will see it done.</source>
        <translation>Wählen Sie eine Person oder ein Team, das sie umsetzt.</translation>
    </message>
    <message>
        <source>The action has no due date; the method wants every change with a date</source>
        <translation>Die Maßnahme hat kein Fälligkeitsdatum; die Methode verlangt für jede Änderung ein Datum</translation>
    </message>
    <message>
        <source>Agree a date with the owner.</source>
        <translation>Vereinbaren Sie ein Datum mit der verantwortlichen Person.</translation>
    </message>
    <message>
        <source>The action was due on %1 and is still %2</source>
        <translation>Die Maßnahme war am %1 fällig und ist noch %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>Finish it, or agree a new date and say why.</source>
        <translation>Schließen Sie sie ab oder vereinbaren Sie ein neues Datum und begründen Sie es.</translation>
    </message>
    <message>
        <source>The action addresses no cause; every action should change a condition, defence or warning sign of the analysis</source>
        <translation>Die Maßnahme adressiert keine Ursache; jede Maßnahme sollte eine Bedingung, Schutzmaßnahme oder ein Warnzeichen der Analyse ändern</translation>
    </message>
    <message>
        <source>Link it to the nodes it changes, or reconsider whether it is needed.</source>
        <translation>Verknüpfen Sie sie mit den Knoten, die sie ändert, oder prüfen Sie, ob sie nötig ist.</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>missed warning sign</source>
        <translation>übersehenes Warnzeichen</translation>
    </message>
    <message>
        <source>defence that was absent or degraded</source>
        <translation>Schutzmaßnahme, die fehlte oder geschwächt war</translation>
    </message>
    <message>
        <source>This %1 has no corrective action and is not accepted as a risk</source>
        <translation>Diese Ursache (%1) hat keine Korrekturmaßnahme und ist nicht als Risiko akzeptiert</translation>
    </message>
    <message>
        <source>Add an action that changes it, or accept the risk and say why.</source>
        <translation>Fügen Sie eine Maßnahme hinzu, die es ändert, oder akzeptieren Sie das Risiko und begründen Sie es.</translation>
    </message>
    <message>
        <source>The node has no evidence: no timeline event supports it</source>
        <translation>Der Knoten hat keinen Beleg: Kein Ereignis der Zeitleiste stützt ihn</translation>
    </message>
    <message>
        <source>Link the events that show it, or mark it as an open question (unknown).</source>
        <translation>Verknüpfen Sie die Ereignisse, die ihn zeigen, oder markieren Sie ihn als offene Frage (unbekannt).</translation>
    </message>
    <message>
        <source>There is no Five Whys: no why-step leads back from the outcome</source>
        <translation>Es gibt keine Fünf Warum: Kein Warum-Schritt führt vom Ergebnis zurück</translation>
    </message>
    <message>
        <source>Ask why the outcome happened, and keep asking until the answer is a property of the system.</source>
        <translation>Fragen Sie, warum das Ergebnis eintrat, und fragen Sie weiter, bis die Antwort eine Eigenschaft des Systems ist.</translation>
    </message>
    <message>
        <source>The Five Whys chain ends at a person; the chain should end at a property of the system</source>
        <translation>Die Kette der Fünf Warum endet bei einer Person; die Kette sollte bei einer Eigenschaft des Systems enden</translation>
    </message>
    <message>
        <source>Ask one more why: what let this action do harm? (&quot;no tooling to estimate migration duration&quot;)</source>
        <translation>Fragen Sie noch einmal warum: Was ließ diese Handlung Schaden anrichten? („kein Werkzeug, um die Dauer einer Migration abzuschätzen“)</translation>
    </message>
    <message>
        <source>The Five Whys chain ends at an open question; the chain is not finished</source>
        <translation>Die Kette der Fünf Warum endet bei einer offenen Frage; die Kette ist nicht fertig</translation>
    </message>
    <message>
        <source>The Five Whys chain ends at an action or event, not at a condition or defence of the system</source>
        <translation>Die Kette der Fünf Warum endet bei einer Handlung oder einem Ereignis, nicht bei einer Bedingung oder Schutzmaßnahme des Systems</translation>
    </message>
    <message>
        <source>Ask why this happened until the answer is a condition or a defence.</source>
        <translation>Fragen Sie nach dem Warum, bis die Antwort eine Bedingung oder eine Schutzmaßnahme ist.</translation>
    </message>
    <message numerus="yes">
        <source>The Five Whys chain ends after %n step(s); a chain that stops this early usually stops at a symptom</source>
        <translation>
            <numerusform>Die Kette der Fünf Warum endet nach %n Schritt; eine Kette, die so früh aufhört, endet meist bei einem Symptom</numerusform>
            <numerusform>Die Kette der Fünf Warum endet nach %n Schritten; eine Kette, die so früh aufhört, endet meist bei einem Symptom</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask why again, or mark the node as a root cause if it is one.</source>
        <translation>Fragen Sie erneut warum, oder markieren Sie den Knoten als Grundursache, wenn er eine ist.</translation>
    </message>
    <message>
        <source>The node is on a cycle of causes (nodes %1); a cause cannot be its own effect</source>
        <translation>Der Knoten liegt auf einem Zyklus von Ursachen (Knoten %1); eine Ursache kann nicht ihre eigene Wirkung sein</translation>
    </message>
    <message>
        <source>Check the direction of the links, or split the node into the two moments it stands for.</source>
        <translation>Prüfen Sie die Richtung der Verknüpfungen oder teilen Sie den Knoten in die zwei Momente, für die er steht.</translation>
    </message>
    <message>
        <source>No direct trigger is named: no trigger node and no event marked as the trigger</source>
        <translation>Kein direkter Auslöser benannt: kein Auslöser-Knoten und kein als Auslöser markiertes Ereignis</translation>
    </message>
    <message>
        <source>Add the specific action or failure that immediately caused the incident.</source>
        <translation>Fügen Sie die konkrete Handlung oder den Fehler hinzu, die bzw. der den Vorfall unmittelbar verursacht hat.</translation>
    </message>
    <message>
        <source>No early warning signs are considered: no warning-sign node and no event marked as a missed warning</source>
        <translation>Keine Frühwarnzeichen betrachtet: kein Warnzeichen-Knoten und kein als übersehene Warnung markiertes Ereignis</translation>
    </message>
    <message>
        <source>Ask which signals were present but not acted on (staging results, elevated latency).</source>
        <translation>Fragen Sie, welche Signale vorhanden waren, auf die aber nicht reagiert wurde (Staging-Ergebnisse, erhöhte Latenz).</translation>
    </message>
    <message>
        <source>For this trigger, &quot;If a different engineer made the same mistake, would our current systems catch it?&quot; has no answer</source>
        <translation>Für diesen Auslöser hat „Würden unsere aktuellen Systeme es abfangen, wenn ein anderer Ingenieur denselben Fehler machte?“ keine Antwort</translation>
    </message>
    <message>
        <source>Answer yes, partly or no, with the defence that would catch it.</source>
        <translation>Antworten Sie mit Ja, Teilweise oder Nein, mit der Schutzmaßnahme, die es abfangen würde.</translation>
    </message>
    <message>
        <source>The answer is &quot;no&quot;: a different engineer&apos;s mistake would not be caught, and no corrective action changes that</source>
        <translation>Die Antwort ist „Nein“: Der Fehler eines anderen Ingenieurs würde nicht abgefangen, und keine Korrekturmaßnahme ändert das</translation>
    </message>
    <message>
        <source>Add the corrective action that would catch it; the method makes it the highest priority.</source>
        <translation>Fügen Sie die Korrekturmaßnahme hinzu, die es abfangen würde; die Methode gibt ihr die höchste Priorität.</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>mitigated</source>
        <translation>eingedämmt</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>The incident has no time for when it was %1</source>
        <translation>Der Vorfall hat keine Zeit dafür, wann er %1 wurde</translation>
    </message>
    <message>
        <source>Set the key instant; time to detect, mitigate and resolve are computed from it.</source>
        <translation>Setzen Sie den Schlüsselzeitpunkt; die Zeiten bis zur Erkennung, Eindämmung und Behebung werden daraus berechnet.</translation>
    </message>
    <message>
        <source>The incident has no reference time zone, so times cannot be shown as the responders saw them</source>
        <translation>Der Vorfall hat keine Bezugszeitzone, daher können Zeiten nicht so gezeigt werden, wie die Beteiligten sie sahen</translation>
    </message>
    <message>
        <source>Choose the zone the incident was handled in.</source>
        <translation>Wählen Sie die Zeitzone, in der der Vorfall bearbeitet wurde.</translation>
    </message>
    <message>
        <source>The impact is described without numbers (customers, failed requests or revenue)</source>
        <translation>Die Auswirkung ist ohne Zahlen beschrieben (Kunden, fehlgeschlagene Anfragen oder Umsatz)</translation>
    </message>
    <message>
        <source>Add the numbers that are known, even as estimates.</source>
        <translation>Fügen Sie die bekannten Zahlen hinzu, auch als Schätzungen.</translation>
    </message>
    <message>
        <source>Add Why Answer</source>
        <translation>Warum-Antwort hinzufügen</translation>
    </message>
    <message>
        <source>Remove Why Step</source>
        <translation>Warum-Schritt entfernen</translation>
    </message>
    <message>
        <source>no page tree found</source>
        <translation>kein Seitenbaum gefunden</translation>
    </message>
    <message>
        <source>no cross-reference table found</source>
        <translation>keine Querverweistabelle gefunden</translation>
    </message>
    <message>
        <source>the trailer has no /Size or /Root</source>
        <translation>der Trailer hat kein /Size oder /Root</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Defence</source>
        <translation>Schutzmaßnahme</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>geschwächt</translation>
    </message>
    <message>
        <source>misaligned</source>
        <translation>falsch ausgerichtet</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>causes</source>
        <translation>verursacht</translation>
    </message>
    <message>
        <source>enables</source>
        <translation>ermöglicht</translation>
    </message>
    <message>
        <source>failed to stop</source>
        <translation>hielt nicht auf</translation>
    </message>
    <message>
        <source>warned of</source>
        <translation>warnte vor</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>begrenzte</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>SEV1</source>
        <translation>SEV1</translation>
    </message>
    <message>
        <source>SEV2</source>
        <translation>SEV2</translation>
    </message>
    <message>
        <source>SEV3</source>
        <translation>SEV3</translation>
    </message>
    <message>
        <source>SEV4</source>
        <translation>SEV4</translation>
    </message>
    <message>
        <source>SEV5</source>
        <translation>SEV5</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endgültig</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Won&apos;t do</source>
        <translation>Wird nicht gemacht</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Lief gut</translation>
    </message>
    <message>
        <source>Went wrong</source>
        <translation>Lief schief</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Wo wir Glück hatten</translation>
    </message>
    <message>
        <source>P1</source>
        <translation>P1</translation>
    </message>
    <message>
        <source>P2</source>
        <translation>P2</translation>
    </message>
    <message>
        <source>P3</source>
        <translation>P3</translation>
    </message>
    <message>
        <source>P4</source>
        <translation>P4</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>Verhindern</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Eindämmen</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Tooling</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Missed warning</source>
        <translation>Übersehene Warnung</translation>
    </message>
    <message>
        <source>Key moment</source>
        <translation>Schlüsselmoment</translation>
    </message>
    <message>
        <source>Cannot read the recovery journal %1: %2</source>
        <translation>Das Wiederherstellungsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The recovery journal is damaged from line %1 on (it was probably being written when the program stopped); the edits before it are restored.</source>
        <translation>Das Wiederherstellungsjournal ist ab Zeile %1 beschädigt (es wurde vermutlich gerade geschrieben, als das Programm endete); die Änderungen davor werden wiederhergestellt.</translation>
    </message>
    <message>
        <source>The recovery journal %1 is empty or damaged from its first line.</source>
        <translation>Das Wiederherstellungsjournal %1 ist leer oder ab seiner ersten Zeile beschädigt.</translation>
    </message>
    <message>
        <source>%1 is not a recovery journal this version of Causeway can read.</source>
        <translation>%1 ist kein Wiederherstellungsjournal, das diese Version von Causeway lesen kann.</translation>
    </message>
    <message>
        <source>The document the journal&apos;s edits apply to cannot be read any more.</source>
        <translation>Das Dokument, auf das sich die Änderungen des Journals beziehen, kann nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <source>The document was changed on disk after the journal began, so its edits no longer apply.</source>
        <translation>Das Dokument wurde auf der Festplatte geändert, nachdem das Journal begann; seine Änderungen passen daher nicht mehr.</translation>
    </message>
    <message>
        <source>Record %1 of the recovery journal is not understood; the edits before it are restored.</source>
        <translation>Eintrag %1 des Wiederherstellungsjournals wird nicht verstanden; die Änderungen davor werden wiederhergestellt.</translation>
    </message>
    <message>
        <source>expected what happened after the time, e.g. &quot;14:03 deploy started&quot;</source>
        <translation>erwartet nach der Zeit, was passiert ist, z. B. „14:03 Deployment gestartet“</translation>
    </message>
    <message>
        <source>expected a time and what happened, e.g. &quot;14:03 deploy started&quot;</source>
        <translation>erwartet eine Zeit und was passiert ist, z. B. „14:03 Deployment gestartet“</translation>
    </message>
    <message>
        <source>a relative time needs an event to count from: add or select one first</source>
        <translation>eine relative Zeit braucht ein Ereignis, von dem aus gezählt wird: fügen Sie zuerst eines hinzu oder wählen Sie eines aus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too far from the event; expected at most 100000 of a unit</source>
        <translation>„%1“ liegt zu weit vom Ereignis entfernt; erwartet höchstens 100000 einer Einheit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no zone and the incident has none; add one, e.g. &quot;%1Z&quot;</source>
        <translation>„%1“ hat keine Zeitzone und der Vorfall auch nicht; fügen Sie eine hinzu, z. B. „%1Z“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time</source>
        <translation>„%1“ ist kein gültiges Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day; expected HH:MM or HH:MM:SS</source>
        <translation>„%1“ ist keine Uhrzeit; erwartet HH:MM oder HH:MM:SS</translation>
    </message>
    <message>
        <source>a time of day needs the incident&apos;s date and zone: set when it started</source>
        <translation>eine Uhrzeit braucht Datum und Zeitzone des Vorfalls: legen Sie fest, wann er begann</translation>
    </message>
    <message>
        <source>expected a time first: &quot;14:03 ...&quot;, &quot;+5m ...&quot; or &quot;2026-03-02 14:03:10Z ...&quot;</source>
        <translation>erwartet zuerst eine Zeit: „14:03 ...“, „+5m ...“ oder „2026-03-02 14:03:10Z ...“</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(keine Beschriftung)</translation>
    </message>
    <message>
        <source>★ ROOT CAUSE</source>
        <translation>★ GRUNDURSACHE</translation>
    </message>
    <message>
        <source>why</source>
        <translation>warum</translation>
    </message>
    <message>
        <source>why · %1</source>
        <translation>warum · %1</translation>
    </message>
    <message>
        <source>Loads each document without a window, reports load errors on standard error and the findings of the analysis checks on standard output.
Text: one line per open finding, FILE: place: severity: check-id: message.
JSON: one array of objects with file, place, entity, id, field, start, length, severity, check, message, suggestion and acknowledged (acknowledged findings included).
Exit status 0 when all load and no error finding is open, 1 when one is, 2 when a document does not load, 64 on a usage error.</source>
        <translation>Lädt jedes Dokument ohne Fenster, meldet Ladefehler auf der Standardfehlerausgabe und die Befunde der Analyseprüfungen auf der Standardausgabe.
Text: eine Zeile je offenem Befund, DATEI: Stelle: Schweregrad: Prüfungs-ID: Meldung.
JSON: ein Array von Objekten mit file, place, entity, id, field, start, length, severity, check, message, suggestion und acknowledged (bestätigte Befunde eingeschlossen).
Rückgabewert 0, wenn alle laden und kein Fehlerbefund offen ist, 1, wenn einer offen ist, 2, wenn ein Dokument nicht lädt, 64 bei einem Aufruffehler.</translation>
    </message>
    <message>
        <source>How to print the findings: text (the default) or json.</source>
        <translation>Wie die Befunde ausgegeben werden: text (die Voreinstellung) oder json.</translation>
    </message>
    <message>
        <source>causeway check: unknown format &quot;%1&quot;; expected text or json.</source>
        <translation>causeway check: unbekanntes Format „%1“; erwartet text oder json.</translation>
    </message>
    <message>
        <source>causeway check: no file given. Usage: causeway check [--format text|json] FILE...</source>
        <translation>causeway check: keine Datei angegeben. Aufruf: causeway check [--format text|json] DATEI...</translation>
    </message>
    <message>
        <source>Commands (no display needed):
  check [--format text|json] FILE...
                  Load each document, report load errors as FILE: place: message and
                  the findings of the analysis checks as lines or one JSON array.
                  Exit status 0 when all load and no error finding is open, 1 when
                  one is, 2 when a document does not load, 64 on a usage error.
  import --format FORMAT SOURCE... --into FILE [--zone ZONE] [--year YEAR]
                  Append events from alerts, chat, logs and other sources to FILE
                  (created when missing). `causeway import --help` lists the formats.
                  Exit status 0 when events were read, 3 when none could be.
  export FILE -o OUT.svg|OUT.png
                  Draw the causal diagram of FILE as SVG or PNG. Exit status 0 when
                  written, 2 when FILE cannot be loaded, 4 when OUT cannot be written.
</source>
        <translation>Befehle (keine Anzeige nötig):
  check [--format text|json] DATEI...
                  Jedes Dokument laden, Ladefehler als DATEI: Stelle: Meldung und
                  die Befunde der Analyseprüfungen als Zeilen oder ein JSON-Array melden.
                  Rückgabewert 0, wenn alle laden und kein Fehlerbefund offen ist, 1, wenn
                  einer offen ist, 2, wenn ein Dokument nicht lädt, 64 bei einem Aufruffehler.
  import --format FORMAT QUELLE... --into DATEI [--zone ZONE] [--year JAHR]
                  Ereignisse aus Alarmen, Chats, Logs und anderen Quellen an DATEI anhängen
                  (wird angelegt, wenn sie fehlt). `causeway import --help` listet die Formate.
                  Rückgabewert 0, wenn Ereignisse gelesen wurden, 3, wenn keine gelesen werden konnten.
  export DATEI -o AUS.svg|AUS.png
                  Das Kausaldiagramm von DATEI als SVG oder PNG zeichnen. Rückgabewert 0, wenn
                  geschrieben, 2, wenn DATEI nicht geladen werden kann, 4, wenn AUS nicht geschrieben werden kann.
</translation>
    </message>
    <message>
        <source>Print the time from the start of the process to the window&apos;s first paint, then quit.</source>
        <translation>Die Zeit vom Start des Prozesses bis zum ersten Zeichnen des Fensters ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>Use the system, light or dark theme for this run (Settings &gt; Configure Causeway… keeps a choice).</source>
        <translation>Für diesen Lauf das System-, helle oder dunkle Farbschema verwenden (Einstellungen &gt; Causeway einrichten… speichert eine Wahl).</translation>
    </message>
    <message>
        <source>the file is %1 MiB; Causeway opens documents of up to %2 MiB</source>
        <translation>die Datei hat %1 MiB; Causeway öffnet Dokumente bis %2 MiB</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The previous version of the file is unchanged.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die vorherige Version der Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot keep the previous version of %1 as %2: %3. Nothing was saved; the file is unchanged.</source>
        <translation>Die vorherige Version von %1 kann nicht als %2 aufbewahrt werden: %3. Nichts wurde gespeichert; die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. The previous version of the file is unchanged.</source>
        <translation>%1 kann nicht gespeichert werden: %2. Die vorherige Version der Datei ist unverändert.</translation>
    </message>
    <message>
        <source>The recovery journal %1 is %2 MiB; Causeway restores journals of up to %3 MiB.</source>
        <translation>Das Wiederherstellungsjournal %1 hat %2 MiB; Causeway stellt Journale bis %3 MiB wieder her.</translation>
    </message>
    <message>
        <source>The document the journal&apos;s edits apply to is %1 MiB; Causeway opens documents of up to %2 MiB.</source>
        <translation>Das Dokument, auf das sich die Änderungen des Journals beziehen, hat %1 MiB; Causeway öffnet Dokumente bis %2 MiB.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; expected a text file or a PNG or JPEG image.</source>
        <translation>%1 ist ein Ordner; erwartet eine Textdatei oder ein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an image of %2; images up to %3 can be evidence.</source>
        <translation>%1 ist ein Bild mit %2; Bilder bis %3 können Belege sein.</translation>
    </message>
    <message>
        <source>%1 starts like a %2 image but cannot be decoded as one.</source>
        <translation>%1 beginnt wie ein %2-Bild, kann aber nicht als solches dekodiert werden.</translation>
    </message>
    <message>
        <source>%1 is %2; text evidence is an excerpt of up to %3. Import a whole log with File &gt; Import Events, or attach the part that matters.</source>
        <translation>%1 hat %2; ein Textbeleg ist ein Auszug von bis zu %3. Importieren Sie ein ganzes Log mit Datei &gt; Ereignisse importieren, oder hängen Sie den Teil an, auf den es ankommt.</translation>
    </message>
    <message>
        <source>%1 is a binary file; expected text (UTF-8) or a PNG or JPEG image.</source>
        <translation>%1 ist eine Binärdatei; erwartet Text (UTF-8) oder ein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; expected text (UTF-8) or a PNG or JPEG image.</source>
        <translation>%1 ist kein UTF-8-Text; erwartet Text (UTF-8) oder ein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <source>The pasted picture is empty.</source>
        <translation>Das eingefügte Bild ist leer.</translation>
    </message>
    <message>
        <source>The pasted picture cannot be stored as PNG.</source>
        <translation>Das eingefügte Bild kann nicht als PNG gespeichert werden.</translation>
    </message>
    <message>
        <source>The pasted picture is %1 as PNG; images up to %2 can be evidence.</source>
        <translation>Das eingefügte Bild hat als PNG %1; Bilder bis %2 können Belege sein.</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <source>%1 is not a local file; download it first, then attach it.</source>
        <translation>%1 ist keine lokale Datei; laden Sie sie erst herunter und hängen Sie sie dann an.</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>case of a noun label inside a sentence</comment>
        <extracomment>Answer &quot;lower&quot; when nouns such as &quot;Condition&quot; or &quot;Trigger&quot; are lower-cased inside a sentence (English), anything else (e.g. &quot;keep&quot;) when they keep their capital (German).</extracomment>
        <translation>keep</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>case of another label inside a sentence</comment>
        <extracomment>Answer &quot;lower&quot; when adjectives and phrases such as &quot;Open&quot; or &quot;Done&quot; are lower-cased inside a sentence (English, German), anything else (e.g. &quot;keep&quot;) when they keep their capital.</extracomment>
        <translation>lower</translation>
    </message>
</context>
<context>
    <name>causeway::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge Finding</source>
        <translation>Befund quittieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Why is it kept as it is? The reason is saved with the post-mortem.</source>
        <translation>&amp;Warum bleibt er bestehen? Die Begründung wird mit dem Post-Mortem gespeichert.</translation>
    </message>
    <message>
        <source>e.g. &quot;Quoted from the earlier post-mortem on purpose&quot;</source>
        <translation>z. B. „Absichtlich aus dem früheren Post-Mortem zitiert“</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Quittieren</translation>
    </message>
</context>
<context>
    <name>causeway::ActionsDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A person or a team</source>
        <translation>Eine Person oder ein Team</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
</context>
<context>
    <name>causeway::ActionsModel</name>
    <message>
        <source>Overdue: due %1, still %2</source>
        <translation>Überfällig: fällig am %1, noch %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Addresses no cause yet: double-click to choose the nodes it addresses</source>
        <translation>Adressiert noch keine Ursache: doppelklicken, um die adressierten Knoten zu wählen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressiert</translation>
    </message>
    <message>
        <source>New corrective action</source>
        <translation>Neue Korrekturmaßnahme</translation>
    </message>
</context>
<context>
    <name>causeway::ActionsPanel</name>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Coverage of causes</source>
        <translation>Abdeckung der Ursachen</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Add a corrective action (Insert)</source>
        <translation>Korrekturmaßnahme hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected actions (Delete)</source>
        <translation>Die ausgewählten Maßnahmen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Maßnahmen filtern</translation>
    </message>
    <message>
        <source>Filter actions by text</source>
        <translation>Maßnahmen nach Text filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Verantwortlichen filtern</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Coverage of causes by corrective actions</source>
        <translation>Abdeckung der Ursachen durch Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 Maßnahme</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 Maßnahmen</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>Every cause that needs one is addressed by an action or accepted as a risk. Click a cell to link or unlink an action and a cause.</source>
        <translation>Jede Ursache, die eine braucht, wird von einer Maßnahme adressiert oder ist als Risiko akzeptiert. Klicken Sie auf eine Zelle, um eine Maßnahme mit einer Ursache zu verknüpfen oder die Verknüpfung zu lösen.</translation>
    </message>
    <message>
        <source>1 cause without a corrective action.</source>
        <translation>1 Ursache ohne Korrekturmaßnahme.</translation>
    </message>
    <message>
        <source>%1 causes without a corrective action.</source>
        <translation>%1 Ursachen ohne Korrekturmaßnahme.</translation>
    </message>
    <message>
        <source>Click a cell to make an action address a cause; hover a column header for the action&apos;s title.</source>
        <translation>Klicken Sie auf eine Zelle, damit eine Maßnahme eine Ursache adressiert; zeigen Sie auf einen Spaltenkopf für den Titel der Maßnahme.</translation>
    </message>
    <message>
        <source>Coverage of causes (%1 uncovered)</source>
        <translation>Abdeckung der Ursachen (%1 nicht abgedeckt)</translation>
    </message>
    <message>
        <source>Causes this action addresses</source>
        <translation>Ursachen, die diese Maßnahme adressiert</translation>
    </message>
</context>
<context>
    <name>causeway::AnswerCard</name>
    <message>
        <source>Add the corrective action for this “no”</source>
        <translation>Die Korrekturmaßnahme für dieses „Nein“ hinzufügen</translation>
    </message>
    <message>
        <source>Would our current systems catch it?</source>
        <translation>Würden unsere aktuellen Systeme es abfangen?</translation>
    </message>
    <message>
        <source>Defence that would catch it:</source>
        <translation>Schutzmaßnahme, die es abfangen würde:</translation>
    </message>
    <message>
        <source>Defence that would catch it</source>
        <translation>Schutzmaßnahme, die es abfangen würde</translation>
    </message>
    <message>
        <source>Why: which checks, reviews or alarms would or would not catch it today</source>
        <translation>Warum: welche Prüfungen, Reviews oder Alarme es heute abfangen würden oder nicht</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Adds a P1 corrective action that addresses this node and is linked to this answer</source>
        <translation>Fügt eine P1-Korrekturmaßnahme hinzu, die diesen Knoten adressiert und mit dieser Antwort verknüpft ist</translation>
    </message>
    <message>
        <source>Make the system catch this before it reaches users: %1</source>
        <translation>Das System soll dies abfangen, bevor es die Nutzer erreicht: %1</translation>
    </message>
    <message>
        <source>None today</source>
        <translation>Heute keine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>keine Verantwortlichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Corrective actions for this answer&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Korrekturmaßnahmen für diese Antwort&lt;/b&gt;&lt;ul style=&apos;margin:0&apos;&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>⚠ A “no” without a corrective action is an open finding.</source>
        <translation>⚠ Ein „Nein“ ohne Korrekturmaßnahme ist ein offener Befund.</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
</context>
<context>
    <name>causeway::CausalListView</name>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Causal diagram outline</source>
        <translation>Gliederung des Kausaldiagramms</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>accepted risk</source>
        <translation>akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 (Five Whys)</source>
        <translation>%1 (Fünf Warum)</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
</context>
<context>
    <name>causeway::CheckListPopup</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Click or Space to check · Enter to apply · Esc to cancel</source>
        <translation>Klick oder Leertaste zum Ankreuzen · Eingabe zum Übernehmen · Esc zum Abbrechen</translation>
    </message>
</context>
<context>
    <name>causeway::CoverageModel</name>
    <message>
        <source>1 action</source>
        <translation>1 Maßnahme</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 Maßnahmen</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>Needs an action</source>
        <translation>Braucht eine Maßnahme</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Accepted as a risk: %1</source>
        <translation>Als Risiko akzeptiert: %1</translation>
    </message>
    <message>
        <source>No corrective action addresses this cause and it is not accepted as a risk.</source>
        <translation>Keine Korrekturmaßnahme adressiert diese Ursache, und sie ist nicht als Risiko akzeptiert.</translation>
    </message>
    <message>
        <source>“%1”
addresses
“%2”
(click to remove)</source>
        <translation>„%1“
adressiert
„%2“
(klicken zum Entfernen)</translation>
    </message>
    <message>
        <source>“%1”
does not address
“%2”
(click to add)</source>
        <translation>„%1“
adressiert nicht
„%2“
(klicken zum Hinzufügen)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>A%1</source>
        <translation>M%1</translation>
    </message>
</context>
<context>
    <name>causeway::DefencesView</name>
    <message>
        <source>Defences</source>
        <translation>Schutzmaßnahmen</translation>
    </message>
    <message>
        <source>None in the diagram yet</source>
        <translation>Noch keine im Diagramm</translation>
    </message>
    <message>
        <source>1 evidence event</source>
        <translation>1 Beleg-Ereignis</translation>
    </message>
    <message>
        <source>%1 evidence events</source>
        <translation>%1 Beleg-Ereignisse</translation>
    </message>
    <message>
        <source>Addressed by:</source>
        <translation>Adressiert durch:</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>No defences yet. Add defence nodes to the diagram and link each to what it should have stopped (failed to stop) or limited.</source>
        <translation>Noch keine Schutzmaßnahmen. Fügen Sie dem Diagramm Schutzmaßnahmen-Knoten hinzu und verknüpfen Sie jeden mit dem, was er hätte aufhalten sollen (hielt nicht auf) oder begrenzt hat.</translation>
    </message>
    <message>
        <source>No defence is linked between the trigger and the outcome yet.</source>
        <translation>Zwischen Auslöser und Ergebnis ist noch keine Schutzmaßnahme verknüpft.</translation>
    </message>
    <message>
        <source>inside the chain</source>
        <translation>innerhalb der Kette</translation>
    </message>
    <message>
        <source>⚠ no evidence</source>
        <translation>⚠ kein Beleg</translation>
    </message>
    <message>
        <source>risk accepted</source>
        <translation>Risiko akzeptiert</translation>
    </message>
    <message>
        <source>⚠ no corrective action</source>
        <translation>⚠ keine Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>no action needed: it held</source>
        <translation>keine Maßnahme nötig: sie hat gehalten</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Not between the trigger and the outcome</source>
        <translation>Nicht zwischen Auslöser und Ergebnis</translation>
    </message>
    <message>
        <source>The hazard runs from the trigger to the outcome through each layer&apos;s holes; hover a layer for details.</source>
        <translation>Die Gefahr läuft vom Auslöser durch die Löcher jeder Schicht zum Ergebnis; zeigen Sie auf eine Schicht für Details.</translation>
    </message>
</context>
<context>
    <name>causeway::DiagramOverview</name>
    <message>
        <source>Overview: click or drag to move the canvas there</source>
        <translation>Übersicht: klicken oder ziehen, um die Zeichenfläche dorthin zu bewegen</translation>
    </message>
    <message>
        <source>Diagram overview</source>
        <translation>Diagrammübersicht</translation>
    </message>
</context>
<context>
    <name>causeway::DiagramScene</name>
    <message>
        <source>&amp;Edit Label</source>
        <translation>Beschriftung &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Defence &amp;State</source>
        <translation>&amp;Zustand der Schutzmaßnahme</translation>
    </message>
    <message>
        <source>&amp;Root Cause</source>
        <translation>&amp;Grundursache</translation>
    </message>
    <message>
        <source>Link &amp;Kind</source>
        <translation>&amp;Art der Verknüpfung</translation>
    </message>
    <message>
        <source>Five &amp;Whys Step</source>
        <translation>Schritt der Fünf &amp;Warum</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Add Here</source>
        <translation>&amp;Hier hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Paste Here</source>
        <translation>Hier &amp;einfügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Node(s)</source>
        <translation>
            <numerusform>%n Knoten einfügen</numerusform>
            <numerusform>%n Knoten einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n Node(s)</source>
        <translation>
            <numerusform>%n Knoten ausrichten</numerusform>
            <numerusform>%n Knoten ausrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n Node(s)</source>
        <translation>
            <numerusform>%n Knoten verteilen</numerusform>
            <numerusform>%n Knoten verteilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Node(s)</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Make %1</source>
        <translation>Zu %1 machen</translation>
    </message>
    <message>
        <source>Defence %1</source>
        <translation>Schutzmaßnahme %1</translation>
    </message>
    <message>
        <source>Mark Root Cause</source>
        <translation>Als Grundursache markieren</translation>
    </message>
    <message>
        <source>Unmark Root Cause</source>
        <translation>Markierung als Grundursache aufheben</translation>
    </message>
    <message>
        <source>Link Kind %1</source>
        <translation>Art der Verknüpfung: %1</translation>
    </message>
    <message>
        <source>Mark Five Whys Step</source>
        <translation>Als Schritt der Fünf Warum markieren</translation>
    </message>
    <message>
        <source>Unmark Five Whys Step</source>
        <translation>Markierung als Schritt der Fünf Warum aufheben</translation>
    </message>
</context>
<context>
    <name>causeway::DiagramView</name>
    <message>
        <source>Causal diagram</source>
        <translation>Kausaldiagramm</translation>
    </message>
</context>
<context>
    <name>causeway::DiagramWidget</name>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 (or double-click the canvas)</source>
        <translation>%1 hinzufügen (oder auf die Zeichenfläche doppelklicken)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect: drag from a cause to its effect (or drag the + handle of any node). Escape leaves the tool.</source>
        <translation>Verbinden: von einer Ursache zu ihrer Wirkung ziehen (oder am +-Griff eines Knotens ziehen). Escape verlässt das Werkzeug.</translation>
    </message>
    <message>
        <source>Kind of new links, and of the selected links</source>
        <translation>Art neuer Verknüpfungen und der ausgewählten Verknüpfungen</translation>
    </message>
    <message>
        <source>Link kind</source>
        <translation>Art der Verknüpfung</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>&amp;Zentriert ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>&amp;Mittig ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>&amp;Vertikal verteilen</translation>
    </message>
    <message>
        <source>Align or distribute the selected nodes</source>
        <translation>Die ausgewählten Knoten ausrichten oder verteilen</translation>
    </message>
    <message>
        <source>Lay Out</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Lay out the nodes not placed by hand with Graphviz (Ctrl+Shift+L); nodes you moved stay where they are</source>
        <translation>Die nicht von Hand platzierten Knoten mit Graphviz anordnen (Strg+Umschalt+L); von Ihnen verschobene Knoten bleiben, wo sie sind</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected nodes and links (Del)</source>
        <translation>Die ausgewählten Knoten und Verknüpfungen löschen (Entf)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−, Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+−, Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=, Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+=, Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole diagram (Ctrl+Shift+F)</source>
        <translation>Das ganze Diagramm zeigen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Fit Diagram</source>
        <translation>Diagramm einpassen</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>Auf Auswahl zoomen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Layout Failed</source>
        <translation>Anordnen fehlgeschlagen</translation>
    </message>
    <message>
        <source>The diagram could not be laid out: %1</source>
        <translation>Das Diagramm konnte nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <source>Cancel Layout</source>
        <translation>Anordnen abbrechen</translation>
    </message>
</context>
<context>
    <name>causeway::DocumentReader</name>
    <message>
        <source>expected an array, got %1</source>
        <translation>erwartet ein Array, erhalten %1</translation>
    </message>
    <message>
        <source>expected an IANA time-zone id such as &quot;Europe/Berlin&quot; or &quot;UTC&quot;, got %1</source>
        <translation>erwartet eine IANA-Zeitzonen-ID wie &quot;Europe/Berlin&quot; oder &quot;UTC&quot;, erhalten %1</translation>
    </message>
    <message>
        <source>expected null or a number of at least 0, got %1</source>
        <translation>erwartet null oder eine Zahl von mindestens 0, erhalten %1</translation>
    </message>
    <message>
        <source>expected &quot;&quot; or an ISO 4217 code such as &quot;EUR&quot;, got %1</source>
        <translation>erwartet &quot;&quot; oder einen ISO-4217-Code wie &quot;EUR&quot;, erhalten %1</translation>
    </message>
    <message>
        <source>id %1 is already used by %2[%3]</source>
        <translation>ID %1 wird bereits von %2[%3] verwendet</translation>
    </message>
    <message>
        <source>the end %1 is before the start %2</source>
        <translation>das Ende %1 liegt vor dem Beginn %2</translation>
    </message>
    <message>
        <source>expected &quot;&quot; when &quot;person&quot; is set (the actor is either a person or a system)</source>
        <translation>erwartet &quot;&quot;, wenn &quot;person&quot; gesetzt ist (Handelnde sind entweder eine Person oder ein System)</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>out of order: expected the order &quot;trigger&quot;, &quot;missed-warning&quot;, &quot;key-moment&quot;</source>
        <translation>falsche Reihenfolge: erwartet die Reihenfolge &quot;trigger&quot;, &quot;missed-warning&quot;, &quot;key-moment&quot;</translation>
    </message>
    <message>
        <source>expected %1 for a defence, got null</source>
        <translation>erwartet %1 für eine Schutzmaßnahme, erhalten null</translation>
    </message>
    <message>
        <source>expected null: only defences have a state</source>
        <translation>erwartet null: nur Schutzmaßnahmen haben einen Zustand</translation>
    </message>
    <message>
        <source>a link cannot lead from node %1 to itself</source>
        <translation>eine Verknüpfung kann nicht von Knoten %1 zu sich selbst führen</translation>
    </message>
    <message>
        <source>expected &quot;&quot; when &quot;owner&quot; is set</source>
        <translation>erwartet &quot;&quot;, wenn &quot;owner&quot; gesetzt ist</translation>
    </message>
    <message>
        <source>expected &quot;image/png&quot; or &quot;image/jpeg&quot; for an image, got %1</source>
        <translation>erwartet &quot;image/png&quot; oder &quot;image/jpeg&quot; für ein Bild, erhalten %1</translation>
    </message>
    <message>
        <source>expected the image&apos;s bytes in base64</source>
        <translation>erwartet die Bytes des Bildes in Base64</translation>
    </message>
    <message>
        <source>expected &quot;&quot; for an image</source>
        <translation>erwartet &quot;&quot; für ein Bild</translation>
    </message>
    <message>
        <source>expected &quot;&quot; for text evidence</source>
        <translation>erwartet &quot;&quot; für einen Textbeleg</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>erwartet ein Objekt, erhalten %1</translation>
    </message>
    <message>
        <source>expected a section key of lower-case letters, digits and &quot;-&quot;</source>
        <translation>erwartet einen Abschnittsschlüssel aus Kleinbuchstaben, Ziffern und &quot;-&quot;</translation>
    </message>
    <message>
        <source>expected a check id such as &quot;action.no-owner&quot;, got %1</source>
        <translation>erwartet eine Prüfungs-ID wie &quot;action.no-owner&quot;, erhalten %1</translation>
    </message>
    <message>
        <source>expected null for %1, got %2</source>
        <translation>erwartet null für %1, erhalten %2</translation>
    </message>
    <message>
        <source>expected a section key of lower-case letters, digits and &quot;-&quot;, got %1</source>
        <translation>erwartet einen Abschnittsschlüssel aus Kleinbuchstaben, Ziffern und &quot;-&quot;, erhalten %1</translation>
    </message>
    <message>
        <source>the same finding is already acknowledged by acknowledgements[%1]</source>
        <translation>derselbe Befund ist bereits durch acknowledgements[%1] quittiert</translation>
    </message>
    <message>
        <source>no %1 has id %2</source>
        <translation>kein %1 hat die ID %2</translation>
    </message>
    <message>
        <source>expected &quot;causeway&quot;, got %1: this is not a Causeway document</source>
        <translation>erwartet &quot;causeway&quot;, erhalten %1: dies ist kein Causeway-Dokument</translation>
    </message>
    <message>
        <source>expected an integer format version, got %1</source>
        <translation>erwartet eine ganzzahlige Formatversion, erhalten %1</translation>
    </message>
    <message>
        <source>this file was written by a newer Causeway (format version %1); this version reads up to %2</source>
        <translation>diese Datei wurde von einer neueren Causeway-Version geschrieben (Formatversion %1); diese Version liest bis %2</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is empty; expected a Causeway document (JSON)</source>
        <translation>die Datei ist leer; erwartet ein Causeway-Dokument (JSON)</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>erwartet ein JSON-Objekt auf oberster Ebene</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object; expected each key once</source>
        <translation>der Schlüssel &quot;%1&quot; kommt in einem Objekt zweimal vor; erwartet jeden Schlüssel einmal</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>… and 1 more error</source>
        <translation>… und 1 weiterer Fehler</translation>
    </message>
    <message>
        <source>… and %1 more errors</source>
        <translation>… und %1 weitere Fehler</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>Schlüssel &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>unknown key; expected one of: %1</source>
        <translation>unbekannter Schlüssel; erwartet einen von: %1</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>erwartet eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>erwartet true oder false, erhalten %1</translation>
    </message>
    <message>
        <source>expected %1an integer of at least %2, got %3</source>
        <translation>erwartet %1eine ganze Zahl von mindestens %2, erhalten %3</translation>
    </message>
    <message>
        <source>null or </source>
        <translation>null oder </translation>
    </message>
    <message>
        <source>expected %1an RFC 3339 timestamp with a zone offset, such as &quot;2026-03-02T14:03:10Z&quot;, got %2</source>
        <translation>erwartet %1einen RFC-3339-Zeitstempel mit Zeitzonenversatz wie &quot;2026-03-02T14:03:10Z&quot;, erhalten %2</translation>
    </message>
    <message>
        <source>expected null or a date as YYYY-MM-DD, got %1</source>
        <translation>erwartet null oder ein Datum als JJJJ-MM-TT, erhalten %1</translation>
    </message>
    <message>
        <source>expected an array of strings, got %1</source>
        <translation>erwartet ein Array von Zeichenketten, erhalten %1</translation>
    </message>
    <message>
        <source>expected an array of ids, got %1</source>
        <translation>erwartet ein Array von IDs, erhalten %1</translation>
    </message>
    <message>
        <source>expected an id (an integer of at least 1), got %1</source>
        <translation>erwartet eine ID (eine ganze Zahl von mindestens 1), erhalten %1</translation>
    </message>
    <message>
        <source>id %1 is listed twice</source>
        <translation>ID %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>expected null, %1, got %2</source>
        <translation>erwartet null, %1, erhalten %2</translation>
    </message>
    <message>
        <source>larger than %1 MiB, the most Causeway reads for one entry; the file is not opened</source>
        <translation>größer als %1 MiB, das Höchste, was Causeway für einen Eintrag liest; die Datei wird nicht geöffnet</translation>
    </message>
    <message>
        <source>the file is %1 MiB; Causeway opens documents of up to %2 MiB</source>
        <translation>die Datei hat %1 MiB; Causeway öffnet Dokumente bis %2 MiB</translation>
    </message>
</context>
<context>
    <name>causeway::DocumentRecovery</name>
    <message>
        <source>an unsaved post-mortem</source>
        <translation>ein ungespeichertes Post-Mortem</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Causeway stopped before the changes to %1 were saved. They were kept, up to the last edit (%2).&lt;/p&gt;&lt;p&gt;Restore them?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Causeway wurde beendet, bevor die Änderungen an %1 gespeichert wurden. Sie wurden aufbewahrt, bis zur letzten Änderung (%2).&lt;/p&gt;&lt;p&gt;Wiederherstellen?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Not Now keeps them for the next start.</source>
        <translation>„Nicht jetzt“ bewahrt sie für den nächsten Start auf.</translation>
    </message>
</context>
<context>
    <name>causeway::EngineerAnswersEditor</name>
    <message>
        <source>No trigger yet: add the direct trigger first, then answer the question for it.</source>
        <translation>Noch kein Auslöser: Fügen Sie zuerst den direkten Auslöser hinzu und beantworten Sie dann die Frage für ihn.</translation>
    </message>
</context>
<context>
    <name>causeway::EvidenceEditor</name>
    <message>
        <source>From File Name</source>
        <translation>Aus dem Dateinamen</translation>
    </message>
    <message>
        <source>Events…</source>
        <translation>Ereignisse…</translation>
    </message>
    <message>
        <source>Nodes…</source>
        <translation>Knoten…</translation>
    </message>
    <message>
        <source>What this shows, e.g. “Deploy log of release 2026.04.14-2”</source>
        <translation>Was dies zeigt, z. B. „Deploy-Log von Release 2026.04.14-2“</translation>
    </message>
    <message>
        <source>Where it comes from, e.g. db/migrations/0147.sql</source>
        <translation>Woher es stammt, z. B. db/migrations/0147.sql</translation>
    </message>
    <message>
        <source>The language the content is highlighted in</source>
        <translation>Die Sprache, in der der Inhalt hervorgehoben wird</translation>
    </message>
    <message>
        <source>Take the language from the file name, or guess it from the content</source>
        <translation>Die Sprache aus dem Dateinamen übernehmen oder aus dem Inhalt erraten</translation>
    </message>
    <message>
        <source>Choose the timeline events this evidence supports</source>
        <translation>Die Ereignisse der Zeitleiste wählen, die dieser Beleg stützt</translation>
    </message>
    <message>
        <source>Choose the causal nodes this evidence supports</source>
        <translation>Die Knoten des Kausaldiagramms wählen, die dieser Beleg stützt</translation>
    </message>
    <message>
        <source>Evidence content</source>
        <translation>Inhalt des Belegs</translation>
    </message>
    <message>
        <source>Evidence image</source>
        <translation>Bild des Belegs</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Dateiname:</translation>
    </message>
    <message>
        <source>Supports events:</source>
        <translation>Stützt Ereignisse:</translation>
    </message>
    <message>
        <source>Supports nodes:</source>
        <translation>Stützt Knoten:</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weiteres)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Events this evidence supports</source>
        <translation>Ereignisse, die dieser Beleg stützt</translation>
    </message>
    <message>
        <source>Causal nodes this evidence supports</source>
        <translation>Knoten des Kausaldiagramms, die dieser Beleg stützt</translation>
    </message>
</context>
<context>
    <name>causeway::EvidenceModel</name>
    <message>
        <source>Untitled image</source>
        <translation>Unbenanntes Bild</translation>
    </message>
    <message>
        <source>Untitled evidence</source>
        <translation>Unbenannter Beleg</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 Knoten</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
</context>
<context>
    <name>causeway::EvidencePanel</name>
    <message>
        <source>Evidence items</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Make new evidence of the clipboard: text, or a picture (Ctrl+V on the list)</source>
        <translation>Einen neuen Beleg aus der Zwischenablage anlegen: Text oder ein Bild (Strg+V auf der Liste)</translation>
    </message>
    <message>
        <source>&amp;Attach File…</source>
        <translation>Datei &amp;anhängen…</translation>
    </message>
    <message>
        <source>Attach text files (logs, configs, queries) or PNG and JPEG images</source>
        <translation>Textdateien (Logs, Konfigurationen, Abfragen) oder PNG- und JPEG-Bilder anhängen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected evidence (Delete on the list)</source>
        <translation>Die ausgewählten Belege löschen (Entf auf der Liste)</translation>
    </message>
    <message>
        <source>For &amp;Selection</source>
        <translation>Zur &amp;Auswahl</translation>
    </message>
    <message>
        <source>Show only the evidence of the events or nodes selected in the timeline or the diagram</source>
        <translation>Nur die Belege der Ereignisse oder Knoten zeigen, die in der Zeitleiste oder im Diagramm ausgewählt sind</translation>
    </message>
    <message>
        <source>Paste as Evidence</source>
        <translation>Als Beleg einfügen</translation>
    </message>
    <message>
        <source>Delete Evidence</source>
        <translation>Belege löschen</translation>
    </message>
    <message>
        <source>No evidence yet. Paste a log excerpt, a query or a screenshot here, drop files, or use Attach File…</source>
        <translation>Noch keine Belege. Fügen Sie hier einen Log-Auszug, eine Abfrage oder ein Bildschirmfoto ein, legen Sie Dateien ab oder verwenden Sie Datei anhängen…</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n Evidence Item(s)</source>
        <translation>
            <numerusform>%n Beleg anhängen</numerusform>
            <numerusform>%n Belege anhängen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n evidence item(s)</source>
        <translation>
            <numerusform>%n Beleg angehängt</numerusform>
            <numerusform>%n Belege angehängt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to attach: the clipboard or the drop holds no text, picture or file.</source>
        <translation>Nichts anzuhängen: Die Zwischenablage oder das Abgelegte enthält keinen Text, kein Bild und keine Datei.</translation>
    </message>
    <message>
        <source>Nothing to attach: the clipboard is empty.</source>
        <translation>Nichts anzuhängen: Die Zwischenablage ist leer.</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Beleg anhängen</translation>
    </message>
    <message>
        <source>Text and images (*.log *.txt *.sql *.sh *.yaml *.yml *.json *.conf *.ini *.toml *.xml *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Text und Bilder (*.log *.txt *.sql *.sh *.yaml *.yml *.json *.conf *.ini *.toml *.xml *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>causeway::ExportDialog</name>
    <message>
        <source>Export Post-Mortem</source>
        <translation>Post-Mortem exportieren</translation>
    </message>
    <message>
        <source>&amp;Internal: everything, with names</source>
        <translation>&amp;Intern: alles, mit Namen</translation>
    </message>
    <message>
        <source>&amp;Leadership: roles instead of names, no raw evidence or private notes</source>
        <translation>&amp;Leitungsebene: Rollen statt Namen, keine Rohbelege oder privaten Notizen</translation>
    </message>
    <message>
        <source>&amp;Anonymise: roles instead of names</source>
        <translation>&amp;Anonymisieren: Rollen statt Namen</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitenformat:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Vorschau der ersten Seite</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>No preview for this format.</source>
        <translation>Keine Vorschau für dieses Format.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>causeway::ExternalChangeBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Replace the open post-mortem with the version on disk</source>
        <translation>Das offene Post-Mortem durch die Version auf der Festplatte ersetzen</translation>
    </message>
    <message>
        <source>Keep the open post-mortem; saving it replaces the version on disk</source>
        <translation>Das offene Post-Mortem behalten; Speichern ersetzt die Version auf der Festplatte</translation>
    </message>
    <message>
        <source>%1 was moved or deleted by another program. Saving writes it again.</source>
        <translation>%1 wurde von einem anderen Programm verschoben oder gelöscht. Speichern schreibt die Datei neu.</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program since it was opened or saved here.</source>
        <translation>%1 wurde auf der Festplatte von einem anderen Programm geändert, seit die Datei hier geöffnet oder gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>causeway::ExternalChanges</name>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened or saved here. Saving replaces those changes with this version (the replaced file is kept as %2).

Save anyway?</source>
        <translation>%1 wurde von einem anderen Programm geändert, seit die Datei hier geöffnet oder gespeichert wurde. Speichern ersetzt diese Änderungen durch diese Version (die ersetzte Datei wird als %2 aufbewahrt).

Trotzdem speichern?</translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
</context>
<context>
    <name>causeway::FindingsModel</name>
    <message>
        <source>%1 (acknowledged)</source>
        <translation>%1 (quittiert)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>causeway::FindingsPanel</name>
    <message>
        <source>Show ac&amp;knowledged</source>
        <translation>&amp;Quittierte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Quittieren …</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Which findings to list</source>
        <translation>Welche Befunde aufgelistet werden</translation>
    </message>
    <message>
        <source>Keep this finding as it is, with a reason saved in the post-mortem</source>
        <translation>Diesen Befund so belassen, mit einer im Post-Mortem gespeicherten Begründung</translation>
    </message>
    <message>
        <source>Take back the acknowledgement: the finding is open again</source>
        <translation>Die Quittierung zurücknehmen: Der Befund ist wieder offen</translation>
    </message>
    <message>
        <source>No open errors or warnings.</source>
        <translation>Keine offenen Fehler oder Warnungen.</translation>
    </message>
    <message>
        <source>%1 open error(s), %2 open warning(s). Double-click a finding to see where it is.</source>
        <translation>%1 offene(r) Fehler, %2 offene Warnung(en). Doppelklicken Sie auf einen Befund, um zu sehen, wo er ist.</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Vorschlag: %1</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Quittiert: %1</translation>
    </message>
</context>
<context>
    <name>causeway::FiveWhysDelegate</name>
    <message>
        <source>Why did this happen?  ·  %1</source>
        <translation>Warum ist das passiert?  ·  %1</translation>
    </message>
    <message>
        <source>Why %1  ·  because  ·  %2</source>
        <translation>Warum %1  ·  weil  ·  %2</translation>
    </message>
    <message>
        <source>loops back</source>
        <translation>führt zurück</translation>
    </message>
    <message>
        <source>answered above</source>
        <translation>oben beantwortet</translation>
    </message>
    <message>
        <source>✓ root cause</source>
        <translation>✓ Grundursache</translation>
    </message>
    <message>
        <source>root cause?</source>
        <translation>Grundursache?</translation>
    </message>
    <message>
        <source>ends at an action</source>
        <translation>endet bei einer Handlung</translation>
    </message>
    <message>
        <source>names a person</source>
        <translation>nennt eine Person</translation>
    </message>
    <message>
        <source>open question</source>
        <translation>offene Frage</translation>
    </message>
    <message>
        <source>ends at a warning sign</source>
        <translation>endet bei einem Warnzeichen</translation>
    </message>
    <message>
        <source>ends at an outcome</source>
        <translation>endet bei einem Ergebnis</translation>
    </message>
    <message>
        <source>Type the answer: why did this happen?</source>
        <translation>Antwort eingeben: Warum ist das passiert?</translation>
    </message>
    <message>
        <source>Because…</source>
        <translation>Weil …</translation>
    </message>
</context>
<context>
    <name>causeway::FiveWhysModel</name>
    <message>
        <source>This answer leads back to a step above it: the chain loops here.</source>
        <translation>Diese Antwort führt zu einem Schritt darüber zurück: Die Kette schließt sich hier zu einer Schleife.</translation>
    </message>
    <message>
        <source>This cause answers another why as well; its own answers are listed at its first place.</source>
        <translation>Diese Ursache beantwortet auch ein anderes Warum; ihre eigenen Antworten stehen an ihrer ersten Stelle.</translation>
    </message>
    <message>
        <source>The chain ends here. If this is a property of the system that allowed the failure, mark it as the root cause (Ctrl+R); if not, ask why again (Enter).</source>
        <translation>Die Kette endet hier. Wenn dies eine Eigenschaft des Systems ist, die den Fehler ermöglichte, markieren Sie sie als Grundursache (Strg+R); wenn nicht, fragen Sie erneut warum (Eingabe).</translation>
    </message>
    <message>
        <source>The chain ends at an action. Ask why the system let this action do harm: what check, limit or tooling was missing?</source>
        <translation>Die Kette endet bei einer Handlung. Fragen Sie, warum das System diese Handlung Schaden anrichten ließ: Welche Prüfung, Grenze oder welches Werkzeug fehlte?</translation>
    </message>
    <message>
        <source>The answer names a person. Ask what about the system allowed it, so that a different engineer would be caught too.</source>
        <translation>Die Antwort nennt eine Person. Fragen Sie, was am System es zuließ, damit auch ein anderer Ingenieur abgefangen würde.</translation>
    </message>
    <message>
        <source>The chain ends at an open question: confirm it before concluding.</source>
        <translation>Die Kette endet bei einer offenen Frage: Bestätigen Sie sie, bevor Sie Schlüsse ziehen.</translation>
    </message>
    <message>
        <source>The chain ends at a warning sign. Ask why the signal was not acted on.</source>
        <translation>Die Kette endet bei einem Warnzeichen. Fragen Sie, warum auf das Signal nicht reagiert wurde.</translation>
    </message>
    <message>
        <source>The chain ends at an outcome: ask why it happened.</source>
        <translation>Die Kette endet bei einem Ergebnis: Fragen Sie, warum es eintrat.</translation>
    </message>
    <message>
        <source> · root cause</source>
        <translation> · Grundursache</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Why %1, because: %2</source>
        <translation>Warum %1, weil: %2</translation>
    </message>
</context>
<context>
    <name>causeway::FiveWhysView</name>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The outcome whose Five Whys are shown</source>
        <translation>Das Ergebnis, dessen Fünf Warum gezeigt werden</translation>
    </message>
    <message>
        <source>Ask why the outcome happened, then why each answer happened. Go on until the answer is a property of the system (a missing check, a limit, absent tooling), never a person. Five is a guide, not a rule.</source>
        <translation>Fragen Sie, warum das Ergebnis eintrat, dann, warum jede Antwort eintrat. Machen Sie weiter, bis die Antwort eine Eigenschaft des Systems ist (eine fehlende Prüfung, eine Grenze, fehlende Werkzeuge), nie eine Person. Fünf ist ein Richtwert, keine Regel.</translation>
    </message>
    <message>
        <source>Five Whys</source>
        <translation>Fünf Warum</translation>
    </message>
    <message>
        <source>&amp;Because…</source>
        <translation>&amp;Weil …</translation>
    </message>
    <message>
        <source>Answer: why did the selected step happen?</source>
        <translation>Antwort: Warum ist der ausgewählte Schritt passiert?</translation>
    </message>
    <message>
        <source>&amp;Another Answer</source>
        <translation>&amp;Weitere Antwort</translation>
    </message>
    <message>
        <source>Another answer to the same why: the chain branches</source>
        <translation>Eine weitere Antwort auf dasselbe Warum: Die Kette verzweigt sich</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;Einrücken</translation>
    </message>
    <message>
        <source>Make the step an answer to the step above it</source>
        <translation>Den Schritt zu einer Antwort auf den Schritt darüber machen</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Ausrücken</translation>
    </message>
    <message>
        <source>Make the step answer the why one level up</source>
        <translation>Den Schritt das Warum eine Ebene höher beantworten lassen</translation>
    </message>
    <message>
        <source>&amp;Root Cause</source>
        <translation>&amp;Grundursache</translation>
    </message>
    <message>
        <source>Mark the step as a root cause: a property of the system where the chain ends</source>
        <translation>Den Schritt als Grundursache markieren: eine Eigenschaft des Systems, bei der die Kette endet</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the step and the answers below it</source>
        <translation>Den Schritt und die Antworten darunter entfernen</translation>
    </message>
    <message>
        <source>New &amp;Outcome</source>
        <translation>Neues &amp;Ergebnis</translation>
    </message>
    <message>
        <source>Add an outcome to ask why about</source>
        <translation>Ein Ergebnis hinzufügen, nach dessen Warum gefragt wird</translation>
    </message>
    <message>
        <source>Because (%1)</source>
        <translation>Weil (%1)</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <source>(unnamed outcome)</source>
        <translation>(unbenanntes Ergebnis)</translation>
    </message>
    <message>
        <source>This post-mortem has no outcome yet. Add one (what users or the business experienced) to start asking why.</source>
        <translation>Dieses Post-Mortem hat noch kein Ergebnis. Fügen Sie eines hinzu (was Nutzer oder das Geschäft erlebt haben), um nach dem Warum zu fragen.</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Enter&lt;/b&gt; to answer: why did this happen?</source>
        <translation>Drücken Sie &lt;b&gt;Eingabe&lt;/b&gt;, um zu antworten: Warum ist das passiert?</translation>
    </message>
    <message>
        <source>%1 deep</source>
        <translation>%1 tief</translation>
    </message>
    <message>
        <source>1 why</source>
        <translation>1 Warum</translation>
    </message>
    <message>
        <source>%1 whys</source>
        <translation>%1 Warum</translation>
    </message>
    <message>
        <source>1 chain</source>
        <translation>1 Kette</translation>
    </message>
    <message>
        <source>%1 chains</source>
        <translation>%1 Ketten</translation>
    </message>
    <message>
        <source>every chain ends at a marked root cause</source>
        <translation>jede Kette endet bei einer markierten Grundursache</translation>
    </message>
    <message>
        <source>1 chain ends without a root-cause mark</source>
        <translation>1 Kette endet ohne Markierung als Grundursache</translation>
    </message>
    <message>
        <source>%1 chains end without a root-cause mark</source>
        <translation>%1 Ketten enden ohne Markierung als Grundursache</translation>
    </message>
    <message>
        <source>A chain stops at an action or a person: ask what about the system let it happen.</source>
        <translation>Eine Kette endet bei einer Handlung oder einer Person: Fragen Sie, was am System es geschehen ließ.</translation>
    </message>
    <message>
        <source>&amp;Edit Answer</source>
        <translation>Antwort &amp;bearbeiten</translation>
    </message>
</context>
<context>
    <name>causeway::FormSection</name>
    <message>
        <source>Not in this template</source>
        <translation>Nicht in dieser Vorlage</translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, *italic*, lists with -, links with Ctrl+K</source>
        <translation>In Markdown schreiben: **fett**, *kursiv*, Listen mit -, Links mit Strg+K</translation>
    </message>
</context>
<context>
    <name>causeway::FormView</name>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Which sections the form shows, and in which order. Switching never deletes text.</source>
        <translation>Welche Abschnitte das Formular zeigt und in welcher Reihenfolge. Ein Wechsel löscht nie Text.</translation>
    </message>
    <message>
        <source>Form sections</source>
        <translation>Formularabschnitte</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>1 hidden section holds text</source>
        <translation>1 ausgeblendeter Abschnitt enthält Text</translation>
    </message>
    <message>
        <source>%1 hidden sections hold text</source>
        <translation>%1 ausgeblendete Abschnitte enthalten Text</translation>
    </message>
    <message>
        <source>Hide them</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>This template does not show these sections; their text is kept and exported with templates that show them.</source>
        <translation>Diese Vorlage zeigt diese Abschnitte nicht; ihr Text bleibt erhalten und wird mit Vorlagen exportiert, die sie zeigen.</translation>
    </message>
</context>
<context>
    <name>causeway::Import</name>
    <message>
        <source>expected a webhook object</source>
        <translation>erwartet ein Webhook-Objekt</translation>
    </message>
    <message>
        <source>not an Alertmanager webhook: no &quot;alerts&quot; array</source>
        <translation>kein Alertmanager-Webhook: kein Array &quot;alerts&quot;</translation>
    </message>
    <message>
        <source>expected an alert object</source>
        <translation>erwartet ein Alarm-Objekt</translation>
    </message>
    <message>
        <source>&quot;labels&quot;: expected an object of label names and values</source>
        <translation>&quot;labels&quot;: erwartet ein Objekt aus Label-Namen und -Werten</translation>
    </message>
    <message>
        <source>&quot;annotations&quot;: expected an object</source>
        <translation>&quot;annotations&quot;: erwartet ein Objekt</translation>
    </message>
    <message>
        <source>Prometheus Alertmanager webhook notifications</source>
        <translation>Prometheus-Alertmanager-Webhook-Benachrichtigungen</translation>
    </message>
    <message>
        <source>%1: import canceled</source>
        <translation>%1: Import abgebrochen</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: not Alertmanager webhooks: expected a JSON object, an array of them, or one per line (JSON Lines)</source>
        <translation>%1: keine Alertmanager-Webhooks: erwartet ein JSON-Objekt, ein Array davon oder eines pro Zeile (JSON Lines)</translation>
    </message>
    <message>
        <source>line longer than %1 MiB; left out</source>
        <translation>Zeile länger als %1 MiB; ausgelassen</translation>
    </message>
    <message>
        <source>%1: not an Alertmanager webhook: %2</source>
        <translation>%1: kein Alertmanager-Webhook: %2</translation>
    </message>
    <message>
        <source>%1: %2 repeated notifications of an alert already read were left out</source>
        <translation>%1: %2 wiederholte Benachrichtigungen zu einem bereits gelesenen Alarm wurden ausgelassen</translation>
    </message>
    <message>
        <source>no time before this line</source>
        <translation>keine Zeit vor dieser Zeile</translation>
    </message>
    <message>
        <source>a message header without a message</source>
        <translation>ein Nachrichtenkopf ohne Nachricht</translation>
    </message>
    <message>
        <source>%1: not a Timesketch/Plaso CSV (it has no &quot;datetime&quot;, &quot;message&quot; and &quot;timestamp_desc&quot; columns), so its columns must be named: %2 %3 missing. The header has the columns %4</source>
        <translation>%1: kein Timesketch/Plaso-CSV (es hat keine Spalten &quot;datetime&quot;, &quot;message&quot; und &quot;timestamp_desc&quot;), daher müssen seine Spalten benannt werden: %2 %3 fehlt. Die Kopfzeile hat die Spalten %4</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot;: the header has no such column. It has %4</source>
        <translation>%1: %2 „%3“: die Kopfzeile hat keine solche Spalte. Sie hat %4</translation>
    </message>
    <message>
        <source>%1: times written as &quot;%2&quot; carry no zone: give their zone with --zone</source>
        <translation>%1: als „%2“ geschriebene Zeiten haben keine Zeitzone: geben Sie ihre Zeitzone mit --zone an</translation>
    </message>
    <message>
        <source>%1: read as Timesketch/Plaso CSV (&quot;datetime&quot;, &quot;message&quot;, &quot;timestamp_desc&quot;)</source>
        <translation>%1: gelesen als Timesketch/Plaso-CSV (&quot;datetime&quot;, &quot;message&quot;, &quot;timestamp_desc&quot;)</translation>
    </message>
    <message>
        <source>%1: read as Plaso l2tcsv (&quot;date&quot; as MM/DD/YYYY and &quot;time&quot; in the zone of &quot;timezone&quot;; &quot;desc&quot;)</source>
        <translation>%1: gelesen als Plaso l2tcsv (&quot;date&quot; als MM/DD/YYYY und &quot;time&quot; in der Zeitzone von &quot;timezone&quot;; &quot;desc&quot;)</translation>
    </message>
    <message>
        <source>%1: time from column &quot;%2&quot; (%3), text from &quot;%4&quot;</source>
        <translation>%1: Zeit aus Spalte „%2“ (%3), Text aus „%4“</translation>
    </message>
    <message>
        <source>, actor from &quot;%1&quot;</source>
        <translation>, Handelnde aus „%1“</translation>
    </message>
    <message>
        <source>, kind from &quot;%1&quot;</source>
        <translation>, Art aus „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected a time written as &quot;%2&quot;, got &quot;%3&quot;</source>
        <translation>„%1“: erwartet eine als „%2“ geschriebene Zeit, erhalten „%3“</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a valid time</source>
        <translation>„%1“: „%2“ ist keine gültige Zeit</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; has no zone; give one with --zone</source>
        <translation>„%1“: „%2“ hat keine Zeitzone; geben Sie eine mit --zone an</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected an ISO 8601 timestamp, got &quot;%2&quot;</source>
        <translation>„%1“: erwartet einen ISO-8601-Zeitstempel, erhalten „%2“</translation>
    </message>
    <message>
        <source>&quot;timezone&quot;: &quot;%1&quot; is not a known time zone</source>
        <translation>&quot;timezone&quot;: „%1“ ist keine bekannte Zeitzone</translation>
    </message>
    <message>
        <source>&quot;timezone&quot;: empty; give the zone with --zone</source>
        <translation>&quot;timezone&quot;: leer; geben Sie die Zeitzone mit --zone an</translation>
    </message>
    <message>
        <source>&quot;date&quot; and &quot;time&quot;: not a valid time</source>
        <translation>&quot;date&quot; und &quot;time&quot;: keine gültige Zeit</translation>
    </message>
    <message>
        <source>&quot;timestamp&quot;: expected microseconds since 1970, got &quot;%1&quot;</source>
        <translation>&quot;timestamp&quot;: erwartet Mikrosekunden seit 1970, erhalten „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: empty; an event needs a text</source>
        <translation>„%1“: leer; ein Ereignis braucht einen Text</translation>
    </message>
    <message>
        <source>CSV: Timesketch/Plaso CSV, Plaso l2tcsv, or any CSV with --time-column and --text-column</source>
        <translation>CSV: Timesketch/Plaso-CSV, Plaso l2tcsv oder jedes CSV mit --time-column und --text-column</translation>
    </message>
    <message>
        <source>%1: empty file; a CSV file starts with a header row</source>
        <translation>%1: leere Datei; eine CSV-Datei beginnt mit einer Kopfzeile</translation>
    </message>
    <message>
        <source>%1:%2: header row: %3</source>
        <translation>%1:%2: Kopfzeile: %3</translation>
    </message>
    <message>
        <source>%1:%2: header row: not valid UTF-8</source>
        <translation>%1:%2: Kopfzeile: kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>expected %1 fields, as in the header, got %2</source>
        <translation>erwartet %1 Felder wie in der Kopfzeile, erhalten %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: not valid UTF-8</source>
        <translation>„%1“: kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>field %1: text after its closing quote (a quote inside a quoted field is written &quot;&quot;)</source>
        <translation>Feld %1: Text nach dem schließenden Anführungszeichen (ein Anführungszeichen in einem Feld in Anführungszeichen wird &quot;&quot; geschrieben)</translation>
    </message>
    <message>
        <source>field %1: quote not closed within %2 lines</source>
        <translation>Feld %1: Anführungszeichen nicht innerhalb von %2 Zeilen geschlossen</translation>
    </message>
    <message>
        <source>field %1: quote not closed before the end of the file</source>
        <translation>Feld %1: Anführungszeichen vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>field %1 goes on in line %2, which is longer than %3 MiB</source>
        <translation>Feld %1 geht in Zeile %2 weiter, die länger als %3 MiB ist</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: times without a zone were read as %2</source>
        <translation>%1: Zeiten ohne Zeitzone wurden als %2 gelesen</translation>
    </message>
    <message>
        <source>systemd journal (journalctl -o json)</source>
        <translation>systemd-Journal (journalctl -o json)</translation>
    </message>
    <message>
        <source>%1: the file is UTF-16; journalctl writes UTF-8 (was it saved through a PowerShell redirection?)</source>
        <translation>%1: die Datei ist UTF-16; journalctl schreibt UTF-8 (wurde sie über eine PowerShell-Umleitung gespeichert?)</translation>
    </message>
    <message>
        <source>not valid UTF-8 (journalctl writes such values as arrays of bytes)</source>
        <translation>kein gültiges UTF-8 (journalctl schreibt solche Werte als Byte-Arrays)</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>kein gültiges JSON (%1 in Spalte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object: one journal entry per line, as journalctl -o json writes</source>
        <translation>erwartet ein JSON-Objekt: ein Journal-Eintrag pro Zeile, wie journalctl -o json schreibt</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected the output of journalctl -o json</source>
        <translation>%1: die Datei ist leer; erwartet die Ausgabe von journalctl -o json</translation>
    </message>
    <message>
        <source>%1: not the output of journalctl -o json: no line is a journal entry (a JSON object with &quot;__REALTIME_TIMESTAMP&quot; and &quot;MESSAGE&quot;)</source>
        <translation>%1: nicht die Ausgabe von journalctl -o json: keine Zeile ist ein Journal-Eintrag (ein JSON-Objekt mit &quot;__REALTIME_TIMESTAMP&quot; und &quot;MESSAGE&quot;)</translation>
    </message>
    <message>
        <source>; journalctl -o json-pretty spreads an entry over many lines: export with -o json</source>
        <translation>; journalctl -o json-pretty verteilt einen Eintrag über viele Zeilen: exportieren Sie mit -o json</translation>
    </message>
    <message>
        <source>&quot;__REALTIME_TIMESTAMP&quot;: expected microseconds since 1970-01-01 UTC as a decimal string, got %1</source>
        <translation>&quot;__REALTIME_TIMESTAMP&quot;: erwartet Mikrosekunden seit 1970-01-01 UTC als Dezimalzeichenkette, erhalten %1</translation>
    </message>
    <message>
        <source>&quot;_SOURCE_REALTIME_TIMESTAMP&quot;: expected microseconds since 1970-01-01 UTC as a decimal string, got %1</source>
        <translation>&quot;_SOURCE_REALTIME_TIMESTAMP&quot;: erwartet Mikrosekunden seit 1970-01-01 UTC als Dezimalzeichenkette, erhalten %1</translation>
    </message>
    <message>
        <source>&quot;MESSAGE&quot;: expected a string, an array of byte values (0 to 255) or null, got %1</source>
        <translation>&quot;MESSAGE&quot;: erwartet eine Zeichenkette, ein Array von Byte-Werten (0 bis 255) oder null, erhalten %1</translation>
    </message>
    <message>
        <source>&quot;MESSAGE&quot; is empty</source>
        <translation>&quot;MESSAGE&quot; ist leer</translation>
    </message>
    <message>
        <source>a record larger than %1 MiB; expected incident records</source>
        <translation>ein Datensatz größer als %1 MiB; erwartet Vorfallsdatensätze</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;%1&quot;</source>
        <translation>erwartet ein JSON-Objekt mit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an array under &quot;%1&quot;</source>
        <translation>erwartet ein Array unter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file ends inside the value of &quot;%1&quot;</source>
        <translation>die Datei endet innerhalb des Werts von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; array in the file</source>
        <translation>kein Array &quot;%1&quot; in der Datei</translation>
    </message>
    <message>
        <source>the file ends inside the array; expected &quot;]&quot;</source>
        <translation>die Datei endet innerhalb des Arrays; erwartet &quot;]&quot;</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot; between records</source>
        <translation>erwartet &quot;,&quot; oder &quot;]&quot; zwischen Datensätzen</translation>
    </message>
    <message>
        <source>the file ends inside a record</source>
        <translation>die Datei endet innerhalb eines Datensatzes</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;message&quot; and &quot;datetime&quot;</source>
        <translation>erwartet ein JSON-Objekt mit &quot;message&quot; und &quot;datetime&quot;</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>&quot;message&quot;: expected a non-empty string</source>
        <translation>&quot;message&quot;: erwartet eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;datetime&quot;: &quot;%1&quot; has no zone; give one with --zone</source>
        <translation>&quot;datetime&quot;: „%1“ hat keine Zeitzone; geben Sie eine mit --zone an</translation>
    </message>
    <message>
        <source>&quot;datetime&quot;: expected an ISO 8601 timestamp, got &quot;%1&quot;</source>
        <translation>&quot;datetime&quot;: erwartet einen ISO-8601-Zeitstempel, erhalten „%1“</translation>
    </message>
    <message>
        <source>&quot;datetime&quot;: expected an ISO 8601 timestamp (or &quot;timestamp&quot; in microseconds)</source>
        <translation>&quot;datetime&quot;: erwartet einen ISO-8601-Zeitstempel (oder &quot;timestamp&quot; in Mikrosekunden)</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected an ISO 8601 timestamp such as &quot;2026-04-14T08:26:30Z&quot;</source>
        <translation>„%1“: erwartet einen ISO-8601-Zeitstempel wie „2026-04-14T08:26:30Z“</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>expected the output of kubectl get events -o json</source>
        <translation>erwartet die Ausgabe von kubectl get events -o json</translation>
    </message>
    <message>
        <source>an object without &quot;involvedObject&quot;</source>
        <translation>ein Objekt ohne &quot;involvedObject&quot;</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>erwartet ein Objekt, erhalten %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>erwartet eine ganze Zahl, erhalten %1</translation>
    </message>
    <message>
        <source>%1 has no zone offset; Kubernetes writes times in UTC with &quot;Z&quot;</source>
        <translation>%1 hat keinen Zeitzonenversatz; Kubernetes schreibt Zeiten in UTC mit &quot;Z&quot;</translation>
    </message>
    <message>
        <source>expected an RFC 3339 timestamp, got %1</source>
        <translation>erwartet einen RFC-3339-Zeitstempel, erhalten %1</translation>
    </message>
    <message>
        <source>no &quot;%1&quot;: the object the event is about</source>
        <translation>kein &quot;%1&quot;: das Objekt, um das es in dem Ereignis geht</translation>
    </message>
    <message>
        <source>no time: &quot;eventTime&quot;, &quot;%1&quot; and &quot;metadata.creationTimestamp&quot; are all missing</source>
        <translation>keine Zeit: &quot;eventTime&quot;, &quot;%1&quot; und &quot;metadata.creationTimestamp&quot; fehlen alle</translation>
    </message>
    <message>
        <source>Kubernetes events (kubectl get events -o json)</source>
        <translation>Kubernetes-Ereignisse (kubectl get events -o json)</translation>
    </message>
    <message>
        <source>%1: the file is UTF-16; kubectl writes UTF-8 (was it saved through a PowerShell redirection?)</source>
        <translation>%1: die Datei ist UTF-16; kubectl schreibt UTF-8 (wurde sie über eine PowerShell-Umleitung gespeichert?)</translation>
    </message>
    <message>
        <source>; the rest of the file is left out</source>
        <translation>; der Rest der Datei wird ausgelassen</translation>
    </message>
    <message>
        <source>%1: not the output of kubectl get events -o json: the items are not Events (the first is %2)</source>
        <translation>%1: nicht die Ausgabe von kubectl get events -o json: die Elemente sind keine Events (das erste ist %2)</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at line %2)</source>
        <translation>kein gültiges JSON (%1 in Zeile %2)</translation>
    </message>
    <message>
        <source>expected an Event, got %1</source>
        <translation>erwartet ein Event, erhalten %1</translation>
    </message>
    <message>
        <source>%1: no &quot;items&quot; in a file of %2 MiB; %3</source>
        <translation>%1: kein &quot;items&quot; in einer Datei von %2 MiB; %3</translation>
    </message>
    <message>
        <source>%1: the file is empty; %2</source>
        <translation>%1: die Datei ist leer; %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at line %3); %4</source>
        <translation>%1: kein gültiges JSON (%2 in Zeile %3); %4</translation>
    </message>
    <message>
        <source>expected a List object with &quot;items&quot;, got an array</source>
        <translation>erwartet ein List-Objekt mit &quot;items&quot;, erhalten ein Array</translation>
    </message>
    <message>
        <source>&quot;items&quot;: expected an array, got %1</source>
        <translation>&quot;items&quot;: erwartet ein Array, erhalten %1</translation>
    </message>
    <message>
        <source>expected a List with &quot;items&quot; or one Event, got %1</source>
        <translation>erwartet eine List mit &quot;items&quot; oder ein Event, erhalten %1</translation>
    </message>
    <message>
        <source>%1: not the output of kubectl get events -o json: %2</source>
        <translation>%1: nicht die Ausgabe von kubectl get events -o json: %2</translation>
    </message>
    <message>
        <source>syslog style (month, day and time; no year, no zone)</source>
        <translation>Syslog-Stil (Monat, Tag und Uhrzeit; kein Jahr, keine Zeitzone)</translation>
    </message>
    <message>
        <source>access log (Apache, nginx)</source>
        <translation>Zugriffslog (Apache, nginx)</translation>
    </message>
    <message>
        <source>seconds since 1970 (UTC)</source>
        <translation>Sekunden seit 1970 (UTC)</translation>
    </message>
    <message>
        <source>milliseconds since 1970 (UTC)</source>
        <translation>Millisekunden seit 1970 (UTC)</translation>
    </message>
    <message>
        <source>timestamp &quot;%1&quot; has no zone; give one with --zone</source>
        <translation>Zeitstempel „%1“ hat keine Zeitzone; geben Sie eine mit --zone an</translation>
    </message>
    <message>
        <source>timestamp &quot;%1&quot; is not a valid date and time</source>
        <translation>Zeitstempel „%1“ ist kein gültiges Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>Log lines that start with a timestamp (the pattern is detected)</source>
        <translation>Logzeilen, die mit einem Zeitstempel beginnen (das Muster wird erkannt)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no text after the timestamp</source>
        <translation>kein Text nach dem Zeitstempel</translation>
    </message>
    <message>
        <source>continuation lines from here on left out: the event of line %1 holds more than %2 MiB of text</source>
        <translation>Folgezeilen ab hier ausgelassen: das Ereignis aus Zeile %1 enthält mehr als %2 MiB Text</translation>
    </message>
    <message>
        <source>continues line %1, which was left out</source>
        <translation>setzt Zeile %1 fort, die ausgelassen wurde</translation>
    </message>
    <message>
        <source>no timestamp like &quot;%1&quot; and no line before it to continue</source>
        <translation>kein Zeitstempel wie „%1“ und keine Zeile davor, die fortgesetzt wird</translation>
    </message>
    <message>
        <source>times without a zone were read in %1</source>
        <translation>Zeiten ohne Zeitzone wurden in %1 gelesen</translation>
    </message>
    <message>
        <source>each time carries its own UTC offset</source>
        <translation>jede Zeit trägt ihren eigenen UTC-Versatz</translation>
    </message>
    <message>
        <source>read in the year %1 and the zone %2</source>
        <translation>im Jahr %1 und in der Zeitzone %2 gelesen</translation>
    </message>
    <message>
        <source>%1: timestamps detected as %2, such as &quot;%3&quot; (line %4); %5</source>
        <translation>%1: Zeitstempel erkannt als %2, etwa „%3“ (Zeile %4); %5</translation>
    </message>
    <message>
        <source>%1: the log goes into the next year at line %2, read as %3</source>
        <translation>%1: das Log reicht ab Zeile %2 ins nächste Jahr, gelesen als %3</translation>
    </message>
    <message>
        <source>%1: no lines to read: the file is empty</source>
        <translation>%1: keine Zeilen zu lesen: die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: no timestamp found at the start of the first %2 non-empty lines. The log importer reads lines that start with a timestamp such as 2026-04-14T10:02:13Z, 2026-04-14 10:02:13,123, [2026-04-14 10:02:13], Apr 14 10:02:13, 192.0.2.7 - - [14/Apr/2026:10:02:13 +0200] or seconds since 1970</source>
        <translation>%1: kein Zeitstempel am Anfang der ersten %2 nicht leeren Zeilen gefunden. Der Log-Import liest Zeilen, die mit einem Zeitstempel beginnen, etwa 2026-04-14T10:02:13Z, 2026-04-14 10:02:13,123, [2026-04-14 10:02:13], Apr 14 10:02:13, 192.0.2.7 - - [14/Apr/2026:10:02:13 +0200] oder Sekunden seit 1970</translation>
    </message>
    <message>
        <source>%1: timestamps such as &quot;%2&quot; (line %3) have no %4: give %5</source>
        <translation>%1: Zeitstempel wie „%2“ (Zeile %3) haben kein(e) %4: geben Sie %5 an</translation>
    </message>
    <message>
        <source>them with --year and --zone</source>
        <translation>sie mit --year und --zone</translation>
    </message>
    <message>
        <source>it with --</source>
        <translation>es mit --</translation>
    </message>
    <message>
        <source>PagerDuty incident log entries (REST API v2)</source>
        <translation>PagerDuty-Vorfallsprotokolleinträge (REST API v2)</translation>
    </message>
    <message>
        <source>expected a log entry object</source>
        <translation>erwartet ein Protokolleintrag-Objekt</translation>
    </message>
    <message>
        <source>&quot;type&quot;: expected a string such as &quot;acknowledge_log_entry&quot;</source>
        <translation>&quot;type&quot;: erwartet eine Zeichenkette wie &quot;acknowledge_log_entry&quot;</translation>
    </message>
    <message>
        <source>&quot;summary&quot;: expected a non-empty string</source>
        <translation>&quot;summary&quot;: erwartet eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected an object</source>
        <translation>„%1“: erwartet ein Objekt</translation>
    </message>
    <message>
        <source>%1: not PagerDuty log entries: %2</source>
        <translation>%1: keine PagerDuty-Protokolleinträge: %2</translation>
    </message>
    <message>
        <source>%1: 1 log entry that appears twice (same id) was read once</source>
        <translation>%1: 1 doppelt vorkommender Protokolleintrag (gleiche ID) wurde einmal gelesen</translation>
    </message>
    <message>
        <source>%1: %2 repeats of log entries (same id) were left out</source>
        <translation>%1: %2 Wiederholungen von Protokolleinträgen (gleiche ID) wurden ausgelassen</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot open: no such file or folder</source>
        <translation>%1: kann nicht geöffnet werden: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>Slack workspace export (ZIP or folder)</source>
        <translation>Slack-Workspace-Export (ZIP oder Ordner)</translation>
    </message>
    <message>
        <source>not a Slack export: no channels.json (nor groups.json, mpims.json or dms.json)</source>
        <translation>kein Slack-Export: keine channels.json (auch keine groups.json, mpims.json oder dms.json)</translation>
    </message>
    <message>
        <source>not a complete Slack export: no users.json (or org_users.json) to name the authors of messages</source>
        <translation>kein vollständiger Slack-Export: keine users.json (oder org_users.json), um die Verfasser der Nachrichten zu benennen</translation>
    </message>
    <message>
        <source>expected a user object</source>
        <translation>erwartet ein Benutzerobjekt</translation>
    </message>
    <message>
        <source>a user without &quot;id&quot;; left out</source>
        <translation>ein Benutzer ohne &quot;id&quot;; ausgelassen</translation>
    </message>
    <message>
        <source>expected a conversation object</source>
        <translation>erwartet ein Unterhaltungsobjekt</translation>
    </message>
    <message>
        <source>a conversation without &quot;name&quot; or &quot;id&quot;; left out</source>
        <translation>eine Unterhaltung ohne &quot;name&quot; oder &quot;id&quot;; ausgelassen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder name; left out</source>
        <translation>„%1“ ist kein Ordnername; ausgelassen</translation>
    </message>
    <message>
        <source>a path that leads out of the export; left out</source>
        <translation>ein Pfad, der aus dem Export hinausführt; ausgelassen</translation>
    </message>
    <message>
        <source>a folder of messages that no channels.json, groups.json, mpims.json or dms.json lists; left out</source>
        <translation>ein Nachrichtenordner, den weder channels.json, groups.json, mpims.json noch dms.json aufführt; ausgelassen</translation>
    </message>
    <message>
        <source>import canceled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>; the day&apos;s messages are left out</source>
        <translation>; die Nachrichten des Tages werden ausgelassen</translation>
    </message>
    <message>
        <source>%1: 1 join/leave message left out</source>
        <translation>%1: 1 Beitritts-/Austrittsnachricht ausgelassen</translation>
    </message>
    <message>
        <source>%1: %2 join/leave messages left out</source>
        <translation>%1: %2 Beitritts-/Austrittsnachrichten ausgelassen</translation>
    </message>
    <message>
        <source>expected a message object</source>
        <translation>erwartet ein Nachrichtenobjekt</translation>
    </message>
    <message>
        <source>&quot;type&quot;: expected &quot;message&quot;; left out</source>
        <translation>&quot;type&quot;: erwartet &quot;message&quot;; ausgelassen</translation>
    </message>
    <message>
        <source>&quot;ts&quot;: expected a string such as &quot;1776155042.190329&quot;</source>
        <translation>&quot;ts&quot;: erwartet eine Zeichenkette wie &quot;1776155042.190329&quot;</translation>
    </message>
    <message>
        <source>&quot;ts&quot;: expected seconds.microseconds such as &quot;1776155042.190329&quot;, got &quot;%1&quot;</source>
        <translation>&quot;ts&quot;: erwartet Sekunden.Mikrosekunden wie &quot;1776155042.190329&quot;, erhalten „%1“</translation>
    </message>
    <message>
        <source>a message without text, attachments or files; left out</source>
        <translation>eine Nachricht ohne Text, Anhänge oder Dateien; ausgelassen</translation>
    </message>
    <message>
        <source>expected &lt;PRI&gt;, a number from 0 to 191 in angle brackets</source>
        <translation>erwartet &lt;PRI&gt;, eine Zahl von 0 bis 191 in spitzen Klammern</translation>
    </message>
    <message>
        <source>PRI &lt;%1&gt; is out of range (0 to 191)</source>
        <translation>PRI &lt;%1&gt; liegt außerhalb des Bereichs (0 bis 191)</translation>
    </message>
    <message>
        <source>RFC 5424 version %1 is not supported (only 1)</source>
        <translation>RFC-5424-Version %1 wird nicht unterstützt (nur 1)</translation>
    </message>
    <message>
        <source>expected &quot;1 &quot; (RFC 5424) or a time such as &quot;Oct 11 22:14:15&quot; (RFC 3164) after %1</source>
        <translation>erwartet &quot;1 &quot; (RFC 5424) oder eine Zeit wie &quot;Oct 11 22:14:15&quot; (RFC 3164) nach %1</translation>
    </message>
    <message>
        <source>not a syslog line: expected &lt;PRI&gt; and an RFC 5424 or RFC 3164 header</source>
        <translation>keine Syslog-Zeile: erwartet &lt;PRI&gt; und einen RFC-5424- oder RFC-3164-Kopf</translation>
    </message>
    <message>
        <source>RFC 5424 header ends before %1</source>
        <translation>RFC-5424-Kopf endet vor %1</translation>
    </message>
    <message>
        <source>RFC 5424 header: %1 is empty (two blanks in a row?)</source>
        <translation>RFC-5424-Kopf: %1 ist leer (zwei Leerzeichen hintereinander?)</translation>
    </message>
    <message>
        <source>RFC 5424 header: %1 &quot;%2&quot; has a character other than printable ASCII</source>
        <translation>RFC-5424-Kopf: %1 „%2“ enthält ein Zeichen, das kein druckbares ASCII ist</translation>
    </message>
    <message>
        <source>RFC 5424 header: %1 longer than %2 characters</source>
        <translation>RFC-5424-Kopf: %1 länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>no TIMESTAMP (&quot;-&quot;): the event cannot be placed in time</source>
        <translation>kein TIMESTAMP (&quot;-&quot;): das Ereignis kann zeitlich nicht eingeordnet werden</translation>
    </message>
    <message>
        <source>TIMESTAMP &quot;%1&quot; has no zone offset, which RFC 5424 requires</source>
        <translation>TIMESTAMP „%1“ hat keinen Zeitzonenversatz, den RFC 5424 verlangt</translation>
    </message>
    <message>
        <source>TIMESTAMP: expected RFC 3339 such as 2003-10-11T22:14:15.003Z, got &quot;%1&quot;</source>
        <translation>TIMESTAMP: erwartet RFC 3339 wie 2003-10-11T22:14:15.003Z, erhalten „%1“</translation>
    </message>
    <message>
        <source>RFC 5424 header ends before STRUCTURED-DATA (&quot;-&quot; when there is none)</source>
        <translation>RFC-5424-Kopf endet vor STRUCTURED-DATA (&quot;-&quot;, wenn es keine gibt)</translation>
    </message>
    <message>
        <source>STRUCTURED-DATA: an element without SD-ID</source>
        <translation>STRUCTURED-DATA: ein Element ohne SD-ID</translation>
    </message>
    <message>
        <source>STRUCTURED-DATA: [%1 is not closed with &quot;]&quot;</source>
        <translation>STRUCTURED-DATA: [%1 ist nicht mit &quot;]&quot; geschlossen</translation>
    </message>
    <message>
        <source>STRUCTURED-DATA: a value in [%1 is not closed with a quote</source>
        <translation>STRUCTURED-DATA: ein Wert in [%1 ist nicht mit einem Anführungszeichen geschlossen</translation>
    </message>
    <message>
        <source>STRUCTURED-DATA: expected a blank before MSG, got &quot;%1&quot;</source>
        <translation>STRUCTURED-DATA: erwartet ein Leerzeichen vor MSG, erhalten „%1“</translation>
    </message>
    <message>
        <source>RFC 3164 TIMESTAMP: expected a time such as &quot;Oct 11 22:14:15&quot;, got &quot;%1&quot;</source>
        <translation>RFC-3164-TIMESTAMP: erwartet eine Zeit wie &quot;Oct 11 22:14:15&quot;, erhalten „%1“</translation>
    </message>
    <message>
        <source>%1: RFC 3164 time &quot;%2&quot; has no year and no zone: %3 %4 needed</source>
        <translation>%1: RFC-3164-Zeit „%2“ hat kein Jahr und keine Zeitzone: %3 %4 nötig</translation>
    </message>
    <message>
        <source>RFC 3164 TIMESTAMP &quot;%1&quot; is not a valid date and time in %2</source>
        <translation>RFC-3164-TIMESTAMP „%1“ ist in %2 kein gültiges Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>RFC 3164 line ends after its time: no HOSTNAME and no message</source>
        <translation>RFC-3164-Zeile endet nach ihrer Zeit: kein HOSTNAME und keine Nachricht</translation>
    </message>
    <message>
        <source>time &quot;%1&quot; has no zone; give one with --zone</source>
        <translation>Zeit „%1“ hat keine Zeitzone; geben Sie eine mit --zone an</translation>
    </message>
    <message>
        <source>expected an RFC 3339 time such as 2026-04-14T10:02:13+02:00, got &quot;%1&quot;</source>
        <translation>erwartet eine RFC-3339-Zeit wie 2026-04-14T10:02:13+02:00, erhalten „%1“</translation>
    </message>
    <message>
        <source>line ends after its time: no HOSTNAME and no message</source>
        <translation>Zeile endet nach ihrer Zeit: kein HOSTNAME und keine Nachricht</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Nachricht</translation>
    </message>
    <message>
        <source>%1: lines read as %2</source>
        <translation>%1: Zeilen gelesen als %2</translation>
    </message>
    <message>
        <source>%1: RFC 3164 times, which have no year and no zone, were read in %2 and %3</source>
        <translation>%1: RFC-3164-Zeiten, die weder Jahr noch Zeitzone haben, wurden in %2 und %3 gelesen</translation>
    </message>
    <message>
        <source>cannot unpack: %1</source>
        <translation>kann nicht entpackt werden: %1</translation>
    </message>
    <message>
        <source>unpacks to more than the %1 allowed for one file</source>
        <translation>wird zu mehr als den für eine Datei erlaubten %1 entpackt</translation>
    </message>
    <message>
        <source>%1: not a ZIP file (or a truncated one)</source>
        <translation>%1: keine ZIP-Datei (oder eine abgeschnittene)</translation>
    </message>
    <message>
        <source>%1: cannot read the ZIP file: %2</source>
        <translation>%1: die ZIP-Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not in the archive</source>
        <translation>nicht im Archiv</translation>
    </message>
    <message>
        <source>unpacks to %1, more than the %2 allowed for one file</source>
        <translation>wird zu %1 entpackt, mehr als die für eine Datei erlaubten %2</translation>
    </message>
</context>
<context>
    <name>causeway::ImportDialog</name>
    <message>
        <source>Stop Reading</source>
        <translation>Lesen beenden</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>Ereignisse importieren</translation>
    </message>
    <message>
        <source>Times that carry no zone are read in this zone (an IANA id such as Europe/Berlin).</source>
        <translation>Zeiten ohne Zeitzone werden in dieser Zeitzone gelesen (eine IANA-ID wie Europe/Berlin).</translation>
    </message>
    <message>
        <source>For formats whose timestamps have no year (RFC 3164 syslog).</source>
        <translation>Für Formate, deren Zeitstempel kein Jahr haben (RFC-3164-Syslog).</translation>
    </message>
    <message>
        <source>time column</source>
        <translation>Zeitspalte</translation>
    </message>
    <message>
        <source>text column</source>
        <translation>Textspalte</translation>
    </message>
    <message>
        <source>actor column (optional)</source>
        <translation>Handelnden-Spalte (optional)</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Zone of times without one:</source>
        <translation>&amp;Zeitzone für Zeiten ohne eigene:</translation>
    </message>
    <message>
        <source>&amp;Year of times without one:</source>
        <translation>&amp;Jahr für Zeiten ohne eigenes:</translation>
    </message>
    <message>
        <source>CSV &amp;columns:</source>
        <translation>CSV-&amp;Spalten:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Handelnde</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>No record was skipped.</source>
        <translation>Kein Datensatz wurde übersprungen.</translation>
    </message>
    <message>
        <source>Events to add (first %1):</source>
        <translation>Hinzuzufügende Ereignisse (erste %1):</translation>
    </message>
    <message>
        <source>Skipped records and why:</source>
        <translation>Übersprungene Datensätze und Gründe:</translation>
    </message>
    <message>
        <source>&amp;Add Events</source>
        <translation>Ereignisse &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to add, %2 already in the document, %3 skipped.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hinzuzufügen, %2 bereits im Dokument, %3 übersprungen.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 Datensatz</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
</context>
<context>
    <name>causeway::IncidentEditor</name>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>What users experienced, in one line</source>
        <translation>Was die Nutzer erlebt haben, in einer Zeile</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>INC-2026-0001</source>
        <translation>INC-2026-0001</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Incident-Commander</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Commander</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfende</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. orders-api, checkout-web</source>
        <translation>Durch Kommas getrennt, z. B. orders-api, checkout-web</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Failed requests</source>
        <translation>Fehlgeschlagene Anfragen</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Revenue lost</source>
        <translation>Entgangener Umsatz</translation>
    </message>
    <message>
        <source>Who was affected and how, in a few sentences</source>
        <translation>Wer wie betroffen war, in wenigen Sätzen</translation>
    </message>
    <message>
        <source>Impact description</source>
        <translation>Beschreibung der Auswirkung</translation>
    </message>
    <message>
        <source>Key instants</source>
        <translation>Schlüsselzeitpunkte</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>The incident&apos;s time zone</source>
        <translation>Die Zeitzone des Vorfalls</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows; expected an IANA name such as Europe/Berlin or UTC</source>
        <translation>„%1“ ist keine Zeitzone, die dieses System kennt; erwartet ein IANA-Name wie Europe/Berlin oder UTC</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Computed from the instants</source>
        <translation>Aus den Zeitpunkten berechnet</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>Personen und Rollen</translation>
    </message>
    <message>
        <source>+ Add Person</source>
        <translation>+ Person hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected people; what they did stays in the record under their name</source>
        <translation>Die ausgewählten Personen entfernen; was sie getan haben, bleibt unter ihrem Namen verzeichnet</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Clear this instant</source>
        <translation>Diesen Zeitpunkt leeren</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>Set this instant, starting from the one before it</source>
        <translation>Diesen Zeitpunkt setzen, ausgehend vom vorherigen</translation>
    </message>
</context>
<context>
    <name>causeway::LessonsEditor</name>
    <message>
        <source>+ Add</source>
        <translation>+ Hinzufügen</translation>
    </message>
    <message>
        <source>Add a lesson: %1</source>
        <translation>Erkenntnis hinzufügen: %1</translation>
    </message>
    <message>
        <source>Delete this lesson</source>
        <translation>Diese Erkenntnis löschen</translation>
    </message>
</context>
<context>
    <name>causeway::MainWindow</name>
    <message>
        <source>Undo History</source>
        <translation>Verlauf der Änderungen</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Open findings of the analysis checks; click to show them</source>
        <translation>Offene Befunde der Analyseprüfungen; klicken, um sie anzuzeigen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Times In</source>
        <translation>&amp;Zeiten in</translation>
    </message>
    <message>
        <source>&amp;Incident Zone</source>
        <translation>&amp;Zeitzone des Vorfalls</translation>
    </message>
    <message>
        <source>&amp;UTC</source>
        <translation>&amp;UTC</translation>
    </message>
    <message>
        <source>&amp;Local Time</source>
        <translation>&amp;Ortszeit</translation>
    </message>
    <message>
        <source>T± From &amp;Trigger</source>
        <translation>T± ab &amp;Auslöser</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Five Whys</source>
        <translation>Fünf Warum</translation>
    </message>
    <message>
        <source>Defences</source>
        <translation>Schutzmaßnahmen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Sample Incident</source>
        <translation>&amp;Beispielvorfall öffnen</translation>
    </message>
    <message>
        <source>&amp;Import Events…</source>
        <translation>Ereignisse &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Add &amp;Event</source>
        <translation>&amp;Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>&amp;Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Quick Entry</source>
        <translation>&amp;Schnelleingabe</translation>
    </message>
    <message>
        <source>&amp;Filter Events</source>
        <translation>Ereignisse &amp;filtern</translation>
    </message>
    <message>
        <source>Incident sources (%1)</source>
        <translation>Vorfallsquellen (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>Ereignisse importieren</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>The unsaved changes cannot be restored: %1

The journal is kept: %2</source>
        <translation>Die ungespeicherten Änderungen können nicht wiederhergestellt werden: %1

Das Journal bleibt erhalten: %2</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved edit(s)</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung wiederhergestellt</numerusform>
            <numerusform>%n ungespeicherte Änderungen wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Causal Diagram</source>
        <translation>&amp;Kausaldiagramm</translation>
    </message>
    <message>
        <source>&amp;Post-Mortem</source>
        <translation>&amp;Post-Mortem</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes</source>
        <translation>%1 Fehler, %2 Warnungen, %3 Hinweise</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Causeway</source>
        <translation>%1[*] — Causeway</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The post-mortem has changes that are not saved. Save them before closing?</source>
        <translation>Das Post-Mortem hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Open Post-Mortem</source>
        <translation>Post-Mortem öffnen</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 could not be opened.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 konnte nicht geöffnet werden.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>The sample incident could not be read: %1</source>
        <translation>Der Beispielvorfall konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Save Post-Mortem</source>
        <translation>Post-Mortem speichern</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Configure Causeway…</source>
        <translation>Causeway &amp;einrichten…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>File Not Found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1 no longer exists; it has been removed from the recent files.</source>
        <translation>%1 existiert nicht mehr; die Datei wurde aus den zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 ist bereits geöffnet</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reloading %1 replaces the open post-mortem with the version on disk. Your unsaved edits are lost.

Reload anyway?</source>
        <translation>Neu laden von %1 ersetzt das offene Post-Mortem durch die Version auf der Festplatte. Ihre ungespeicherten Änderungen gehen verloren.

Trotzdem neu laden?</translation>
    </message>
    <message>
        <source>&amp;Discard Edits and Reload</source>
        <translation>Änderungen &amp;verwerfen und neu laden</translation>
    </message>
    <message>
        <source>Cannot Reload</source>
        <translation>Neu laden nicht möglich</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. The open post-mortem is kept.</source>
        <translation>%1 kann nicht gelesen werden: %2. Das offene Post-Mortem bleibt erhalten.</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 neu geladen</translation>
    </message>
    <message>
        <source>File Open in Another Window</source>
        <translation>Datei in einem anderen Fenster geöffnet</translation>
    </message>
    <message>
        <source>%1 is open in another window, where it may have unsaved edits.

Save it there, or close it there first, or choose another name.</source>
        <translation>%1 ist in einem anderen Fenster geöffnet und hat dort vielleicht ungespeicherte Änderungen.

Speichern Sie sie dort, schließen Sie sie dort zuerst, oder wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>causeway::MarkdownExporter</name>
    <message>
        <source>Markdown post-mortem (*.md)</source>
        <translation>Markdown-Post-Mortem (*.md)</translation>
    </message>
</context>
<context>
    <name>causeway::MarkdownPage</name>
    <message>
        <source>Untitled incident</source>
        <translation>Unbenannter Vorfall</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Incident-Commander</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Leadership edition: people are named by their roles; raw evidence and private notes are left out.</source>
        <translation>Ausgabe für die Leitungsebene: Personen werden mit ihren Rollen benannt; Rohbelege und private Notizen sind ausgelassen.</translation>
    </message>
    <message>
        <source>Anonymised: people are named by their roles.</source>
        <translation>Anonymisiert: Personen werden mit ihren Rollen benannt.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Noch nicht geschrieben.</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>Missed warning signs on the timeline</source>
        <translation>Übersehene Warnzeichen auf der Zeitleiste</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Defence</source>
        <translation>Schutzmaßnahme</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Adressiert durch</translation>
    </message>
    <message>
        <source>Why did this happen: %1?</source>
        <translation>Warum ist das passiert: %1?</translation>
    </message>
    <message>
        <source>Would our systems catch it? **%1**</source>
        <translation>Würden unsere Systeme es abfangen? **%1**</translation>
    </message>
    <message>
        <source>(the defence that would: %1)</source>
        <translation>(die Schutzmaßnahme, die es täte: %1)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>won&apos;t do</source>
        <translation>wird nicht gemacht</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressiert</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Keine Ereignisse.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Handelnde</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Untitled evidence</source>
        <translation>Unbenannter Beleg</translation>
    </message>
    <message>
        <source>An image (%1); it is shown in the PDF.</source>
        <translation>Ein Bild (%1); es wird im PDF gezeigt.</translation>
    </message>
</context>
<context>
    <name>causeway::MilestoneStrip</name>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;i&gt;not set&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;i&gt;nicht gesetzt&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source> (%1 %2)</source>
        <translation> (%1 %2)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Set a milestone from an event: right-click the event, Set as Milestone.</source>
        <translation>Setzen Sie einen Meilenstein aus einem Ereignis: Rechtsklick auf das Ereignis, „Als Meilenstein setzen“.</translation>
    </message>
</context>
<context>
    <name>causeway::NameRedactor</name>
    <message>
        <source>Participant</source>
        <translation>Beteiligte</translation>
    </message>
</context>
<context>
    <name>causeway::NodeCard</name>
    <message>
        <source>What is it, as a property of the system?</source>
        <translation>Was ist es, als Eigenschaft des Systems?</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Details and evidence (Markdown)</source>
        <translation>Details und Belege (Markdown)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Delete this node from the post-mortem and the diagram</source>
        <translation>Diesen Knoten aus dem Post-Mortem und dem Diagramm löschen</translation>
    </message>
    <message>
        <source>Delete node</source>
        <translation>Knoten löschen</translation>
    </message>
    <message>
        <source>Defence state</source>
        <translation>Zustand der Schutzmaßnahme</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>A why-chain ends here: a property of the system to change</source>
        <translation>Eine Warum-Kette endet hier: eine zu ändernde Eigenschaft des Systems</translation>
    </message>
    <message>
        <source>⚠ No evidence yet: link timeline events to it on the diagram</source>
        <translation>⚠ Noch kein Beleg: Verknüpfen Sie im Diagramm Ereignisse der Zeitleiste damit</translation>
    </message>
    <message>
        <source>Evidence: 1 timeline event</source>
        <translation>Beleg: 1 Ereignis der Zeitleiste</translation>
    </message>
    <message>
        <source>Evidence: %1 timeline events</source>
        <translation>Belege: %1 Ereignisse der Zeitleiste</translation>
    </message>
    <message>
        <source>Accepted risk: %1</source>
        <translation>Akzeptiertes Risiko: %1</translation>
    </message>
</context>
<context>
    <name>causeway::NodeListEditor</name>
    <message>
        <source>Add Trigger</source>
        <translation>Auslöser hinzufügen</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Add Defence</source>
        <translation>Schutzmaßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Add Warning Sign</source>
        <translation>Warnzeichen hinzufügen</translation>
    </message>
    <message>
        <source>Add Outcome</source>
        <translation>Ergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Add Open Question</source>
        <translation>Offene Frage hinzufügen</translation>
    </message>
    <message>
        <source>New trigger</source>
        <translation>Neuer Auslöser</translation>
    </message>
    <message>
        <source>New condition</source>
        <translation>Neue Bedingung</translation>
    </message>
    <message>
        <source>New defence</source>
        <translation>Neue Schutzmaßnahme</translation>
    </message>
    <message>
        <source>New warning sign</source>
        <translation>Neues Warnzeichen</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Neues Ergebnis</translation>
    </message>
    <message>
        <source>New open question</source>
        <translation>Neue offene Frage</translation>
    </message>
    <message>
        <source>Adds it here and on the causal diagram</source>
        <translation>Fügt es hier und im Kausaldiagramm hinzu</translation>
    </message>
    <message>
        <source>No %1 yet.</source>
        <translation>Noch kein(e) %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>causeway::PdfExporter</name>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot start a PDF</source>
        <translation>Ein PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Cannot link the report&apos;s sections: %1</source>
        <translation>Die Abschnitte des Berichts können nicht verlinkt werden: %1</translation>
    </message>
    <message>
        <source>Leadership edition</source>
        <translation>Ausgabe für die Leitungsebene</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisiert</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Blameless post-mortem</source>
        <translation>Schuldfreies Post-Mortem</translation>
    </message>
</context>
<context>
    <name>causeway::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
</context>
<context>
    <name>causeway::PngExporter</name>
    <message>
        <source>Causal diagram as PNG (*.png)</source>
        <translation>Kausaldiagramm als PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot draw the diagram as PNG: %1</source>
        <translation>Das Diagramm kann nicht als PNG gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>the picture is too large</source>
        <translation>das Bild ist zu groß</translation>
    </message>
</context>
<context>
    <name>causeway::PresentMode</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Walk through the incident full screen, for a review meeting (F5; Esc leaves)</source>
        <translation>Den Vorfall im Vollbild durchgehen, für ein Review-Meeting (F5; Esc beendet)</translation>
    </message>
</context>
<context>
    <name>causeway::PresentationDiagram</name>
    <message>
        <source>Causal diagram, revealed step by step</source>
        <translation>Kausaldiagramm, Schritt für Schritt aufgedeckt</translation>
    </message>
</context>
<context>
    <name>causeway::PresentationTimeline</name>
    <message>
        <source>Timeline, event by event</source>
        <translation>Zeitleiste, Ereignis für Ereignis</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier event(s)</source>
        <translation>
            <numerusform>… %n früheres Ereignis</numerusform>
            <numerusform>… %n frühere Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>EVIDENCE FOR</source>
        <translation>BELEGE DAFÜR</translation>
    </message>
</context>
<context>
    <name>causeway::PresentationView</name>
    <message>
        <source>Presentation — Causeway</source>
        <translation>Präsentation — Causeway</translation>
    </message>
    <message>
        <source>Step event by event, or milestone by milestone (M)</source>
        <translation>Ereignis für Ereignis oder Meilenstein für Meilenstein weiterschalten (M)</translation>
    </message>
    <message>
        <source>Blameless screen share: roles instead of names, private notes hidden (B)</source>
        <translation>Schuldfreie Bildschirmfreigabe: Rollen statt Namen, private Notizen verborgen (B)</translation>
    </message>
    <message>
        <source>Blameless screen share: people are shown by their roles; private notes are hidden.</source>
        <translation>Schuldfreie Bildschirmfreigabe: Personen werden mit ihren Rollen gezeigt; private Notizen sind verborgen.</translation>
    </message>
    <message>
        <source>→ / Page Down next   ·   ← / Page Up back   ·   Home / End   ·   M milestones   ·   B blameless   ·   Ctrl +/− type size   ·   Esc leave</source>
        <translation>→ / Bild ab weiter   ·   ← / Bild auf zurück   ·   Pos1 / Ende   ·   M Meilensteine   ·   B schuldfrei   ·   Strg +/− Schriftgröße   ·   Esc beenden</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Events or Milestones</source>
        <translation>Ereignisse oder Meilensteine</translation>
    </message>
    <message>
        <source>Blameless Screen Share</source>
        <translation>Schuldfreie Bildschirmfreigabe</translation>
    </message>
    <message>
        <source>Larger Type</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Smaller Type</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Normal Type Size</source>
        <translation>Normale Schriftgröße</translation>
    </message>
    <message>
        <source>Leave Presentation</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>By milestone (M)</source>
        <translation>Nach Meilenstein (M)</translation>
    </message>
    <message>
        <source>By event (M)</source>
        <translation>Nach Ereignis (M)</translation>
    </message>
    <message>
        <source>Blameless: on (B)</source>
        <translation>Schuldfrei: an (B)</translation>
    </message>
    <message>
        <source>Blameless: off (B)</source>
        <translation>Schuldfrei: aus (B)</translation>
    </message>
    <message>
        <source>The timeline has no events yet.</source>
        <translation>Die Zeitleiste hat noch keine Ereignisse.</translation>
    </message>
    <message>
        <source>Milestone %1 of %2</source>
        <translation>Meilenstein %1 von %2</translation>
    </message>
    <message>
        <source>Event %1 of %2</source>
        <translation>Ereignis %1 von %2</translation>
    </message>
</context>
<context>
    <name>causeway::RecentFiles</name>
    <message>
        <source>&amp;%1 %2  (%3)</source>
        <translation>&amp;%1 %2  (%3)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>causeway::RecoveryJournal</name>
    <message>
        <source>Cannot write the recovery journal %1: the folder cannot be written</source>
        <translation>Das Wiederherstellungsjournal %1 kann nicht geschrieben werden: Der Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Cannot write the recovery journal %1: %2. Edits are not protected against a crash; save often.</source>
        <translation>Das Wiederherstellungsjournal %1 kann nicht geschrieben werden: %2. Änderungen sind nicht gegen einen Absturz geschützt; speichern Sie oft.</translation>
    </message>
</context>
<context>
    <name>causeway::SettingsDialog</name>
    <message>
        <source>Configure Causeway</source>
        <translation>Causeway einrichten</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s colours; Light and Dark use Causeway&apos;s own.</source>
        <translation>System folgt den Farben der Arbeitsumgebung; Hell und Dunkel verwenden die eigenen von Causeway.</translation>
    </message>
    <message>
        <source>The time zone a new post-mortem starts in; each document can change its own.</source>
        <translation>Die Zeitzone, mit der ein neues Post-Mortem beginnt; jedes Dokument kann seine eigene ändern.</translation>
    </message>
    <message>
        <source>The sections the post-mortem form of a new document shows.</source>
        <translation>Die Abschnitte, die das Post-Mortem-Formular eines neuen Dokuments zeigt.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&lt;b&gt;New documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neue Dokumente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Form t&amp;emplate:</source>
        <translation>Formular&amp;vorlage:</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows; expected an IANA name such as Europe/Berlin or UTC.</source>
        <translation>„%1“ ist keine Zeitzone, die dieses System kennt; erwartet ein IANA-Name wie Europe/Berlin oder UTC.</translation>
    </message>
</context>
<context>
    <name>causeway::SvgExporter</name>
    <message>
        <source>Causal diagram as SVG (*.svg)</source>
        <translation>Kausaldiagramm als SVG (*.svg)</translation>
    </message>
    <message>
        <source>Cannot draw the diagram as SVG</source>
        <translation>Das Diagramm kann nicht als SVG gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>causeway::TimeFormatter</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Time (local, %1)</source>
        <translation>Zeit (lokal, %1)</translation>
    </message>
    <message>
        <source>Time since trigger</source>
        <translation>Zeit seit dem Auslöser</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
</context>
<context>
    <name>causeway::TimelineFilterBar</name>
    <message>
        <source>Filter events…</source>
        <translation>Ereignisse filtern …</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Text filtern</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Handelnde</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Show only events between two times</source>
        <translation>Nur Ereignisse zwischen zwei Zeitpunkten zeigen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>%1 / %2 events</source>
        <translation>%1 / %2 Ereignisse</translation>
    </message>
    <message>
        <source>From, in %1</source>
        <translation>Von, in %1</translation>
    </message>
    <message>
        <source>To, in %1</source>
        <translation>Bis, in %1</translation>
    </message>
</context>
<context>
    <name>causeway::TimelineModel</name>
    <message>
        <source>As recorded: %1</source>
        <translation>Wie erfasst: %1</translation>
    </message>
    <message>
        <source>Until %1 (%2)</source>
        <translation>Bis %1 (%2)</translation>
    </message>
    <message>
        <source>%1

Private note: %2</source>
        <translation>%1

Private Notiz: %2</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>getippt</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Handelnde</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Stützt</translation>
    </message>
</context>
<context>
    <name>causeway::TimelineView</name>
    <message>
        <source>Quick entry: &quot;14:03 deploy started&quot;, &quot;+5m rollback begun&quot;, &quot;2026-03-02 14:03:10Z paged the DBA&quot;</source>
        <translation>Schnelleingabe: „14:03 Deployment gestartet“, „+5m Rollback begonnen“, „2026-03-02 14:03:10Z DBA angepiept“</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Schnelleingabe</translation>
    </message>
    <message>
        <source>Incident zone</source>
        <translation>Zeitzone des Vorfalls</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>T± from trigger</source>
        <translation>T± ab Auslöser</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>Zeiten anzeigen in</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Delete Events</source>
        <translation>Ereignisse löschen</translation>
    </message>
    <message>
        <source>Copy Events</source>
        <translation>Ereignisse kopieren</translation>
    </message>
    <message>
        <source>Paste Chat as Events</source>
        <translation>Chat als Ereignisse einfügen</translation>
    </message>
    <message>
        <source>Times in:</source>
        <translation>Zeiten in:</translation>
    </message>
    <message>
        <source>Select two events to see the time between them.</source>
        <translation>Wählen Sie zwei Ereignisse aus, um die Zeit zwischen ihnen zu sehen.</translation>
    </message>
    <message>
        <source>1 event selected</source>
        <translation>1 Ereignis ausgewählt</translation>
    </message>
    <message>
        <source>%1 events selected, %2 from the first to the last</source>
        <translation>%1 Ereignisse ausgewählt, %2 vom ersten bis zum letzten</translation>
    </message>
    <message>
        <source>Paste 1 Event</source>
        <translation>1 Ereignis einfügen</translation>
    </message>
    <message>
        <source>Paste %1 Events</source>
        <translation>%1 Ereignisse einfügen</translation>
    </message>
    <message>
        <source>Pasted 1 event</source>
        <translation>1 Ereignis eingefügt</translation>
    </message>
    <message>
        <source>Pasted %1 events</source>
        <translation>%1 Ereignisse eingefügt</translation>
    </message>
    <message>
        <source>; %1 lines left out (line %2: %3)</source>
        <translation>; %1 Zeilen ausgelassen (Zeile %2: %3)</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <source>Change Flags</source>
        <translation>Markierungen ändern</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Change Kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <source>&amp;Trigger</source>
        <translation>&amp;Auslöser</translation>
    </message>
    <message>
        <source>&amp;Missed Warning Sign</source>
        <translation>Über&amp;sehenes Warnzeichen</translation>
    </message>
    <message>
        <source>Key &amp;Moment</source>
        <translation>Schlüssel&amp;moment</translation>
    </message>
    <message>
        <source>Set as &amp;Milestone</source>
        <translation>Als &amp;Meilenstein setzen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>&amp;Evidence For</source>
        <translation>&amp;Beleg für</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste Chat as Events</source>
        <translation>Chat als Ereignisse ein&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>causeway::ViewZoom</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>On the Causal Diagram tab: zoom the canvas. Elsewhere: the size of the text.</source>
        <translation>Auf dem Reiter Kausaldiagramm: die Zeichenfläche zoomen. Anderswo: die Textgröße.</translation>
    </message>
</context>
<context>
    <name>causeway::WhysSummary</name>
    <message>
        <source>Why: “%1”?</source>
        <translation>Warum: „%1“?</translation>
    </message>
    <message>
        <source>Because: %1</source>
        <translation>Weil: %1</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>(cycle)</source>
        <translation>(Zyklus)</translation>
    </message>
    <message>
        <source>The chain stops here without a root cause: ask why once more.</source>
        <translation>Die Kette endet hier ohne Grundursache: Fragen Sie noch einmal warum.</translation>
    </message>
    <message>
        <source>No why-steps yet. On the causal diagram, mark the links from the outcome back to a root cause as why-steps.</source>
        <translation>Noch keine Warum-Schritte. Markieren Sie im Kausaldiagramm die Verknüpfungen vom Ergebnis zurück zu einer Grundursache als Warum-Schritte.</translation>
    </message>
    <message>
        <source>(answered above)</source>
        <translation>(oben beantwortet)</translation>
    </message>
</context>
<context>
    <name>causeway::exportTo</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>causeway::mermaidFlowchart</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>%1 · why</source>
        <translation>%1 · warum</translation>
    </message>
</context>
<context>
    <name>causeway::report::ReportWriter</name>
    <message>
        <source>POST-MORTEM</source>
        <translation>POST-MORTEM</translation>
    </message>
    <message>
        <source>LEADERSHIP EDITION</source>
        <translation>AUSGABE FÜR DIE LEITUNGSEBENE</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>Unbenannter Vorfall</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Commander</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Read the full summary</source>
        <translation>Die vollständige Zusammenfassung lesen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>customers affected</source>
        <translation>betroffene Kunden</translation>
    </message>
    <message>
        <source>failed requests</source>
        <translation>fehlgeschlagene Anfragen</translation>
    </message>
    <message>
        <source>revenue at risk</source>
        <translation>gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Direct trigger</source>
        <translation>Direkter Auslöser</translation>
    </message>
    <message>
        <source>Main conditions</source>
        <translation>Wichtigste Bedingungen</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>and %1 more.</source>
        <translation>und %1 weitere.</translation>
    </message>
    <message>
        <source>All conditions</source>
        <translation>Alle Bedingungen</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Korrekturmaßnahmen</translation>
    </message>
    <message>
        <source>%1 actions, %2 done, owned by %3.</source>
        <translation>%1 Maßnahmen, %2 erledigt, verantwortet von %3.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemandem</translation>
    </message>
    <message>
        <source>In this report</source>
        <translation>In diesem Bericht</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Noch nicht geschrieben.</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>Missed warning signs on the timeline</source>
        <translation>Übersehene Warnzeichen auf der Zeitleiste</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>no action</source>
        <translation>keine Maßnahme</translation>
    </message>
    <message>
        <source>Defence</source>
        <translation>Schutzmaßnahme</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Adressiert durch</translation>
    </message>
    <message>
        <source>Why did this happen: %1?</source>
        <translation>Warum ist das passiert: %1?</translation>
    </message>
    <message>
        <source>If a different engineer made the same mistake, would our systems catch it?</source>
        <translation>Würden unsere Systeme es abfangen, wenn ein anderer Ingenieur denselben Fehler machte?</translation>
    </message>
    <message>
        <source>Human action</source>
        <translation>Menschliche Handlung</translation>
    </message>
    <message>
        <source>Caught?</source>
        <translation>Abgefangen?</translation>
    </message>
    <message>
        <source>Defence that would catch it</source>
        <translation>Schutzmaßnahme, die es abfangen würde</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>The diagram is turned sideways to fit the page.</source>
        <translation>Das Diagramm ist gedreht, damit es auf die Seite passt.</translation>
    </message>
    <message>
        <source>The diagram is split over %1 pages, read left to right and top to bottom.</source>
        <translation>Das Diagramm ist auf %1 Seiten aufgeteilt, zu lesen von links nach rechts und von oben nach unten.</translation>
    </message>
    <message>
        <source>Part %1 of %2 (row %3, column %4)</source>
        <translation>Teil %1 von %2 (Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority · type</source>
        <translation>Priorität · Typ</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressiert</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Keine Ereignisse.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Handelnde</translation>
    </message>
    <message>
        <source>Untitled evidence</source>
        <translation>Unbenannter Beleg</translation>
    </message>
</context>
<context>
    <name>causeway::reportOutline</name>
    <message>
        <source>Causal diagram</source>
        <translation>Kausaldiagramm</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>causeway: --view: expected timeline, diagram or form, got &quot;%1&quot;</source>
        <translation>causeway: --view: erwartet timeline, diagram oder form, erhalten „%1“</translation>
    </message>
    <message>
        <source>causeway: --theme: expected system, light or dark, got &quot;%1&quot;</source>
        <translation>causeway: --theme: erwartet system, light oder dark, erhalten „%1“</translation>
    </message>
</context>
</TS>
