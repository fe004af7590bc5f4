// SPDX-License-Identifier: GPL-3.0-or-later
// The step-through of a presentation, on the bundled sample: the timeline in time order, and at
// each step the nodes that the step's events are evidence for.
#include "document.h"
#include "format/documentfile.h"
#include "presentation/presentationsteps.h"

#include <QtTest>

Q_DECLARE_METATYPE(causeway::StepMode)

using namespace causeway;

namespace {
/// What the sample says each event supports, read straight from its two kinds of evidence link.
QSet<NodeId> expectedSupport(const Document &doc, EventId event)
{
    QSet<NodeId> out;
    for (const CausalNode &n : doc.nodes()) {
        if (n.evidenceEvents.contains(event))
            out.insert(n.id);
    }
    for (const Evidence &item : doc.evidence()) {
        if (item.events.contains(event)) {
            for (NodeId n : item.nodes)
                out.insert(n);
        }
    }
    return out;
}
} // namespace

class TestPresentationSteps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void eventModeWalksTheTimelineInTimeOrder();
    void eachStepHighlightsTheNodesItsEventsSupport_data();
    void eachStepHighlightsTheNodesItsEventsSupport();
    void theTriggerStepHighlightsTheTriggerNode();
    void milestoneStepsEndAtMilestones();
    void evidenceAttachedToEventAndNodeCounts();
    void cursorStepsBackAndForth();
    void switchingModeKeepsTheCurrentEvent();
    void emptyTimelineHasNoSteps();

private:
    std::unique_ptr<Document> m_doc;
};

void TestPresentationSteps::init()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    m_doc = std::move(loaded.document);
    QVERIFY(m_doc->events().size() > 10);
}

void TestPresentationSteps::eventModeWalksTheTimelineInTimeOrder()
{
    // Entered out of order on purpose: the walk follows the clock, not the list.
    TimelineEvent late = m_doc->events().first();
    late.time = Instant::fromUtcMicroseconds(m_doc->events().first().time.utcMicroseconds() - 3600000000LL);
    late.text = QStringLiteral("Entered last, happened first");
    const EventId earliest = m_doc->add(late);

    const PresentationSteps steps(*m_doc, StepMode::Events);
    QCOMPARE(steps.count(), m_doc->events().size());
    QCOMPARE(steps.at(0).focus(), earliest);
    QSet<EventId> seen;
    for (int i = 0; i < steps.count(); ++i) {
        QCOMPARE(steps.at(i).events.size(), 1);
        const EventId id = steps.at(i).focus();
        QVERIFY2(!seen.contains(id), "every event is one step, once");
        seen.insert(id);
        QCOMPARE(steps.stepOf(id), i);
        if (i > 0) {
            const Instant before = m_doc->event(steps.at(i - 1).focus())->time;
            QVERIFY2(!(m_doc->event(id)->time < before),
                qPrintable(QStringLiteral("step %1 goes back in time").arg(i)));
        }
    }
    QCOMPARE(steps.eventsUpTo(steps.count() - 1).size(), m_doc->events().size());
}

void TestPresentationSteps::eachStepHighlightsTheNodesItsEventsSupport_data()
{
    QTest::addColumn<StepMode>("mode");
    QTest::newRow("events") << StepMode::Events;
    QTest::newRow("milestones") << StepMode::Milestones;
}

void TestPresentationSteps::eachStepHighlightsTheNodesItsEventsSupport()
{
    QFETCH(StepMode, mode);
    const PresentationSteps steps(*m_doc, mode);
    QVERIFY(!steps.isEmpty());
    QSet<NodeId> revealed;
    int highlightedSomewhere = 0;
    for (int i = 0; i < steps.count(); ++i) {
        QSet<NodeId> expected;
        for (EventId e : steps.at(i).events)
            expected.unite(expectedSupport(*m_doc, e));
        QCOMPARE(steps.at(i).highlighted, expected);
        revealed.unite(expected);
        QCOMPARE(steps.at(i).revealed, revealed);
        highlightedSomewhere += steps.at(i).highlighted.isEmpty() ? 0 : 1;
    }
    QVERIFY(highlightedSomewhere > 0);
    // By the end every node with evidence is on screen.
    QSet<NodeId> withEvidence;
    for (const TimelineEvent &e : m_doc->events())
        withEvidence.unite(expectedSupport(*m_doc, e.id));
    QCOMPARE(steps.at(steps.count() - 1).revealed, withEvidence);
}

void TestPresentationSteps::theTriggerStepHighlightsTheTriggerNode()
{
    EventId triggerEvent;
    for (const TimelineEvent &e : m_doc->events()) {
        if (e.flags.testFlag(EventFlag::Trigger))
            triggerEvent = e.id;
    }
    QVERIFY(triggerEvent.isValid());
    const PresentationSteps steps(*m_doc, StepMode::Events);
    const PresentationStep &step = steps.at(steps.stepOf(triggerEvent));
    int triggerNodes = 0;
    for (const CausalNode &n : m_doc->nodes()) {
        if (n.type == NodeType::Trigger && n.evidenceEvents.contains(triggerEvent)) {
            QVERIFY(step.highlighted.contains(n.id));
            ++triggerNodes;
        }
    }
    QVERIFY(triggerNodes > 0);
}

void TestPresentationSteps::milestoneStepsEndAtMilestones()
{
    const PresentationSteps events(*m_doc, StepMode::Events);
    const PresentationSteps milestones(*m_doc, StepMode::Milestones);
    QVERIFY(milestones.count() > 1);
    QVERIFY(milestones.count() < events.count());
    QVector<EventId> all;
    for (int i = 0; i < milestones.count(); ++i) {
        const PresentationStep &step = milestones.at(i);
        all += step.events;
        for (int k = 0; k < step.events.size(); ++k) {
            const bool milestone = isMilestone(*m_doc->event(step.events.at(k)), m_doc->incident());
            if (k + 1 < step.events.size())
                QVERIFY2(!milestone, "a milestone closes its step");
            else if (i + 1 < milestones.count())
                QVERIFY(milestone);
        }
    }
    // The same events in the same order as one event at a time.
    QCOMPARE(all, events.eventsUpTo(events.count() - 1));
    // The incident's key instants are milestones.
    for (const TimelineEvent &e : m_doc->events()) {
        if (e.time.utcMicroseconds() == m_doc->incident().detected.utcMicroseconds())
            QVERIFY(isMilestone(e, m_doc->incident()));
    }
}

void TestPresentationSteps::evidenceAttachedToEventAndNodeCounts()
{
    // A new node supported only through an evidence item attached to the first event.
    CausalNode node;
    node.label = QStringLiteral("Only via evidence");
    const NodeId nodeId = m_doc->add(node);
    const EventId event = eventsInTimeOrder(*m_doc).first();
    Evidence item;
    item.title = QStringLiteral("excerpt");
    item.events = { event };
    item.nodes = { nodeId };
    m_doc->add(item);

    const PresentationSteps steps(*m_doc, StepMode::Events);
    QVERIFY(steps.at(0).highlighted.contains(nodeId));
    QVERIFY(nodesSupportedByEvents(*m_doc).value(event).contains(nodeId));
    m_doc->undoStack()->undo();
    QVERIFY(!PresentationSteps(*m_doc, StepMode::Events).at(0).highlighted.contains(nodeId));
}

void TestPresentationSteps::cursorStepsBackAndForth()
{
    PresentationCursor cursor(*m_doc, StepMode::Events);
    const int count = cursor.steps().count();
    QCOMPARE(cursor.current(), 0);
    QVERIFY(!cursor.previous()); // nothing before the first step
    QCOMPARE(cursor.current(), 0);
    QVERIFY(cursor.next());
    QVERIFY(cursor.next());
    QCOMPARE(cursor.current(), 2);
    const QSet<NodeId> revealedAtTwo = cursor.currentStep()->revealed;
    QVERIFY(cursor.previous());
    QCOMPARE(cursor.current(), 1);
    QVERIFY(cursor.currentStep()->revealed.size() <= revealedAtTwo.size());
    QVERIFY(cursor.next());
    QCOMPARE(cursor.currentStep()->revealed, revealedAtTwo);
    QVERIFY(cursor.last());
    QCOMPARE(cursor.current(), count - 1);
    QVERIFY(!cursor.next()); // nothing after the last
    QCOMPARE(cursor.current(), count - 1);
    QVERIFY(cursor.first());
    QCOMPARE(cursor.current(), 0);
}

void TestPresentationSteps::switchingModeKeepsTheCurrentEvent()
{
    PresentationCursor cursor(*m_doc, StepMode::Events);
    for (int i = 0; i < 9; ++i)
        cursor.next();
    const EventId focus = cursor.currentStep()->focus();
    cursor.setMode(*m_doc, StepMode::Milestones);
    QCOMPARE(cursor.mode(), StepMode::Milestones);
    QVERIFY(cursor.currentStep()->events.contains(focus));
    cursor.setMode(*m_doc, StepMode::Events);
    // Back in events mode the focus is the milestone that closed the chapter: at or after the event.
    const PresentationSteps &steps = cursor.steps();
    QVERIFY(cursor.current() >= steps.stepOf(focus));
}

void TestPresentationSteps::emptyTimelineHasNoSteps()
{
    Document empty;
    PresentationCursor cursor(empty, StepMode::Milestones);
    QCOMPARE(cursor.current(), -1);
    QVERIFY(!cursor.currentStep());
    QVERIFY(!cursor.next());
    QVERIFY(!cursor.last());
}

QTEST_GUILESS_MAIN(TestPresentationSteps)
#include "tst_presentationsteps.moc"
