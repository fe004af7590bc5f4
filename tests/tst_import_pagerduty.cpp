// SPDX-License-Identifier: GPL-3.0-or-later
// The PagerDuty importer on log entries of the sample incident's page (data/import/pagerduty/),
// as the REST API returns them and as a bare array, and on broken files: every malformed row
// either skips one record with its reason or, when the file as a whole is not log entries, fails
// with the batch left exactly as it was.
#include "import/importers.h"
#include "importtesting.h"

#include <QTemporaryDir>
#include <QTest>

// Qt 6 registers enums used in test data by itself; Qt 5 needs to be told.
Q_DECLARE_METATYPE(causeway::EventKind)

using namespace causeway;
using namespace causeway::testing;

namespace {

const Importer &importer()
{
    const Importer *found = importerNamed(QStringLiteral("pagerduty"));
    Q_ASSERT(found);
    return *found;
}

/// A valid entry with one field replaced (or added) by \a field: \a json.
QByteArray entryWith(const char *field, const char *json)
{
    QByteArray entry = "{\"id\": \"R0ACKN03\", \"type\": \"acknowledge_log_entry\", "
                       "\"summary\": \"Acknowledged by Amara Okafor.\", "
                       "\"created_at\": \"2026-04-14T10:27:15+02:00\", "
                       "\"agent\": {\"type\": \"user_reference\", \"summary\": \"Amara Okafor\"}}";
    if (!field)
        return entry;
    const QByteArray key = QByteArray("\"") + field + "\": ";
    const int at = entry.indexOf(key);
    if (at < 0)
        return entry.left(entry.size() - 1) + ", " + key + json + "}";
    int end = at + key.size();
    if (entry.at(end) == '{') {
        end = entry.indexOf('}', end) + 1;
    } else {
        end = entry.indexOf('"', end + 1) + 1;
    }
    return entry.left(at) + key + json + entry.mid(end);
}

QByteArray entryWithout(const char *field)
{
    const QByteArray entry = entryWith(nullptr, nullptr);
    const QByteArray key = QByteArray("\"") + field + "\": ";
    const int at = entry.indexOf(key);
    const int end = entry.indexOf(", ", entry.indexOf('"', at + key.size() + 1)) + 2;
    return entry.left(at) + entry.mid(end);
}

QByteArray logEntries(const QByteArray &entries)
{
    return "{\"log_entries\": [" + entries + "], \"limit\": 25, \"offset\": 0, \"more\": false}";
}

} // namespace

class TestImportPagerDuty : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registered();
    void events_data();
    void events();
    void wholeFile_data();
    void wholeFile();
    void zoneOption();
    void malformed_data();
    void malformed();
    void missingFile();
    void progressAndCancel();
};

void TestImportPagerDuty::registered()
{
    QCOMPARE(importer().name(), QStringLiteral("pagerduty"));
    QVERIFY(!importer().description().isEmpty());
    QCOMPARE(importer().filePatterns(), QStringList { QStringLiteral("*.json") });
}

void TestImportPagerDuty::events_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("usecs");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("time");
    QTest::addColumn<EventKind>("kind");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<qint64>("line");

    const QString api = QStringLiteral("incident-Q1ORD0412ABC.json");
    const QStringList service { QStringLiteral("orders-api") };
    auto tags = [&](const char *type) {
        return QStringList { QLatin1String(type) } + service;
    };
    // Fetched with time_zone=Europe/Berlin: the offsets are the source's and are kept.
    QTest::newRow("trigger: alert, incident title added")
        << api << 0 << qint64(1776155190000000) << 7200 << QStringLiteral("2026-04-14T10:26:30+02:00")
        << EventKind::Alert << QStringLiteral("orders-api")
        << QStringLiteral("Triggered through the API: [#4412] orders-api 5xx above 15 % for 10 minutes")
        << tags("trigger") << qint64(3);
    QTest::newRow("notify: communication, no agent")
        << api << 1 << qint64(1776155191000000) << 7200 << QStringLiteral("2026-04-14T10:26:31+02:00")
        << EventKind::Communication << QStringLiteral("PagerDuty")
        << QStringLiteral("Notified Amara Okafor by phone.") << tags("notify") << qint64(53);
    QTest::newRow("acknowledge: action")
        << api << 2 << qint64(1776155235000000) << 7200 << QStringLiteral("2026-04-14T10:27:15+02:00")
        << EventKind::Action << QStringLiteral("Amara Okafor")
        << QStringLiteral("Acknowledged by Amara Okafor.") << tags("acknowledge") << qint64(100);
    QTest::newRow("annotate: the note's words")
        << api << 3 << qint64(1776155342000000) << 7200 << QStringLiteral("2026-04-14T10:29:02+02:00")
        << EventKind::Communication << QStringLiteral("Amara Okafor")
        << QStringLiteral(
               "Note added: Support reports 23 tickets in 7 minutes. Deploy 5534 finished at 10:14 with "
               "a warning; working in #inc-2026-0412.")
        << tags("annotate") << qint64(144);
    QTest::newRow("assign: action") << api << 4 << qint64(1776155505000000) << 7200
                                    << QStringLiteral("2026-04-14T10:31:45+02:00") << EventKind::Action
                                    << QStringLiteral("Jonas Weber")
                                    << QStringLiteral("Assigned to Priya Raman by Jonas Weber.")
                                    << tags("assign") << qint64(188);
    QTest::newRow("escalate by timeout: action by PagerDuty")
        << api << 5 << qint64(1776156990000000) << 7200 << QStringLiteral("2026-04-14T10:56:30+02:00")
        << EventKind::Action << QStringLiteral("PagerDuty")
        << QStringLiteral("Escalated to level 2 by timeout.") << tags("escalate") << qint64(239);
    QTest::newRow("annotate: milliseconds kept")
        << api << 6 << qint64(1776157120250000) << 7200 << QStringLiteral("2026-04-14T10:58:40.250+02:00")
        << EventKind::Communication << QStringLiteral("Priya Raman")
        << QStringLiteral(
               "Note added: Backfill of migration 0147 resumed by hand from batch 4,013 (batch size "
               "50,000, lock_timeout 2 s).")
        << tags("annotate") << qint64(289);
    QTest::newRow("resolve: milestone")
        << api << 7 << qint64(1776160682000000) << 7200 << QStringLiteral("2026-04-14T11:58:02+02:00")
        << EventKind::Milestone << QStringLiteral("Jonas Weber") << QStringLiteral("Resolved by Jonas Weber.")
        << tags("resolve") << qint64(332);

    const QString bare = QStringLiteral("log-entries-array.json");
    QTest::newRow("bare array: trigger in UTC")
        << bare << 0 << qint64(1776155190000000) << 0 << QStringLiteral("2026-04-14T08:26:30Z")
        << EventKind::Alert << QStringLiteral("orders-api")
        << QStringLiteral("Triggered through the API: [#4412] orders-api 5xx above 15 % for 10 minutes")
        << tags("trigger") << qint64(2);
    QTest::newRow("bare array: urgency change is an action")
        << bare << 1 << qint64(1776155510000000) << 0 << QStringLiteral("2026-04-14T08:31:50Z")
        << EventKind::Action << QStringLiteral("Jonas Weber")
        << QStringLiteral("Urgency changed from low to high by Jonas Weber.") << tags("urgency_change")
        << qint64(26);
    QTest::newRow("bare array: other types are observations, null agent")
        << bare << 2 << qint64(1776155530000000) << 0 << QStringLiteral("2026-04-14T08:32:10Z")
        << EventKind::Observation << QStringLiteral("PagerDuty")
        << QStringLiteral("Linked to change event: deploy 5534 of orders-api.")
        << QStringList { QStringLiteral("link") } << qint64(45);
}

void TestImportPagerDuty::events()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(qint64, usecs);
    QFETCH(int, offset);
    QFETCH(QString, time);
    QFETCH(EventKind, kind);
    QFETCH(QString, actor);
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QFETCH(qint64, line);

    const QString path = QFINDTESTDATA(QStringLiteral("data/import/pagerduty/") + file);
    QVERIFY(!path.isEmpty());
    const ReadOutcome read = readSource(importer(), path);
    QVERIFY2(read.ok, qPrintable(read.error));
    const QVector<TimelineEvent> events = read.added().events;
    QVERIFY(index < events.size());
    const TimelineEvent &e = events.at(index);
    QCOMPARE(e.time.utcMicroseconds(), usecs);
    QCOMPARE(e.time.offsetSeconds(), offset);
    QCOMPARE(e.time.toRfc3339(), time);
    QVERIFY(!e.end.isValid());
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.actor, actor);
    QVERIFY(!e.person.isValid());
    QCOMPARE(e.text, text);
    QCOMPARE(e.tags, tags);
    QCOMPARE(e.flags, EventFlags());
    QCOMPARE(e.source.type, SourceType::Imported);
    QCOMPARE(e.source.format, QStringLiteral("pagerduty"));
    QCOMPARE(e.source.file, file);
    QCOMPARE(e.source.line, line);
}

void TestImportPagerDuty::wholeFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("events");
    QTest::addColumn<QStringList>("assumptions");
    // The API file repeats the acknowledgement at its end, as overlapping pages give it.
    QTest::newRow("API answer")
        << QStringLiteral("incident-Q1ORD0412ABC.json") << 8
        << QStringList { QStringLiteral(
               "incident-Q1ORD0412ABC.json: 1 log entry that appears twice (same id) was read once") };
    QTest::newRow("bare array") << QStringLiteral("log-entries-array.json") << 3 << QStringList();
}

void TestImportPagerDuty::wholeFile()
{
    QFETCH(QString, file);
    QFETCH(int, events);
    QFETCH(QStringList, assumptions);
    const ReadOutcome read =
        readSource(importer(), QFINDTESTDATA(QStringLiteral("data/import/pagerduty/") + file));
    QVERIFY2(read.ok, qPrintable(read.error));
    QVERIFY(read.error.isEmpty());
    const ImportBatch added = read.added();
    QCOMPARE(added.events.size(), events);
    QCOMPARE(skippedLines(added), QStringList());
    QCOMPARE(added.assumptions, assumptions);
    // Appended after what the batch held: the sentinel is still first.
    QVERIFY(sameEvents(read.batch.events.mid(0, 1), sentinelBatch().events));
}

void TestImportPagerDuty::zoneOption()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.json"));
    QVERIFY(writeFile(path, logEntries(entryWith("created_at", "\"2026-04-14 10:27:15\""))));
    ImportOptions options;
    options.zone = QStringLiteral("Europe/Berlin");
    const ReadOutcome read = readSource(importer(), path, options);
    QVERIFY2(read.ok, qPrintable(read.error));
    const ImportBatch added = read.added();
    QCOMPARE(added.events.size(), 1);
    QCOMPARE(added.events.at(0).time.toRfc3339(), QStringLiteral("2026-04-14T10:27:15+02:00"));
    QCOMPARE(added.assumptions,
        QStringList { QStringLiteral("log.json: times without a zone were read as Europe/Berlin") });
}

void TestImportPagerDuty::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("fatal");
    QTest::addColumn<QStringList>("expected"); ///< the fatal error after "<path>: ", or the skipped records
    QTest::addColumn<int>("events");

    const QByteArray valid = entryWith(nullptr, nullptr);
    const char *notLog = "not PagerDuty log entries: ";
    auto fatal = [&](const char *name, const QByteArray &content, const char *message) {
        QTest::newRow(name) << content << true
                            << QStringList { QLatin1String(notLog) + QLatin1String(message) } << 0;
    };
    auto skipped = [](const char *name, const QByteArray &content, const QStringList &expected, int events) {
        QTest::newRow(name) << content << false << expected << events;
    };
    auto one = [](const char *reason) {
        return QStringList { QStringLiteral("log.json:1: ") + QString::fromUtf8(reason) };
    };

    fatal("empty file", QByteArray(), "line 1: the file is empty");
    fatal("only white space", QByteArray("\n  \n"), "line 3: the file is empty");
    fatal("not JSON", QByteArray("PagerDuty incident #4412"),
        "line 1: expected a JSON object with \"log_entries\"");
    fatal("object without log_entries", QByteArray("{\"incidents\": [], \"limit\": 25}"),
        "line 1: no \"log_entries\" array in the file");
    fatal("log_entries is an object", QByteArray("{\"log_entries\": {\"id\": \"R1\"}}"),
        "line 1: expected an array under \"log_entries\"");
    fatal("truncated before the array", QByteArray("{\"limit\": 25, \"log_entr"),
        "line 1: expected \"key\": value");

    // The line is where the file ends, as a JSON parser would say.
    skipped("truncated inside an entry", logEntries(valid).left(60) + "\n",
        { QStringLiteral("log.json:2: the file ends inside a record") }, 0);
    skipped("truncated after an entry", "{\"log_entries\": [\n" + valid + ",\n" + valid.left(40),
        { QStringLiteral("log.json:3: the file ends inside a record") }, 1);
    skipped("array never closed", "[\n" + valid + "\n",
        { QStringLiteral("log.json:3: the file ends inside the array; expected \"]\"") }, 1);
    skipped("trailing comma", "[\n" + valid + ",\n]",
        { QStringLiteral("log.json:3: expected a record, got \"]\"") }, 1);
    skipped(
        "entry is a number", QByteArray("{\"log_entries\": [42]}"), one("expected a log entry object"), 0);
    skipped("entry is not valid JSON", logEntries("{\"id\": \"R1\", \"summary\" \"Ack\"}"),
        one("not valid JSON (*"), 0);
    skipped("invalid UTF-8", logEntries(entryWith("summary", "\"Acknowledged by Ama\xffra.\"")),
        one("not valid UTF-8"), 0);
    skipped("type is a number", logEntries(entryWith("type", "7")),
        one("\"type\": expected a string such as \"acknowledge_log_entry\""), 0);
    skipped("type missing", logEntries(entryWithout("type")),
        one("\"type\": expected a string such as \"acknowledge_log_entry\""), 0);
    skipped("summary missing", logEntries(entryWithout("summary")),
        one("\"summary\": expected a non-empty string"), 0);
    skipped("summary empty", logEntries(entryWith("summary", "\"  \"")),
        one("\"summary\": expected a non-empty string"), 0);
    skipped("created_at missing", logEntries(entryWithout("created_at")),
        one("\"created_at\": expected an ISO 8601 timestamp such as \"2026-04-14T08:26:30Z\""), 0);
    skipped("created_at is a number", logEntries(entryWith("created_at", "1776155235")),
        one("\"created_at\": expected an ISO 8601 timestamp such as \"2026-04-14T08:26:30Z\""), 0);
    skipped("created_at is not a timestamp", logEntries(entryWith("created_at", "\"yesterday\"")),
        one("\"created_at\": expected an ISO 8601 timestamp, got \"yesterday\""), 0);
    skipped("created_at on the 31st of April",
        logEntries(entryWith("created_at", "\"2026-04-31T10:27:15Z\"")),
        one("\"created_at\": expected an ISO 8601 timestamp, got \"2026-04-31T10:27:15Z\""), 0);
    skipped("created_at without a zone", logEntries(entryWith("created_at", "\"2026-04-14T10:27:15\"")),
        one("\"created_at\": \"2026-04-14T10:27:15\" has no zone; give one with --zone"), 0);
    skipped("agent is a string", logEntries(entryWith("agent", "\"Amara Okafor\"")),
        one("\"agent\": expected an object"), 0);
    skipped("service is an array", logEntries(entryWith("service", "[\"orders-api\"]")),
        one("\"service\": expected an object"), 0);
    // One bad entry among good ones: only it is left out, on its own line.
    skipped("one bad entry among good ones",
        "{\"log_entries\": [\n" + valid + ",\n" + entryWith("created_at", "\"noon\"") + ",\n" +
            entryWith("id", "\"R0ACKN04\"") + "\n]}",
        { QStringLiteral("log.json:3: \"created_at\": expected an ISO 8601 timestamp, got \"noon\"") }, 2);
}

void TestImportPagerDuty::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, fatal);
    QFETCH(QStringList, expected);
    QFETCH(int, events);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.json"));
    QVERIFY(writeFile(path, content));
    const ReadOutcome read = readSource(importer(), path);
    if (fatal) {
        QVERIFY(!read.ok);
        QCOMPARE(read.error, path + QStringLiteral(": ") + expected.value(0));
        QVERIFY(sameBatch(read.batch, sentinelBatch()));
        return;
    }
    QVERIFY2(read.ok, qPrintable(read.error));
    const ImportBatch added = read.added();
    QVERIFY2(
        linesMatch(skippedLines(added), expected), qPrintable(skippedLines(added).join(QLatin1Char('\n'))));
    QCOMPARE(added.events.size(), events);
}

void TestImportPagerDuty::missingFile()
{
    const QString path = QStringLiteral("/nonexistent/incident.json");
    const ReadOutcome read = readSource(importer(), path);
    QVERIFY(!read.ok);
    QVERIFY2(read.error.startsWith(path + QStringLiteral(": cannot open: ")), qPrintable(read.error));
    QVERIFY(sameBatch(read.batch, sentinelBatch()));
}

void TestImportPagerDuty::progressAndCancel()
{
    // About 600 KiB of entries: progress comes in steps, and a cancel lands in the middle.
    QByteArray entries;
    for (int i = 0; i < 3000; ++i) {
        if (i > 0)
            entries += ",\n";
        entries += entryWith("id", QByteArray(QByteArray("\"R") + QByteArray::number(i) + "\"").constData());
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QVERIFY(writeFile(path, logEntries(entries)));
    const qint64 size = QFileInfo(path).size();

    QVector<QPair<qint64, qint64>> reports;
    ImportProgress progress;
    progress.onProgress = [&](qint64 done, qint64 total) {
        reports.append({ done, total });
    };
    ImportBatch batch = sentinelBatch();
    QString error;
    QVERIFY2(importer().read(path, {}, batch, progress, &error), qPrintable(error));
    QCOMPARE(batch.events.size(), 3001);
    QVERIFY(reports.size() > 2);
    for (int i = 1; i < reports.size(); ++i) {
        QVERIFY(reports.at(i).first >= reports.at(i - 1).first);
        QCOMPARE(reports.at(i).second, size);
    }
    QCOMPARE(reports.last(), qMakePair(size, size));

    // Canceled at the first report: read() fails and the batch is as it was.
    ImportProgress canceling;
    canceling.onProgress = [&](qint64, qint64) {
        canceling.canceled = true;
    };
    batch = sentinelBatch();
    QVERIFY(!importer().read(path, {}, batch, canceling, &error));
    QCOMPARE(error, path + QStringLiteral(": import canceled"));
    QVERIFY(sameBatch(batch, sentinelBatch()));

    // Canceled before it starts.
    ImportProgress canceled;
    canceled.canceled = true;
    QVERIFY(!importer().read(path, {}, batch, canceled, &error));
    QVERIFY(sameBatch(batch, sentinelBatch()));
}

QTEST_GUILESS_MAIN(TestImportPagerDuty)
#include "tst_import_pagerduty.moc"
