// SPDX-License-Identifier: GPL-3.0-or-later
#include "timedisplay.h"

#include <QCoreApplication>

#include <algorithm>

namespace causeway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway::TimeFormatter", text);
}

QString subSeconds(qint64 microsOfSecond)
{
    if (microsOfSecond == 0)
        return {};
    if (microsOfSecond % 1000 == 0)
        return QStringLiteral(".%1").arg(microsOfSecond / 1000, 3, 10, QLatin1Char('0'));
    return QStringLiteral(".%1").arg(microsOfSecond, 6, 10, QLatin1Char('0'));
}

QString offsetLabel(int offsetSeconds)
{
    const int minutes = qAbs(offsetSeconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TimeFormatter::TimeFormatter(TimeDisplay display, const QTimeZone &incidentZone, const Instant &trigger)
    : m_display(display)
    , m_incidentZone(incidentZone)
    , m_trigger(trigger)
{ }

QTimeZone TimeFormatter::zone() const
{
    switch (m_display) {
    case TimeDisplay::Utc:
        return QTimeZone(QByteArrayLiteral("UTC"));
    case TimeDisplay::Local:
        return QTimeZone::systemTimeZone();
    case TimeDisplay::IncidentZone:
    case TimeDisplay::SinceTrigger:
        break;
    }
    return m_incidentZone.isValid() ? m_incidentZone : QTimeZone(QByteArrayLiteral("UTC"));
}

QString TimeFormatter::format(const Instant &instant) const
{
    if (!instant.isValid())
        return {};
    if (m_display == TimeDisplay::SinceTrigger && m_trigger.isValid())
        return formatSinceTrigger(microsecondsBetween(m_trigger, instant));
    const QTimeZone z = zone();
    const qint64 usecs = instant.utcMicroseconds();
    const qint64 micros = ((usecs % 1000000) + 1000000) % 1000000;
    const QDateTime t = QDateTime::fromMSecsSinceEpoch((usecs - micros) / 1000, z);
    QString abbreviation = z.abbreviation(t);
    // Some zones have no abbreviation of their own and show "+03", "+0545" or "GMT+4"; say the
    // offset plainly then, always in the same form: "UTC+03:00", "UTC+05:45".
    if (abbreviation.isEmpty() ||
        std::any_of(abbreviation.cbegin(), abbreviation.cend(), [](QChar c) { return c.isDigit(); }))
        abbreviation = offsetLabel(t.offsetFromUtc());
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + subSeconds(micros) + QLatin1Char(' ') +
        abbreviation;
}

QString TimeFormatter::header() const
{
    switch (m_display) {
    case TimeDisplay::Utc:
        return tr("Time (UTC)");
    case TimeDisplay::Local:
        return tr("Time (local, %1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    case TimeDisplay::SinceTrigger:
        if (m_trigger.isValid())
            return tr("Time since trigger");
        break;
    case TimeDisplay::IncidentZone:
        break;
    }
    return tr("Time (%1)").arg(QString::fromUtf8(zone().id()));
}

QString formatSinceTrigger(qint64 microseconds)
{
    const QChar sign = microseconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const qint64 a = qAbs(microseconds);
    const qint64 secs = a / 1000000;
    const qint64 days = secs / 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg((secs / 3600) % 24, 2, 10, QLatin1Char('0'))
                              .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(secs % 60, 2, 10, QLatin1Char('0'));
    const QString day = days > 0 ? QStringLiteral("%1d ").arg(days) : QString();
    return QStringLiteral("T") + sign + day + clock + subSeconds(a % 1000000);
}

} // namespace causeway
