// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming JSON-array reader under the PagerDuty, Alertmanager and Slack importers: which
// elements it hands out, the line each starts on, and how it stops on files of the wrong shape.
#include "import/jsonarraystream.h"

#include <QBuffer>
#include <QTest>

using namespace causeway;

using ByteArrays = QList<QByteArray>;
using Lines = QList<qint64>;

class TestJsonArrayStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void elements_data();
    void elements();
    void elementAcrossReadChunks();
    void elementTooLarge();
};

void TestJsonArrayStream::elements_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<ByteArrays>("elements");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("foundArray");

    QTest::newRow("top-level array") << QByteArray(
                                            "[\n  {\"id\": \"R1\"},\n  {\n    \"id\": \"R2\"\n  }\n]\n")
                                     << QByteArray()
                                     << ByteArrays { "{\"id\": \"R1\"}", "{\n    \"id\": \"R2\"\n  }" }
                                     << Lines { 2, 3 } << QString() << true;
    // The nested object has a "log_entries" key too: only the top level's counts. Brackets and
    // braces in strings, escaped quotes and an escaped backslash must not end anything early.
    QTest::newRow("under a key after other keys")
        << QByteArray("{\n"
                      "  \"limit\": 100,\n"
                      "  \"note\": \"a ] and a [ and a \\\"quoted } brace\\\"\",\n"
                      "  \"nested\": {\"log_entries\": [1, 2], \"x\": [{\"y\": \"]\"}]},\n"
                      "  \"path\": \"C:\\\\\",\n"
                      "  \"log_entries\": [\n"
                      "    {\"id\": \"R1\", \"summary\": \"Note added: \\\"[sic]\\\" {braces}\"},\n"
                      "    {\"id\": \"R2\",\n"
                      "     \"summary\": \"two\\nlines\"}\n"
                      "  ],\n"
                      "  \"more\": false\n"
                      "}\n")
        << QByteArray("log_entries")
        << ByteArrays { "{\"id\": \"R1\", \"summary\": \"Note added: \\\"[sic]\\\" {braces}\"}",
               "{\"id\": \"R2\",\n     \"summary\": \"two\\nlines\"}" }
        << Lines { 7, 8 } << QString() << true;
    QTest::newRow("key with an escaped quote before the key")
        << QByteArray("{\"a\\\"items\": [0], \"items\": [1]}") << QByteArray("items") << ByteArrays { "1" }
        << Lines { 1 } << QString() << true;
    QTest::newRow("empty array") << QByteArray("[]") << QByteArray() << ByteArrays() << Lines() << QString()
                                 << true;
    QTest::newRow("empty array under a key") << QByteArray("{\"items\": [ ]}") << QByteArray("items")
                                             << ByteArrays() << Lines() << QString() << true;
    QTest::newRow("scalars") << QByteArray("[1, \"two\", true,\nnull]") << QByteArray()
                             << ByteArrays { "1", "\"two\"", "true", "null" } << Lines { 1, 1, 1, 2 }
                             << QString() << true;
    QTest::newRow("escaped backslash before a quote")
        << QByteArray("[\"a\\\\\", \"b]\"]") << QByteArray() << ByteArrays { "\"a\\\\\"", "\"b]\"" }
        << Lines { 1, 1 } << QString() << true;
    QTest::newRow("CRLF line ends") << QByteArray("[\r\n{\"a\": 1},\r\n\r\n{\"b\": 2}\r\n]") << QByteArray()
                                    << ByteArrays { "{\"a\": 1}", "{\"b\": 2}" } << Lines { 2, 4 }
                                    << QString() << true;
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF[{\"a\": 1}]") << QByteArray()
                                     << ByteArrays { "{\"a\": 1}" } << Lines { 1 } << QString() << true;
    QTest::newRow("nothing after the array is read")
        << QByteArray("{\"items\": [1], \"more\": tru") << QByteArray("items") << ByteArrays { "1" }
        << Lines { 1 } << QString() << true;

    QTest::newRow("truncated inside an element")
        << QByteArray("[\n{\"id\": \"R1\"},\n{\"id\": \"R2\", \"summary\": \"Ack") << QByteArray()
        << ByteArrays { "{\"id\": \"R1\"}" } << Lines { 2 }
        << QStringLiteral("line 3: the file ends inside a record") << true;
    QTest::newRow("truncated after a comma")
        << QByteArray("[{\"a\": 1},\n") << QByteArray() << ByteArrays { "{\"a\": 1}" } << Lines { 1 }
        << QStringLiteral("line 2: the file ends inside the array; expected \"]\"") << true;
    QTest::newRow("truncated before the array")
        << QByteArray("{\"limit\": 100, \"log_entr") << QByteArray("log_entries") << ByteArrays() << Lines()
        << QStringLiteral("line 1: expected \"key\": value") << false;
    QTest::newRow("missing comma") << QByteArray("[{\"a\": 1}\n{\"b\": 2}]") << QByteArray()
                                   << ByteArrays { "{\"a\": 1}" } << Lines { 1 }
                                   << QStringLiteral("line 2: expected \",\" or \"]\" between records")
                                   << true;
    QTest::newRow("trailing comma") << QByteArray("[1,\n]") << QByteArray() << ByteArrays { "1" }
                                    << Lines { 1 } << QStringLiteral("line 2: expected a record, got \"]\"")
                                    << true;
    QTest::newRow("leading comma") << QByteArray("[, 1]") << QByteArray() << ByteArrays() << Lines()
                                   << QStringLiteral("line 1: expected a record, got \",\"") << true;
    QTest::newRow("object where an array is expected")
        << QByteArray("{\"log_entries\": []}") << QByteArray() << ByteArrays() << Lines()
        << QStringLiteral("line 1: expected a JSON array") << false;
    QTest::newRow("array where an object is expected")
        << QByteArray("\n[1]") << QByteArray("items") << ByteArrays() << Lines()
        << QStringLiteral("line 2: expected a JSON object with \"items\"") << false;
    QTest::newRow("key missing") << QByteArray("{\n\"kind\": \"List\",\n\"metadata\": {\"items\": [1]}\n}")
                                 << QByteArray("items") << ByteArrays() << Lines()
                                 << QStringLiteral("line 4: no \"items\" array in the file") << false;
    QTest::newRow("key holds an object")
        << QByteArray("{\"items\": {\"a\": [1]}}") << QByteArray("items") << ByteArrays() << Lines()
        << QStringLiteral("line 1: expected an array under \"items\"") << false;
    QTest::newRow("key without a value")
        << QByteArray("{\"items\"}") << QByteArray("items") << ByteArrays() << Lines()
        << QStringLiteral("line 1: expected \"key\": value") << false;
    QTest::newRow("empty file") << QByteArray() << QByteArray() << ByteArrays() << Lines()
                                << QStringLiteral("line 1: the file is empty") << false;
    QTest::newRow("only white space") << QByteArray(" \n\n") << QByteArray("items") << ByteArrays() << Lines()
                                      << QStringLiteral("line 3: the file is empty") << false;
    QTest::newRow("not JSON") << QByteArray("Apr 14 10:02:13 deploy started") << QByteArray() << ByteArrays()
                              << Lines() << QStringLiteral("line 1: expected a JSON array") << false;
}

void TestJsonArrayStream::elements()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, key);
    QFETCH(ByteArrays, elements);
    QFETCH(Lines, lines);
    QFETCH(QString, error);
    QFETCH(bool, foundArray);

    QBuffer buffer(&json);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    JsonArrayStream stream(&buffer, key);
    ByteArrays found;
    Lines foundLines;
    QByteArray element;
    qint64 line = 0;
    qint64 lastBytesRead = 0;
    while (stream.next(&element, &line)) {
        found << element.trimmed();
        foundLines << line;
        QVERIFY(stream.bytesRead() > lastBytesRead);
        lastBytesRead = stream.bytesRead();
    }
    QCOMPARE(found, elements);
    QCOMPARE(foundLines, lines);
    QCOMPARE(stream.error(), error);
    QCOMPARE(stream.foundArray(), foundArray);
    if (error.isEmpty()) {
        QCOMPARE(stream.errorLine(), qint64(0));
        QVERIFY(stream.errorMessage().isEmpty());
    } else {
        QCOMPARE(QStringLiteral("line %1: %2").arg(stream.errorLine()).arg(stream.errorMessage()), error);
    }
    // Once stopped, it stays stopped.
    QVERIFY(!stream.next(&element, &line));
}

void TestJsonArrayStream::elementAcrossReadChunks()
{
    // The reader takes 64 KiB at a time: an element larger than that spans several reads.
    const QByteArray big = "{\"text\": \"" + QByteArray(200 * 1024, 'x') + "\\\"]}\"}";
    QByteArray json = "{\"items\": [\n" + big + ",\n{\"id\": 2}\n]}";
    QBuffer buffer(&json);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    JsonArrayStream stream(&buffer, QByteArray("items"));
    QByteArray element;
    qint64 line = 0;
    QVERIFY(stream.next(&element, &line));
    QCOMPARE(element, big);
    QCOMPARE(line, qint64(2));
    QVERIFY(stream.next(&element, &line));
    QCOMPARE(element, QByteArray("{\"id\": 2}"));
    QCOMPARE(line, qint64(3));
    QVERIFY(!stream.next(&element, &line));
    QVERIFY(stream.error().isEmpty());
}

void TestJsonArrayStream::elementTooLarge()
{
    // One string above the 64 MiB limit: refused with that reason, not as a file that ends early.
    QByteArray json = "[{\"a\": 1},\n\"" + QByteArray(65 * 1024 * 1024, 'x') + "\"]";
    QBuffer buffer(&json);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    JsonArrayStream stream(&buffer, QByteArray());
    QByteArray element;
    qint64 line = 0;
    QVERIFY(stream.next(&element, &line));
    QVERIFY(!stream.next(&element, &line));
    QCOMPARE(
        stream.error(), QStringLiteral("line 2: a record larger than 64 MiB; expected incident records"));
}

QTEST_GUILESS_MAIN(TestJsonArrayStream)
#include "tst_jsonarraystream.moc"
