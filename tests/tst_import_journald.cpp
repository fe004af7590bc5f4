// SPDX-License-Identifier: GPL-3.0-or-later
// The journald importer on `journalctl -o json` output: every field of a realistic export of the
// sample incident, the shapes journalctl gives MESSAGE (string, bytes, null, repeated), bad lines
// skipped with their line and reason, whole files refused without touching the batch, progress
// and cancel, and that importing the same export twice adds nothing the second time.
#include "document.h"
#include "import/importers.h"
#include "import/importplan.h"
#include "import/journaldimporter.h"
#include "importtesting.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace causeway;
using namespace causeway::testing;

namespace {

const QString Fixture = QStringLiteral("data/import/journald/orders-incident.json");

/// A valid entry: the migration session killed on orders-db-1.
const char GoodEntry[] = R"({"__REALTIME_TIMESTAMP":"1776154333981734","PRIORITY":"3",)"
                         R"("SYSLOG_IDENTIFIER":"postgres","_HOSTNAME":"orders-db-1",)"
                         R"("MESSAGE":"FATAL:  terminating connection due to administrator command"})";

/// An entry of the same moment with \a fields (JSON members) after the time.
QByteArray entryWith(const QByteArray &fields)
{
    return QByteArray(R"({"__REALTIME_TIMESTAMP":"1776154333981734",)") + fields + '}';
}

QByteArray lines(std::initializer_list<QByteArray> list)
{
    QByteArray bytes;
    for (const QByteArray &line : list)
        bytes += line + '\n';
    return bytes;
}

const QByteArray Good(GoodEntry);

} // namespace

class TestImportJournald : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void isRegistered();
    void sample_data();
    void sample();
    void sampleAsAWhole();
    void messages_data();
    void messages();
    void malformed_data();
    void malformed();
    void missingFileIsFatal();
    void progressIsReported();
    void cancelBeforeTheFirstLine();
    void cancelHalfway();
    void importingTwiceAddsNothing();

private:
    ImportBatch readOk(const QString &path);
    QTemporaryDir m_dir;
    std::unique_ptr<Importer> m_importer;
};

void TestImportJournald::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_importer = makeJournaldImporter();
}

ImportBatch TestImportJournald::readOk(const QString &path)
{
    ImportBatch batch;
    QString error;
    const ImportProgress progress;
    const bool ok = m_importer->read(path, ImportOptions(), batch, progress, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok ? batch : ImportBatch();
}

void TestImportJournald::isRegistered()
{
    const Importer *importer = importerNamed(QStringLiteral("journald"));
    QVERIFY(importer);
    QCOMPARE(importer->description(), QStringLiteral("systemd journal (journalctl -o json)"));
    QVERIFY(importer->filePatterns().contains(QStringLiteral("*.json")));
}

void TestImportJournald::sample_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("microseconds");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("tags");

    const int observation = int(EventKind::Observation);
    const int alert = int(EventKind::Alert);
    auto row = [](const char *name, int index, qint64 microseconds, const QString &text, const char *actor,
                   int kind, const QStringList &tags) {
        QTest::newRow(name) << index << qint64(index + 1) << microseconds << text << QString::fromUtf8(actor)
                            << kind << tags;
    };
    row("runner takes the deploy job", 0, 1776153733418207,
        QStringLiteral(
            "Checking for jobs... received job=5534 repo_url=https://git.example.com/shop/orders-api.git "
            "runner=Hx3kLp9q"),
        "gitlab-runner@ci-runner-2", observation,
        { QStringLiteral("info"), QStringLiteral("gitlab-runner.service") });
    row("migration adds the column", 1, 1776153735027114,
        QStringLiteral("[2418733] orders_migrator@orders LOG:  statement: ALTER TABLE order_lines ADD COLUMN "
                       "fulfilment_status text"),
        "postgres@orders-db-1", observation,
        { QStringLiteral("info"), QStringLiteral("postgresql@15-main.service") });
    row("step timeout is a warning", 2, 1776154333420551,
        QStringLiteral("WARNING: step pre-start-migrations exceeded the 10m0s timeout; on_timeout: continue  "
                       "job=5534 project=412 runner=Hx3kLp9q"),
        "gitlab-runner@ci-runner-2", observation,
        { QStringLiteral("warning"), QStringLiteral("gitlab-runner.service") });
    // __REALTIME_TIMESTAMP wins over the (earlier) _SOURCE_REALTIME_TIMESTAMP of the same entry.
    row("err is an alert", 3, 1776154333981734,
        QStringLiteral(
            "[2418733] orders_migrator@orders FATAL:  terminating connection due to administrator command"),
        "postgres@orders-db-1", alert,
        { QStringLiteral("err"), QStringLiteral("postgresql@15-main.service") });
    row("message null is kept", 4, 1776154333982010,
        QStringLiteral("(message left out by journalctl: larger than 4096 bytes)"), "postgres@orders-db-1",
        observation,
        { QStringLiteral("info"), QStringLiteral("postgresql@15-main.service"),
            QStringLiteral("message-left-out") });
    row("escaped quotes", 5, 1776154351904123,
        QStringLiteral(
            "I0414 08:12:31.904123    1187 kubelet.go:2457] \"SyncLoop (probe)\" probe=\"readiness\" "
            "status=\"ready\" pod=\"shop/orders-api-7d9f8c6b5-x2kqp\""),
        "kubelet@k8s-node-7", observation, { QStringLiteral("info"), QStringLiteral("kubelet.service") });
    row("bytes with terminal colours, actor from _COMM", 6, 1776154385250377,
        QStringLiteral(
            "FAIL GET https://orders-api.shop.example/api/orders/history \u2192 HTTP 500 in 412 ms"),
        "orders-smoke@mon-1", alert, { QStringLiteral("err"), QStringLiteral("orders-smoke.service") });
    row("_SOURCE_REALTIME_TIMESTAMP, actor from the unit", 7, 1776154385611042,
        QStringLiteral(
            "3 of 12 order checks failed (HTTP 500 on order history, order detail, checkout confirmation)"),
        "orders-smoke.service", observation, { QStringLiteral("orders-smoke.service") });
    row("invalid UTF-8 bytes", 8, 1776154440000312,
        QStringLiteral("Export f\ufffdr Filiale M\ufffdnchen abgebrochen: Spalte fulfilment_status ist NULL"),
        "orders-export@orders-db-1", observation,
        { QStringLiteral("notice"), QStringLiteral("orders-export.service"),
            QStringLiteral("binary-message") });
    row("binary bytes as hex", 9, 1776154442771004,
        QStringLiteral(
            "(binary message, 20 bytes) 00 00 00 14 00 03 00 00 75 73 65 72 00 6f 72 64 65 72 73 00"),
        "pgbouncer@orders-db-1", observation,
        { QStringLiteral("debug"), QStringLiteral("pgbouncer.service"), QStringLiteral("binary-message") });
    row("repeated fields: the first value", 10, 1776156207512000,
        QStringLiteral("Rollback of orders-api to release 2026.04.13-1 started (manual job 5541)"),
        "orders-api-rollback@ci-runner-2", observation,
        { QStringLiteral("notice"), QStringLiteral("gitlab-runner.service") });
}

void TestImportJournald::sample()
{
    QFETCH(int, index);
    QFETCH(qint64, line);
    QFETCH(qint64, microseconds);
    QFETCH(QString, text);
    QFETCH(QString, actor);
    QFETCH(int, kind);
    QFETCH(QStringList, tags);

    const ImportBatch batch = readOk(QFINDTESTDATA(Fixture));
    QVERIFY(index < batch.events.size());
    const TimelineEvent &e = batch.events.at(index);
    QCOMPARE(e.time.utcMicroseconds(), microseconds);
    QCOMPARE(e.time.offsetSeconds(), 0);
    QVERIFY(!e.end.isValid());
    QCOMPARE(e.text, text);
    QCOMPARE(e.actor, actor);
    QVERIFY(!e.person.isValid());
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.tags, tags);
    QCOMPARE(int(e.flags), 0);
    QCOMPARE(e.source.type, SourceType::Imported);
    QCOMPARE(e.source.format, QStringLiteral("journald"));
    QCOMPARE(e.source.file, QStringLiteral("orders-incident.json"));
    QCOMPARE(e.source.line, line);
    QVERIFY(e.note.isEmpty());
}

void TestImportJournald::sampleAsAWhole()
{
    const ImportBatch batch = readOk(QFINDTESTDATA(Fixture));
    QCOMPARE(batch.events.size(), 11);
    QVERIFY2(batch.skipped.isEmpty(), qPrintable(describeBatch(batch).join(QLatin1Char('\n'))));
    QVERIFY(batch.assumptions.isEmpty());
    // The time as a .causeway file writes it: UTC, microseconds kept.
    QCOMPARE(batch.events.at(3).time.toRfc3339(), QStringLiteral("2026-04-14T08:12:13.981734Z"));
}

void TestImportJournald::messages_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("extraTags");

    const QStringList none;
    const QStringList binary { QStringLiteral("binary-message") };
    QTest::newRow("string") << QByteArray(R"("orders-api pods passed readiness")")
                            << QStringLiteral("orders-api pods passed readiness") << none;
    QTest::newRow("string with a new line") << QByteArray(R"("HTTP 500\nat OrderHistory.load")")
                                            << QStringLiteral("HTTP 500\nat OrderHistory.load") << none;
    QTest::newRow("colours in a string")
        << QByteArray(R"("\u001b[1;33mWARN\u001b[0m lag")") << QStringLiteral("WARN lag") << none;
    QTest::newRow("bytes: valid UTF-8") << QByteArray("[77,105,103,114,97,116,105,111,110,32,226,156,147]")
                                        << QStringLiteral("Migration \u2713") << none;
    QTest::newRow("bytes: four-byte UTF-8")
        << QByteArray("[240,159,148,165,32,48,49,52,55]") << QStringLiteral("\U0001F525 0147") << none;
    QTest::newRow("bytes: trailing NUL of a C string")
        << QByteArray("[48,49,52,55,32,100,111,110,101,0]") << QStringLiteral("0147 done") << none;
    QTest::newRow("bytes: colour codes") << QByteArray("[27,91,51,49,109,69,82,82,27,91,48,109,32,53,48,48]")
                                         << QStringLiteral("ERR 500") << none;
    QTest::newRow("bytes: Latin-1") << QByteArray("[83,99,104,101,109,97,32,102,252,114,32,48,49,52,55]")
                                    << QStringLiteral("Schema f\ufffdr 0147") << binary;
    QTest::newRow("bytes: cut UTF-8 sequence")
        << QByteArray("[98,97,99,107,102,105,108,108,32,50,50,32,226,130]")
        << QStringLiteral("backfill 22 \ufffd\ufffd") << binary;
    QTest::newRow("bytes: NUL inside")
        << QByteArray("[65,0,66]") << QStringLiteral("(binary message, 3 bytes) 41 00 42") << binary;
    QTest::newRow("bytes: mostly invalid")
        << QByteArray("[255,254,65,255]") << QStringLiteral("(binary message, 4 bytes) ff fe 41 ff")
        << binary;
    QTest::newRow("bytes: overlong encoding")
        << QByteArray("[192,175]") << QStringLiteral("(binary message, 2 bytes) c0 af") << binary;
    QTest::newRow("bytes: encoded surrogate")
        << QByteArray("[79,75,32,237,160,128,32,100,111,110,101,32,111,107]")
        << QStringLiteral("OK \ufffd\ufffd\ufffd done ok") << binary;
    {
        QByteArray bytes = "[";
        QString hex;
        for (int i = 0; i < 70; ++i) {
            bytes += QByteArray::number(i % 2 ? 0 : 200 + i % 50) + (i < 69 ? "," : "]");
            if (i < 64)
                hex += (i ? QStringLiteral(" ") : QString()) +
                    QString::number(i % 2 ? 0 : 200 + i % 50, 16).rightJustified(2, QLatin1Char('0'));
        }
        QTest::newRow("bytes: long binary is cut")
            << bytes << QStringLiteral("(binary message, 70 bytes) ") + hex + QStringLiteral(" ...")
            << binary;
    }
    QTest::newRow("repeated field") << QByteArray(R"(["pool exhausted","retrying"])")
                                    << QStringLiteral("pool exhausted\nretrying") << none;
    QTest::newRow("repeated field with bytes and null")
        << QByteArray(R"(["lock wait",[116,105,109,101,111,117,116],null])")
        << QStringLiteral("lock wait\ntimeout\n(message left out by journalctl: larger than 4096 bytes)")
        << QStringList { QStringLiteral("message-left-out") };
}

void TestImportJournald::messages()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, text);
    QFETCH(QStringList, extraTags);

    const QString path = m_dir.filePath(QStringLiteral("message.json"));
    QVERIFY(writeFile(path, entryWith("\"PRIORITY\":\"6\",\"MESSAGE\":" + message) + '\n'));
    const ImportBatch batch = readOk(path);
    QCOMPARE(batch.skipped.size(), 0);
    QCOMPARE(batch.events.size(), 1);
    QCOMPARE(batch.events.at(0).text, text);
    QCOMPARE(batch.events.at(0).tags, QStringList { QStringLiteral("info") } + extraTags);
}

void TestImportJournald::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fatal"); ///< the whole error, "%1" for the path; empty when not fatal
    QTest::addColumn<QStringList>("skipped"); ///< file:line: reason
    QTest::addColumn<int>("events");

    const QString notJournal =
        QStringLiteral("%1: not the output of journalctl -o json: no line is a journal entry "
                       "(a JSON object with \"__REALTIME_TIMESTAMP\" and \"MESSAGE\")");
    const QString empty = QStringLiteral("%1: the file is empty; expected the output of journalctl -o json");
    auto fatal = [](const char *name, const QByteArray &content, const QString &error) {
        QTest::newRow(name) << content << error << QStringList() << 0;
    };
    auto skips = [](const char *name, const QByteArray &content, const QStringList &skipped, int events) {
        QTest::newRow(name) << content << QString() << skipped << events;
    };
    const QString timeReason =
        QStringLiteral("input.json:1: \"__REALTIME_TIMESTAMP\": expected microseconds since "
                       "1970-01-01 UTC as a decimal string, got %1");
    const QString messageReason =
        QStringLiteral("input.json:1: \"MESSAGE\": expected a string, an array of byte "
                       "values (0 to 255) or null, got %1");
    const QString priorityReason =
        QStringLiteral("input.json:1: \"PRIORITY\": expected \"0\" (emerg) to \"7\" (debug), got %1");

    // Not an export of the journal at all: refused as a whole.
    fatal("empty file", QByteArray(), empty);
    fatal("only blank lines", "\n  \n\r\n", empty);
    fatal("a plain syslog file",
        "Apr 14 08:12:13 orders-db-1 postgres[2418733]: FATAL:  terminating connection due to administrator "
        "command\n",
        notJournal);
    fatal("journalctl -o json-pretty",
        "{\n\t\"__REALTIME_TIMESTAMP\" : \"1776154333981734\",\n\t\"MESSAGE\" : \"FATAL\"\n}\n",
        notJournal +
            QStringLiteral(
                "; journalctl -o json-pretty spreads an entry over many lines: export with -o json"));
    fatal("Timesketch JSON Lines",
        R"({"message":"HTTP 500","datetime":"2026-04-14T08:13:05Z","timestamp_desc":"Event Recorded"})"
        "\n",
        notJournal);
    fatal("UTF-16 (PowerShell)", QByteArray("\xFF\xFE{\0\"\0", 6),
        QStringLiteral("%1: the file is UTF-16; journalctl writes UTF-8 (was it saved through a PowerShell "
                       "redirection?)"));

    // Bad lines: skipped with the line and the reason, the rest is read.
    skips("truncated file", Good + '\n' + Good.left(60),
        { QStringLiteral("input.json:2: not valid JSON (unterminated string at column 62)") }, 1);
    skips("invalid UTF-8 in a line", lines({ Good, entryWith("\"MESSAGE\":\"f\xfcr\""), Good }),
        { QStringLiteral(
            "input.json:2: not valid UTF-8 (journalctl writes such values as arrays of bytes)") },
        2);
    skips("a line that is an array", lines({ "[\"MESSAGE\",\"FATAL\"]", Good }),
        { QStringLiteral("input.json:1: expected a JSON object: one journal entry per line, as journalctl -o "
                         "json writes") },
        1);
    skips("time as a number",
        lines({ R"({"__REALTIME_TIMESTAMP":1776154333981734,"MESSAGE":"FATAL"})", Good }),
        { timeReason.arg(QStringLiteral("1776154333981734")) }, 1);
    skips("time as a date",
        lines({ R"({"__REALTIME_TIMESTAMP":"2026-04-14T08:12:13Z","MESSAGE":"FATAL"})", Good }),
        { timeReason.arg(QStringLiteral("\"2026-04-14T08:12:13Z\"")) }, 1);
    skips("negative time", lines({ R"({"__REALTIME_TIMESTAMP":"-5","MESSAGE":"FATAL"})", Good }),
        { timeReason.arg(QStringLiteral("\"-5\"")) }, 1);
    skips("time beyond the year 9999",
        lines({ R"({"__REALTIME_TIMESTAMP":"999999999999999999","MESSAGE":"FATAL"})", Good }),
        { timeReason.arg(QStringLiteral("\"999999999999999999\"")) }, 1);
    skips("time null", lines({ R"({"__REALTIME_TIMESTAMP":null,"MESSAGE":"FATAL"})", Good }),
        { timeReason.arg(QStringLiteral("null")) }, 1);
    skips("source time not a number",
        lines({ R"({"_SOURCE_REALTIME_TIMESTAMP":"soon","MESSAGE":"FATAL"})", Good }),
        { QStringLiteral(
            "input.json:1: \"_SOURCE_REALTIME_TIMESTAMP\": expected microseconds since 1970-01-01 UTC "
            "as a decimal string, got \"soon\"") },
        1);
    skips("no time", lines({ R"({"MESSAGE":"FATAL","_HOSTNAME":"orders-db-1"})", Good }),
        { QStringLiteral("input.json:1: no \"__REALTIME_TIMESTAMP\" (nor \"_SOURCE_REALTIME_TIMESTAMP\")") },
        1);
    skips("no MESSAGE", lines({ entryWith(R"("PRIORITY":"3")"), Good }),
        { QStringLiteral("input.json:1: no \"MESSAGE\"") }, 1);
    skips("MESSAGE a number", lines({ entryWith(R"("MESSAGE":500)"), Good }),
        { messageReason.arg(QStringLiteral("500")) }, 1);
    skips("MESSAGE an object", lines({ entryWith(R"("MESSAGE":{"text":"FATAL"})"), Good }),
        { messageReason.arg(QStringLiteral("an object")) }, 1);
    skips("MESSAGE bytes beyond 255", lines({ entryWith(R"("MESSAGE":[70,65,300])"), Good }),
        { messageReason.arg(QStringLiteral("an array")) }, 1);
    skips("MESSAGE bytes not numbers", lines({ entryWith(R"("MESSAGE":[70,"A"])"), Good }),
        { messageReason.arg(QStringLiteral("an array")) }, 1);
    skips("MESSAGE bytes with fractions", lines({ entryWith(R"("MESSAGE":[70.5])"), Good }),
        { messageReason.arg(QStringLiteral("an array")) }, 1);
    skips("MESSAGE repeated twice over", lines({ entryWith(R"("MESSAGE":["a",["b"]])"), Good }),
        { messageReason.arg(QStringLiteral("an array")) }, 1);
    skips("MESSAGE empty", lines({ entryWith(R"("MESSAGE":"  ")"), Good }),
        { QStringLiteral("input.json:1: \"MESSAGE\" is empty") }, 1);
    skips("MESSAGE empty bytes", lines({ entryWith(R"("MESSAGE":[])"), Good }),
        { QStringLiteral("input.json:1: \"MESSAGE\" is empty") }, 1);
    skips("PRIORITY out of range", lines({ entryWith(R"("PRIORITY":"9","MESSAGE":"x")"), Good }),
        { priorityReason.arg(QStringLiteral("\"9\"")) }, 1);
    skips("PRIORITY a word", lines({ entryWith(R"("PRIORITY":"err","MESSAGE":"x")"), Good }),
        { priorityReason.arg(QStringLiteral("\"err\"")) }, 1);
    skips("PRIORITY a number", lines({ entryWith(R"("PRIORITY":3,"MESSAGE":"x")"), Good }),
        { priorityReason.arg(QStringLiteral("3")) }, 1);
    skips("several bad lines keep their numbers",
        lines({ Good, "not json", Good, entryWith(R"("PRIORITY":"8","MESSAGE":"x")") }),
        { QStringLiteral("input.json:2: not valid JSON (illegal value at column 2)"),
            priorityReason.arg(QStringLiteral("\"8\""))
                .replace(QStringLiteral(":1:"), QStringLiteral(":4:")) },
        2);

    // Not bad at all: read without a word.
    skips("MESSAGE bytes with invalid UTF-8 are kept",
        lines({ entryWith(R"("MESSAGE":[83,99,104,101,109,97,32,102,252,114])") }), {}, 1);
    skips("CRLF line ends and blank lines", Good + "\r\n\r\n" + Good + "\r\n", {}, 2);
    skips("UTF-8 byte-order mark", "\xEF\xBB\xBF" + Good + '\n', {}, 1);
    skips("json-seq record separators", '\x1e' + Good + "\n\x1e" + Good + '\n', {}, 2);
    skips("no final new line", Good, {}, 1);
}

void TestImportJournald::malformed()
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
        QVERIFY(!ok);
        QCOMPARE(error, fatal.arg(path));
        QCOMPARE(describeBatch(batch), before); // a failed source leaves the batch exactly as it was
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    // Appended after what the batch held.
    QCOMPARE(describeBatch(batch).mid(0, 1), before.mid(0, 1));
    QCOMPARE(batch.events.size(), 1 + events);
    QCOMPARE(batch.skipped.size(), 1 + skipped.size());
    for (int i = 0; i < skipped.size(); ++i)
        QCOMPARE(batch.skipped.at(1 + i).toString(), skipped.at(i));
    for (int i = 1; i < batch.events.size(); ++i) {
        QCOMPARE(batch.events.at(i).source.format, QStringLiteral("journald"));
        QCOMPARE(batch.events.at(i).source.file, QStringLiteral("input.json"));
    }
}

void TestImportJournald::missingFileIsFatal()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-export.json"));
    ImportBatch batch = sentinelBatch();
    const QStringList before = describeBatch(batch);
    QString error;
    const ImportProgress progress;
    QVERIFY(!m_importer->read(path, ImportOptions(), batch, progress, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot open: ")), qPrintable(error));
    QCOMPARE(describeBatch(batch), before);
}

void TestImportJournald::progressIsReported()
{
    // About 1.3 MB: many 64 KiB steps.
    QByteArray content;
    for (int i = 0; i < 6000; ++i)
        content +=
            entryWith(QByteArray(R"("SYSLOG_IDENTIFIER":"orders-api","MESSAGE":"HTTP 500 GET /api/orders/)") +
                QByteArray::number(i) + R"( fulfilment_status is null; request took 412 ms on k8s-node-7")") +
            '\n';
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
    QCOMPARE(batch.events.size(), 6000);
    QVERIFY2(reports.size() > 10, qPrintable(QString::number(reports.size())));
    for (int i = 1; i < reports.size(); ++i) {
        QVERIFY(reports.at(i).first >= reports.at(i - 1).first);
        QCOMPARE(reports.at(i).second, qint64(content.size()));
    }
    QCOMPARE(reports.last().first, qint64(content.size()));
}

void TestImportJournald::cancelBeforeTheFirstLine()
{
    ImportProgress progress;
    progress.canceled = true;
    ImportBatch batch = sentinelBatch();
    const QStringList before = describeBatch(batch);
    QString error;
    const QString path = QFINDTESTDATA(Fixture);
    QVERIFY(!m_importer->read(path, ImportOptions(), batch, progress, &error));
    QCOMPARE(error, path + QStringLiteral(": import canceled"));
    QCOMPARE(describeBatch(batch), before);
}

void TestImportJournald::cancelHalfway()
{
    QByteArray content;
    for (int i = 0; i < 3000; ++i)
        content += Good + '\n';
    const QString path = m_dir.filePath(QStringLiteral("cancel.json"));
    QVERIFY(writeFile(path, content));

    // Canceled from the progress callback, as a dialog's Cancel button would (from another thread).
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

void TestImportJournald::importingTwiceAddsNothing()
{
    Document document;
    const QString path = QFINDTESTDATA(Fixture);
    ImportBatch first = readOk(path);
    ImportPlan plan = planImport(document, first.events);
    QCOMPARE(plan.toAdd.size(), 11);
    QCOMPARE(plan.duplicates, 0);
    applyImport(document, std::move(plan), QStringLiteral("orders-incident.json"));
    QCOMPARE(document.events().size(), 11);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Import 11 Events from orders-incident.json"));

    ImportBatch second = readOk(path);
    ImportPlan again = planImport(document, second.events);
    QCOMPARE(again.toAdd.size(), 0);
    QCOMPARE(again.duplicates, 11);
    applyImport(document, std::move(again), QStringLiteral("orders-incident.json"));
    QCOMPARE(document.events().size(), 11);
    QCOMPARE(document.undoStack()->count(), 1); // nothing to add is no undo step
}

QTEST_GUILESS_MAIN(TestImportJournald)
#include "tst_import_journald.moc"
