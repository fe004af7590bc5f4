// SPDX-License-Identifier: GPL-3.0-or-later
// JSON Lines import at scale: writes a Timesketch-style JSONL file of N MiB (default 200), times
// `cat FILE > /dev/null` on it (cold, with the file evicted from the page cache, and warm), then
// imports it cold and warm and reports MB/s, the ratio to cat and memory. The raw file is never held
// in memory. Run by hand:
//   build/qt6/bin/bench_import [MiB]
#include "benchmarkutil.h"
#include "document.h"
#include "import/importers.h"
#include "import/importplan.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

#include <fcntl.h>
#include <unistd.h>

using namespace causeway;
using namespace causeway::bench;

namespace {

/// Drops \a path's pages from the page cache (this file only), so that the next read is cold.
void evictFromPageCache(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return;
    fdatasync(fd);
    posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

/// Wall-clock milliseconds of `cat FILE > /dev/null`, run by the shell; -1 when it fails.
double catToDevNull(const QString &path)
{
    QElapsedTimer t;
    t.start();
    const QByteArray command = "cat '" + QFile::encodeName(path) + "' > /dev/null";
    if (std::system(command.constData()) != 0)
        return -1;
    return elapsedMs(t);
}

} // namespace

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

    // What reading the file costs by itself, the speed no importer can beat: `cat FILE > /dev/null`
    // run as it is, first with the file out of the page cache (as after a download to disk), then
    // from the cache, as the importer below reads it.
    evictFromPageCache(path);
    const double catColdMs = catToDevNull(path);
    double catMs = 0;
    for (int i = 0; i < 3; ++i) {
        const double ms = catToDevNull(path);
        catMs = i == 0 ? ms : qMin(catMs, ms);
    }
    if (catColdMs < 0 || catMs <= 0)
        return 1;
    report("cat FILE > /dev/null, cold (file evicted)", catColdMs,
        QStringLiteral("%1 MB/s").arg(size / 1e6 / (catColdMs / 1000), 0, 'f', 0));
    report("cat FILE > /dev/null, warm (best of 3)", catMs,
        QStringLiteral("%1 MB/s").arg(size / 1e6 / (catMs / 1000), 0, 'f', 0));

    // Read once from disk (the file evicted again) and once from the page cache: the cold figure is
    // what a log fresh from a download costs, the warm one what the importer itself costs.
    const auto importOnce = [&](const char *name, double catReference, ImportBatch *batch, Stopwatch *t) {
        QString error;
        const ImportProgress progress;
        t->start();
        if (!importerNamed(QStringLiteral("jsonl"))->read(path, ImportOptions(), *batch, progress, &error)) {
            std::printf("import failed: %s\n", qPrintable(error));
            return false;
        }
        report(name, *t,
            QStringLiteral("%1 events, %2 MB/s (%3x the time of that cat), %4 MB/s of CPU time, RSS %5 MiB")
                .arg(batch->events.size())
                .arg(size / 1e6 / (t->wallMs() / 1000), 0, 'f', 1)
                .arg(t->wallMs() / catReference, 0, 'f', 1)
                .arg(size / 1e6 / (t->cpuMs() / 1000), 0, 'f', 1)
                .arg(rssMiB(), 0, 'f', 0));
        return true;
    };
    Stopwatch t;
    {
        evictFromPageCache(path);
        ImportBatch cold;
        if (!importOnce("read (parse) JSONL, cold", catColdMs, &cold, &t))
            return 1;
    }
    ImportBatch batch;
    if (!importOnce("read (parse) JSONL, warm", catMs, &batch, &t))
        return 1;
    const double readMs = t.wallMs();
    std::printf("RSS before reading %.0f MiB\n", before);

    Document document;
    t.start();
    ImportPlan plan = planImport(document, std::move(batch.events));
    report("plan (repeat check)", t);
    const double planMs = t.wallMs();
    t.start();
    applyImport(document, std::move(plan), QStringLiteral("timeline.jsonl"));
    report("add to document (one undo step)", t);
    std::printf("total %.1f ms (warm read, plan, add); peak RSS %.0f MiB\n", readMs + planMs + elapsedMs(t),
        peakRssMiB());
    return 0;
}
