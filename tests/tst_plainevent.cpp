// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's fast path for timeline events (Reader::plainEvent) against the reference reader,
// which parses the whole file into a DOM first and never takes it (readDocumentInMemory): the same
// content for randomised documents with hostile text, and the same errors, in the same order and
// places, for every kind of damage to an event.
#include "document.h"
#include "format/documentcontentreader.h"
#include "format/documentreader.h"
#include "format/documentwriter.h"
#include "randomdocument.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace causeway;

namespace {

QByteArray serialized(const DocumentContent &content)
{
    return serializeDocument(Document(content));
}

QString listed(const LoadErrors &errors)
{
    QStringList lines;
    for (const LoadError &e : errors)
        lines << e.toString(QStringLiteral("test.causeway"));
    return lines.join(QStringLiteral("\n    "));
}

/// The streamed reader (with the fast path) and the reference reader must agree exactly.
bool sameAsReference(const QByteArray &bytes, QString *difference)
{
    const ReadResult reference = readDocumentInMemory(bytes);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const ReadResult streamed = readDocument(&buffer);
    if (streamed.content.has_value() != reference.content.has_value() ||
        (reference.content && serialized(*streamed.content) != serialized(*reference.content)) ||
        listed(streamed.errors) != listed(reference.errors)) {
        *difference = QStringLiteral("streamed:\n    %1\nreference:\n    %2")
                          .arg(listed(streamed.errors), listed(reference.errors));
        return false;
    }
    return true;
}

/// The timeline elements of \a bytes, each written as the file writes it (indented) and compactly.
QList<QByteArray> eventsOf(const QByteArray &bytes)
{
    QList<QByteArray> pieces;
    const QJsonArray timeline =
        QJsonDocument::fromJson(bytes).object().value(QLatin1String("timeline")).toArray();
    for (const QJsonValue &event : timeline) {
        pieces << QJsonDocument(event.toObject()).toJson(QJsonDocument::Indented);
        pieces << QJsonDocument(event.toObject()).toJson(QJsonDocument::Compact);
    }
    return pieces;
}

/// A document whose timeline is the one event \a event (JSON text), with one person (id 1).
QByteArray withEvent(const QByteArray &event)
{
    DocumentContent c;
    c.people.append(Person { PersonId(1), QStringLiteral("Ada"), QString(), QString() });
    TimelineEvent placeholder;
    placeholder.id = EventId(1);
    placeholder.time = Instant::fromUtcMicroseconds(1772460190000000);
    c.events.append(placeholder);
    QByteArray bytes = serialized(c);
    const int start = int(bytes.indexOf("\"timeline\": [")) + 13;
    const int end = int(bytes.indexOf("\n    ]", start));
    return bytes.replace(start, end - start, event);
}

const QByteArray plain = R"({"id": 7, "time": "2026-03-02T14:03:10Z", "end": null, "kind": "action",
 "person": null, "actor": "orders-api", "text": "rolled back", "tags": ["deploy"], "flags": [],
 "source": {"type": "typed", "format": "", "file": "", "line": 0}, "note": ""})";

} // namespace

class TestPlainEvent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomDocumentsReadAsBefore();
    void fastPathTakesPlainEvents();
    void damagedEvents_data();
    void damagedEvents();
    void randomlyDamagedTimelines();
};

void TestPlainEvent::randomDocumentsReadAsBefore()
{
    // Every field, every kind, flag and source type, hostile text: the same content either way.
    for (quint32 seed = 1; seed <= 25; ++seed) {
        const QByteArray bytes = serialized(testing::RandomDocument(seed).make(300, 10));
        QString difference;
        QVERIFY2(sameAsReference(bytes, &difference), qPrintable(difference));
        // Compact, with the keys in another order (sorted), too.
        const QByteArray compact = QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Compact);
        QVERIFY2(sameAsReference(compact, &difference), qPrintable(difference));
        const ReadResult read = readDocument(compact);
        QVERIFY(read.content);
        QVERIFY(serialized(*read.content) == bytes);
    }
}

void TestPlainEvent::fastPathTakesPlainEvents()
{
    // The fast path is really taken for the events of real documents, not left to the slow one.
    int taken = 0, total = 0;
    for (quint32 seed = 1; seed <= 10; ++seed) {
        reading::Reader reader(50);
        reader.beginList(reading::TimelineList);
        const QList<QByteArray> pieces = eventsOf(serialized(testing::RandomDocument(seed).make(100, 6)));
        for (int i = 0; i < pieces.size(); i += 2) { // each event once (indented)
            ++total;
            taken += reader.plainEvent(pieces.at(i).constData(), pieces.at(i).size()) ? 1 : 0;
        }
    }
    // Only an event whose actor is set together with a person, or whose end is before its start,
    // is invalid in a random document; surrogates are written as UTF-8, so they are plain too.
    QVERIFY2(taken * 10 >= total * 8, qPrintable(QStringLiteral("%1 of %2").arg(taken).arg(total)));
    reading::Reader reader(50);
    reader.beginList(reading::TimelineList);
    QVERIFY(reader.plainEvent(plain.constData(), plain.size()));
    QVERIFY2(!reader.plainEvent(plain.constData(), plain.size()), "the same id again is the slow path's");
}

void TestPlainEvent::damagedEvents_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("plain") << QByteArray() << QByteArray();
    QTest::newRow("escapes and UTF-8")
        << QByteArray("\"rolled back\"") << QByteArray("\"r\\u00f6lled \\\"back\\\"\\n\xe2\x82\xac\"");
    QTest::newRow("surrogate pair") << QByteArray("\"rolled back\"") << QByteArray("\"\\ud83d\\udd25\"");
    QTest::newRow("lone surrogate") << QByteArray("\"rolled back\"") << QByteArray("\"\\ud83d\"");
    QTest::newRow("invalid UTF-8") << QByteArray("\"rolled back\"") << QByteArray("\"rolled \xff\"");
    QTest::newRow("control character") << QByteArray("rolled back") << QByteArray("rolled\tback");
    QTest::newRow("unknown key") << QByteArray("\"note\"") << QByteArray("\"notes\"");
    QTest::newRow("missing key") << QByteArray(", \"note\": \"\"") << QByteArray();
    QTest::newRow("key twice") << QByteArray("\"note\": \"\"")
                               << QByteArray("\"note\": \"\", \"text\": \"x\"");
    QTest::newRow("source key twice") << QByteArray("\"line\": 0") << QByteArray("\"line\": 0, \"line\": 1");
    QTest::newRow("source key missing") << QByteArray(", \"line\": 0") << QByteArray();
    QTest::newRow("source unknown key") << QByteArray("\"line\": 0") << QByteArray("\"line\": 0, \"x\": 1");
    QTest::newRow("escaped key") << QByteArray("\"kind\"") << QByteArray("\"k\\u0069nd\"");
    QTest::newRow("escaped kind") << QByteArray("\"action\"") << QByteArray("\"acti\\u006fn\"");
    QTest::newRow("unknown kind") << QByteArray("\"action\"") << QByteArray("\"page\"");
    QTest::newRow("unknown source type") << QByteArray("\"typed\"") << QByteArray("\"typo\"");
    QTest::newRow("id 0") << QByteArray("\"id\": 7") << QByteArray("\"id\": 0");
    QTest::newRow("id negative") << QByteArray("\"id\": 7") << QByteArray("\"id\": -7");
    QTest::newRow("id fraction") << QByteArray("\"id\": 7") << QByteArray("\"id\": 7.5");
    QTest::newRow("id 7.0") << QByteArray("\"id\": 7") << QByteArray("\"id\": 7.0");
    QTest::newRow("id exponent") << QByteArray("\"id\": 7") << QByteArray("\"id\": 7e0");
    QTest::newRow("id huge") << QByteArray("\"id\": 7") << QByteArray("\"id\": 90071992547409930");
    QTest::newRow("id 2^53") << QByteArray("\"id\": 7") << QByteArray("\"id\": 9007199254740992");
    QTest::newRow("id string") << QByteArray("\"id\": 7") << QByteArray("\"id\": \"7\"");
    QTest::newRow("id null") << QByteArray("\"id\": 7") << QByteArray("\"id\": null");
    QTest::newRow("leading zero") << QByteArray("\"id\": 7") << QByteArray("\"id\": 07");
    QTest::newRow("bad time") << QByteArray("14:03:10Z") << QByteArray("14:03:61Z");
    QTest::newRow("time without zone") << QByteArray("14:03:10Z") << QByteArray("14:03:10");
    QTest::newRow("time null") << QByteArray("\"time\": \"2026-03-02T14:03:10Z\"")
                               << QByteArray("\"time\": null");
    QTest::newRow("end") << QByteArray("\"end\": null")
                         << QByteArray("\"end\": \"2026-03-02T15:00:00+01:00\"");
    QTest::newRow("end before start")
        << QByteArray("\"end\": null") << QByteArray("\"end\": \"2026-03-02T14:00:00Z\"");
    QTest::newRow("end a number") << QByteArray("\"end\": null") << QByteArray("\"end\": 5");
    QTest::newRow("person") << QByteArray("\"person\": null, \"actor\": \"orders-api\"")
                            << QByteArray("\"person\": 1, \"actor\": \"\"");
    QTest::newRow("person and actor") << QByteArray("\"person\": null") << QByteArray("\"person\": 1");
    QTest::newRow("unknown person") << QByteArray("\"person\": null, \"actor\": \"orders-api\"")
                                    << QByteArray("\"person\": 9, \"actor\": \"\"");
    QTest::newRow("flags") << QByteArray("\"flags\": []")
                           << QByteArray("\"flags\": [\"trigger\", \"key-moment\"]");
    QTest::newRow("flags out of order")
        << QByteArray("\"flags\": []") << QByteArray("\"flags\": [\"key-moment\", \"trigger\"]");
    QTest::newRow("flag twice") << QByteArray("\"flags\": []")
                                << QByteArray("\"flags\": [\"trigger\", \"trigger\"]");
    QTest::newRow("unknown flag") << QByteArray("\"flags\": []") << QByteArray("\"flags\": [\"urgent\"]");
    QTest::newRow("tags empty") << QByteArray("[\"deploy\"]") << QByteArray("[]");
    QTest::newRow("tag not a string") << QByteArray("[\"deploy\"]") << QByteArray("[\"deploy\", 3]");
    QTest::newRow("tags not an array") << QByteArray("[\"deploy\"]") << QByteArray("\"deploy\"");
    QTest::newRow("text null") << QByteArray("\"rolled back\"") << QByteArray("null");
    QTest::newRow("line negative") << QByteArray("\"line\": 0") << QByteArray("\"line\": -1");
    QTest::newRow("source null")
        << QByteArray("{\"type\": \"typed\", \"format\": \"\", \"file\": \"\", \"line\": 0}")
        << QByteArray("null");
    QTest::newRow("trailing comma") << QByteArray("\"note\": \"\"") << QByteArray("\"note\": \"\",");
    QTest::newRow("missing comma") << QByteArray("\"note\": \"\"") << QByteArray("\"note\": \"\" \"x\": 1");
    QTest::newRow("cut") << QByteArray("\"note\": \"\"}") << QByteArray("\"note\": \"");
    QTest::newRow("not an object") << plain << QByteArray("[7]");
}

void TestPlainEvent::damagedEvents()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QByteArray event = plain;
    if (!from.isEmpty()) {
        QVERIFY(event.contains(from));
        event.replace(from, to);
    }
    QString difference;
    QVERIFY2(sameAsReference(withEvent(event), &difference), qPrintable(difference));
    // The same event twice: its id is then used twice, an error of the second one.
    QVERIFY2(sameAsReference(withEvent(event + ",\n" + event), &difference), qPrintable(difference));
}

void TestPlainEvent::randomlyDamagedTimelines()
{
    // Small edits inside the timeline of a document that uses every part of the format.
    const QByteArray good = serialized(testing::RandomDocument(5).make(30, 4));
    const int start = int(good.indexOf("\"timeline\": [")) + 13;
    const int end = int(good.indexOf("\"nodes\": ["));
    static const char *const pieces[] = { ",", "}", "]", "{", "[", "\"", ":", "\\", "0", "-1", "1.5", "1e2",
        "null", "\"x\"", " ", "\n", "\x01", "\xc3", "\xef\xbf\xbf", "true", "\\u0041", "\\ud800",
        "\"id\": 1, ", "\"trigger\"", "\"key-moment\", ", "\"action\"", "\"imported\"",
        "\"2026-03-02T14:03:10Z\"", "\"note\": \"\", ", "\"person\": 1, " };
    QRandomGenerator random(2026);
    for (int round = 0; round < 4000; ++round) {
        QByteArray bytes = good;
        const int edits = 1 + int(random.bounded(2u));
        for (int e = 0; e < edits; ++e) {
            const int at = start + int(random.bounded(quint32(end - start - 20)));
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
        QString difference;
        if (!sameAsReference(bytes, &difference)) {
            qWarning().noquote() << QString::fromUtf8(bytes.mid(start, end - start));
            QFAIL(qPrintable(QStringLiteral("round %1\n").arg(round) + difference));
        }
    }
}

QTEST_GUILESS_MAIN(TestPlainEvent)
#include "tst_plainevent.moc"
