// SPDX-License-Identifier: GPL-3.0-or-later
// causeway-gen: writes synthetic incidents and raw logs of a given size, for benchmarks and tests.
//   causeway-gen incident --events N [--nodes N] [--links N] [--seed S] -o FILE.causeway
//   causeway-gen log --format jsonl|csv|syslog --size-mb N [--seed S] -o FILE
#include "document.h"
#include "format/documentwriter.h"
#include "synthetic/syntheticincident.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

using namespace causeway;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "causeway-gen: " << message << '\n';
    return 2;
}

bool number(const QCommandLineParser &parser, const QString &name, qint64 *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *out = parser.value(name).toLongLong(&ok);
    return ok && *out >= 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("causeway-gen"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes synthetic incidents and logs of a given size."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("incident or log"));
    const QList<QCommandLineOption> options = {
        { QStringLiteral("events"), QStringLiteral("Timeline events (incident)."), QStringLiteral("N"),
            QStringLiteral("1000") },
        { QStringLiteral("nodes"), QStringLiteral("Causal nodes (incident)."), QStringLiteral("N"),
            QStringLiteral("40") },
        { QStringLiteral("links"), QStringLiteral("Causal links (incident); default 1.5 per node."),
            QStringLiteral("N") },
        { QStringLiteral("format"), QStringLiteral("jsonl, csv or syslog (log)."), QStringLiteral("FORMAT"),
            QStringLiteral("jsonl") },
        { QStringLiteral("size-mb"), QStringLiteral("Size in MB (log)."), QStringLiteral("N"),
            QStringLiteral("10") },
        { QStringLiteral("seed"), QStringLiteral("Seed: the same seed writes the same file."),
            QStringLiteral("S"), QStringLiteral("1") },
        { { QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("The file to write."),
            QStringLiteral("FILE") },
    };
    parser.addOptions(options);
    parser.process(app);

    const QStringList what = parser.positionalArguments();
    if (what.size() != 1 || !parser.isSet(QStringLiteral("output")))
        return fail(QStringLiteral("usage: causeway-gen incident|log [options] -o FILE (see --help)"));
    qint64 events = 1000, nodes = 40, links = -1, sizeMb = 10, seed = 1;
    if (!number(parser, QStringLiteral("events"), &events) ||
        !number(parser, QStringLiteral("nodes"), &nodes) ||
        !number(parser, QStringLiteral("links"), &links) ||
        !number(parser, QStringLiteral("size-mb"), &sizeMb) || !number(parser, QStringLiteral("seed"), &seed))
        return fail(QStringLiteral(
            "--events, --nodes, --links, --size-mb and --seed take a whole number of 0 or more"));

    QSaveFile out(parser.value(QStringLiteral("output")));
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    if (what.first() == QLatin1String("incident")) {
        SyntheticSpec spec;
        spec.events = int(events);
        spec.nodes = int(nodes);
        spec.links = parser.isSet(QStringLiteral("links")) ? int(links) : -1;
        spec.seed = quint32(seed);
        const Document document(syntheticIncident(spec));
        if (!writeDocument(document, &out))
            return fail(QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    } else if (what.first() == QLatin1String("log")) {
        const QString format = parser.value(QStringLiteral("format"));
        const SyntheticLogFormat f = format == QLatin1String("csv") ? SyntheticLogFormat::Csv
            : format == QLatin1String("syslog")                     ? SyntheticLogFormat::Syslog
                                                                    : SyntheticLogFormat::Jsonl;
        if (f == SyntheticLogFormat::Jsonl && format != QLatin1String("jsonl"))
            return fail(QStringLiteral("--format: expected jsonl, csv or syslog, got \"%1\"").arg(format));
        if (writeSyntheticLog(&out, f, sizeMb * 1000 * 1000, quint32(seed)) < 0)
            return fail(QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    } else {
        return fail(QStringLiteral("expected incident or log, got \"%1\"").arg(what.first()));
    }
    if (!out.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()));
    return 0;
}
