// SPDX-License-Identifier: GPL-3.0-or-later
// The Timesketch/Plaso JSON Lines importer: the documented fields, Plaso's microsecond timestamp,
// and bad lines skipped with their number and reason; a file that cannot be read leaves the batch
// as it was.
#include "import/linereader.h"
#include "importtesting.h"

#include <QTest>

namespace causeway {

using namespace testing;

class TestImportJsonl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registered();
    void fixture();
    void zoneLessTimes();
    void empty_data();
    void empty();
    void malformed_data();
    void malformed();
    void missingFile();
    void overlongLine();
    void quickAndFullReadingAgree_data();
    void quickAndFullReadingAgree();
    void progressAndCancel();

private:
    Inputs m_inputs;
};

void TestImportJsonl::registered()
{
    const Importer *importer = importerNamed(QStringLiteral("jsonl"));
    QVERIFY(importer);
    QCOMPARE(
        importer->filePatterns(), QStringList({ QStringLiteral("*.jsonl"), QStringLiteral("*.ndjson") }));
}

void TestImportJsonl::fixture()
{
    const QString path = QFINDTESTDATA("data/import/jsonl/timesketch.jsonl");
    QVERIFY(!path.isEmpty());
    const ImportRun run = runImporter(QStringLiteral("jsonl"), path);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.events),
        QStringList({
            QStringLiteral(
                "1 | 2026-04-14T08:02:13.418Z | observation | deploy-runner-3 | Production deploy 5534 of "
                "orders-api release 2026.04.14-2 started | Event Recorded,deploy,migration"),
            // "-" is no user; a tag given twice is kept once.
            QStringLiteral("2 | 2026-04-14T10:12:13.420+02:00 | observation | deploy-runner-3 | Step "
                           "pre-start-migrations reached the 10-minute timeout; on_timeout: continue | Event "
                           "Recorded,deploy,timeout"),
            // Plaso's microseconds since 1970 stand in for a missing datetime.
            QStringLiteral(
                "3 | 2026-04-14T08:12:13.981734Z | observation | postgres | Migration session terminated "
                "after batch 4,012: 40.1 million of 184 million rows backfilled | Content Modification "
                "Time"),
            QStringLiteral(
                "5 | 2026-04-14T10:13:05.250+02:00 | observation | OS:/var/log/orders-api/app.log | HTTP "
                "500 rate on orders-api rose to 17 % of requests | Event Recorded"),
            QStringLiteral(
                "6 | 2026-04-14T08:24:02Z | observation |  | Support: \"23 tickets in 7 minutes\" \u2013 "
                "L\u00E9a Martin escalated in #incidents | Event Recorded"),
        }));
    QVERIFY(sourcesAre(run.batch.events, QStringLiteral("jsonl"), QStringLiteral("timesketch.jsonl")));
    QCOMPARE(run.batch.events[0].time.utcMicroseconds(), Q_INT64_C(1776153733418000));
    QCOMPARE(run.batch.events[1].time.utcMicroseconds(), Q_INT64_C(1776154333420000));
    QCOMPARE(run.batch.events[1].time.offsetSeconds(), 7200);
    QCOMPARE(run.batch.events[2].time.utcMicroseconds(), Q_INT64_C(1776154333981734));
    QVERIFY(run.batch.skipped.isEmpty());
    QVERIFY(run.batch.assumptions.isEmpty());
}

void TestImportJsonl::zoneLessTimes()
{
    const QString path = m_inputs.write(QStringLiteral("naive.jsonl"),
        "{\"message\": \"deploy started\", \"datetime\": \"2026-04-14 10:02:13.418\", \"timestamp_desc\": "
        "\"x\"}\n");
    ImportOptions options;
    options.zone = QStringLiteral("Europe/Berlin");
    const ImportRun run = runImporter(QStringLiteral("jsonl"), path, options);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.events),
        QStringList {
            QStringLiteral("1 | 2026-04-14T10:02:13.418+02:00 | observation |  | deploy started | x") });
    QCOMPARE(run.batch.assumptions,
        QStringList { QStringLiteral("naive.jsonl: times without a zone were read as Europe/Berlin") });
}

void TestImportJsonl::empty_data()
{
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("blank lines") << QByteArray("\n  \r\n\t\n");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
}

void TestImportJsonl::empty()
{
    QFETCH(QByteArray, content);

    // Nothing to read is not an error of the file: the batch is simply not added to.
    const QString path = m_inputs.write(QStringLiteral("empty.jsonl"), content);
    const ImportRun run = runImporter(QStringLiteral("jsonl"), path);
    QVERIFY2(run.ok, qPrintable(run.error));
    QVERIFY(run.batch.events.isEmpty());
    QVERIFY(run.batch.skipped.isEmpty());
    QVERIFY(run.batch.assumptions.isEmpty());
}

void TestImportJsonl::malformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reason");

    // Each row is one bad line between two good ones; the reason is for line 2. The columns are where
    // Qt's JSON parser stopped, the same in Qt 5 and Qt 6.
    QTest::newRow("truncated object")
        << QByteArray("{\"message\": \"deploy\", \"datetime\": \"2026-04-14T08:0")
        << QStringLiteral("not valid JSON (unterminated string at column 51)");
    QTest::newRow("missing comma") << QByteArray(
                                          "{\"message\": \"deploy\" \"datetime\": \"2026-04-14T08:02:13Z\"}")
                                   << QStringLiteral("not valid JSON (unterminated object at column 22)");
    QTest::newRow("not JSON at all") << QByteArray("deploy started at 10:02")
                                     << QStringLiteral("not valid JSON (illegal value at column 1)");
    QTest::newRow("an array") << QByteArray("[\"deploy started\", \"2026-04-14T08:02:13Z\"]")
                              << QStringLiteral("expected a JSON object with \"message\" and \"datetime\"");
    QTest::newRow("no message") << QByteArray("{\"datetime\": \"2026-04-14T08:02:13Z\"}")
                                << QStringLiteral("\"message\": expected a non-empty string");
    QTest::newRow("message of the wrong type")
        << QByteArray("{\"message\": 5534, \"datetime\": \"2026-04-14T08:02:13Z\"}")
        << QStringLiteral("\"message\": expected a non-empty string");
    QTest::newRow("blank message") << QByteArray(
                                          "{\"message\": \"  \", \"datetime\": \"2026-04-14T08:02:13Z\"}")
                                   << QStringLiteral("\"message\": expected a non-empty string");
    QTest::newRow("bad timestamp") << QByteArray("{\"message\": \"deploy\", \"datetime\": \"noon\"}")
                                   << QStringLiteral(
                                          "\"datetime\": expected an ISO 8601 timestamp, got \"noon\"");
    QTest::newRow("impossible date")
        << QByteArray("{\"message\": \"deploy\", \"datetime\": \"2026-02-30T08:02:13Z\"}")
        << QStringLiteral("\"datetime\": expected an ISO 8601 timestamp, got "
                          "\"2026-02-30T08:02:13Z\"");
    QTest::newRow("no zone, no --zone")
        << QByteArray("{\"message\": \"deploy\", \"datetime\": \"2026-04-14 10:02:13\"}")
        << QStringLiteral("\"datetime\": \"2026-04-14 10:02:13\" has no zone; give one with --zone");
    QTest::newRow("datetime of the wrong type")
        << QByteArray("{\"message\": \"deploy\", \"datetime\": 1776153733}")
        << QStringLiteral("\"datetime\": expected an ISO 8601 timestamp (or \"timestamp\" in microseconds)");
    QTest::newRow("timestamp as a string")
        << QByteArray("{\"message\": \"deploy\", \"timestamp\": \"1776153733418000\"}")
        << QStringLiteral("\"datetime\": expected an ISO 8601 timestamp (or \"timestamp\" in microseconds)");
    // Found by fuzzing: converting such a number to 64 bits was undefined behaviour.
    QTest::newRow("timestamp beyond 64 bits")
        << QByteArray("{\"message\": \"deploy\", \"timestamp\": 1e300}")
        << QStringLiteral(
               "\"timestamp\": expected microseconds since 1970 before the year 10000, got 1e+300");
    QTest::newRow("timestamp before 1970")
        << QByteArray("{\"message\": \"deploy\", \"timestamp\": -1}")
        << QStringLiteral("\"timestamp\": expected microseconds since 1970 before the year 10000, got -1");
    QTest::newRow("no time at all")
        << QByteArray("{\"message\": \"deploy\"}")
        << QStringLiteral("\"datetime\": expected an ISO 8601 timestamp (or \"timestamp\" in "
                          "microseconds)");
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"message\": \"caf\xC3\x28\", \"datetime\": \"2026-04-14T08:02:13Z\"}")
        << QStringLiteral("not valid UTF-8");
}

void TestImportJsonl::malformed()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reason);

    const QByteArray good = "{\"message\": \"deploy started\", \"datetime\": \"2026-04-14T08:02:13.418Z\"}\n";
    const QString path = m_inputs.write(QStringLiteral("input.jsonl"), good + line + '\n' + good);
    const ImportRun run = runImporter(QStringLiteral("jsonl"), path);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.skipped), QStringList { QStringLiteral("input.jsonl:2: ") + reason });
    QCOMPARE(run.batch.events.size(), 2);
    QCOMPARE(run.batch.events[0].source.line, qint64(1));
    QCOMPARE(run.batch.events[1].source.line, qint64(3));

    // The same line last, without its newline, as in a file cut off while it was written.
    const QString cut = m_inputs.write(QStringLiteral("cut.jsonl"), good + line);
    const ImportRun truncated = runImporter(QStringLiteral("jsonl"), cut);
    QVERIFY2(truncated.ok, qPrintable(truncated.error));
    QCOMPARE(describe(truncated.batch.skipped), QStringList { QStringLiteral("cut.jsonl:2: ") + reason });
    QCOMPARE(truncated.batch.events.size(), 1);
}

void TestImportJsonl::quickAndFullReadingAgree_data()
{
    QTest::addColumn<QByteArray>("line");

    const QByteArray time = "\"datetime\": \"2026-04-14T08:02:13.418Z\"";
    QTest::newRow("plain") << "{\"message\": \"deploy started\", " + time + ", \"hostname\": \"web-1\"}";
    QTest::newRow("escapes") << R"({"message": "said \"go\"\tC:\\x \u00e9\/", )" + time + "}";
    QTest::newRow("UTF-8") << "{\"message\": \"L\xC3\xA9"
                              "a \xE2\x80\x93 ok\", " +
            time + "}";
    QTest::newRow("tags") << "{\"message\": \"m\", " + time +
            R"(, "timestamp_desc": "Event Recorded", "tag": ["a", 1, "", null, "a", "b", "Event Recorded"]})";
    QTest::newRow("tag not an array") << "{\"message\": \"m\", " + time + R"(, "tag": "a"})";
    QTest::newRow("actors") << "{\"message\": \"m\", " + time +
            R"(, "username": "-", "hostname": 7, "display_name": "OS:/var/log/app.log"})";
    QTest::newRow("blank message") << "{\"message\": \" \\t \", " + time + "}";
    QTest::newRow("message a number") << "{\"message\": 5, " + time + "}";
    QTest::newRow("bad time") << QByteArray(R"({"message": "m", "datetime": "2026-02-30T08:00:00Z"})");
    QTest::newRow("no zone") << QByteArray(R"({"message": "m", "datetime": "2026-04-14 08:00:00"})");
    QTest::newRow("Plaso timestamp") << QByteArray(R"({"message": "m", "timestamp": 1776154333981734})");
    QTest::newRow("nothing but numbers")
        << QByteArray(R"({"message": "m", "datetime": 12, "timestamp": "12"})");
    QTest::newRow("surrogate pair") << "{\"message\": \"\\ud83d\\ude00\", " + time + "}";
    QTest::newRow("key twice") << "{\"message\": \"first\", \"message\": \"second\", " + time + "}";
}

void TestImportJsonl::quickAndFullReadingAgree()
{
    QFETCH(QByteArray, line);

    // A nested object anywhere makes the importer read the line with QJsonDocument: both ways
    // must give the same event, or the same reason to skip the line.
    QByteArray nested = line;
    nested.insert(int(nested.lastIndexOf('}')), ", \"extra\": {\"x\": [1, {}]}");
    const ImportRun quick =
        runImporter(QStringLiteral("jsonl"), m_inputs.write(QStringLiteral("a.jsonl"), line));
    const ImportRun full =
        runImporter(QStringLiteral("jsonl"), m_inputs.write(QStringLiteral("a.jsonl"), nested));
    QVERIFY2(quick.ok && full.ok, qPrintable(quick.error + full.error));
    QCOMPARE(describe(quick.batch.events), describe(full.batch.events));
    QCOMPARE(describe(quick.batch.skipped), describe(full.batch.skipped));
    QCOMPARE(quick.batch.events.size() + quick.batch.skipped.size(), 1);
}

void TestImportJsonl::missingFile()
{
    const QString path = m_inputs.path(QStringLiteral("missing.jsonl"));
    ImportBatch batch = sentinelBatch();
    QString error;
    QVERIFY(!importerNamed(QStringLiteral("jsonl"))
                 ->read(path, ImportOptions(), batch, ImportProgress(), &error));
    QCOMPARE(error, path + QStringLiteral(": cannot open: No such file or directory"));
    QVERIFY(isSentinelBatch(batch));
}

void TestImportJsonl::overlongLine()
{
    const QByteArray good = "{\"message\": \"deploy started\", \"datetime\": \"2026-04-14T08:02:13.418Z\"}\n";
    const QByteArray huge = "{\"message\": \"" + QByteArray(int(LineReader::MaxLineLength), 'x') +
        "\", \"datetime\": \"2026-04-14T08:02:14Z\"}\n";
    const QString path = m_inputs.write(QStringLiteral("long.jsonl"), good + huge + good);
    const ImportRun run = runImporter(QStringLiteral("jsonl"), path);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(describe(run.batch.skipped),
        QStringList { QStringLiteral("long.jsonl:2: line longer than 16 MiB; left out") });
    QCOMPARE(run.batch.events.size(), 2);
    QCOMPARE(run.batch.events[1].source.line, qint64(3));
}

void TestImportJsonl::progressAndCancel()
{
    const QString path = m_inputs.write(QStringLiteral("big.jsonl"),
        repeated(QByteArray(),
            "{\"message\": \"HTTP 500 on GET /api/orders/88412/history\", \"datetime\": "
            "\"2026-04-14T10:13:05.250+02:00\", \"timestamp_desc\": \"Event Recorded\"}\n",
            3000));
    checkProgressAndCancel(QStringLiteral("jsonl"), path, ImportOptions());
}

} // namespace causeway

QTEST_GUILESS_MAIN(causeway::TestImportJsonl)
#include "tst_import_jsonl.moc"
