// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instant.h"

#include <QDate>
#include <QStringView>
#include <QTimeZone>

namespace causeway {

/**
 * Parses a timestamp as logs and exports write it: ISO 8601 with `T` or a space between date and
 * time, 0 to 9 fraction digits (digits beyond microseconds are dropped), and a zone of `Z`,
 * `±hh:mm`, `±hhmm` or `±hh`, or none. A timestamp without a zone is read in \a assumedZone (and is
 * invalid when that zone is not valid); \a noZone, if given, tells whether the text had no zone.
 */
Instant parseLogTimestamp(QStringView text, const QTimeZone &assumedZone, bool *noZone = nullptr);

/**
 * A wall-clock time in \a zone. In a daylight-saving gap the time is moved forward by the gap (as
 * clocks do); in an overlap the first of the two instants is taken.
 */
Instant fromLocalTime(const QDate &date, qint64 microsecondsOfDay, const QTimeZone &zone);

/// Microseconds since the epoch in UTC (journald's __REALTIME_TIMESTAMP, Plaso's timestamp).
Instant fromEpochMicroseconds(qint64 microseconds);

/// 1 to 12 for the English month abbreviation ("Jan" to "Dec") at \a at of \a text, else 0.
int monthAbbreviationAt(QStringView text, int at);

/**
 * The year of syslog-style times, which have none: it starts as the year given (--year) and goes
 * up when a log runs from December into January (a month six or more before the one of the line
 * before).
 */
struct SyslogYear
{
    int year = 0;
    int lastMonth = 0;
    qint64 newYearLine = 0; ///< the line where the log went into the next year, or 0
};

/**
 * A syslog-style (RFC 3164) time such as "Apr 14 10:02:13", "Apr  4 10:02:13" or with a fraction
 * "Apr 14 10:02:13.123", whose shape the caller has checked, read in \a year and \a zone. \a line
 * is where a new year begins when the month goes back. Invalid when the date or time does not exist.
 */
Instant parseSyslogTime(QStringView stamp, const QTimeZone &zone, SyslogYear *year, qint64 line);

} // namespace causeway
