// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlinesimporter.h"

#include "linereader.h"
#include "textdecoding.h"
#include "timestamps.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace causeway {

namespace {

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
        const QTimeZone zone = optionZone(options);
        bool assumedZone = false;
        const qint64 total = file.size();
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
                if (!decodeUtf8Strict(bytes)) {
                    skip(QStringLiteral("not valid UTF-8"));
                    return true;
                }
                QJsonParseError parseError;
                const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
                if (parseError.error != QJsonParseError::NoError) {
                    skip(QStringLiteral("not valid JSON (%1 at column %2)")
                             .arg(parseError.errorString())
                             .arg(qMax(1, int(parseError.offset))));
                    return true;
                }
                if (!json.isObject()) {
                    skip(QStringLiteral("expected a JSON object with \"message\" and \"datetime\""));
                    return true;
                }
                const QJsonObject o = json.object();

                TimelineEvent e;
                const QJsonValue message = o.value(QLatin1String("message"));
                if (!message.isString() || message.toString().trimmed().isEmpty()) {
                    skip(QStringLiteral("\"message\": expected a non-empty string"));
                    return true;
                }
                e.text = message.toString();

                const QJsonValue datetime = o.value(QLatin1String("datetime"));
                const QJsonValue timestamp = o.value(QLatin1String("timestamp"));
                if (datetime.isString()) {
                    bool noZone = false;
                    e.time = parseLogTimestamp(datetime.toString(), zone, &noZone);
                    if (noZone && !zone.isValid()) {
                        skip(QStringLiteral("\"datetime\": \"%1\" has no zone; give one with --zone")
                                 .arg(datetime.toString()));
                        return true;
                    }
                    if (!e.time.isValid()) {
                        skip(QStringLiteral("\"datetime\": expected an ISO 8601 timestamp, got \"%1\"")
                                 .arg(datetime.toString().left(60)));
                        return true;
                    }
                    assumedZone = assumedZone || noZone;
                } else if (timestamp.isDouble()) {
                    e.time = fromEpochMicroseconds(qint64(timestamp.toDouble()));
                } else {
                    skip(QStringLiteral(
                        "\"datetime\": expected an ISO 8601 timestamp (or \"timestamp\" in microseconds)"));
                    return true;
                }

                const QJsonValue desc = o.value(QLatin1String("timestamp_desc"));
                if (desc.isString() && !desc.toString().isEmpty())
                    e.tags << desc.toString();
                for (const QJsonValue tag : o.value(QLatin1String("tag")).toArray()) {
                    if (tag.isString() && !tag.toString().isEmpty() && !e.tags.contains(tag.toString()))
                        e.tags << tag.toString();
                }
                for (const char *field : { "username", "hostname", "display_name" }) {
                    const QString actor = o.value(QLatin1String(field)).toString();
                    if (!actor.isEmpty() && actor != QLatin1String("-")) {
                        e.actor = actor;
                        break;
                    }
                }
                e.kind = EventKind::Observation;
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
