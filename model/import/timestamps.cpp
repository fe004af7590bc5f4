// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestamps.h"

namespace causeway {

namespace {

constexpr qint64 UsecsPerSecond = 1000000;

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
    const qint64 seconds = microsecondsOfDay / UsecsPerSecond;
    const QTime time(int(seconds / 3600), int(seconds / 60 % 60), int(seconds % 60));
    // QDateTime(date, time, zone) cannot be used: before Qt 6.7 it is invalid in a gap, and in an
    // overlap it may take the second instant. Read the wall time with the offset of the day before;
    // if that does not hold at the result, with the offset of the day after. When neither holds the
    // time is in a gap, and the offset from before the change moves it forward by the gap.
    const qint64 wall = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    const auto offsetAt = [&zone](qint64 msecs) {
        return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc()));
    };
    const qint64 msecsPerDay = 86400 * 1000;
    const int before = offsetAt(wall - msecsPerDay);
    const int after = offsetAt(wall + msecsPerDay);
    qint64 utc = wall - before * 1000LL;
    int offset = offsetAt(utc);
    if (offset != before && offsetAt(wall - after * 1000LL) == after) {
        utc = wall - after * 1000LL;
        offset = after;
    }
    return Instant::fromUtcMicroseconds(utc * 1000 + microsecondsOfDay % UsecsPerSecond, offset);
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
    const qint64 days = date.toJulianDay() - 2440588;
    return Instant::fromUtcMicroseconds(
        days * 86400 * UsecsPerSecond + ofDay - offset * UsecsPerSecond, offset);
}

} // namespace causeway
