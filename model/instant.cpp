// SPDX-License-Identifier: GPL-3.0-or-later
#include "instant.h"

#include <QDate>
#include <QTimeZone>

namespace causeway {

namespace {

constexpr qint64 UsecsPerSecond = 1000000;
constexpr qint64 UsecsPerDay = 86400 * UsecsPerSecond;
constexpr qint64 JulianDayOfEpoch = 2440588; // 1970-01-01
// The local days a .causeway file can hold: the years 1 to 9999 (RFC 3339 writes four digits, and
// QDate has no year 0). An instant outside them would be written but never read back.
constexpr qint64 FirstWritableDay = -719162; // 0001-01-01, in days since 1970-01-01
constexpr qint64 EndWritableDay = 2932897; // 10000-01-01

// Fixed-width decimal reading without allocation: this runs once per timeline event on load.
bool readDigits(const QChar *p, int count, int *out)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const ushort c = p[i].unicode();
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

void appendPadded(QString &s, qint64 value, int width)
{
    s += QString::number(value).rightJustified(width, QLatin1Char('0'));
}

} // namespace

Instant Instant::fromUtcMicroseconds(qint64 usecs, int offsetSeconds)
{
    // RFC 3339 offsets have whole minutes; historical local mean times (+00:19:32) are rounded
    // towards zero so that every instant can be written. The moment itself is kept exactly.
    const int offset = offsetSeconds - offsetSeconds % 60;
    // Days first, so that the sum below cannot overflow for any usecs.
    if (usecs / UsecsPerDay < FirstWritableDay - 2 || usecs / UsecsPerDay > EndWritableDay + 2)
        return {};
    const qint64 local = usecs + qint64(offset) * UsecsPerSecond;
    if (local < FirstWritableDay * UsecsPerDay || local >= EndWritableDay * UsecsPerDay)
        return {};
    Instant i;
    i.setUtcMicroseconds(usecs);
    i.m_offset = offset;
    return i;
}

Instant Instant::fromDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return fromUtcMicroseconds(dateTime.toMSecsSinceEpoch() * 1000, dateTime.offsetFromUtc());
}

Instant Instant::parseRfc3339(const QString &text)
{
    // YYYY-MM-DDThh:mm:ss[.f{1,6}](Z|±hh:mm)
    const int n = text.size();
    if (n < 20)
        return {};
    const QChar *p = text.constData();
    int year, month, day, hour, minute, second;
    if (!readDigits(p, 4, &year) || p[4] != QLatin1Char('-') || !readDigits(p + 5, 2, &month) ||
        p[7] != QLatin1Char('-') || !readDigits(p + 8, 2, &day) || p[10] != QLatin1Char('T') ||
        !readDigits(p + 11, 2, &hour) || p[13] != QLatin1Char(':') || !readDigits(p + 14, 2, &minute) ||
        p[16] != QLatin1Char(':') || !readDigits(p + 17, 2, &second))
        return {};
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return {};

    int pos = 19;
    qint64 fraction = 0;
    if (p[pos] == QLatin1Char('.')) {
        ++pos;
        int digits = 0;
        while (pos < n && p[pos].isDigit() && p[pos].unicode() < 128) {
            if (++digits > 6)
                return {};
            fraction = fraction * 10 + (p[pos].unicode() - '0');
            ++pos;
        }
        if (digits == 0)
            return {};
        for (int i = digits; i < 6; ++i)
            fraction *= 10;
    }

    int offset = 0;
    if (pos < n && p[pos] == QLatin1Char('Z')) {
        ++pos;
    } else if (pos + 6 == n && (p[pos] == QLatin1Char('+') || p[pos] == QLatin1Char('-'))) {
        int oh, om;
        if (!readDigits(p + pos + 1, 2, &oh) || p[pos + 3] != QLatin1Char(':') ||
            !readDigits(p + pos + 4, 2, &om) || oh > 23 || om > 59)
            return {};
        offset = (oh * 3600 + om * 60) * (p[pos] == QLatin1Char('-') ? -1 : 1);
        pos += 6;
    } else {
        return {};
    }
    if (pos != n)
        return {};

    const qint64 days = date.toJulianDay() - JulianDayOfEpoch;
    const qint64 local =
        days * UsecsPerDay + (hour * 3600 + minute * 60 + second) * UsecsPerSecond + fraction;
    return fromUtcMicroseconds(local - offset * UsecsPerSecond, offset);
}

QString Instant::toRfc3339() const
{
    if (!isValid())
        return {};
    const qint64 local = utcMicroseconds() + m_offset * UsecsPerSecond;
    const qint64 days = floorDiv(local, UsecsPerDay);
    const qint64 inDay = local - days * UsecsPerDay;
    const QDate date = QDate::fromJulianDay(days + JulianDayOfEpoch);
    const qint64 secs = inDay / UsecsPerSecond;
    const qint64 micros = inDay % UsecsPerSecond;

    QString s;
    s.reserve(32);
    appendPadded(s, date.year(), 4);
    s += QLatin1Char('-');
    appendPadded(s, date.month(), 2);
    s += QLatin1Char('-');
    appendPadded(s, date.day(), 2);
    s += QLatin1Char('T');
    appendPadded(s, secs / 3600, 2);
    s += QLatin1Char(':');
    appendPadded(s, (secs / 60) % 60, 2);
    s += QLatin1Char(':');
    appendPadded(s, secs % 60, 2);
    if (micros % 1000 != 0) {
        s += QLatin1Char('.');
        appendPadded(s, micros, 6);
    } else if (micros != 0) {
        s += QLatin1Char('.');
        appendPadded(s, micros / 1000, 3);
    }
    if (m_offset == 0) {
        s += QLatin1Char('Z');
    } else {
        const int a = qAbs(m_offset);
        s += m_offset < 0 ? QLatin1Char('-') : QLatin1Char('+');
        appendPadded(s, a / 3600, 2);
        s += QLatin1Char(':');
        appendPadded(s, (a / 60) % 60, 2);
    }
    return s;
}

QDateTime Instant::toDateTime() const
{
    if (!isValid())
        return {};
    return QDateTime::fromMSecsSinceEpoch(floorDiv(utcMicroseconds(), 1000), QTimeZone(m_offset));
}

qint64 microsecondsBetween(const Instant &from, const Instant &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    return to.utcMicroseconds() - from.utcMicroseconds();
}

QString formatDuration(qint64 microseconds)
{
    const bool negative = microseconds < 0;
    qint64 secs = qAbs(microseconds) / UsecsPerSecond;
    const qint64 days = secs / 86400;
    const qint64 hours = (secs / 3600) % 24;
    const qint64 minutes = (secs / 60) % 60;
    secs %= 60;
    QString s;
    if (days > 0)
        s = QStringLiteral("%1 d %2 h").arg(days).arg(hours);
    else if (hours > 0)
        s = QStringLiteral("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    else if (minutes > 0)
        s = secs ? QStringLiteral("%1 min %2 s").arg(minutes).arg(secs)
                 : QStringLiteral("%1 min").arg(minutes);
    else
        s = QStringLiteral("%1 s").arg(secs);
    return negative && s != QLatin1String("0 s") ? QStringLiteral("-") + s : s;
}

} // namespace causeway
