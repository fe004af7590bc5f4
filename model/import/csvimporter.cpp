// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimporter.h"

#include "csvrecordreader.h"

#include "enumnames.h"
#include "linereader.h"
#include "textdecoding.h"
#include "timestamps.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace causeway {

namespace {

constexpr qint64 ProgressEvery = 1 << 16;

/// True when a QDateTime format reads a zone ('t' outside quotes).
bool formatHasZone(const QString &format)
{
    bool literal = false;
    for (const QChar c : format) {
        if (c == u'\'')
            literal = !literal;
        else if (!literal && c == u't')
            return true;
    }
    return false;
}

/// "-" is how Plaso writes "no value".
bool isNone(const QString &value)
{
    const QString v = value.trimmed();
    return v.isEmpty() || v == QLatin1String("-");
}

/// Plaso writes its event tags space-separated; Timesketch exports write a list, ['a', 'b'].
QStringList tagLabels(QString value)
{
    value = value.trimmed();
    if (isNone(value))
        return {};
    if (value.startsWith(u'[') && value.endsWith(u']')) {
        QStringList labels;
        for (QString label : value.mid(1, value.size() - 2).split(u',')) {
            label = label.trimmed();
            if (label.size() >= 2 && (label.startsWith(u'\'') || label.startsWith(u'"')) &&
                label.endsWith(label.at(0)))
                label = label.mid(1, label.size() - 2);
            if (!label.isEmpty())
                labels << label;
        }
        return labels;
    }
    return value.split(u' ', Qt::SkipEmptyParts);
}

enum class Layout { Timesketch, L2tCsv, Mapped };

/// The state of reading one file: the header's columns and what each record turns into.
class CsvRead
{
public:
    CsvRead(const QString &source, const QString &shown, const ImportOptions &options)
        : m_source(source)
        , m_shown(shown)
        , m_options(options)
        , m_zone(optionZone(options))
    { }

    /// Takes the header row and chooses the layout; false with \a error when the file cannot be read.
    bool setHeader(const QStringList &header, QString *error);
    QString layoutAssumption() const;
    /// The event of one record, or false with \a reason.
    bool toEvent(const QStringList &fields, TimelineEvent *event, QString *reason);
    bool assumedZone() const { return m_assumedZone; }

private:
    int column(const QString &name) const;
    QString columnList() const;
    bool readTime(const QString &columnName, const QString &value, Instant *time, QString *reason);
    bool readL2tTime(const QStringList &fields, Instant *time, QString *reason);

    QString m_source; // for errors about the whole file
    QString m_shown; // for skipped records and assumptions
    const ImportOptions &m_options;
    QTimeZone m_zone;
    QStringList m_header;
    Layout m_layout = Layout::Mapped;
    bool m_assumedZone = false;
    // Column indexes, -1 when absent.
    int m_time = -1;
    int m_text = -1;
    int m_actor = -1;
    int m_kind = -1;
    int m_timestamp = -1; // Plaso: microseconds, when datetime is empty
    int m_desc = -1; // timestamp_desc (or l2tcsv's type): a tag
    int m_tag = -1;
    QVector<int> m_actors; // the first of these that has a value is the actor
    int m_date = -1, m_timezone = -1, m_short = -1, m_user = -1, m_host = -1; // l2tcsv
};

int CsvRead::column(const QString &name) const
{
    const int exact = m_header.indexOf(name);
    if (exact >= 0)
        return exact;
    for (int i = 0; i < m_header.size(); ++i) {
        if (m_header[i].compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString CsvRead::columnList() const
{
    QStringList quoted;
    for (const QString &name : m_header)
        quoted << QLatin1Char('"') + name + QLatin1Char('"');
    return quoted.join(QLatin1String(", "));
}

bool CsvRead::setHeader(const QStringList &header, QString *error)
{
    m_header = header;
    const CsvMapping &mapping = m_options.csv;
    const bool timesketch = column(QStringLiteral("datetime")) >= 0 &&
        column(QStringLiteral("message")) >= 0 && column(QStringLiteral("timestamp_desc")) >= 0;
    const bool l2tcsv = column(QStringLiteral("date")) >= 0 && column(QStringLiteral("time")) >= 0 &&
        column(QStringLiteral("timezone")) >= 0 && column(QStringLiteral("MACB")) >= 0 &&
        column(QStringLiteral("desc")) >= 0;
    // Columns named on the command line win: the user knows the file.
    if (mapping.timeColumn.isEmpty() && mapping.textColumn.isEmpty() && timesketch) {
        m_layout = Layout::Timesketch;
        m_time = column(QStringLiteral("datetime"));
        m_text = column(QStringLiteral("message"));
        m_desc = column(QStringLiteral("timestamp_desc"));
        m_timestamp = column(QStringLiteral("timestamp"));
        m_tag = column(QStringLiteral("tag"));
        for (const char *name : { "username", "hostname", "display_name" }) {
            const int index = column(QLatin1String(name));
            if (index >= 0)
                m_actors << index;
        }
    } else if (mapping.timeColumn.isEmpty() && mapping.textColumn.isEmpty() && l2tcsv) {
        m_layout = Layout::L2tCsv;
        m_date = column(QStringLiteral("date"));
        m_time = column(QStringLiteral("time"));
        m_timezone = column(QStringLiteral("timezone"));
        m_text = column(QStringLiteral("desc"));
        m_short = column(QStringLiteral("short"));
        m_desc = column(QStringLiteral("type"));
        m_user = column(QStringLiteral("user"));
        m_host = column(QStringLiteral("host"));
    } else {
        m_layout = Layout::Mapped;
        QStringList missing;
        if (mapping.timeColumn.isEmpty())
            missing << QStringLiteral("--time-column");
        if (mapping.textColumn.isEmpty())
            missing << QStringLiteral("--text-column");
        if (!missing.isEmpty()) {
            *error =
                QCoreApplication::translate("causeway::Import",
                    "%1: not a Timesketch/Plaso CSV (it has no \"datetime\", \"message\" and "
                    "\"timestamp_desc\" columns), so its columns must be named: %2 %3 "
                    "missing. The header has the columns %4")
                    .arg(m_source, missing.join(QLatin1String(" and ")),
                        missing.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"), columnList());
            return false;
        }
    }
    // Named columns must exist; they replace the layout's own (the actor and kind ones in any layout).
    const struct
    {
        const char *option;
        const QString &name;
        int *index;
    } named[] = {
        { "--time-column", mapping.timeColumn, &m_time },
        { "--text-column", mapping.textColumn, &m_text },
        { "--actor-column", mapping.actorColumn, &m_actor },
        { "--kind-column", mapping.kindColumn, &m_kind },
    };
    for (const auto &option : named) {
        if (option.name.isEmpty())
            continue;
        *option.index = column(option.name);
        if (*option.index < 0) {
            *error = QCoreApplication::translate(
                "causeway::Import", "%1: %2 \"%3\": the header has no such column. It has %4")
                         .arg(m_source, QLatin1String(option.option), option.name, columnList());
            return false;
        }
    }
    if (m_actor >= 0)
        m_actors = { m_actor };
    if (m_layout == Layout::Mapped && !mapping.timeFormat.isEmpty() && !formatHasZone(mapping.timeFormat) &&
        !m_zone.isValid()) {
        *error = QCoreApplication::translate(
            "causeway::Import", "%1: times written as \"%2\" carry no zone: give their zone with --zone")
                     .arg(m_source, mapping.timeFormat);
        return false;
    }
    return true;
}

QString CsvRead::layoutAssumption() const
{
    switch (m_layout) {
    case Layout::Timesketch:
        return QCoreApplication::translate("causeway::Import",
            "%1: read as Timesketch/Plaso CSV (\"datetime\", \"message\", \"timestamp_desc\")")
            .arg(m_shown);
    case Layout::L2tCsv:
        return QCoreApplication::translate("causeway::Import",
            "%1: read as Plaso l2tcsv (\"date\" as MM/DD/YYYY and \"time\" in the zone of "
            "\"timezone\"; \"desc\")")
            .arg(m_shown);
    case Layout::Mapped:
        break;
    }
    QString text =
        QCoreApplication::translate("causeway::Import", "%1: time from column \"%2\" (%3), text from \"%4\"")
            .arg(m_shown, m_header[m_time],
                m_options.csv.timeFormat.isEmpty()
                    ? QStringLiteral("ISO 8601")
                    : QString(QLatin1Char('"') + m_options.csv.timeFormat + QLatin1Char('"')),
                m_header[m_text]);
    if (m_actor >= 0)
        text += QCoreApplication::translate("causeway::Import", ", actor from \"%1\"").arg(m_header[m_actor]);
    if (m_kind >= 0)
        text += QCoreApplication::translate("causeway::Import", ", kind from \"%1\"").arg(m_header[m_kind]);
    return text;
}

bool CsvRead::readTime(const QString &columnName, const QString &value, Instant *time, QString *reason)
{
    const QString &format = m_options.csv.timeFormat;
    if (m_layout == Layout::Mapped && !format.isEmpty()) {
        // A format without a zone is parsed as UTC, so that this computer's zone (and its daylight-saving
        // gaps) never comes into it; the wall-clock time is then read in --zone.
        const bool hasZone = formatHasZone(format);
        const QDateTime parsed = hasZone
            ? QDateTime::fromString(value.trimmed(), format)
            : QDateTime::fromString(value.trimmed() + QStringLiteral(" UTC"), format + QStringLiteral(" t"));
        if (!parsed.isValid()) {
            *reason = QCoreApplication::translate(
                "causeway::Import", "\"%1\": expected a time written as \"%2\", got \"%3\"")
                          .arg(columnName, format, value.left(60));
            return false;
        }
        if (hasZone) {
            *time = Instant::fromDateTime(parsed);
        } else {
            *time = fromLocalTime(parsed.date(), qint64(parsed.time().msecsSinceStartOfDay()) * 1000, m_zone);
            m_assumedZone = true;
        }
        if (!time->isValid())
            *reason = QCoreApplication::translate("causeway::Import", "\"%1\": \"%2\" is not a valid time")
                          .arg(columnName, value.left(60));
        return time->isValid();
    }
    bool noZone = false;
    *time = parseLogTimestamp(value, m_zone, &noZone);
    if (noZone && !m_zone.isValid()) {
        *reason = QCoreApplication::translate(
            "causeway::Import", "\"%1\": \"%2\" has no zone; give one with --zone")
                      .arg(columnName, value);
        return false;
    }
    if (!time->isValid()) {
        *reason = QCoreApplication::translate(
            "causeway::Import", "\"%1\": expected an ISO 8601 timestamp, got \"%2\"")
                      .arg(columnName, value.left(60));
        return false;
    }
    m_assumedZone = m_assumedZone || noZone;
    return true;
}

bool CsvRead::readL2tTime(const QStringList &fields, Instant *time, QString *reason)
{
    const QDate date = QDate::fromString(fields[m_date].trimmed(), QStringLiteral("MM/dd/yyyy"));
    if (!date.isValid()) {
        *reason = QStringLiteral("\"date\": expected MM/DD/YYYY, got \"%1\"").arg(fields[m_date].left(60));
        return false;
    }
    const QString timeText = fields[m_time].trimmed();
    QTime t = QTime::fromString(timeText, QStringLiteral("HH:mm:ss"));
    if (!t.isValid())
        t = QTime::fromString(timeText, QStringLiteral("HH:mm:ss.zzz"));
    if (!t.isValid()) {
        *reason = QStringLiteral("\"time\": expected HH:MM:SS, got \"%1\"").arg(timeText.left(60));
        return false;
    }
    const QString zoneName = fields[m_timezone].trimmed();
    QTimeZone zone = m_zone;
    if (!isNone(zoneName)) {
        zone = QTimeZone(zoneName.toUtf8());
        if (!zone.isValid()) {
            *reason = QCoreApplication::translate(
                "causeway::Import", "\"timezone\": \"%1\" is not a known time zone")
                          .arg(zoneName.left(60));
            return false;
        }
    } else if (!zone.isValid()) {
        *reason =
            QCoreApplication::translate("causeway::Import", "\"timezone\": empty; give the zone with --zone");
        return false;
    } else {
        m_assumedZone = true;
    }
    *time = fromLocalTime(date, qint64(t.msecsSinceStartOfDay()) * 1000, zone);
    if (!time->isValid())
        *reason = QCoreApplication::translate("causeway::Import", "\"date\" and \"time\": not a valid time");
    return time->isValid();
}

bool CsvRead::toEvent(const QStringList &fields, TimelineEvent *e, QString *reason)
{
    const QString textColumn = m_header[m_text];
    if (m_layout == Layout::L2tCsv) {
        if (!readL2tTime(fields, &e->time, reason))
            return false;
        e->text = fields[m_text];
        if (isNone(e->text) && m_short >= 0)
            e->text = fields[m_short];
        const QString user = m_user >= 0 && !isNone(fields[m_user]) ? fields[m_user].trimmed() : QString();
        const QString host = m_host >= 0 && !isNone(fields[m_host]) ? fields[m_host].trimmed() : QString();
        e->actor = user;
        if (!user.isEmpty() && !host.isEmpty())
            e->actor += QLatin1Char('@');
        e->actor += host;
    } else {
        const QString &value = fields[m_time];
        if (value.trimmed().isEmpty() && m_timestamp >= 0 && !fields[m_timestamp].trimmed().isEmpty()) {
            // Plaso's microseconds stand in for an empty datetime, as in its JSON Lines.
            bool ok = false;
            const qint64 microseconds = fields[m_timestamp].trimmed().toLongLong(&ok);
            if (!ok) {
                *reason = QCoreApplication::translate(
                    "causeway::Import", "\"timestamp\": expected microseconds since 1970, got \"%1\"")
                              .arg(fields[m_timestamp].left(60));
                return false;
            }
            e->time = fromEpochMicroseconds(microseconds);
        } else if (!readTime(m_header[m_time], value, &e->time, reason)) {
            return false;
        }
        e->text = fields[m_text];
    }
    if (isNone(e->text)) {
        *reason = QCoreApplication::translate("causeway::Import", "\"%1\": empty; an event needs a text")
                      .arg(textColumn);
        return false;
    }
    if (m_desc >= 0 && !isNone(fields[m_desc]))
        e->tags << fields[m_desc].trimmed();
    if (m_tag >= 0) {
        for (const QString &label : tagLabels(fields[m_tag])) {
            if (!e->tags.contains(label))
                e->tags << label;
        }
    }
    for (const int index : qAsConst(m_actors)) {
        if (!isNone(fields[index])) {
            e->actor = fields[index].trimmed();
            break;
        }
    }
    e->kind = EventKind::Observation;
    if (m_kind >= 0) {
        const QString kind = fields[m_kind].trimmed();
        if (const auto known = enumFromName<EventKind>(kind.toLower())) {
            e->kind = *known;
        } else if (!kind.isEmpty() && !e->tags.contains(kind)) {
            // Kept as a tag, so that nothing the source said is lost.
            e->tags << kind;
        }
    }
    return true;
}

class CsvImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("csv"); }
    QString description() const override
    {
        return QCoreApplication::translate("causeway::Import",
            "CSV: Timesketch/Plaso CSV, Plaso l2tcsv, or any CSV with --time-column and "
            "--text-column");
    }
    QStringList filePatterns() const override { return { QStringLiteral("*.csv") }; }

    bool read(const QString &source, const ImportOptions &options, ImportBatch &result,
        const ImportProgress &progress, QString *error) const override
    {
        ImportBatch out; // moved into result only when the whole source was read
        QFile file(source);
        if (!openSource(file, source, error))
            return false;
        const QString shown = QFileInfo(source).fileName();
        const qint64 total = file.size();
        qint64 lastReport = 0;
        CsvRecordReader records(&file);
        CsvRecord record;
        if (!records.next(&record)) {
            *error = QCoreApplication::translate(
                "causeway::Import", "%1: empty file; a CSV file starts with a header row")
                         .arg(source);
            return false;
        }
        if (!record.problem.isEmpty()) {
            *error = QCoreApplication::translate("causeway::Import", "%1:%2: header row: %3")
                         .arg(source)
                         .arg(record.line)
                         .arg(record.problem);
            return false;
        }
        QStringList header;
        for (const QByteArray &name : qAsConst(record.fields)) {
            const std::optional<QString> decoded = decodeUtf8Strict(name);
            if (!decoded) {
                *error = QCoreApplication::translate("causeway::Import", "%1:%2: header row: not valid UTF-8")
                             .arg(source)
                             .arg(record.line);
                return false;
            }
            header << decoded->trimmed();
        }
        CsvRead csv(source, shown, options);
        if (!csv.setHeader(header, error))
            return false;

        QStringList fields;
        while (records.next(&record)) {
            if (progress.isCanceled()) {
                *error = QCoreApplication::translate("causeway::Import", "%1: import canceled").arg(source);
                return false;
            }
            if (records.bytesRead() - lastReport >= ProgressEvery) {
                lastReport = records.bytesRead();
                progress.report(lastReport, total);
            }
            auto skip = [&](const QString &reason) {
                out.skipped.append({ shown, record.line, reason });
            };
            if (!record.problem.isEmpty()) {
                skip(record.problem);
                continue;
            }
            if (record.fields.size() != header.size()) {
                skip(QCoreApplication::translate(
                    "causeway::Import", "expected %1 fields, as in the header, got %2")
                         .arg(header.size())
                         .arg(record.fields.size()));
                continue;
            }
            fields.clear();
            for (const QByteArray &bytes : qAsConst(record.fields)) {
                std::optional<QString> decoded = decodeUtf8Strict(bytes);
                if (!decoded)
                    break;
                fields << std::move(*decoded);
            }
            if (fields.size() != header.size()) {
                skip(QCoreApplication::translate("causeway::Import", "\"%1\": not valid UTF-8")
                         .arg(header[fields.size()]));
                continue;
            }
            TimelineEvent e;
            QString reason;
            if (!csv.toEvent(fields, &e, &reason)) {
                skip(reason);
                continue;
            }
            e.source.type = SourceType::Imported;
            e.source.format = name();
            e.source.file = shown;
            e.source.line = record.line;
            out.events.append(std::move(e));
        }
        progress.report(total, total);
        out.assumptions << csv.layoutAssumption();
        if (csv.assumedZone())
            out.assumptions << zoneAssumption(shown, options.zone);
        result.append(out);
        return true;
    }
};

} // namespace

std::unique_ptr<Importer> makeCsvImporter()
{
    return std::make_unique<CsvImporter>();
}

} // namespace causeway
