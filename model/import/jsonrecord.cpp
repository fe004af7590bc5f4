// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonrecord.h"

#include "textdecoding.h"
#include "timestamps.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonValue>

namespace causeway {

QJsonObject parseJsonRecord(const QByteArray &bytes, const QString &expected, QString *reason)
{
    // Checked before parsing: Qt 5 refuses a lone scalar as "illegal value", Qt 6 differently.
    if (!bytes.trimmed().startsWith('{')) {
        *reason = expected;
        return {};
    }
    // QJsonDocument would quietly replace bad bytes; the evidence must not change unseen.
    if (!decodeUtf8Strict(bytes)) {
        *reason = QCoreApplication::translate("causeway::Import", "not valid UTF-8");
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        *reason = QCoreApplication::translate("causeway::Import", "not valid JSON (%1)")
                      .arg(parseError.errorString());
        return {};
    }
    reason->clear();
    return json.object();
}

Instant recordTime(
    const QJsonObject &record, const char *key, const QTimeZone &zone, bool *assumedZone, QString *reason)
{
    const QJsonValue value = record.value(QLatin1String(key));
    if (!value.isString()) {
        *reason = QCoreApplication::translate(
            "causeway::Import", "\"%1\": expected an ISO 8601 timestamp such as \"2026-04-14T08:26:30Z\"")
                      .arg(QLatin1String(key));
        return {};
    }
    bool noZone = false;
    const Instant time = parseLogTimestamp(value.toString(), zone, &noZone);
    if (noZone && !zone.isValid()) {
        *reason = QCoreApplication::translate(
            "causeway::Import", "\"%1\": \"%2\" has no zone; give one with --zone")
                      .arg(QLatin1String(key), value.toString().left(60));
        return {};
    }
    if (!time.isValid()) {
        *reason = QCoreApplication::translate(
            "causeway::Import", "\"%1\": expected an ISO 8601 timestamp, got \"%2\"")
                      .arg(QLatin1String(key), value.toString().left(60));
        return {};
    }
    *assumedZone = *assumedZone || noZone;
    return time;
}

QString shownJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString s = value.toString();
        return QLatin1Char('"') + (s.size() > 60 ? s.left(60) + QStringLiteral("...") : s) + QLatin1Char('"');
    }
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QCoreApplication::translate("causeway::Import", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("causeway::Import", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

char firstJsonByte(QIODevice *device)
{
    char found = 0;
    bool start = true;
    while (!found) {
        const QByteArray chunk = device->read(1 << 16);
        if (chunk.isEmpty())
            break;
        int i = 0;
        if (start && chunk.startsWith("\xEF\xBB\xBF"))
            i = 3;
        start = false;
        for (; i < chunk.size(); ++i) {
            const char c = chunk.at(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                found = c;
                break;
            }
        }
    }
    device->seek(0);
    return found;
}

} // namespace causeway
