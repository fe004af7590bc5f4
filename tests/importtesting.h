// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the importer tests share: running an importer on a file or on bytes written by the test, a
// batch that already holds something (an importer appends, and leaves the batch exactly as it was
// when it fails), and one-line descriptions of events, skips and batches, so that a failing
// comparison of a whole table shows what differs.

#include "enumnames.h"
#include "import/importer.h"
#include "import/importers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace causeway::testing {

/// A batch that already holds an event, a skipped record and an assumption, as a batch does when
/// several sources are imported in turn: a read() that fails must leave all three as they were.
inline ImportBatch sentinelBatch()
{
    ImportBatch batch;
    TimelineEvent e;
    e.time = Instant::parseRfc3339(QStringLiteral("2026-04-14T10:02:13.418+02:00"));
    e.kind = EventKind::Deploy;
    e.actor = QStringLiteral("deploy pipeline");
    e.text = QStringLiteral("Production deploy 5534 of orders-api started");
    e.source = { SourceType::Imported, QStringLiteral("jsonl"), QStringLiteral("deploy.jsonl"), 7 };
    batch.events << e;
    batch.skipped << SkippedRecord { QStringLiteral("deploy.jsonl"), 9, QStringLiteral("not valid UTF-8") };
    batch.assumptions << QStringLiteral("deploy.jsonl: times without a zone were read as Europe/Berlin");
    return batch;
}

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

/// One event as one line, every field an importer sets: a failing comparison shows what differs.
inline QString describeEvent(const TimelineEvent &e)
{
    return QStringLiteral("%1 %2 [%3] actor=%4 text=%5 tags=%6 source=%7/%8/%9:%10")
        .arg(e.time.isValid() ? e.time.toRfc3339() : QStringLiteral("-"),
            e.end.isValid() ? e.end.toRfc3339() : QStringLiteral("-"),
            QLatin1String(EnumNames<EventKind>::names[int(e.kind)]), e.actor, e.text,
            e.tags.join(QLatin1Char(',')), QLatin1String(EnumNames<SourceType>::names[int(e.source.type)]),
            e.source.format, e.source.file)
        .arg(e.source.line);
}

/// Everything a batch holds, as lines.
inline QStringList describeBatch(const ImportBatch &batch)
{
    QStringList lines;
    for (const TimelineEvent &e : batch.events)
        lines << QStringLiteral("event: ") + describeEvent(e);
    for (const SkippedRecord &s : batch.skipped)
        lines << QStringLiteral("skipped: ") + s.toString();
    for (const QString &a : batch.assumptions)
        lines << QStringLiteral("assumed: ") + a;
    return lines;
}

inline bool sameEvents(const QVector<TimelineEvent> &a, const QVector<TimelineEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id || TimelineEvent::diff(a.at(i), b.at(i)) != TimelineEvent::Fields())
            return false;
    }
    return true;
}

inline bool sameBatch(const ImportBatch &a, const ImportBatch &b)
{
    if (!sameEvents(a.events, b.events) || a.assumptions != b.assumptions ||
        a.skipped.size() != b.skipped.size())
        return false;
    for (int i = 0; i < a.skipped.size(); ++i) {
        if (a.skipped.at(i).toString() != b.skipped.at(i).toString())
            return false;
    }
    return true;
}

inline QStringList skippedLines(const ImportBatch &batch)
{
    QStringList lines;
    for (const SkippedRecord &record : batch.skipped)
        lines << record.toString();
    return lines;
}

/// Compares found lines with expected ones; an expected line ending in "*" matches any ending.
inline bool linesMatch(const QStringList &found, const QStringList &expected)
{
    if (found.size() != expected.size())
        return false;
    for (int i = 0; i < found.size(); ++i) {
        const QString &want = expected.at(i);
        if (want.endsWith(QLatin1Char('*')) ? !found.at(i).startsWith(want.left(want.size() - 1))
                                            : found.at(i) != want)
            return false;
    }
    return true;
}

/// Writes \a bytes to \a path (creating folders); false when that fails.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Runs \a importer on \a source without progress reporting; \a batch starts as sentinelBatch().
struct ReadOutcome
{
    bool ok = false;
    QString error;
    ImportBatch batch = sentinelBatch();
    /// The events, skips and assumptions this read() added to the sentinel batch.
    ImportBatch added() const
    {
        ImportBatch result;
        const ImportBatch sentinel = sentinelBatch();
        result.events = batch.events.mid(sentinel.events.size());
        result.skipped = batch.skipped.mid(sentinel.skipped.size());
        result.assumptions = batch.assumptions.mid(sentinel.assumptions.size());
        return result;
    }
};

inline ReadOutcome readSource(
    const Importer &importer, const QString &source, const ImportOptions &options = {})
{
    ReadOutcome outcome;
    const ImportProgress progress;
    outcome.ok = importer.read(source, options, outcome.batch, progress, &outcome.error);
    return outcome;
}

/// "2026-04-14T08:24:02.190329Z" and friends, for test tables.
inline Instant instant(const char *rfc3339)
{
    return Instant::parseRfc3339(QString::fromLatin1(rfc3339));
}

} // namespace causeway::testing
