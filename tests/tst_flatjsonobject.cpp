// SPDX-License-Identifier: GPL-3.0-or-later
// The fast path of the JSON Lines importer: whatever FlatJsonObject accepts, QJsonDocument accepts
// too and reads the same; what it is not sure of it refuses, so that QJsonDocument's message is
// the one the user sees. Checked on a table of lines and on thousands of randomly damaged lines.
#include "import/flatjsonobject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace causeway;

namespace {

const char *const Keys[] = { "message", "datetime", "timestamp", "timestamp_desc", "tag", "hostname", "n" };

/// Whether \a flat read every key of \a line as QJsonDocument did; the first difference in \a why.
bool agreesWithQt(const QByteArray &line, const FlatJsonObject &flat, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = QStringLiteral("accepted, but Qt says: %1").arg(error.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    for (const char *key : Keys) {
        const FlatJsonObject::Value v = flat.value(key);
        const QJsonValue q = o.value(QLatin1String(key));
        bool ok = true;
        switch (v.type) {
        case FlatJsonObject::Type::Missing:
            if (!q.isUndefined())
                *why = QStringLiteral("%1: missing here only").arg(QLatin1String(key));
            break;
        case FlatJsonObject::Type::String: {
            const QString s = FlatJsonObject::string(v, &ok);
            if (ok && (!q.isString() || q.toString() != s))
                *why =
                    QStringLiteral("%1: \"%2\" here, \"%3\" in Qt").arg(QLatin1String(key), s, q.toString());
            break;
        }
        case FlatJsonObject::Type::Number:
            if (!q.isDouble())
                *why = QStringLiteral("%1: a number here only").arg(QLatin1String(key));
            break;
        case FlatJsonObject::Type::Bool:
            if (!q.isBool())
                *why = QStringLiteral("%1: a boolean here only").arg(QLatin1String(key));
            break;
        case FlatJsonObject::Type::Null:
            if (!q.isNull())
                *why = QStringLiteral("%1: null here only").arg(QLatin1String(key));
            break;
        case FlatJsonObject::Type::Array: {
            QStringList expected;
            for (const QJsonValue e : q.toArray()) {
                if (e.isString())
                    expected << e.toString();
            }
            const QStringList strings = FlatJsonObject::strings(v, &ok);
            if (!q.isArray() || (ok && strings != expected))
                *why = QStringLiteral("%1: another array in Qt").arg(QLatin1String(key));
            break;
        }
        }
        if (!why->isEmpty())
            return false;
    }
    return true;
}

} // namespace

class TestFlatJsonObject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lines_data();
    void lines();
    void damagedLinesNeverDisagree();
};

void TestFlatJsonObject::lines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("message"); // as read, when accepted

    QTest::newRow("Timesketch line")
        << QByteArray(
               "{\"message\": \"User login\", \"datetime\": \"2026-04-14T08:00:00Z\", "
               "\"timestamp_desc\": \"Event Recorded\", \"hostname\": \"web-1\", \"tag\": [\"a\", \"b\"]}")
        << true << QStringLiteral("User login");
    QTest::newRow("no spaces, numbers, literals")
        << QByteArray("{\"message\":\"x\",\"timestamp\":-1.5e+10,\"n\":0,\"a\":true,\"b\":false,\"c\":null}")
        << true << QStringLiteral("x");
    QTest::newRow("simple escapes") << QByteArray(
                                           R"({"message": "a \"quoted\" path C:\\temp\/x\ttab\nline"})")
                                    << true << QStringLiteral("a \"quoted\" path C:\\temp/x\ttab\nline");
    QTest::newRow("\\u escape") << QByteArray(R"({"message": "caf\u00e9 \u20ac"})") << true
                                << QString::fromUtf8("café €");
    QTest::newRow("UTF-8 text") << QByteArray("{\"message\": \"Zoë → ok\"}") << true
                                << QString::fromUtf8("Zoë → ok");
    QTest::newRow("empty object") << QByteArray("  {}  ") << true << QString();
    QTest::newRow("empty array") << QByteArray("{\"tag\": [], \"message\": \"m\"}") << true
                                 << QStringLiteral("m");
    // Refused: QJsonDocument reads these (or says what is wrong with them).
    QTest::newRow("nested object") << QByteArray("{\"message\": \"m\", \"extra\": {\"a\": 1}}") << false
                                   << QString();
    QTest::newRow("nested array") << QByteArray("{\"tag\": [[\"a\"]]}") << false << QString();
    QTest::newRow("surrogate pair") << QByteArray(R"({"message": "\ud83d\ude00"})") << false << QString();
    QTest::newRow("escaped NUL") << QByteArray(R"({"message": "a\u0000b"})") << false << QString();
    QTest::newRow("escaped key") << QByteArray(R"({"mess\u0061ge": "m"})") << false << QString();
    QTest::newRow("key twice") << QByteArray("{\"message\": \"a\", \"message\": \"b\"}") << false
                               << QString();
    QTest::newRow("huge exponent") << QByteArray("{\"n\": 1e999}") << false << QString();
    QTest::newRow("leading zero") << QByteArray("{\"n\": 01}") << false << QString();
    QTest::newRow("bad escape") << QByteArray(R"({"message": "\x"})") << false << QString();
    QTest::newRow("raw tab in string") << QByteArray("{\"message\": \"a\tb\"}") << false << QString();
    QTest::newRow("trailing comma") << QByteArray("{\"message\": \"m\",}") << false << QString();
    QTest::newRow("garbage after") << QByteArray("{\"message\": \"m\"} x") << false << QString();
    QTest::newRow("unterminated") << QByteArray("{\"message\": \"m") << false << QString();
    QTest::newRow("an array") << QByteArray("[1, 2]") << false << QString();
    QTest::newRow("single quotes") << QByteArray("{'message': 'm'}") << false << QString();
}

void TestFlatJsonObject::lines()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, accepted);
    QFETCH(QString, message);

    FlatJsonObject flat;
    bool read = flat.parse(line.constData(), line.size());
    if (read) {
        bool ok = true;
        const QString text = FlatJsonObject::string(flat.value("message"), &ok);
        read = ok && flat.isUnique();
        if (read)
            QCOMPARE(text, message);
    }
    QCOMPARE(read, accepted);
    if (read) {
        QString why;
        QVERIFY2(agreesWithQt(line, flat, &why), qPrintable(why));
    }
}

void TestFlatJsonObject::damagedLinesNeverDisagree()
{
    const QByteArray good = R"({"message": "Login \"ok\" caf\u00e9", "datetime": "2026-04-14T08:00:00Z", )"
                            R"("timestamp": 1776153600000000, "n": -0.5e-3, "tag": ["x", 1, null, "y\/z"], )"
                            R"("hostname": "web-1", "ok": true})";
    static const char alphabet[] = "{}[]\":,\\u0e9+-.ntfalse \t";
    QRandomGenerator random(42);
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray line = good;
        for (int edits = 1 + random.bounded(3); edits > 0; --edits) {
            const int at = random.bounded(int(line.size()));
            switch (random.bounded(3)) {
            case 0:
                line[at] = alphabet[random.bounded(int(sizeof(alphabet) - 1))];
                break;
            case 1:
                line.remove(at, 1);
                break;
            case 2:
                line.insert(at, alphabet[random.bounded(int(sizeof(alphabet) - 1))]);
                break;
            }
        }
        FlatJsonObject flat;
        if (!flat.parse(line.constData(), line.size()))
            continue;
        for (const char *key : Keys)
            flat.value(key);
        if (!flat.isUnique())
            continue;
        ++accepted;
        QString why;
        if (!agreesWithQt(line, flat, &why))
            QFAIL(qPrintable(QStringLiteral("%1\n  %2").arg(QString::fromUtf8(line), why)));
    }
    QVERIFY(accepted > 100); // enough damaged lines were still valid to test something
}

QTEST_GUILESS_MAIN(TestFlatJsonObject)
#include "tst_flatjsonobject.moc"
