// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "format/documentfile.h"
#include "layout/graphcycles.h"
#include "layout/graphlayout.h"
#include "layout/layoutrunner.h"
#include "layout/nodemetrics.h"

#include <QFontMetricsF>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <cstring>

using namespace causeway;

namespace {

bool sameBits(QPointF a, QPointF b)
{
    const qreal va[2] = { a.x(), a.y() }, vb[2] = { b.x(), b.y() };
    return std::memcmp(va, vb, sizeof va) == 0;
}

QString overlapMessage(const LayoutNode &a, QPointF pa, const LayoutNode &b, QPointF pb)
{
    QString text;
    QDebug(&text) << "node" << a.id.value << nodeRect(pa, a.size) << "overlaps node" << b.id.value
                  << nodeRect(pb, b.size);
    return text;
}

/// Every node has a position; nodes of \a mayOverlap (hand-placed ones) may overlap each other only.
void verifyNoOverlaps(
    const LayoutInput &input, const LayoutResult &result, const QSet<NodeId> &mayOverlap = {})
{
    for (const LayoutNode &n : input.nodes)
        QVERIFY2(result.positions.contains(n.id),
            qPrintable(QStringLiteral("node %1 has no position").arg(n.id.value)));
    for (int i = 0; i < input.nodes.size(); ++i) {
        for (int j = i + 1; j < input.nodes.size(); ++j) {
            const LayoutNode &a = input.nodes.at(i), &b = input.nodes.at(j);
            if (mayOverlap.contains(a.id) && mayOverlap.contains(b.id))
                continue;
            const QPointF pa = result.positions.value(a.id), pb = result.positions.value(b.id);
            QVERIFY2(!nodeRect(pa, a.size).intersects(nodeRect(pb, b.size)),
                qPrintable(overlapMessage(a, pa, b, pb)));
        }
    }
}

/// Each route starts at its cause's border and its arrow ends at its effect's border.
void verifyRoutes(const LayoutInput &input, const LayoutResult &result)
{
    QHash<NodeId, QSizeF> sizes;
    for (const LayoutNode &n : input.nodes)
        sizes.insert(n.id, n.size);
    QCOMPARE(result.routes.size(), input.links.size());
    for (int k = 0; k < input.links.size(); ++k) {
        const LayoutLink &l = input.links.at(k);
        const LinkRoute &r = result.routes.at(k);
        QCOMPARE(r.id, l.id);
        QVERIFY(r.points.size() >= 2);
        if (r.curved)
            QCOMPARE((r.points.size() - 1) % 3, 0);
        const QMarginsF slack(3, 3, 3, 3);
        const QRectF from = nodeRect(result.positions.value(l.from), sizes.value(l.from));
        const QRectF to = nodeRect(result.positions.value(l.to), sizes.value(l.to));
        QVERIFY2((from + slack).contains(r.points.first()),
            qPrintable(QStringLiteral("link %1 starts away from its cause").arg(l.id.value)));
        QVERIFY2((to + slack).contains(r.arrowTip),
            qPrintable(QStringLiteral("link %1 ends away from its effect").arg(l.id.value)));
    }
}

LayoutInput chainInput(int count)
{
    LayoutInput input;
    for (int i = 1; i <= count; ++i)
        input.nodes.append(LayoutNode { NodeId(i), QSizeF(120, 48), std::nullopt, false });
    for (int i = 1; i < count; ++i)
        input.links.append(LayoutLink { LinkId(i), NodeId(i), NodeId(i + 1), LinkKind::Causes });
    return input;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void labelMetrics_data();
    void labelMetrics();
    void sampleLayout();
    void pinnedStayExactly_data();
    void pinnedStayExactly();
    void placeUnplacedMovesNoPlacedNode();
    void newCauseLandsNextToItsEffect();
    void applyIsOneUndoStep();
    void applySkipsNodesPinnedMeanwhile();
    void emptyAndSingleNode();
    void labelsWithQuotesAndNonAscii();
    void cyclesAreLaidOut();
    void sizesFromTheCaller();
    void concurrentLayoutsAgree();
    void runnerFinishes();
    void runnerCancel();

private:
    std::unique_ptr<Document> m_doc;
};

void TestLayout::initTestCase()
{
    registerModelMetaTypes();
    // dot's plugins are linked in: layout must not need Graphviz's plugin configuration file,
    // which lives in GVBINDIR (written by the Debian package's postinst).
    qputenv("GVBINDIR", QByteArrayLiteral("/nonexistent/graphviz-plugins"));
    // The label font must be a real one, or every size below is meaningless.
    QVERIFY2(
        QFontMetricsF(nodeLabelFont()).horizontalAdvance(QStringLiteral("Migration")) > 20, "no usable font");
}

void TestLayout::init()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    m_doc = std::move(loaded.document);
    QVERIFY(m_doc->nodes().size() >= 10);
}

void TestLayout::labelMetrics_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("minLines");
    QTest::newRow("short") << QStringLiteral("Deploy") << 1;
    QTest::newRow("empty") << QString() << 1;
    QTest::newRow("long")
        << QStringLiteral(
               "The migration ran inside the deploy step and was stopped at the ten minute timeout")
        << 3;
    QTest::newRow("one long word") << QStringLiteral(
                                          "orders_api_partially_migrated_schema_order_lines_backfill_column")
                                   << 2;
    QTest::newRow("line break") << QStringLiteral("first\nsecond") << 2;
    QTest::newRow("non-ASCII") << QStringLiteral(
                                      "Fehlerhäufung über 17 % — Überlast «Zeitüberschreitung» αβγ")
                               << 2;
}

void TestLayout::labelMetrics()
{
    QFETCH(QString, label);
    QFETCH(int, minLines);
    const QFont font = nodeLabelFont();
    const NodeLabelLayout l = layoutNodeLabel(label, font);
    QVERIFY2(l.lines.size() >= minLines, qPrintable(l.lines.join(QLatin1Char('|'))));
    const QFontMetricsF metrics(font);
    for (const QString &line : l.lines)
        QVERIFY2(metrics.horizontalAdvance(line) <= nodemetrics::MaxLabelWidth + 0.5, qPrintable(line));
    // Nothing is lost by wrapping.
    QString joined = l.lines.join(QString());
    QString original = label;
    joined.remove(QLatin1Char(' '));
    original.remove(QLatin1Char(' '));
    original.remove(QLatin1Char('\n'));
    QCOMPARE(joined, original);
    QVERIFY(l.nodeSize.width() >= l.textSize.width() + 2 * nodemetrics::PaddingX - 0.5 ||
        l.nodeSize.width() == nodemetrics::MinNodeWidth);
    QVERIFY(l.nodeSize.height() >= l.lines.size() * metrics.height());
}

void TestLayout::sampleLayout()
{
    // Everything free: the layout alone decides, so causes must come before effects.
    LayoutInput input = layoutInput(*m_doc);
    for (LayoutNode &n : input.nodes)
        n.pinned = false;
    const LayoutResult result = computeLayout(input, LayoutMode::AllFreeNodes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.positions.size(), m_doc->nodes().size());
    QCOMPARE(result.moved.size(), m_doc->nodes().size());
    verifyNoOverlaps(input, result);
    verifyRoutes(input, result);
    QVERIFY(findCycles(*m_doc).isEmpty());
    QHash<NodeId, QSizeF> sizes;
    for (const LayoutNode &n : input.nodes)
        sizes.insert(n.id, n.size);
    for (const LayoutLink &l : input.links) {
        const QRectF cause = nodeRect(result.positions.value(l.from), sizes.value(l.from));
        const QRectF effect = nodeRect(result.positions.value(l.to), sizes.value(l.to));
        QVERIFY2(cause.right() < effect.left(),
            qPrintable(
                QStringLiteral("cause %1 is not left of effect %2").arg(l.from.value).arg(l.to.value)));
    }
    // Free nodes get dot's splines.
    QVERIFY(std::all_of(
        result.routes.cbegin(), result.routes.cend(), [](const LinkRoute &r) { return r.curved; }));
}

void TestLayout::pinnedStayExactly_data()
{
    QTest::addColumn<QVector<int>>("pinnedNodes"); // node ids; empty = none
    QTest::addColumn<QPointF>("moveFirstPinnedTo"); // (0,0) = leave it where the sample has it
    QTest::newRow("none pinned") << QVector<int>() << QPointF();
    QTest::newRow("one pinned") << QVector<int> { 1 } << QPointF();
    QTest::newRow("some pinned") << QVector<int> { 1, 3, 6, 12 } << QPointF();
    QTest::newRow("all pinned") << QVector<int> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }
                                << QPointF();
    QTest::newRow("one pinned far away") << QVector<int> { 4 } << QPointF(150000.25, -90000.125);
    QTest::newRow("two pinned far apart") << QVector<int> { 1, 15 } << QPointF(-70000.5, 33333.3);
}

void TestLayout::pinnedStayExactly()
{
    QFETCH(QVector<int>, pinnedNodes);
    QFETCH(QPointF, moveFirstPinnedTo);
    LayoutInput input = layoutInput(*m_doc);
    QSet<NodeId> pinned;
    for (LayoutNode &n : input.nodes) {
        n.pinned = pinnedNodes.contains(int(n.id.value));
        if (n.pinned) {
            // Positions with bits that a careless round trip through Graphviz would lose.
            n.position = *n.position + QPointF(0.1234567, -0.7654321);
            if (!moveFirstPinnedTo.isNull() && int(n.id.value) == pinnedNodes.first())
                n.position = moveFirstPinnedTo;
            pinned.insert(n.id);
        }
    }
    const LayoutResult result = computeLayout(input, LayoutMode::AllFreeNodes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    for (const LayoutNode &n : input.nodes) {
        if (n.pinned) {
            QVERIFY2(sameBits(result.positions.value(n.id), *n.position),
                qPrintable(QStringLiteral("pinned node %1 moved").arg(n.id.value)));
            QVERIFY(!result.moved.contains(n.id));
        } else {
            QVERIFY(result.moved.contains(n.id));
        }
    }
    verifyNoOverlaps(input, result, pinned);
    verifyRoutes(input, result);

    if (pinnedNodes.size() == 1 && !moveFirstPinnedTo.isNull()) {
        // The free nodes follow the lone pinned node, however far it went: its neighbours are close.
        const QPointF anchor = moveFirstPinnedTo;
        for (const LayoutLink &l : input.links) {
            if (l.from.value == quint64(pinnedNodes.first()) || l.to.value == quint64(pinnedNodes.first())) {
                const NodeId other = l.from.value == quint64(pinnedNodes.first()) ? l.to : l.from;
                const QPointF d = result.positions.value(other) - anchor;
                QVERIFY2(std::hypot(d.x(), d.y()) < 1000,
                    qPrintable(QStringLiteral("neighbour %1 is far away").arg(other.value)));
            }
        }
    }
}

void TestLayout::placeUnplacedMovesNoPlacedNode()
{
    // Three nodes lost their position (as if new), the rest keep theirs, pinned or not.
    LayoutInput input = layoutInput(*m_doc);
    QSet<NodeId> placed;
    for (LayoutNode &n : input.nodes) {
        if (n.id.value == 7 || n.id.value == 13 || n.id.value == 16)
            n.position.reset();
        else
            placed.insert(n.id);
    }
    const LayoutResult result = computeLayout(input, LayoutMode::UnplacedOnly);
    QVERIFY2(result.ok(), qPrintable(result.error));
    for (const LayoutNode &n : input.nodes) {
        if (n.position)
            QVERIFY2(sameBits(result.positions.value(n.id), *n.position),
                qPrintable(QStringLiteral("node %1 moved").arg(n.id.value)));
    }
    QCOMPARE(result.moved.size(), 3);
    verifyNoOverlaps(input, result, placed);
    verifyRoutes(input, result);
}

void TestLayout::newCauseLandsNextToItsEffect()
{
    // A new cause of a placed node far from the origin lands just left of it, not at dot's place.
    LayoutInput input = chainInput(4);
    input.nodes[0].position = QPointF(-5000, 2000);
    input.nodes[1].position = QPointF(-4700, 2300);
    input.nodes[2].position = QPointF(9000, -300);
    input.nodes.append(LayoutNode { NodeId(99), QSizeF(120, 48), std::nullopt, false });
    input.links.append(LayoutLink { LinkId(99), NodeId(99), NodeId(3), LinkKind::Enables });
    const LayoutResult result = computeLayout(input, LayoutMode::UnplacedOnly);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QPointF effect = result.positions.value(NodeId(3));
    const QPointF cause = result.positions.value(NodeId(99));
    QVERIFY2(cause.x() < effect.x() - 120, qPrintable(QStringLiteral("cause at %1").arg(cause.x())));
    QVERIFY(effect.x() - cause.x() < 600);
    QVERIFY(std::abs(effect.y() - cause.y()) < 300);
    // Node 4 follows node 3, its placed cause.
    QVERIFY(result.positions.value(NodeId(4)).x() > effect.x());
    verifyNoOverlaps(input, result, { NodeId(1), NodeId(2), NodeId(3) });
}

void TestLayout::applyIsOneUndoStep()
{
    const DocumentContent before = m_doc->content();
    const LayoutResult result = computeLayout(layoutInput(*m_doc), LayoutMode::AllFreeNodes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const int steps = m_doc->undoStack()->count();
    QVERIFY(applyLayout(*m_doc, result, LayoutMode::AllFreeNodes));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->undoStack()->undoText(), layoutUndoText(LayoutMode::AllFreeNodes));

    auto verifyApplied = [&] {
        for (const CausalNode &n : m_doc->nodes()) {
            const CausalNode *old = nullptr;
            for (const CausalNode &o : before.nodes)
                if (o.id == n.id)
                    old = &o;
            QVERIFY(old);
            if (old->pinned) {
                QVERIFY(n.pinned);
                QVERIFY(sameBits(*n.position, *old->position));
            } else {
                QVERIFY(!n.pinned);
                QVERIFY(n.position);
                QVERIFY(sameBits(*n.position, result.positions.value(n.id)));
            }
        }
    };
    verifyApplied();
    const DocumentContent after = m_doc->content();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->content().nodes.size(), before.nodes.size());
    for (int i = 0; i < before.nodes.size(); ++i) {
        QCOMPARE(m_doc->content().nodes.at(i).position, before.nodes.at(i).position);
        QCOMPARE(m_doc->content().nodes.at(i).pinned, before.nodes.at(i).pinned);
    }
    QVERIFY(!m_doc->isModified());
    m_doc->undoStack()->redo();
    verifyApplied();
    for (int i = 0; i < after.nodes.size(); ++i)
        QCOMPARE(m_doc->content().nodes.at(i).position, after.nodes.at(i).position);

    // Applying the same layout again changes nothing and pushes nothing.
    QVERIFY(!applyLayout(*m_doc, result, LayoutMode::AllFreeNodes));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
}

void TestLayout::applySkipsNodesPinnedMeanwhile()
{
    const LayoutResult result = computeLayout(layoutInput(*m_doc), LayoutMode::AllFreeNodes);
    QVERIFY(result.ok());
    // While the layout ran, the user dragged node 2 and deleted node 5.
    const QPointF dragged(-321.5, 77.25);
    m_doc->placeNodes({ { NodeId(2), dragged, true } }, QStringLiteral("Move"));
    m_doc->removeNodes({ NodeId(5) });
    QVERIFY(applyLayout(*m_doc, result, LayoutMode::AllFreeNodes));
    QVERIFY(sameBits(*m_doc->node(NodeId(2))->position, dragged));
    QVERIFY(m_doc->node(NodeId(2))->pinned);
    QVERIFY(!m_doc->node(NodeId(5)));
    QVERIFY(sameBits(*m_doc->node(NodeId(4))->position, result.positions.value(NodeId(4))));
}

void TestLayout::emptyAndSingleNode()
{
    const LayoutResult empty = computeLayout(LayoutInput(), LayoutMode::AllFreeNodes);
    QVERIFY(empty.ok());
    QVERIFY(empty.positions.isEmpty());
    QVERIFY(empty.routes.isEmpty());
    Document emptyDoc;
    QVERIFY(!applyLayout(emptyDoc, empty, LayoutMode::AllFreeNodes));
    QCOMPARE(emptyDoc.undoStack()->count(), 0);

    const LayoutInput one = chainInput(1);
    const LayoutResult single = computeLayout(one, LayoutMode::AllFreeNodes);
    QVERIFY2(single.ok(), qPrintable(single.error));
    QCOMPARE(single.positions.size(), 1);
    QCOMPARE(single.moved, QVector<NodeId> { NodeId(1) });
    QCOMPARE(single.bounds.size(), one.nodes.first().size);

    LayoutInput pinnedOne = one;
    pinnedOne.nodes[0].position = QPointF(12.5, -7.75);
    pinnedOne.nodes[0].pinned = true;
    const LayoutResult kept = computeLayout(pinnedOne, LayoutMode::AllFreeNodes);
    QVERIFY(kept.ok());
    QVERIFY(kept.moved.isEmpty());
    QVERIFY(sameBits(kept.positions.value(NodeId(1)), QPointF(12.5, -7.75)));
}

void TestLayout::labelsWithQuotesAndNonAscii()
{
    Document doc;
    const QStringList labels = {
        QStringLiteral("He said \"don't\"; <b>not</b> & \\n \\\" {record|field}"),
        QStringLiteral("Zeitüberschreitung bei der Migration – Überlast ÄÖÜ ß"),
        QStringLiteral("Ошибка миграции базы данных αβγ €"),
        QStringLiteral("漢字のラベル 🙂"),
        QStringLiteral("\"\""),
    };
    QVector<NodeId> ids;
    for (const QString &label : labels) {
        CausalNode n;
        n.label = label;
        ids.append(doc.add(n));
    }
    for (int i = 0; i + 1 < ids.size(); ++i)
        doc.connect(ids.at(i), ids.at(i + 1), LinkKind::Causes);
    const LayoutInput input = layoutInput(doc);
    for (int i = 0; i < labels.size(); ++i)
        QCOMPARE(input.nodes.at(i).size, layoutNodeLabel(labels.at(i)).nodeSize);
    const LayoutResult result = computeLayout(input, LayoutMode::AllFreeNodes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    verifyNoOverlaps(input, result);
    verifyRoutes(input, result);
    QVERIFY(applyLayout(doc, result, LayoutMode::UnplacedOnly));
    for (const CausalNode &n : doc.nodes())
        QVERIFY(n.position);
}

void TestLayout::cyclesAreLaidOut()
{
    LayoutInput input = chainInput(4);
    input.links.append(LayoutLink { LinkId(10), NodeId(4), NodeId(2), LinkKind::Causes }); // 2 → 3 → 4 → 2
    input.links.append(LayoutLink { LinkId(11), NodeId(1), NodeId(1), LinkKind::Causes }); // itself
    input.links.append(LayoutLink { LinkId(12), NodeId(1), NodeId(2), LinkKind::Enables }); // parallel
    const LayoutResult result = computeLayout(input, LayoutMode::AllFreeNodes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    verifyNoOverlaps(input, result);
    verifyRoutes(input, result);
}

void TestLayout::sizesFromTheCaller()
{
    // The canvas may measure its shapes itself (a caption line, a shield's tip): the layout
    // must use exactly those sizes.
    auto shapeSize = [](const CausalNode &n) {
        return QSizeF(184, n.type == NodeType::Defence ? 96 : 64 + 3 * (n.label.size() % 7));
    };
    LayoutInput input = layoutInput(*m_doc, shapeSize);
    QCOMPARE(input.nodes.size(), m_doc->nodes().size());
    for (int i = 0; i < input.nodes.size(); ++i) {
        QCOMPARE(input.nodes.at(i).size, shapeSize(m_doc->nodes().at(i)));
        input.nodes[i].pinned = false;
    }
    const LayoutResult result = computeLayout(input, LayoutMode::AllFreeNodes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    verifyNoOverlaps(input, result);
    verifyRoutes(input, result);
}

void TestLayout::concurrentLayoutsAgree()
{
    // Graphviz keeps global state: layouts from several threads at once must still each give
    // the same result as one alone.
    // Large enough that the runs really overlap in time (without the lock this crashes).
    LayoutInput input = chainInput(60);
    QRandomGenerator random(3);
    for (int k = 0; k < 30; ++k) {
        const int a = 1 + int(random.bounded(59u));
        const int b = a + 1 + int(random.bounded(quint32(60 - a)));
        input.links.append(LayoutLink { LinkId(quint64(1000 + k)), NodeId(quint64(a)), NodeId(quint64(b)) });
    }
    const LayoutResult alone = computeLayout(input, LayoutMode::AllFreeNodes);
    QVERIFY(alone.ok());
    QVector<LayoutResult> results(3);
    QVector<QThread *> threads;
    for (int i = 0; i < results.size(); ++i)
        threads.append(
            QThread::create([&, i] { results[i] = computeLayout(input, LayoutMode::AllFreeNodes); }));
    for (QThread *t : qAsConst(threads))
        t->start();
    for (QThread *t : qAsConst(threads)) {
        QVERIFY(t->wait(30000));
        delete t;
    }
    for (const LayoutResult &r : qAsConst(results)) {
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.positions, alone.positions);
    }
}

void TestLayout::runnerFinishes()
{
    LayoutRunner runner;
    QSignalSpy finished(&runner, &LayoutRunner::finished);
    QSignalSpy running(&runner, &LayoutRunner::runningChanged);
    runner.start(layoutInput(*m_doc), LayoutMode::AllFreeNodes);
    QVERIFY(runner.isRunning());
    QVERIFY(finished.wait(10000));
    QVERIFY(!runner.isRunning());
    QCOMPARE(running.size(), 2);
    const LayoutResult result = finished.first().at(0).value<LayoutResult>();
    QCOMPARE(finished.first().at(1).value<LayoutMode>(), LayoutMode::AllFreeNodes);
    QVERIFY(result.ok());
    QCOMPARE(result.positions.size(), m_doc->nodes().size());
    QVERIFY(applyLayout(*m_doc, result, LayoutMode::AllFreeNodes));
}

void TestLayout::runnerCancel()
{
    LayoutRunner runner;
    QSignalSpy finished(&runner, &LayoutRunner::finished);
    QSignalSpy cancelled(&runner, &LayoutRunner::cancelled);
    runner.start(chainInput(300), LayoutMode::AllFreeNodes);
    runner.cancel();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!runner.isRunning());
    // A new run after the cancelled one delivers only its own result.
    runner.start(chainInput(3), LayoutMode::UnplacedOnly);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<LayoutResult>().positions.size(), 3);
    QCOMPARE(finished.first().at(1).value<LayoutMode>(), LayoutMode::UnplacedOnly);
    // The abandoned worker's result never arrives.
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(cancelled.size(), 1);
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
