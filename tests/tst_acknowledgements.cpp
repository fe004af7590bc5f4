// SPDX-License-Identifier: GPL-3.0-or-later
// Acknowledged findings: one undo step each way, kept in the file (and only when there are any),
// read back exactly, and refused with the place named when the file is wrong.
#include "checks/checkids.h"
#include "document.h"
#include "format/documentreader.h"
#include "format/documentwriter.h"

#include <QSignalSpy>
#include <QtTest>

using namespace causeway;

namespace {

Acknowledgement ownerAck(const char *reason)
{
    return { QLatin1String(checks::ActionNoOwner), EntityRef::of(EntityKind::Action, ActionId(1)),
        QStringLiteral("owner"), QString::fromUtf8(reason) };
}

DocumentContent base()
{
    DocumentContent c;
    CorrectiveAction a;
    a.id = ActionId(1);
    a.title = QStringLiteral("Estimate migration duration");
    c.actions = { a };
    c.sections.insert(QStringLiteral("summary"), QStringLiteral("Summary"));
    return c;
}

} // namespace

class TestAcknowledgements : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acknowledgeIsOneStep();
    void changeReasonAndReopen();
    void roundTrip();
    void fileWithoutAcknowledgementsIsUnchanged();
    void readErrors_data();
    void readErrors();
};

void TestAcknowledgements::acknowledgeIsOneStep()
{
    Document d(base());
    const QByteArray before = serializeDocument(d);
    QSignalSpy changed(&d, &Document::acknowledgementsChanged);
    d.acknowledge(ownerAck("The platform team takes it"));
    QCOMPARE(d.undoStack()->count(), 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(d.acknowledgement(QLatin1String(checks::ActionNoOwner),
        EntityRef::of(EntityKind::Action, ActionId(1)), QStringLiteral("owner")));
    const QByteArray after = serializeDocument(d);
    QVERIFY(after != before);

    d.undoStack()->undo();
    QVERIFY(d.acknowledgements().isEmpty());
    QCOMPARE(serializeDocument(d), before);
    d.undoStack()->redo();
    QCOMPARE(serializeDocument(d), after);
    QCOMPARE(changed.count(), 3);

    // Acknowledging the same again with the same reason changes nothing and pushes nothing.
    d.acknowledge(ownerAck("The platform team takes it"));
    QCOMPARE(d.undoStack()->count(), 1);
}

void TestAcknowledgements::changeReasonAndReopen()
{
    Document d(base());
    d.acknowledge(
        { QLatin1String(checks::TriggerMissing), EntityRef::document(), QString(), QStringLiteral("first") });
    d.acknowledge(ownerAck("first reason"));
    const QByteArray two = serializeDocument(d);

    d.acknowledge(ownerAck("second reason"));
    QCOMPARE(d.acknowledgements().size(), 2);
    QCOMPARE(d.acknowledgements().at(1).reason, QStringLiteral("second reason"));
    QCOMPARE(d.undoStack()->undoText(), QStringLiteral("Change Acknowledgement"));
    d.undoStack()->undo();
    QCOMPARE(serializeDocument(d), two);
    d.undoStack()->redo();

    // Reopening the first one and undoing puts it back in its place, so the file is as before.
    const QByteArray changed = serializeDocument(d);
    d.unacknowledge(QLatin1String(checks::TriggerMissing), EntityRef::document(), QString());
    QCOMPARE(d.acknowledgements().size(), 1);
    QCOMPARE(d.undoStack()->undoText(), QStringLiteral("Reopen Finding"));
    d.undoStack()->undo();
    QCOMPARE(serializeDocument(d), changed);
    d.undoStack()->redo();
    QCOMPARE(d.acknowledgements().size(), 1);
    // Reopening what is not acknowledged is no step.
    const int steps = d.undoStack()->count();
    d.unacknowledge(QLatin1String(checks::TriggerMissing), EntityRef::document(), QString());
    QCOMPARE(d.undoStack()->count(), steps);
}

void TestAcknowledgements::roundTrip()
{
    Document d(base());
    d.acknowledge(ownerAck("The platform team takes it; \"quoted\" and ünïcødé"));
    d.acknowledge({ QLatin1String(checks::BlameLanguage), EntityRef::section(QStringLiteral("summary")),
        QStringLiteral("text"), QStringLiteral("Quoting the earlier post-mortem") });
    d.acknowledge({ QLatin1String(checks::ImpactNoNumbers), EntityRef::incident(), QStringLiteral("impact"),
        QStringLiteral("Internal tool, no customers") });
    // An acknowledgement of a node that was removed since stays (undo brings the node back).
    d.acknowledge({ QLatin1String(checks::NodeNoEvidence), EntityRef::of(EntityKind::Node, NodeId(42)),
        QStringLiteral("evidenceEvents"), QStringLiteral("Removed") });
    const QByteArray bytes = serializeDocument(d);
    QVERIFY(bytes.contains("\"acknowledgements\""));
    ReadResult read = readDocument(bytes);
    QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.value(0).toString()));
    QCOMPARE(read.content->acknowledgements, d.acknowledgements());
    const Document again(std::move(*read.content));
    QCOMPARE(serializeDocument(again), bytes);
}

void TestAcknowledgements::fileWithoutAcknowledgementsIsUnchanged()
{
    const Document d(base());
    QVERIFY(!serializeDocument(d).contains("acknowledgements"));
}

void TestAcknowledgements::readErrors_data()
{
    QTest::addColumn<QByteArray>("acknowledgements");
    QTest::addColumn<QString>("error");
    QTest::newRow("not an array") << QByteArray("{}")
                                  << QStringLiteral("acknowledgements: expected an array, got an object");
    QTest::newRow("missing reason")
        << QByteArray(R"([{"check": "action.no-owner", "entity": "action", "id": 1, "field": "owner"}])")
        << QStringLiteral("acknowledgements[0]: missing key \"reason\"");
    QTest::newRow("empty reason")
        << QByteArray(
               R"([{"check": "action.no-owner", "entity": "action", "id": 1, "field": "owner", "reason": " "}])")
        << QStringLiteral("acknowledgements[0].reason: expected a non-empty string");
    QTest::newRow("unknown entity")
        << QByteArray(
               R"([{"check": "action.no-owner", "entity": "robot", "id": 1, "field": "", "reason": "r"}])")
        << QStringLiteral("acknowledgements[0].entity: expected \"document\"");
    QTest::newRow("bad check id")
        << QByteArray(R"([{"check": "Owner!", "entity": "action", "id": 1, "field": "", "reason": "r"}])")
        << QStringLiteral("acknowledgements[0].check: expected a check id");
    QTest::newRow("id for the document")
        << QByteArray(
               R"([{"check": "trigger.missing", "entity": "document", "id": 3, "field": "", "reason": "r"}])")
        << QStringLiteral("acknowledgements[0].id: expected null for \"document\", got 3");
    QTest::newRow("section without key")
        << QByteArray(
               R"([{"check": "blame.language", "entity": "section", "id": 3, "field": "text", "reason": "r"}])")
        << QStringLiteral("acknowledgements[0].id: expected a section key");
    QTest::newRow("twice")
        << QByteArray(
               R"([{"check": "trigger.missing", "entity": "document", "id": null, "field": "", "reason": "a"},)"
               R"({"check": "trigger.missing", "entity": "document", "id": null, "field": "", "reason": "b"}])")
        << QStringLiteral(
               "acknowledgements[1]: the same finding is already acknowledged by acknowledgements[0]");
    QTest::newRow("unknown key")
        << QByteArray(
               R"([{"check": "trigger.missing", "entity": "document", "id": null, "field": "", "reason": "a", "x": 1}])")
        << QStringLiteral("acknowledgements[0]");
}

void TestAcknowledgements::readErrors()
{
    QFETCH(QByteArray, acknowledgements);
    QFETCH(QString, error);
    QByteArray bytes = serializeDocument(Document(base()));
    const int end = bytes.lastIndexOf('}');
    bytes.insert(end, ",\n  \"acknowledgements\": " + acknowledgements + "\n");
    const ReadResult read = readDocument(bytes);
    QVERIFY(!read.content);
    QVERIFY(!read.errors.isEmpty());
    QVERIFY2(read.errors.first().toString().contains(error), qPrintable(read.errors.first().toString()));
}

QTEST_GUILESS_MAIN(TestAcknowledgements)
#include "tst_acknowledgements.moc"
