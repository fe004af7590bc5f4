// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV importer: Timesketch/Plaso CSV and l2tcsv recognised from the header, other CSV through a
// column mapping, RFC 4180 quoting, and every kind of broken file skipped record by record with
// the line where the record starts, or refused as a whole with the batch left as it was.
#include "import/linereader.h"
#include "importtesting.h"

#include <QDateTime>
#include <QTest>

#include <ctime>

namespace causeway {

using namespace testing;

namespace {

const QByteArray TimesketchHeader = "datetime,timestamp_desc,message,tag\n";

CsvMapping mapping(const char *time, const char *text, const char *actor = "", const char *kind = "",
    const char *format = "")
{
    return { QString::fromUtf8(time), QString::fromUtf8(text), QString::fromUtf8(actor),
        QString::fromUtf8(kind), QString::fromUtf8(format) };
}

ImportOptions withZone(const char *zone, const CsvMapping &csv = {})
{
    ImportOptions options;
    options.zone = QString::fromUtf8(zone);
    options.csv = csv;
    return options;
}

} // namespace

} // namespace causeway

Q_DECLARE_METATYPE(causeway::ImportOptions)

namespace causeway {

class TestImportCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registered();
    void timesketchFixture();
    void l2tcsvFixture();
    void mappedFixture();
    void records_data();
    void records();
    void malformed_data();
    void malformed();
    void fatal_data();
    void fatal();
    void strayQuoteDoesNotSwallowTheFile();
    void overlongLine();
    void progressAndCancel();

private:
    Inputs m_inputs;
};

void TestImportCsv::initTestCase()
{
    // A computer in Berlin: times written without a zone must be read in --zone, never in this
    // computer's zone, whose daylight-saving gap would otherwise swallow "29/03/2026 02:30:00".
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QCOMPARE(QDateTime(QDate(2026, 4, 14), QTime(12, 0)).offsetFromUtc(), 7200);
}

void TestImportCsv::registered()
{
    const Importer *importer = importerNamed(QStringLiteral("csv"));
    QVERIFY(importer);
    QCOMPARE(importer->filePatterns(), QStringList { QStringLiteral("*.csv") });
    QVERIFY(importer->description().contains(QLatin1String("Timesketch")));
}

void TestImportCsv::timesketchFixture()
{
    const QString path = QFINDTESTDATA("data/import/csv/timesketch.csv");
    QVERIFY(!path.isEmpty());
    const ImportRun run = runImporter(QStringLiteral("csv"), path);
    QVERIFY2(run.ok, qPrintable(run.error));
    const QString log = QStringLiteral("OS:/var/log/pipeline/orders-api-5534.log");
    QCOMPARE(describe(run.batch.events),
        QStringList({
            QStringLiteral("2 | 2026-04-14T08:02:13.418Z | observation | ") + log +
                QStringLiteral(" | Production deploy 5534 of orders-api release 2026.04.14-2 started | "
                               "Event Recorded,deploy,migration"),
            QStringLiteral("3 | 2026-04-14T08:02:15.311Z | observation | ") + log +
                QStringLiteral(
                    " | Migration 0147: backfill of order_lines.fulfilment_status started in batches "
                    "of 10,000 rows | Event Recorded"),
            QStringLiteral("5 | 2026-04-14T08:12:13.420Z | observation | ") + log +
                QStringLiteral(" | Step \"pre-start-migrations\" reached the 10-minute timeout; on_timeout: "
                               "continue | Event Recorded,deploy,timeout"),
            QStringLiteral(
                "6 | 2026-04-14T10:13:05.250+02:00 | observation | OS:/var/log/orders-api/app.log | "
                "HTTP 500 on GET /api/orders/88412/history\njava.lang.NullPointerException: "
                "order_lines.fulfilment_status is null\n\tat "
                "com.shop.orders.OrderLineMapper.map(OrderLineMapper.java:57) | Content Modification "
                "Time,http-500"),
            QStringLiteral(
                "9 | 2026-04-14T08:26:30Z | observation |  | Page: orders-api 5xx above 15 % for 10 "
                "minutes | Event Recorded,paged"),
        }));
    QVERIFY(sourcesAre(run.batch.events, QStringLiteral("csv"), QStringLiteral("timesketch.csv")));
    // The instant itself, not only its text: microseconds since the epoch and the offset kept.
    QCOMPARE(run.batch.events[0].time.utcMicroseconds(), Q_INT64_C(1776153733418000));
    QCOMPARE(run.batch.events[0].time.offsetSeconds(), 0);
    QCOMPARE(run.batch.events[3].time.utcMicroseconds(), Q_INT64_C(1776154385250000));
    QCOMPARE(run.batch.events[3].time.offsetSeconds(), 7200);
    QVERIFY(run.batch.skipped.isEmpty());
    QCOMPARE(run.batch.assumptions,
        QStringList {
            QStringLiteral("timesketch.csv: read as Timesketch/Plaso CSV (\"datetime\", \"message\", "
                           "\"timestamp_desc\")") });
}

void TestImportCsv::l2tcsvFixture()
{
    const QString path = QFINDTESTDATA("data/import/csv/l2tcsv.csv");
    QVERIFY(!path.isEmpty());
    const ImportRun run = runImporter(QStringLiteral("csv"), path);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.events),
        QStringList({
            QStringLiteral(
                "2 | 2026-04-14T08:02:13Z | observation | deploy-runner-3 | Production deploy 5534 of "
                "orders-api release 2026.04.14-2 started | Event Recorded"),
            QStringLiteral(
                "3 | 2026-04-14T10:12:13+02:00 | observation | postgres@orders-db-0 | Migration "
                "session terminated after batch 4,012: 40.1 million of 184 million rows backfilled | "
                "Event Recorded"),
            // No long description: the short one stands in.
            QStringLiteral(
                "4 | 2026-04-14T08:43:27Z | observation | mateo | Rollback started | Event Recorded"),
        }));
    QVERIFY(sourcesAre(run.batch.events, QStringLiteral("csv"), QStringLiteral("l2tcsv.csv")));
    QCOMPARE(run.batch.events[1].time.utcMicroseconds(), Q_INT64_C(1776154333000000));
    QVERIFY(run.batch.skipped.isEmpty());
    QCOMPARE(run.batch.assumptions.size(), 1);
    QVERIFY(run.batch.assumptions[0].startsWith(QLatin1String("l2tcsv.csv: read as Plaso l2tcsv")));
}

void TestImportCsv::mappedFixture()
{
    const QString path = QFINDTESTDATA("data/import/csv/deploy-tracker.csv");
    QVERIFY(!path.isEmpty());
    const ImportRun run = runImporter(QStringLiteral("csv"), path,
        withZone("Europe/Berlin", mapping("When", "What", "Who", "Type", "dd/MM/yyyy HH:mm:ss")));
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.events),
        QStringList({
            QStringLiteral(
                "2 | 2026-04-14T10:02:13+02:00 | deploy | deploy pipeline | Production deploy 5534 "
                "of orders-api release 2026.04.14-2 started | "),
            QStringLiteral("3 | 2026-04-14T10:12:13+02:00 | deploy | deploy pipeline | Step "
                           "pre-start-migrations timed out after 10 minutes, pods rolled out anyway | "),
            QStringLiteral(
                "4 | 2026-04-14T10:26:30+02:00 | alert | Alertmanager | Page: orders-api 5xx above "
                "15 % for 10 minutes | "),
            // An unknown kind: an observation, and the word is kept as a tag.
            QStringLiteral("5 | 2026-04-14T10:24:02+02:00 | observation | Léa Martin | Support lead: \"23 "
                           "tickets in 7 minutes about error pages after checkout\" | escalation"),
            QStringLiteral("6 | 2026-04-14T10:41:00+02:00 | decision |  | Roll orders-api back to release "
                           "2026.04.13-1 | "),
        }));
    QVERIFY(sourcesAre(run.batch.events, QStringLiteral("csv"), QStringLiteral("deploy-tracker.csv")));
    QCOMPARE(run.batch.events[0].time.utcMicroseconds(), Q_INT64_C(1776153733000000));
    QVERIFY(run.batch.skipped.isEmpty());
    QCOMPARE(run.batch.assumptions,
        QStringList(
            { QStringLiteral("deploy-tracker.csv: time from column \"When\" (\"dd/MM/yyyy HH:mm:ss\"), "
                             "text from \"What\", actor from \"Who\", kind from \"Type\""),
                QStringLiteral("deploy-tracker.csv: times without a zone were read as Europe/Berlin") }));
}

void TestImportCsv::records_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ImportOptions>("options");
    QTest::addColumn<QStringList>("events");

    const ImportOptions none;
    QTest::newRow("CRLF line ends")
        << QByteArray("datetime,timestamp_desc,message\r\n2026-04-14T08:02:13Z,Event Recorded,deploy "
                      "started\r\n2026-04-14T08:12:13Z,Event Recorded,timeout\r\n")
        << none
        << QStringList({ QStringLiteral(
                             "2 | 2026-04-14T08:02:13Z | observation |  | deploy started | Event Recorded"),
               QStringLiteral("3 | 2026-04-14T08:12:13Z | observation |  | timeout | Event Recorded") });
    QTest::newRow("CRLF inside a quoted field")
        << QByteArray("datetime,timestamp_desc,message\r\n2026-04-14T08:02:13Z,x,\"line one\r\nline two\"\r\n"
                      "2026-04-14T08:02:14Z,x,next\r\n")
        << none
        << QStringList({ QStringLiteral("2 | 2026-04-14T08:02:13Z | observation |  | line one\nline two | x"),
               QStringLiteral("4 | 2026-04-14T08:02:14Z | observation |  | next | x") });
    QTest::newRow("BOM and last line without newline")
        << QByteArray("\xEF\xBB\xBF"
                      "datetime,timestamp_desc,message\n2026-04-14T08:02:13Z,x,deploy started")
        << none
        << QStringList({ QStringLiteral("2 | 2026-04-14T08:02:13Z | observation |  | deploy started | x") });
    QTest::newRow("quoted commas, doubled quotes, empty quoted field")
        << QByteArray("datetime,timestamp_desc,message,tag\n"
                      "\"2026-04-14T08:02:13Z\",\"\",\"a, b and \"\"c\"\"\",\"\"\n")
        << none
        << QStringList({ QStringLiteral("2 | 2026-04-14T08:02:13Z | observation |  | a, b and \"c\" | ") });
    QTest::newRow("record over three lines, next record numbered right")
        << QByteArray("datetime,timestamp_desc,message\n2026-04-14T08:13:05Z,x,\"HTTP 500\n\n  at Mapper\"\n"
                      "2026-04-14T08:13:06Z,x,after\n")
        << none
        << QStringList(
               { QStringLiteral("2 | 2026-04-14T08:13:05Z | observation |  | HTTP 500\n\n  at Mapper | x"),
                   QStringLiteral("5 | 2026-04-14T08:13:06Z | observation |  | after | x") });
    QTest::newRow("quote inside an unquoted field is kept")
        << QByteArray("datetime,timestamp_desc,message\n2026-04-14T08:02:13Z,x,the \"pre-start\" step\n")
        << none
        << QStringList(
               { QStringLiteral("2 | 2026-04-14T08:02:13Z | observation |  | the \"pre-start\" step | x") });
    QTest::newRow("header only") << QByteArray("datetime,timestamp_desc,message\n") << none << QStringList();
    QTest::newRow("header only, no newline")
        << QByteArray("datetime,timestamp_desc,message") << none << QStringList();
    QTest::newRow("Plaso tags and actor columns")
        << QByteArray("datetime,timestamp_desc,message,tag,username,hostname\n"
                      "2026-04-14T08:02:13Z,Event Recorded,deploy,deploy migration,-,deploy-runner-3\n"
                      "2026-04-14T08:02:14Z,Event Recorded,rollback,\"['rollback', "
                      "'manual']\",mateo,deploy-runner-3\n")
        << none
        << QStringList({ QStringLiteral("2 | 2026-04-14T08:02:13Z | observation | deploy-runner-3 | deploy | "
                                        "Event Recorded,deploy,migration"),
               QStringLiteral("3 | 2026-04-14T08:02:14Z | observation | mateo | rollback | "
                              "Event Recorded,rollback,manual") });
    QTest::newRow("Plaso timestamp stands in for an empty datetime")
        << QByteArray("datetime,timestamp_desc,message,timestamp\n,Event Recorded,deploy,1776153733418000\n")
        << none
        << QStringList(
               { QStringLiteral("2 | 2026-04-14T08:02:13.418Z | observation |  | deploy | Event Recorded") });
    QTest::newRow("Timesketch header in another case and order")
        << QByteArray("Message,Timestamp_Desc,DateTime\nmigration 0147 applied,Event "
                      "Recorded,2026-04-14T11:33:48+02:00\n")
        << none
        << QStringList(
               { QStringLiteral("2 | 2026-04-14T11:33:48+02:00 | observation |  | migration 0147 applied "
                                "| Event Recorded") });
    QTest::newRow("zone-less datetime with --zone")
        << QByteArray("datetime,timestamp_desc,message\n2026-04-14 10:02:13.418,x,deploy\n")
        << withZone("Europe/Berlin")
        << QStringList({ QStringLiteral("2 | 2026-04-14T10:02:13.418+02:00 | observation |  | deploy | x") });
    QTest::newRow("mapping with ISO 8601 times")
        << QByteArray("time,event,service\n2026-04-14T10:26:30+02:00,Page: 5xx above 15 %,orders-api\n")
        << withZone("", mapping("time", "event", "service"))
        << QStringList(
               { QStringLiteral("2 | 2026-04-14T10:26:30+02:00 | observation | orders-api | Page: 5xx "
                                "above 15 % | ") });
    QTest::newRow("mapping names columns in another case")
        << QByteArray("Time,Event\n2026-04-14T08:26:30Z,paged\n") << withZone("", mapping("time", "event"))
        << QStringList({ QStringLiteral("2 | 2026-04-14T08:26:30Z | observation |  | paged | ") });
    QTest::newRow("mapping wins over a Timesketch header")
        << QByteArray("datetime,timestamp_desc,message,note\n2026-04-14T08:26:30Z,x,paged,the note\n")
        << withZone("", mapping("datetime", "note"))
        << QStringList({ QStringLiteral("2 | 2026-04-14T08:26:30Z | observation |  | the note | ") });
    QTest::newRow("time format with a zone needs no --zone")
        << QByteArray("when,what\n14.04.2026 10:02:13.418 UTC,deploy\n")
        << withZone("", mapping("when", "what", "", "", "dd.MM.yyyy HH:mm:ss.zzz t"))
        << QStringList({ QStringLiteral("2 | 2026-04-14T10:02:13.418Z | observation |  | deploy | ") });
    QTest::newRow("every kind, any case, empty kind")
        << QByteArray(
               "when,what,kind\n"
               "2026-04-14T10:00:00Z,a,ALERT\n2026-04-14T10:00:01Z,b,Action\n2026-04-14T10:00:02Z,c,"
               "communication\n2026-04-14T10:00:03Z,d,deploy\n2026-04-14T10:00:04Z,e,observation\n"
               "2026-04-14T10:00:05Z,f,decision\n2026-04-14T10:00:06Z,g,milestone\n2026-04-14T10:00:07Z,h,\n"
               "2026-04-14T10:00:08Z,i, Rollback \n")
        << withZone("", mapping("when", "what", "", "kind"))
        << QStringList({ QStringLiteral("2 | 2026-04-14T10:00:00Z | alert |  | a | "),
               QStringLiteral("3 | 2026-04-14T10:00:01Z | action |  | b | "),
               QStringLiteral("4 | 2026-04-14T10:00:02Z | communication |  | c | "),
               QStringLiteral("5 | 2026-04-14T10:00:03Z | deploy |  | d | "),
               QStringLiteral("6 | 2026-04-14T10:00:04Z | observation |  | e | "),
               QStringLiteral("7 | 2026-04-14T10:00:05Z | decision |  | f | "),
               QStringLiteral("8 | 2026-04-14T10:00:06Z | milestone |  | g | "),
               QStringLiteral("9 | 2026-04-14T10:00:07Z | observation |  | h | "),
               QStringLiteral("10 | 2026-04-14T10:00:08Z | observation |  | i | Rollback") });
    QTest::newRow("wall-clock time in the DST gap moves forward")
        << QByteArray("when,what\n29/03/2026 02:30:00,cron job\n")
        << withZone("Europe/Berlin", mapping("when", "what", "", "", "dd/MM/yyyy HH:mm:ss"))
        << QStringList({ QStringLiteral("2 | 2026-03-29T03:30:00+02:00 | observation |  | cron job | ") });
}

void TestImportCsv::records()
{
    QFETCH(QByteArray, content);
    QFETCH(ImportOptions, options);
    QFETCH(QStringList, events);

    const QString path = m_inputs.write(QStringLiteral("records.csv"), content);
    const ImportRun run = runImporter(QStringLiteral("csv"), path, options);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.events), events);
    QCOMPARE(describe(run.batch.skipped), QStringList());
    QVERIFY(sourcesAre(run.batch.events, QStringLiteral("csv"), QStringLiteral("records.csv")));
}

void TestImportCsv::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ImportOptions>("options");
    QTest::addColumn<QStringList>("skipped"); // file:line: reason
    QTest::addColumn<QList<int>>("eventLines"); // the lines of the events still read

    const ImportOptions none;
    const QByteArray good = "2026-04-14T08:02:13Z,Event Recorded,deploy started,-\n";
    QTest::newRow("unbalanced quote: skipped, the lines it took in read again")
        << TimesketchHeader + "2026-04-14T08:02:13Z,Event Recorded,\"deploy started,-\n" + good + good << none
        << QStringList { QStringLiteral("input.csv:2: field 3: quote not closed before the end of the file") }
        << QList<int> { 3, 4 };
    QTest::newRow("truncated file: last record cut in a quoted field")
        << TimesketchHeader + good + "2026-04-14T08:12:13Z,Event Recorded,\"Step pre-start-migrations reached"
        << none
        << QStringList { QStringLiteral("input.csv:3: field 3: quote not closed before the end of the file") }
        << QList<int> { 2 };
    QTest::newRow("truncated file: last record cut between fields")
        << TimesketchHeader + good + "2026-04-14T08:12:13Z,Event Reco" << none
        << QStringList { QStringLiteral("input.csv:3: expected 4 fields, as in the header, got 2") }
        << QList<int> { 2 };
    QTest::newRow("text after a closing quote")
        << TimesketchHeader + "2026-04-14T08:02:13Z,Event Recorded,\"deploy\" started,-\n" + good << none
        << QStringList { QStringLiteral("input.csv:2: field 3: text after its closing quote (a quote inside "
                                        "a quoted field is written \"\")") }
        << QList<int> { 3 };
    QTest::newRow("too many fields")
        << TimesketchHeader + "2026-04-14T08:02:13Z,Event Recorded,deploy,started,-\n" + good << none
        << QStringList { QStringLiteral("input.csv:2: expected 4 fields, as in the header, got 5") }
        << QList<int> { 3 };
    QTest::newRow("multi-line record with too few fields is reported at its first line")
        << TimesketchHeader + good + "2026-04-14T08:02:13Z,\"Event\nRecorded\",-\n" + good << none
        << QStringList { QStringLiteral("input.csv:3: expected 4 fields, as in the header, got 3") }
        << QList<int> { 2, 5 };
    QTest::newRow("bad timestamp")
        << TimesketchHeader + "noon,Event Recorded,deploy started,-\n" + good << none
        << QStringList { QStringLiteral(
               "input.csv:2: \"datetime\": expected an ISO 8601 timestamp, got \"noon\"") }
        << QList<int> { 3 };
    QTest::newRow("impossible date")
        << TimesketchHeader + "2026-02-30T08:02:13Z,Event Recorded,deploy started,-\n" + good << none
        << QStringList { QStringLiteral(
               "input.csv:2: \"datetime\": expected an ISO 8601 timestamp, got \"2026-02-30T08:02:13Z\"") }
        << QList<int> { 3 };
    QTest::newRow("timestamp without zone, no --zone")
        << TimesketchHeader + "2026-04-14 10:02:13,Event Recorded,deploy started,-\n" + good << none
        << QStringList { QStringLiteral(
               "input.csv:2: \"datetime\": \"2026-04-14 10:02:13\" has no zone; give one with --zone") }
        << QList<int> { 3 };
    QTest::newRow("empty message") << TimesketchHeader + good + "2026-04-14T08:02:13Z,Event Recorded,  ,-\n"
                                   << none
                                   << QStringList { QStringLiteral(
                                          "input.csv:3: \"message\": empty; an event needs a text") }
                                   << QList<int> { 2 };
    QTest::newRow("invalid UTF-8 in the message")
        << TimesketchHeader + "2026-04-14T08:02:13Z,Event Recorded,caf\xC3\x28 deploy,-\n" + good << none
        << QStringList { QStringLiteral("input.csv:2: \"message\": not valid UTF-8") } << QList<int> { 3 };
    QTest::newRow("Plaso timestamp of the wrong type")
        << QByteArray("datetime,timestamp_desc,message,timestamp\n,Event Recorded,deploy,yesterday\n") << none
        << QStringList { QStringLiteral(
               "input.csv:2: \"timestamp\": expected microseconds since 1970, got \"yesterday\"") }
        << QList<int> {};
    QTest::newRow("l2tcsv: ISO date instead of MM/DD/YYYY")
        << QByteArray("date,time,timezone,MACB,source,sourcetype,type,user,host,short,desc\n"
                      "2026-04-14,08:02:13,UTC,M...,LOG,Log,Event Recorded,-,-,deploy,deploy started\n"
                      "04/14/2026,08:02:14,UTC,M...,LOG,Log,Event Recorded,-,-,deploy,deploy started\n")
        << none
        << QStringList { QStringLiteral("input.csv:2: \"date\": expected MM/DD/YYYY, got \"2026-04-14\"") }
        << QList<int> { 3 };
    QTest::newRow("l2tcsv: unknown zone and bad time")
        << QByteArray(
               "date,time,timezone,MACB,source,sourcetype,type,user,host,short,desc\n"
               "04/14/2026,08:02:13,Mars/Olympus,M...,LOG,Log,Event Recorded,-,-,deploy,deploy started\n"
               "04/14/2026,8 o'clock,UTC,M...,LOG,Log,Event Recorded,-,-,deploy,deploy started\n")
        << none
        << QStringList { QStringLiteral(
                             "input.csv:2: \"timezone\": \"Mars/Olympus\" is not a known time zone"),
               QStringLiteral("input.csv:3: \"time\": expected HH:MM:SS, got \"8 o'clock\"") }
        << QList<int> {};
    QTest::newRow("mapping: time not in the given format")
        << QByteArray("When,What\n14/04/2026 10:02:13,deploy\n2026-04-14 10:12:13,timeout\n")
        << withZone("Europe/Berlin", mapping("When", "What", "", "", "dd/MM/yyyy HH:mm:ss"))
        << QStringList { QStringLiteral(
               "input.csv:3: \"When\": expected a time written as \"dd/MM/yyyy HH:mm:ss\", got \"2026-04-14 "
               "10:12:13\"") }
        << QList<int> { 2 };
    QTest::newRow("mapping: empty text column")
        << QByteArray("When,What\n2026-04-14T08:02:13Z,\n") << withZone("", mapping("When", "What"))
        << QStringList { QStringLiteral("input.csv:2: \"What\": empty; an event needs a text") }
        << QList<int> {};
    QTest::newRow("several problems, each at its own line")
        << TimesketchHeader + good + "x\n" + good + "\n\n" +
            "2026-04-14T08:02:13Z,Event Recorded,a,\"b\"c\n" + good
        << none
        << QStringList { QStringLiteral("input.csv:3: expected 4 fields, as in the header, got 1"),
               QStringLiteral("input.csv:7: field 4: text after its closing quote (a quote inside a quoted "
                              "field is written \"\")") }
        << QList<int> { 2, 4, 8 };
}

void TestImportCsv::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(ImportOptions, options);
    QFETCH(QStringList, skipped);
    QFETCH(QList<int>, eventLines);

    const QString path = m_inputs.write(QStringLiteral("input.csv"), content);
    const ImportRun run = runImporter(QStringLiteral("csv"), path, options);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.skipped), skipped);
    QList<int> lines;
    for (const TimelineEvent &e : run.batch.events)
        lines << int(e.source.line);
    QCOMPARE(lines, eventLines);
}

void TestImportCsv::fatal_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ImportOptions>("options");
    QTest::addColumn<QString>("error");

    const ImportOptions none;
    const QByteArray rows = "14/04/2026 10:02:13,deploy,deploy pipeline\n";
    QTest::newRow("empty file") << QByteArray() << none
                                << QStringLiteral("SOURCE: empty file; a CSV file starts with a header row");
    QTest::newRow("blank lines only")
        << QByteArray("\n  \r\n\n") << none
        << QStringLiteral("SOURCE: empty file; a CSV file starts with a header row");
    QTest::newRow("header with an unclosed quote")
        << QByteArray("datetime,\"message,timestamp_desc\n") << none
        << QStringLiteral("SOURCE:1: header row: field 2: quote not closed before the end of the file");
    QTest::newRow("header not UTF-8") << QByteArray("datetime,m\xE9ssage,timestamp_desc\n") << none
                                      << QStringLiteral("SOURCE:1: header row: not valid UTF-8");
    QTest::newRow("no mapping for a plain CSV")
        << QByteArray("When,What,Who\n") + rows << none
        << QStringLiteral(
               "SOURCE: not a Timesketch/Plaso CSV (it has no \"datetime\", \"message\" and "
               "\"timestamp_desc\" columns), so its columns must be named: --time-column and "
               "--text-column are missing. The header has the columns \"When\", \"What\", \"Who\"");
    QTest::newRow("text column missing")
        << QByteArray("When,What,Who\n") + rows << withZone("Europe/Berlin", mapping("When", ""))
        << QStringLiteral(
               "SOURCE: not a Timesketch/Plaso CSV (it has no \"datetime\", \"message\" and "
               "\"timestamp_desc\" columns), so its columns must be named: --text-column is missing. "
               "The header has the columns \"When\", \"What\", \"Who\"");
    QTest::newRow("Timesketch header without timestamp_desc")
        << QByteArray("datetime,message\n2026-04-14T08:02:13Z,deploy\n") << none
        << QStringLiteral("SOURCE: not a Timesketch/Plaso CSV (it has no \"datetime\", \"message\" and "
                          "\"timestamp_desc\" columns), so its columns must be named: --time-column and "
                          "--text-column are missing. The header has the columns \"datetime\", \"message\"");
    QTest::newRow("mapped column not in the header")
        << QByteArray("When,What,Who\n") + rows << withZone("Europe/Berlin", mapping("When", "What", "Owner"))
        << QStringLiteral("SOURCE: --actor-column \"Owner\": the header has no such column. It has \"When\", "
                          "\"What\", \"Who\"");
    QTest::newRow("time format without a zone and no --zone")
        << QByteArray("When,What,Who\n") + rows
        << withZone("", mapping("When", "What", "", "", "dd/MM/yyyy HH:mm:ss"))
        << QStringLiteral(
               "SOURCE: times written as \"dd/MM/yyyy HH:mm:ss\" carry no zone: give their zone with --zone");
}

void TestImportCsv::fatal()
{
    QFETCH(QByteArray, content);
    QFETCH(ImportOptions, options);
    QFETCH(QString, error);

    const QString path = m_inputs.write(QStringLiteral("fatal.csv"), content);
    ImportBatch batch = sentinelBatch();
    QString message;
    QVERIFY(!importerNamed(QStringLiteral("csv"))->read(path, options, batch, ImportProgress(), &message));
    QCOMPARE(message.replace(path, QStringLiteral("SOURCE")), error);
    QVERIFY(isSentinelBatch(batch));
}

void TestImportCsv::strayQuoteDoesNotSwallowTheFile()
{
    // A quote that never closes would take in every line after it; past a limit the record is left
    // out and the lines it took in are read again.
    QByteArray content = TimesketchHeader + "2026-04-14T08:02:13Z,Event Recorded,\"stray quote,-\n";
    for (int i = 0; i < 1500; ++i)
        content += "2026-04-14T08:02:14Z,Event Recorded,line " + QByteArray::number(i + 3) + ",-\n";
    const QString path = m_inputs.write(QStringLiteral("stray.csv"), content);
    const ImportRun run = runImporter(QStringLiteral("csv"), path);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.skipped),
        QStringList { QStringLiteral("stray.csv:2: field 3: quote not closed within 1000 lines") });
    QCOMPARE(run.batch.events.size(), 1500);
    for (int i = 0; i < run.batch.events.size(); ++i) {
        QCOMPARE(run.batch.events[i].source.line, qint64(i + 3));
        QCOMPARE(run.batch.events[i].text, QStringLiteral("line %1").arg(i + 3));
    }
}

void TestImportCsv::overlongLine()
{
    QByteArray content = TimesketchHeader;
    content += "2026-04-14T08:02:13Z,Event Recorded,deploy started,-\n";
    content +=
        "2026-04-14T08:02:14Z,Event Recorded," + QByteArray(int(LineReader::MaxLineLength), 'x') + ",-\n";
    content += "2026-04-14T08:02:15Z,Event Recorded,\"quoted, then\n" +
        QByteArray(int(LineReader::MaxLineLength) + 1, 'y') + "\",-\n";
    content += "2026-04-14T08:02:16Z,Event Recorded,after,-\n";
    const QString path = m_inputs.write(QStringLiteral("long.csv"), content);
    const ImportRun run = runImporter(QStringLiteral("csv"), path);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.skipped),
        QStringList({ QStringLiteral("long.csv:3: line longer than 16 MiB; left out"),
            QStringLiteral("long.csv:4: field 3 goes on in line 5, which is longer than 16 MiB") }));
    QCOMPARE(run.batch.events.size(), 2);
    QCOMPARE(run.batch.events[0].source.line, qint64(2));
    QCOMPARE(run.batch.events[1].source.line, qint64(6));
    QCOMPARE(run.batch.events[1].text, QStringLiteral("after"));
}

void TestImportCsv::progressAndCancel()
{
    const QString path = m_inputs.write(QStringLiteral("big.csv"),
        repeated(TimesketchHeader,
            "2026-04-14T10:13:05.250+02:00,Event Recorded,HTTP 500 on GET /api/orders/88412,-\n", 4000));
    checkProgressAndCancel(QStringLiteral("csv"), path, ImportOptions());
}

} // namespace causeway

QTEST_GUILESS_MAIN(causeway::TestImportCsv)
#include "tst_import_csv.moc"
