// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instant.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

class QIODevice;
class QJsonValue;

namespace causeway {

/**
 * Parses one record (an element from JsonArrayStream, a line of JSON Lines) as a JSON object.
 * When it is not one, returns an empty object and sets \a reason: \a expected when the record is
 * some other JSON value, "not valid UTF-8", or "not valid JSON (...)". The same wording in the
 * Qt 5 and Qt 6 flavours, whatever QJsonDocument thinks of scalars.
 */
QJsonObject parseJsonRecord(const QByteArray &bytes, const QString &expected, QString *reason);

/**
 * The ISO 8601 timestamp at \a key of \a record (as parseLogTimestamp reads them). One without a
 * zone is read in \a zone when that is valid (and \a assumedZone is then set), else refused. An
 * invalid Instant, with \a reason saying why, when the value is missing or unreadable.
 */
Instant recordTime(
    const QJsonObject &record, const char *key, const QTimeZone &zone, bool *assumedZone, QString *reason);

/**
 * \a value as a skip reason shows it: a string quoted and cut to 60 characters, a number with all
 * its digits, a container by its kind ("an array"), a missing value as "nothing".
 */
QString shownJsonValue(const QJsonValue &value);

/**
 * The first byte of \a device that is not white space or a UTF-8 byte-order mark, or 0 when there
 * is none; the device is then put back at its start. Tells a JSON object from an array before
 * streaming either.
 */
char firstJsonByte(QIODevice *device);

} // namespace causeway
