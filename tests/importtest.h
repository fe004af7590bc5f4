// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the importer tests (tst_import_*.cpp).

#include "import/importer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace causeway::importtest {

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

} // namespace causeway::importtest
