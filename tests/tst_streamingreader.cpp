// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming reader (readDocument on a device) against the reference reader that parses the
// whole file first (readDocumentInMemory): same content, same errors, same places, on large files,
// on members in any order, and on thousands of randomly broken files.
#include "document.h"
#include "format/documentfile.h"
#include "format/documentreader.h"
#include "format/documentwriter.h"
#include "randomdocument.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace causeway;

namespace {

QByteArray serialized(const DocumentContent &content)
{
    return serializeDocument(Document(content));
}

/// A document with \a count timeline events, each a little different.
QByteArray manyEvents(int count)
{
    DocumentContent c;
    c.events.reserve(count);
    for (int i = 0; i < count; ++i) {
        TimelineEvent e;
        e.id = EventId(quint64(i + 1));
        e.time = Instant::fromUtcMicroseconds(1772460190000000 + qint64(i) * 1000000);
        e.text = QStringLiteral("event %1 \"quoted\" \\ {braces} [brackets], commas").arg(i);
        e.tags = QStringList { QStringLiteral("t%1").arg(i % 7) };
        c.events.append(e);
    }
    return serialized(c);
}

QString listed(const LoadErrors &errors)
{
    QStringList lines;
    for (const LoadError &e : errors)
        lines << e.toString(QStringLiteral("test.causeway"));
    return QStringLiteral("errors reported:\n    ") + lines.join(QStringLiteral("\n    "));
}

/// Both readers must agree exactly: the same content, or the same errors in the same order.
void compareReaders(const QByteArray &bytes, const char *what)
{
    const ReadResult reference = readDocumentInMemory(bytes);
    QBuffer buffer;
    buffer.setData(bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const ReadResult streamed = readDocument(&buffer);
    QVERIFY2(streamed.content.has_value() == reference.content.has_value(),
        qPrintable(QString::fromUtf8(what) + QStringLiteral("\nstreamed: ") + listed(streamed.errors) +
            QStringLiteral("\nreference: ") + listed(reference.errors)));
    if (reference.content) {
        QCOMPARE(serialized(*streamed.content), serialized(*reference.content));
        return;
    }
    QVERIFY2(streamed.errors.size() == reference.errors.size(),
        qPrintable(QString::fromUtf8(what) + QStringLiteral("\nstreamed: ") + listed(streamed.errors) +
            QStringLiteral("\nreference: ") + listed(reference.errors)));
    for (int i = 0; i < reference.errors.size(); ++i) {
        const LoadError &a = streamed.errors.at(i);
        const LoadError &b = reference.errors.at(i);
        QVERIFY2(a.path == b.path && a.line == b.line && a.column == b.column && a.message == b.message,
            qPrintable(QString::fromUtf8(what) + QStringLiteral("\nstreamed:  ") + a.toString() +
                QStringLiteral("\nreference: ") + b.toString()));
    }
}

/// \a bytes with the \a n-th occurrence (0-based) of \a from replaced by \a to.
QByteArray replaced(QByteArray bytes, const QByteArray &from, const QByteArray &to, int n = 0)
{
    int at = -1;
    for (int i = 0; i <= n; ++i) {
        at = int(bytes.indexOf(from, at + 1));
        if (at < 0)
            return {};
    }
    return bytes.replace(at, from.size(), to);
}

} // namespace

class TestStreamingReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void largeDocumentRoundTrips();
    void loadsFromAFile();
    void errorDeepInALongTimeline_data();
    void errorDeepInALongTimeline();
    void duplicateKeyInAnElement();
    void duplicateTopLevelKey();
    void unusualKeyOrder();
    void syntaxErrorsKeepTheirPlace_data();
    void syntaxErrorsKeepTheirPlace();
    void randomlyBrokenFiles();
};

void TestStreamingReader::largeDocumentRoundTrips()
{
    DocumentContent content = testing::RandomDocument(7).make(50000, 40);
    const QByteArray first = serialized(content);
    QBuffer buffer;
    buffer.setData(first);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const ReadResult read = readDocument(&buffer);
    QVERIFY2(read.content, qPrintable(listed(read.errors)));
    QCOMPARE(read.content->events.size(), 50000);
    const QByteArray second = serialized(*read.content);
    QVERIFY(first == second); // not QCOMPARE: the bytes are megabytes long
}

void TestStreamingReader::loadsFromAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.causeway"));
    const QByteArray bytes = manyEvents(20000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
    file.close();
    const LoadResult loaded = loadDocument(path);
    QVERIFY2(loaded.document, qPrintable(listed(loaded.errors)));
    QVERIFY(serializeDocument(*loaded.document) == bytes);

    // A syntax error near the end: the file is read again in full to say where.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(replaced(bytes, "\"event 19990 ", "\"event 19990 \xff"));
    file.close();
    const LoadResult broken = loadDocument(path);
    QVERIFY(!broken.document);
    QCOMPARE(broken.errors.size(), 1);
    QVERIFY(broken.errors.first().line > 0);
    QCOMPARE(broken.errors.first().line,
        readDocumentInMemory(replaced(bytes, "\"event 19990 ", "\"event 19990 \xff")).errors.first().line);
}

void TestStreamingReader::errorDeepInALongTimeline_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("bad time") << QByteArray("\"time\": \"") << QByteArray("\"time\": \"noon") << 18765
                              << QStringLiteral("timeline[18765].time") << QStringLiteral("got \"noon");
    QTest::newRow("unknown kind") << QByteArray("\"kind\": \"observation\"")
                                  << QByteArray("\"kind\": \"page\"") << 19999
                                  << QStringLiteral("timeline[19999].kind") << QStringLiteral("got \"page\"");
    QTest::newRow("id used twice") << QByteArray("\"id\": 12346,") << QByteArray("\"id\": 17,") << 0
                                   << QStringLiteral("timeline[12345].id")
                                   << QStringLiteral("id 17 is already used by timeline[16]");
    QTest::newRow("dangling person") << QByteArray("\"person\": null") << QByteArray("\"person\": 4") << 15000
                                     << QStringLiteral("timeline[15000].person")
                                     << QStringLiteral("no person has id 4");
    QTest::newRow("element not an object")
        << QByteArray("\"tags\": [\"t3\"]") << QByteArray("\"tags\": 3") << 2000
        << QStringLiteral("timeline[14003].tags") << QStringLiteral("expected an array of strings, got 3");
}

void TestStreamingReader::errorDeepInALongTimeline()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(int, occurrence);
    QFETCH(QString, path);
    QFETCH(QString, fragment);

    static const QByteArray good = manyEvents(20000);
    const QByteArray bytes = replaced(good, from, to, occurrence);
    QVERIFY(!bytes.isEmpty());
    const ReadResult result = readDocument(bytes);
    QVERIFY2(!result.content, "one bad event among 20,000 must leave nothing read");
    QVERIFY2(result.errors.size() == 1, qPrintable(listed(result.errors)));
    QCOMPARE(result.errors.first().path, path);
    QVERIFY2(result.errors.first().message.contains(fragment), qPrintable(listed(result.errors)));
    compareReaders(bytes, QTest::currentDataTag());
}

void TestStreamingReader::duplicateKeyInAnElement()
{
    static const QByteArray good = manyEvents(5000);
    const QByteArray bytes =
        replaced(good, "\"note\": \"\"", "\"note\": \"\",\n            \"text\": \"again\"", 4321);
    const ReadResult result = readDocument(bytes);
    QVERIFY(!result.content);
    QVERIFY2(result.errors.size() == 1, qPrintable(listed(result.errors)));
    QCOMPARE(result.errors.first().path, QStringLiteral("timeline[4321].text"));
    QVERIFY(result.errors.first().message.contains(QLatin1String("appears twice")));
    compareReaders(bytes, "duplicate in an event");

    // Deeper: inside the event's source object.
    const QByteArray nested = replaced(good, "\"line\": 0", "\"line\": 0, \"file\": \"x\"", 77);
    const ReadResult deep = readDocument(nested);
    QVERIFY2(deep.errors.size() == 1, qPrintable(listed(deep.errors)));
    QCOMPARE(deep.errors.first().path, QStringLiteral("timeline[77].source.file"));
    compareReaders(nested, "duplicate in an event's source");

    // A duplicate is reported only when the file is otherwise well-formed, as before.
    const QByteArray alsoBroken = replaced(nested, "\"event 4999 ", "\"event 4999 \xff");
    compareReaders(alsoBroken, "duplicate, then a syntax error");
    QVERIFY(readDocument(alsoBroken).errors.first().line > 0);
}

void TestStreamingReader::duplicateTopLevelKey()
{
    const QByteArray good = manyEvents(10);
    const QByteArray bytes = replaced(good, "\"lessons\": [", "\"timeline\": [], \"lessons\": [");
    const ReadResult result = readDocument(bytes);
    QVERIFY2(result.errors.size() == 1, qPrintable(listed(result.errors)));
    QCOMPARE(result.errors.first().path, QStringLiteral("timeline"));
    compareReaders(bytes, "top-level key twice");
}

void TestStreamingReader::unusualKeyOrder()
{
    const QByteArray good = serialized(testing::RandomDocument(3).make(300, 20));
    // Qt writes keys sorted: "version" comes last and "format" after "actions".
    const QByteArray sorted = QJsonDocument::fromJson(good).toJson(QJsonDocument::Compact);
    QVERIFY(sorted.indexOf("\"version\"") > sorted.indexOf("\"timeline\""));
    const ReadResult read = readDocument(sorted);
    QVERIFY2(read.content, qPrintable(listed(read.errors)));
    QVERIFY(serialized(*read.content) == good);

    // Format and version by hand at the very end, after the lists.
    QByteArray last = good;
    last.replace("    \"format\": \"causeway\",\n    \"version\": 1,\n", "");
    last.chop(2); // "}\n"
    last += ",\n    \"version\": 1,\n    \"format\": \"causeway\"\n}\n";
    const ReadResult read2 = readDocument(last);
    QVERIFY2(read2.content, qPrintable(listed(read2.errors)));
    QVERIFY(serialized(*read2.content) == good);

    // A wrong version at the end still wins over errors in the content read before it.
    QByteArray tooNew = replaced(last, "\"version\": 1,\n    \"format\"", "\"version\": 9,\n    \"format\"");
    tooNew = replaced(tooNew, "\"time\": \"", "\"time\": \"noon", 5);
    const ReadResult refused = readDocument(tooNew);
    QVERIFY2(refused.errors.size() == 1, qPrintable(listed(refused.errors)));
    QCOMPARE(refused.errors.first().path, QStringLiteral("version"));
    compareReaders(tooNew, "version last and too new");
    compareReaders(sorted, "sorted keys");
}

void TestStreamingReader::syntaxErrorsKeepTheirPlace_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = manyEvents(3000);
    QTest::newRow("cut in the timeline") << good.left(good.size() / 2);
    QTest::newRow("cut after the timeline") << good.left(int(good.indexOf("\"nodes\"")) + 3);
    QTest::newRow("missing comma deep inside")
        << replaced(good, "\"kind\": \"observation\",", "\"kind\": \"observation\"", 2500);
    QTest::newRow("trailing comma in the timeline")
        << replaced(good, "}\n    ],\n    \"nodes\"", "},\n    ],\n    \"nodes\"");
    QTest::newRow("a bracket too many") << replaced(good, "\"tags\": [\"t", "\"tags\": [[\"t", 1234);
    QTest::newRow("control character in a string") << replaced(good, "event 2999 ", "event 2999 \t");
    QTest::newRow("invalid UTF-8 in a key") << replaced(good, "\"actor\"", "\"act\xffor\"", 17);
    QTest::newRow("garbage after the end") << good + "x";
    QTest::newRow("second document") << good + good;
    QTest::newRow("nothing but an open brace") << QByteArray("{");
    QTest::newRow("array at the top") << QByteArray("[1, 2]");
    QTest::newRow("empty") << QByteArray(" \n ");
    QTest::newRow("byte-order mark") << QByteArray("\xef\xbb\xbf") + good;
    QTest::newRow("deep nesting") << replaced(
        good, "\"note\": \"\"", "\"note\": " + QByteArray(2000, '[') + QByteArray(2000, ']'), 10);
}

void TestStreamingReader::syntaxErrorsKeepTheirPlace()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!bytes.isEmpty());
    compareReaders(bytes, QTest::currentDataTag());
}

void TestStreamingReader::randomlyBrokenFiles()
{
    // Small random edits anywhere in a document that uses every part of the format: whatever
    // the edit breaks (syntax, a value, a reference, a key), both readers must say the same.
    const QByteArray good = serialized(testing::RandomDocument(11).make(12, 6));
    static const char *const pieces[] = { ",", "}", "]", "{", "[", "\"", ":", "\\", "0", "-1", "null",
        "\"x\"", " ", "\n", "\"id\": 1, ", "\x01", "\xc3", "true" };
    QRandomGenerator random(2026);
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = good;
        const int edits = 1 + int(random.bounded(2u));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(quint32(bytes.size())));
            switch (random.bounded(3u)) {
            case 0:
                bytes.remove(at, 1 + int(random.bounded(3u)));
                break;
            case 1:
                bytes.insert(at, pieces[random.bounded(quint32(std::size(pieces)))]);
                break;
            default:
                bytes.replace(at, 1, pieces[random.bounded(quint32(std::size(pieces)))]);
                break;
            }
        }
        compareReaders(bytes, qPrintable(QStringLiteral("round %1").arg(round)));
        if (QTest::currentTestFailed()) {
            qWarning().noquote() << QString::fromUtf8(bytes);
            return;
        }
    }
}

QTEST_GUILESS_MAIN(TestStreamingReader)
#include "tst_streamingreader.moc"
