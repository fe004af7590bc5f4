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

} // namespace causeway
