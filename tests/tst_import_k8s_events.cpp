// SPDX-License-Identifier: GPL-3.0-or-later
// The Kubernetes events importer on `kubectl get events -o json`: every field of realistic exports
// of the sample incident (core/v1 Events in a List, the events.k8s.io/v1 shape, one Event alone),
// bad items skipped with the line they start on, whole files refused without touching the batch,
// progress and cancel, and that importing the same export twice adds nothing the second time.
#include "document.h"
#include "import/importers.h"
#include "import/importplan.h"
#include "import/k8seventsimporter.h"
#include "importtesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <utility>

using namespace causeway;
using namespace causeway::testing;

namespace {

/// The migration job's deadline, as one line of JSON: the base that malformed rows change.
QJsonObject deadlineEvent()
{
    const char json[] =
        R"({"apiVersion":"v1","kind":"Event","type":"Warning","reason":"DeadlineExceeded",)"
        R"("message":"Job was active longer than specified deadline","count":1,)"
        R"("involvedObject":{"apiVersion":"batch/v1","kind":"Job","name":"orders-migrate-0147",)"
        R"("namespace":"shop"},"firstTimestamp":"2026-04-14T08:12:13Z",)"
        R"("lastTimestamp":"2026-04-14T08:12:13Z","eventTime":null,)"
        R"("source":{"component":"job-controller"},"reportingComponent":"job-controller",)"
        R"("metadata":{"name":"orders-migrate-0147.18a5d1d0e1c3a8f5","namespace":"shop",)"
        R"("creationTimestamp":"2026-04-14T08:12:13Z"}})";
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

/**
 * deadlineEvent() with changes, as compact JSON: each pair sets a member (a path of keys joined by
 * '.') to a JSON value, or removes it when the value is empty.
 */
QByteArray eventWith(std::initializer_list<std::pair<const char *, const char *>> changes)
{
    QJsonObject event = deadlineEvent();
    for (const auto &change : changes) {
        const QStringList path = QString::fromUtf8(change.first).split(QLatin1Char('.'));
        const QByteArray value(change.second);
        QJsonObject inner = path.size() > 1 ? event.value(path.first()).toObject() : event;
        if (value.isEmpty()) {
            inner.remove(path.last());
        } else {
            const QJsonDocument wrapped = QJsonDocument::fromJson('[' + value + ']');
            Q_ASSERT_X(wrapped.isArray(), "eventWith", change.second);
            inner.insert(path.last(), wrapped.array().at(0));
        }
        if (path.size() > 1)
            event.insert(path.first(), inner);
        else
            event = inner;
    }
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

const QByteArray Good = eventWith({});

/// A List as kubectl writes it, one item per line: item i is on line i + 2.
QByteArray list(std::initializer_list<QByteArray> items)
{
    QByteArray bytes = "{\"apiVersion\": \"v1\", \"items\": [\n";
    int i = 0;
    for (const QByteArray &item : items)
        bytes += item + (++i < int(items.size()) ? ",\n" : "\n");
    return bytes + "], \"kind\": \"List\", \"metadata\": {\"resourceVersion\": \"\"}}\n";
}

} // namespace

class TestImportK8sEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void isRegistered();
    void samples_data();
    void samples();
    void samplesAsAWhole_data();
    void samplesAsAWhole();
    void malformed_data();
    void malformed();
    void truncatedSample();
    void missingFileIsFatal();
    void progressIsReported();
    void cancelBeforeTheFirstItem();
    void cancelHalfway();
    void importingTwiceAddsNothing();

private:
    ImportBatch readOk(const QString &path);
    QTemporaryDir m_dir;
    std::unique_ptr<Importer> m_importer;
};

void TestImportK8sEvents::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_importer = makeK8sEventsImporter();
}

ImportBatch TestImportK8sEvents::readOk(const QString &path)
{
    ImportBatch batch;
    QString error;
    const ImportProgress progress;
    const bool ok = m_importer->read(path, ImportOptions(), batch, progress, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok ? batch : ImportBatch();
}

void TestImportK8sEvents::isRegistered()
{
    const Importer *importer = importerNamed(QStringLiteral("k8s-events"));
    QVERIFY(importer);
    QCOMPARE(importer->description(), QStringLiteral("Kubernetes events (kubectl get events -o json)"));
    QCOMPARE(importer->filePatterns(), QStringList { QStringLiteral("*.json") });
}

void TestImportK8sEvents::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("microseconds");
    QTest::addColumn<qint64>("endMicroseconds"); ///< -1: no end
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("tags");

    const int observation = int(EventKind::Observation);
    const int alert = int(EventKind::Alert);
    auto row = [](const char *name, const char *file, int index, qint64 line, qint64 microseconds,
                   qint64 endMicroseconds, const QString &text, const char *actor, int kind,
                   const QStringList &tags) {
        QTest::newRow(name) << QString::fromUtf8(file) << index << line << microseconds << endMicroseconds
                            << text << QString::fromUtf8(actor) << kind << tags;
    };
    auto tags = [](const char *reason, const char *kind) {
        return QStringList { QStringLiteral("shop"), QString::fromUtf8(reason), QString::fromUtf8(kind) };
    };
    const char *list = "events-shop.json";
    // Items in the order the API server lists them (by name), not by time.
    row("container started", list, 0, 4, 1776154339000000, -1,
        QStringLiteral("Started: Pod/orders-api-7d9f8c6b5-x2kqp: Started container orders-api"),
        "kubelet@k8s-node-7", observation, tags("Started", "Pod"));
    row("repeated warning has an end and a count", list, 1, 37, 1776154340000000, 1776154350000000,
        QStringLiteral(
            "Unhealthy: Pod/orders-api-7d9f8c6b5-x2kqp: Readiness probe failed: Get "
            "\"http://10.42.7.31:8080/health/ready\": dial tcp 10.42.7.31:8080: connect: connection "
            "refused (\u00d73)"),
        "kubelet@k8s-node-7", alert, tags("Unhealthy", "Pod"));
    row("time from metadata.creationTimestamp", list, 2, 70, 1776153733000000, -1,
        QStringLiteral(
            "DeployStarted: Deployment/orders-api: Deploy 5534 of release 2026.04.14-2 started by the "
            "pipeline; pre-start step runs migration 0147"),
        "deploy-pipeline", observation, tags("DeployStarted", "Deployment"));
    row("controller without a host", list, 3, 101, 1776154334000000, -1,
        QStringLiteral(
            "ScalingReplicaSet: Deployment/orders-api: Scaled up replica set orders-api-7d9f8c6b5 to 6 "
            "from 0"),
        "deployment-controller", observation, tags("ScalingReplicaSet", "Deployment"));
    row("eventTime with microseconds, actor from reportingComponent", list, 4, 132, 1776153733562311, -1,
        QStringLiteral("Scheduled: Pod/orders-migrate-0147-5x8tq: Successfully assigned "
                       "shop/orders-migrate-0147-5x8tq to k8s-node-3"),
        "default-scheduler", observation, tags("Scheduled", "Pod"));
    row("container stopped", list, 5, 161, 1776154333000000, -1,
        QStringLiteral("Killing: Pod/orders-migrate-0147-5x8tq: Stopping container migrate"),
        "kubelet@k8s-node-3", observation, tags("Killing", "Pod"));
    row("job created its pod", list, 6, 194, 1776153733000000, -1,
        QStringLiteral("SuccessfulCreate: Job/orders-migrate-0147: Created pod: orders-migrate-0147-5x8tq"),
        "job-controller", observation, tags("SuccessfulCreate", "Job"));
    row("job deadline is an alert", list, 7, 225, 1776154333000000, -1,
        QStringLiteral(
            "DeadlineExceeded: Job/orders-migrate-0147: Job was active longer than specified deadline"),
        "job-controller", alert, tags("DeadlineExceeded", "Job"));

    const char *v1 = "events-v1-shop.json";
    row("events.k8s.io: series", v1, 0, 4, 1776154340113402, 1776154349108817,
        QStringLiteral(
            "Unhealthy: Pod/orders-api-7d9f8c6b5-m4zrt: Readiness probe failed: HTTP probe failed with "
            "statuscode: 503 (\u00d74)"),
        "kubelet@k8s-node-4", alert, tags("Unhealthy", "Pod"));
    row("events.k8s.io: deprecated fields", v1, 1, 42, 1776154333000000, -1,
        QStringLiteral(
            "DeadlineExceeded: Job/orders-migrate-0147: Job was active longer than specified deadline"),
        "job-controller", alert, tags("DeadlineExceeded", "Job"));

    row("one Event alone", "event-deadline.json", 0, 1, 1776154333000000, -1,
        QStringLiteral(
            "DeadlineExceeded: Job/orders-migrate-0147: Job was active longer than specified deadline"),
        "job-controller", alert, tags("DeadlineExceeded", "Job"));
}

void TestImportK8sEvents::samples()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(qint64, line);
    QFETCH(qint64, microseconds);
    QFETCH(qint64, endMicroseconds);
    QFETCH(QString, text);
    QFETCH(QString, actor);
    QFETCH(int, kind);
    QFETCH(QStringList, tags);

    const ImportBatch batch = readOk(QFINDTESTDATA(QStringLiteral("data/import/k8s-events/") + file));
    QVERIFY(index < batch.events.size());
    const TimelineEvent &e = batch.events.at(index);
    QCOMPARE(e.time.utcMicroseconds(), microseconds);
    QCOMPARE(e.time.offsetSeconds(), 0);
    if (endMicroseconds < 0) {
        QVERIFY(!e.end.isValid());
    } else {
        QVERIFY(e.end.isValid());
        QCOMPARE(e.end.utcMicroseconds(), endMicroseconds);
        QCOMPARE(e.end.offsetSeconds(), 0);
    }
    QCOMPARE(e.text, text);
    QCOMPARE(e.actor, actor);
    QVERIFY(!e.person.isValid());
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.tags, tags);
    QCOMPARE(int(e.flags), 0);
    QCOMPARE(e.source.type, SourceType::Imported);
    QCOMPARE(e.source.format, QStringLiteral("k8s-events"));
    QCOMPARE(e.source.file, file);
    QCOMPARE(e.source.line, line);
    QVERIFY(e.note.isEmpty());
}

void TestImportK8sEvents::samplesAsAWhole_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("events");
    QTest::newRow("List of core/v1 Events") << QStringLiteral("events-shop.json") << 8;
    QTest::newRow("List of events.k8s.io/v1 Events") << QStringLiteral("events-v1-shop.json") << 2;
    QTest::newRow("one Event") << QStringLiteral("event-deadline.json") << 1;
}

void TestImportK8sEvents::samplesAsAWhole()
{
    QFETCH(QString, file);
    QFETCH(int, events);
    const ImportBatch batch = readOk(QFINDTESTDATA(QStringLiteral("data/import/k8s-events/") + file));
    QCOMPARE(batch.events.size(), events);
    QVERIFY2(batch.skipped.isEmpty(), qPrintable(describeBatch(batch).join(QLatin1Char('\n'))));
    QVERIFY(batch.assumptions.isEmpty());
}

void TestImportK8sEvents::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fatal"); ///< the whole error, "%1" for the path; empty when not fatal
    QTest::addColumn<QStringList>("skipped"); ///< file:line: reason
    QTest::addColumn<int>("events");

    auto fatal = [](const char *name, const QByteArray &content, const QString &error) {
        QTest::newRow(name) << content << error << QStringList() << 0;
    };
    // The bad item is always the first, on line 2, followed by a good one.
    auto badItem = [](const char *name, const QByteArray &item, const char *reason) {
        QTest::newRow(name) << list({ item, Good }) << QString()
                            << QStringList { QStringLiteral("input.json:2: ") + QString::fromUtf8(reason) }
                            << 1;
    };
    auto harmless = [](const char *name, const QByteArray &content, int events) {
        QTest::newRow(name) << content << QString() << QStringList() << events;
    };
    const QString notEvents = QStringLiteral("%1: not the output of kubectl get events -o json: ");

    // Not events from kubectl at all: refused as a whole.
    fatal("empty file", QByteArray(),
        QStringLiteral("%1: the file is empty; expected the output of kubectl get events -o json"));
    fatal("only white space", " \n\t\n",
        QStringLiteral("%1: the file is empty; expected the output of kubectl get events -o json"));
    fatal("kubectl's table instead of JSON",
        "LAST SEEN   TYPE      REASON             OBJECT                    MESSAGE\n"
        "52m         Warning   DeadlineExceeded   job/orders-migrate-0147   Job was active longer than "
        "specified "
        "deadline\n",
        QStringLiteral(
            "%1: not valid JSON (illegal value at line 1); expected the output of kubectl get events -o "
            "json"));
    fatal("a JSON array of events", '[' + Good + "]\n",
        notEvents + QStringLiteral("expected a List object with \"items\", got an array"));
    fatal("kubectl get pods -o json",
        list({ R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"orders-api-7d9f8c6b5-x2kqp"}})",
            R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"orders-api-7d9f8c6b5-m4zrt"}})" }),
        notEvents + QStringLiteral("the items are not Events (the first is kind \"Pod\")"));
    fatal("one Pod", R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"orders-api-7d9f8c6b5-x2kqp"}})",
        notEvents + QStringLiteral("expected a List with \"items\" or one Event, got kind \"Pod\""));
    fatal("an object without items", R"({"apiVersion":"v1","kind":"List","metadata":{}})",
        notEvents + QStringLiteral("expected a List with \"items\" or one Event, got kind \"List\""));
    fatal("items is no array", R"({"apiVersion":"v1","items":{"orders":[]},"kind":"List"})",
        notEvents + QStringLiteral("\"items\": expected an array, got an object"));
    fatal("broken JSON before the items",
        "{\"apiVersion\": \"v1\",\n\"metadata\": {\"resourceVersion\": \"\"\n",
        QStringLiteral(
            "%1: not valid JSON (unterminated object at line 3); expected the output of kubectl get "
            "events -o json"));
    fatal("UTF-16 (PowerShell)", QByteArray("\xFF\xFE{\0\"\0", 6),
        QStringLiteral("%1: the file is UTF-16; kubectl writes UTF-8 (was it saved through a PowerShell "
                       "redirection?)"));

    // Cut short: what came before the cut is kept.
    QTest::newRow("truncated inside an item")
        << "{\"apiVersion\": \"v1\", \"items\": [\n" + Good + ",\n" + Good.left(120) << QString()
        << QStringList { QStringLiteral(
               "input.json:3: the file ends inside a record; the rest of the file is left out") }
        << 1;
    QTest::newRow("truncated after the items began")
        << QByteArray("{\"apiVersion\": \"v1\", \"items\": [\n") << QString()
        << QStringList { QStringLiteral("input.json:2: the file ends inside the array; expected \"]\"; the "
                                        "rest of the file is left out") }
        << 0;

    // Bad items: skipped with the line they start on and the reason; the next item is read.
    badItem("an item that is a string", R"("orders-migrate-0147")",
        "expected an Event, got \"orders-migrate-0147\"");
    badItem("an item of another kind", R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"orders-api"}})",
        "expected an Event, got kind \"Pod\"");
    badItem("invalid UTF-8", QByteArray(Good).replace("deadline", "dead\xffline"), "not valid UTF-8");
    badItem("JSON syntax error inside an item", "{\"kind\": \"Event\"\n \"reason\": \"Killing\"}",
        "not valid JSON (unterminated object at line 3)");
    badItem("involvedObject a string", eventWith({ { "involvedObject", R"("job/orders-migrate-0147")" } }),
        "\"involvedObject\": expected an object, got \"job/orders-migrate-0147\"");
    badItem("no involvedObject", eventWith({ { "involvedObject", "" } }),
        "no \"involvedObject\": the object the event is about");
    badItem("involvedObject without kind and name",
        eventWith({ { "involvedObject", R"({"namespace":"shop","uid":"5d41402a"})" } }),
        "\"involvedObject\": no \"kind\" or \"name\"");
    badItem("involvedObject.name a number", eventWith({ { "involvedObject.name", "147" } }),
        "\"involvedObject.name\": expected a string, got 147");
    badItem("bad firstTimestamp", eventWith({ { "firstTimestamp", R"("yesterday")" } }),
        "\"firstTimestamp\": expected an RFC 3339 timestamp, got \"yesterday\"");
    badItem("firstTimestamp without a zone", eventWith({ { "firstTimestamp", R"("2026-04-14T08:12:13")" } }),
        "\"firstTimestamp\": \"2026-04-14T08:12:13\" has no zone offset; Kubernetes writes times in UTC with "
        "\"Z\"");
    badItem("impossible date", eventWith({ { "firstTimestamp", R"("2026-02-30T08:12:13Z")" } }),
        "\"firstTimestamp\": expected an RFC 3339 timestamp, got \"2026-02-30T08:12:13Z\"");
    badItem("eventTime a number", eventWith({ { "eventTime", "1776154333" } }),
        "\"eventTime\": expected an RFC 3339 timestamp, got 1776154333");
    badItem("bad lastTimestamp", eventWith({ { "lastTimestamp", R"("08:12:13")" } }),
        "\"lastTimestamp\": expected an RFC 3339 timestamp, got \"08:12:13\"");
    badItem("bad metadata.creationTimestamp", eventWith({ { "metadata.creationTimestamp", R"("")" } }),
        "\"metadata.creationTimestamp\": expected an RFC 3339 timestamp, got \"\"");
    badItem("no time at all",
        eventWith(
            { { "firstTimestamp", "" }, { "lastTimestamp", "null" }, { "metadata.creationTimestamp", "" } }),
        "no time: \"eventTime\", \"firstTimestamp\" and \"metadata.creationTimestamp\" are all missing");
    badItem("count a string", eventWith({ { "count", R"("3")" } }),
        "\"count\": expected a whole number, got \"3\"");
    badItem("count negative", eventWith({ { "count", "-1" } }), "\"count\": expected a whole number, got -1");
    badItem("series.count a fraction", eventWith({ { "series", R"({"count":2.5})" } }),
        "\"series.count\": expected a whole number, got 2.5");
    badItem("type not Normal or Warning", eventWith({ { "type", R"("Critical")" } }),
        "\"type\": expected \"Normal\" or \"Warning\", got \"Critical\"");
    badItem("no reason and no message", eventWith({ { "reason", "" }, { "message", "" } }),
        "no \"reason\" or \"message\"");
    badItem("message a number", eventWith({ { "message", "42" } }), "\"message\": expected a string, got 42");
    badItem("source a string", eventWith({ { "source", R"("job-controller")" } }),
        "\"source\": expected an object, got \"job-controller\"");
    badItem("events.k8s.io without regarding",
        eventWith({ { "apiVersion", R"("events.k8s.io/v1")" }, { "involvedObject", "" } }),
        "no \"regarding\": the object the event is about");

    // Not bad at all: read without a word.
    harmless("no items", "{\"apiVersion\": \"v1\", \"items\": [], \"kind\": \"List\"}\n", 0);
    harmless("UTF-8 byte-order mark", "\xEF\xBB\xBF" + list({ Good }), 1);
    harmless("without kind or apiVersion", list({ eventWith({ { "kind", "" }, { "apiVersion", "" } }) }), 1);
    harmless("reason only", list({ eventWith({ { "message", "" } }) }), 1);
    harmless("unknown members",
        list({ eventWith({ { "related", R"({"kind":"Node","name":"k8s-node-3"})" } }) }), 1);
}

void TestImportK8sEvents::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fatal);
    QFETCH(QStringList, skipped);
    QFETCH(int, events);

    const QString path = m_dir.filePath(QStringLiteral("input.json"));
    QVERIFY(writeFile(path, content));
    ImportBatch batch = sentinelBatch();
    const QStringList before = describeBatch(batch);
    QString error;
    const ImportProgress progress;
    const bool ok = m_importer->read(path, ImportOptions(), batch, progress, &error);
    if (!fatal.isEmpty()) {
        QVERIFY2(!ok, qPrintable(describeBatch(batch).join(QLatin1Char('\n'))));
        QCOMPARE(error, fatal.arg(path));
        QCOMPARE(describeBatch(batch), before); // a failed source leaves the batch exactly as it was
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(describeBatch(batch).mid(0, 1), before.mid(0, 1));
    QCOMPARE(batch.skipped.size(), 1 + skipped.size());
    for (int i = 0; i < skipped.size(); ++i)
        QCOMPARE(batch.skipped.at(1 + i).toString(), skipped.at(i));
    QCOMPARE(batch.events.size(), 1 + events);
    for (int i = 1; i < batch.events.size(); ++i) {
        QCOMPARE(batch.events.at(i).source.format, QStringLiteral("k8s-events"));
        QCOMPARE(batch.events.at(i).source.file, QStringLiteral("input.json"));
    }
}

void TestImportK8sEvents::truncatedSample()
{
    // The realistic export cut in the middle of its fourth item (a download that broke off).
    QFile sample(QFINDTESTDATA("data/import/k8s-events/events-shop.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray bytes = sample.readAll();
    const int cut = int(bytes.indexOf("\"reason\": \"ScalingReplicaSet\""));
    QVERIFY(cut > 0);
    const QString path = m_dir.filePath(QStringLiteral("events-cut.json"));
    QVERIFY(writeFile(path, bytes.left(cut)));
    const ImportBatch batch = readOk(path);
    QCOMPARE(batch.events.size(), 3);
    QCOMPARE(batch.events.last().source.line, qint64(70));
    QCOMPARE(batch.skipped.size(), 1);
    QCOMPARE(batch.skipped.at(0).toString(),
        QStringLiteral(
            "events-cut.json:124: the file ends inside a record; the rest of the file is left out"));
}

void TestImportK8sEvents::missingFileIsFatal()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-events.json"));
    ImportBatch batch = sentinelBatch();
    const QStringList before = describeBatch(batch);
    QString error;
    const ImportProgress progress;
    QVERIFY(!m_importer->read(path, ImportOptions(), batch, progress, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot open: ")), qPrintable(error));
    QCOMPARE(describeBatch(batch), before);
}

void TestImportK8sEvents::progressIsReported()
{
    QFile sample(QFINDTESTDATA("data/import/k8s-events/event-deadline.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray item = sample.readAll().trimmed();
    QByteArray content = "{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n";
    for (int i = 0; i < 1500; ++i)
        content += item + (i < 1499 ? ",\n" : "\n");
    content += "    ],\n    \"kind\": \"List\"\n}\n";
    const QString path = m_dir.filePath(QStringLiteral("large.json"));
    QVERIFY(writeFile(path, content));

    QVector<QPair<qint64, qint64>> reports;
    ImportProgress progress;
    progress.onProgress = [&](qint64 done, qint64 total) {
        reports.append({ done, total });
    };
    ImportBatch batch;
    QString error;
    QVERIFY2(m_importer->read(path, ImportOptions(), batch, progress, &error), qPrintable(error));
    QCOMPARE(batch.events.size(), 1500);
    QCOMPARE(batch.events.at(1).source.line, qint64(4 + 31));
    QVERIFY2(reports.size() > 10, qPrintable(QString::number(reports.size())));
    for (int i = 1; i < reports.size(); ++i) {
        QVERIFY(reports.at(i).first >= reports.at(i - 1).first);
        QCOMPARE(reports.at(i).second, qint64(content.size()));
    }
    QCOMPARE(reports.last().first, qint64(content.size()));
}

void TestImportK8sEvents::cancelBeforeTheFirstItem()
{
    ImportProgress progress;
    progress.canceled = true;
    ImportBatch batch = sentinelBatch();
    const QStringList before = describeBatch(batch);
    QString error;
    const QString path = QFINDTESTDATA("data/import/k8s-events/events-shop.json");
    QVERIFY(!m_importer->read(path, ImportOptions(), batch, progress, &error));
    QCOMPARE(error, path + QStringLiteral(": import canceled"));
    QCOMPARE(describeBatch(batch), before);
}

void TestImportK8sEvents::cancelHalfway()
{
    QByteArray content = "{\"items\": [\n";
    for (int i = 0; i < 2000; ++i)
        content += Good + (i < 1999 ? ",\n" : "\n");
    content += "]}\n";
    const QString path = m_dir.filePath(QStringLiteral("cancel.json"));
    QVERIFY(writeFile(path, content));

    ImportProgress progress;
    int reports = 0;
    progress.onProgress = [&](qint64, qint64) {
        ++reports;
        progress.canceled = true;
    };
    ImportBatch batch = sentinelBatch();
    const QStringList before = describeBatch(batch);
    QString error;
    QVERIFY(!m_importer->read(path, ImportOptions(), batch, progress, &error));
    QCOMPARE(reports, 1);
    QCOMPARE(error, path + QStringLiteral(": import canceled"));
    QCOMPARE(describeBatch(batch), before);
}

void TestImportK8sEvents::importingTwiceAddsNothing()
{
    Document document;
    const QString path = QFINDTESTDATA("data/import/k8s-events/events-shop.json");
    ImportPlan plan = planImport(document, readOk(path).events);
    QCOMPARE(plan.toAdd.size(), 8);
    applyImport(document, std::move(plan), QStringLiteral("events-shop.json"));
    QCOMPARE(document.events().size(), 8);

    // The same deadline event again, alone and through events.k8s.io, is a repeat too.
    for (const char *file : { "events-shop.json", "event-deadline.json" }) {
        ImportPlan again = planImport(document,
            readOk(QFINDTESTDATA(QStringLiteral("data/import/k8s-events/") + QLatin1String(file))).events);
        QCOMPARE(again.toAdd.size(), 0);
        QVERIFY(again.duplicates > 0);
    }
    ImportPlan v1 =
        planImport(document, readOk(QFINDTESTDATA("data/import/k8s-events/events-v1-shop.json")).events);
    QCOMPARE(v1.duplicates, 1);
    QCOMPARE(v1.toAdd.size(), 1);
    QCOMPARE(v1.toAdd.at(0).actor, QStringLiteral("kubelet@k8s-node-4"));
    QCOMPARE(document.undoStack()->count(), 1);
}

QTEST_GUILESS_MAIN(TestImportK8sEvents)
#include "tst_import_k8s_events.moc"
