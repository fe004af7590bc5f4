// SPDX-License-Identifier: GPL-3.0-or-later
// The file format never loses data: save → load → save is byte-identical, for the bundled sample
// and for random documents that use every field, and what is loaded equals what was saved.
#include "document.h"
#include "format/documentfile.h"
#include "format/documentreader.h"
#include "format/documentwriter.h"
#include "randomdocument.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace causeway;

namespace {

/// The first line where two serializations differ, to make a failure readable.
QByteArray firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n');
    const QList<QByteArray> lb = b.split('\n');
    for (int i = 0; i < qMax(la.size(), lb.size()); ++i) {
        const QByteArray x = la.value(i);
        const QByteArray y = lb.value(i);
        if (x != y)
            return "line " + QByteArray::number(i + 1) + ":\n  " + x + "\n  " + y;
    }
    return {};
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleIsCanonical();
    void sampleSavesByteIdentical();
    void randomDocuments_data();
    void randomDocuments();
    void timesKeepPrecisionAndOffset_data();
    void timesKeepPrecisionAndOffset();
    void emptyDocument();
};

void TestRoundTrip::sampleIsCanonical()
{
    const QString path = QFINDTESTDATA("../resources/samples/migration-timeout.causeway");
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();

    const ReadResult read = readDocument(original);
    QVERIFY2(read.content, qPrintable(read.errors.value(0).toString()));
    const Document document(*read.content);
    const QByteArray written = serializeDocument(document);
    QVERIFY2(written == original, firstDifference(original, written).constData());
}

void TestRoundTrip::sampleSavesByteIdentical()
{
    const QString path = QFINDTESTDATA("../resources/samples/migration-timeout.causeway");
    LoadResult loaded = loadDocument(path);
    QVERIFY(loaded.document);
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.causeway"));
    const QString second = dir.filePath(QStringLiteral("second.causeway"));
    QString error;
    QVERIFY2(saveDocument(*loaded.document, first, &error), qPrintable(error));
    LoadResult again = loadDocument(first);
    QVERIFY(again.document);
    QVERIFY2(saveDocument(*again.document, second, &error), qPrintable(error));
    QFile a(first), b(second);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
}

void TestRoundTrip::randomDocuments_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 25; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestRoundTrip::randomDocuments()
{
    QFETCH(quint32, seed);
    const Document original(testing::RandomDocument(seed).make());
    const QByteArray first = serializeDocument(original);

    const ReadResult read = readDocument(first);
    QVERIFY2(read.content, qPrintable(read.errors.value(0).toString()));
    const Document loaded(*read.content);
    const QByteArray second = serializeDocument(loaded);
    QVERIFY2(first == second, firstDifference(first, second).constData());

    // Field by field, not only bytes: a field the writer forgot would otherwise go unnoticed.
    const DocumentContent a = original.content();
    const DocumentContent b = loaded.content();
    QVERIFY(!Incident::diff(a.incident, b.incident));
    QCOMPARE(a.templateId, b.templateId);
    QCOMPARE(a.sections, b.sections);
    QCOMPARE(a.events.size(), b.events.size());
    for (int i = 0; i < a.events.size(); ++i)
        QVERIFY2(!TimelineEvent::diff(a.events.at(i), b.events.at(i)),
            qPrintable(QStringLiteral("event %1").arg(i)));
    QCOMPARE(a.nodes.size(), b.nodes.size());
    for (int i = 0; i < a.nodes.size(); ++i)
        QVERIFY(!CausalNode::diff(a.nodes.at(i), b.nodes.at(i)));
    QCOMPARE(a.links.size(), b.links.size());
    for (int i = 0; i < a.links.size(); ++i)
        QVERIFY(!CausalLink::diff(a.links.at(i), b.links.at(i)));
    for (int i = 0; i < a.people.size(); ++i)
        QVERIFY(!Person::diff(a.people.at(i), b.people.at(i)));
    for (int i = 0; i < a.answers.size(); ++i)
        QVERIFY(!DifferentEngineerAnswer::diff(a.answers.at(i), b.answers.at(i)));
    for (int i = 0; i < a.actions.size(); ++i)
        QVERIFY(!CorrectiveAction::diff(a.actions.at(i), b.actions.at(i)));
    for (int i = 0; i < a.lessons.size(); ++i)
        QVERIFY(!Lesson::diff(a.lessons.at(i), b.lessons.at(i)));
    for (int i = 0; i < a.evidence.size(); ++i)
        QVERIFY(!Evidence::diff(a.evidence.at(i), b.evidence.at(i)));
}

void TestRoundTrip::timesKeepPrecisionAndOffset_data()
{
    QTest::addColumn<QString>("time");
    QTest::newRow("whole seconds, UTC") << QStringLiteral("2026-03-02T14:03:10Z");
    QTest::newRow("milliseconds, +01:00") << QStringLiteral("2026-03-02T15:03:10.250+01:00");
    QTest::newRow("microseconds, -05:00") << QStringLiteral("2026-03-02T09:03:10.000123-05:00");
    QTest::newRow("half-hour offset") << QStringLiteral("2026-03-02T19:33:10.999999+05:30");
    QTest::newRow("before 1970") << QStringLiteral("1969-12-31T23:59:59.5+00:30");
}

void TestRoundTrip::timesKeepPrecisionAndOffset()
{
    QFETCH(QString, time);
    Document document;
    TimelineEvent e;
    e.time = Instant::parseRfc3339(time);
    QVERIFY(e.time.isValid());
    e.text = QStringLiteral("x");
    document.add(e);
    const ReadResult read = readDocument(serializeDocument(document));
    QVERIFY(read.content);
    const Instant back = read.content->events.first().time;
    QCOMPARE(back.utcMicroseconds(), e.time.utcMicroseconds());
    QCOMPARE(back.offsetSeconds(), e.time.offsetSeconds());
}

void TestRoundTrip::emptyDocument()
{
    const Document empty;
    const QByteArray bytes = serializeDocument(empty);
    QVERIFY(bytes.startsWith("{\n    \"format\": \"causeway\",\n    \"version\": 1,\n"));
    QVERIFY(bytes.endsWith("}\n"));
    const ReadResult read = readDocument(bytes);
    QVERIFY2(read.content, qPrintable(read.errors.value(0).toString()));
    QCOMPARE(serializeDocument(Document(*read.content)), bytes);
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
