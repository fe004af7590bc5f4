// SPDX-License-Identifier: GPL-3.0-or-later
// How times are shown: in the incident's zone, in UTC, in the computer's zone and as T± from the
// trigger, always saying which, with the sub-seconds that are there and nothing more.
#include "instant.h"
#include "time/timedisplay.h"

#include <QTest>
#include <QTimeZone>

#include <ctime>

Q_DECLARE_METATYPE(causeway::Instant)
Q_DECLARE_METATYPE(causeway::TimeDisplay)

namespace causeway {

namespace {

constexpr qint64 Millisecond = 1000;
constexpr qint64 Second = 1000000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

/// The zone the Local rows run in; set for this process before Qt looks at the system zone.
const QByteArray LocalZone("America/New_York");

Instant at(const char *rfc3339)
{
    const Instant instant = Instant::parseRfc3339(QString::fromLatin1(rfc3339));
    Q_ASSERT_X(instant.isValid(), "at", rfc3339);
    return instant;
}

} // namespace

class TestTimeDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void format_data();
    void format();
    void header_data();
    void header();
    void zone_data();
    void zone();
    void formatSinceTrigger_data();
    void formatSinceTrigger();
    void defaultFormatter();

private:
    bool m_localZoneSet = false;
};

void TestTimeDisplay::initTestCase()
{
    // Before anything asks Qt for the system zone.
    qputenv("TZ", LocalZone);
#ifdef Q_OS_UNIX
    tzset();
#endif
    m_localZoneSet = QTimeZone::systemTimeZoneId() == LocalZone;
    for (const char *id : { "Europe/Berlin", "America/New_York", "Asia/Dubai", "America/Sao_Paulo",
             "Asia/Kathmandu", "America/St_Johns" })
        QVERIFY2(QTimeZone(QByteArray(id)).isValid(), id);
}

void TestTimeDisplay::format_data()
{
    QTest::addColumn<TimeDisplay>("display");
    QTest::addColumn<QByteArray>("zone"); // the incident's
    QTest::addColumn<Instant>("trigger");
    QTest::addColumn<Instant>("instant");
    QTest::addColumn<QString>("expected");

    const QByteArray berlin("Europe/Berlin");
    const Instant trigger = at("2026-04-14T08:02:13.418Z");
    const Instant none;

    // The incident's zone, with its abbreviation for winter and summer time.
    QTest::newRow("zone, winter") << TimeDisplay::IncidentZone << berlin << trigger
                                  << at("2026-01-15T09:30:00Z") << QStringLiteral("2026-01-15 10:30:00 CET");
    QTest::newRow("zone, summer") << TimeDisplay::IncidentZone << berlin << trigger
                                  << at("2026-04-14T08:02:13Z") << QStringLiteral("2026-04-14 10:02:13 CEST");
    QTest::newRow("zone, source offset does not matter")
        << TimeDisplay::IncidentZone << berlin << trigger << at("2026-04-14T03:02:13-05:00")
        << QStringLiteral("2026-04-14 10:02:13 CEST");
    QTest::newRow("zone, next day there")
        << TimeDisplay::IncidentZone << berlin << trigger << at("2026-04-14T23:30:00Z")
        << QStringLiteral("2026-04-15 01:30:00 CEST");
    QTest::newRow("zone, last CET second")
        << TimeDisplay::IncidentZone << berlin << trigger << at("2026-03-29T00:59:59Z")
        << QStringLiteral("2026-03-29 01:59:59 CET");
    QTest::newRow("zone, first CEST second")
        << TimeDisplay::IncidentZone << berlin << trigger << at("2026-03-29T01:00:00Z")
        << QStringLiteral("2026-03-29 03:00:00 CEST");
    QTest::newRow("zone, milliseconds")
        << TimeDisplay::IncidentZone << berlin << trigger << at("2026-04-14T08:02:13.250Z")
        << QStringLiteral("2026-04-14 10:02:13.250 CEST");
    QTest::newRow("zone, microseconds")
        << TimeDisplay::IncidentZone << berlin << trigger << at("2026-04-14T08:02:13.000123Z")
        << QStringLiteral("2026-04-14 10:02:13.000123 CEST");
    QTest::newRow("zone, all six digits")
        << TimeDisplay::IncidentZone << berlin << trigger << at("2026-04-14T08:02:13.981734Z")
        << QStringLiteral("2026-04-14 10:02:13.981734 CEST");
    QTest::newRow("zone, invalid: UTC")
        << TimeDisplay::IncidentZone << QByteArray() << trigger << at("2026-04-14T08:02:13Z")
        << QStringLiteral("2026-04-14 08:02:13 UTC");

    // Zones without a letter abbreviation: the offset, said plainly.
    QTest::newRow("zone, Dubai") << TimeDisplay::IncidentZone << QByteArray("Asia/Dubai") << trigger
                                 << at("2026-04-14T08:02:13Z")
                                 << QStringLiteral("2026-04-14 12:02:13 UTC+04:00");
    QTest::newRow("zone, Sao Paulo") << TimeDisplay::IncidentZone << QByteArray("America/Sao_Paulo")
                                     << trigger << at("2026-04-14T08:02:13Z")
                                     << QStringLiteral("2026-04-14 05:02:13 UTC-03:00");
    QTest::newRow("zone, Kathmandu") << TimeDisplay::IncidentZone << QByteArray("Asia/Kathmandu") << trigger
                                     << at("2026-04-14T08:02:13.5Z")
                                     << QStringLiteral("2026-04-14 13:47:13.500 UTC+05:45");
    QTest::newRow("zone, St. John's keeps its letters")
        << TimeDisplay::IncidentZone << QByteArray("America/St_Johns") << trigger
        << at("2026-04-14T08:02:13Z") << QStringLiteral("2026-04-14 05:32:13 NDT");

    // UTC, whatever the incident's zone.
    QTest::newRow("UTC") << TimeDisplay::Utc << berlin << trigger << at("2026-04-14T10:02:13+02:00")
                         << QStringLiteral("2026-04-14 08:02:13 UTC");
    QTest::newRow("UTC, winter") << TimeDisplay::Utc << berlin << trigger << at("2026-01-15T10:30:00+01:00")
                                 << QStringLiteral("2026-01-15 09:30:00 UTC");
    QTest::newRow("UTC, milliseconds")
        << TimeDisplay::Utc << berlin << trigger << at("2026-04-14T08:02:13.250Z")
        << QStringLiteral("2026-04-14 08:02:13.250 UTC");
    QTest::newRow("UTC, microseconds")
        << TimeDisplay::Utc << berlin << trigger << at("2026-04-14T08:02:13.000123Z")
        << QStringLiteral("2026-04-14 08:02:13.000123 UTC");
    QTest::newRow("UTC, before the epoch")
        << TimeDisplay::Utc << berlin << trigger << at("1969-12-31T23:59:59.5Z")
        << QStringLiteral("1969-12-31 23:59:59.500 UTC");
    QTest::newRow("UTC, one microsecond before the epoch")
        << TimeDisplay::Utc << berlin << trigger << at("1969-12-31T23:59:59.999999Z")
        << QStringLiteral("1969-12-31 23:59:59.999999 UTC");

    // The computer's zone (initTestCase sets it).
    QTest::newRow("local, summer") << TimeDisplay::Local << berlin << trigger << at("2026-04-14T08:02:13Z")
                                   << QStringLiteral("2026-04-14 04:02:13 EDT");
    QTest::newRow("local, winter") << TimeDisplay::Local << berlin << trigger << at("2026-01-15T09:30:00Z")
                                   << QStringLiteral("2026-01-15 04:30:00 EST");
    QTest::newRow("local, milliseconds")
        << TimeDisplay::Local << berlin << trigger << at("2026-04-14T08:02:13.250Z")
        << QStringLiteral("2026-04-14 04:02:13.250 EDT");

    // From the trigger.
    QTest::newRow("T, at the trigger")
        << TimeDisplay::SinceTrigger << berlin << trigger << trigger << QStringLiteral("T+00:00:00");
    QTest::newRow("T, after") << TimeDisplay::SinceTrigger << berlin << trigger
                              << at("2026-04-14T08:14:44.418Z") << QStringLiteral("T+00:12:31");
    QTest::newRow("T, before") << TimeDisplay::SinceTrigger << berlin << trigger
                               << at("2026-04-14T07:57:13.418Z") << QStringLiteral("T-00:05:00");
    QTest::newRow("T, hours after") << TimeDisplay::SinceTrigger << berlin << trigger
                                    << at("2026-04-14T11:58:02+02:00") << QStringLiteral("T+01:55:48.582");
    QTest::newRow("T, days after") << TimeDisplay::SinceTrigger << berlin << trigger
                                   << at("2026-04-16T14:00:00+02:00") << QStringLiteral("T+2d 03:57:46.582");
    QTest::newRow("T, days before") << TimeDisplay::SinceTrigger << berlin << trigger
                                    << at("2025-11-12T16:30:00+01:00")
                                    << QStringLiteral("T-152d 16:32:13.418");
    QTest::newRow("T, milliseconds after")
        << TimeDisplay::SinceTrigger << berlin << trigger << at("2026-04-14T08:02:13.668Z")
        << QStringLiteral("T+00:00:00.250");
    QTest::newRow("T, microseconds before")
        << TimeDisplay::SinceTrigger << berlin << trigger << at("2026-04-14T08:02:13.417877Z")
        << QStringLiteral("T-00:00:00.000123");
    QTest::newRow("T, without a trigger: the zone")
        << TimeDisplay::SinceTrigger << berlin << none << at("2026-04-14T08:02:13Z")
        << QStringLiteral("2026-04-14 10:02:13 CEST");

    // Nothing for an instant that is not set.
    QTest::newRow("invalid, zone") << TimeDisplay::IncidentZone << berlin << trigger << none << QString();
    QTest::newRow("invalid, UTC") << TimeDisplay::Utc << berlin << trigger << none << QString();
    QTest::newRow("invalid, local") << TimeDisplay::Local << berlin << trigger << none << QString();
    QTest::newRow("invalid, T") << TimeDisplay::SinceTrigger << berlin << trigger << none << QString();
    QTest::newRow("invalid, T without a trigger")
        << TimeDisplay::SinceTrigger << berlin << none << none << QString();
}

void TestTimeDisplay::format()
{
    QFETCH(TimeDisplay, display);
    QFETCH(QByteArray, zone);
    QFETCH(Instant, trigger);
    QFETCH(Instant, instant);
    QFETCH(QString, expected);

    if (display == TimeDisplay::Local && !m_localZoneSet)
        QSKIP("the system zone cannot be set for this process here (TZ is not read on this platform)");
    const TimeFormatter formatter(display, zone.isEmpty() ? QTimeZone() : QTimeZone(zone), trigger);
    QVERIFY(formatter.display() == display);
    QCOMPARE(formatter.format(instant), expected);
}

void TestTimeDisplay::header_data()
{
    QTest::addColumn<TimeDisplay>("display");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<Instant>("trigger");
    QTest::addColumn<QString>("expected");

    const QByteArray berlin("Europe/Berlin");
    const Instant trigger = at("2026-04-14T08:02:13.418Z");

    QTest::newRow("zone") << TimeDisplay::IncidentZone << berlin << trigger
                          << QStringLiteral("Time (Europe/Berlin)");
    QTest::newRow("zone, Dubai") << TimeDisplay::IncidentZone << QByteArray("Asia/Dubai") << trigger
                                 << QStringLiteral("Time (Asia/Dubai)");
    QTest::newRow("zone, invalid") << TimeDisplay::IncidentZone << QByteArray() << trigger
                                   << QStringLiteral("Time (UTC)");
    QTest::newRow("UTC") << TimeDisplay::Utc << berlin << trigger << QStringLiteral("Time (UTC)");
    QTest::newRow("local") << TimeDisplay::Local << berlin << trigger
                           << QStringLiteral("Time (local, America/New_York)");
    QTest::newRow("T") << TimeDisplay::SinceTrigger << berlin << trigger
                       << QStringLiteral("Time since trigger");
    QTest::newRow("T, without a trigger")
        << TimeDisplay::SinceTrigger << berlin << Instant() << QStringLiteral("Time (Europe/Berlin)");
    QTest::newRow("T, without a trigger or zone")
        << TimeDisplay::SinceTrigger << QByteArray() << Instant() << QStringLiteral("Time (UTC)");
}

void TestTimeDisplay::header()
{
    QFETCH(TimeDisplay, display);
    QFETCH(QByteArray, zone);
    QFETCH(Instant, trigger);
    QFETCH(QString, expected);

    if (display == TimeDisplay::Local && !m_localZoneSet)
        QSKIP("the system zone cannot be set for this process here (TZ is not read on this platform)");
    const TimeFormatter formatter(display, zone.isEmpty() ? QTimeZone() : QTimeZone(zone), trigger);
    QCOMPARE(formatter.header(), expected);
}

void TestTimeDisplay::zone_data()
{
    QTest::addColumn<TimeDisplay>("display");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray berlin("Europe/Berlin");

    QTest::newRow("zone") << TimeDisplay::IncidentZone << berlin << berlin;
    QTest::newRow("zone, invalid") << TimeDisplay::IncidentZone << QByteArray() << QByteArray("UTC");
    QTest::newRow("UTC") << TimeDisplay::Utc << berlin << QByteArray("UTC");
    QTest::newRow("local") << TimeDisplay::Local << berlin << LocalZone;
    QTest::newRow("T") << TimeDisplay::SinceTrigger << berlin << berlin;
    QTest::newRow("T, zone invalid") << TimeDisplay::SinceTrigger << QByteArray() << QByteArray("UTC");
}

void TestTimeDisplay::zone()
{
    QFETCH(TimeDisplay, display);
    QFETCH(QByteArray, zone);
    QFETCH(QByteArray, expected);

    if (display == TimeDisplay::Local && !m_localZoneSet)
        QSKIP("the system zone cannot be set for this process here (TZ is not read on this platform)");
    const TimeFormatter formatter(
        display, zone.isEmpty() ? QTimeZone() : QTimeZone(zone), at("2026-04-14T08:02:13.418Z"));
    QVERIFY(formatter.zone().isValid());
    QCOMPARE(formatter.zone().id(), expected);
}

void TestTimeDisplay::formatSinceTrigger_data()
{
    QTest::addColumn<qint64>("microseconds");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("T+00:00:00");
    QTest::newRow("one second") << Second << QStringLiteral("T+00:00:01");
    QTest::newRow("minus one second") << -Second << QStringLiteral("T-00:00:01");
    QTest::newRow("12 min 31 s") << 12 * Minute + 31 * Second << QStringLiteral("T+00:12:31");
    QTest::newRow("last second of a day") << Day - Second << QStringLiteral("T+23:59:59");
    QTest::newRow("one day") << Day << QStringLiteral("T+1d 00:00:00");
    QTest::newRow("minus a day and two hours") << -(Day + 2 * Hour) << QStringLiteral("T-1d 02:00:00");
    QTest::newRow("ten days") << 10 * Day + 3 * Hour + 4 * Minute + 5 * Second
                              << QStringLiteral("T+10d 03:04:05");
    QTest::newRow("250 ms") << 250 * Millisecond << QStringLiteral("T+00:00:00.250");
    QTest::newRow("minus 250 ms") << -250 * Millisecond << QStringLiteral("T-00:00:00.250");
    QTest::newRow("1 ms") << Millisecond << QStringLiteral("T+00:00:00.001");
    QTest::newRow("123 us") << qint64(123) << QStringLiteral("T+00:00:00.000123");
    QTest::newRow("1 us") << qint64(1) << QStringLiteral("T+00:00:00.000001");
    QTest::newRow("minus 1 us") << qint64(-1) << QStringLiteral("T-00:00:00.000001");
    QTest::newRow("sub-second and days")
        << -(2 * Day + Hour + 500 * Millisecond + 1) << QStringLiteral("T-2d 01:00:00.500001");
}

void TestTimeDisplay::formatSinceTrigger()
{
    QFETCH(qint64, microseconds);
    QFETCH(QString, expected);

    QCOMPARE(causeway::formatSinceTrigger(microseconds), expected);
}

void TestTimeDisplay::defaultFormatter()
{
    // No zone yet (a new document): UTC, said as such.
    const TimeFormatter formatter;
    QVERIFY(formatter.display() == TimeDisplay::IncidentZone);
    QCOMPARE(formatter.header(), QStringLiteral("Time (UTC)"));
    QCOMPARE(formatter.format(at("2026-04-14T10:02:13+02:00")), QStringLiteral("2026-04-14 08:02:13 UTC"));
    QCOMPARE(formatter.format(Instant()), QString());
}

} // namespace causeway

QTEST_GUILESS_MAIN(causeway::TestTimeDisplay)
#include "tst_timedisplay.moc"
