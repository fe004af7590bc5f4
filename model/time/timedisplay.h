// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instant.h"

#include <QTimeZone>

namespace causeway {

/// How times are shown: every shown time says which of these it is in.
enum class TimeDisplay {
    IncidentZone, ///< the incident's reference zone (the default)
    Utc,
    Local, ///< the zone of the computer showing it
    SinceTrigger, ///< T±hh:mm:ss from the trigger
};

/**
 * Turns instants into text for the timeline, the milestones strip and exports, in one place so
 * that every view shows a time the same way and always with its zone.
 */
class TimeFormatter
{
public:
    TimeFormatter() = default;
    TimeFormatter(TimeDisplay display, const QTimeZone &incidentZone, const Instant &trigger);

    TimeDisplay display() const { return m_display; }
    /// "2026-04-14 10:02:13 CEST", "2026-04-14 08:02:13 UTC", "T+00:12:31"; sub-seconds when present.
    QString format(const Instant &instant) const;
    /// For column headers: "Time (Europe/Berlin)", "Time (UTC)", "Time (local, America/New_York)",
    /// "Time since trigger".
    QString header() const;
    /// The zone times are shown in (not meaningful for SinceTrigger).
    QTimeZone zone() const;

private:
    TimeDisplay m_display = TimeDisplay::IncidentZone;
    QTimeZone m_incidentZone;
    Instant m_trigger;
};

/// "T+00:12:31", "T-1d 02:00:00", "T+00:00:00.250": a signed offset from the trigger.
QString formatSinceTrigger(qint64 microseconds);

} // namespace causeway
