// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming reader's fast path (parseJsonQuickly) against QJsonDocument: whatever it accepts
// it must read exactly as QJsonDocument does, and whatever QJsonDocument rejects, or reads with a
// key given twice, it must leave to the slow path. The whole-document agreement of the two ways of
// reading (same content, same errors) is checked in tst_streamingreader.
#include "document.h"
#include "format/documentwriter.h"
#include "format/jsonduplicatekeys.h"
#include "format/quickjsonparser.h"
#include "randomdocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace causeway;

namespace {

/// What QJsonDocument reads for one piece, as the streaming reader asks it; false when it fails.
bool parseWithQt(const QByteArray &piece, QJsonValue *value)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + piece + "]", &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return false;
    *value = doc.array().at(0);
    return true;
}

/// The value written back, so that a difference shows in a failure message.
QByteArray shown(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
}

/// The timeline, node and evidence elements of a random document, each written on its own.
QList<QByteArray> elementsOf(quint32 seed)
{
    const DocumentContent content = testing::RandomDocument(seed).make(60, 12);
    const QJsonObject root = QJsonDocument::fromJson(serializeDocument(Document(content))).object();
    QList<QByteArray> pieces;
    for (const char *list : { "people", "timeline", "nodes", "links", "actions", "evidence" }) {
        const QJsonArray array = root.value(QLatin1String(list)).toArray();
        for (const QJsonValue &element : array) {
            pieces << QJsonDocument(element.toObject()).toJson(QJsonDocument::Indented);
            pieces << QJsonDocument(element.toObject()).toJson(QJsonDocument::Compact);
        }
    }
    return pieces;
}

} // namespace

class TestQuickJsonParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAsQtDoes_data();
    void readsAsQtDoes();
    void leavesTheRestToTheSlowPath_data();
    void leavesTheRestToTheSlowPath();
    void readsEveryElementOfRandomDocuments();
    void randomlyBrokenElements();
};

void TestQuickJsonParser::readsAsQtDoes_data()
{
    QTest::addColumn<QByteArray>("piece");
    QTest::newRow("event") << QByteArray(
        R"({"id": 12, "time": "2026-03-02T14:03:10Z", "end": null, "kind": "action", "tags": ["a", "b"],)"
        R"( "source": {"type": "imported", "format": "jsonl", "file": "x.jsonl", "line": 7}, "note": ""})");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray(" [ ] ");
    QTest::newRow("white space everywhere") << QByteArray(" \n\t{ \"a\" :\r\n[ 1 , true,false ,null ] }\n ");
    QTest::newRow("escapes") << QByteArray(R"({"t": "q\" b\\ s\/ \b\f\n\r\t \u0041\u00e9\u20ac\u0000 end"})");
    QTest::newRow("escape first") << QByteArray(R"("\n")");
    QTest::newRow("UTF-8") << QByteArray("{\"t\": \"Gr\xc3\xbc\xc3\x9f\x65 \xe2\x82\xac \xf0\x9f\x94\xa5\"}");
    QTest::newRow("UTF-8 and escapes") << QByteArray("\"\xc3\xa9\\n\xe2\x82\xac\\\"\"");
    QTest::newRow("delete character") << QByteArray("\"\x7f\"");
    QTest::newRow("integers") << QByteArray("[0, -1, 7, 123456789012345, -999999999999999]");
    QTest::newRow("keys in any order") << QByteArray(R"({"z": 1, "a": 2, "m": {"y": [], "b": {}}})");
    QTest::newRow("key with escapes") << QByteArray(R"({"a\"b": 1, "a\u0062": 2})");
    QTest::newRow("nested arrays") << QByteArray("[[[[[[1]]]]], [], [[]]]");
    QTest::newRow("a string alone") << QByteArray("\"just text\"");
}

void TestQuickJsonParser::readsAsQtDoes()
{
    QFETCH(QByteArray, piece);
    QJsonValue expected;
    QVERIFY(parseWithQt(piece, &expected));
    QJsonValue quick;
    QVERIFY(parseJsonQuickly(piece.constData(), piece.size(), &quick));
    QCOMPARE(shown(quick), shown(expected));
    QVERIFY(quick == expected);
}

void TestQuickJsonParser::leavesTheRestToTheSlowPath_data()
{
    QTest::addColumn<QByteArray>("piece");
    // Not JSON at all: QJsonDocument says what is wrong.
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("missing comma") << QByteArray(R"({"a": 1 "b": 2})");
    QTest::newRow("trailing comma") << QByteArray("[1, 2,]");
    QTest::newRow("trailing comma in object") << QByteArray(R"({"a": 1,})");
    QTest::newRow("unterminated string") << QByteArray(R"({"a": "abc})");
    QTest::newRow("unterminated object") << QByteArray(R"({"a": 1)");
    QTest::newRow("two values") << QByteArray("1 2");
    QTest::newRow("control character") << QByteArray("\"a\tb\"");
    QTest::newRow("bad escape") << QByteArray(R"("\x")");
    QTest::newRow("short \\u") << QByteArray(R"("\u12")");
    QTest::newRow("invalid UTF-8") << QByteArray("\"a\xff\"");
    QTest::newRow("overlong UTF-8") << QByteArray("\"\xc0\xaf\"");
    QTest::newRow("UTF-8 surrogate") << QByteArray("\"\xed\xa0\x80\"");
    QTest::newRow("cut UTF-8") << QByteArray("\"\xe2\x82\"");
    QTest::newRow("leading zero") << QByteArray("[01]");
    QTest::newRow("bare word") << QByteArray("[nul]");
    QTest::newRow("key not a string") << QByteArray("{1: 2}");
    QTest::newRow("single quotes") << QByteArray("['a']");
    // Valid, but read by the slow path, which knows these cases.
    QTest::newRow("key given twice") << QByteArray(R"({"a": 1, "b": 2, "a": 3})");
    QTest::newRow("key given twice, nested") << QByteArray(R"({"s": {"line": 0, "line": 1}})");
    QTest::newRow("key given twice, once escaped") << QByteArray(R"({"ab": 1, "a\u0062": 2})");
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83d\udd25")");
    QTest::newRow("lone surrogate") << QByteArray(R"("\ud83d")");
    QTest::newRow("non-character") << QByteArray("\"\xef\xbf\xbf\"");
    QTest::newRow("fraction") << QByteArray("[1.5]");
    QTest::newRow("exponent") << QByteArray("[1e3]");
    QTest::newRow("minus zero") << QByteArray("[-0]");
    QTest::newRow("16 digits") << QByteArray("[1234567890123456]");
    QTest::newRow("deep nesting") << QByteArray(40, '[') + QByteArray(40, ']');
}

void TestQuickJsonParser::leavesTheRestToTheSlowPath()
{
    QFETCH(QByteArray, piece);
    QJsonValue value;
    QVERIFY(!parseJsonQuickly(piece.constData(), piece.size(), &value));
}

void TestQuickJsonParser::readsEveryElementOfRandomDocuments()
{
    // Hostile text (quotes, backslashes, control characters, non-ASCII), every field and every
    // enumeration value: all of it must take the fast path and read exactly as before.
    int taken = 0, total = 0;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        const QList<QByteArray> pieces = elementsOf(seed);
        for (const QByteArray &piece : pieces) {
            QJsonValue expected;
            QVERIFY(parseWithQt(piece, &expected));
            QJsonValue quick;
            ++total;
            if (!parseJsonQuickly(piece.constData(), piece.size(), &quick))
                continue;
            ++taken;
            QVERIFY2(quick == expected, piece.constData());
            QCOMPARE(shown(quick), shown(expected));
        }
    }
    // Node positions are written as fractions, which the fast path leaves alone: the rest is fast.
    QVERIFY2(taken * 10 > total * 8, qPrintable(QStringLiteral("%1 of %2").arg(taken).arg(total)));
}

void TestQuickJsonParser::randomlyBrokenElements()
{
    // Small edits anywhere in real elements: what the fast path accepts, QJsonDocument must read
    // the same way with no key given twice; the fast path never accepts what Qt refuses.
    const QList<QByteArray> pieces = elementsOf(99);
    static const char *const edits[] = { ",", "}", "]", "{", "[", "\"", ":", "\\", "0", "-", "1.", "null",
        "\"x\"", " ", "\n", "\x01", "\xc3", "\xe2\x82", "true", "\\u", "\\ud800", "e5", "\"id\": 1, " };
    QRandomGenerator random(2026);
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray piece = pieces.at(int(random.bounded(quint32(pieces.size()))));
        const int at = int(random.bounded(quint32(piece.size())));
        switch (random.bounded(3u)) {
        case 0:
            piece.remove(at, 1 + int(random.bounded(3u)));
            break;
        case 1:
            piece.insert(at, edits[random.bounded(quint32(std::size(edits)))]);
            break;
        default:
            piece.replace(at, 1, edits[random.bounded(quint32(std::size(edits)))]);
            break;
        }
        QJsonValue quick;
        if (!parseJsonQuickly(piece.constData(), piece.size(), &quick))
            continue;
        ++accepted;
        QJsonValue expected;
        QVERIFY2(parseWithQt(piece, &expected), piece.constData());
        QVERIFY2(quick == expected, piece.constData());
        QVERIFY2(!findDuplicateKey(piece.constData(), piece.size(), QStringLiteral("timeline"), 0),
            piece.constData());
    }
    QVERIFY(accepted > 1000); // the check above ran often enough to mean something
}

QTEST_GUILESS_MAIN(TestQuickJsonParser)
#include "tst_quickjsonparser.moc"
