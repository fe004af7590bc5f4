// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlinesimporter.h"

#include "flatjsonobject.h"
#include "linereader.h"
#include "stringpool.h"
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

/// 10000-01-01T00:00:00Z in microseconds since 1970: the first moment RFC 3339 cannot write.
constexpr double EndOfYear9999 = 253402300800.0 * 1000000;

/// What an event is made of, read from one line by either parser.
struct LineFields
{
    bool messageIsString = false;
    QString message;
    bool datetimeIsString = false;
    QString datetime;
    bool timestampIsNumber = false;
    double timestamp = 0;
    QString timestampDesc; // empty when missing or not a string
    QStringList tag; // the strings of "tag"
    QString actorFields[3]; // "username", "hostname", "display_name": empty when not strings
};

const char *const ActorKeys[] = { "username", "hostname", "display_name" };

/// The fields through QJsonDocument: for every line the fast path is not sure of.
bool readWithQJson(const QByteArray &bytes, LineFields *f, QString *skipReason)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *skipReason = QCoreApplication::translate("causeway::Import", "not valid JSON (%1 at column %2)")
                          .arg(parseError.errorString())
                          .arg(qMax(1, int(parseError.offset)));
        return false;
    }
    if (!json.isObject()) {
        *skipReason = QCoreApplication::translate(
            "causeway::Import", "expected a JSON object with \"message\" and \"datetime\"");
        return false;
    }
    const QJsonObject o = json.object();
    const QJsonValue message = o.value(QLatin1String("message"));
    f->messageIsString = message.isString();
    f->message = message.toString();
    const QJsonValue datetime = o.value(QLatin1String("datetime"));
    f->datetimeIsString = datetime.isString();
    f->datetime = datetime.toString();
    const QJsonValue timestamp = o.value(QLatin1String("timestamp"));
    f->timestampIsNumber = timestamp.isDouble();
    f->timestamp = timestamp.toDouble();
    f->timestampDesc = o.value(QLatin1String("timestamp_desc")).toString();
    for (const QJsonValue tag : o.value(QLatin1String("tag")).toArray()) {
        if (tag.isString())
            f->tag << tag.toString();
    }
    for (int i = 0; i < 3; ++i)
        f->actorFields[i] = o.value(QLatin1String(ActorKeys[i])).toString();
    return true;
}

bool isAscii(const QByteArray &bytes)
{
    unsigned char any = 0;
    for (const char c : bytes)
        any |= static_cast<unsigned char>(c);
    return any < 0x80;
}

/**
 * The fields through FlatJsonObject, about ten times faster than QJsonDocument; false when it is
 * not sure of the line, which then goes to readWithQJson().
 */
bool readFlat(const QByteArray &bytes, FlatJsonObject &object, LineFields *f)
{
    if (!object.parse(bytes.constData(), bytes.size()))
        return false;
    bool ok = true, allOk = true;
    const FlatJsonObject::Value message = object.value("message");
    f->messageIsString = message.type == FlatJsonObject::Type::String;
    f->message = FlatJsonObject::string(message, &ok);
    allOk = allOk && ok;
    const FlatJsonObject::Value datetime = object.value("datetime");
    f->datetimeIsString = datetime.type == FlatJsonObject::Type::String;
    if (!f->datetimeIsString)
        return false; // "timestamp" as a number: rare; QJsonDocument reads it as a double
    f->datetime = FlatJsonObject::string(datetime, &ok);
    allOk = allOk && ok;
    f->timestampDesc = FlatJsonObject::string(object.value("timestamp_desc"), &ok);
    allOk = allOk && ok;
    f->tag = FlatJsonObject::strings(object.value("tag"), &ok);
    allOk = allOk && ok;
    for (int i = 0; i < 3; ++i) {
        f->actorFields[i] = FlatJsonObject::string(object.value(ActorKeys[i]), &ok);
        allOk = allOk && ok;
    }
    return allOk && object.isUnique();
}

class JsonLinesImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("jsonl"); }
    QString description() const override { return QStringLiteral("Timesketch/Plaso JSON Lines"); }
    QStringList filePatterns() const override
    {
        return { QStringLiteral("*.jsonl"), QStringLiteral("*.ndjson") };
    }

    bool read(const QString &source, const ImportOptions &options, ImportBatch &result,
        const ImportProgress &progress, QString *error) const override
    {
        ImportBatch out; // moved into result only when the whole source was read
        QFile file(source);
        if (!openSource(file, source, error))
            return false;
        const QString shown = QFileInfo(source).fileName();
        const QString format = name();
        const QTimeZone zone = optionZone(options);
        bool assumedZone = false;
        const qint64 total = file.size();
        FlatJsonObject object;
        StringPool pool; // actors and tags repeat from line to line
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
                if (!isAscii(bytes) && !decodeUtf8Strict(bytes)) {
                    skip(QCoreApplication::translate("causeway::Import", "not valid UTF-8"));
                    return true;
                }
                LineFields f;
                if (!readFlat(bytes, object, &f)) {
                    f = LineFields();
                    QString reason;
                    if (!readWithQJson(bytes, &f, &reason)) {
                        skip(reason);
                        return true;
                    }
                }

                TimelineEvent e;
                if (!f.messageIsString || f.message.trimmed().isEmpty()) {
                    skip(QCoreApplication::translate(
                        "causeway::Import", "\"message\": expected a non-empty string"));
                    return true;
                }
                e.text = f.message;

                if (f.datetimeIsString) {
                    bool noZone = false;
                    e.time = parseLogTimestamp(f.datetime, zone, &noZone);
                    if (noZone && !zone.isValid()) {
                        skip(QCoreApplication::translate(
                            "causeway::Import", "\"datetime\": \"%1\" has no zone; give one with --zone")
                                 .arg(f.datetime));
                        return true;
                    }
                    if (!e.time.isValid()) {
                        skip(QCoreApplication::translate(
                            "causeway::Import", "\"datetime\": expected an ISO 8601 timestamp, got \"%1\"")
                                 .arg(f.datetime.left(60)));
                        return true;
                    }
                    assumedZone = assumedZone || noZone;
                } else if (f.timestampIsNumber) {
                    // Any JSON number can stand here (1e300, -1): only 1970 to 9999 is a moment
                    // that fits in 64 bits and that a .causeway file can hold.
                    if (!(f.timestamp >= 0 && f.timestamp < EndOfYear9999)) {
                        skip(QStringLiteral("\"timestamp\": expected microseconds since 1970 before the "
                                            "year 10000, got %1")
                                 .arg(f.timestamp));
                        return true;
                    }
                    e.time = fromEpochMicroseconds(qint64(f.timestamp));
                } else {
                    skip(QCoreApplication::translate("causeway::Import",
                        "\"datetime\": expected an ISO 8601 timestamp (or \"timestamp\" in microseconds)"));
                    return true;
                }

                QStringList tags;
                if (!f.timestampDesc.isEmpty())
                    tags << f.timestampDesc;
                for (const QString &tag : std::as_const(f.tag)) {
                    if (!tag.isEmpty() && !tags.contains(tag))
                        tags << tag;
                }
                e.tags = pool.intern(tags);
                for (const QString &actor : f.actorFields) {
                    if (!actor.isEmpty() && actor != QLatin1String("-")) {
                        e.actor = pool.intern(actor);
                        break;
                    }
                }
                e.kind = EventKind::Observation;
                e.source.type = SourceType::Imported;
                e.source.format = format;
                e.source.file = shown;
                e.source.line = lineNumber;
                out.events.append(std::move(e));
                return true;
            });
        if (!complete)
            return false;
        progress.report(total, total);
        if (assumedZone)
            out.assumptions << zoneAssumption(shown, options.zone);
        result.append(out);
        return true;
    }
};

} // namespace

std::unique_ptr<Importer> makeJsonLinesImporter()
{
    return std::make_unique<JsonLinesImporter>();
}

} // namespace causeway
