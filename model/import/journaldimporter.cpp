// SPDX-License-Identifier: GPL-3.0-or-later
#include "journaldimporter.h"

#include "jsonrecord.h"
#include "linereader.h"
#include "textdecoding.h"
#include "timestamps.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace causeway {

namespace {

/// 10000-01-01T00:00:00Z: the first moment a four-digit RFC 3339 year cannot hold.
constexpr qint64 EndOfYear9999 = Q_INT64_C(253402300800) * 1000000;
/// Enough of a binary message to recognise it; the whole blob would say no more on a timeline.
constexpr int HexDumpBytes = 64;

const char *const PriorityNames[] = { "emerg", "alert", "crit", "err", "warning", "notice", "info", "debug" };

QString leftOutText()
{
    return QStringLiteral("(message left out by journalctl: larger than 4096 bytes)");
}

/**
 * UTF-8 with every byte that is not part of a valid sequence replaced by U+FFFD, one for one. Our
 * own loop rather than QString::fromUtf8(), whose replacement rules differ between Qt 5 and Qt 6:
 * the count of invalid bytes decides what a message is, and must not depend on the Qt version.
 */
QString decodeUtf8Lenient(const QByteArray &bytes, int *invalid)
{
    QString out;
    out.reserve(bytes.size());
    const int n = int(bytes.size());
    int i = 0;
    while (i < n) {
        const uchar lead = uchar(bytes.at(i));
        if (lead < 0x80) {
            out.append(QChar(char16_t(lead)));
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t smallest = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            code = lead & 0x1F;
            smallest = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            code = lead & 0x0F;
            smallest = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            code = lead & 0x07;
            smallest = 0x10000;
        }
        bool valid = length > 0 && i + length <= n;
        for (int k = 1; valid && k < length; ++k) {
            const uchar next = uchar(bytes.at(i + k));
            valid = (next & 0xC0) == 0x80;
            code = (code << 6) | (next & 0x3F);
        }
        // Overlong forms, surrogates and values beyond Unicode are invalid UTF-8 as well.
        if (!valid || code < smallest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            out.append(QChar(QChar::ReplacementCharacter));
            ++*invalid;
            ++i;
            continue;
        }
        if (code >= 0x10000) {
            out.append(QChar(QChar::highSurrogate(code)));
            out.append(QChar(QChar::lowSurrogate(code)));
        } else {
            out.append(QChar(char16_t(code)));
        }
        i += length;
    }
    return out;
}

/// \a text without terminal control sequences (CSI: ESC [ parameters final-byte), e.g. colours.
QString withoutTerminalCodes(const QString &text)
{
    const QChar escape(char16_t(0x1b));
    if (!text.contains(escape))
        return text;
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == escape && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('[')) {
            int j = i + 2;
            while (j < text.size() && text.at(j).unicode() >= 0x20 && text.at(j).unicode() <= 0x3F)
                ++j;
            if (j < text.size() && text.at(j).unicode() >= 0x40 && text.at(j).unicode() <= 0x7E) {
                i = j;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

/// A field value that journalctl wrote as bytes, as text; \a binary is set when it was not UTF-8.
QString textOfBytes(const QByteArray &bytes, bool *binary)
{
    QByteArray text = bytes;
    while (text.endsWith('\0'))
        text.chop(1);
    if (!text.contains('\0')) {
        if (const std::optional<QString> decoded = decodeUtf8Strict(text))
            return withoutTerminalCodes(*decoded);
    }
    *binary = true;
    int invalid = 0;
    const QString lenient = decodeUtf8Lenient(text, &invalid);
    if (!text.contains('\0') && invalid * 4 <= text.size())
        return withoutTerminalCodes(lenient);
    QString dump = QStringLiteral("(binary message, %1 bytes) %2")
                       .arg(bytes.size())
                       .arg(QString::fromLatin1(bytes.left(HexDumpBytes).toHex(' ')));
    if (bytes.size() > HexDumpBytes)
        dump += QStringLiteral(" ...");
    return dump;
}

/// The bytes of a JSON array of byte values, or false when an element is not a whole 0 to 255.
bool bytesOf(const QJsonArray &array, QByteArray *bytes)
{
    bytes->reserve(array.size());
    for (const QJsonValue v : array) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 255 || d != double(int(d)))
            return false;
        bytes->append(char(int(d)));
    }
    return true;
}

bool isByteArray(const QJsonArray &array)
{
    return array.isEmpty() || array.first().isDouble();
}

/**
 * The first value of a field that is not MESSAGE, as text: a string, a byte array, or an array of
 * such values (the field occurred more than once). Empty for other types.
 */
QString firstValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (!value.isArray())
        return {};
    const QJsonArray array = value.toArray();
    QByteArray bytes;
    bool binary = false;
    if (isByteArray(array))
        return bytesOf(array, &bytes) ? textOfBytes(bytes, &binary) : QString();
    return firstValue(array.first());
}

/// MESSAGE as text, or false when it has none of the shapes journalctl writes.
bool messageText(const QJsonValue &value, QString *text, bool *binary, bool *leftOut, bool repeated = false)
{
    if (value.isString()) {
        *text = withoutTerminalCodes(value.toString());
        return true;
    }
    if (value.isNull()) {
        *text = leftOutText();
        *leftOut = true;
        return true;
    }
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    if (isByteArray(array)) {
        QByteArray bytes;
        if (!bytesOf(array, &bytes))
            return false;
        *text = textOfBytes(bytes, binary);
        return true;
    }
    if (repeated)
        return false; // an array of arrays of values is nothing journalctl writes
    // The field occurred more than once in the entry: keep every message.
    QStringList parts;
    for (const QJsonValue part : array) {
        QString partText;
        if (!messageText(part, &partText, binary, leftOut, true))
            return false;
        parts << partText;
    }
    *text = parts.join(QLatin1Char('\n'));
    return true;
}

/// A timestamp field: microseconds since the epoch as a decimal string; false when it is not one.
bool epochMicroseconds(const QJsonValue &value, qint64 *microseconds)
{
    if (!value.isString())
        return false;
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    *microseconds = text.toLongLong();
    return *microseconds > 0 && *microseconds < EndOfYear9999;
}

/// Whether \a o is a journal entry at all (rather than some other JSON object).
bool looksLikeJournalEntry(const QJsonObject &o)
{
    for (const char *key : { "__CURSOR", "__REALTIME_TIMESTAMP", "_SOURCE_REALTIME_TIMESTAMP", "MESSAGE" }) {
        if (o.contains(QLatin1String(key)))
            return true;
    }
    return false;
}

class JournaldImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("journald"); }
    QString description() const override
    {
        return QCoreApplication::translate("causeway::Import", "systemd journal (journalctl -o json)");
    }
    QStringList filePatterns() const override
    {
        return { QStringLiteral("*.json"), QStringLiteral("*.jsonl"), QStringLiteral("*.ndjson") };
    }

    bool read(const QString &source, const ImportOptions &, ImportBatch &result,
        const ImportProgress &progress, QString *error) const override
    {
        ImportBatch out; // moved into result only when the whole source was read
        QFile file(source);
        if (!openSource(file, source, error))
            return false;
        const QByteArray start = file.peek(2);
        if (start == "\xFF\xFE" || start == "\xFE\xFF") {
            *error = QCoreApplication::translate("causeway::Import",
                "%1: the file is UTF-16; journalctl writes UTF-8 (was it saved through "
                "a PowerShell redirection?)")
                         .arg(source);
            return false;
        }
        const QString shownFile = QFileInfo(source).fileName();
        const qint64 total = file.size();
        qint64 nonEmptyLines = 0;
        qint64 entries = 0;
        bool prettyPrinted = false;
        const bool complete = forEachLine(
            &file, source, progress, error, [&](QByteArray &bytes, qint64 lineNumber, bool overlong) {
                auto skip = [&](const QString &reason) {
                    out.skipped.append({ shownFile, lineNumber, reason });
                };
                if (overlong) {
                    ++nonEmptyLines;
                    skip(overlongLineReason());
                    return true;
                }
                // journalctl -o json-seq starts each record with an RS character (RFC 7464).
                if (bytes.startsWith('\x1e'))
                    bytes.remove(0, 1);
                if (bytes.trimmed().isEmpty())
                    return true;
                ++nonEmptyLines;
                // json-pretty writes one field per line: `"__CURSOR" : "s=...",`.
                prettyPrinted = prettyPrinted || bytes.trimmed().startsWith("\"__CURSOR\"") ||
                    bytes.trimmed().startsWith("\"__REALTIME_TIMESTAMP\"");
                if (!decodeUtf8Strict(bytes)) {
                    skip(QCoreApplication::translate("causeway::Import",
                        "not valid UTF-8 (journalctl writes such values as arrays of bytes)"));
                    return true;
                }
                QJsonParseError parseError;
                const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
                if (parseError.error != QJsonParseError::NoError) {
                    skip(QCoreApplication::translate("causeway::Import", "not valid JSON (%1 at column %2)")
                             .arg(parseError.errorString())
                             .arg(parseError.offset + 1));
                    return true;
                }
                if (!json.isObject()) {
                    skip(QCoreApplication::translate("causeway::Import",
                        "expected a JSON object: one journal entry per line, as journalctl -o json "
                        "writes"));
                    return true;
                }
                const QJsonObject o = json.object();
                if (looksLikeJournalEntry(o))
                    ++entries;
                QString reason;
                TimelineEvent e = eventOf(o, &reason);
                if (!reason.isEmpty()) {
                    skip(reason);
                    return true;
                }
                e.source.type = SourceType::Imported;
                e.source.format = name();
                e.source.file = shownFile;
                e.source.line = lineNumber;
                out.events.append(std::move(e));
                return true;
            });
        if (!complete)
            return false;
        if (progress.isCanceled()) {
            *error = QCoreApplication::translate("causeway::Import", "%1: import canceled").arg(source);
            return false;
        }
        if (entries == 0) {
            // Nothing here is a journal entry: the wrong file or the wrong export, not bad lines.
            if (nonEmptyLines == 0) {
                *error = QCoreApplication::translate(
                    "causeway::Import", "%1: the file is empty; expected the output of journalctl -o json")
                             .arg(source);
            } else {
                *error = QCoreApplication::translate("causeway::Import",
                    "%1: not the output of journalctl -o json: no line is a journal entry "
                    "(a JSON object with \"__REALTIME_TIMESTAMP\" and \"MESSAGE\")")
                             .arg(source);
                if (prettyPrinted)
                    *error += QCoreApplication::translate("causeway::Import",
                        "; journalctl -o json-pretty spreads an entry over many lines: "
                        "export with -o json");
            }
            return false;
        }
        progress.report(total, total);
        result.append(out);
        return true;
    }

private:
    /// The event of one journal entry, or \a reason set to why it is left out.
    static TimelineEvent eventOf(const QJsonObject &o, QString *reason)
    {
        TimelineEvent e;
        const QJsonValue realtime = o.value(QLatin1String("__REALTIME_TIMESTAMP"));
        const QJsonValue sourceRealtime = o.value(QLatin1String("_SOURCE_REALTIME_TIMESTAMP"));
        qint64 microseconds = 0;
        if (!realtime.isUndefined()) {
            if (!epochMicroseconds(realtime, &microseconds)) {
                *reason = QCoreApplication::translate("causeway::Import",
                    "\"__REALTIME_TIMESTAMP\": expected microseconds since 1970-01-01 UTC "
                    "as a decimal string, got %1")
                              .arg(shownJsonValue(realtime));
                return e;
            }
        } else if (!sourceRealtime.isUndefined()) {
            if (!epochMicroseconds(sourceRealtime, &microseconds)) {
                *reason = QCoreApplication::translate("causeway::Import",
                    "\"_SOURCE_REALTIME_TIMESTAMP\": expected microseconds since "
                    "1970-01-01 UTC as a decimal string, got %1")
                              .arg(shownJsonValue(sourceRealtime));
                return e;
            }
        } else {
            *reason = QStringLiteral("no \"__REALTIME_TIMESTAMP\" (nor \"_SOURCE_REALTIME_TIMESTAMP\")");
            return e;
        }
        e.time = fromEpochMicroseconds(microseconds);

        const QJsonValue message = o.value(QLatin1String("MESSAGE"));
        if (message.isUndefined()) {
            *reason = QStringLiteral("no \"MESSAGE\"");
            return e;
        }
        bool binary = false;
        bool leftOut = false;
        if (!messageText(message, &e.text, &binary, &leftOut)) {
            *reason = QCoreApplication::translate("causeway::Import",
                "\"MESSAGE\": expected a string, an array of byte values (0 to 255) or "
                "null, got %1")
                          .arg(shownJsonValue(message));
            return e;
        }
        if (e.text.trimmed().isEmpty()) {
            *reason = QCoreApplication::translate("causeway::Import", "\"MESSAGE\" is empty");
            return e;
        }

        e.kind = EventKind::Observation;
        const QJsonValue priority = o.value(QLatin1String("PRIORITY"));
        if (!priority.isUndefined()) {
            const QString level = firstValue(priority);
            if (level.size() != 1 || level.at(0) < QLatin1Char('0') || level.at(0) > QLatin1Char('7')) {
                *reason = QStringLiteral("\"PRIORITY\": expected \"0\" (emerg) to \"7\" (debug), got %1")
                              .arg(shownJsonValue(priority));
                return e;
            }
            const int value = level.at(0).unicode() - '0';
            e.tags << QLatin1String(PriorityNames[value]);
            if (value <= 3)
                e.kind = EventKind::Alert;
        }
        const QString unit = firstValue(o.value(QLatin1String("_SYSTEMD_UNIT")));
        if (!unit.isEmpty())
            e.tags << unit;
        if (binary)
            e.tags << QStringLiteral("binary-message");
        if (leftOut)
            e.tags << QStringLiteral("message-left-out");

        for (const char *field : { "SYSLOG_IDENTIFIER", "_COMM", "_SYSTEMD_UNIT" }) {
            e.actor = firstValue(o.value(QLatin1String(field)));
            if (!e.actor.isEmpty())
                break;
        }
        const QString host = firstValue(o.value(QLatin1String("_HOSTNAME")));
        if (!host.isEmpty())
            e.actor = e.actor.isEmpty() ? host : e.actor + QLatin1Char('@') + host;
        return e;
    }
};

} // namespace

std::unique_ptr<Importer> makeJournaldImporter()
{
    return std::make_unique<JournaldImporter>();
}

} // namespace causeway
