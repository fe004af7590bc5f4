// SPDX-License-Identifier: GPL-3.0-or-later
// Opening and saving documents of 1,000, 100,000 and 1,000,000 events (or the sizes given). Each
// size is written once by causeway-gen's generator, then opened and saved again in a fresh process
// per run, so that each figure of peak memory belongs to that size and that run alone. Run by hand:
//   build/qt6/bin/bench_document [--runs R] [events ...]
// Results go to docs/benchmarks.md; nothing here is a pass/fail test.
#include "benchmarkutil.h"
#include "childprocess.h"
#include "document.h"
#include "format/documentfile.h"
#include "synthetic/syntheticincident.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <utility>

using namespace causeway;
using namespace causeway::bench;

namespace {

/// Child: writes a synthetic incident of \a events events to \a path.
int writeIncident(int events, const QString &path)
{
    SyntheticSpec spec;
    spec.events = events;
    Stopwatch t;
    auto document = std::make_unique<Document>(syntheticIncident(spec));
    std::printf("build-ms %.1f\n", t.wallMs());
    QString error;
    if (!saveDocument(*document, path, &error)) {
        std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

/// Child: opens \a path, then saves the opened document to \a copy, as a person would.
int openAndSave(const QString &path, const QString &copy)
{
    Stopwatch t;
    LoadResult loaded = loadDocument(path);
    if (!loaded.document) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(loaded.errors.value(0).toString()));
        return 1;
    }
    std::printf("open-ms %.1f\nopen-cpu-ms %.1f\nopen-rss-mib %.1f\nopen-peak-mib %.1f\n", t.wallMs(),
        t.cpuMs(), rssMiB(), peakRssMiB());
    t.start();
    QString error;
    if (!saveDocument(*loaded.document, copy, &error)) {
        std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("save-ms %.1f\nsave-cpu-ms %.1f\n", t.wallMs(), t.cpuMs());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--write"))
        return writeIncident(args.at(2).toInt(), args.at(3));
    if (args.size() == 4 && args.at(1) == QLatin1String("--open"))
        return openAndSave(args.at(2), args.at(3));

    int runs = 3;
    QVector<int> sizes;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args.at(++i).toInt());
        else
            sizes.append(args.at(i).toInt());
    }
    if (sizes.isEmpty())
        sizes = { 1000, 100000, 1000000 };
    std::printf("bench_document: open and save, %d runs per size, each in a fresh process; Qt %s\n", runs,
        qVersion());
    std::printf("%9s %9s | %-13s %-13s %-9s %-9s | %-13s %-13s %-9s\n", "events", "file MiB", "open ms",
        "open cpu ms", "RSS MiB", "peak MiB", "save ms", "save cpu ms", "peak MiB");

    QTemporaryDir dir;
    const QString self = QCoreApplication::applicationFilePath();
    for (const int events : std::as_const(sizes)) {
        const QString path = dir.filePath(QStringLiteral("incident-%1.causeway").arg(events));
        const QString copy = dir.filePath(QStringLiteral("copy-%1.causeway").arg(events));
        const ChildRun written = runChild(self, { QStringLiteral("--write"), QString::number(events), path });
        if (written.exitCode != 0) {
            std::printf("writing %d events failed\n", events);
            return 1;
        }
        QVector<double> openMs, openCpu, rss, openPeak, saveMs, saveCpu, peak;
        for (int run = 0; run < runs; ++run) {
            const ChildRun r = runChild(self, { QStringLiteral("--open"), path, copy });
            if (r.exitCode != 0) {
                std::printf("opening %d events failed\n", events);
                return 1;
            }
            openMs << r.value("open-ms");
            openCpu << r.value("open-cpu-ms");
            rss << r.value("open-rss-mib");
            openPeak << r.value("open-peak-mib");
            saveMs << r.value("save-ms");
            saveCpu << r.value("save-cpu-ms");
            peak << r.peakRssMiB;
        }
        std::printf("%9d %9.1f | %-13s %-13s %-9s %-9s | %-13s %-13s %-9s\n", events,
            QFileInfo(path).size() / 1048576.0, qPrintable(range(openMs)), qPrintable(range(openCpu)),
            qPrintable(range(rss)), qPrintable(range(openPeak)), qPrintable(range(saveMs)),
            qPrintable(range(saveCpu)), qPrintable(range(peak)));
        std::fflush(stdout);
    }
    std::printf(
        "RSS: resident after opening; peak: the process's highest, after opening and after saving too\n");
    return 0;
}
