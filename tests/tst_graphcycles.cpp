// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "format/documentfile.h"
#include "layout/graphcycles.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>

using namespace causeway;

namespace {

struct Graph
{
    QVector<CausalNode> nodes;
    QVector<CausalLink> links;
};

/// "1>2 2>3 3>1" over nodes 1..count; links get ids 1, 2, ... in order.
Graph graph(int count, const QString &edges)
{
    Graph g;
    for (int i = 1; i <= count; ++i) {
        CausalNode n;
        n.id = NodeId(i);
        g.nodes.append(n);
    }
    const QStringList parts = edges.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList ends = part.split(QLatin1Char('>'));
        CausalLink l;
        l.id = LinkId(g.links.size() + 1);
        l.from = NodeId(ends.at(0).toULongLong());
        l.to = NodeId(ends.at(1).toULongLong());
        g.links.append(l);
    }
    return g;
}

/// "1,2,3/4,5" lists each cycle's nodes; the same for link ids.
QString describe(const QVector<CausalCycle> &cycles, bool links)
{
    QStringList groups;
    for (const CausalCycle &c : cycles) {
        QStringList ids;
        if (links) {
            for (LinkId id : c.links)
                ids.append(QString::number(id.value));
        } else {
            for (NodeId id : c.nodes)
                ids.append(QString::number(id.value));
        }
        groups.append(ids.join(QLatin1Char(',')));
    }
    return groups.join(QLatin1Char('/'));
}

/// Which nodes each node reaches by following links (itself only through a cycle).
QVector<QVector<bool>> reachability(const Graph &g)
{
    const int n = g.nodes.size();
    QVector<QVector<bool>> reach(n, QVector<bool>(n, false));
    for (const CausalLink &l : g.links)
        reach[int(l.from.value) - 1][int(l.to.value) - 1] = true;
    for (int k = 0; k < n; ++k)
        for (int i = 0; i < n; ++i)
            if (reach[i][k])
                for (int j = 0; j < n; ++j)
                    if (reach[k][j])
                        reach[i][j] = true;
    return reach;
}

} // namespace

class TestGraphCycles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cycles_data();
    void cycles();
    void agreesWithReachability_data();
    void agreesWithReachability();
    void sampleHasNone();
    void documentCycle();
    void longChainDoesNotOverflow();
};

void TestGraphCycles::cycles_data()
{
    QTest::addColumn<int>("nodeCount");
    QTest::addColumn<QString>("edges");
    QTest::addColumn<QString>("cycleNodes");
    QTest::addColumn<QString>("cycleLinks");

    QTest::newRow("empty") << 0 << QString() << QString() << QString();
    QTest::newRow("one node") << 1 << QString() << QString() << QString();
    QTest::newRow("DAG") << 5 << QStringLiteral("1>2 1>3 2>4 3>4 4>5 1>5") << QString() << QString();
    QTest::newRow("3-cycle") << 4 << QStringLiteral("1>2 2>3 3>1 3>4") << QStringLiteral("1,2,3")
                             << QStringLiteral("1,2,3");
    QTest::newRow("two separate cycles") << 6 << QStringLiteral("1>2 2>1 2>3 3>4 4>5 5>6 6>4")
                                         << QStringLiteral("1,2/4,5,6") << QStringLiteral("1,2/5,6,7");
    QTest::newRow("self link") << 3 << QStringLiteral("1>2 2>2 2>3") << QStringLiteral("2")
                               << QStringLiteral("2");
    QTest::newRow("figure eight is one group")
        << 5 << QStringLiteral("1>2 2>3 3>1 3>4 4>5 5>3") << QStringLiteral("1,2,3,4,5")
        << QStringLiteral("1,2,3,4,5,6");
    QTest::newRow("parallel links in a cycle")
        << 2 << QStringLiteral("1>2 1>2 2>1") << QStringLiteral("1,2") << QStringLiteral("1,2,3");
    QTest::newRow("cycle listed in document order")
        << 4 << QStringLiteral("4>3 3>4 2>1 1>2") << QStringLiteral("1,2/3,4") << QStringLiteral("3,4/1,2");
    QTest::newRow("link to a missing node") << 2 << QStringLiteral("1>2 2>9 9>1") << QString() << QString();
}

void TestGraphCycles::cycles()
{
    QFETCH(int, nodeCount);
    QFETCH(QString, edges);
    QFETCH(QString, cycleNodes);
    QFETCH(QString, cycleLinks);
    const Graph g = graph(nodeCount, edges);
    const QVector<CausalCycle> found = findCycles(g.nodes, g.links);
    QCOMPARE(describe(found, false), cycleNodes);
    QCOMPARE(describe(found, true), cycleLinks);
}

void TestGraphCycles::agreesWithReachability_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("nodeCount");
    QTest::addColumn<int>("linkCount");
    for (quint32 seed = 1; seed <= 12; ++seed)
        QTest::addRow("seed %u", seed) << seed << int(5 + seed * 3) << int(4 + seed * 4);
}

void TestGraphCycles::agreesWithReachability()
{
    // Two distinct nodes share a cycle exactly when each reaches the other; a node is in a cycle
    // exactly when it reaches itself. Checked against a brute-force closure on random graphs.
    QFETCH(quint32, seed);
    QFETCH(int, nodeCount);
    QFETCH(int, linkCount);
    QRandomGenerator random(seed);
    QString edges;
    for (int k = 0; k < linkCount; ++k)
        edges +=
            QStringLiteral("%1>%2 ").arg(random.bounded(nodeCount) + 1).arg(random.bounded(nodeCount) + 1);
    const Graph g = graph(nodeCount, edges);
    const QVector<CausalCycle> found = findCycles(g.nodes, g.links);
    const QVector<QVector<bool>> reach = reachability(g);

    QVector<int> groupOf(nodeCount, -1);
    for (int c = 0; c < found.size(); ++c) {
        for (NodeId id : found.at(c).nodes) {
            QCOMPARE(groupOf.at(int(id.value) - 1), -1); // in one group only
            groupOf[int(id.value) - 1] = c;
        }
    }
    for (int i = 0; i < nodeCount; ++i) {
        QCOMPARE(groupOf.at(i) >= 0, reach[i][i]);
        for (int j = 0; j < nodeCount; ++j) {
            if (i != j)
                QCOMPARE(groupOf.at(i) >= 0 && groupOf.at(i) == groupOf.at(j), reach[i][j] && reach[j][i]);
        }
    }
    // A group's links are exactly the links between its nodes.
    for (const CausalLink &l : g.links) {
        const int from = groupOf.at(int(l.from.value) - 1), to = groupOf.at(int(l.to.value) - 1);
        const bool inside = from >= 0 && from == to;
        bool listed = false;
        for (const CausalCycle &c : found)
            listed = listed || c.links.contains(l.id);
        QCOMPARE(listed, inside);
    }
}

void TestGraphCycles::sampleHasNone()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    QVERIFY(findCycles(*loaded.document).isEmpty());
}

void TestGraphCycles::documentCycle()
{
    // A retry storm: load causes timeouts, timeouts cause retries, retries cause load.
    Document doc;
    QVector<NodeId> ids;
    for (const char *label : { "Load", "Timeouts", "Retries", "Outage" }) {
        CausalNode n;
        n.label = QString::fromUtf8(label);
        ids.append(doc.add(n));
    }
    const LinkId a = doc.connect(ids[0], ids[1], LinkKind::Causes);
    const LinkId b = doc.connect(ids[1], ids[2], LinkKind::Causes);
    const LinkId c = doc.connect(ids[2], ids[0], LinkKind::Enables);
    doc.connect(ids[1], ids[3], LinkKind::Causes);
    const QVector<CausalCycle> found = findCycles(doc);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().nodes, (QVector<NodeId> { ids[0], ids[1], ids[2] }));
    QCOMPARE(found.first().links, (QVector<LinkId> { a, b, c }));
    // Removing one link of the circle removes the cycle; undo brings it back.
    doc.removeLinks({ c });
    QVERIFY(findCycles(doc).isEmpty());
    doc.undoStack()->undo();
    QCOMPARE(findCycles(doc).size(), 1);
}

void TestGraphCycles::longChainDoesNotOverflow()
{
    const int count = 200000;
    Graph g;
    g.nodes.resize(count);
    for (int i = 0; i < count; ++i)
        g.nodes[i].id = NodeId(i + 1);
    for (int i = 0; i < count; ++i) {
        CausalLink l;
        l.id = LinkId(i + 1);
        l.from = NodeId(i + 1);
        l.to = NodeId((i + 1) % count + 1); // one long circle
        g.links.append(l);
    }
    const QVector<CausalCycle> found = findCycles(g.nodes, g.links);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().nodes.size(), count);
    QCOMPARE(found.first().links.size(), count);
}

QTEST_GUILESS_MAIN(TestGraphCycles)
#include "tst_graphcycles.moc"
