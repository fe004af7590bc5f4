// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the importer tests share: running an importer on bytes or on a fixture, one-line
// descriptions of events and skipped records to compare whole tables at once, and a batch that
// must come back unchanged when a read fails.

#include "enumnames.h"
#include "import/importer.h"
#include "import/importers.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace causeway::testing {

/**
 * An event in one line: `line | time | kind | actor | text | tags`. The time is RFC 3339 in the
 * offset the source used, with 0, 3 or 6 fraction digits, so it states microseconds and offset.
 */
inline QString describe(const TimelineEvent &e)
{
    return QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6")
        .arg(e.source.line)
        .arg(e.time.toRfc3339(), enumName(e.kind), e.actor, e.text, e.tags.join(QLatin1Char(',')));
}

inline QStringList describe(const QVector<TimelineEvent> &events)
{
    QStringList lines;
    for (const TimelineEvent &e : events)
        lines << describe(e);
    return lines;
}

inline QStringList describe(const QVector<SkippedRecord> &skipped)
{
    QStringList lines;
    for (const SkippedRecord &s : skipped)
        lines << s.toString();
    return lines;
}

/// A batch that already holds something, as when several sources are read into one.
inline ImportBatch sentinelBatch()
{
    ImportBatch batch;
    TimelineEvent e;
    e.time = Instant::parseRfc3339(QStringLiteral("2026-04-14T10:49:55+02:00"));
    e.text = QStringLiteral("Rollback complete on all 24 pods");
    e.source = { SourceType::Imported, QStringLiteral("jsonl"), QStringLiteral("earlier.jsonl"), 7 };
    batch.events.append(e);
    batch.skipped.append({ QStringLiteral("earlier.jsonl"), 3, QStringLiteral("not valid JSON") });
    batch.assumptions << QStringLiteral("earlier.jsonl: times without a zone were read as UTC");
    return batch;
}

inline bool isSentinelBatch(const ImportBatch &batch)
{
    const ImportBatch sentinel = sentinelBatch();
    return describe(batch.events) == describe(sentinel.events) &&
        describe(batch.skipped) == describe(sentinel.skipped) && batch.assumptions == sentinel.assumptions;
}

/// One run of an importer: what read() returned and said.
struct ImportRun
{
    bool ok = false;
    QString error; ///< with the source path written as SOURCE
    ImportBatch batch;
};

/// Writes files for a test into one temporary folder.
class Inputs
{
public:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

inline ImportRun runImporter(const QString &format, const QString &path, const ImportOptions &options = {},
    const ImportProgress &progress = ImportProgress())
{
    ImportRun run;
    const Importer *importer = importerNamed(format);
    if (!importer) {
        run.error = QStringLiteral("no importer named ") + format;
        return run;
    }
    run.ok = importer->read(path, options, run.batch, progress, &run.error);
    run.error.replace(path, QStringLiteral("SOURCE"));
    return run;
}

/// Checks what every imported event shares: imported, by this importer, from this file.
inline bool sourcesAre(const QVector<TimelineEvent> &events, const QString &format, const QString &file)
{
    for (const TimelineEvent &e : events) {
        if (e.source.type != SourceType::Imported || e.source.format != format || e.source.file != file)
            return false;
    }
    return true;
}

/// A file big enough for several progress reports (more than 64 KiB), made of one line repeated.
inline QByteArray repeated(const QByteArray &head, const QByteArray &line, int times)
{
    QByteArray bytes = head;
    bytes.reserve(head.size() + line.size() * times);
    for (int i = 0; i < times; ++i)
        bytes += line;
    return bytes;
}

/// Runs \a format on \a path twice: progress must be reported and reach the end; canceling (before
/// reading, and from the progress callback, as a dialog would) must fail and leave the batch alone.
inline void checkProgressAndCancel(const QString &format, const QString &path, const ImportOptions &options)
{
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size > 3 * (1 << 16));
    const Importer *importer = importerNamed(format);
    QVERIFY(importer);

    QVector<QPair<qint64, qint64>> reports;
    ImportProgress progress;
    progress.onProgress = [&](qint64 done, qint64 total) {
        reports.append({ done, total });
    };
    ImportBatch batch;
    QString error;
    QVERIFY2(importer->read(path, options, batch, progress, &error), qPrintable(error));
    QVERIFY(!batch.events.isEmpty());
    QVERIFY2(reports.size() >= 3, qPrintable(QString::number(reports.size())));
    for (int i = 0; i < reports.size(); ++i) {
        QCOMPARE(reports[i].second, size);
        QVERIFY(reports[i].first > 0 && reports[i].first <= size);
        if (i > 0)
            QVERIFY(reports[i].first >= reports[i - 1].first);
    }
    QCOMPARE(reports.last().first, size);

    ImportProgress canceledBefore;
    canceledBefore.canceled = true;
    batch = sentinelBatch();
    QVERIFY(!importer->read(path, options, batch, canceledBefore, &error));
    QCOMPARE(error, path + QStringLiteral(": import canceled"));
    QVERIFY(isSentinelBatch(batch));

    // Canceled half-way, with events read already: none of them may reach the batch.
    ImportProgress canceledLater;
    int calls = 0;
    canceledLater.onProgress = [&](qint64, qint64) {
        if (++calls == 2)
            canceledLater.canceled = true;
    };
    batch = sentinelBatch();
    error.clear();
    QVERIFY(!importer->read(path, options, batch, canceledLater, &error));
    QCOMPARE(error, path + QStringLiteral(": import canceled"));
    QCOMPARE(calls, 2);
    QVERIFY(isSentinelBatch(batch));
}

} // namespace causeway::testing
