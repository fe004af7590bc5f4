// SPDX-License-Identifier: GPL-3.0-or-later
// What the importer tests share: reading a file into a batch that already holds something (an
// importer appends, and leaves the batch as it was when it fails), and a readable form of a batch.
#pragma once

#include "enumnames.h"
#include "import/importer.h"

#include <QFile>
#include <QStringList>
#include <QTest>

namespace causeway {

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

/// A batch that already holds one of everything, to see that a read appends or changes nothing.
inline ImportBatch prefilledBatch()
{
    ImportBatch batch;
    TimelineEvent earlier;
    earlier.time = Instant::fromUtcMicroseconds(1776153600000000);
    earlier.text = QStringLiteral("an event of an earlier source");
    earlier.source = { SourceType::Imported, QStringLiteral("jsonl"), QStringLiteral("earlier.jsonl"), 3 };
    batch.events << earlier;
    batch.skipped << SkippedRecord { QStringLiteral("earlier.jsonl"), 4, QStringLiteral("a reason") };
    batch.assumptions << QStringLiteral("earlier.jsonl: an assumption");
    return batch;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace causeway
