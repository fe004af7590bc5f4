// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <cstring>
#include <limits>

namespace causeway {

/**
 * A point in time as an incident source recorded it: microseconds since the Unix epoch in UTC,
 * plus the UTC offset the source used. The offset is kept so that a time read as
 * `15:03:10+01:00` is written back the same way, and so that views can show "source time".
 *
 * QDateTime is not used for storage: it keeps milliseconds only, and it is much larger than
 * the 12 bytes here, which matters for timelines of a million events. The 12 bytes are 4-aligned
 * (the microseconds are kept as bytes), so an event's two instants and its small fields pack
 * without padding.
 */
class Instant
{
public:
    Instant() = default;
    /// \a offsetSeconds is rounded to whole minutes towards zero, as RFC 3339 needs. Invalid when
    /// the local date is outside the years 1 to 9999, which RFC 3339 (and so a file) cannot hold.
    static Instant fromUtcMicroseconds(qint64 usecs, int offsetSeconds = 0);
    static Instant fromDateTime(const QDateTime &dateTime);

    /**
     * Parses an RFC 3339 timestamp with a mandatory zone offset (`Z` or `±hh:mm`) and up to six
     * fraction digits. Returns an invalid Instant for anything else.
     */
    static Instant parseRfc3339(const QString &text);

    /// RFC 3339 in the original offset, with 0, 3 or 6 fraction digits: the fewest that are exact.
    QString toRfc3339() const;

    bool isValid() const { return m_offset != InvalidOffset; }
    qint64 utcMicroseconds() const
    {
        qint64 usecs;
        std::memcpy(&usecs, m_usecs, sizeof usecs);
        return usecs;
    }
    int offsetSeconds() const { return isValid() ? m_offset : 0; }
    /// Milliseconds are the most QDateTime can hold; sub-millisecond digits are dropped here only.
    QDateTime toDateTime() const;

    friend bool operator==(const Instant &a, const Instant &b)
    {
        return a.m_offset == b.m_offset && a.utcMicroseconds() == b.utcMicroseconds();
    }
    friend bool operator!=(const Instant &a, const Instant &b) { return !(a == b); }
    /// Orders by the moment only; two instants at the same moment with other offsets are not "less".
    friend bool operator<(const Instant &a, const Instant &b)
    {
        return a.utcMicroseconds() < b.utcMicroseconds();
    }

private:
    // Offsets are whole minutes, so this one never occurs in a valid instant.
    static constexpr qint32 InvalidOffset = std::numeric_limits<qint32>::min();

    void setUtcMicroseconds(qint64 usecs) { std::memcpy(m_usecs, &usecs, sizeof usecs); }

    unsigned char m_usecs[8] = {};
    qint32 m_offset = InvalidOffset;
};
static_assert(sizeof(Instant) == 12 && alignof(Instant) == 4, "an Instant packs into 12 bytes");

/// Microseconds from \a from to \a to, or 0 when either is invalid.
qint64 microsecondsBetween(const Instant &from, const Instant &to);

/// "1 h 05 min", "45 min", "12 s": a duration as people read it in a post-mortem.
QString formatDuration(qint64 microseconds);

} // namespace causeway
