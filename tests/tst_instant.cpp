// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities.h"
#include "instant.h"

#include <QTest>
#include <QTimeZone>

#include <limits>

namespace causeway {

namespace {

constexpr qint64 Second = 1000000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
/// "No value" in the durations table.
constexpr qint64 None = std::numeric_limits<qint64>::min();

Instant parse(const QString &text)
{
    return Instant::parseRfc3339(text);
}

} // namespace

class TestInstant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void toRfc3339_data();
    void toRfc3339();
    void fromUtcMicroseconds_data();
    void fromUtcMicroseconds();
    void outsideTheWritableYearsIsInvalid_data();
    void outsideTheWritableYearsIsInvalid();
    void invalidInstant();
    void utcMicrosecondsMatchQDateTime_data();
    void utcMicrosecondsMatchQDateTime();
    void toDateTimeKeepsOffset_data();
    void toDateTimeKeepsOffset();
    void ordering_data();
    void ordering();
    void durations_data();
    void durations();
    void formatDuration_data();
    void formatDuration();
    void daylightSavingChanges_data();
    void daylightSavingChanges();
};

void TestInstant::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("utcMicroseconds");
    QTest::addColumn<int>("offsetSeconds");

    // Expected values computed outside Qt (Python's datetime).
    const qint64 t = 1772460190000000; // 2026-03-02T14:03:10Z
    QTest::newRow("Z") << QStringLiteral("2026-03-02T14:03:10Z") << t << 0;
    QTest::newRow("+01:00") << QStringLiteral("2026-03-02T15:03:10+01:00") << t << 3600;
    QTest::newRow("-05:30") << QStringLiteral("2026-03-02T08:33:10-05:30") << t << -19800;
    QTest::newRow("-00:00") << QStringLiteral("2026-03-02T14:03:10-00:00") << t << 0;
    QTest::newRow("+14:00") << QStringLiteral("2026-03-03T04:03:10+14:00") << t << 50400;
    QTest::newRow("-23:59") << QStringLiteral("2026-03-02T23:59:59-23:59") << qint64(1772582339000000)
                            << -86340;
    QTest::newRow("1 fraction digit") << QStringLiteral("2026-03-02T14:03:10.1Z") << t + 100000 << 0;
    QTest::newRow("2 fraction digits") << QStringLiteral("2026-03-02T14:03:10.12Z") << t + 120000 << 0;
    QTest::newRow("3 fraction digits") << QStringLiteral("2026-03-02T14:03:10.123Z") << t + 123000 << 0;
    QTest::newRow("4 fraction digits") << QStringLiteral("2026-03-02T14:03:10.1234Z") << t + 123400 << 0;
    QTest::newRow("5 fraction digits") << QStringLiteral("2026-03-02T14:03:10.12345Z") << t + 123450 << 0;
    QTest::newRow("6 fraction digits") << QStringLiteral("2026-03-02T14:03:10.123456Z") << t + 123456 << 0;
    QTest::newRow("one microsecond") << QStringLiteral("2026-03-02T14:03:10.000001+01:00") << t - Hour + 1
                                     << 3600;
    QTest::newRow("fraction with offset")
        << QStringLiteral("2026-03-02T15:03:10.250+01:00") << t + 250000 << 3600;
    QTest::newRow("leap year Feb 29")
        << QStringLiteral("2024-02-29T12:00:00Z") << qint64(1709208000000000) << 0;
    QTest::newRow("leap century Feb 29")
        << QStringLiteral("2000-02-29T00:00:00+14:00") << qint64(951732000000000) << 50400;
    QTest::newRow("last microsecond of 2025")
        << QStringLiteral("2025-12-31T23:59:59.999999Z") << qint64(1767225599999999) << 0;
    QTest::newRow("first instant of 2026")
        << QStringLiteral("2026-01-01T00:00:00Z") << qint64(1767225600000000) << 0;
    QTest::newRow("2026 locally, 2025 in UTC")
        << QStringLiteral("2026-01-01T00:30:00+01:00") << qint64(1767223800000000) << 3600;
    QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z") << qint64(0) << 0;
    QTest::newRow("half a second before the epoch")
        << QStringLiteral("1969-12-31T23:59:59.5Z") << qint64(-500000) << 0;
    QTest::newRow("before the epoch, east of UTC")
        << QStringLiteral("1970-01-01T00:59:59.999999+01:00") << qint64(-1) << 3600;
    QTest::newRow("1900") << QStringLiteral("1900-01-01T00:00:00Z") << qint64(-2208988800000000) << 0;
}

void TestInstant::parseValid()
{
    QFETCH(QString, text);
    QFETCH(qint64, utcMicroseconds);
    QFETCH(int, offsetSeconds);

    const Instant instant = parse(text);
    QVERIFY(instant.isValid());
    QCOMPARE(instant.utcMicroseconds(), utcMicroseconds);
    QCOMPARE(instant.offsetSeconds(), offsetSeconds);
    QCOMPARE(instant, Instant::fromUtcMicroseconds(utcMicroseconds, offsetSeconds));
}

void TestInstant::parseInvalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("no offset") << QStringLiteral("2026-03-02T14:03:10");
    QTest::newRow("no offset, with fraction") << QStringLiteral("2026-03-02T14:03:10.250");
    QTest::newRow("7 fraction digits") << QStringLiteral("2026-03-02T14:03:10.1234567Z");
    QTest::newRow("dot without digits") << QStringLiteral("2026-03-02T14:03:10.Z");
    QTest::newRow("dot without digits, offset") << QStringLiteral("2026-03-02T14:03:10.+01:00");
    QTest::newRow("letter in fraction") << QStringLiteral("2026-03-02T14:03:10.12a4Z");
    QTest::newRow("lower-case t") << QStringLiteral("2026-03-02t14:03:10Z");
    QTest::newRow("space instead of T") << QStringLiteral("2026-03-02 14:03:10Z");
    QTest::newRow("date only") << QStringLiteral("2026-03-02");
    QTest::newRow("no seconds") << QStringLiteral("2026-03-02T14:03Z");
    QTest::newRow("basic format") << QStringLiteral("20260302T140310Z");
    QTest::newRow("month 13") << QStringLiteral("2026-13-02T14:03:10Z");
    QTest::newRow("month 0") << QStringLiteral("2026-00-02T14:03:10Z");
    QTest::newRow("day 0") << QStringLiteral("2026-03-00T14:03:10Z");
    QTest::newRow("Feb 30") << QStringLiteral("2026-02-30T14:03:10Z");
    QTest::newRow("Feb 29 in a common year") << QStringLiteral("2026-02-29T14:03:10Z");
    QTest::newRow("Feb 29 in 1900") << QStringLiteral("1900-02-29T00:00:00Z");
    QTest::newRow("April 31") << QStringLiteral("2026-04-31T14:03:10Z");
    QTest::newRow("hour 24") << QStringLiteral("2026-03-02T24:00:00Z");
    QTest::newRow("minute 60") << QStringLiteral("2026-03-02T14:60:10Z");
    QTest::newRow("second 60") << QStringLiteral("2026-03-02T14:03:60Z");
    QTest::newRow("single-digit month") << QStringLiteral("2026-3-02T14:03:10Z");
    QTest::newRow("offset +24:00") << QStringLiteral("2026-03-02T14:03:10+24:00");
    QTest::newRow("offset minutes 60") << QStringLiteral("2026-03-02T14:03:10+01:60");
    QTest::newRow("offset without colon") << QStringLiteral("2026-03-02T14:03:10+0100");
    QTest::newRow("offset hours only") << QStringLiteral("2026-03-02T14:03:10+01");
    QTest::newRow("offset and Z") << QStringLiteral("2026-03-02T14:03:10+01:00Z");
    QTest::newRow("trailing garbage after Z") << QStringLiteral("2026-03-02T14:03:10Zx");
    QTest::newRow("trailing garbage after offset") << QStringLiteral("2026-03-02T14:03:10+01:00 ");
    QTest::newRow("trailing newline") << QStringLiteral("2026-03-02T14:03:10Z\n");
    QTest::newRow("leading space") << QStringLiteral(" 2026-03-02T14:03:10Z");
    QTest::newRow("noon") << QStringLiteral("noon");
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0662\u0660\u0662\u0666-03-02T14:03:10Z");
    QTest::newRow("Arabic-Indic fraction") << QStringLiteral("2026-03-02T14:03:10.\u0661Z");
}

void TestInstant::parseInvalid()
{
    QFETCH(QString, text);

    const Instant instant = parse(text);
    QVERIFY(!instant.isValid());
    QCOMPARE(instant, Instant());
}

void TestInstant::toRfc3339_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");

    QTest::newRow("whole seconds, Z")
        << QStringLiteral("2026-03-02T14:03:10Z") << QStringLiteral("2026-03-02T14:03:10Z");
    QTest::newRow("milliseconds stay 3 digits")
        << QStringLiteral("2026-03-02T15:03:10.250+01:00") << QStringLiteral("2026-03-02T15:03:10.250+01:00");
    QTest::newRow(".25 becomes .250")
        << QStringLiteral("2026-03-02T15:03:10.25+01:00") << QStringLiteral("2026-03-02T15:03:10.250+01:00");
    QTest::newRow(".1 becomes .100") << QStringLiteral("2026-03-02T14:03:10.1Z")
                                     << QStringLiteral("2026-03-02T14:03:10.100Z");
    QTest::newRow(".000001 stays 6 digits")
        << QStringLiteral("2026-03-02T14:03:10.000001Z") << QStringLiteral("2026-03-02T14:03:10.000001Z");
    QTest::newRow(".1234 becomes 6 digits")
        << QStringLiteral("2026-03-02T14:03:10.1234Z") << QStringLiteral("2026-03-02T14:03:10.123400Z");
    QTest::newRow(".123000 becomes 3 digits")
        << QStringLiteral("2026-03-02T14:03:10.123000Z") << QStringLiteral("2026-03-02T14:03:10.123Z");
    QTest::newRow(".000000 is dropped")
        << QStringLiteral("2026-03-02T14:03:10.000000Z") << QStringLiteral("2026-03-02T14:03:10Z");
    QTest::newRow(".0 is dropped") << QStringLiteral("2026-03-02T14:03:10.0+01:00")
                                   << QStringLiteral("2026-03-02T14:03:10+01:00");
    QTest::newRow("+01:00 stays") << QStringLiteral("2026-03-02T15:03:10+01:00")
                                  << QStringLiteral("2026-03-02T15:03:10+01:00");
    QTest::newRow("-05:30 stays") << QStringLiteral("2026-03-02T08:33:10-05:30")
                                  << QStringLiteral("2026-03-02T08:33:10-05:30");
    QTest::newRow("+00:00 becomes Z")
        << QStringLiteral("2026-03-02T14:03:10+00:00") << QStringLiteral("2026-03-02T14:03:10Z");
    QTest::newRow("-00:00 becomes Z")
        << QStringLiteral("2026-03-02T14:03:10-00:00") << QStringLiteral("2026-03-02T14:03:10Z");
    QTest::newRow("local date kept across New Year")
        << QStringLiteral("2026-01-01T00:30:00+01:00") << QStringLiteral("2026-01-01T00:30:00+01:00");
    QTest::newRow("local date kept, west of UTC")
        << QStringLiteral("2025-12-31T23:30:00-05:00") << QStringLiteral("2025-12-31T23:30:00-05:00");
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59.999999-12:00")
                              << QStringLiteral("2024-02-29T23:59:59.999999-12:00");
    QTest::newRow("before the epoch")
        << QStringLiteral("1969-12-31T23:59:59.5Z") << QStringLiteral("1969-12-31T23:59:59.500Z");
    QTest::newRow("before the epoch, east of UTC") << QStringLiteral("1970-01-01T00:59:59.999999+01:00")
                                                   << QStringLiteral("1970-01-01T00:59:59.999999+01:00");
    QTest::newRow("1900") << QStringLiteral("1900-01-01T00:00:00Z") << QStringLiteral("1900-01-01T00:00:00Z");
}

void TestInstant::toRfc3339()
{
    QFETCH(QString, text);
    QFETCH(QString, written);

    const Instant instant = parse(text);
    QVERIFY(instant.isValid());
    QCOMPARE(instant.toRfc3339(), written);
    // What is written reads back as the same instant in the same offset.
    QCOMPARE(parse(written), instant);
    QCOMPARE(parse(written).toRfc3339(), written);
}

void TestInstant::fromUtcMicroseconds_data()
{
    QTest::addColumn<qint64>("utcMicroseconds");
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<QString>("written");

    QTest::newRow("epoch") << qint64(0) << 0 << QStringLiteral("1970-01-01T00:00:00Z");
    QTest::newRow("epoch in Berlin") << qint64(0) << 3600 << QStringLiteral("1970-01-01T01:00:00+01:00");
    QTest::newRow("epoch in New York") << qint64(0) << -18000 << QStringLiteral("1969-12-31T19:00:00-05:00");
    QTest::newRow("one microsecond before")
        << qint64(-1) << 0 << QStringLiteral("1969-12-31T23:59:59.999999Z");
    QTest::newRow("one millisecond before")
        << qint64(-1000) << 0 << QStringLiteral("1969-12-31T23:59:59.999Z");
    QTest::newRow("2026") << qint64(1772460190250000) << 19800
                          << QStringLiteral("2026-03-02T19:33:10.250+05:30");
    // Amsterdam's local mean time (+00:19:32) has seconds, which RFC 3339 cannot write.
    QTest::newRow("offset with seconds rounds to minutes")
        << qint64(0) << 1172 << QStringLiteral("1970-01-01T00:19:00+00:19");
    QTest::newRow("negative offset with seconds")
        << qint64(0) << -1172 << QStringLiteral("1969-12-31T23:41:00-00:19");
    QTest::newRow("first moment of year 1")
        << qint64(-62135596800000000) << 0 << QStringLiteral("0001-01-01T00:00:00Z");
    QTest::newRow("last microsecond of year 9999")
        << qint64(253402300799999999) << 0 << QStringLiteral("9999-12-31T23:59:59.999999Z");
}

void TestInstant::outsideTheWritableYearsIsInvalid_data()
{
    QTest::addColumn<qint64>("utcMicroseconds");
    QTest::addColumn<int>("offsetSeconds");

    // RFC 3339 writes four-digit years, so a file holds the years 1 to 9999 of local time: an
    // instant outside them would be saved and then refused on opening.
    QTest::newRow("a microsecond before year 1") << qint64(-62135596800000001) << 0;
    QTest::newRow("year 1 in UTC, year 0 at -01:00") << qint64(-62135596800000000) << -3600;
    QTest::newRow("year 10000") << qint64(253402300800000000) << 0;
    QTest::newRow("year 9999 in UTC, 10000 at +01:00") << qint64(253402300799999999) << 3600;
    QTest::newRow("year -2026 in Berlin's local mean time") << qint64(-126092000000000000) << 3208;
    QTest::newRow("the smallest 64-bit value") << std::numeric_limits<qint64>::min() << 0;
    QTest::newRow("the largest 64-bit value") << std::numeric_limits<qint64>::max() << 0;
    QTest::newRow("the largest with the largest offset")
        << std::numeric_limits<qint64>::max() << std::numeric_limits<int>::max();
}

void TestInstant::outsideTheWritableYearsIsInvalid()
{
    QFETCH(qint64, utcMicroseconds);
    QFETCH(int, offsetSeconds);
    const Instant instant = Instant::fromUtcMicroseconds(utcMicroseconds, offsetSeconds);
    QVERIFY2(!instant.isValid(), qPrintable(instant.toRfc3339()));
}

void TestInstant::fromUtcMicroseconds()
{
    QFETCH(qint64, utcMicroseconds);
    QFETCH(int, offsetSeconds);
    QFETCH(QString, written);

    const Instant instant = Instant::fromUtcMicroseconds(utcMicroseconds, offsetSeconds);
    QVERIFY(instant.isValid());
    QCOMPARE(instant.toRfc3339(), written);
    QCOMPARE(parse(written), instant);
}

void TestInstant::invalidInstant()
{
    const Instant invalid;
    QVERIFY(!invalid.isValid());
    QCOMPARE(invalid.toRfc3339(), QString());
    QVERIFY(!invalid.toDateTime().isValid());
    QVERIFY(!Instant::fromDateTime(QDateTime()).isValid());
    // The epoch itself is a valid instant, not "no instant".
    QVERIFY(Instant::fromUtcMicroseconds(0) != invalid);
    QCOMPARE(microsecondsBetween(invalid, Instant::fromUtcMicroseconds(5)), qint64(0));
    QCOMPARE(microsecondsBetween(Instant::fromUtcMicroseconds(5), invalid), qint64(0));
}

void TestInstant::utcMicrosecondsMatchQDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("dateTime"); // to the millisecond
    QTest::addColumn<int>("extraMicroseconds"); // below the millisecond

    QTest::newRow("Z") << QStringLiteral("2026-03-02T14:03:10Z")
                       << QDateTime(QDate(2026, 3, 2), QTime(14, 3, 10), QTimeZone::utc()) << 0;
    QTest::newRow("+01:00 with milliseconds")
        << QStringLiteral("2026-03-02T15:03:10.250+01:00")
        << QDateTime(QDate(2026, 3, 2), QTime(15, 3, 10, 250), QTimeZone(3600)) << 0;
    QTest::newRow("-05:30 with microseconds")
        << QStringLiteral("2026-03-02T08:33:10.123456-05:30")
        << QDateTime(QDate(2026, 3, 2), QTime(8, 33, 10, 123), QTimeZone(-19800)) << 456;
    QTest::newRow("leap day in Berlin")
        << QStringLiteral("2024-02-29T00:15:00+01:00")
        << QDateTime(QDate(2024, 2, 29), QTime(0, 15), QTimeZone(QByteArrayLiteral("Europe/Berlin"))) << 0;
    QTest::newRow("summer in New York")
        << QStringLiteral("2026-07-04T12:00:00.000999-04:00")
        << QDateTime(QDate(2026, 7, 4), QTime(12, 0), QTimeZone(QByteArrayLiteral("America/New_York")))
        << 999;
    QTest::newRow("1969") << QStringLiteral("1969-07-20T20:17:40Z")
                          << QDateTime(QDate(1969, 7, 20), QTime(20, 17, 40), QTimeZone::utc()) << 0;
}

void TestInstant::utcMicrosecondsMatchQDateTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, dateTime);
    QFETCH(int, extraMicroseconds);

    QVERIFY(dateTime.isValid());
    const Instant instant = parse(text);
    QVERIFY(instant.isValid());
    QCOMPARE(instant.utcMicroseconds(), dateTime.toMSecsSinceEpoch() * 1000 + extraMicroseconds);
    QCOMPARE(instant.offsetSeconds(), dateTime.offsetFromUtc());
    // From QDateTime: the same moment, less what QDateTime cannot hold.
    const Instant fromQt = Instant::fromDateTime(dateTime);
    QCOMPARE(fromQt.utcMicroseconds(), instant.utcMicroseconds() - extraMicroseconds);
    QCOMPARE(fromQt.offsetSeconds(), instant.offsetSeconds());
}

void TestInstant::toDateTimeKeepsOffset_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<QString>("wallClock"); // "yyyy-MM-ddTHH:mm:ss.zzz" in that offset

    QTest::newRow("Z") << QStringLiteral("2026-03-02T14:03:10Z") << 0
                       << QStringLiteral("2026-03-02T14:03:10.000");
    QTest::newRow("+01:00") << QStringLiteral("2026-03-02T15:03:10.250+01:00") << 3600
                            << QStringLiteral("2026-03-02T15:03:10.250");
    QTest::newRow("-05:30, microseconds dropped") << QStringLiteral("2026-03-02T08:33:10.123999-05:30")
                                                  << -19800 << QStringLiteral("2026-03-02T08:33:10.123");
    QTest::newRow("+14:00 on another day than UTC")
        << QStringLiteral("2026-03-03T04:03:10+14:00") << 50400 << QStringLiteral("2026-03-03T04:03:10.000");
    QTest::newRow("before the epoch, microseconds dropped downwards")
        << QStringLiteral("1969-12-31T23:59:59.9995Z") << 0 << QStringLiteral("1969-12-31T23:59:59.999");
}

void TestInstant::toDateTimeKeepsOffset()
{
    QFETCH(QString, text);
    QFETCH(int, offsetSeconds);
    QFETCH(QString, wallClock);

    const Instant instant = parse(text);
    const QDateTime dateTime = instant.toDateTime();
    QVERIFY(dateTime.isValid());
    QCOMPARE(dateTime.offsetFromUtc(), offsetSeconds);
    QCOMPARE(dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")), wallClock);
    const qint64 usecs = instant.utcMicroseconds();
    const qint64 flooredMsecs = usecs / 1000 - (usecs % 1000 < 0 ? 1 : 0);
    QCOMPARE(dateTime.toMSecsSinceEpoch(), flooredMsecs);
}

void TestInstant::ordering_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("aBeforeB");
    QTest::addColumn<bool>("bBeforeA");
    QTest::addColumn<bool>("equal");

    QTest::newRow("one microsecond apart")
        << QStringLiteral("2026-03-02T14:03:10Z") << QStringLiteral("2026-03-02T14:03:10.000001Z") << true
        << false << false;
    QTest::newRow("same text") << QStringLiteral("2026-03-02T14:03:10.250Z")
                               << QStringLiteral("2026-03-02T14:03:10.25Z") << false << false << true;
    QTest::newRow("same moment, other offset")
        << QStringLiteral("2026-03-02T15:03:10+01:00") << QStringLiteral("2026-03-02T14:03:10Z") << false
        << false << false;
    QTest::newRow("later wall clock, earlier moment")
        << QStringLiteral("2026-03-02T00:30:00+01:00") << QStringLiteral("2026-03-01T23:45:00Z") << true
        << false << false;
    QTest::newRow("west of UTC is later")
        << QStringLiteral("2026-03-02T10:00:00Z") << QStringLiteral("2026-03-02T09:00:00-05:00") << true
        << false << false;
    QTest::newRow("across the epoch") << QStringLiteral("1969-12-31T23:59:59.999999Z")
                                      << QStringLiteral("1970-01-01T00:00:00Z") << true << false << false;
}

void TestInstant::ordering()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, aBeforeB);
    QFETCH(bool, bBeforeA);
    QFETCH(bool, equal);

    const Instant x = parse(a);
    const Instant y = parse(b);
    QVERIFY(x.isValid() && y.isValid());
    QCOMPARE(x < y, aBeforeB);
    QCOMPARE(y < x, bBeforeA);
    QCOMPARE(x == y, equal);
    QCOMPARE(x != y, !equal);
}

void TestInstant::durations_data()
{
    QTest::addColumn<QString>("started");
    QTest::addColumn<QString>("detected");
    QTest::addColumn<QString>("mitigated");
    QTest::addColumn<QString>("resolved");
    QTest::addColumn<qint64>("toDetect");
    QTest::addColumn<qint64>("toMitigate");
    QTest::addColumn<qint64>("toResolve");

    const QString start = QStringLiteral("2026-03-02T14:03:10Z");
    QTest::newRow("nothing set") << QString() << QString() << QString() << QString() << None << None << None;
    QTest::newRow("missing start") << QString() << QStringLiteral("2026-03-02T14:15:00Z")
                                   << QStringLiteral("2026-03-02T14:48:10Z")
                                   << QStringLiteral("2026-03-02T16:08:10Z") << None << None << None;
    QTest::newRow("only the start") << start << QString() << QString() << QString() << None << None << None;
    QTest::newRow("detected only") << start << QStringLiteral("2026-03-02T14:15:10Z") << QString()
                                   << QString() << 12 * Minute << None << None;
    QTest::newRow("resolved only") << start << QString() << QString()
                                   << QStringLiteral("2026-03-02T16:08:10Z") << None << None
                                   << 2 * Hour + 5 * Minute;
    QTest::newRow("all, in mixed offsets")
        << start << QStringLiteral("2026-03-02T15:15:00+01:00") << QStringLiteral("2026-03-02T09:48:10-05:00")
        << QStringLiteral("2026-03-02T16:08:10.5Z") << 11 * Minute + 50 * Second << 45 * Minute
        << 2 * Hour + 5 * Minute + Second / 2;
    QTest::newRow("microseconds") << QStringLiteral("2026-03-02T14:03:10.000001Z")
                                  << QStringLiteral("2026-03-02T14:03:10.000003Z") << QString() << QString()
                                  << qint64(2) << None << None;
    QTest::newRow("detected before the start") << start << QStringLiteral("2026-03-02T14:00:00Z") << QString()
                                               << QString() << -(3 * Minute + 10 * Second) << None << None;
    QTest::newRow("across midnight and a year")
        << QStringLiteral("2025-12-31T23:50:00Z") << QString() << QString()
        << QStringLiteral("2026-01-01T01:10:00+01:00") << None << None << 20 * Minute;
}

void TestInstant::durations()
{
    QFETCH(QString, started);
    QFETCH(QString, detected);
    QFETCH(QString, mitigated);
    QFETCH(QString, resolved);
    QFETCH(qint64, toDetect);
    QFETCH(qint64, toMitigate);
    QFETCH(qint64, toResolve);

    Incident incident;
    incident.started = parse(started);
    incident.detected = parse(detected);
    incident.mitigated = parse(mitigated);
    incident.resolved = parse(resolved);
    // Empty cells are "not set"; everything else must be a valid instant.
    QCOMPARE(incident.started.isValid(), !started.isEmpty());
    QCOMPARE(incident.detected.isValid(), !detected.isEmpty());
    QCOMPARE(incident.mitigated.isValid(), !mitigated.isEmpty());
    QCOMPARE(incident.resolved.isValid(), !resolved.isEmpty());

    const IncidentDurations d = durationsOf(incident);
    QCOMPARE(d.toDetect.value_or(None), toDetect);
    QCOMPARE(d.toMitigate.value_or(None), toMitigate);
    QCOMPARE(d.toResolve.value_or(None), toResolve);
}

void TestInstant::formatDuration_data()
{
    QTest::addColumn<qint64>("microseconds");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("12 s") << 12 * Second << QStringLiteral("12 s");
    QTest::newRow("just under a minute") << Minute - 1 << QStringLiteral("59 s");
    QTest::newRow("a minute") << Minute << QStringLiteral("1 min");
    QTest::newRow("45 min") << 45 * Minute << QStringLiteral("45 min");
    QTest::newRow("4 min 30 s") << 4 * Minute + 30 * Second << QStringLiteral("4 min 30 s");
    QTest::newRow("an hour") << Hour << QStringLiteral("1 h 00 min");
    QTest::newRow("1 h 05 min") << Hour + 5 * Minute << QStringLiteral("1 h 05 min");
    QTest::newRow("seconds dropped with hours")
        << Hour + 5 * Minute + 59 * Second << QStringLiteral("1 h 05 min");
    QTest::newRow("23 h 59 min") << Day - Minute << QStringLiteral("23 h 59 min");
    QTest::newRow("a day") << Day << QStringLiteral("1 d 0 h");
    QTest::newRow("2 d 3 h") << 2 * Day + 3 * Hour << QStringLiteral("2 d 3 h");
    QTest::newRow("minutes dropped with days")
        << 2 * Day + 3 * Hour + 59 * Minute << QStringLiteral("2 d 3 h");
    QTest::newRow("negative minutes") << -45 * Minute << QStringLiteral("-45 min");
    QTest::newRow("negative hours") << -(Hour + 5 * Minute) << QStringLiteral("-1 h 05 min");
    QTest::newRow("negative seconds") << -12 * Second << QStringLiteral("-12 s");
    QTest::newRow("negative, under a second") << -Second / 2 << QStringLiteral("0 s");
}

void TestInstant::formatDuration()
{
    QFETCH(qint64, microseconds);
    QFETCH(QString, text);

    QCOMPARE(causeway::formatDuration(microseconds), text);
}

void TestInstant::daylightSavingChanges_data()
{
    QTest::addColumn<QString>("text"); // as a source wrote it, in +01:00
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("wallClock"); // "yyyy-MM-ddTHH:mm:ss" in that zone
    QTest::addColumn<int>("offsetSeconds"); // the zone's offset then
    QTest::addColumn<QString>("rewritten"); // the same moment written in the zone's offset

    const QByteArray berlin("Europe/Berlin");
    const QByteArray newYork("America/New_York");

    // Europe: 2026-03-29 01:00 UTC, 02:00 CET becomes 03:00 CEST.
    QTest::newRow("Berlin, the day before")
        << QStringLiteral("2026-03-28T12:00:00+01:00") << berlin << QStringLiteral("2026-03-28T12:00:00")
        << 3600 << QStringLiteral("2026-03-28T12:00:00+01:00");
    QTest::newRow("Berlin, last second of CET")
        << QStringLiteral("2026-03-29T01:59:59+01:00") << berlin << QStringLiteral("2026-03-29T01:59:59")
        << 3600 << QStringLiteral("2026-03-29T01:59:59+01:00");
    QTest::newRow("Berlin, first second of CEST")
        << QStringLiteral("2026-03-29T02:00:00+01:00") << berlin << QStringLiteral("2026-03-29T03:00:00")
        << 7200 << QStringLiteral("2026-03-29T03:00:00+02:00");
    QTest::newRow("Berlin, half an hour into CEST")
        << QStringLiteral("2026-03-29T02:30:00.250+01:00") << berlin << QStringLiteral("2026-03-29T03:30:00")
        << 7200 << QStringLiteral("2026-03-29T03:30:00.250+02:00");
    // United States: 2026-03-08 07:00 UTC, 02:00 EST becomes 03:00 EDT.
    QTest::newRow("New York, last second of EST")
        << QStringLiteral("2026-03-08T07:59:59+01:00") << newYork << QStringLiteral("2026-03-08T01:59:59")
        << -18000 << QStringLiteral("2026-03-08T01:59:59-05:00");
    QTest::newRow("New York, first second of EDT")
        << QStringLiteral("2026-03-08T08:00:00+01:00") << newYork << QStringLiteral("2026-03-08T03:00:00")
        << -14400 << QStringLiteral("2026-03-08T03:00:00-04:00");
    // Between the two switches the zones are five hours apart instead of six.
    QTest::newRow("Berlin on the US switch day")
        << QStringLiteral("2026-03-08T08:00:00+01:00") << berlin << QStringLiteral("2026-03-08T08:00:00")
        << 3600 << QStringLiteral("2026-03-08T08:00:00+01:00");
    QTest::newRow("New York before Berlin's switch")
        << QStringLiteral("2026-03-29T01:59:59+01:00") << newYork << QStringLiteral("2026-03-28T20:59:59")
        << -14400 << QStringLiteral("2026-03-28T20:59:59-04:00");
    QTest::newRow("New York after Berlin's switch")
        << QStringLiteral("2026-03-29T02:00:00+01:00") << newYork << QStringLiteral("2026-03-28T21:00:00")
        << -14400 << QStringLiteral("2026-03-28T21:00:00-04:00");
}

void TestInstant::daylightSavingChanges()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, zone);
    QFETCH(QString, wallClock);
    QFETCH(int, offsetSeconds);
    QFETCH(QString, rewritten);

    const QTimeZone timeZone(zone);
    QVERIFY2(timeZone.isValid(), zone.constData());
    const Instant instant = parse(text);
    QVERIFY(instant.isValid());
    QCOMPARE(instant.toDateTime().offsetFromUtc(), 3600);

    const QDateTime local = instant.toDateTime().toTimeZone(timeZone);
    QCOMPARE(local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")), wallClock);
    QCOMPARE(local.offsetFromUtc(), offsetSeconds);
    QCOMPARE(local.toMSecsSinceEpoch() * 1000, instant.utcMicroseconds());
    // Taken back from the zone, the moment is the same and the zone's offset is the one kept.
    const Instant back = Instant::fromDateTime(local);
    QVERIFY(!(back < instant) && !(instant < back));
    QCOMPARE(back.toRfc3339(), rewritten);
}

} // namespace causeway

QTEST_GUILESS_MAIN(causeway::TestInstant)
#include "tst_instant.moc"
