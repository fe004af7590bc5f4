// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmanagerimporter.h"

#include "jsonarraystream.h"
#include "jsonrecord.h"
#include "linereader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include <initializer_list>

namespace causeway {

namespace {

constexpr qint64 ProgressEvery = 1 << 16;

QString label(const QJsonObject &labels, const char *name)
{
    return labels.value(QLatin1String(name)).toString().trimmed();
}

QString firstNonEmpty(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty())
            return candidate;
    }
    return {};
}

/// What one read() has found so far, and the alerts it has seen, so that repeats are left out.
class AlertReader
{
public:
    AlertReader(const QString &format, const QString &shown, const QTimeZone &zone, ImportBatch &out)
        : m_format(format)
        , m_shown(shown)
        , m_zone(zone)
        , m_out(out)
    { }

    bool assumedZone() const { return m_assumedZone; }
    int repeats() const { return m_repeats; }

    /// One webhook notification, given as its bytes, that starts on line \a firstLine of the file.
    void readWebhook(const QByteArray &bytes, qint64 firstLine)
    {
        QString reason;
        const QJsonObject webhook = parseJsonRecord(
            bytes, QCoreApplication::translate("causeway::Import", "expected a webhook object"), &reason);
        if (reason.isEmpty() && !webhook.value(QLatin1String("alerts")).isArray())
            reason = QCoreApplication::translate(
                "causeway::Import", "not an Alertmanager webhook: no \"alerts\" array");
        if (!reason.isEmpty()) {
            m_out.skipped.append({ m_shown, firstLine, reason });
            return;
        }
        // Streamed once more, only to learn the line each alert starts on.
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        JsonArrayStream alerts(&buffer, QByteArrayLiteral("alerts"));
        QByteArray alert;
        qint64 line = 0;
        while (alerts.next(&alert, &line))
            readAlert(alert, firstLine + line - 1);
    }

    void readAlert(const QByteArray &bytes, qint64 line)
    {
        const auto skip = [&](const QString &reason) {
            m_out.skipped.append({ m_shown, line, reason });
        };
        QString reason;
        const QJsonObject alert = parseJsonRecord(
            bytes, QCoreApplication::translate("causeway::Import", "expected an alert object"), &reason);
        if (!reason.isEmpty())
            return skip(reason);
        const QString status = alert.value(QLatin1String("status")).toString();
        if (status != QLatin1String("firing") && status != QLatin1String("resolved"))
            return skip(QStringLiteral("\"status\": expected \"firing\" or \"resolved\""));
        const QJsonValue labelsValue = alert.value(QLatin1String("labels"));
        if (!labelsValue.isObject())
            return skip(QCoreApplication::translate(
                "causeway::Import", "\"labels\": expected an object of label names and values"));
        const QJsonObject labels = labelsValue.toObject();
        const QString alertname = label(labels, "alertname");
        if (alertname.isEmpty())
            return skip(QStringLiteral("\"labels\": no \"alertname\""));
        const QJsonValue annotationsValue = alert.value(QLatin1String("annotations"));
        if (!annotationsValue.isUndefined() && !annotationsValue.isNull() && !annotationsValue.isObject())
            return skip(
                QCoreApplication::translate("causeway::Import", "\"annotations\": expected an object"));
        const QJsonObject annotations = annotationsValue.toObject();
        const Instant starts = recordTime(alert, "startsAt", m_zone, &m_assumedZone, &reason);
        if (!starts.isValid())
            return skip(reason);
        Instant ends;
        // Alertmanager writes Go's zero time, "0001-01-01T00:00:00Z", for "not resolved yet".
        const QString endsText = alert.value(QLatin1String("endsAt")).toString();
        if (status == QLatin1String("resolved") && !endsText.startsWith(QLatin1String("0001-"))) {
            ends = recordTime(alert, "endsAt", m_zone, &m_assumedZone, &reason);
            if (!ends.isValid())
                return skip(reason);
        }

        QString fingerprint = alert.value(QLatin1String("fingerprint")).toString();
        if (fingerprint.isEmpty()) // the labels identify an alert; QJsonObject keeps keys sorted
            fingerprint = QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact));
        const QString key = fingerprint + QLatin1Char('|') + QString::number(starts.utcMicroseconds());

        QString what = alertname;
        const QString target =
            firstNonEmpty({ label(labels, "service"), label(labels, "instance"), label(labels, "job") });
        if (!target.isEmpty())
            what += QStringLiteral(" on ") + target;
        const QString summary =
            firstNonEmpty({ annotations.value(QLatin1String("summary")).toString().trimmed(),
                annotations.value(QLatin1String("description")).toString().trimmed(),
                annotations.value(QLatin1String("message")).toString().trimmed() });
        if (!summary.isEmpty())
            what += QStringLiteral(" — ") + summary;

        TimelineEvent e;
        e.kind = EventKind::Alert;
        e.actor = firstNonEmpty(
            { label(labels, "job"), label(labels, "instance"), QStringLiteral("Alertmanager") });
        e.tags << alertname;
        const QString severity = label(labels, "severity");
        if (!severity.isEmpty() && severity != alertname)
            e.tags << severity;
        e.source.type = SourceType::Imported;
        e.source.format = m_format;
        e.source.file = m_shown;
        e.source.line = line;

        bool added = false;
        if (!m_fired.contains(key)) {
            m_fired.insert(key);
            TimelineEvent firing = e;
            firing.time = starts;
            firing.text = QStringLiteral("firing: ") + what;
            m_out.events.append(std::move(firing));
            added = true;
        }
        if (ends.isValid() && !m_resolved.contains(key)) {
            m_resolved.insert(key);
            e.time = ends;
            e.text = QStringLiteral("resolved: ") + what;
            m_out.events.append(std::move(e));
            added = true;
        }
        if (!added)
            ++m_repeats;
    }

private:
    QString m_format;
    QString m_shown;
    QTimeZone m_zone;
    ImportBatch &m_out;
    QSet<QString> m_fired;
    QSet<QString> m_resolved;
    bool m_assumedZone = false;
    int m_repeats = 0;
};

enum class Shape { Object, Array, Lines };

class AlertmanagerImporter : public Importer
{
public:
    QString name() const override { return QStringLiteral("alertmanager"); }
    QString description() const override
    {
        return QCoreApplication::translate(
            "causeway::Import", "Prometheus Alertmanager webhook notifications");
    }
    QStringList filePatterns() const override
    {
        return { QStringLiteral("*.json"), QStringLiteral("*.jsonl") };
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
        const qint64 total = file.size();
        qint64 lastReport = 0;
        const auto reportNow = [&](qint64 done) {
            if (done - lastReport >= ProgressEvery) {
                lastReport = done;
                progress.report(done, total);
            }
        };
        const auto canceled = [&] {
            *error = QCoreApplication::translate("causeway::Import", "%1: import canceled").arg(source);
            return false;
        };

        Shape shape;
        const char first = firstJsonByte(&file);
        if (first == '[') {
            shape = Shape::Array;
        } else if (first == '{') {
            // JSON Lines has a whole object on its first line; a pretty-printed object does not.
            LineReader lines(&file);
            QByteArray firstLine;
            while (lines.next(&firstLine) && firstLine.trimmed().isEmpty()) { }
            firstLine = firstLine.trimmed();
            shape = firstLine.startsWith('{') && firstLine.endsWith('}') ? Shape::Lines : Shape::Object;
            file.seek(0);
        } else {
            *error = first == 0
                ? QCoreApplication::translate("causeway::Import", "%1: the file is empty").arg(source)
                : QCoreApplication::translate("causeway::Import",
                      "%1: not Alertmanager webhooks: expected a JSON object, an array of "
                      "them, or one per line (JSON Lines)")
                      .arg(source);
            return false;
        }

        AlertReader reader(name(), shown, zone, out);
        QByteArray bytes;
        qint64 line = 0;
        if (shape == Shape::Lines) {
            LineReader lines(&file);
            while (lines.next(&bytes)) {
                if (progress.isCanceled())
                    return canceled();
                reportNow(lines.bytesRead());
                if (lines.overlong())
                    out.skipped.append({ shown, lines.lineNumber(),
                        QCoreApplication::translate("causeway::Import", "line longer than %1 MiB; left out")
                            .arg(LineReader::MaxLineLength >> 20) });
                else if (!bytes.trimmed().isEmpty())
                    reader.readWebhook(bytes, lines.lineNumber());
            }
        } else {
            // One webhook: its alerts are streamed. An array: each webhook is read whole.
            JsonArrayStream stream(
                &file, shape == Shape::Object ? QByteArrayLiteral("alerts") : QByteArray());
            while (stream.next(&bytes, &line)) {
                if (progress.isCanceled())
                    return canceled();
                reportNow(stream.bytesRead());
                if (shape == Shape::Object)
                    reader.readAlert(bytes, line);
                else
                    reader.readWebhook(bytes, line);
            }
            if (!stream.foundArray()) {
                *error =
                    QCoreApplication::translate("causeway::Import", "%1: not an Alertmanager webhook: %2")
                        .arg(source, stream.error());
                return false;
            }
            if (!stream.errorMessage().isEmpty())
                out.skipped.append({ shown, stream.errorLine(), stream.errorMessage() });
        }
        progress.report(total, total);
        if (reader.assumedZone())
            out.assumptions << zoneAssumption(shown, options.zone);
        if (reader.repeats() > 0)
            out.assumptions << QCoreApplication::translate(
                "causeway::Import", "%1: %2 repeated notifications of an alert already read were left out")
                                   .arg(shown)
                                   .arg(reader.repeats());
        result.append(out);
        return true;
    }
};

} // namespace

std::unique_ptr<Importer> makeAlertmanagerImporter()
{
    return std::make_unique<AlertmanagerImporter>();
}

} // namespace causeway
