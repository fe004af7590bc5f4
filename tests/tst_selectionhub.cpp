// SPDX-License-Identifier: GPL-3.0-or-later
// The selection shared by a document's views: nodes highlight their evidence events, events the
// nodes they support; removed entities are forgotten; origins tell views apart.
#include "document.h"
#include "format/documentfile.h"
#include "selection/selectionhub.h"

#include <QSignalSpy>
#include <QtTest>

using namespace causeway;

namespace {

QSet<EventId> evidenceOf(const Document &d, const QVector<NodeId> &nodes)
{
    QSet<EventId> events;
    for (NodeId id : nodes) {
        for (EventId e : d.node(id)->evidenceEvents)
            events.insert(e);
    }
    return events;
}

QSet<NodeId> supportedBy(const Document &d, const QVector<EventId> &events)
{
    QSet<NodeId> nodes;
    for (const CausalNode &n : d.nodes()) {
        for (EventId e : events) {
            if (n.evidenceEvents.contains(e))
                nodes.insert(n.id);
        }
    }
    return nodes;
}

} // namespace

class TestSelectionHub : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void nodesHighlightTheirEvidence_data();
    void nodesHighlightTheirEvidence();
    void eventsHighlightTheNodesTheySupport();
    void originAndSignals();
    void pathIsItsOwnSignal();
    void removedNodesAreForgotten();
    void removedEventsAreForgotten();
    void truncatedEventsAreForgotten();

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<SelectionHub> m_hub;
};

void TestSelectionHub::init()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    m_hub.reset();
    m_doc = std::move(loaded.document);
    m_hub = std::make_unique<SelectionHub>(m_doc.get());
}

void TestSelectionHub::nodesHighlightTheirEvidence_data()
{
    QTest::addColumn<QVector<int>>("nodeIndexes");
    QTest::newRow("one node") << QVector<int> { 0 };
    QTest::newRow("two nodes with shared evidence") << QVector<int> { 0, 1 };
    QTest::newRow("every node") << QVector<int> { -1 };
}

void TestSelectionHub::nodesHighlightTheirEvidence()
{
    QFETCH(QVector<int>, nodeIndexes);
    QVector<NodeId> nodes;
    for (int i : nodeIndexes) {
        if (i < 0) {
            for (const CausalNode &n : m_doc->nodes())
                nodes.append(n.id);
        } else {
            nodes.append(m_doc->nodes().at(i).id);
        }
    }
    m_hub->selectNodes(nodes, this);
    const QSet<EventId> expected = evidenceOf(*m_doc, nodes);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(m_hub->highlightedEvents(), expected);
    QCOMPARE(m_hub->highlightedNodes(), QSet<NodeId>(nodes.begin(), nodes.end()));
    QVERIFY(m_hub->selectedEvents().isEmpty());
}

void TestSelectionHub::eventsHighlightTheNodesTheySupport()
{
    // The event that supports the most nodes, so the test shows more than one.
    EventId busiest;
    int most = 0;
    for (const TimelineEvent &e : m_doc->events()) {
        const int n = supportedBy(*m_doc, { e.id }).size();
        if (n > most) {
            most = n;
            busiest = e.id;
        }
    }
    QVERIFY(most > 1);
    m_hub->selectEvents({ busiest }, this);
    QCOMPARE(m_hub->highlightedNodes(), supportedBy(*m_doc, { busiest }));
    QCOMPARE(m_hub->highlightedEvents(), QSet<EventId>({ busiest }));
    QVERIFY(m_hub->selectedNodes().isEmpty());

    // An event that supports nothing highlights no node.
    TimelineEvent lone;
    lone.text = QStringLiteral("unrelated");
    const EventId id = m_doc->add(lone);
    m_hub->selectEvents({ id }, this);
    QVERIFY(m_hub->highlightedNodes().isEmpty());
}

void TestSelectionHub::originAndSignals()
{
    QSignalSpy changed(m_hub.get(), &SelectionHub::changed);
    QObject timeline, canvas;
    const NodeId node = m_doc->nodes().first().id;
    m_hub->selectNodes({ node }, &canvas);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).value<QObject *>(), &canvas);
    QCOMPARE(m_hub->origin(), &canvas);
    // The same selection from the same view again is not news.
    m_hub->selectNodes({ node }, &canvas);
    QCOMPARE(changed.count(), 1);
    // Events replace nodes, and the origin follows.
    m_hub->selectEvents({ m_doc->events().first().id }, &timeline);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_hub->origin(), &timeline);
    QVERIFY(m_hub->selectedNodes().isEmpty());
    // A view that goes away leaves no dangling origin.
    {
        QObject gone;
        m_hub->selectNodes({ node }, &gone);
    }
    QVERIFY(!m_hub->origin());
}

void TestSelectionHub::pathIsItsOwnSignal()
{
    QSignalSpy changed(m_hub.get(), &SelectionHub::changed);
    QSignalSpy path(m_hub.get(), &SelectionHub::pathChanged);
    const QVector<NodeId> nodes = { m_doc->nodes().at(0).id, m_doc->nodes().at(1).id };
    m_hub->setPath(nodes, this);
    QCOMPARE(path.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_hub->path(), nodes);
    m_hub->setPath(nodes, this);
    QCOMPARE(path.count(), 1);
}

void TestSelectionHub::removedNodesAreForgotten()
{
    const NodeId kept = m_doc->nodes().at(0).id;
    const NodeId removed = m_doc->nodes().at(1).id;
    m_hub->selectNodes({ kept, removed }, this);
    m_hub->setPath({ kept, removed }, this);
    QSignalSpy changed(m_hub.get(), &SelectionHub::changed);
    QSignalSpy path(m_hub.get(), &SelectionHub::pathChanged);
    m_doc->removeNodes({ removed });
    QCOMPARE(m_hub->selectedNodes(), QVector<NodeId>({ kept }));
    QCOMPARE(m_hub->path(), QVector<NodeId>({ kept }));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!changed.last().at(0).value<QObject *>());
    QCOMPARE(path.count(), 1);
    QCOMPARE(m_hub->highlightedEvents(), evidenceOf(*m_doc, { kept }));
    // Removing something that is not selected says nothing.
    m_doc->removeNodes({ m_doc->nodes().last().id });
    QCOMPARE(changed.count(), 1);
}

void TestSelectionHub::removedEventsAreForgotten()
{
    const EventId kept = m_doc->events().at(0).id;
    const EventId removed = m_doc->events().at(1).id;
    m_hub->selectEvents({ kept, removed }, this);
    QSignalSpy changed(m_hub.get(), &SelectionHub::changed);
    m_doc->removeEvents({ removed });
    QCOMPARE(m_hub->selectedEvents(), QVector<EventId>({ kept }));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_hub->highlightedEvents().contains(removed));
}

void TestSelectionHub::truncatedEventsAreForgotten()
{
    QVector<TimelineEvent> imported(3);
    for (int i = 0; i < imported.size(); ++i)
        imported[i].text = QStringLiteral("imported %1").arg(i);
    const QVector<EventId> ids = m_doc->appendEvents(imported, QStringLiteral("Import"));
    const EventId kept = m_doc->events().first().id;
    m_hub->selectEvents({ kept, ids.at(0), ids.at(2) }, this);
    QSignalSpy changed(m_hub.get(), &SelectionHub::changed);
    m_doc->undoStack()->undo(); // takes the import off the end in one go
    QCOMPARE(m_hub->selectedEvents(), QVector<EventId>({ kept }));
    QCOMPARE(changed.count(), 1);
    // Truncation that touches no selected event says nothing.
    m_doc->undoStack()->redo();
    m_hub->selectEvents({ kept }, this);
    m_doc->undoStack()->undo();
    QCOMPARE(changed.count(), 2);
}

QTEST_MAIN(TestSelectionHub)
#include "tst_selectionhub.moc"
