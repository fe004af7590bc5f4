// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instant.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

namespace causeway {

/// What a quick-entry line needs to know to place a time.
struct QuickEntryContext
{
    QTimeZone zone; ///< the incident's zone: bare times are read in it
    QDate date; ///< the incident's date in that zone: bare times fall on it
    Instant anchor; ///< relative times (+5m) count from here: the selected or the last event
};

struct QuickEntry
{
    Instant time;
    QString text;
    QString error; ///< set when the line could not be read; says what was expected
    bool isValid() const { return error.isEmpty() && time.isValid(); }
};

/**
 * Reads one line of the timeline's quick entry:
 * - `14:03 deploy started`, `14:03:10.5 ...`: a time of day on the incident's date, in its zone;
 * - `+5m rollback begun`, `-30s ...`, `+1h30m ...`: relative to the anchor event;
 * - `2026-03-02 14:03:10Z paged the DBA`, `2026-03-02T15:03+01:00 ...`: a full timestamp (a
 *   timestamp without a zone is read in the incident's zone).
 */
QuickEntry parseQuickEntry(const QString &line, const QuickEntryContext &context);

} // namespace causeway
