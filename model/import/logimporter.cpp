// SPDX-License-Identifier: GPL-3.0-or-later
#include "logimporter.h"

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

constexpr int DetectionLines = 50;
/// Access logs put client, identity and user before the time; no common log puts more.
constexpr int MaxWordsBefore = 3;
/// Continuation lines beyond this are left out: a missing timestamp must not make one giant event.
constexpr int MaxEventText = int(limits::LogEventText);
/// Only the start of a line is looked at while detecting.
constexpr int DetectionPrefix = 512;

enum class Pattern { Iso, Syslog, AccessLog, EpochSeconds, EpochMilliseconds };
constexpr Pattern AllPatterns[] = { Pattern::Iso, Pattern::Syslog, Pattern::AccessLog, Pattern::EpochSeconds,
    Pattern::EpochMilliseconds };

QString patternName(Pattern pattern)
{
    switch (pattern) {
    case Pattern::Iso:
        return QStringLiteral("ISO 8601");
    case Pattern::Syslog:
        return QCoreApplication::translate(
            "causeway::Import", "syslog style (month, day and time; no year, no zone)");
    case Pattern::AccessLog:
        return QCoreApplication::translate("causeway::Import", "access log (Apache, nginx)");
    case Pattern::EpochSeconds:
        return QCoreApplication::translate("causeway::Import", "seconds since 1970 (UTC)");
    case Pattern::EpochMilliseconds:
        return QCoreApplication::translate("causeway::Import", "milliseconds since 1970 (UTC)");
    }
    return {};
}

/// A timestamp ends where a word would: not in the middle of letters or digits.
bool boundaryAt(QStringView s, int i)
{
    return i >= s.size() || !s.at(i).isLetterOrNumber();
}

// Each scan returns the length of a timestamp of its pattern that starts at i, or 0. They check the
// shape only; whether the date exists is for toInstant(), so that a bad date is reported, not
// mistaken for a continuation line.

int scanIso(QStringView s, int i)
{
    if (!digitsAt(s, i, 4) || !charAt(s, i + 4, u'-') || !digitsAt(s, i + 5, 2) || !charAt(s, i + 7, u'-') ||
        !digitsAt(s, i + 8, 2) || !(charAt(s, i + 10, u'T') || charAt(s, i + 10, u' ')) ||
        !digitsAt(s, i + 11, 2) || !charAt(s, i + 13, u':') || !digitsAt(s, i + 14, 2))
        return 0;
    int p = i + 16;
    if (charAt(s, p, u':') && digitsAt(s, p + 1, 2))
        p += 3;
    if ((charAt(s, p, u'.') || charAt(s, p, u',')) && digitAt(s, p + 1))
        p += 1 + digitRun(s, p + 1);
    if ((charAt(s, p, u'Z') || charAt(s, p, u'z')) && boundaryAt(s, p + 1)) {
        ++p;
    } else if ((charAt(s, p, u'+') || charAt(s, p, u'-')) && digitsAt(s, p + 1, 2)) {
        int q = p + 3;
        if (charAt(s, q, u':') && digitsAt(s, q + 1, 2))
            q += 3;
        else if (digitsAt(s, q, 2))
            q += 2;
        if (boundaryAt(s, q))
            p = q;
    }
    return boundaryAt(s, p) ? p - i : 0;
}

int scanSyslog(QStringView s, int i)
{
    if (!monthAbbreviationAt(s, i) || !charAt(s, i + 3, u' '))
        return 0;
    int p = i + 4;
    if (charAt(s, p, u' ') && digitAt(s, p + 1))
        p += 2; // "Apr  4"
    else if (digitsAt(s, p, 2))
        p += 2;
    else if (digitAt(s, p))
        p += 1;
    else
        return 0;
    if (!charAt(s, p, u' ') || !digitsAt(s, p + 1, 2) || !charAt(s, p + 3, u':') || !digitsAt(s, p + 4, 2) ||
        !charAt(s, p + 6, u':') || !digitsAt(s, p + 7, 2))
        return 0;
    p += 9;
    if (charAt(s, p, u'.') && digitAt(s, p + 1))
        p += 1 + digitRun(s, p + 1);
    return boundaryAt(s, p) ? p - i : 0;
}

int scanAccessLog(QStringView s, int i)
{
    // 14/Apr/2026:10:02:13 +0200
    if (!digitsAt(s, i, 2) || !charAt(s, i + 2, u'/') || !monthAbbreviationAt(s, i + 3) ||
        !charAt(s, i + 6, u'/') || !digitsAt(s, i + 7, 4) || !charAt(s, i + 11, u':') ||
        !digitsAt(s, i + 12, 2) || !charAt(s, i + 14, u':') || !digitsAt(s, i + 15, 2) ||
        !charAt(s, i + 17, u':') || !digitsAt(s, i + 18, 2) || !charAt(s, i + 20, u' ') ||
        !(charAt(s, i + 21, u'+') || charAt(s, i + 21, u'-')) || !digitsAt(s, i + 22, 4))
        return 0;
    return boundaryAt(s, i + 26) ? 26 : 0;
}

int scanEpoch(QStringView s, int i, int digits)
{
    if (digitRun(s, i) != digits || charAt(s, i, u'0'))
        return 0;
    int p = i + digits;
    if (digits == 10 && charAt(s, p, u'.') && digitAt(s, p + 1))
        p += 1 + digitRun(s, p + 1);
    return boundaryAt(s, p) ? p - i : 0;
}

int scan(Pattern pattern, QStringView s, int i)
{
    switch (pattern) {
    case Pattern::Iso:
        return scanIso(s, i);
    case Pattern::Syslog:
        return scanSyslog(s, i);
    case Pattern::AccessLog:
        return scanAccessLog(s, i);
    case Pattern::EpochSeconds:
        return scanEpoch(s, i, 10);
    case Pattern::EpochMilliseconds:
        return scanEpoch(s, i, 13);
    }
    return 0;
}

/// Where a timestamp is in a line: [begin, end) with its brackets, and the timestamp itself.
struct Found
{
    int begin = 0;
    int end = 0;
    int stamp = 0;
    int length = 0;
};

/// Finds a timestamp of \a pattern after \a words blank-separated words, possibly in brackets.
bool find(QStringView line, Pattern pattern, int words, Found *found)
{
    int at = 0;
    for (int w = 0; w < words; ++w) {
        if (at >= line.size() || line.at(at).isSpace())
            return false;
        while (at < line.size() && !line.at(at).isSpace())
            ++at;
        while (at < line.size() && line.at(at).isSpace())
            ++at;
    }
    const bool bracket = charAt(line, at, u'[');
    const int start = at + (bracket ? 1 : 0);
    const int length = scan(pattern, line, start);
    if (length == 0)
        return false;
    found->stamp = start;
    found->length = length;
    found->begin = start;
    found->end = start + length;
    if (bracket && charAt(line, found->end, u']')) {
        found->begin = at;
        ++found->end;
    }
    return true;
}

struct Level
{
    QString tag;
    bool alert = false;
};

/**
 * A level at the start of \a text: `ERROR`, `ERROR:`, `[error]`, `<warn>` or `level=info`. A bare
 * word counts only in capitals, so that "error connecting" stays text. The level is cut from the text.
 */
Level takeLevel(QString *text)
{
    static const char *const levels[] = { "trace", "debug", "info", "notice", "warn", "warning", "error",
        "err", "fatal", "critical", "crit", "alert", "emerg", "emergency", "severe", "panic" };
    static const char *const alerts[] = { "error", "err", "fatal", "critical", "crit", "alert", "emerg",
        "emergency", "severe", "panic" };
    int end = 0;
    while (end < text->size() && !text->at(end).isSpace())
        ++end;
    const QString word = text->left(end);
    QString inner;
    bool anyCase = true;
    if (word.size() > 2 &&
        ((word.startsWith(u'[') && word.endsWith(u']')) || (word.startsWith(u'<') && word.endsWith(u'>')))) {
        inner = word.mid(1, word.size() - 2);
    } else if (word.startsWith(QLatin1String("level="), Qt::CaseInsensitive)) {
        inner = word.mid(6);
        if (inner.size() >= 2 && inner.startsWith(u'"') && inner.endsWith(u'"'))
            inner = inner.mid(1, inner.size() - 2);
    } else {
        inner = word.endsWith(u':') ? word.left(word.size() - 1) : word;
        anyCase = false;
    }
    if (inner.isEmpty() || (!anyCase && inner != inner.toUpper()))
        return {};
    const QString lower = inner.toLower();
    Level level;
    for (const char *name : levels) {
        if (lower == QLatin1String(name))
            level.tag = lower;
    }
    if (level.tag.isEmpty())
        return {};
    for (const char *name : alerts) {
        if (lower == QLatin1String(name))
            level.alert = true;
    }
    *text = text->mid(end).trimmed();
    return level;
}

/// What reading one file needs once its pattern is known, and what it finds out on the way.
struct LogRead
{
    Pattern pattern = Pattern::Iso;
    int words = 0; ///< blank-separated words before the timestamp (3 in access logs)
    QTimeZone zone;
    SyslogYear calendar; ///< for syslog-style times; the year goes up when the log passes New Year
    QString example; ///< a timestamp of the file, for messages
    bool assumedZone = false;

    /// The instant of a timestamp, or invalid with \a reason; \a line is where a new year may begin.
    Instant toInstant(QStringView stamp, qint64 line, QString *reason);
};

Instant LogRead::toInstant(QStringView stamp, qint64 line, QString *reason)
{
    const QString shown = stamp.toString();
    Instant time;
    switch (pattern) {
    case Pattern::Iso: {
        bool noZone = false;
        time = parseLogTimestamp(stamp, zone, &noZone);
        if (noZone && !zone.isValid()) {
            *reason = QCoreApplication::translate(
                "causeway::Import", "timestamp \"%1\" has no zone; give one with --zone")
                          .arg(shown);
            return {};
        }
        assumedZone = assumedZone || noZone;
        break;
    }
    case Pattern::Syslog:
        time = parseSyslogTime(stamp, zone, &calendar, line);
        assumedZone = true;
        break;
    case Pattern::AccessLog: {
        // 14/Apr/2026:10:02:13 +0200, rewritten as ISO 8601 for the one strict parser.
        const QString iso =
            QStringLiteral("%1-%2-%3T%4%5")
                .arg(stamp.mid(7, 4).toString())
                .arg(monthAbbreviationAt(stamp, 3), 2, 10, QLatin1Char('0'))
                .arg(stamp.mid(0, 2).toString(), stamp.mid(12, 8).toString(), stamp.mid(21, 5).toString());
        time = parseLogTimestamp(iso, QTimeZone());
        break;
    }
    case Pattern::EpochSeconds: {
        qint64 microseconds = stamp.left(10).toString().toLongLong() * 1000000;
        if (stamp.size() > 11) {
            const QStringView digits = stamp.mid(11);
            qint64 fraction = 0;
            for (int k = 0; k < 6; ++k)
                fraction = fraction * 10 + (k < digits.size() ? digits.at(k).unicode() - u'0' : 0);
            microseconds += fraction;
        }
        time = fromEpochMicroseconds(microseconds);
        break;
    }
    case Pattern::EpochMilliseconds:
        time = fromEpochMicroseconds(stamp.toString().toLongLong() * 1000);
        break;
    }
    if (!time.isValid())
        *reason =
            QCoreApplication::translate("causeway::Import", "timestamp \"%1\" is not a valid date and time")
                .arg(shown);
    return time;
}

class LogImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("log"); }
    QString description() const override
    {
        return QCoreApplication::translate(
            "causeway::Import", "Log lines that start with a timestamp (the pattern is detected)");
    }
    QStringList filePatterns() const override { return { QStringLiteral("*.log"), QStringLiteral("*.txt") }; }

    bool read(const QString &source, const ImportOptions &options, ImportBatch &result,
        const ImportProgress &progress, QString *error) const override
    {
        ImportBatch out; // moved into result only when the whole source was read
        QFile file(source);
        if (!openSource(file, source, error))
            return false;
        const QString shown = QFileInfo(source).fileName();
        LogRead log;
        log.zone = optionZone(options);
        log.calendar.year = options.year;
        qint64 exampleLine = 0;
        if (!detect(&file, source, options, &log, &exampleLine, error))
            return false;
        if (!file.seek(0)) {
            *error = QCoreApplication::translate("causeway::Import", "%1: cannot read: %2")
                         .arg(source, file.errorString());
            return false;
        }

        const qint64 total = file.size();
        TimelineEvent event;
        bool haveEvent = false;
        bool eventFull = false; // continuation lines are being left out
        qint64 leftOutLine = 0; // a timestamped line that was skipped: its continuation lines go too
        auto finish = [&]() {
            if (!haveEvent)
                return;
            haveEvent = false;
            if (event.text.trimmed().isEmpty()) {
                out.skipped.append({ shown, event.source.line,
                    QCoreApplication::translate("causeway::Import", "no text after the timestamp") });
                return;
            }
            out.events.append(std::move(event));
        };
        const bool complete = forEachLine(
            &file, source, progress, error, [&](QByteArray &bytes, qint64 lineNumber, bool overlong) {
                auto skip = [&](const QString &reason) {
                    out.skipped.append({ shown, lineNumber, reason });
                };
                if (overlong) {
                    // Most likely a line of its own: what follows it must not be added to the event before.
                    skip(overlongLineReason());
                    finish();
                    leftOutLine = lineNumber;
                    return true;
                }
                if (bytes.trimmed().isEmpty())
                    return true;
                const std::optional<QString> decoded = decodeUtf8Strict(bytes);
                if (!decoded) {
                    skip(QCoreApplication::translate("causeway::Import", "not valid UTF-8"));
                    // A bad line of a stack trace leaves its event; a bad line with a timestamp ends it.
                    Found found;
                    if (find(
                            QString::fromUtf8(bytes.left(DetectionPrefix)), log.pattern, log.words, &found)) {
                        finish();
                        leftOutLine = lineNumber;
                    }
                    return true;
                }
                const QString &line = *decoded;
                Found found;
                if (!find(line, log.pattern, log.words, &found)) {
                    // No timestamp: the line goes on from the one before (a stack trace, a wrapped message).
                    if (haveEvent && !eventFull) {
                        if (event.text.size() + line.size() > MaxEventText) {
                            eventFull = true;
                            skip(QCoreApplication::translate("causeway::Import",
                                "continuation lines from here on left out: the event of line %1 "
                                "holds more than %2 MiB of text")
                                     .arg(event.source.line)
                                     .arg(MaxEventText >> 20));
                        } else {
                            if (!event.text.isEmpty())
                                event.text += QLatin1Char('\n');
                            event.text += rightTrimmed(line);
                        }
                    } else if (!haveEvent && leftOutLine > 0) {
                        skip(QCoreApplication::translate(
                            "causeway::Import", "continues line %1, which was left out")
                                 .arg(leftOutLine));
                    } else if (!haveEvent) {
                        skip(QCoreApplication::translate(
                            "causeway::Import", "no timestamp like \"%1\" and no line before it to continue")
                                 .arg(log.example));
                    }
                    return true;
                }
                finish();
                QString reason;
                const Instant time =
                    log.toInstant(QStringView(line).mid(found.stamp, found.length), lineNumber, &reason);
                if (!time.isValid()) {
                    skip(reason);
                    leftOutLine = lineNumber;
                    return true;
                }
                leftOutLine = 0;
                eventFull = false;
                event = TimelineEvent();
                event.time = time;
                const QString before = line.left(found.begin).trimmed();
                const QString after = line.mid(found.end).trimmed();
                event.text = before;
                if (!before.isEmpty() && !after.isEmpty())
                    event.text += QLatin1Char(' ');
                event.text += after;
                const Level level = takeLevel(&event.text);
                if (!level.tag.isEmpty())
                    event.tags << level.tag;
                event.kind = level.alert ? EventKind::Alert : EventKind::Observation;
                event.source.type = SourceType::Imported;
                event.source.format = name();
                event.source.file = shown;
                event.source.line = lineNumber;
                haveEvent = true;
                return true;
            });
        if (!complete)
            return false;
        finish();
        progress.report(total, total);

        QString zoneText;
        switch (log.pattern) {
        case Pattern::Iso:
            zoneText = log.assumedZone
                ? QCoreApplication::translate("causeway::Import", "times without a zone were read in %1")
                      .arg(options.zone)
                : QCoreApplication::translate("causeway::Import", "each time carries its own UTC offset");
            break;
        case Pattern::Syslog:
            zoneText = QCoreApplication::translate("causeway::Import", "read in the year %1 and the zone %2")
                           .arg(options.year)
                           .arg(options.zone);
            break;
        case Pattern::AccessLog:
            zoneText =
                QCoreApplication::translate("causeway::Import", "each time carries its own UTC offset");
            break;
        case Pattern::EpochSeconds:
        case Pattern::EpochMilliseconds:
            zoneText = QStringLiteral("in UTC");
            break;
        }
        out.assumptions << QCoreApplication::translate(
            "causeway::Import", "%1: timestamps detected as %2, such as \"%3\" (line %4); %5")
                               .arg(shown, patternName(log.pattern), log.example)
                               .arg(exampleLine)
                               .arg(zoneText);
        if (log.calendar.newYearLine > 0)
            out.assumptions << QCoreApplication::translate(
                "causeway::Import", "%1: the log goes into the next year at line %2, read as %3")
                                   .arg(shown)
                                   .arg(log.calendar.newYearLine)
                                   .arg(log.calendar.year);
        result.append(out);
        return true;
    }

private:
    static QString rightTrimmed(const QString &text)
    {
        int end = text.size();
        while (end > 0 && text.at(end - 1).isSpace())
            --end;
        return text.left(end);
    }

    /// Finds the pattern (and how many words come before it) that most of the first lines have.
    static bool detect(QFile *file, const QString &source, const ImportOptions &options, LogRead *log,
        qint64 *exampleLine, QString *error)
    {
        struct Sample
        {
            qint64 line;
            QString text;
        };
        QVector<Sample> samples;
        LineReader lines(file);
        QByteArray bytes;
        while (samples.size() < DetectionLines && lines.next(&bytes)) {
            if (lines.overlong() || bytes.trimmed().isEmpty())
                continue;
            // Lossy on purpose: a bad byte is reported when the line is read, not here.
            samples.append({ lines.lineNumber(), QString::fromUtf8(bytes.left(DetectionPrefix)) });
        }
        if (samples.isEmpty()) {
            *error =
                QCoreApplication::translate("causeway::Import", "%1: no lines to read: the file is empty")
                    .arg(source);
            return false;
        }
        int best = 0;
        for (int words = 0; words <= MaxWordsBefore; ++words) {
            for (const Pattern pattern : AllPatterns) {
                int count = 0;
                Found found;
                for (const Sample &sample : qAsConst(samples))
                    count += find(sample.text, pattern, words, &found) ? 1 : 0;
                if (count > best) {
                    best = count;
                    log->pattern = pattern;
                    log->words = words;
                }
            }
        }
        if (best == 0) {
            *error = QCoreApplication::translate("causeway::Import",
                "%1: no timestamp found at the start of the first %2 non-empty lines. The "
                "log importer reads lines that start with a timestamp such as "
                "2026-04-14T10:02:13Z, 2026-04-14 10:02:13,123, [2026-04-14 10:02:13], "
                "Apr 14 10:02:13, 192.0.2.7 - - [14/Apr/2026:10:02:13 +0200] or "
                "seconds since 1970")
                         .arg(source)
                         .arg(samples.size());
            return false;
        }
        bool needsZone = log->pattern == Pattern::Syslog;
        for (const Sample &sample : qAsConst(samples)) {
            Found found;
            if (!find(sample.text, log->pattern, log->words, &found))
                continue;
            const QString stamp = sample.text.mid(found.stamp, found.length);
            if (log->example.isEmpty()) {
                log->example = stamp;
                *exampleLine = sample.line;
            }
            bool noZone = false;
            if (log->pattern == Pattern::Iso && !parseLogTimestamp(stamp, QTimeZone(), &noZone).isValid() &&
                noZone && !needsZone) {
                needsZone = true;
                log->example = stamp;
                *exampleLine = sample.line;
            }
        }
        QStringList missing;
        if (log->pattern == Pattern::Syslog && options.year == 0)
            missing << QStringLiteral("year");
        if (needsZone && !log->zone.isValid())
            missing << QStringLiteral("zone");
        if (!missing.isEmpty()) {
            *error =
                QCoreApplication::translate(
                    "causeway::Import", "%1: timestamps such as \"%2\" (line %3) have no %4: give %5")
                    .arg(source, log->example)
                    .arg(*exampleLine)
                    .arg(missing.join(QLatin1String(" and no ")),
                        missing.size() == 2
                            ? QCoreApplication::translate("causeway::Import", "them with --year and --zone")
                            : QString(QCoreApplication::translate("causeway::Import", "it with --") +
                                  missing.first()));
            return false;
        }
        return true;
    }
};

} // namespace

std::unique_ptr<Importer> makeLogImporter()
{
    return std::make_unique<LogImporter>();
}

} // namespace causeway
