// SPDX-License-Identifier: GPL-3.0-or-later
// The plain-log importer: the timestamp pattern detected from the first lines, continuation lines
// kept with their event, levels as tags, and broken lines skipped with their number, or the file
// refused as a whole (no pattern, no year or zone to read it) with the batch left as it was.
#include "import/linereader.h"
#include "importtesting.h"

#include <QTest>

namespace causeway {

using namespace testing;

namespace {

ImportOptions options(const char *zone = "", int year = 0)
{
    ImportOptions o;
    o.zone = QString::fromUtf8(zone);
    o.year = year;
    return o;
}

} // namespace

} // namespace causeway

Q_DECLARE_METATYPE(causeway::ImportOptions)

namespace causeway {

class TestImportLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registered();
    void fixtures_data();
    void fixtures();
    void lines_data();
    void lines();
    void malformed_data();
    void malformed();
    void fatal_data();
    void fatal();
    void zoneMissingAfterDetection();
    void continuationIsCapped();
    void overlongLine();
    void progressAndCancel();

private:
    Inputs m_inputs;
};

void TestImportLog::registered()
{
    const Importer *importer = importerNamed(QStringLiteral("log"));
    QVERIFY(importer);
    QVERIFY(importer->filePatterns().contains(QStringLiteral("*.log")));
}

void TestImportLog::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ImportOptions>("options");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("assumption");
    QTest::addColumn<qint64>("firstUtcMicroseconds");
    QTest::addColumn<int>("firstOffset");

    QTest::newRow("Java application log, no zone, stack trace")
        << QStringLiteral("orders-api.log") << options("Europe/Berlin")
        << QStringList({
               QStringLiteral(
                   "1 | 2026-04-14T10:12:31.904+02:00 | observation |  | [main] c.s.o.OrdersApiApplication "
                   "- Started OrdersApiApplication in 8.412 seconds (release 2026.04.14-2) | info"),
               QStringLiteral("2 | 2026-04-14T10:12:32.118+02:00 | observation |  | [main] "
                              "c.s.o.health.ReadinessProbe - Readiness probe: database connection OK | info"),
               QStringLiteral(
                   "3 | 2026-04-14T10:13:05.250+02:00 | alert |  | [http-nio-8080-exec-7] "
                   "c.s.o.OrderHistoryController - GET /api/orders/88412/history failed with HTTP "
                   "500\njava.lang.NullPointerException: order_lines.fulfilment_status is null for order "
                   "line 5521907\n\tat com.shop.orders.OrderLineMapper.map(OrderLineMapper.java:57)\n\tat "
                   "com.shop.orders.OrderHistoryController.history(OrderHistoryController.java:88) | error"),
               QStringLiteral(
                   "8 | 2026-04-14T10:13:05.731+02:00 | observation |  | [HikariPool-1 housekeeper] "
                   "c.z.h.pool.HikariPool - orders-db pool: connection wait 2.4 s | warn"),
               QStringLiteral(
                   "9 | 2026-04-14T10:43:27.512+02:00 | observation |  | [main] "
                   "c.s.o.OrdersApiApplication - Shutdown requested (rollback to release 2026.04.13-1) | "
                   "info"),
           })
        << QStringLiteral(
               "orders-api.log: timestamps detected as ISO 8601, such as \"2026-04-14 10:12:31,904\" "
               "(line 1); times without a zone were read in Europe/Berlin")
        << Q_INT64_C(1776154351904000) << 7200;
    QTest::newRow("deploy pipeline, bracketed UTC times")
        << QStringLiteral("deploy.log") << options()
        << QStringList({
               QStringLiteral(
                   "1 | 2026-04-14T08:02:13.418Z | observation |  | deploy 5534: orders-api release "
                   "2026.04.14-2 to production | info"),
               QStringLiteral(
                   "2 | 2026-04-14T08:02:13.902Z | observation |  | step pre-start-migrations: running "
                   "\"migrate --to 0147\" (timeout 10m) | info"),
               QStringLiteral(
                   "3 | 2026-04-14T08:12:13.420Z | observation |  | step pre-start-migrations: timed out "
                   "after 10m0s; on_timeout: continue | warn"),
               QStringLiteral("4 | 2026-04-14T08:12:13.433Z | observation |  | step pre-start-migrations: "
                              "migration job stopped | info"),
               QStringLiteral(
                   "5 | 2026-04-14T08:12:14.006Z | observation |  | step rollout: 24 pods to release "
                   "2026.04.14-2 | info"),
               QStringLiteral(
                   "6 | 2026-04-14T08:43:27.512Z | observation |  | manual rollback job started by "
                   "release engineer | info"),
           })
        << QStringLiteral(
               "deploy.log: timestamps detected as ISO 8601, such as \"2026-04-14T08:02:13.418Z\" (line "
               "1); each time carries its own UTC offset")
        << Q_INT64_C(1776153733418000) << 0;
    QTest::newRow("nginx access log")
        << QStringLiteral("access.log") << options()
        << QStringList({
               QStringLiteral(
                   "1 | 2026-04-14T10:13:05+02:00 | observation |  | 203.0.113.45 - - \"GET "
                   "/api/orders/88412/history HTTP/1.1\" 500 187 \"https://shop.example.com/account/orders\" "
                   "\"Mozilla/5.0 (X11; Linux x86_64)\" | "),
               QStringLiteral("2 | 2026-04-14T10:13:06+02:00 | observation |  | 198.51.100.23 - - \"GET "
                              "/api/orders/77120 HTTP/1.1\" 500 187 \"-\" \"ShopApp/7.3 (Android 14)\" | "),
               QStringLiteral(
                   "3 | 2026-04-14T10:13:07+02:00 | observation |  | 2001:db8::17 - checkout \"POST "
                   "/api/checkout/confirm HTTP/1.1\" 500 201 \"-\" \"Mozilla/5.0\" | "),
               QStringLiteral("4 | 2026-04-14T10:50:12+02:00 | observation |  | 203.0.113.45 - - \"GET "
                              "/api/orders/88412/history HTTP/1.1\" 200 5120 \"-\" \"Mozilla/5.0\" | "),
           })
        << QStringLiteral("access.log: timestamps detected as access log (Apache, nginx), such as "
                          "\"14/Apr/2026:10:13:05 +0200\" (line 1); each time carries its own UTC offset")
        << Q_INT64_C(1776154385000000) << 7200;
    QTest::newRow("syslog-style file, year and zone given")
        << QStringLiteral("messages.log") << options("Europe/Berlin", 2026)
        << QStringList({
               QStringLiteral(
                   "1 | 2026-04-14T10:02:13+02:00 | observation |  | deploy-runner-3 pipeline[4121]: "
                   "deploy 5534 of orders-api started | "),
               QStringLiteral(
                   "2 | 2026-04-14T10:12:13+02:00 | observation |  | deploy-runner-3 pipeline[4121]: "
                   "ERROR step pre-start-migrations timed out after 10 minutes | "),
               QStringLiteral("3 | 2026-04-14T10:12:13+02:00 | observation |  | orders-db-0 postgres[2231]: "
                              "FATAL:  terminating connection due to administrator command | "),
               QStringLiteral(
                   "4 | 2026-04-04T09:00:00+02:00 | observation |  | deploy-runner-3 pipeline[1001]: "
                   "nightly cleanup | "),
           })
        << QStringLiteral(
               "messages.log: timestamps detected as syslog style (month, day and time; no year, no "
               "zone), such as \"Apr 14 10:02:13\" (line 1); read in the year 2026 and the zone "
               "Europe/Berlin")
        << Q_INT64_C(1776153733000000) << 7200;
    QTest::newRow("epoch seconds")
        << QStringLiteral("epoch.log") << options()
        << QStringList({
               QStringLiteral(
                   "1 | 2026-04-14T08:02:13.418Z | observation |  | orders-db-0 migration 0147 step 1: "
                   "CREATE TABLE fulfilment_events | "),
               QStringLiteral(
                   "2 | 2026-04-14T08:02:15Z | observation |  | orders-db-0 migration 0147 step 2: ALTER "
                   "TABLE order_lines ADD COLUMN fulfilment_status | "),
               QStringLiteral("3 | 2026-04-14T08:12:13.981734Z | alert |  | orders-db-0: migration session "
                              "terminated after batch 4012 | critical"),
           })
        << QStringLiteral(
               "epoch.log: timestamps detected as seconds since 1970 (UTC), such as \"1776153733.418\" "
               "(line 1); in UTC")
        << Q_INT64_C(1776153733418000) << 0;
}

void TestImportLog::fixtures()
{
    QFETCH(QString, file);
    QFETCH(ImportOptions, options);
    QFETCH(QStringList, events);
    QFETCH(QString, assumption);
    QFETCH(qint64, firstUtcMicroseconds);
    QFETCH(int, firstOffset);

    const QString path = QFINDTESTDATA(QStringLiteral("data/import/log/") + file);
    QVERIFY(!path.isEmpty());
    const ImportRun run = runImporter(QStringLiteral("log"), path, options);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.events), events);
    QCOMPARE(describe(run.batch.skipped), QStringList());
    QCOMPARE(run.batch.assumptions, QStringList { assumption });
    QVERIFY(sourcesAre(run.batch.events, QStringLiteral("log"), file));
    QCOMPARE(run.batch.events[0].time.utcMicroseconds(), firstUtcMicroseconds);
    QCOMPARE(run.batch.events[0].time.offsetSeconds(), firstOffset);
}

void TestImportLog::lines_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ImportOptions>("options");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("assumptions");

    QTest::newRow("bracketed time without zone, CRLF")
        << QByteArray("[2026-04-14 10:26:30] production.ERROR: orders-api 5xx above 15 %\r\n"
                      "[2026-04-14 10:27:15] production.INFO: page acknowledged\r\n")
        << options("Europe/Berlin")
        << QStringList({ QStringLiteral("1 | 2026-04-14T10:26:30+02:00 | observation |  | production.ERROR: "
                                        "orders-api 5xx above 15 % | "),
               QStringLiteral("2 | 2026-04-14T10:27:15+02:00 | observation |  | production.INFO: page "
                              "acknowledged | ") })
        << QStringList { QStringLiteral(
               "input.log: timestamps detected as ISO 8601, such as \"2026-04-14 "
               "10:26:30\" (line 1); times without a zone were read in Europe/Berlin") };
    QTest::newRow("levels: capitals, brackets, colon, logfmt; lower case word is text")
        << QByteArray("2026-04-14T08:13:05Z FATAL out of memory\n"
                      "2026-04-14T08:13:06Z [crit] upstream timed out\n"
                      "2026-04-14T08:13:07Z WARNING: pool almost full\n"
                      "2026-04-14T08:13:08Z level=debug msg=\"retrying\"\n"
                      "2026-04-14T08:13:09Z <notice> config reloaded\n"
                      "2026-04-14T08:13:10Z error connecting to orders-db\n"
                      "2026-04-14T08:13:11Z SEVERE lock wait exceeded\n")
        << options()
        << QStringList({ QStringLiteral("1 | 2026-04-14T08:13:05Z | alert |  | out of memory | fatal"),
               QStringLiteral("2 | 2026-04-14T08:13:06Z | alert |  | upstream timed out | crit"),
               QStringLiteral("3 | 2026-04-14T08:13:07Z | observation |  | pool almost full | warning"),
               QStringLiteral("4 | 2026-04-14T08:13:08Z | observation |  | msg=\"retrying\" | debug"),
               QStringLiteral("5 | 2026-04-14T08:13:09Z | observation |  | config reloaded | notice"),
               QStringLiteral("6 | 2026-04-14T08:13:10Z | observation |  | error connecting to orders-db | "),
               QStringLiteral("7 | 2026-04-14T08:13:11Z | alert |  | lock wait exceeded | severe") })
        << QStringList { QStringLiteral(
               "input.log: timestamps detected as ISO 8601, such as "
               "\"2026-04-14T08:13:05Z\" (line 1); each time carries its own UTC offset") };
    QTest::newRow("offsets of every form, fraction beyond microseconds")
        << QByteArray("2026-04-14T10:02:13.418123999+02:00 a\n2026-04-14T10:02:13+0200 "
                      "b\n2026-04-14T04:02:13-04 c\n")
        << options()
        << QStringList({ QStringLiteral("1 | 2026-04-14T10:02:13.418123+02:00 | observation |  | a | "),
               QStringLiteral("2 | 2026-04-14T10:02:13+02:00 | observation |  | b | "),
               QStringLiteral("3 | 2026-04-14T04:02:13-04:00 | observation |  | c | ") })
        << QStringList { QStringLiteral(
               "input.log: timestamps detected as ISO 8601, such as "
               "\"2026-04-14T10:02:13.418123999+02:00\" (line 1); each time carries its "
               "own UTC offset") };
    QTest::newRow("epoch milliseconds")
        << QByteArray("1776153733418 deploy started\n1776154333420 step timed out\n") << options()
        << QStringList({ QStringLiteral("1 | 2026-04-14T08:02:13.418Z | observation |  | deploy started | "),
               QStringLiteral("2 | 2026-04-14T08:12:13.420Z | observation |  | step timed out | ") })
        << QStringList { QStringLiteral(
               "input.log: timestamps detected as milliseconds since 1970 (UTC), such as "
               "\"1776153733418\" (line 1); in UTC") };
    QTest::newRow("a syslog-style log that passes New Year")
        << QByteArray("Dec 31 23:59:58 db-0 a\nJan  1 00:00:02 db-0 b\nJan  1 00:00:03 db-0 c\n")
        << options("UTC", 2025)
        << QStringList({ QStringLiteral("1 | 2025-12-31T23:59:58Z | observation |  | db-0 a | "),
               QStringLiteral("2 | 2026-01-01T00:00:02Z | observation |  | db-0 b | "),
               QStringLiteral("3 | 2026-01-01T00:00:03Z | observation |  | db-0 c | ") })
        << QStringList(
               { QStringLiteral("input.log: timestamps detected as syslog style (month, day and time; no "
                                "year, no zone), such as \"Dec 31 23:59:58\" (line 1); read in the year 2025 "
                                "and the zone UTC"),
                   QStringLiteral("input.log: the log goes into the next year at line 2, read as 2026") });
    QTest::newRow("wall-clock time in the Berlin overlap takes the first")
        << QByteArray("2026-10-25 02:30:00 first\n") << options("Europe/Berlin")
        << QStringList({ QStringLiteral("1 | 2026-10-25T02:30:00+02:00 | observation |  | first | ") })
        << QStringList { QStringLiteral(
               "input.log: timestamps detected as ISO 8601, such as \"2026-10-25 "
               "02:30:00\" (line 1); times without a zone were read in Europe/Berlin") };
    QTest::newRow("the detected pattern wins; other lines continue")
        << QByteArray("2026-04-14T08:13:05Z ERROR HTTP 500\n"
                      "203.0.113.45 - - [14/Apr/2026:10:13:05 +0200] \"GET /api/orders/1\" 500\n"
                      "Caused by: timeout at 2026-04-14T08:13:04Z\n"
                      "2026-04-14T08:13:06Z INFO recovered\n")
        << options()
        << QStringList({ QStringLiteral("1 | 2026-04-14T08:13:05Z | alert |  | HTTP 500\n203.0.113.45 - - "
                                        "[14/Apr/2026:10:13:05 +0200] \"GET /api/orders/1\" 500\nCaused by: "
                                        "timeout at 2026-04-14T08:13:04Z | error"),
               QStringLiteral("4 | 2026-04-14T08:13:06Z | observation |  | recovered | info") })
        << QStringList { QStringLiteral(
               "input.log: timestamps detected as ISO 8601, such as "
               "\"2026-04-14T08:13:05Z\" (line 1); each time carries its own UTC offset") };
    QTest::newRow("text before the time is kept")
        << QByteArray("orders-api-7f9c 2026-04-14T08:13:05Z HTTP 500\norders-api-7f9c 2026-04-14T08:13:06Z "
                      "HTTP 200\n")
        << options()
        << QStringList({ QStringLiteral(
                             "1 | 2026-04-14T08:13:05Z | observation |  | orders-api-7f9c HTTP 500 | "),
               QStringLiteral("2 | 2026-04-14T08:13:06Z | observation |  | orders-api-7f9c HTTP 200 | ") })
        << QStringList { QStringLiteral(
               "input.log: timestamps detected as ISO 8601, such as "
               "\"2026-04-14T08:13:05Z\" (line 1); each time carries its own UTC offset") };
    QTest::newRow("empty lines inside a stack trace are dropped")
        << QByteArray("2026-04-14T08:13:05Z ERROR boom\n\n   \n\tat A\n") << options()
        << QStringList({ QStringLiteral("1 | 2026-04-14T08:13:05Z | alert |  | boom\n\tat A | error") })
        << QStringList { QStringLiteral(
               "input.log: timestamps detected as ISO 8601, such as "
               "\"2026-04-14T08:13:05Z\" (line 1); each time carries its own UTC offset") };
}

void TestImportLog::lines()
{
    QFETCH(QByteArray, content);
    QFETCH(ImportOptions, options);
    QFETCH(QStringList, events);
    QFETCH(QStringList, assumptions);

    const QString path = m_inputs.write(QStringLiteral("input.log"), content);
    const ImportRun run = runImporter(QStringLiteral("log"), path, options);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.events), events);
    QCOMPARE(describe(run.batch.skipped), QStringList());
    QCOMPARE(run.batch.assumptions, assumptions);
}

void TestImportLog::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ImportOptions>("options");
    QTest::addColumn<QStringList>("skipped");
    QTest::addColumn<QStringList>("events");

    const QByteArray ok = "2026-04-14T08:13:06Z INFO recovered\n";
    const QString okEvent = QStringLiteral(" | 2026-04-14T08:13:06Z | observation |  | recovered | info");
    QTest::newRow("lines before the first timestamp")
        << QByteArray("Starting orders-api\n  with profile prod\n") + ok << options()
        << QStringList(
               { QStringLiteral("input.log:1: no timestamp like \"2026-04-14T08:13:06Z\" and no line before "
                                "it to continue"),
                   QStringLiteral(
                       "input.log:2: no timestamp like \"2026-04-14T08:13:06Z\" and no line before it to "
                       "continue") })
        << QStringList { QLatin1Char('3') + okEvent };
    QTest::newRow("impossible date, and its stack trace with it")
        << ok + "2026-02-30T08:13:05Z ERROR boom\n\tat A\n\tat B\n" + ok << options()
        << QStringList({ QStringLiteral(
                             "input.log:2: timestamp \"2026-02-30T08:13:05Z\" is not a valid date and time"),
               QStringLiteral("input.log:3: continues line 2, which was left out"),
               QStringLiteral("input.log:4: continues line 2, which was left out") })
        << QStringList({ QLatin1Char('1') + okEvent, QLatin1Char('5') + okEvent });
    QTest::newRow("hour 25")
        << ok + "2026-04-14 25:13:05Z ERROR boom\n"
        << options()
        << QStringList { QStringLiteral(
               "input.log:2: timestamp \"2026-04-14 25:13:05Z\" is not a valid date and time") }
        << QStringList { QLatin1Char('1') + okEvent };
    QTest::newRow("invalid UTF-8, and its stack trace with it")
        << ok + "2026-04-14T08:13:07Z caf\xC3\x28 closed\n\tat A\n" + ok << options()
        << QStringList({ QStringLiteral("input.log:2: not valid UTF-8"),
               QStringLiteral("input.log:3: continues line 2, which was left out") })
        << QStringList({ QLatin1Char('1') + okEvent, QLatin1Char('4') + okEvent });
    QTest::newRow("invalid UTF-8 in a stack trace leaves the event")
        << QByteArray("2026-04-14T08:13:05Z ERROR boom\n\tat \xFF\n\tat B\n") << options()
        << QStringList { QStringLiteral("input.log:2: not valid UTF-8") }
        << QStringList { QStringLiteral("1 | 2026-04-14T08:13:05Z | alert |  | boom\n\tat B | error") };
    QTest::newRow("only a timestamp")
        << ok + "2026-04-14T08:13:07Z   \n" + ok << options()
        << QStringList { QStringLiteral("input.log:2: no text after the timestamp") }
        << QStringList({ QLatin1Char('1') + okEvent, QLatin1Char('3') + okEvent });
    QTest::newRow("only a level") << ok + "2026-04-14T08:13:07Z ERROR\n"
                                  << options()
                                  << QStringList { QStringLiteral(
                                         "input.log:2: no text after the timestamp") }
                                  << QStringList { QLatin1Char('1') + okEvent };
    QTest::newRow("syslog style: February 30")
        << QByteArray("Feb 28 10:00:00 db-0 a\nFeb 30 10:00:00 db-0 b\n") << options("UTC", 2026)
        << QStringList { QStringLiteral(
               "input.log:2: timestamp \"Feb 30 10:00:00\" is not a valid date and time") }
        << QStringList { QStringLiteral("1 | 2026-02-28T10:00:00Z | observation |  | db-0 a | ") };
    QTest::newRow("access log: bad month")
        << QByteArray("203.0.113.45 - - [14/Apr/2026:10:13:05 +0200] \"GET /\" 500\n"
                      "203.0.113.45 - - [31/Apr/2026:10:13:05 +0200] \"GET /\" 500\n")
        << options()
        << QStringList { QStringLiteral(
               "input.log:2: timestamp \"31/Apr/2026:10:13:05 +0200\" is not a valid date and time") }
        << QStringList { QStringLiteral(
               "1 | 2026-04-14T10:13:05+02:00 | observation |  | 203.0.113.45 - - \"GET /\" "
               "500 | ") };
    QTest::newRow("truncated file: the last line cut inside its timestamp")
        << QByteArray("2026-04-14T08:13:05Z ERROR boom\n2026-04-14T08:1") << options() << QStringList()
        << QStringList { QStringLiteral(
               "1 | 2026-04-14T08:13:05Z | alert |  | boom\n2026-04-14T08:1 | error") };
    QTest::newRow("wrong type: words where the epoch seconds were")
        << QByteArray("1776153733 deploy started\nseventeen seventy-six step\n1776154333 timed out\n")
        << options() << QStringList()
        << QStringList(
               { QStringLiteral("1 | 2026-04-14T08:02:13Z | observation |  | deploy started\nseventeen "
                                "seventy-six step | "),
                   QStringLiteral("3 | 2026-04-14T08:12:13Z | observation |  | timed out | ") });
}

void TestImportLog::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(ImportOptions, options);
    QFETCH(QStringList, skipped);
    QFETCH(QStringList, events);

    const QString path = m_inputs.write(QStringLiteral("input.log"), content);
    const ImportRun run = runImporter(QStringLiteral("log"), path, options);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.skipped), skipped);
    QCOMPARE(describe(run.batch.events), events);
}

void TestImportLog::fatal_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ImportOptions>("options");
    QTest::addColumn<QString>("error");

    const QByteArray syslogStyle = "Apr 14 10:02:13 deploy-runner-3 pipeline[4121]: deploy 5534 started\n";
    const QString noPattern = QStringLiteral(
        "SOURCE: no timestamp found at the start of the first %1 non-empty lines. The log importer reads "
        "lines "
        "that start with a timestamp such as 2026-04-14T10:02:13Z, 2026-04-14 10:02:13,123, [2026-04-14 "
        "10:02:13], Apr 14 10:02:13, 192.0.2.7 - - [14/Apr/2026:10:02:13 +0200] or seconds since 1970");
    QTest::newRow("empty file") << QByteArray() << options()
                                << QStringLiteral("SOURCE: no lines to read: the file is empty");
    QTest::newRow("blank lines only") << QByteArray("\n \n\r\n") << options()
                                      << QStringLiteral("SOURCE: no lines to read: the file is empty");
    QTest::newRow("no timestamps") << QByteArray("Starting orders-api\nReady.\n") << options()
                                   << noPattern.arg(2);
    QTest::newRow("timestamps too far into the line")
        << QByteArray("a b c d 2026-04-14T08:13:05Z too far\n") << options() << noPattern.arg(1);
    QByteArray fiftyWithout;
    for (int i = 0; i < 60; ++i)
        fiftyWithout += "no time here\n";
    QTest::newRow("no timestamp in the first 50 lines") << fiftyWithout + "2026-04-14T08:13:05Z late\n"
                                                        << options() << noPattern.arg(50);
    QTest::newRow("syslog style without a year")
        << syslogStyle << options("Europe/Berlin")
        << QStringLiteral(
               "SOURCE: timestamps such as \"Apr 14 10:02:13\" (line 1) have no year: give it with --year");
    QTest::newRow("syslog style without a zone")
        << syslogStyle << options("", 2026)
        << QStringLiteral(
               "SOURCE: timestamps such as \"Apr 14 10:02:13\" (line 1) have no zone: give it with --zone");
    QTest::newRow("syslog style without year and zone")
        << syslogStyle << options()
        << QStringLiteral(
               "SOURCE: timestamps such as \"Apr 14 10:02:13\" (line 1) have no year and no zone: give "
               "them with --year and --zone");
    QTest::newRow("ISO 8601 without zone, no --zone")
        << QByteArray("2026-04-14T08:13:05Z zoned\n2026-04-14 10:13:05,250 ERROR naive\n") << options()
        << QStringLiteral("SOURCE: timestamps such as \"2026-04-14 10:13:05,250\" (line 2) have no zone: "
                          "give it with --zone");
    QTest::newRow("not a file") << QByteArray("-") << options() << QString();
}

void TestImportLog::fatal()
{
    QFETCH(QByteArray, content);
    QFETCH(ImportOptions, options);
    QFETCH(QString, error);

    QString path = m_inputs.write(QStringLiteral("fatal.log"), content);
    if (error.isEmpty()) {
        path = m_inputs.path(QStringLiteral("missing.log"));
        error = QStringLiteral("SOURCE: cannot open: No such file or directory");
    }
    ImportBatch batch = sentinelBatch();
    QString message;
    QVERIFY(!importerNamed(QStringLiteral("log"))->read(path, options, batch, ImportProgress(), &message));
    QCOMPARE(message.replace(path, QStringLiteral("SOURCE")), error);
    QVERIFY(isSentinelBatch(batch));
}

void TestImportLog::zoneMissingAfterDetection()
{
    // Detection sees only the first 50 lines; a zone-less time after them is skipped, not guessed.
    QByteArray content;
    for (int i = 0; i < 50; ++i)
        content += "2026-04-14T08:13:05Z ok\n";
    content += "2026-04-14 10:13:05 naive\n";
    const QString path = m_inputs.write(QStringLiteral("late.log"), content);
    const ImportRun run = runImporter(QStringLiteral("log"), path);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(run.batch.events.size(), 50);
    QCOMPARE(describe(run.batch.skipped),
        QStringList { QStringLiteral(
            "late.log:51: timestamp \"2026-04-14 10:13:05\" has no zone; give one with --zone") });
}

void TestImportLog::continuationIsCapped()
{
    const QByteArray half(600 * 1024, 'x');
    const QByteArray content = "2026-04-14T08:13:05Z ERROR boom\n\t" + half + "\n\t" + half + "\n\tmore\n" +
        "2026-04-14T08:13:06Z INFO next\n";
    const QString path = m_inputs.write(QStringLiteral("capped.log"), content);
    const ImportRun run = runImporter(QStringLiteral("log"), path);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.skipped),
        QStringList {
            QStringLiteral("capped.log:3: continuation lines from here on left out: the event of line 1 "
                           "holds more than 1 MiB of text") });
    QCOMPARE(run.batch.events.size(), 2);
    QCOMPARE(run.batch.events[0].text, QString(QStringLiteral("boom\n\t") + QString::fromLatin1(half)));
    QCOMPARE(run.batch.events[1].source.line, qint64(5));
}

void TestImportLog::overlongLine()
{
    QByteArray content = "2026-04-14T08:13:05Z ERROR boom\n";
    content += "2026-04-14T08:13:06Z " + QByteArray(int(LineReader::MaxLineLength), 'x') + "\n";
    content += "\tat A\n2026-04-14T08:13:07Z INFO after\n";
    const QString path = m_inputs.write(QStringLiteral("long.log"), content);
    const ImportRun run = runImporter(QStringLiteral("log"), path);
    QVERIFY2(run.ok, qPrintable(run.error));
    // The stack trace after the overlong line is its own, not the event's before it.
    QCOMPARE(describe(run.batch.skipped),
        QStringList({ QStringLiteral("long.log:2: line longer than 16 MiB; left out"),
            QStringLiteral("long.log:3: continues line 2, which was left out") }));
    QCOMPARE(describe(run.batch.events),
        QStringList({ QStringLiteral("1 | 2026-04-14T08:13:05Z | alert |  | boom | error"),
            QStringLiteral("4 | 2026-04-14T08:13:07Z | observation |  | after | info") }));
}

void TestImportLog::progressAndCancel()
{
    const QString path = m_inputs.write(QStringLiteral("big.log"),
        repeated(QByteArray(),
            "2026-04-14 10:13:05,250 ERROR [http-nio-8080-exec-7] GET /api/orders/88412/history failed with "
            "HTTP "
            "500\n\tat com.shop.orders.OrderLineMapper.map(OrderLineMapper.java:57)\n",
            2000));
    checkProgressAndCancel(QStringLiteral("log"), path, options("Europe/Berlin"));
}

} // namespace causeway

QTEST_GUILESS_MAIN(causeway::TestImportLog)
#include "tst_import_log.moc"
