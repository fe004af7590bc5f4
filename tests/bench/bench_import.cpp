// SPDX-License-Identifier: GPL-3.0-or-later
// JSON Lines import at scale: writes a Timesketch-style JSONL file of N MiB (default 200), then
// imports it and reports MB/s and memory. The raw file is never held in memory. Run by hand:
//   build/qt6/bin/bench_import [MiB]
#include "benchmarkutil.h"
#include "document.h"
#include "import/importers.h"
#include "import/importplan.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace causeway;
using namespace causeway::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 200;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timeline.jsonl"));
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        const QVector<TimelineEvent> sample = syntheticEvents(10000);
        qint64 written = 0;
        for (int i = 0; written < megabytes * 1048576; ++i) {
            const TimelineEvent &e = sample.at(i % sample.size());
            const Instant t = Instant::fromUtcMicroseconds(e.time.utcMicroseconds() + i, 0);
            const QByteArray line = "{\"message\": \"" + e.text.toUtf8() + " " + QByteArray::number(i) +
                "\", \"datetime\": \"" + t.toRfc3339().toUtf8() +
                "\", \"timestamp_desc\": \"Event Recorded\", \"hostname\": \"" + e.actor.toUtf8() + "\"}\n";
            written += out.write(line);
        }
    }
    const qint64 size = QFileInfo(path).size();
    std::printf("bench_import: %.0f MiB JSONL, Qt %s\n", size / 1048576.0, qVersion());
    const double before = rssMiB();

    // What reading the file costs by itself: the speed no importer can beat (`cat FILE > /dev/null`).
    Stopwatch t;
    t.start();
    {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return 1;
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        while (in.read(chunk.data(), chunk.size()) > 0) { }
    }
    const double catMs = elapsedMs(t);
    report(
        "cat FILE > /dev/null", catMs, QStringLiteral("%1 MB/s").arg(size / 1e6 / (catMs / 1000), 0, 'f', 0));

    t.start();
    ImportBatch batch;
    QString error;
    const ImportProgress progress;
    if (!importerNamed(QStringLiteral("jsonl"))->read(path, ImportOptions(), batch, progress, &error)) {
        std::printf("import failed: %s\n", qPrintable(error));
        return 1;
    }
    const double readMs = elapsedMs(t);
    const double readCpuMs = t.cpuMs();
    report("read (parse) JSONL", t,
        QStringLiteral("%1 events, %2 MB/s (%3x the time of cat), RSS %4 MiB (was %5)")
            .arg(batch.events.size())
            .arg(size / 1e6 / (readMs / 1000), 0, 'f', 1)
            .arg(readMs / catMs, 0, 'f', 1)
            .arg(rssMiB(), 0, 'f', 0)
            .arg(before, 0, 'f', 0));

    Document document;
    t.start();
    ImportPlan plan = planImport(document, std::move(batch.events));
    report("plan (repeat check)", t);
    t.start();
    applyImport(document, std::move(plan), QStringLiteral("timeline.jsonl"));
    report("add to document (one undo step)", t);
    std::printf("read at %.1f MB/s of CPU time\n", size / 1e6 / (readCpuMs / 1000));
    std::printf("total %.1f ms, %.1f MB/s end to end; peak RSS %.0f MiB\n", readMs + elapsedMs(t),
        size / 1e6 / ((readMs) / 1000), peakRssMiB());
    return 0;
}
