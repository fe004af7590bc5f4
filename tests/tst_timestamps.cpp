// SPDX-License-Identifier: GPL-3.0-or-later
// Timestamps as logs write them: what parseLogTimestamp accepts and refuses, wall-clock times in a
// zone across daylight-saving changes, and epoch microseconds.
#include "import/timestamps.h"

#include <QTest>
#include <QTimeZone>

namespace causeway {

namespace {

constexpr qint64 Second = 1000000;

/// The expected instant, written as RFC 3339 so that a row reads like the log line.
Instant at(const char *rfc3339)
{
    const Instant instant = Instant::parseRfc3339(QString::fromLatin1(rfc3339));
    Q_ASSERT_X(instant.isValid(), "at", rfc3339);
    return instant;
}

} // namespace

class TestTimestamps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void noZoneWithoutAssumedZone();
    void localTime_data();
    void localTime();
    void localTimeRefused_data();
    void localTimeRefused();
    void epochMicroseconds_data();
    void epochMicroseconds();
};

void TestTimestamps::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("assumedZone"); // empty: none
    QTest::addColumn<qint64>("utcMicroseconds");
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<bool>("noZone");

    // 2026-04-14T08:02:13Z, the deploy of the sample incident.
    const qint64 deploy = Q_INT64_C(1776153733000000);
    const QByteArray none;
    const QByteArray berlin("Europe/Berlin");
    QTest::newRow("Z") << QStringLiteral("2026-04-14T08:02:13Z") << none << deploy << 0 << false;
    QTest::newRow("z") << QStringLiteral("2026-04-14T08:02:13z") << none << deploy << 0 << false;
    QTest::newRow("space instead of T")
        << QStringLiteral("2026-04-14 08:02:13Z") << none << deploy << 0 << false;
    QTest::newRow("surrounding blanks")
        << QStringLiteral("  2026-04-14T08:02:13Z\t") << none << deploy << 0 << false;
    QTest::newRow("no seconds") << QStringLiteral("2026-04-14T08:02Z") << none << deploy - 13 * Second << 0
                                << false;
    QTest::newRow("milliseconds with a dot")
        << QStringLiteral("2026-04-14T08:02:13.418Z") << none << deploy + 418000 << 0 << false;
    QTest::newRow("milliseconds with a comma")
        << QStringLiteral("2026-04-14T08:02:13,418Z") << none << deploy + 418000 << 0 << false;
    QTest::newRow("one fraction digit")
        << QStringLiteral("2026-04-14T08:02:13.4Z") << none << deploy + 400000 << 0 << false;
    QTest::newRow("microseconds") << QStringLiteral("2026-04-14T08:02:13.981734Z") << none << deploy + 981734
                                  << 0 << false;
    QTest::newRow("7 digits truncated")
        << QStringLiteral("2026-04-14T08:02:13.9817349Z") << none << deploy + 981734 << 0 << false;
    QTest::newRow("9 digits truncated, not rounded")
        << QStringLiteral("2026-04-14T08:02:13.999999999Z") << none << deploy + 999999 << 0 << false;
    QTest::newRow("+hh") << QStringLiteral("2026-04-14T10:02:13+02") << none << deploy << 7200 << false;
    QTest::newRow("+hhmm") << QStringLiteral("2026-04-14T10:02:13+0200") << none << deploy << 7200 << false;
    QTest::newRow("+hh:mm") << QStringLiteral("2026-04-14T10:02:13+02:00") << none << deploy << 7200 << false;
    QTest::newRow("-hh") << QStringLiteral("2026-04-14T04:02:13-04") << none << deploy << -14400 << false;
    QTest::newRow("-hhmm") << QStringLiteral("2026-04-14T04:02:13-0400") << none << deploy << -14400 << false;
    QTest::newRow("-hh:mm with minutes")
        << QStringLiteral("2026-04-14T04:32:13-03:30") << none << deploy << -12600 << false;
    QTest::newRow("+05:45") << QStringLiteral("2026-04-14T13:47:13.5+05:45") << none << deploy + 500000
                            << 20700 << false;
    QTest::newRow("-00:00") << QStringLiteral("2026-04-14T08:02:13-00:00") << none << deploy << 0 << false;
    QTest::newRow("fraction and offset")
        << QStringLiteral("2026-04-14T10:02:13.418+02:00") << none << deploy + 418000 << 7200 << false;
    QTest::newRow("offset crosses the date")
        << QStringLiteral("2026-04-13T23:30:00-10:00") << none << at("2026-04-14T09:30:00Z").utcMicroseconds()
        << -36000 << false;
    QTest::newRow("leap day") << QStringLiteral("2028-02-29T00:00:00Z") << none
                              << at("2028-02-29T00:00:00Z").utcMicroseconds() << 0 << false;
    QTest::newRow("before the epoch")
        << QStringLiteral("1969-12-31T23:59:59.5Z") << none << -Second / 2 << 0 << false;
    QTest::newRow("no zone, read in Berlin (CEST)")
        << QStringLiteral("2026-04-14 10:02:13,418") << berlin << deploy + 418000 << 7200 << true;
    QTest::newRow("no zone, read in Berlin (CET)")
        << QStringLiteral("2026-01-14T10:02:13") << berlin << at("2026-01-14T09:02:13Z").utcMicroseconds()
        << 3600 << true;
    QTest::newRow("no zone, read in UTC")
        << QStringLiteral("2026-04-14T08:02:13") << QByteArray("UTC") << deploy << 0 << true;
    QTest::newRow("zone given but not used")
        << QStringLiteral("2026-04-14T08:02:13Z") << berlin << deploy << 0 << false;
}

void TestTimestamps::accepted()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, assumedZone);
    QFETCH(qint64, utcMicroseconds);
    QFETCH(int, offsetSeconds);
    QFETCH(bool, noZone);

    bool hadNoZone = !noZone;
    const Instant instant =
        parseLogTimestamp(text, assumedZone.isEmpty() ? QTimeZone() : QTimeZone(assumedZone), &hadNoZone);
    QVERIFY(instant.isValid());
    QCOMPARE(instant.utcMicroseconds(), utcMicroseconds);
    QCOMPARE(instant.offsetSeconds(), offsetSeconds);
    QCOMPARE(hadNoZone, noZone);
}

void TestTimestamps::refused_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("a word") << QStringLiteral("noon");
    QTest::newRow("date only") << QStringLiteral("2026-04-14");
    QTest::newRow("hour only") << QStringLiteral("2026-04-14T10Z");
    QTest::newRow("slashes") << QStringLiteral("2026/04/14 10:02:13Z");
    QTest::newRow("other separator") << QStringLiteral("2026-04-14X10:02:13Z");
    QTest::newRow("two-digit year") << QStringLiteral("26-04-14T10:02:13Z");
    QTest::newRow("month 13") << QStringLiteral("2026-13-14T10:02:13Z");
    QTest::newRow("February 30") << QStringLiteral("2026-02-30T10:02:13Z");
    QTest::newRow("February 29 of 2026") << QStringLiteral("2026-02-29T10:02:13Z");
    QTest::newRow("hour 24") << QStringLiteral("2026-04-14T24:00:00Z");
    QTest::newRow("minute 60") << QStringLiteral("2026-04-14T10:60:00Z");
    QTest::newRow("leap second") << QStringLiteral("2016-12-31T23:59:60Z");
    QTest::newRow("one-digit seconds") << QStringLiteral("2026-04-14T10:02:1Z");
    QTest::newRow("fraction without digits") << QStringLiteral("2026-04-14T10:02:13.Z");
    QTest::newRow("ZZ") << QStringLiteral("2026-04-14T10:02:13ZZ");
    QTest::newRow("zone name") << QStringLiteral("2026-04-14T10:02:13 CEST");
    QTest::newRow("blank before the offset") << QStringLiteral("2026-04-14T10:02:13 +02:00");
    QTest::newRow("+h:mm") << QStringLiteral("2026-04-14T10:02:13+2:00");
    QTest::newRow("+hh:m") << QStringLiteral("2026-04-14T10:02:13+02:0");
    QTest::newRow("+hhm") << QStringLiteral("2026-04-14T10:02:13+020");
    QTest::newRow("+hh:mm:ss") << QStringLiteral("2026-04-14T10:02:13+02:00:00");
    QTest::newRow("offset hour 24") << QStringLiteral("2026-04-14T10:02:13+24:00");
    QTest::newRow("offset minute 60") << QStringLiteral("2026-04-14T10:02:13+01:60");
    QTest::newRow("sign only") << QStringLiteral("2026-04-14T10:02:13+");
    QTest::newRow("text after") << QStringLiteral("2026-04-14T10:02:13Z deploy");
    QTest::newRow("non-ASCII digits") << QStringLiteral("2026-04-14T10:02:13.\u0661\u0662Z");
    QTest::newRow("full-width digits") << QStringLiteral("\uFF12026-04-14T10:02:13Z");
}

void TestTimestamps::refused()
{
    QFETCH(QString, text);

    // A zone is given, so that refusal is about the text, never about a missing zone.
    QVERIFY(!parseLogTimestamp(text, QTimeZone("Europe/Berlin")).isValid());
    QVERIFY(!parseLogTimestamp(text, QTimeZone()).isValid());
}

void TestTimestamps::noZoneWithoutAssumedZone()
{
    // Without a zone to read it in, a zone-less time is nothing, and the caller learns why.
    bool noZone = false;
    QVERIFY(!parseLogTimestamp(u"2026-04-14 10:02:13", QTimeZone(), &noZone).isValid());
    QVERIFY(noZone);
    noZone = true;
    QVERIFY(!parseLogTimestamp(u"2026-04-14 25:02:13", QTimeZone(), &noZone).isValid());
    QVERIFY(!noZone);
}

void TestTimestamps::localTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("time"); // HH:mm:ss.zzzzzz
    QTest::addColumn<QString>("expected"); // RFC 3339 in the zone's offset then

    const QByteArray berlin("Europe/Berlin");
    const QByteArray newYork("America/New_York");
    QTest::newRow("Berlin, deploy (CEST)")
        << berlin << QDate(2026, 4, 14) << QStringLiteral("10:02:13.418000")
        << QStringLiteral("2026-04-14T10:02:13.418+02:00");
    QTest::newRow("Berlin, microseconds kept")
        << berlin << QDate(2026, 4, 14) << QStringLiteral("10:12:13.981734")
        << QStringLiteral("2026-04-14T10:12:13.981734+02:00");
    QTest::newRow("Berlin, winter (CET)") << berlin << QDate(2026, 1, 14) << QStringLiteral("10:02:13.000000")
                                          << QStringLiteral("2026-01-14T10:02:13+01:00");
    QTest::newRow("Berlin, midnight") << berlin << QDate(2026, 4, 14) << QStringLiteral("00:00:00.000000")
                                      << QStringLiteral("2026-04-14T00:00:00+02:00");
    QTest::newRow("Berlin, last microsecond of the day")
        << berlin << QDate(2026, 4, 14) << QStringLiteral("23:59:59.999999")
        << QStringLiteral("2026-04-14T23:59:59.999999+02:00");
    // 2026-03-29: at 02:00 CET the clocks go to 03:00 CEST; 02:00 to 02:59 do not exist.
    QTest::newRow("Berlin, last second of CET")
        << berlin << QDate(2026, 3, 29) << QStringLiteral("01:59:59.000000")
        << QStringLiteral("2026-03-29T01:59:59+01:00");
    QTest::newRow("Berlin, gap start moves forward")
        << berlin << QDate(2026, 3, 29) << QStringLiteral("02:00:00.000000")
        << QStringLiteral("2026-03-29T03:00:00+02:00");
    QTest::newRow("Berlin, inside the gap moves forward")
        << berlin << QDate(2026, 3, 29) << QStringLiteral("02:30:00.250000")
        << QStringLiteral("2026-03-29T03:30:00.250+02:00");
    QTest::newRow("Berlin, first second of CEST")
        << berlin << QDate(2026, 3, 29) << QStringLiteral("03:00:00.000000")
        << QStringLiteral("2026-03-29T03:00:00+02:00");
    // 2026-10-25: at 03:00 CEST the clocks go back to 02:00 CET; 02:00 to 02:59 happen twice.
    QTest::newRow("Berlin, before the overlap")
        << berlin << QDate(2026, 10, 25) << QStringLiteral("01:59:59.000000")
        << QStringLiteral("2026-10-25T01:59:59+02:00");
    QTest::newRow("Berlin, overlap takes the first (CEST)")
        << berlin << QDate(2026, 10, 25) << QStringLiteral("02:30:00.000000")
        << QStringLiteral("2026-10-25T02:30:00+02:00");
    QTest::newRow("Berlin, overlap start takes the first")
        << berlin << QDate(2026, 10, 25) << QStringLiteral("02:00:00.000000")
        << QStringLiteral("2026-10-25T02:00:00+02:00");
    QTest::newRow("Berlin, after the overlap")
        << berlin << QDate(2026, 10, 25) << QStringLiteral("03:00:00.000000")
        << QStringLiteral("2026-10-25T03:00:00+01:00");
    // 2026-03-08: at 02:00 EST the clocks go to 03:00 EDT.
    QTest::newRow("New York, last second of EST")
        << newYork << QDate(2026, 3, 8) << QStringLiteral("01:59:59.000000")
        << QStringLiteral("2026-03-08T01:59:59-05:00");
    QTest::newRow("New York, inside the gap moves forward")
        << newYork << QDate(2026, 3, 8) << QStringLiteral("02:30:00.000000")
        << QStringLiteral("2026-03-08T03:30:00-04:00");
    QTest::newRow("New York, first second of EDT")
        << newYork << QDate(2026, 3, 8) << QStringLiteral("03:00:00.000000")
        << QStringLiteral("2026-03-08T03:00:00-04:00");
    QTest::newRow("New York, the day after")
        << newYork << QDate(2026, 3, 9) << QStringLiteral("04:02:13.000000")
        << QStringLiteral("2026-03-09T04:02:13-04:00");
    QTest::newRow("UTC") << QByteArray("UTC") << QDate(2026, 4, 14) << QStringLiteral("08:02:13.418000")
                         << QStringLiteral("2026-04-14T08:02:13.418Z");
}

void TestTimestamps::localTime()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(QString, time);
    QFETCH(QString, expected);

    const QTimeZone timeZone(zone);
    QVERIFY2(timeZone.isValid(), zone.constData());
    const QTime t = QTime::fromString(time.left(8), QStringLiteral("HH:mm:ss"));
    QVERIFY(t.isValid());
    const qint64 ofDay = qint64(t.msecsSinceStartOfDay()) * 1000 + time.mid(9).toLongLong();
    const Instant instant = fromLocalTime(date, ofDay, timeZone);
    QVERIFY(instant.isValid());
    QCOMPARE(instant.toRfc3339(), expected);
    QCOMPARE(instant, at(expected.toLatin1().constData()));
}

void TestTimestamps::localTimeRefused_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("microsecondsOfDay");

    const QByteArray berlin("Europe/Berlin");
    QTest::newRow("no zone") << QByteArray() << QDate(2026, 4, 14) << qint64(0);
    QTest::newRow("unknown zone") << QByteArray("Europe/Atlantis") << QDate(2026, 4, 14) << qint64(0);
    QTest::newRow("invalid date") << berlin << QDate() << qint64(0);
    QTest::newRow("negative time") << berlin << QDate(2026, 4, 14) << qint64(-1);
    QTest::newRow("24:00") << berlin << QDate(2026, 4, 14) << 86400 * Second;
}

void TestTimestamps::localTimeRefused()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(qint64, microsecondsOfDay);

    const QTimeZone timeZone = zone.isEmpty() ? QTimeZone() : QTimeZone(zone);
    QVERIFY(!fromLocalTime(date, microsecondsOfDay, timeZone).isValid());
}

void TestTimestamps::epochMicroseconds_data()
{
    QTest::addColumn<qint64>("microseconds");
    QTest::addColumn<QString>("expected");

    QTest::newRow("epoch") << qint64(0) << QStringLiteral("1970-01-01T00:00:00Z");
    QTest::newRow("deploy") << Q_INT64_C(1776153733418000) << QStringLiteral("2026-04-14T08:02:13.418Z");
    QTest::newRow("microseconds") << Q_INT64_C(1776154333981734)
                                  << QStringLiteral("2026-04-14T08:12:13.981734Z");
    QTest::newRow("before the epoch") << Q_INT64_C(-1500000) << QStringLiteral("1969-12-31T23:59:58.500Z");
}

void TestTimestamps::epochMicroseconds()
{
    QFETCH(qint64, microseconds);
    QFETCH(QString, expected);

    const Instant instant = fromEpochMicroseconds(microseconds);
    QVERIFY(instant.isValid());
    QCOMPARE(instant.utcMicroseconds(), microseconds);
    QCOMPARE(instant.offsetSeconds(), 0);
    QCOMPARE(instant.toRfc3339(), expected);
}

} // namespace causeway

QTEST_GUILESS_MAIN(causeway::TestTimestamps)
#include "tst_timestamps.moc"
