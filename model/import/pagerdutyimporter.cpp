// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagerdutyimporter.h"

#include "jsonarraystream.h"
#include "jsonrecord.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace causeway {

namespace {

constexpr qint64 ProgressEvery = 1 << 16;

EventKind kindOf(const QString &type)
{
    if (type == QLatin1String("trigger"))
        return EventKind::Alert;
    if (type == QLatin1String("resolve"))
        return EventKind::Milestone;
    if (type == QLatin1String("notify") || type == QLatin1String("annotate"))
        return EventKind::Communication;
    // Each of these changes who handles the incident or when: a responder's (or the escalation
    // policy's) action, even when PagerDuty carries it out on a timeout.
    for (const char *action : { "acknowledge", "unacknowledge", "assign", "escalate", "delegate", "snooze",
             "urgency_change", "priority_change" }) {
        if (type == QLatin1String(action))
            return EventKind::Action;
    }
    return EventKind::Observation;
}

class PagerDutyImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("pagerduty"); }
    QString description() const override
    {
        return QCoreApplication::translate(
            "causeway::Import", "PagerDuty incident log entries (REST API v2)");
    }
    QStringList filePatterns() const override { return { QStringLiteral("*.json") }; }

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
        qint64 lastReport = 0;
        int repeats = 0;
        QSet<QString> ids;

        // The API's answer is an object; scripts that page through it often save just the entries.
        const QByteArray key = firstJsonByte(&file) == '[' ? QByteArray() : QByteArrayLiteral("log_entries");
        JsonArrayStream stream(&file, key);
        QByteArray bytes;
        qint64 line = 0;
        while (stream.next(&bytes, &line)) {
            if (progress.isCanceled()) {
                *error = QCoreApplication::translate("causeway::Import", "%1: import canceled").arg(source);
                return false;
            }
            if (stream.bytesRead() - lastReport >= ProgressEvery) {
                lastReport = stream.bytesRead();
                progress.report(lastReport, total);
            }
            const auto skip = [&](const QString &reason) {
                out.skipped.append({ shown, line, reason });
            };
            QString reason;
            const QJsonObject entry = parseJsonRecord(bytes,
                QCoreApplication::translate("causeway::Import", "expected a log entry object"), &reason);
            if (!reason.isEmpty()) {
                skip(reason);
                continue;
            }
            const QJsonValue type = entry.value(QLatin1String("type"));
            if (!type.isString() || type.toString().isEmpty()) {
                skip(QCoreApplication::translate(
                    "causeway::Import", "\"type\": expected a string such as \"acknowledge_log_entry\""));
                continue;
            }
            const QJsonValue summary = entry.value(QLatin1String("summary"));
            if (!summary.isString() || summary.toString().trimmed().isEmpty()) {
                skip(QCoreApplication::translate(
                    "causeway::Import", "\"summary\": expected a non-empty string"));
                continue;
            }
            QString wrongType;
            for (const char *field : { "agent", "channel", "service", "incident" }) {
                const QJsonValue value = entry.value(QLatin1String(field));
                if (wrongType.isEmpty() && !value.isUndefined() && !value.isNull() && !value.isObject())
                    wrongType = QCoreApplication::translate("causeway::Import", "\"%1\": expected an object")
                                    .arg(QLatin1String(field));
            }
            if (!wrongType.isEmpty()) {
                skip(wrongType);
                continue;
            }
            TimelineEvent e;
            e.time = recordTime(entry, "created_at", zone, &assumedZone, &reason);
            if (!e.time.isValid()) {
                skip(reason);
                continue;
            }
            const QString id = entry.value(QLatin1String("id")).toString();
            if (!id.isEmpty()) {
                if (ids.contains(id)) {
                    ++repeats;
                    continue;
                }
                ids.insert(id);
            }

            // "acknowledge_log_entry" → "acknowledge": the tag, and what the kind follows from.
            const QLatin1String suffix("_log_entry");
            QString shortType = type.toString();
            if (shortType.endsWith(suffix))
                shortType.chop(suffix.size());
            e.kind = kindOf(shortType);
            e.text = summary.toString().trimmed();
            // A note's words are in the channel: the summary only says "Note added". A trigger's
            // summary says how it came ("Triggered through the API."), the incident's title what.
            const QJsonObject channel = entry.value(QLatin1String("channel")).toObject();
            QString detail = channel.value(QLatin1String("notes")).toString().trimmed();
            if (detail.isEmpty() && shortType == QLatin1String("annotate"))
                detail = channel.value(QLatin1String("summary")).toString().trimmed();
            if (detail.isEmpty() && shortType == QLatin1String("trigger"))
                detail = entry.value(QLatin1String("incident"))
                             .toObject()
                             .value(QLatin1String("summary"))
                             .toString()
                             .trimmed();
            if (!detail.isEmpty() && !e.text.contains(detail)) {
                if (e.text.endsWith(QLatin1Char('.')))
                    e.text.chop(1);
                e.text += QStringLiteral(": ") + detail;
            }
            e.actor =
                entry.value(QLatin1String("agent")).toObject().value(QLatin1String("summary")).toString();
            if (e.actor.isEmpty())
                e.actor = QStringLiteral("PagerDuty"); // escalations and timeouts have no agent
            e.tags << shortType;
            const QString service =
                entry.value(QLatin1String("service")).toObject().value(QLatin1String("summary")).toString();
            if (!service.isEmpty() && service != shortType)
                e.tags << service;
            e.source.type = SourceType::Imported;
            e.source.format = name();
            e.source.file = shown;
            e.source.line = line;
            out.events.append(std::move(e));
        }
        if (!stream.foundArray()) {
            *error = QCoreApplication::translate("causeway::Import", "%1: not PagerDuty log entries: %2")
                         .arg(source, stream.error());
            return false;
        }
        if (!stream.errorMessage().isEmpty())
            out.skipped.append({ shown, stream.errorLine(), stream.errorMessage() });
        progress.report(total, total);
        if (assumedZone)
            out.assumptions << zoneAssumption(shown, options.zone);
        if (repeats == 1)
            out.assumptions << QCoreApplication::translate(
                "causeway::Import", "%1: 1 log entry that appears twice (same id) was read once")
                                   .arg(shown);
        else if (repeats > 1)
            out.assumptions << QCoreApplication::translate(
                "causeway::Import", "%1: %2 repeats of log entries (same id) were left out")
                                   .arg(shown)
                                   .arg(repeats);
        result.append(out);
        return true;
    }
};

} // namespace

std::unique_ptr<Importer> makePagerDutyImporter()
{
    return std::make_unique<PagerDutyImporter>();
}

} // namespace causeway
