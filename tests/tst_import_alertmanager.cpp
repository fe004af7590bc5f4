// SPDX-License-Identifier: GPL-3.0-or-later
// The Alertmanager importer on the sample incident's notifications (data/import/alertmanager/) in
// the three shapes a file can have (one webhook, an array of them, JSON Lines), on repeated
// deliveries of the same alert, and on broken files: every malformed row either skips one record
// with its reason or, when the file as a whole is unusable, fails with the batch left as it was.
#include "import/importers.h"
#include "importtesting.h"

#include <QTemporaryDir>
#include <QTest>

using namespace causeway;
using namespace causeway::testing;

namespace {

const Importer &importer()
{
    const Importer *found = importerNamed(QStringLiteral("alertmanager"));
    Q_ASSERT(found);
    return *found;
}

/// One alert as compact JSON; each argument is raw JSON, or null to leave the field out.
QByteArray alert(const char *status = "\"firing\"",
    const char *labels = "{\"alertname\": \"OrdersApiHighErrorRate\", \"service\": \"orders-api\", "
                         "\"job\": \"orders-api\", \"severity\": \"critical\"}",
    const char *startsAt = "\"2026-04-14T08:26:30.117Z\"", const char *endsAt = "\"0001-01-01T00:00:00Z\"",
    const char *annotations = "{\"summary\": \"orders-api 5xx above 15 % for 10 minutes\"}",
    const char *fingerprint = "\"1a30ba71cca2921f\"")
{
    QByteArrayList fields;
    const auto add = [&](const char *key, const char *json) {
        if (json)
            fields << QByteArray("\"") + key + "\": " + json;
    };
    add("status", status);
    add("labels", labels);
    add("annotations", annotations);
    add("startsAt", startsAt);
    add("endsAt", endsAt);
    add("fingerprint", fingerprint);
    return "{" + fields.join(", ") + "}";
}

/// A webhook notification on one line, holding \a alerts (a comma-separated list).
QByteArray webhook(const QByteArray &alerts, const char *status = "firing")
{
    return QByteArray("{\"receiver\": \"orders-alerts\", \"status\": \"") + status + "\", \"alerts\": [" +
        alerts +
        "], \"groupLabels\": {\"namespace\": \"orders\"}, \"externalURL\": "
        "\"https://alertmanager.example.com\", \"version\": \"4\", \"groupKey\": "
        "\"{}:{namespace=\\\"orders\\\"}\"}";
}

/// The same webhook pretty-printed the way `jq .` leaves it: the alerts start on line 4, 5, ...
QByteArray prettyWebhook(const QByteArrayList &alerts)
{
    return "{\n  \"receiver\": \"orders-alerts\",\n  \"alerts\": [\n    " + alerts.join(",\n    ") +
        "\n  ],\n  \"version\": \"4\"\n}\n";
}

} // namespace

class TestImportAlertmanager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registered();
    void events_data();
    void events();
    void wholeFile_data();
    void wholeFile();
    void offsetsKept();
    void malformed_data();
    void malformed();
    void missingFile();
    void progressAndCancel_data();
    void progressAndCancel();
};

void TestImportAlertmanager::registered()
{
    QCOMPARE(importer().name(), QStringLiteral("alertmanager"));
    QVERIFY(!importer().description().isEmpty());
    QVERIFY(importer().filePatterns().contains(QStringLiteral("*.json")));
}

void TestImportAlertmanager::events_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("usecs");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<qint64>("line");

    const QString probeText = QStringLiteral("ProbeFailure on https://shop.example.com/account/orders — "
                                             "Probe of the order history page failed (HTTP 500)");
    const QString errorsText =
        QStringLiteral("OrdersApiHighErrorRate on orders-api — orders-api 5xx above 15 % for 10 minutes");
    const QStringList probeTags { QStringLiteral("ProbeFailure"), QStringLiteral("warning") };
    const QStringList errorsTags { QStringLiteral("OrdersApiHighErrorRate"), QStringLiteral("critical") };
    const QString blackbox = QStringLiteral("blackbox");
    const QString ordersApi = QStringLiteral("orders-api");
    const QString firing = QStringLiteral("firing: ");
    const QString resolved = QStringLiteral("resolved: ");

    // One webhook, pretty-printed: each alert on the line its object starts on.
    const QString one = QStringLiteral("webhook-firing.json");
    QTest::newRow("one webhook: probe, nanoseconds cut to microseconds")
        << one << 0 << qint64(1776154445482913) << QStringLiteral("2026-04-14T08:14:05.482913Z") << blackbox
        << firing + probeText << probeTags << qint64(5);
    QTest::newRow("one webhook: error rate, service label as target")
        << one << 1 << qint64(1776155190117000) << QStringLiteral("2026-04-14T08:26:30.117Z") << ordersApi
        << firing + errorsText << errorsTags << qint64(21);

    // JSON Lines: the warning of the day before, the page, its repeat (left out), the resolution.
    const QString lines = QStringLiteral("notifications.jsonl");
    QTest::newRow("lines: warning the day before, still firing")
        << lines << 0 << qint64(1776097200000000) << QStringLiteral("2026-04-13T16:20:00Z")
        << QStringLiteral("postgres-exporter")
        << QStringLiteral(
               "firing: OrdersDbLatencyHigh on orders-db — orders-db p95 query latency 38 ms for 15 "
               "minutes (threshold 25 ms)")
        << QStringList { QStringLiteral("OrdersDbLatencyHigh"), QStringLiteral("warning") } << qint64(1);
    QTest::newRow("lines: probe fires")
        << lines << 1 << qint64(1776154445482913) << QStringLiteral("2026-04-14T08:14:05.482913Z") << blackbox
        << firing + probeText << probeTags << qint64(2);
    QTest::newRow("lines: error rate fires")
        << lines << 2 << qint64(1776155190117000) << QStringLiteral("2026-04-14T08:26:30.117Z") << ordersApi
        << firing + errorsText << errorsTags << qint64(2);
    QTest::newRow("lines: probe resolved at endsAt")
        << lines << 3 << qint64(1776156640482913) << QStringLiteral("2026-04-14T08:50:40.482913Z") << blackbox
        << resolved + probeText << probeTags << qint64(4);
    QTest::newRow("lines: error rate resolved at endsAt")
        << lines << 4 << qint64(1776156690117000) << QStringLiteral("2026-04-14T08:51:30.117Z") << ordersApi
        << resolved + errorsText << errorsTags << qint64(4);

    // An array of pretty-printed webhooks: lines count from the file, not from the webhook.
    const QString array = QStringLiteral("notifications-array.json");
    QTest::newRow("array: probe fires")
        << array << 0 << qint64(1776154445482913) << QStringLiteral("2026-04-14T08:14:05.482913Z") << blackbox
        << firing + probeText << probeTags << qint64(6);
    QTest::newRow("array: error rate fires")
        << array << 1 << qint64(1776155190117000) << QStringLiteral("2026-04-14T08:26:30.117Z") << ordersApi
        << firing + errorsText << errorsTags << qint64(22);
    QTest::newRow("array: probe resolved")
        << array << 2 << qint64(1776156640482913) << QStringLiteral("2026-04-14T08:50:40.482913Z") << blackbox
        << resolved + probeText << probeTags << qint64(55);
    QTest::newRow("array: error rate resolved")
        << array << 3 << qint64(1776156690117000) << QStringLiteral("2026-04-14T08:51:30.117Z") << ordersApi
        << resolved + errorsText << errorsTags << qint64(71);
}

void TestImportAlertmanager::events()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(qint64, usecs);
    QFETCH(QString, time);
    QFETCH(QString, actor);
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QFETCH(qint64, line);

    const QString path = QFINDTESTDATA(QStringLiteral("data/import/alertmanager/") + file);
    QVERIFY(!path.isEmpty());
    const ReadOutcome read = readSource(importer(), path);
    QVERIFY2(read.ok, qPrintable(read.error));
    const QVector<TimelineEvent> events = read.added().events;
    QVERIFY(index < events.size());
    const TimelineEvent &e = events.at(index);
    QCOMPARE(e.time.utcMicroseconds(), usecs);
    QCOMPARE(e.time.offsetSeconds(), 0);
    QCOMPARE(e.time.toRfc3339(), time);
    QVERIFY(!e.end.isValid());
    QCOMPARE(e.kind, EventKind::Alert);
    QCOMPARE(e.actor, actor);
    QCOMPARE(e.text, text);
    QCOMPARE(e.tags, tags);
    QCOMPARE(e.flags, EventFlags());
    QCOMPARE(e.source.type, SourceType::Imported);
    QCOMPARE(e.source.format, QStringLiteral("alertmanager"));
    QCOMPARE(e.source.file, file);
    QCOMPARE(e.source.line, line);
}

void TestImportAlertmanager::wholeFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("events");
    QTest::addColumn<QStringList>("assumptions");
    QTest::newRow("one webhook") << QStringLiteral("webhook-firing.json") << 2 << QStringList();
    // Line 3 repeats line 2 (Alertmanager's repeat_interval): its two alerts are left out.
    QTest::newRow("JSON Lines")
        << QStringLiteral("notifications.jsonl") << 5
        << QStringList { QStringLiteral(
               "notifications.jsonl: 2 repeated notifications of an alert already read were "
               "left out") };
    QTest::newRow("array") << QStringLiteral("notifications-array.json") << 4 << QStringList();
}

void TestImportAlertmanager::wholeFile()
{
    QFETCH(QString, file);
    QFETCH(int, events);
    QFETCH(QStringList, assumptions);
    const ReadOutcome read =
        readSource(importer(), QFINDTESTDATA(QStringLiteral("data/import/alertmanager/") + file));
    QVERIFY2(read.ok, qPrintable(read.error));
    const ImportBatch added = read.added();
    QCOMPARE(added.events.size(), events);
    QCOMPARE(skippedLines(added), QStringList());
    QCOMPARE(added.assumptions, assumptions);
}

void TestImportAlertmanager::offsetsKept()
{
    // Some setups write local times; the offset is the source's and stays.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alerts.json"));
    QVERIFY(writeFile(path,
        webhook(alert("\"resolved\"", "{\"alertname\": \"OrdersApiHighErrorRate\"}",
            "\"2026-04-14T10:26:30.117+02:00\"", "\"2026-04-14T10:51:30.117+02:00\""))));
    const ReadOutcome read = readSource(importer(), path);
    QVERIFY2(read.ok, qPrintable(read.error));
    const ImportBatch added = read.added();
    QCOMPARE(skippedLines(added), QStringList());
    QCOMPARE(added.events.size(), 2);
    QCOMPARE(added.events.at(0).time.toRfc3339(), QStringLiteral("2026-04-14T10:26:30.117+02:00"));
    QCOMPARE(added.events.at(0).time.offsetSeconds(), 7200);
    QCOMPARE(added.events.at(1).time.toRfc3339(), QStringLiteral("2026-04-14T10:51:30.117+02:00"));
    // No job, no instance: Alertmanager is the actor; no service: no " on ...".
    QCOMPARE(added.events.at(1).actor, QStringLiteral("Alertmanager"));
    QCOMPARE(added.events.at(1).text,
        QStringLiteral("resolved: OrdersApiHighErrorRate — orders-api 5xx above 15 % for 10 minutes"));
    QCOMPARE(added.events.at(1).tags, QStringList { QStringLiteral("OrdersApiHighErrorRate") });
}

void TestImportAlertmanager::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("fatal");
    QTest::addColumn<QStringList>("expected"); ///< the fatal error after "<path>: ", or the skipped records
    QTest::addColumn<int>("events");

    auto fatal = [](const char *name, const QByteArray &content, const QString &message) {
        QTest::newRow(name) << content << true << QStringList { message } << 0;
    };
    auto skipped = [](const char *name, const QByteArray &content, const QStringList &expected, int events) {
        QTest::newRow(name) << content << false << expected << events;
    };
    auto one = [](const char *reason) {
        return QStringList { QStringLiteral("alerts.json:1: ") + QString::fromUtf8(reason) };
    };
    const QByteArray good = alert();
    const QByteArray probe = alert("\"firing\"",
        "{\"alertname\": \"ProbeFailure\", \"instance\": \"https://shop.example.com/account/orders\", "
        "\"job\": "
        "\"blackbox\", \"severity\": \"warning\"}",
        "\"2026-04-14T08:14:05.482913Z\"", "\"0001-01-01T00:00:00Z\"", "{}", "\"b7e3f0c4d2a19e58\"");

    fatal("empty file", QByteArray(), QStringLiteral("the file is empty"));
    fatal("only white space", QByteArray(" \n\t\n"), QStringLiteral("the file is empty"));
    fatal("not JSON", QByteArray("level=info msg=\"Notify success\" receiver=orders-alerts"),
        QStringLiteral(
            "not Alertmanager webhooks: expected a JSON object, an array of them, or one per line (JSON "
            "Lines)"));
    fatal("object without alerts",
        QByteArray("{\n  \"receiver\": \"orders-alerts\",\n  \"status\": \"firing\"\n}\n"),
        QStringLiteral("not an Alertmanager webhook: line 4: no \"alerts\" array in the file"));
    fatal("alerts is an object", QByteArray("{\n  \"alerts\": {\n    \"status\": \"firing\"\n  }\n}\n"),
        QStringLiteral("not an Alertmanager webhook: line 2: expected an array under \"alerts\""));
    fatal("truncated before the alerts", QByteArray("{\n  \"receiver\": \"orders-al"),
        QStringLiteral(
            "not an Alertmanager webhook: line 2: the file ends inside the value of \"receiver\""));

    skipped("truncated inside an alert", prettyWebhook({ probe, good }).left(400),
        { QStringLiteral("alerts.json:5: the file ends inside a record") }, 1);
    skipped("array: a webhook is a number", QByteArray("[42]"), one("expected a webhook object"), 0);
    skipped("array: a webhook without alerts",
        QByteArray("[\n{\"receiver\": \"orders-alerts\"},\n") + webhook(good) + "]",
        { QStringLiteral("alerts.json:2: not an Alertmanager webhook: no \"alerts\" array") }, 1);
    skipped("JSON Lines: a broken line among good ones",
        webhook(probe) + "\n" + webhook(good).left(80) + "\n" + webhook(good) + "\n",
        { QStringLiteral("alerts.json:2: not valid JSON (*") }, 2);
    skipped("JSON Lines: invalid UTF-8",
        webhook(good).replace("orders-api 5xx", "orders-api \xff") + "\n" + webhook(probe),
        one("not valid UTF-8"), 1);
    skipped("alert is a string", webhook("\"OrdersApiHighErrorRate\""), one("expected an alert object"), 0);
    skipped("status pending", webhook(alert("\"pending\"")),
        one("\"status\": expected \"firing\" or \"resolved\""), 0);
    skipped(
        "status missing", webhook(alert(nullptr)), one("\"status\": expected \"firing\" or \"resolved\""), 0);
    skipped("labels is an array", webhook(alert("\"firing\"", "[\"OrdersApiHighErrorRate\"]")),
        one("\"labels\": expected an object of label names and values"), 0);
    skipped("labels without alertname", webhook(alert("\"firing\"", "{\"severity\": \"critical\"}")),
        one("\"labels\": no \"alertname\""), 0);
    skipped("annotations is a string",
        webhook(
            alert("\"firing\"", "{\"alertname\": \"X\"}", "\"2026-04-14T08:26:30Z\"", nullptr, "\"5xx\"")),
        one("\"annotations\": expected an object"), 0);
    skipped("startsAt missing", webhook(alert("\"firing\"", "{\"alertname\": \"X\"}", nullptr)),
        one("\"startsAt\": expected an ISO 8601 timestamp such as \"2026-04-14T08:26:30Z\""), 0);
    skipped("startsAt is not a timestamp", webhook(alert("\"firing\"", "{\"alertname\": \"X\"}", "\"soon\"")),
        one("\"startsAt\": expected an ISO 8601 timestamp, got \"soon\""), 0);
    skipped("startsAt without a zone",
        webhook(alert("\"firing\"", "{\"alertname\": \"X\"}", "\"2026-04-14T08:26:30.117\"")),
        one("\"startsAt\": \"2026-04-14T08:26:30.117\" has no zone; give one with --zone"), 0);
    skipped("resolved with a bad endsAt",
        webhook(alert("\"resolved\"", "{\"alertname\": \"X\"}", "\"2026-04-14T08:26:30Z\"", "\"never\"")),
        one("\"endsAt\": expected an ISO 8601 timestamp, got \"never\""), 0);
    // Edge cases that are not errors.
    skipped("resolved with the zero endsAt: firing only",
        webhook(alert("\"resolved\"", "{\"alertname\": \"X\"}", "\"2026-04-14T08:26:30Z\"")), {}, 1);
    skipped("no fingerprint: the labels tell repeats apart",
        webhook(alert("\"firing\"", "{\"alertname\": \"X\", \"a\": \"1\"}", "\"2026-04-14T08:26:30Z\"",
                    "\"0001-01-01T00:00:00Z\"", "{}", nullptr) +
            ", " +
            alert("\"firing\"", "{\"a\": \"1\", \"alertname\": \"X\"}", "\"2026-04-14T08:26:30Z\"",
                "\"0001-01-01T00:00:00Z\"", "{}", nullptr) +
            ", " +
            alert("\"firing\"", "{\"alertname\": \"X\", \"a\": \"2\"}", "\"2026-04-14T08:26:30Z\"",
                "\"0001-01-01T00:00:00Z\"", "{}", nullptr)),
        {}, 2);
    skipped("fired again later: a new event",
        webhook(good + ", " + alert().replace("08:26:30.117Z", "09:40:00Z")), {}, 2);
}

void TestImportAlertmanager::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, fatal);
    QFETCH(QStringList, expected);
    QFETCH(int, events);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alerts.json"));
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

void TestImportAlertmanager::missingFile()
{
    const QString path = QStringLiteral("/nonexistent/alerts.json");
    const ReadOutcome read = readSource(importer(), path);
    QVERIFY(!read.ok);
    QVERIFY2(read.error.startsWith(path + QStringLiteral(": cannot open: ")), qPrintable(read.error));
    QVERIFY(sameBatch(read.batch, sentinelBatch()));
}

void TestImportAlertmanager::progressAndCancel_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("events");
    // 1500 alerts, each its own (fingerprint), in each of the three shapes: over 64 KiB each.
    QByteArrayList alerts;
    for (int i = 0; i < 1500; ++i)
        alerts << alert().replace("1a30ba71cca2921f", QByteArray::number(i, 16));
    QByteArray lines;
    QByteArrayList webhooks;
    for (int i = 0; i < alerts.size(); i += 10) {
        const QByteArray w = webhook(alerts.mid(i, 10).join(", "));
        lines += w + "\n";
        webhooks << w;
    }
    QTest::newRow("one webhook") << prettyWebhook(alerts) << 1500;
    QTest::newRow("array") << "[\n" + webhooks.join(",\n") + "\n]\n" << 1500;
    QTest::newRow("JSON Lines") << lines << 1500;
}

void TestImportAlertmanager::progressAndCancel()
{
    QFETCH(QByteArray, content);
    QFETCH(int, events);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QVERIFY(writeFile(path, content));
    const qint64 size = content.size();

    QVector<QPair<qint64, qint64>> reports;
    ImportProgress progress;
    progress.onProgress = [&](qint64 done, qint64 total) {
        reports.append({ done, total });
    };
    ImportBatch batch = sentinelBatch();
    QString error;
    QVERIFY2(importer().read(path, {}, batch, progress, &error), qPrintable(error));
    QCOMPARE(batch.events.size(), 1 + events);
    QVERIFY(reports.size() > 2);
    for (int i = 1; i < reports.size(); ++i)
        QVERIFY(reports.at(i).first >= reports.at(i - 1).first);
    QCOMPARE(reports.last(), qMakePair(size, size));

    ImportProgress canceling;
    canceling.onProgress = [&](qint64, qint64) {
        canceling.canceled = true;
    };
    batch = sentinelBatch();
    QVERIFY(!importer().read(path, {}, batch, canceling, &error));
    QCOMPARE(error, path + QStringLiteral(": import canceled"));
    QVERIFY(sameBatch(batch, sentinelBatch()));
}

QTEST_GUILESS_MAIN(TestImportAlertmanager)
#include "tst_import_alertmanager.moc"
