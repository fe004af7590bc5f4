// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

#include <atomic>
#include <functional>

class QFile;

namespace causeway {

/// A line (or record) an importer left out, and why: shown as `file:line: reason`.
struct SkippedRecord
{
    QString file;
    qint64 line = 0; ///< 1-based; 0 when the record has no line (a JSON array element: see reason)
    QString reason;

    QString toString() const;
};

/// Column mapping for CSV files that are not Timesketch/Plaso CSV.
struct CsvMapping
{
    QString timeColumn; ///< header name of the time column (required)
    QString textColumn; ///< header name of the text column (required)
    QString actorColumn; ///< optional
    QString kindColumn; ///< optional; values are event kinds ("alert", "deploy", ...)
    QString timeFormat; ///< a QDateTime format ("dd/MM/yyyy HH:mm:ss"), or empty for ISO 8601
};

struct ImportOptions
{
    /// The zone for timestamps that carry none (RFC 3164 syslog, many logs and CSV files). Empty:
    /// such timestamps are an error for the record, so nothing is silently assumed.
    QString zone;
    /// The year for formats that have none (RFC 3164 syslog). 0: asked for, an error if needed.
    int year = 0;
    CsvMapping csv;
};

/**
 * Progress and cancel for long imports. The importer calls report() now and then with bytes done
 * and bytes in all (or records, for formats read whole); the caller may cancel from another thread.
 */
class ImportProgress
{
public:
    std::function<void(qint64 done, qint64 total)> onProgress;
    std::atomic<bool> canceled { false };

    void report(qint64 done, qint64 total) const
    {
        if (onProgress)
            onProgress(done, total);
    }
    bool isCanceled() const { return canceled.load(std::memory_order_relaxed); }
};

/// What one import found: the events to add, what was skipped and why, and what was assumed.
struct ImportBatch
{
    QVector<TimelineEvent> events; ///< with source type Imported, format, file and line set
    QVector<SkippedRecord> skipped;
    QStringList assumptions; ///< e.g. "times without a zone were read as Europe/Berlin"

    /// Adds all of \a more after what this batch holds. An importer collects a source in a batch
    /// of its own and appends it only once the whole source was read, so that a failure adds nothing.
    void append(const ImportBatch &more)
    {
        events += more.events;
        skipped += more.skipped;
        assumptions += more.assumptions;
    }
};

/**
 * Reads one kind of incident source into timeline events. Importers are streaming where the
 * format allows it (line-based formats are never held whole in memory), never crash on bad input,
 * and skip bad records with a reason instead of failing the whole file.
 */
class Importer
{
public:
    virtual ~Importer();
    /// The command-line name: "csv", "jsonl", "slack", ...
    virtual QString name() const = 0;
    /// For users: "Timesketch/Plaso JSON Lines".
    virtual QString description() const = 0;
    /// File name patterns for the open dialog ("*.jsonl").
    virtual QStringList filePatterns() const = 0;
    /**
     * Reads \a source (a file, or a folder for formats that are folders) and appends to \a out.
     * Returns false, with \a error saying why, when the source as a whole cannot be read (missing,
     * not this format, canceled); bad records alone are skipped, not fatal.
     */
    virtual bool read(const QString &source, const ImportOptions &options, ImportBatch &out,
        const ImportProgress &progress, QString *error) const = 0;
};

/// Opens \a file, the importer's \a source, for reading; false with "<source>: cannot open: <why>"
/// in \a error, the message every importer gives.
bool openSource(QFile &file, const QString &source, QString *error);

/// The zone of \a options (--zone), or an invalid zone when none was given.
QTimeZone optionZone(const ImportOptions &options);

/// The assumption every importer reports when it read times without a zone in --zone.
QString zoneAssumption(const QString &shownFile, const QString &zone);

} // namespace causeway
