// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "checkcommand.h"
#include "document.h"
#include "format/documentfile.h"
#include "import/importers.h"
#include "import/importplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <QTimeZone>

namespace causeway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway", text);
}

QString formatList()
{
    QStringList lines;
    for (const Importer *importer : allImporters())
        lines << QStringLiteral("  %1  %2").arg(importer->name().leftJustified(12), importer->description());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Appends events from incident sources to a Causeway document.\n\nFormats:\n") + formatList() +
        tr("\n\nTimesketch/Plaso CSV and l2tcsv are recognised from their header; other CSV files name their "
           "columns:\n  causeway import --format csv deploys.csv --into incident.causeway --zone "
           "Europe/Berlin "
           "\\\n    --time-column when --text-column what --time-format \"dd/MM/yyyy HH:mm:ss\"\n"
           "Logs and RFC 3164 syslog without a year or a zone need --year and --zone."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(
        QStringLiteral("format"), tr("The source format (see the list above)."), QStringLiteral("FORMAT"));
    const QCommandLineOption intoOption(QStringLiteral("into"),
        tr("The document to append to; created when it does not exist."), QStringLiteral("FILE"));
    const QCommandLineOption zoneOption(QStringLiteral("zone"),
        tr("The IANA time zone of timestamps that carry none (e.g. Europe/Berlin)."), QStringLiteral("ZONE"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
        tr("The year of timestamps that carry none (RFC 3164 syslog, \"Apr 14 10:02:13\" in logs)."),
        QStringLiteral("YEAR"));
    // CSV files other than Timesketch/Plaso CSV say which column is which.
    const QCommandLineOption timeColumnOption(QStringLiteral("time-column"),
        tr("CSV: the column that holds the time (a header name)."), QStringLiteral("NAME"));
    const QCommandLineOption textColumnOption(QStringLiteral("text-column"),
        tr("CSV: the column that holds what happened."), QStringLiteral("NAME"));
    const QCommandLineOption actorColumnOption(QStringLiteral("actor-column"),
        tr("CSV: the column that holds who or what acted (optional)."), QStringLiteral("NAME"));
    const QCommandLineOption kindColumnOption(QStringLiteral("kind-column"),
        tr("CSV: the column that holds the event kind: alert, action, communication, deploy, observation, "
           "decision or milestone; other values become tags (optional)."),
        QStringLiteral("NAME"));
    const QCommandLineOption timeFormatOption(QStringLiteral("time-format"),
        tr("CSV: how the time column writes times, as a Qt date-time format such as \"dd/MM/yyyy HH:mm:ss\" "
           "(default: ISO 8601)."),
        QStringLiteral("FORMAT"));
    parser.addOptions({ formatOption, intoOption, zoneOption, yearOption, timeColumnOption, textColumnOption,
        actorColumnOption, kindColumnOption, timeFormatOption });
    parser.addPositionalArgument(
        QStringLiteral("SOURCE"), tr("Files (or folders) to import."), QStringLiteral("SOURCE..."));
    if (!parser.parse(arguments)) {
        err << "causeway import: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(
            QCoreApplication::arguments().constFirst(), QStringLiteral("causeway import"));
        return ExitOk;
    }

    const QString format = parser.value(formatOption);
    const Importer *importer = importerNamed(format);
    const QStringList sources = parser.positionalArguments();
    const QString into = parser.value(intoOption);
    ImportOptions options;
    options.zone = parser.value(zoneOption);
    bool yearOk = true;
    if (parser.isSet(yearOption))
        options.year = parser.value(yearOption).toInt(&yearOk);
    options.csv.timeColumn = parser.value(timeColumnOption);
    options.csv.textColumn = parser.value(textColumnOption);
    options.csv.actorColumn = parser.value(actorColumnOption);
    options.csv.kindColumn = parser.value(kindColumnOption);
    options.csv.timeFormat = parser.value(timeFormatOption);
    QString usage;
    if (!importer)
        usage = format.isEmpty() ? tr("no --format given") : tr("unknown format \"%1\"").arg(format);
    else if (sources.isEmpty())
        usage = tr("no SOURCE given");
    else if (into.isEmpty())
        usage = tr("no --into FILE given");
    else if (!options.zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(options.zone.toUtf8()))
        usage = tr("--zone: \"%1\" is not an IANA time-zone id such as Europe/Berlin").arg(options.zone);
    else if (!yearOk || (parser.isSet(yearOption) && (options.year < 1970 || options.year > 9999)))
        usage = tr("--year: expected a year such as 2026, got \"%1\"").arg(parser.value(yearOption));
    if (!usage.isEmpty()) {
        err << "causeway import: " << usage << '\n'
            << tr("Usage: causeway import --format FORMAT SOURCE... --into FILE [--zone ZONE] [--year YEAR]\n"
                  "       [--time-column NAME --text-column NAME [--actor-column NAME] [--kind-column NAME]\n"
                  "        [--time-format FORMAT]]")
            << "\n"
            << tr("Formats:") << '\n'
            << formatList() << '\n';
        return ExitUsage;
    }

    std::unique_ptr<Document> document;
    if (QFileInfo::exists(into)) {
        LoadResult loaded = loadDocument(into);
        if (!loaded.document) {
            for (const LoadError &e : loaded.errors)
                err << e.toString(into) << '\n';
            return ExitLoadError;
        }
        document = std::move(loaded.document);
    } else {
        document = std::make_unique<Document>();
        if (!options.zone.isEmpty()) {
            Incident incident = document->incident();
            incident.zone = options.zone;
            document->changeIncident(incident);
        }
    }

    int added = 0;
    int readable = 0;
    int failedSources = 0;
    const ImportProgress progress;
    for (const QString &source : sources) {
        ImportBatch batch;
        QString error;
        if (!importer->read(source, options, batch, progress, &error)) {
            err << error << '\n';
            ++failedSources;
            continue;
        }
        for (const SkippedRecord &skipped : batch.skipped)
            err << skipped.toString() << '\n';
        for (const QString &assumption : batch.assumptions)
            out << assumption << '\n';
        readable += batch.events.size();
        const int read = batch.events.size();
        ImportPlan plan = planImport(*document, std::move(batch.events));
        const int duplicates = plan.duplicates;
        const int adding = plan.toAdd.size();
        applyImport(*document, std::move(plan), QFileInfo(source).fileName());
        added += adding;
        out << tr("%1: %2 read, %3 added, %4 already in the document, %5 skipped")
                   .arg(source)
                   .arg(read)
                   .arg(adding)
                   .arg(duplicates)
                   .arg(batch.skipped.size())
            << '\n';
    }

    // Nothing added: the file is left as it was, and not created when it did not exist.
    if (added > 0) {
        QString error;
        if (!saveDocument(*document, into, &error)) {
            err << error << '\n';
            return ExitLoadError;
        }
    }
    const QString summary =
        added == 1 ? tr("%1: 1 event added").arg(into) : tr("%1: %2 events added").arg(into).arg(added);
    out << summary << '\n';
    // Nothing readable at all is a failure; only repeats of what is there already is not.
    if (readable == 0 || failedSources == sources.size())
        return ExitNothingImported;
    return ExitOk;
}

} // namespace causeway
