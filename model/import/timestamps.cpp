// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestamps.h"

#include "textscan.h"

namespace causeway {

namespace {

constexpr qint64 UsecsPerSecond = 1000000;
constexpr qint64 UnixEpochJulianDay = 2440588;

/// The zone's offset from UTC at an instant (microseconds since the epoch).
int offsetAt(const QTimeZone &zone, qint64 utcMicroseconds)
{
    const qint64 msecs = utcMicroseconds >= 0 ? utcMicroseconds / 1000 : -((-utcMicroseconds + 999) / 1000);
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC));
}

bool digits(QStringView s, int from, int count, int *out)
{
    if (from + count > s.size())
        return false;
    int v = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    *out = v;
    return true;
}

} // namespace

Instant fromLocalTime(const QDate &date, qint64 microsecondsOfDay, const QTimeZone &zone)
{
    if (!date.isValid() || !zone.isValid() || microsecondsOfDay < 0 ||
        microsecondsOfDay >= 86400 * UsecsPerSecond)
        return {};
    // QDateTime's own answer in a gap or an overlap differs between Qt versions (Qt 6.4 calls a time
    // in the gap invalid and takes the second instant of an overlap), so the offsets are asked for
    // directly: the wall-clock time read as UTC, minus the zone's offset before and after.
    const qint64 wallClock =
        (date.toJulianDay() - UnixEpochJulianDay) * 86400 * UsecsPerSecond + microsecondsOfDay;
    const int before = offsetAt(zone, wallClock - 86400 * UsecsPerSecond);
    const int after = offsetAt(zone, wallClock + 86400 * UsecsPerSecond);
    const qint64 early = wallClock - qint64(qMax(before, after)) * UsecsPerSecond;
    const qint64 late = wallClock - qint64(qMin(before, after)) * UsecsPerSecond;
    qint64 utc;
    if (offsetAt(zone, early) == qMax(before, after))
        utc = early; // the only instant, or the first of two in an overlap
    else if (offsetAt(zone, late) == qMin(before, after))
        utc = late;
    else
        utc = wallClock - qint64(before) * UsecsPerSecond; // in a gap: forward by the gap, as clocks go
    return Instant::fromUtcMicroseconds(utc, offsetAt(zone, utc));
}

Instant fromEpochMicroseconds(qint64 microseconds)
{
    return Instant::fromUtcMicroseconds(microseconds, 0);
}

Instant parseLogTimestamp(QStringView s, const QTimeZone &assumedZone, bool *noZone)
{
    if (noZone)
        *noZone = false;
    s = s.trimmed();
    int year, month, day, hour, minute, second = 0;
    if (!digits(s, 0, 4, &year) || s.size() < 16 || s.at(4) != u'-' || !digits(s, 5, 2, &month) ||
        s.at(7) != u'-' || !digits(s, 8, 2, &day) || (s.at(10) != u'T' && s.at(10) != u' ') ||
        !digits(s, 11, 2, &hour) || s.at(13) != u':' || !digits(s, 14, 2, &minute))
        return {};
    int pos = 16;
    if (pos < s.size() && s.at(pos) == u':') {
        if (!digits(s, pos + 1, 2, &second))
            return {};
        pos += 3;
    }
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return {};
    qint64 fraction = 0;
    if (pos < s.size() && (s.at(pos) == u'.' || s.at(pos) == u',')) {
        int count = 0;
        for (++pos; pos < s.size() && s.at(pos).isDigit() && s.at(pos).unicode() < 128; ++pos, ++count) {
            if (count < 6)
                fraction = fraction * 10 + (s.at(pos).unicode() - u'0');
        }
        if (count == 0)
            return {};
        for (int i = count; i < 6; ++i)
            fraction *= 10;
    }
    const qint64 ofDay = (hour * 3600 + minute * 60 + second) * UsecsPerSecond + fraction;

    if (pos == s.size()) {
        if (noZone)
            *noZone = true;
        return assumedZone.isValid() ? fromLocalTime(date, ofDay, assumedZone) : Instant();
    }
    int offset = 0;
    const QChar sign = s.at(pos);
    if ((sign == u'Z' || sign == u'z') && pos + 1 == s.size()) {
        offset = 0;
    } else if (sign == u'+' || sign == u'-') {
        int oh = 0, om = 0;
        const QStringView rest = s.mid(pos + 1);
        if (rest.size() == 2 && digits(rest, 0, 2, &oh)) {
        } else if (rest.size() == 4 && digits(rest, 0, 2, &oh) && digits(rest, 2, 2, &om)) {
        } else if (rest.size() == 5 && digits(rest, 0, 2, &oh) && rest.at(2) == u':' &&
            digits(rest, 3, 2, &om)) {
        } else {
            return {};
        }
        if (oh > 23 || om > 59)
            return {};
        offset = (oh * 3600 + om * 60) * (sign == u'-' ? -1 : 1);
    } else {
        return {};
    }
    const qint64 days = date.toJulianDay() - UnixEpochJulianDay;
    return Instant::fromUtcMicroseconds(
        days * 86400 * UsecsPerSecond + ofDay - offset * UsecsPerSecond, offset);
}

int monthAbbreviationAt(QStringView text, int at)
{
    static const char *const names[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec" };
    if (at + 3 > text.size())
        return 0;
    for (int m = 0; m < 12; ++m) {
        if (text.mid(at, 3) == QLatin1String(names[m]))
            return m + 1;
    }
    return 0;
}

Instant parseSyslogTime(QStringView stamp, const QTimeZone &zone, SyslogYear *year, qint64 line)
{
    using namespace textscan;
    const int month = monthAbbreviationAt(stamp, 0);
    int p = 4;
    while (charAt(stamp, p, u' '))
        ++p;
    const int dayDigits = digitRun(stamp, p);
    const int day = number(stamp, p, dayDigits);
    p += dayDigits + 1;
    const int hour = number(stamp, p, 2), minute = number(stamp, p + 3, 2), second = number(stamp, p + 6, 2);
    qint64 fraction = 0;
    if (charAt(stamp, p + 8, u'.')) {
        const int count = digitRun(stamp, p + 9);
        for (int k = 0; k < 6; ++k)
            fraction = fraction * 10 + (k < count ? stamp.at(p + 9 + k).unicode() - u'0' : 0);
    }
    if (year->lastMonth >= month + 6) {
        ++year->year;
        if (year->newYearLine == 0)
            year->newYearLine = line;
    }
    year->lastMonth = month;
    if (hour >= 24 || minute >= 60 || second >= 60)
        return {};
    return fromLocalTime(QDate(year->year, month, day),
        (hour * 3600 + minute * 60 + second) * UsecsPerSecond + fraction, zone);
}

} // namespace causeway
