// SPDX-License-Identifier: GPL-3.0-or-later
#include "syslogimporter.h"

#include "linereader.h"
#include "textdecoding.h"
#include "textscan.h"
#include "timestamps.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace causeway {

namespace {

using namespace textscan;

const char *const SeverityNames[] = { "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug" };
/// The word at \a *pos (up to a blank or the end); \a *pos moves past it and one blank.
QStringView word(QStringView s, int *pos)
{
    const int start = *pos;
    while (*pos < s.size() && s.at(*pos) != u' ')
        ++*pos;
    const QStringView w = s.mid(start, *pos - start);
    if (*pos < s.size())
        ++*pos;
    return w;
}

/// What one line says, in the fields the formats have in common.
struct SyslogLine
{
    int severity = -1; ///< -1 without PRI
    Instant time;
    QString host;
    QString app; ///< APP-NAME or TAG
    QString msgId;
    QString structuredData;
    QString message;
};

/// Reads one file: the per-line parsers, and the year of RFC 3164 lines.
class SyslogRead
{
public:
    explicit SyslogRead(const ImportOptions &options)
        : m_zone(optionZone(options))
    {
        m_calendar.year = options.year;
    }

    enum class Result { Ok, Skip, Fatal };
    /// Parses \a line into \a out; Skip with \a reason for a bad line, Fatal when the file cannot be read.
    Result parse(QStringView line, qint64 lineNumber, SyslogLine *out, QString *reason);

    int rfc5424Lines = 0;
    int rfc3164Lines = 0;
    int rfc3339Lines = 0;
    bool assumedZone = false;
    qint64 newYearLine() const { return m_calendar.newYearLine; }
    int lastYear() const { return m_calendar.year; }

private:
    Result parse5424(QStringView line, int pos, SyslogLine *out, QString *reason);
    Result parseBsdTime(QStringView line, int pos, qint64 lineNumber, SyslogLine *out, QString *reason);
    Result parseRfc3339Time(QStringView line, int pos, SyslogLine *out, QString *reason);
    void parseHostAndTag(QStringView rest, SyslogLine *out);

    QTimeZone m_zone;
    SyslogYear m_calendar;
};

SyslogRead::Result SyslogRead::parse(QStringView line, qint64 lineNumber, SyslogLine *out, QString *reason)
{
    int pos = 0;
    if (charAt(line, 0, u'<')) {
        const int digits = digitRun(line, 1);
        if (digits < 1 || digits > 3 || !charAt(line, 1 + digits, u'>')) {
            *reason = QCoreApplication::translate(
                "causeway::Import", "expected <PRI>, a number from 0 to 191 in angle brackets");
            return Result::Skip;
        }
        const int pri = number(line, 1, digits);
        if (pri > 191) {
            *reason = QCoreApplication::translate("causeway::Import", "PRI <%1> is out of range (0 to 191)")
                          .arg(pri);
            return Result::Skip;
        }
        out->severity = pri % 8;
        pos = digits + 2;
    }
    const int lead = digitRun(line, pos);
    if (lead >= 1 && lead <= 2 && charAt(line, pos + lead, u' ')) {
        if (number(line, pos, lead) != 1) {
            *reason = QCoreApplication::translate(
                "causeway::Import", "RFC 5424 version %1 is not supported (only 1)")
                          .arg(line.mid(pos, lead));
            return Result::Skip;
        }
        return parse5424(line, pos + lead + 1, out, reason);
    }
    if (monthAbbreviationAt(line, pos))
        return parseBsdTime(line, pos, lineNumber, out, reason);
    if (lead == 4 && charAt(line, pos + 4, u'-'))
        return parseRfc3339Time(line, pos, out, reason);
    *reason = pos > 0 ? QCoreApplication::translate("causeway::Import",
                            "expected \"1 \" (RFC 5424) or a time such as \"Oct 11 22:14:15\" (RFC "
                            "3164) after %1")
                            .arg(line.left(pos))
                      : QCoreApplication::translate("causeway::Import",
                            "not a syslog line: expected <PRI> and an RFC 5424 or RFC 3164 header");
    return Result::Skip;
}

SyslogRead::Result SyslogRead::parse5424(QStringView line, int pos, SyslogLine *out, QString *reason)
{
    static const struct
    {
        const char *name;
        int maxLength;
    } fields[] = { { "TIMESTAMP", 0 }, { "HOSTNAME", 255 }, { "APP-NAME", 48 }, { "PROCID", 128 },
        { "MSGID", 32 } };
    QStringView values[5];
    for (int i = 0; i < 5; ++i) {
        if (pos >= line.size()) {
            *reason = QCoreApplication::translate("causeway::Import", "RFC 5424 header ends before %1")
                          .arg(QLatin1String(fields[i].name));
            return Result::Skip;
        }
        values[i] = word(line, &pos);
        if (values[i].isEmpty()) {
            *reason = QCoreApplication::translate(
                "causeway::Import", "RFC 5424 header: %1 is empty (two blanks in a row?)")
                          .arg(QLatin1String(fields[i].name));
            return Result::Skip;
        }
        for (const QChar c : values[i]) {
            if (c.unicode() < 33 || c.unicode() > 126) {
                *reason = QCoreApplication::translate("causeway::Import",
                    "RFC 5424 header: %1 \"%2\" has a character other than printable ASCII")
                              .arg(QLatin1String(fields[i].name), values[i].left(60));
                return Result::Skip;
            }
        }
        if (fields[i].maxLength > 0 && values[i].size() > fields[i].maxLength) {
            *reason = QCoreApplication::translate(
                "causeway::Import", "RFC 5424 header: %1 longer than %2 characters")
                          .arg(QLatin1String(fields[i].name))
                          .arg(fields[i].maxLength);
            return Result::Skip;
        }
    }
    const QStringView stamp = values[0];
    if (stamp == u"-") {
        *reason = QCoreApplication::translate(
            "causeway::Import", "no TIMESTAMP (\"-\"): the event cannot be placed in time");
        return Result::Skip;
    }
    bool noZone = false;
    out->time = parseLogTimestamp(stamp, QTimeZone(), &noZone);
    if (noZone) {
        *reason = QCoreApplication::translate(
            "causeway::Import", "TIMESTAMP \"%1\" has no zone offset, which RFC 5424 requires")
                      .arg(stamp);
        return Result::Skip;
    }
    if (!out->time.isValid()) {
        *reason = QCoreApplication::translate(
            "causeway::Import", "TIMESTAMP: expected RFC 3339 such as 2003-10-11T22:14:15.003Z, got \"%1\"")
                      .arg(stamp.left(60));
        return Result::Skip;
    }
    auto value = [](QStringView v) {
        return v == u"-" ? QString() : v.toString();
    };
    out->host = value(values[1]);
    out->app = value(values[2]);
    out->msgId = value(values[4]);

    // STRUCTURED-DATA: "-" or [SD-ID PARAM-NAME="value" ...] elements with no blank between them.
    if (pos >= line.size()) {
        *reason = QCoreApplication::translate(
            "causeway::Import", "RFC 5424 header ends before STRUCTURED-DATA (\"-\" when there is none)");
        return Result::Skip;
    }
    const int sdStart = pos;
    if (charAt(line, pos, u'-')) {
        ++pos;
    } else if (!charAt(line, pos, u'[')) {
        *reason =
            QStringLiteral("STRUCTURED-DATA: expected \"-\" or \"[\", got \"%1\"").arg(line.mid(pos, 20));
        return Result::Skip;
    }
    while (charAt(line, pos, u'[')) {
        const int idStart = ++pos;
        auto isNameChar = [&](int i) {
            return i < line.size() && line.at(i) != u' ' && line.at(i) != u'=' && line.at(i) != u']' &&
                line.at(i) != u'"';
        };
        while (isNameChar(pos))
            ++pos;
        if (pos == idStart) {
            *reason =
                QCoreApplication::translate("causeway::Import", "STRUCTURED-DATA: an element without SD-ID");
            return Result::Skip;
        }
        const QString id = line.mid(idStart, pos - idStart).toString();
        while (!charAt(line, pos, u']')) {
            if (!charAt(line, pos, u' ') || !isNameChar(pos + 1)) {
                *reason = pos >= line.size()
                    ? QCoreApplication::translate(
                          "causeway::Import", "STRUCTURED-DATA: [%1 is not closed with \"]\"")
                          .arg(id)
                    : QStringLiteral("STRUCTURED-DATA: in [%1, expected PARAM-NAME=\"value\" "
                                     "or \"]\"")
                          .arg(id);
                return Result::Skip;
            }
            ++pos;
            while (isNameChar(pos))
                ++pos;
            if (!charAt(line, pos, u'=') || !charAt(line, pos + 1, u'"')) {
                *reason = QStringLiteral("STRUCTURED-DATA: in [%1, expected PARAM-NAME=\"value\"").arg(id);
                return Result::Skip;
            }
            pos += 2;
            // Inside a value, \" \\ and \] are escapes.
            while (pos < line.size() && line.at(pos) != u'"')
                pos += line.at(pos) == u'\\' ? 2 : 1;
            if (pos >= line.size()) {
                *reason = QCoreApplication::translate(
                    "causeway::Import", "STRUCTURED-DATA: a value in [%1 is not closed with a quote")
                              .arg(id);
                return Result::Skip;
            }
            ++pos;
        }
        ++pos;
    }
    if (line.mid(sdStart, pos - sdStart) != u"-")
        out->structuredData = line.mid(sdStart, pos - sdStart).toString();
    if (pos < line.size()) {
        if (!charAt(line, pos, u' ')) {
            *reason = QCoreApplication::translate(
                "causeway::Import", "STRUCTURED-DATA: expected a blank before MSG, got \"%1\"")
                          .arg(line.mid(pos, 20));
            return Result::Skip;
        }
        out->message = line.mid(pos + 1).toString();
        // RFC 5424 marks a UTF-8 MSG with a byte-order mark.
        if (out->message.startsWith(QChar(0xFEFF)))
            out->message.remove(0, 1);
    }
    ++rfc5424Lines;
    return Result::Ok;
}

SyslogRead::Result SyslogRead::parseBsdTime(
    QStringView line, int pos, qint64 lineNumber, SyslogLine *out, QString *reason)
{
    // "Oct 11 22:14:15" or "Oct  1 22:14:15": 15 characters.
    const QStringView stamp = line.mid(pos, 15);
    const bool shape = stamp.size() == 15 && charAt(stamp, 3, u' ') &&
        (digitAt(stamp, 4) || charAt(stamp, 4, u' ')) && digitAt(stamp, 5) && charAt(stamp, 6, u' ') &&
        digitAt(stamp, 7) && digitAt(stamp, 8) && charAt(stamp, 9, u':') && digitAt(stamp, 10) &&
        digitAt(stamp, 11) && charAt(stamp, 12, u':') && digitAt(stamp, 13) && digitAt(stamp, 14) &&
        (pos + 15 == line.size() || charAt(line, pos + 15, u' '));
    if (!shape) {
        *reason = QCoreApplication::translate(
            "causeway::Import", "RFC 3164 TIMESTAMP: expected a time such as \"Oct 11 22:14:15\", got \"%1\"")
                      .arg(line.mid(pos, 15).trimmed());
        return Result::Skip;
    }
    if (m_calendar.year == 0 || !m_zone.isValid()) {
        QStringList missing;
        if (m_calendar.year == 0)
            missing << QStringLiteral("--year");
        if (!m_zone.isValid())
            missing << QStringLiteral("--zone");
        *reason = QCoreApplication::translate(
            "causeway::Import", "%1: RFC 3164 time \"%2\" has no year and no zone: %3 %4 needed")
                      .arg(lineNumber)
                      .arg(stamp, missing.join(QLatin1String(" and ")),
                          missing.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"));
        return Result::Fatal;
    }
    out->time = parseSyslogTime(stamp, m_zone, &m_calendar, lineNumber);
    if (!out->time.isValid()) {
        *reason = QCoreApplication::translate(
            "causeway::Import", "RFC 3164 TIMESTAMP \"%1\" is not a valid date and time in %2")
                      .arg(stamp)
                      .arg(m_calendar.year);
        return Result::Skip;
    }
    assumedZone = true;
    pos += 16;
    if (pos >= line.size()) {
        *reason = QCoreApplication::translate(
            "causeway::Import", "RFC 3164 line ends after its time: no HOSTNAME and no message");
        return Result::Skip;
    }
    parseHostAndTag(line.mid(pos), out);
    ++rfc3164Lines;
    return Result::Ok;
}

SyslogRead::Result SyslogRead::parseRfc3339Time(QStringView line, int pos, SyslogLine *out, QString *reason)
{
    const QStringView stamp = word(line, &pos);
    bool noZone = false;
    out->time = parseLogTimestamp(stamp, m_zone, &noZone);
    if (noZone && !m_zone.isValid()) {
        *reason =
            QCoreApplication::translate("causeway::Import", "time \"%1\" has no zone; give one with --zone")
                .arg(stamp);
        return Result::Skip;
    }
    if (!out->time.isValid()) {
        *reason = QCoreApplication::translate(
            "causeway::Import", "expected an RFC 3339 time such as 2026-04-14T10:02:13+02:00, got \"%1\"")
                      .arg(stamp.left(60));
        return Result::Skip;
    }
    assumedZone = assumedZone || noZone;
    if (pos >= line.size()) {
        *reason = QCoreApplication::translate(
            "causeway::Import", "line ends after its time: no HOSTNAME and no message");
        return Result::Skip;
    }
    parseHostAndTag(line.mid(pos), out);
    ++rfc3339Lines;
    return Result::Ok;
}

void SyslogRead::parseHostAndTag(QStringView rest, SyslogLine *out)
{
    // "HOSTNAME TAG[PID]: MSG"; messages logged locally may come without HOSTNAME ("su: MSG").
    int pos = 0;
    const QStringView first = word(rest, &pos);
    QStringView content = rest;
    if (!first.endsWith(u':')) {
        out->host = first.toString();
        content = rest.mid(pos);
    }
    int end = 0;
    while (
        end < content.size() && content.at(end) != u'[' && content.at(end) != u':' && content.at(end) != u' ')
        ++end;
    int after = end;
    if (charAt(content, after, u'[')) {
        while (after < content.size() && content.at(after) != u']')
            ++after;
        ++after;
    }
    if (end > 0 && charAt(content, after, u':')) {
        out->app = content.left(end).toString();
        content = content.mid(after + 1);
        if (content.startsWith(u' '))
            content = content.mid(1);
    }
    out->message = content.toString();
}

class SyslogImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("syslog"); }
    QString description() const override { return QStringLiteral("Syslog: RFC 5424 and RFC 3164 (BSD)"); }
    QStringList filePatterns() const override
    {
        return { QStringLiteral("*.log"), QStringLiteral("syslog*"), QStringLiteral("messages*") };
    }

    bool read(const QString &source, const ImportOptions &options, ImportBatch &result,
        const ImportProgress &progress, QString *error) const override
    {
        ImportBatch out; // moved into result only when the whole source was read
        QFile file(source);
        if (!openSource(file, source, error))
            return false;
        const QString shown = QFileInfo(source).fileName();
        const qint64 total = file.size();
        SyslogRead syslog(options);
        const bool complete = forEachLine(
            &file, source, progress, error, [&](QByteArray &bytes, qint64 lineNumber, bool overlong) {
                auto skip = [&](const QString &reason) {
                    out.skipped.append({ shown, lineNumber, reason });
                };
                if (overlong) {
                    skip(overlongLineReason());
                    return true;
                }
                if (bytes.trimmed().isEmpty())
                    return true;
                const std::optional<QString> decoded = decodeUtf8Strict(bytes);
                if (!decoded) {
                    skip(QCoreApplication::translate("causeway::Import", "not valid UTF-8"));
                    return true;
                }
                SyslogLine line;
                QString reason;
                switch (syslog.parse(*decoded, lineNumber, &line, &reason)) {
                case SyslogRead::Result::Fatal:
                    *error = QStringLiteral("%1:%2").arg(source, reason); // the reason starts with the line
                    return false;
                case SyslogRead::Result::Skip:
                    skip(reason);
                    return true;
                case SyslogRead::Result::Ok:
                    break;
                }
                if (line.message.trimmed().isEmpty()) {
                    skip(QCoreApplication::translate("causeway::Import", "no message"));
                    return true;
                }
                TimelineEvent e;
                e.time = line.time;
                e.text = line.message;
                if (!line.app.isEmpty() && !line.host.isEmpty())
                    e.actor = line.app + QLatin1Char('@') + line.host;
                else
                    e.actor = line.app + line.host;
                if (line.severity >= 0)
                    e.tags << QLatin1String(SeverityNames[line.severity]);
                if (!line.msgId.isEmpty())
                    e.tags << line.msgId;
                e.kind = line.severity >= 0 && line.severity <= 3 ? EventKind::Alert : EventKind::Observation;
                e.note = line.structuredData;
                e.source.type = SourceType::Imported;
                e.source.format = name();
                e.source.file = shown;
                e.source.line = lineNumber;
                out.events.append(std::move(e));
                return true;
            });
        if (!complete)
            return false;
        progress.report(total, total);

        QStringList formats;
        if (syslog.rfc5424Lines > 0)
            formats << QStringLiteral("RFC 5424 (%1)").arg(syslog.rfc5424Lines);
        if (syslog.rfc3164Lines > 0)
            formats << QStringLiteral("RFC 3164 (%1)").arg(syslog.rfc3164Lines);
        if (syslog.rfc3339Lines > 0)
            formats << QStringLiteral("RFC 3164 with RFC 3339 times (%1)").arg(syslog.rfc3339Lines);
        if (!formats.isEmpty())
            out.assumptions << QCoreApplication::translate("causeway::Import", "%1: lines read as %2")
                                   .arg(shown, formats.join(QLatin1String(", ")));
        if (syslog.rfc3164Lines > 0)
            out.assumptions << QCoreApplication::translate("causeway::Import",
                "%1: RFC 3164 times, which have no year and no zone, were read in %2 "
                "and %3")
                                   .arg(shown)
                                   .arg(options.year)
                                   .arg(options.zone);
        else if (syslog.assumedZone)
            out.assumptions << zoneAssumption(shown, options.zone);
        if (syslog.newYearLine() > 0)
            out.assumptions << QCoreApplication::translate(
                "causeway::Import", "%1: the log goes into the next year at line %2, read as %3")
                                   .arg(shown)
                                   .arg(syslog.newYearLine())
                                   .arg(syslog.lastYear());
        result.append(out);
        return true;
    }
};

} // namespace

std::unique_ptr<Importer> makeSyslogImporter()
{
    return std::make_unique<SyslogImporter>();
}

} // namespace causeway
