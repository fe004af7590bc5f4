// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's quick entry: every way of writing a time that it reads, with the instant and
// offset it gives and the text left over, and every line it refuses with what it says.
#include "instant.h"
#include "time/quickentry.h"

#include <QTest>
#include <QTimeZone>

namespace causeway {

namespace {

constexpr qint64 Millisecond = 1000;
constexpr qint64 Second = 1000000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// Expected values computed outside Qt (Python's datetime and zoneinfo).
constexpr qint64 Apr14 = 1776117600000000; // 2026-04-14T00:00:00+02:00 (CEST)
constexpr qint64 Anchor = 1776154351904000; // 2026-04-14T10:12:31.904+02:00
constexpr qint64 Mar29 = 1774738800000000; // 2026-03-29T00:00:00+01:00: 02:00 CET becomes 03:00 CEST
constexpr qint64 Oct25 = 1792879200000000; // 2026-10-25T00:00:00+02:00: 03:00 CEST becomes 02:00 CET
constexpr qint64 Mar02At140310Z = 1772460190000000; // 2026-03-02T14:03:10Z

const QByteArray Berlin("Europe/Berlin");
const QDate IncidentDate(2026, 4, 14);
const QString AnchorText = QStringLiteral("2026-04-14T10:12:31.904+02:00");

QuickEntryContext context(const QByteArray &zone, const QDate &date, const QString &anchor)
{
    QuickEntryContext c;
    if (!zone.isEmpty())
        c.zone = QTimeZone(zone);
    c.date = date;
    if (!anchor.isEmpty())
        c.anchor = Instant::parseRfc3339(anchor);
    return c;
}

} // namespace

class TestQuickEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
};

void TestQuickEntry::initTestCase()
{
    QVERIFY(QTimeZone(Berlin).isValid());
    QVERIFY(QTimeZone(QByteArrayLiteral("America/New_York")).isValid());
    QVERIFY(Instant::parseRfc3339(AnchorText).isValid());
    QCOMPARE(Instant::parseRfc3339(AnchorText).utcMicroseconds(), Anchor);
}

void TestQuickEntry::valid_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("anchor"); // RFC 3339; empty: no anchor event
    QTest::addColumn<qint64>("utcMicroseconds");
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<QString>("text");

    const QString x = QStringLiteral("x");
    const QString a = AnchorText;
    const QDate d = IncidentDate;
    constexpr int Cet = 3600;
    constexpr int Cest = 7200;

    // A time of day on the incident's date, in its zone (CEST in April).
    QTest::newRow("bare time") << QStringLiteral("14:03 deploy started") << Berlin << d << a
                               << Apr14 + 14 * Hour + 3 * Minute << Cest << QStringLiteral("deploy started");
    QTest::newRow("bare time, literal instant")
        << QStringLiteral("14:03 deploy started") << Berlin << d << QString() << qint64(1776168180000000)
        << Cest << QStringLiteral("deploy started");
    QTest::newRow("one-digit hour") << QStringLiteral("9:05 x") << Berlin << d << a
                                    << Apr14 + 9 * Hour + 5 * Minute << Cest << x;
    QTest::newRow("seconds") << QStringLiteral("14:03:10 x") << Berlin << d << a
                             << Apr14 + 14 * Hour + 3 * Minute + 10 * Second << Cest << x;
    QTest::newRow("one fraction digit")
        << QStringLiteral("14:03:10.5 x") << Berlin << d << a
        << Apr14 + 14 * Hour + 3 * Minute + 10 * Second + 500 * Millisecond << Cest << x;
    QTest::newRow("milliseconds") << QStringLiteral("14:03:10.250 x") << Berlin << d << a
                                  << Apr14 + 14 * Hour + 3 * Minute + 10 * Second + 250 * Millisecond << Cest
                                  << x;
    QTest::newRow("microseconds") << QStringLiteral("14:03:10.123456 x") << Berlin << d << a
                                  << Apr14 + 14 * Hour + 3 * Minute + 10 * Second + 123456 << Cest << x;
    QTest::newRow("decimal comma") << QStringLiteral("14:03:10,25 x") << Berlin << d << a
                                   << Apr14 + 14 * Hour + 3 * Minute + 10 * Second + 250 * Millisecond << Cest
                                   << x;
    QTest::newRow("midnight") << QStringLiteral("00:00 x") << Berlin << d << a << Apr14 << Cest << x;
    QTest::newRow("last second of the day")
        << QStringLiteral("23:59:59 x") << Berlin << d << a << Apr14 + Day - Second << Cest << x;
    QTest::newRow("bare time in New York")
        << QStringLiteral("14:03 x") << QByteArray("America/New_York") << d << a
        << Apr14 + 2 * Hour + 18 * Hour + 3 * Minute << -4 * 3600 << x;

    // Relative to the anchor event, in the anchor's offset.
    QTest::newRow("+5m") << QStringLiteral("+5m rollback begun") << Berlin << d << a << Anchor + 5 * Minute
                         << Cest << QStringLiteral("rollback begun");
    QTest::newRow("-30s") << QStringLiteral("-30s x") << Berlin << d << a << Anchor - 30 * Second << Cest
                          << x;
    QTest::newRow("+1h30m") << QStringLiteral("+1h30m x") << Berlin << d << a << Anchor + 90 * Minute << Cest
                            << x;
    QTest::newRow("+2d") << QStringLiteral("+2d x") << Berlin << d << a << Anchor + 2 * Day << Cest << x;
    QTest::newRow("+250ms") << QStringLiteral("+250ms x") << Berlin << d << a << Anchor + 250 * Millisecond
                            << Cest << x;
    QTest::newRow("-1d2h3m4s5ms") << QStringLiteral("-1d2h3m4s5ms x") << Berlin << d << a
                                  << Anchor - (Day + 2 * Hour + 3 * Minute + 4 * Second + 5 * Millisecond)
                                  << Cest << x;
    QTest::newRow("+0s") << QStringLiteral("+0s x") << Berlin << d << a << Anchor << Cest << x;
    QTest::newRow("relative keeps the anchor's offset")
        << QStringLiteral("+10m x") << Berlin << d << QStringLiteral("2026-03-02T08:33:10-05:30")
        << Mar02At140310Z + 10 * Minute << -19800 << x;
    QTest::newRow("relative needs no incident date or zone")
        << QStringLiteral("+5m x") << QByteArray() << QDate() << a << Anchor + 5 * Minute << Cest << x;

    // A full timestamp; one without a zone is read in the incident's zone.
    QTest::newRow("full, Z") << QStringLiteral("2026-03-02 14:03:10Z paged the DBA") << Berlin << d << a
                             << Mar02At140310Z << 0 << QStringLiteral("paged the DBA");
    QTest::newRow("full, T and offset") << QStringLiteral("2026-03-02T15:03+01:00 x") << Berlin << d << a
                                        << Mar02At140310Z - 10 * Second << Cet << x;
    QTest::newRow("full, no zone, winter") << QStringLiteral("2026-03-02 14:03 x") << Berlin << d << a
                                           << Mar02At140310Z - Hour - 10 * Second << Cet << x;
    QTest::newRow("full, no zone, summer")
        << QStringLiteral("2026-07-01 14:03 x") << Berlin << d << a << qint64(1782907380000000) << Cest << x;
    QTest::newRow("full, fraction and negative offset")
        << QStringLiteral("2026-03-02 14:03:10.250-05:00 x") << Berlin << d << a
        << Mar02At140310Z + 5 * Hour + 250 * Millisecond << -5 * 3600 << x;
    QTest::newRow("full, needs no incident date") << QStringLiteral("2026-03-02 14:03:10Z x") << QByteArray()
                                                  << QDate() << QString() << Mar02At140310Z << 0 << x;

    // The day clocks go forward in Berlin: 02:00 CET becomes 03:00 CEST, 02:30 does not exist. It is
    // moved forward by the gap, as the clocks were, to 03:30 CEST.
    const QDate spring(2026, 3, 29);
    QTest::newRow("spring forward, before")
        << QStringLiteral("01:30 x") << Berlin << spring << a << Mar29 + 90 * Minute << Cet << x;
    QTest::newRow("spring forward, in the gap")
        << QStringLiteral("02:30 x") << Berlin << spring << a << Mar29 + 150 * Minute << Cest << x;
    QTest::newRow("spring forward, after")
        << QStringLiteral("03:30 x") << Berlin << spring << a << Mar29 + 150 * Minute << Cest << x;
    QTest::newRow("spring forward, noon")
        << QStringLiteral("12:00 x") << Berlin << spring << a << Mar29 + 11 * Hour << Cest << x;
    QTest::newRow("spring forward, full timestamp in the gap")
        << QStringLiteral("2026-03-29 02:30 x") << Berlin << d << a << Mar29 + 150 * Minute << Cest << x;
    // The day clocks go back: 02:00 to 03:00 happens twice; the first (CEST) is taken.
    const QDate autumn(2026, 10, 25);
    QTest::newRow("fall back, before")
        << QStringLiteral("01:30 x") << Berlin << autumn << a << Oct25 + 90 * Minute << Cest << x;
    QTest::newRow("fall back, in the overlap")
        << QStringLiteral("02:30 x") << Berlin << autumn << a << Oct25 + 150 * Minute << Cest << x;
    QTest::newRow("fall back, after")
        << QStringLiteral("03:30 x") << Berlin << autumn << a << Oct25 + 270 * Minute << Cet << x;
    QTest::newRow("fall back, late evening")
        << QStringLiteral("23:00 x") << Berlin << autumn << a << Oct25 + 24 * Hour << Cet << x;

    // Spacing and what the text may contain.
    QTest::newRow("leading and trailing spaces")
        << QStringLiteral("   14:03 deploy started  \t ") << Berlin << d << a
        << Apr14 + 14 * Hour + 3 * Minute << Cest << QStringLiteral("deploy started");
    QTest::newRow("several spaces after the time")
        << QStringLiteral("14:03      deploy started") << Berlin << d << a << Apr14 + 14 * Hour + 3 * Minute
        << Cest << QStringLiteral("deploy started");
    QTest::newRow("tab after the time")
        << QStringLiteral("14:03\tdeploy started") << Berlin << d << a << Apr14 + 14 * Hour + 3 * Minute
        << Cest << QStringLiteral("deploy started");
    QTest::newRow("spaces inside the text kept")
        << QStringLiteral("14:03 deploy  started") << Berlin << d << a << Apr14 + 14 * Hour + 3 * Minute
        << Cest << QStringLiteral("deploy  started");
    QTest::newRow("text with colons and plus")
        << QStringLiteral("14:03 db: error at 12:00 +5m, retry: +1") << Berlin << d << a
        << Apr14 + 14 * Hour + 3 * Minute << Cest << QStringLiteral("db: error at 12:00 +5m, retry: +1");
    QTest::newRow("relative, text with colons and plus")
        << QStringLiteral("+5m   note: +1 from the DBA at 10:00") << Berlin << d << a << Anchor + 5 * Minute
        << Cest << QStringLiteral("note: +1 from the DBA at 10:00");
    QTest::newRow("full, text with colons and plus")
        << QStringLiteral("2026-03-02 14:03:10Z re: 15:03+01:00") << Berlin << d << a << Mar02At140310Z << 0
        << QStringLiteral("re: 15:03+01:00");
    QTest::newRow("text starting with a digit")
        << QStringLiteral("14:03 5 pods restarted") << Berlin << d << a << Apr14 + 14 * Hour + 3 * Minute
        << Cest << QStringLiteral("5 pods restarted");
}

void TestQuickEntry::valid()
{
    QFETCH(QString, line);
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(QString, anchor);
    QFETCH(qint64, utcMicroseconds);
    QFETCH(int, offsetSeconds);
    QFETCH(QString, text);

    const QuickEntry entry = parseQuickEntry(line, context(zone, date, anchor));
    QCOMPARE(entry.error, QString());
    QVERIFY(entry.isValid());
    QVERIFY(entry.time.isValid());
    QCOMPARE(entry.time.utcMicroseconds(), utcMicroseconds);
    QCOMPARE(entry.time.offsetSeconds(), offsetSeconds);
    QCOMPARE(entry.text, text);
}

void TestQuickEntry::invalid_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QString>("error"); // a part of the message

    const QString a = AnchorText;
    const QDate d = IncidentDate;

    QTest::newRow("empty") << QString() << Berlin << d << a
                           << QStringLiteral("expected a time and what happened");
    QTest::newRow("only spaces") << QStringLiteral("  \t ") << Berlin << d << a
                                 << QStringLiteral("expected a time and what happened");
    QTest::newRow("no text after the time") << QStringLiteral("14:03") << Berlin << d << a
                                            << QStringLiteral("expected what happened after the time");
    QTest::newRow("only spaces after the time") << QStringLiteral("14:03:10    ") << Berlin << d << a
                                                << QStringLiteral("expected what happened after the time");
    QTest::newRow("no text after a relative time") << QStringLiteral("+5m") << Berlin << d << a
                                                   << QStringLiteral("expected what happened after the time");
    QTest::newRow("no text after a timestamp") << QStringLiteral("2026-03-02 14:03:10Z") << Berlin << d << a
                                               << QStringLiteral("expected what happened after the time");
    QTest::newRow("hour 25") << QStringLiteral("25:00 x") << Berlin << d << a
                             << QStringLiteral("\"25:00\" is not a time of day");
    QTest::newRow("minute 61") << QStringLiteral("14:61 x") << Berlin << d << a
                               << QStringLiteral("\"14:61\" is not a time of day");
    QTest::newRow("second 60") << QStringLiteral("14:03:60 x") << Berlin << d << a
                               << QStringLiteral("\"14:03:60\" is not a time of day");
    QTest::newRow("relative without an anchor") << QStringLiteral("+5m x") << Berlin << d << QString()
                                                << QStringLiteral("needs an event to count from");
    QTest::newRow("relative too far") << QStringLiteral("+100001s x") << Berlin << d << a
                                      << QStringLiteral("\"100001s\" is too far from the event");
    QTest::newRow("February 30") << QStringLiteral("2026-02-30 14:03 x") << Berlin << d << a
                                 << QStringLiteral("\"2026-02-30 14:03\" is not a valid date and time");
    QTest::newRow("hour 24 in a timestamp") << QStringLiteral("2026-03-02 24:00Z x") << Berlin << d << a
                                            << QStringLiteral("\"2026-03-02 24:00Z\" is not a valid date");
    QTest::newRow("timestamp without a zone, no incident zone")
        << QStringLiteral("2026-03-02 14:03 x") << QByteArray() << d << a
        << QStringLiteral("\"2026-03-02 14:03\" has no zone and the incident has none");
    QTest::newRow("garbage") << QStringLiteral("hello") << Berlin << d << a
                             << QStringLiteral("expected a time first");
    QTest::newRow("unknown unit") << QStringLiteral("+5x") << Berlin << d << a
                                  << QStringLiteral("expected a time first");
    QTest::newRow("unit run into the text")
        << QStringLiteral("+5mrollback") << Berlin << d << a << QStringLiteral("expected a time first");
    QTest::newRow("sign without a number")
        << QStringLiteral("+m x") << Berlin << d << a << QStringLiteral("expected a time first");
    QTest::newRow("one-digit minute")
        << QStringLiteral("14:3 x") << Berlin << d << a << QStringLiteral("expected a time first");
    QTest::newRow("seven fraction digits") << QStringLiteral("14:03:10.1234567 x") << Berlin << d << a
                                           << QStringLiteral("expected a time first");
    QTest::newRow("time run into the text")
        << QStringLiteral("14:03deploy") << Berlin << d << a << QStringLiteral("expected a time first");
    QTest::newRow("bare time without an incident date")
        << QStringLiteral("14:03 x") << Berlin << QDate() << a
        << QStringLiteral("a time of day needs the incident's date and zone");
    QTest::newRow("bare time without an incident zone")
        << QStringLiteral("14:03 x") << QByteArray() << d << a
        << QStringLiteral("a time of day needs the incident's date and zone");
    QTest::newRow("bare time without any context")
        << QStringLiteral("14:03 x") << QByteArray() << QDate() << QString()
        << QStringLiteral("a time of day needs the incident's date");
}

void TestQuickEntry::invalid()
{
    QFETCH(QString, line);
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(QString, anchor);
    QFETCH(QString, error);

    const QuickEntry entry = parseQuickEntry(line, context(zone, date, anchor));
    QVERIFY(!entry.isValid());
    QVERIFY2(entry.error.contains(error), qPrintable(entry.error));
}

} // namespace causeway

QTEST_GUILESS_MAIN(causeway::TestQuickEntry)
#include "tst_quickentry.moc"
