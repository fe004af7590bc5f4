// SPDX-License-Identifier: GPL-3.0-or-later
// The syslog importer: RFC 5424 and RFC 3164 recognised line by line, PRI as a severity tag and the
// event kind, structured data kept, broken lines skipped with their number, and RFC 3164 refused
// without a year or a zone before anything reaches the batch.
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

class TestImportSyslog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registered();
    void fixtures_data();
    void fixtures();
    void structuredDataIsKept();
    void lines_data();
    void lines();
    void malformed_data();
    void malformed();
    void fatal_data();
    void fatal();
    void overlongLine();
    void progressAndCancel();

private:
    Inputs m_inputs;
};

void TestImportSyslog::registered()
{
    const Importer *importer = importerNamed(QStringLiteral("syslog"));
    QVERIFY(importer);
    QVERIFY(importer->description().contains(QLatin1String("RFC 5424")));
}

void TestImportSyslog::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ImportOptions>("options");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("assumptions");

    const QString runner = QStringLiteral("pipeline@deploy-runner-3.prod.example.com");
    QTest::newRow("RFC 5424")
        << QStringLiteral("rfc5424.log") << options()
        << QStringList({
               QStringLiteral("1 | 2026-04-14T08:02:13.418Z | observation | ") + runner +
                   QStringLiteral(" | Production deploy 5534 of orders-api started | info,DEPLOY_START"),
               QStringLiteral("2 | 2026-04-14T08:12:13.420Z | observation | ") + runner +
                   QStringLiteral(
                       " | Step pre-start-migrations reached the 10-minute timeout; on_timeout: continue "
                       "| warning,STEP_TIMEOUT"),
               QStringLiteral(
                   "3 | 2026-04-14T10:12:13.981734+02:00 | alert | postgres@orders-db-0.prod.example.com "
                   "| FATAL:  terminating connection due to administrator command | err"),
               QStringLiteral("4 | 2026-04-14T10:13:05.250+02:00 | alert | "
                              "orders-api@orders-api-7f9c4.prod.example.com | NullPointerException: "
                              "order_lines.fulfilment_status is null | err,HTTP500"),
               // The byte-order mark that marks a UTF-8 MSG is not part of the text.
               QStringLiteral("5 | 2026-04-14T08:43:27.512Z | observation | ") + runner +
                   QStringLiteral(
                       " | Rollback von orders-api gestartet \u2013 Release 2026.04.13-1 | info,ROLLBACK"),
           })
        << QStringList { QStringLiteral("rfc5424.log: lines read as RFC 5424 (5)") };
    QTest::newRow("RFC 3164 with year and zone")
        << QStringLiteral("rfc3164.log") << options("Europe/Berlin", 2026)
        << QStringList({
               QStringLiteral(
                   "1 | 2026-04-14T10:02:13+02:00 | observation | pipeline@deploy-runner-3 | deploy 5534 "
                   "of orders-api started | info"),
               QStringLiteral(
                   "2 | 2026-04-14T10:13:05+02:00 | alert | orders-api@orders-api-7f9c4 | HTTP 500 on "
                   "GET /api/orders/88412/history | err"),
               QStringLiteral("3 | 2026-04-14T10:26:30+02:00 | alert | alertmanager@alertmanager-0 | Page: "
                              "orders-api 5xx above 15 % for 10 minutes | crit"),
               // Logged locally: no HOSTNAME, only the TAG.
               QStringLiteral(
                   "4 | 2026-04-14T10:27:15+02:00 | observation | sshd | Accepted publickey for oncall "
                   "from 10.20.0.41 port 51122 | info"),
               QStringLiteral(
                   "5 | 2026-04-04T09:00:00+02:00 | observation | cron@deploy-runner-3 | nightly cleanup "
                   "| info"),
           })
        << QStringList({ QStringLiteral("rfc3164.log: lines read as RFC 3164 (5)"),
               QStringLiteral(
                   "rfc3164.log: RFC 3164 times, which have no year and no zone, were read in 2026 and "
                   "Europe/Berlin") });
    QTest::newRow("one file, both formats and daemon files")
        << QStringLiteral("mixed.log") << options("Europe/Berlin", 2026)
        << QStringList({
               QStringLiteral(
                   "1 | 2003-10-11T22:14:15.003Z | alert | su@mymachine.example.com | 'su root' failed "
                   "for lonvick on /dev/pts/8 | crit,ID47"),
               QStringLiteral(
                   "2 | 2026-04-14T10:27:15+02:00 | observation | sshd@bastion-1 | Accepted publickey "
                   "for oncall from 10.20.0.41 port 51122 | info"),
               QStringLiteral("3 | 2026-04-14T10:49:55+02:00 | observation | haproxy@orders-lb-1 | backend "
                              "orders-api: 5xx rate back under 0.1 % | "),
               QStringLiteral(
                   "4 | 2026-04-14T10:49:55.120+02:00 | observation | orders-api@orders-api-7f9c4 | "
                   "rollback complete, serving release 2026.04.13-1 | "),
               QStringLiteral(
                   "5 | 2026-04-14T08:58:20Z | observation | postgres@orders-db-0 | backfill resumed "
                   "from batch 4013 | notice"),
           })
        << QStringList(
               { QStringLiteral("mixed.log: lines read as RFC 5424 (1), RFC 3164 (2), RFC 3164 with RFC "
                                "3339 times (2)"),
                   QStringLiteral(
                       "mixed.log: RFC 3164 times, which have no year and no zone, were read in 2026 and "
                       "Europe/Berlin") });
}

void TestImportSyslog::fixtures()
{
    QFETCH(QString, file);
    QFETCH(ImportOptions, options);
    QFETCH(QStringList, events);
    QFETCH(QStringList, assumptions);

    const QString path = QFINDTESTDATA(QStringLiteral("data/import/syslog/") + file);
    QVERIFY(!path.isEmpty());
    const ImportRun run = runImporter(QStringLiteral("syslog"), path, options);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.events), events);
    QCOMPARE(describe(run.batch.skipped), QStringList());
    QCOMPARE(run.batch.assumptions, assumptions);
    QVERIFY(sourcesAre(run.batch.events, QStringLiteral("syslog"), file));
}

void TestImportSyslog::structuredDataIsKept()
{
    const QString path = QFINDTESTDATA("data/import/syslog/rfc5424.log");
    const ImportRun run = runImporter(QStringLiteral("syslog"), path);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(run.batch.events.size(), 5);
    QCOMPARE(run.batch.events[0].note,
        QStringLiteral("[deploy@32473 id=\"5534\" service=\"orders-api\" release=\"2026.04.14-2\"]"));
    QCOMPARE(run.batch.events[1].note, QString());
    // Escaped quotes and brackets inside a value do not end it.
    QCOMPARE(run.batch.events[2].note,
        QStringLiteral(
            "[db@32473 table=\"order_lines\" batch=\"4012\" note=\"lock \\\"fulfilment\\\" held \\] "
            "released\"]"));
    QCOMPARE(run.batch.events[0].time.utcMicroseconds(), Q_INT64_C(1776153733418000));
    QCOMPARE(run.batch.events[2].time.utcMicroseconds(), Q_INT64_C(1776154333981734));
    QCOMPARE(run.batch.events[2].time.offsetSeconds(), 7200);
}

void TestImportSyslog::lines_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ImportOptions>("options");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("note"); // of the first event

    QTest::newRow("RFC 5424 example 1")
        << QByteArray("<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - 'su root' failed for "
                      "lonvick "
                      "on /dev/pts/8\n")
        << options()
        << QStringList { QStringLiteral(
               "1 | 2003-10-11T22:14:15.003Z | alert | su@mymachine.example.com | 'su "
               "root' failed for lonvick on /dev/pts/8 | crit,ID47") }
        << QString();
    QTest::newRow("RFC 5424 example 3: structured data and a BOM")
        << QByteArray(
               "<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 "
               "iut=\"3\" eventSource=\"Application\" eventID=\"1011\"] \xEF\xBB\xBF"
               "An application event log entry...\n")
        << options()
        << QStringList { QStringLiteral(
               "1 | 2003-10-11T22:14:15.003Z | observation | "
               "evntslog@mymachine.example.com | An application event log entry... | "
               "notice,ID47") }
        << QStringLiteral("[exampleSDID@32473 iut=\"3\" eventSource=\"Application\" eventID=\"1011\"]");
    QTest::newRow("RFC 5424 example 4: two elements, no MSG after them but a blank")
        << QByteArray(
               "<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 "
               "iut=\"3\"][examplePriority@32473 class=\"high\"] high priority\n")
        << options()
        << QStringList { QStringLiteral("1 | 2003-10-11T22:14:15.003Z | observation | "
                                        "evntslog@mymachine.example.com | high priority | notice,ID47") }
        << QStringLiteral("[exampleSDID@32473 iut=\"3\"][examplePriority@32473 class=\"high\"]");
    QTest::newRow("RFC 3164 example")
        << QByteArray("<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8\n")
        << options("UTC", 2003)
        << QStringList { QStringLiteral(
               "1 | 2003-10-11T22:14:15Z | alert | su@mymachine | 'su root' failed for "
               "lonvick on /dev/pts/8 | crit") }
        << QString();
    QTest::newRow("every severity; err and worse are alerts")
        << QByteArray("<0>1 2026-04-14T08:00:00Z db-0 kernel - - - a\n<1>1 2026-04-14T08:00:01Z db-0 kernel "
                      "- - - b\n"
                      "<2>1 2026-04-14T08:00:02Z db-0 kernel - - - c\n<3>1 2026-04-14T08:00:03Z db-0 kernel "
                      "- - - d\n"
                      "<4>1 2026-04-14T08:00:04Z db-0 kernel - - - e\n<5>1 2026-04-14T08:00:05Z db-0 kernel "
                      "- - - f\n"
                      "<6>1 2026-04-14T08:00:06Z db-0 kernel - - - g\n<191>1 2026-04-14T08:00:07Z db-0 app - "
                      "- - h\n")
        << options()
        << QStringList({ QStringLiteral("1 | 2026-04-14T08:00:00Z | alert | kernel@db-0 | a | emerg"),
               QStringLiteral("2 | 2026-04-14T08:00:01Z | alert | kernel@db-0 | b | alert"),
               QStringLiteral("3 | 2026-04-14T08:00:02Z | alert | kernel@db-0 | c | crit"),
               QStringLiteral("4 | 2026-04-14T08:00:03Z | alert | kernel@db-0 | d | err"),
               QStringLiteral("5 | 2026-04-14T08:00:04Z | observation | kernel@db-0 | e | warning"),
               QStringLiteral("6 | 2026-04-14T08:00:05Z | observation | kernel@db-0 | f | notice"),
               QStringLiteral("7 | 2026-04-14T08:00:06Z | observation | kernel@db-0 | g | info"),
               QStringLiteral("8 | 2026-04-14T08:00:07Z | observation | app@db-0 | h | debug") })
        << QString();
    QTest::newRow("NILVALUE host and app, CRLF, fraction of 6 digits")
        << QByteArray("<14>1 2026-04-14T10:12:13.981734+02:00 - - - - - session terminated\r\n") << options()
        << QStringList { QStringLiteral(
               "1 | 2026-04-14T10:12:13.981734+02:00 | observation |  | session terminated | "
               "info") }
        << QString();
    QTest::newRow("APP-NAME of 48 characters")
        << QByteArray("<14>1 2026-04-14T08:02:13Z db-0 ") + QByteArray(48, 'a') + " - - - ok\n"
        << options()
        << QStringList { QStringLiteral("1 | 2026-04-14T08:02:13Z | observation | ") + QString(48, u'a') +
               QStringLiteral("@db-0 | ok | info") }
        << QString();
    QTest::newRow("RFC 3164: no TAG, and a log that passes New Year")
        << QByteArray(
               "<13>Dec 31 23:59:58 db-0 checkpoint starting\n<13>Jan  1 00:00:02 db-0 checkpoint complete\n")
        << options("UTC", 2025)
        << QStringList({ QStringLiteral(
                             "1 | 2025-12-31T23:59:58Z | observation | db-0 | checkpoint starting | notice"),
               QStringLiteral(
                   "2 | 2026-01-01T00:00:02Z | observation | db-0 | checkpoint complete | notice") })
        << QString();
    QTest::newRow("RFC 3164 in the Berlin DST gap")
        << QByteArray("<13>Mar 29 02:30:00 db-0 cron[1]: job\n") << options("Europe/Berlin", 2026)
        << QStringList { QStringLiteral(
               "1 | 2026-03-29T03:30:00+02:00 | observation | cron@db-0 | job | notice") }
        << QString();
    QTest::newRow("RFC 3339 time without zone, read in --zone")
        << QByteArray("2026-04-14T10:49:55 orders-lb-1 haproxy[733]: up\n") << options("Europe/Berlin")
        << QStringList { QStringLiteral(
               "1 | 2026-04-14T10:49:55+02:00 | observation | haproxy@orders-lb-1 | up | ") }
        << QString();
    QTest::newRow("empty file") << QByteArray() << options() << QStringList() << QString();
    QTest::newRow("blank lines only") << QByteArray("\n\r\n  \n") << options() << QStringList() << QString();
}

void TestImportSyslog::lines()
{
    QFETCH(QByteArray, content);
    QFETCH(ImportOptions, options);
    QFETCH(QStringList, events);
    QFETCH(QString, note);

    const QString path = m_inputs.write(QStringLiteral("input.log"), content);
    const ImportRun run = runImporter(QStringLiteral("syslog"), path, options);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.events), events);
    QCOMPARE(describe(run.batch.skipped), QStringList());
    if (!events.isEmpty())
        QCOMPARE(run.batch.events[0].note, note);
}

void TestImportSyslog::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reason");

    // Each row is one bad line between two good ones; the reason is for line 2.
    QTest::newRow("PRI out of range") << QByteArray("<192>1 2026-04-14T08:02:13Z db-0 app - - - x")
                                      << QStringLiteral("PRI <192> is out of range (0 to 191)");
    QTest::newRow("PRI not closed") << QByteArray("<34 su: x")
                                    << QStringLiteral(
                                           "expected <PRI>, a number from 0 to 191 in angle brackets");
    QTest::newRow("PRI not a number")
        << QByteArray("<ab>1 2026-04-14T08:02:13Z db-0 app - - - x")
        << QStringLiteral("expected <PRI>, a number from 0 to 191 in angle brackets");
    QTest::newRow("PRI of four digits")
        << QByteArray("<1234>1 2026-04-14T08:02:13Z db-0 app - - - x")
        << QStringLiteral("expected <PRI>, a number from 0 to 191 in angle brackets");
    QTest::newRow("version 2") << QByteArray("<34>2 2026-04-14T08:02:13Z db-0 app - - - x")
                               << QStringLiteral("RFC 5424 version 2 is not supported (only 1)");
    QTest::newRow("truncated header") << QByteArray("<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su")
                                      << QStringLiteral("RFC 5424 header ends before PROCID");
    QTest::newRow("no structured data")
        << QByteArray("<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47")
        << QStringLiteral("RFC 5424 header ends before STRUCTURED-DATA (\"-\" when there is none)");
    QTest::newRow("two blanks") << QByteArray("<34>1 2003-10-11T22:14:15.003Z  mymachine su - ID47 - x")
                                << QStringLiteral(
                                       "RFC 5424 header: HOSTNAME is empty (two blanks in a row?)");
    QTest::newRow("bad timestamp") << QByteArray("<34>1 2003-13-11T22:14:15.003Z mymachine su - ID47 - x")
                                   << QStringLiteral(
                                          "TIMESTAMP: expected RFC 3339 such as 2003-10-11T22:14:15.003Z, "
                                          "got \"2003-13-11T22:14:15.003Z\"");
    QTest::newRow("timestamp of the wrong type")
        << QByteArray("<34>1 1065910455 mymachine su - ID47 - x")
        << QStringLiteral("TIMESTAMP: expected RFC 3339 such as "
                          "2003-10-11T22:14:15.003Z, got \"1065910455\"");
    QTest::newRow("timestamp without zone")
        << QByteArray("<34>1 2003-10-11T22:14:15.003 mymachine su - ID47 - x")
        << QStringLiteral("TIMESTAMP \"2003-10-11T22:14:15.003\" has no zone "
                          "offset, which RFC 5424 requires");
    QTest::newRow("NILVALUE timestamp")
        << QByteArray("<34>1 - mymachine su - ID47 - x")
        << QStringLiteral("no TIMESTAMP (\"-\"): the event cannot be placed in time");
    QTest::newRow("APP-NAME too long")
        << QByteArray("<34>1 2026-04-14T08:02:13Z db-0 ") + QByteArray(49, 'a') + " - - - x"
        << QStringLiteral("RFC 5424 header: APP-NAME longer than 48 characters");
    QTest::newRow("non-ASCII HOSTNAME")
        << QByteArray("<34>1 2026-04-14T08:02:13Z b\xC3\xA4r app - - - x")
        << QStringLiteral("RFC 5424 header: HOSTNAME \"b\u00E4r\" has a character "
                          "other than printable ASCII");
    QTest::newRow("SD element not closed")
        << QByteArray("<34>1 2026-04-14T08:02:13Z db-0 app - - [meta sequenceId=\"1\"")
        << QStringLiteral("STRUCTURED-DATA: [meta is not closed with \"]\"");
    QTest::newRow("SD value without quotes")
        << QByteArray("<34>1 2026-04-14T08:02:13Z db-0 app - - [meta sequenceId=1] x")
        << QStringLiteral("STRUCTURED-DATA: in [meta, expected PARAM-NAME=\"value\"");
    QTest::newRow("SD value not closed")
        << QByteArray("<34>1 2026-04-14T08:02:13Z db-0 app - - [meta note=\"open] x")
        << QStringLiteral("STRUCTURED-DATA: a value in [meta is not closed with a quote");
    QTest::newRow("SD without SD-ID") << QByteArray("<34>1 2026-04-14T08:02:13Z db-0 app - - [ x=\"1\"] x")
                                      << QStringLiteral("STRUCTURED-DATA: an element without SD-ID");
    QTest::newRow("SD not - or [") << QByteArray("<34>1 2026-04-14T08:02:13Z db-0 app - - xyz msg")
                                   << QStringLiteral(
                                          "STRUCTURED-DATA: expected \"-\" or \"[\", got \"xyz msg\"");
    QTest::newRow("no blank after SD")
        << QByteArray("<34>1 2026-04-14T08:02:13Z db-0 app - - [meta x=\"1\"]msg")
        << QStringLiteral("STRUCTURED-DATA: expected a blank before MSG, got \"msg\"");
    QTest::newRow("no message") << QByteArray("<34>1 2026-04-14T08:02:13Z db-0 app - - [meta x=\"1\"]")
                                << QStringLiteral("no message");
    QTest::newRow("invalid UTF-8 in MSG")
        << QByteArray("<34>1 2026-04-14T08:02:13Z db-0 app - - - caf\xC3\x28")
        << QStringLiteral("not valid UTF-8");
    QTest::newRow("RFC 3164: February 30")
        << QByteArray("<34>Feb 30 10:00:00 db-0 su: x")
        << QStringLiteral("RFC 3164 TIMESTAMP \"Feb 30 10:00:00\" is not a valid date and time "
                          "in 2026");
    QTest::newRow("RFC 3164: one-digit minute")
        << QByteArray("<34>Apr 14 10:2:13 db-0 su: x")
        << QStringLiteral("RFC 3164 TIMESTAMP: expected a time such as \"Oct 11 "
                          "22:14:15\", got \"Apr 14 10:2:13\"");
    QTest::newRow("RFC 3164: truncated after the time")
        << QByteArray("<34>Oct 11 22:14:15 ")
        << QStringLiteral("RFC 3164 line ends after its time: no "
                          "HOSTNAME and no message");
    QTest::newRow("RFC 3164: host only")
        << QByteArray("<34>Oct 11 22:14:15 mymachine") << QStringLiteral("no message");
    QTest::newRow("not syslog")
        << QByteArray("hello world")
        << QStringLiteral("not a syslog line: expected <PRI> and an RFC 5424 or RFC 3164 header");
    QTest::newRow("PRI, then neither header")
        << QByteArray("<34>hello")
        << QStringLiteral("expected \"1 \" (RFC 5424) or a time such as \"Oct 11 22:14:15\" "
                          "(RFC 3164) after <34>");
    QTest::newRow("RFC 3339 time that is no time")
        << QByteArray("2026-04-14Tnoon db-0 app: x")
        << QStringLiteral(
               "expected an RFC 3339 time such as 2026-04-14T10:02:13+02:00, got \"2026-04-14Tnoon\"");
}

void TestImportSyslog::malformed()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reason);

    const QByteArray good =
        "<134>1 2026-04-14T08:02:13.418Z deploy-runner-3 pipeline 4121 - - deploy started\n";
    const QString path = m_inputs.write(QStringLiteral("input.log"), good + line + '\n' + good);
    const ImportRun run = runImporter(QStringLiteral("syslog"), path, options("Europe/Berlin", 2026));
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.skipped), QStringList { QStringLiteral("input.log:2: ") + reason });
    QCOMPARE(run.batch.events.size(), 2);
    QCOMPARE(run.batch.events[0].source.line, qint64(1));
    QCOMPARE(run.batch.events[1].source.line, qint64(3));
}

void TestImportSyslog::fatal_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ImportOptions>("options");
    QTest::addColumn<QString>("error");

    const QByteArray rfc3164 =
        "<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8\n";
    const QByteArray rfc5424 =
        "<34>1 2003-10-11T22:14:15.003Z mymachine.example.com su - ID47 - 'su root' failed\n";
    QTest::newRow("RFC 3164 without year")
        << rfc3164 << options("Europe/Berlin")
        << QStringLiteral(
               "SOURCE:1: RFC 3164 time \"Oct 11 22:14:15\" has no year and no zone: --year is needed");
    QTest::newRow("RFC 3164 without zone")
        << rfc3164 << options("", 2003)
        << QStringLiteral(
               "SOURCE:1: RFC 3164 time \"Oct 11 22:14:15\" has no year and no zone: --zone is needed");
    QTest::newRow("RFC 3164 without both")
        << rfc3164 << options()
        << QStringLiteral("SOURCE:1: RFC 3164 time \"Oct 11 22:14:15\" has no year and no zone: --year and "
                          "--zone are needed");
    QTest::newRow("RFC 3164 after RFC 5424 lines: nothing is imported")
        << rfc5424 + rfc5424 + "<34>Oct 11 22:14:16 mymachine su: again\n" + rfc5424 << options()
        << QStringLiteral("SOURCE:3: RFC 3164 time \"Oct 11 22:14:16\" has no year and no zone: --year and "
                          "--zone are needed");
    QTest::newRow("daemon file line without PRI, no year")
        << QByteArray("Apr 14 10:49:55 orders-lb-1 haproxy[733]: up\n") << options("UTC")
        << QStringLiteral(
               "SOURCE:1: RFC 3164 time \"Apr 14 10:49:55\" has no year and no zone: --year is needed");
    QTest::newRow("missing file") << QByteArray() << options()
                                  << QStringLiteral("SOURCE: cannot open: No such file or directory");
}

void TestImportSyslog::fatal()
{
    QFETCH(QByteArray, content);
    QFETCH(ImportOptions, options);
    QFETCH(QString, error);

    const QString path = content.isEmpty() ? m_inputs.path(QStringLiteral("missing.log"))
                                           : m_inputs.write(QStringLiteral("fatal.log"), content);
    ImportBatch batch = sentinelBatch();
    QString message;
    QVERIFY(!importerNamed(QStringLiteral("syslog"))->read(path, options, batch, ImportProgress(), &message));
    QCOMPARE(message.replace(path, QStringLiteral("SOURCE")), error);
    QVERIFY(isSentinelBatch(batch));
}

void TestImportSyslog::overlongLine()
{
    QByteArray content = "<134>1 2026-04-14T08:02:13.418Z deploy-runner-3 pipeline 4121 - - deploy started\n";
    content += "<134>1 2026-04-14T08:02:14Z deploy-runner-3 pipeline 4121 - - " +
        QByteArray(int(LineReader::MaxLineLength), 'x') + "\n";
    content += "<134>1 2026-04-14T08:02:15Z deploy-runner-3 pipeline 4121 - - after\n";
    const QString path = m_inputs.write(QStringLiteral("long.log"), content);
    const ImportRun run = runImporter(QStringLiteral("syslog"), path);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.skipped),
        QStringList { QStringLiteral("long.log:2: line longer than 16 MiB; left out") });
    QCOMPARE(run.batch.events.size(), 2);
    QCOMPARE(run.batch.events[1].source.line, qint64(3));
    QCOMPARE(run.batch.events[1].text, QStringLiteral("after"));
}

void TestImportSyslog::progressAndCancel()
{
    const QString path = m_inputs.write(QStringLiteral("big.log"),
        repeated(QByteArray(),
            "<27>Apr 14 10:13:05 orders-api-7f9c4 orders-api[1]: HTTP 500 on GET /api/orders/88412/history\n"
            "<11>1 2026-04-14T10:13:05.250+02:00 orders-api-7f9c4 orders-api 1 HTTP500 - "
            "NullPointerException\n",
            2000));
    checkProgressAndCancel(QStringLiteral("syslog"), path, options("Europe/Berlin", 2026));
}

} // namespace causeway

QTEST_GUILESS_MAIN(causeway::TestImportSyslog)
#include "tst_import_syslog.moc"
