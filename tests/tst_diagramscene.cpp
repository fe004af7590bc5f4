// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas mirrors the document one item per change, and every edit on it is one undo step.
#include "diagram/diagramitems.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/diagramwidget.h"
#include "diagram/nodelabeleditor.h"
#include "document.h"
#include "format/documentfile.h"
#include "selection/selectionhub.h"
#include "timeline/timelinemodel.h"

#include <QGraphicsSceneDragDropEvent>
#include <QMimeData>
#include <QtTest>

#include <memory>

using namespace causeway;

namespace {
/// A mouse move with the left button held (Qt 5's QTest::mouseMove does not carry the button).
void dragTo(QWidget *widget, const QPoint &pos)
{
    QMouseEvent move(
        QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &move);
}
} // namespace

class TestDiagramScene : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void layOutActionPlacesFreeNodesInOneStep();
    void itemsMirrorTheSample();
    void itemsFollowAddChangeRemoveUndoRedo();
    void linksFollowTheirNodes();
    void dragIsOneUndoStep();
    void deleteRemovesNodesWithTheirLinks();
    void copyPasteIsOneStepWithLinks();
    void align_data();
    void align();
    void distributeSpreadsEvenly();
    void connectByDraggingFromTheHandle();
    void droppedEventsBecomeEvidence();
    void selectionIsReportedToTheHub();
    void hubSelectionFromElsewhereHighlights();
    void pathIsEmphasised();
    void labelEditingCommitsOneStep_data();
    void labelEditingCommitsOneStep();
    void doubleClickCreatesANamedNodeInOneStep();
    void arrowKeysMoveToTheNearestNode_data();
    void arrowKeysMoveToTheNearestNode();
    void contextEditsChangeTypeAndState();

private:
    std::unique_ptr<Document> loadSample();
    static QString snapshot(const Document &d);
    QString m_sample;
};

void TestDiagramScene::initTestCase()
{
    registerModelMetaTypes();
    m_sample = QFINDTESTDATA("../resources/samples/migration-timeout.causeway");
    QVERIFY(!m_sample.isEmpty());
}

std::unique_ptr<Document> TestDiagramScene::loadSample()
{
    LoadResult loaded = loadDocument(m_sample);
    return std::move(loaded.document);
}

QString TestDiagramScene::snapshot(const Document &d)
{
    QStringList parts;
    for (const CausalNode &n : d.nodes()) {
        parts << QStringLiteral("n%1:%2:%3:%4,%5:%6")
                     .arg(n.id.value)
                     .arg(int(n.type))
                     .arg(n.label)
                     .arg(n.position ? n.position->x() : -1)
                     .arg(n.position ? n.position->y() : -1)
                     .arg(n.evidenceEvents.size());
    }
    for (const CausalLink &l : d.links())
        parts << QStringLiteral("l%1:%2>%3:%4")
                     .arg(l.id.value)
                     .arg(l.from.value)
                     .arg(l.to.value)
                     .arg(int(l.kind));
    return parts.join(QLatin1Char('|'));
}

void TestDiagramScene::itemsMirrorTheSample()
{
    auto doc = loadSample();
    DiagramScene scene(doc.get());
    QCOMPARE(scene.nodeItemCount(), doc->nodes().size());
    QCOMPARE(scene.linkItemCount(), doc->links().size());
    for (const CausalNode &n : doc->nodes()) {
        NodeItem *item = scene.nodeItem(n.id);
        QVERIFY(item);
        QCOMPARE(item->pos(), *n.position);
        QCOMPARE(item->visual().label, n.label);
        QCOMPARE(item->visual().evidenceCount, n.evidenceEvents.size());
    }
}

void TestDiagramScene::itemsFollowAddChangeRemoveUndoRedo()
{
    Document doc;
    DiagramScene scene(&doc);
    QUndoStack *stack = doc.undoStack();

    const NodeId id = scene.addNode(NodeType::Trigger, QPointF(100, 50), true, QStringLiteral("Deploy"));
    QVERIFY(scene.nodeItem(id));
    QCOMPARE(scene.nodeItem(id)->pos(), QPointF(100, 50));
    QCOMPARE(stack->count(), 1);

    CausalNode changed = *doc.node(id);
    changed.label = QStringLiteral("Deploy of release 2");
    changed.type = NodeType::Condition;
    doc.change(changed);
    QCOMPARE(scene.nodeItem(id)->visual().label, changed.label);
    QCOMPARE(scene.nodeItem(id)->visual().type, NodeType::Condition);

    stack->undo();
    QCOMPARE(scene.nodeItem(id)->visual().label, QStringLiteral("Deploy"));
    QCOMPARE(scene.nodeItem(id)->visual().type, NodeType::Trigger);
    stack->undo();
    QVERIFY(!scene.nodeItem(id));
    QCOMPARE(scene.nodeItemCount(), 0);
    stack->redo();
    QVERIFY(scene.nodeItem(id));
    stack->redo();
    QCOMPARE(scene.nodeItem(id)->visual().label, changed.label);

    // A node another view adds without a position still gets an item at a fallback place.
    CausalNode unplaced;
    unplaced.label = QStringLiteral("From the form");
    const NodeId other = doc.add(unplaced);
    QVERIFY(scene.nodeItem(other));

    doc.removeNodes({ id });
    QVERIFY(!scene.nodeItem(id));
    stack->undo();
    QVERIFY(scene.nodeItem(id));
}

void TestDiagramScene::linksFollowTheirNodes()
{
    Document doc;
    DiagramScene scene(&doc);
    const NodeId a = scene.addNode(NodeType::Condition, QPointF(0, 0), true, QStringLiteral("a"));
    const NodeId b = scene.addNode(NodeType::Outcome, QPointF(400, 0), true, QStringLiteral("b"));
    const LinkId l = scene.connectNodes(a, b);
    QVERIFY(scene.linkItem(l));
    const QPointF endBefore = scene.linkItem(l)->visual().end;
    // The tip is on b's left edge, not at its centre.
    QVERIFY(qAbs(endBefore.x() - (400 - DiagramStyle::NodeWidth / 2)) < 1);

    doc.placeNodes({ { b, QPointF(400, 300), true } }, QStringLiteral("Move"));
    QVERIFY(scene.linkItem(l)->visual().end.y() > 200);
    doc.undoStack()->undo();
    QCOMPARE(scene.linkItem(l)->visual().end, endBefore);

    // A second link between the same nodes curves away so that both stay visible.
    const LinkId back = doc.connect(b, a, LinkKind::Limited);
    QVERIFY(scene.linkItem(back)->bend() != 0);
    QVERIFY(scene.linkItem(l)->bend() != 0);
    doc.undoStack()->undo();
    QCOMPARE(scene.linkItem(l)->bend(), 0.0);
}

void TestDiagramScene::dragIsOneUndoStep()
{
    auto doc = loadSample();
    DiagramScene scene(doc.get());
    DiagramView view(&scene);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.resetZoom();

    const NodeId id(2);
    NodeItem *item = scene.nodeItem(id);
    const QPointF before = item->pos();
    view.centerOn(before);
    const QPoint start = view.mapFromScene(before + QPointF(-40, 10));
    const int countBefore = doc->undoStack()->count();

    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, start);
    for (int i = 1; i <= 5; ++i)
        dragTo(view.viewport(), start + QPoint(10 * i, 6 * i));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, start + QPoint(50, 30));

    QCOMPARE(doc->undoStack()->count(), countBefore + 1);
    const QPointF after = *doc->node(id)->position;
    QVERIFY2(after != before, "the drag moved the node");
    QVERIFY(doc->node(id)->pinned);
    QCOMPARE(item->pos(), after);
    doc->undoStack()->undo();
    QCOMPARE(item->pos(), before);
    QCOMPARE(*doc->node(id)->position, before);
    doc->undoStack()->redo();
    QCOMPARE(item->pos(), after);
}

void TestDiagramScene::deleteRemovesNodesWithTheirLinks()
{
    auto doc = loadSample();
    DiagramScene scene(doc.get());
    const QString before = snapshot(*doc);
    const NodeId outcome(1);
    const int linksOfOutcome = int(doc->linksOf(outcome).size());
    QVERIFY(linksOfOutcome > 0);
    scene.selectNodes({ outcome });
    QKeyEvent del(QEvent::KeyPress, Qt::Key_Delete, Qt::NoModifier);
    QCoreApplication::sendEvent(&scene, &del);
    QVERIFY(!doc->node(outcome));
    QVERIFY(!scene.nodeItem(outcome));
    QCOMPARE(scene.linkItemCount(), doc->links().size());
    doc->undoStack()->undo();
    QCOMPARE(snapshot(*doc), before);
    QVERIFY(scene.nodeItem(outcome));
    QCOMPARE(scene.linkItemCount(), doc->links().size());
    doc->undoStack()->redo();
    QVERIFY(!scene.nodeItem(outcome));
    QCOMPARE(scene.linkItemCount(), doc->links().size());
    doc->undoStack()->undo();

    // A selected link alone is deleted alone.
    const LinkId link(1);
    scene.selectLink(link);
    scene.deleteSelection();
    QVERIFY(!doc->link(link));
    QCOMPARE(doc->nodes().size(), scene.nodeItemCount());
}

void TestDiagramScene::copyPasteIsOneStepWithLinks()
{
    auto doc = loadSample();
    DiagramScene scene(doc.get());
    // Nodes 2 and 3 with the link between them (3 -> 2), and node 1 linked to 2 but not copied.
    scene.selectNodes({ NodeId(2), NodeId(3) });
    std::unique_ptr<QMimeData> mime(scene.copySelection());
    QVERIFY(mime);
    QVERIFY(DiagramScene::canPaste(mime.get()));
    QVERIFY(mime->text().contains(doc->node(NodeId(2))->label));

    const int nodes = int(doc->nodes().size());
    const int links = int(doc->links().size());
    const int steps = doc->undoStack()->count();
    const QVector<NodeId> pasted = scene.paste(mime.get(), QPointF(30, 30));
    QCOMPARE(pasted.size(), 2);
    QCOMPARE(doc->nodes().size(), nodes + 2);
    QCOMPARE(doc->links().size(), links + 1); // only the link between the copied nodes
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(scene.selectedNodeIds(), pasted);
    const CausalNode *copy = doc->node(pasted.first());
    QCOMPARE(copy->label, doc->node(NodeId(2))->label);
    QCOMPARE(*copy->position, *doc->node(NodeId(2))->position + QPointF(30, 30));
    QCOMPARE(copy->evidenceEvents, doc->node(NodeId(2))->evidenceEvents);
    const CausalLink &pastedLink = doc->links().last();
    QCOMPARE(pastedLink.from, pasted.at(1));
    QCOMPARE(pastedLink.to, pasted.at(0));
    QVERIFY(scene.linkItem(pastedLink.id));

    doc->undoStack()->undo();
    QCOMPARE(doc->nodes().size(), nodes);
    QCOMPARE(scene.nodeItemCount(), nodes);
    QCOMPARE(scene.linkItemCount(), links);
    doc->undoStack()->redo();
    QCOMPARE(scene.nodeItemCount(), nodes + 2);

    QMimeData foreign;
    foreign.setText(QStringLiteral("not a diagram"));
    QVERIFY(!DiagramScene::canPaste(&foreign));
    QVERIFY(scene.paste(&foreign, QPointF()).isEmpty());
}

void TestDiagramScene::align_data()
{
    QTest::addColumn<int>("alignment");
    QTest::addColumn<bool>("horizontal");
    QTest::addColumn<int>("edge"); // -1 left/top, 0 centre, 1 right/bottom
    QTest::newRow("left") << int(DiagramScene::Alignment::Left) << true << -1;
    QTest::newRow("centre") << int(DiagramScene::Alignment::HorizontalCentre) << true << 0;
    QTest::newRow("right") << int(DiagramScene::Alignment::Right) << true << 1;
    QTest::newRow("top") << int(DiagramScene::Alignment::Top) << false << -1;
    QTest::newRow("middle") << int(DiagramScene::Alignment::VerticalCentre) << false << 0;
    QTest::newRow("bottom") << int(DiagramScene::Alignment::Bottom) << false << 1;
}

void TestDiagramScene::align()
{
    QFETCH(int, alignment);
    QFETCH(bool, horizontal);
    QFETCH(int, edge);
    Document doc;
    DiagramScene scene(&doc);
    const NodeId a = scene.addNode(NodeType::Condition, QPointF(0, 0), true, QStringLiteral("short"));
    const NodeId b = scene.addNode(NodeType::Defence, QPointF(300, 170), true,
        QStringLiteral("a much longer label that wraps onto several lines inside its shield"));
    const NodeId c = scene.addNode(NodeType::Outcome, QPointF(90, 420), true, QStringLiteral("c"));
    scene.selectNodes({ a, b, c });
    const int steps = doc.undoStack()->count();
    scene.alignSelection(DiagramScene::Alignment(alignment));
    QCOMPARE(doc.undoStack()->count(), steps + 1);

    auto value = [&](NodeId id) {
        const QRectF r = scene.nodeItem(id)->visual().sceneRect();
        if (horizontal)
            return edge < 0 ? r.left() : edge > 0 ? r.right() : r.center().x();
        return edge < 0 ? r.top() : edge > 0 ? r.bottom() : r.center().y();
    };
    QCOMPARE(value(a), value(b));
    QCOMPARE(value(b), value(c));
    // The other axis is untouched.
    QCOMPARE(
        horizontal ? doc.node(b)->position->y() : doc.node(b)->position->x(), horizontal ? 170.0 : 300.0);
    doc.undoStack()->undo();
    QCOMPARE(*doc.node(b)->position, QPointF(300, 170));
    QCOMPARE(scene.nodeItem(b)->pos(), QPointF(300, 170));
    doc.undoStack()->redo();
    QCOMPARE(value(a), value(b));
}

void TestDiagramScene::distributeSpreadsEvenly()
{
    Document doc;
    DiagramScene scene(&doc);
    const NodeId a = scene.addNode(NodeType::Condition, QPointF(0, 0), true, QStringLiteral("a"));
    const NodeId b = scene.addNode(NodeType::Condition, QPointF(50, 100), true, QStringLiteral("b"));
    const NodeId c = scene.addNode(NodeType::Condition, QPointF(600, 30), true, QStringLiteral("c"));
    scene.selectNodes({ a, b, c });
    scene.distributeSelection(Qt::Horizontal);
    QCOMPARE(doc.node(b)->position->x(), 300.0);
    QCOMPARE(doc.node(b)->position->y(), 100.0);
    QCOMPARE(doc.node(a)->position->x(), 0.0);
    QCOMPARE(doc.node(c)->position->x(), 600.0);
}

void TestDiagramScene::connectByDraggingFromTheHandle()
{
    Document doc;
    DiagramScene scene(&doc);
    DiagramView view(&scene);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const NodeId a = scene.addNode(NodeType::Condition, QPointF(0, 0), true, QStringLiteral("cause"));
    const NodeId b = scene.addNode(NodeType::Outcome, QPointF(350, 0), true, QStringLiteral("effect"));
    view.resetZoom();
    view.centerOn(QPointF(175, 0));
    scene.setNewLinkKind(LinkKind::Enables);

    const QPointF handle = scene.nodeItem(a)->mapToScene(scene.nodeItem(a)->handleRect().center());
    const QPoint from = view.mapFromScene(handle);
    const QPoint to = view.mapFromScene(QPointF(350, 5));
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(view.viewport(), (from + to) / 2);
    QTest::mouseMove(view.viewport(), to);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, to);

    QCOMPARE(doc.links().size(), 1);
    const CausalLink link = doc.links().first();
    QCOMPARE(link.from, a);
    QCOMPARE(link.to, b);
    QCOMPARE(link.kind, LinkKind::Enables);
    // The node did not move, and the new link is selected so its kind can be changed at once.
    QCOMPARE(*doc.node(a)->position, QPointF(0, 0));
    QCOMPARE(scene.selectedLinkIds(), QVector<LinkId> { link.id });
    scene.setNewLinkKind(LinkKind::WarnedOf);
    QCOMPARE(doc.link(link.id)->kind, LinkKind::WarnedOf);
    QCOMPARE(scene.linkItem(link.id)->link().kind, LinkKind::WarnedOf);
    doc.undoStack()->undo(); // the kind
    doc.undoStack()->undo(); // the link
    QCOMPARE(scene.linkItemCount(), 0);
    doc.undoStack()->redo();
    QCOMPARE(scene.linkItem(link.id)->link().kind, LinkKind::Enables);
    doc.undoStack()->redo();
    QCOMPARE(scene.linkItem(link.id)->link().kind, LinkKind::WarnedOf);

    // With the connect tool a drag from anywhere on a node links; onto itself it does nothing.
    scene.setTool(DiagramScene::Tool::Connect);
    const QPoint centreB = view.mapFromScene(QPointF(350, 0));
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, centreB);
    QTest::mouseMove(view.viewport(), centreB + QPoint(5, 5));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, centreB + QPoint(5, 5));
    QCOMPARE(doc.links().size(), 1);
    const QPoint centreA = view.mapFromScene(QPointF(0, 0));
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, centreB);
    QTest::mouseMove(view.viewport(), centreA);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, centreA);
    QCOMPARE(doc.links().size(), 2);
    QCOMPARE(doc.links().last().from, b);
}

void TestDiagramScene::droppedEventsBecomeEvidence()
{
    auto doc = loadSample();
    DiagramScene scene(doc.get());
    const NodeId node(5); // evidence: event 2
    QCOMPARE(doc->node(node)->evidenceEvents, QVector<EventId> { EventId(2) });
    QMimeData mime;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << quint64(7) << quint64(2) << quint64(3);
    mime.setData(TimelineModel::eventIdsMimeType(), bytes);

    NodeItem *item = scene.nodeItem(node);
    const int steps = doc->undoStack()->count();
    // As a drag from the timeline arrives: enter, move over the node, drop.
    for (QEvent::Type type :
        { QEvent::GraphicsSceneDragEnter, QEvent::GraphicsSceneDragMove, QEvent::GraphicsSceneDrop }) {
        QGraphicsSceneDragDropEvent event(type);
        event.setMimeData(&mime);
        event.setScenePos(item->pos());
        event.setPossibleActions(Qt::CopyAction | Qt::LinkAction);
        event.setProposedAction(Qt::CopyAction);
        QCoreApplication::sendEvent(&scene, &event);
        if (type == QEvent::GraphicsSceneDragMove)
            QVERIFY(event.isAccepted());
    }

    const QVector<EventId> expected = { EventId(2), EventId(3), EventId(7) };
    QCOMPARE(doc->node(node)->evidenceEvents, expected);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(item->visual().evidenceCount, 3);
    doc->undoStack()->undo();
    QCOMPARE(item->visual().evidenceCount, 1);
    doc->undoStack()->redo();
    QCOMPARE(item->visual().evidenceCount, 3);
}

void TestDiagramScene::selectionIsReportedToTheHub()
{
    auto doc = loadSample();
    SelectionHub hub(doc.get());
    DiagramScene scene(doc.get(), &hub);
    QSignalSpy spy(&hub, &SelectionHub::changed);
    scene.nodeItem(NodeId(3))->setSelected(true);
    QVERIFY(spy.count() >= 1);
    QCOMPARE(hub.selectedNodes(), QVector<NodeId> { NodeId(3) });
    QCOMPARE(hub.origin(), &scene);
    // The canvas does not highlight its own selection.
    QVERIFY(!scene.nodeItem(NodeId(3))->paintState().highlighted);
    // The evidence of the selected node is what the timeline highlights.
    QCOMPARE(hub.highlightedEvents().size(), doc->node(NodeId(3))->evidenceEvents.size());
    scene.clearSelection();
    QVERIFY(hub.selectedNodes().isEmpty());
}

void TestDiagramScene::hubSelectionFromElsewhereHighlights()
{
    auto doc = loadSample();
    SelectionHub hub(doc.get());
    DiagramScene scene(doc.get(), &hub);
    QObject timeline;
    QSignalSpy reveal(&scene, &DiagramScene::highlightRequested);
    // Event 2 is evidence of nodes 5, 6 and 14.
    hub.selectEvents({ EventId(2) }, &timeline);
    const QSet<NodeId> expected = hub.highlightedNodes();
    QVERIFY(expected.contains(NodeId(5)));
    for (const CausalNode &n : doc->nodes())
        QCOMPARE(scene.nodeItem(n.id)->paintState().highlighted, expected.contains(n.id));
    QVERIFY(scene.selectedItems().isEmpty()); // highlighted, not selected
    QCOMPARE(reveal.count(), 1);
    QVERIFY(reveal.first().first().toRectF().intersects(scene.nodeItem(NodeId(5))->sceneBoundingRect()));

    hub.selectNodes({}, &timeline);
    for (const CausalNode &n : doc->nodes())
        QVERIFY(!scene.nodeItem(n.id)->paintState().highlighted);
}

void TestDiagramScene::pathIsEmphasised()
{
    auto doc = loadSample();
    SelectionHub hub(doc.get());
    DiagramScene scene(doc.get(), &hub);
    QObject fiveWhys;
    hub.setPath({ NodeId(1), NodeId(2), NodeId(3) }, &fiveWhys);
    QVERIFY(scene.nodeItem(NodeId(2))->paintState().onPath);
    QVERIFY(!scene.nodeItem(NodeId(4))->paintState().onPath);
    // Links 1 (2 -> 1) and 2 (3 -> 2) are steps of the path; link 7 (8 -> 2) is not.
    QVERIFY(scene.linkItem(LinkId(1))->paintState().onPath);
    QVERIFY(scene.linkItem(LinkId(2))->paintState().onPath);
    QVERIFY(!scene.linkItem(LinkId(7))->paintState().onPath);
    hub.setPath({}, &fiveWhys);
    QVERIFY(!scene.nodeItem(NodeId(2))->paintState().onPath);
    QVERIFY(!scene.linkItem(LinkId(1))->paintState().onPath);
}

void TestDiagramScene::labelEditingCommitsOneStep_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("finishKey");
    QTest::addColumn<QString>("expected");
    QTest::newRow("enter commits") << QStringLiteral("Rollback failed") << int(Qt::Key_Return)
                                   << QStringLiteral("Rollback failed");
    QTest::newRow("escape cancels") << QStringLiteral("Rollback failed") << int(Qt::Key_Escape) << QString();
}

void TestDiagramScene::labelEditingCommitsOneStep()
{
    QFETCH(QString, typed);
    QFETCH(int, finishKey);
    QFETCH(QString, expected);
    auto doc = loadSample();
    DiagramScene scene(doc.get());
    DiagramView view(&scene);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    const NodeId id(4);
    const QString original = doc->node(id)->label;
    scene.selectNodes({ id });
    const int steps = doc->undoStack()->count();

    // Typing on a selected node starts editing with what was typed.
    QTest::keyClicks(view.viewport(), typed.left(1));
    QVERIFY(scene.isEditingLabel());
    QTest::keyClicks(view.viewport(), typed.mid(1));
    QCOMPARE(scene.labelEditor()->text(), typed);
    QCOMPARE(doc->node(id)->label, original); // nothing written while typing
    QTest::keyClick(view.viewport(), Qt::Key(finishKey));
    QVERIFY(!scene.isEditingLabel());

    if (expected.isEmpty()) {
        QCOMPARE(doc->node(id)->label, original);
        QCOMPARE(doc->undoStack()->count(), steps);
    } else {
        QCOMPARE(doc->node(id)->label, expected);
        QCOMPARE(scene.nodeItem(id)->visual().label, expected);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        doc->undoStack()->undo();
        QCOMPARE(scene.nodeItem(id)->visual().label, original);
    }
}

void TestDiagramScene::doubleClickCreatesANamedNodeInOneStep()
{
    Document doc;
    DiagramScene scene(&doc);
    DiagramView view(&scene);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    const QPoint at = view.viewport()->rect().center();
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(doc.nodes().size(), 1);
    QVERIFY(scene.isEditingLabel());
    QTest::keyClicks(view.viewport(), QStringLiteral("Alert muted"));
    QTest::keyClick(view.viewport(), Qt::Key_Return);
    QCOMPARE(doc.nodes().size(), 1);
    QCOMPARE(doc.nodes().first().label, QStringLiteral("Alert muted"));
    QVERIFY(QLineF(*doc.nodes().first().position, view.mapToScene(at)).length() < 2);
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(scene.nodeItemCount(), 0);

    // Escape on a new node takes it back.
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(doc.nodes().size(), 1);
    QTest::keyClick(view.viewport(), Qt::Key_Escape);
    QCOMPARE(doc.nodes().size(), 0);
    QCOMPARE(scene.nodeItemCount(), 0);
}

void TestDiagramScene::arrowKeysMoveToTheNearestNode_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<quint64>("expected");
    // From node 4 (720, 340): 3 is right, 5 left, 7 above, 11 below.
    QTest::newRow("right") << int(Qt::Key_Right) << quint64(3);
    QTest::newRow("left") << int(Qt::Key_Left) << quint64(5);
    QTest::newRow("up") << int(Qt::Key_Up) << quint64(7);
    QTest::newRow("down") << int(Qt::Key_Down) << quint64(11);
}

void TestDiagramScene::arrowKeysMoveToTheNearestNode()
{
    QFETCH(int, key);
    QFETCH(quint64, expected);
    auto doc = loadSample();
    DiagramScene scene(doc.get());
    scene.selectNodes({ NodeId(4) });
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QCoreApplication::sendEvent(&scene, &press);
    QCOMPARE(scene.selectedNodeIds(), QVector<NodeId> { NodeId(expected) });

    // Shift+arrow nudges instead, one step each.
    const QPointF before = *doc->node(NodeId(expected))->position;
    QKeyEvent nudge(QEvent::KeyPress, key, Qt::ShiftModifier);
    QCoreApplication::sendEvent(&scene, &nudge);
    const QPointF moved = *doc->node(NodeId(expected))->position - before;
    QCOMPARE(QLineF(QPointF(), moved).length(), 10.0);
    QCOMPARE(scene.selectedNodeIds(), QVector<NodeId> { NodeId(expected) });
}

void TestDiagramScene::contextEditsChangeTypeAndState()
{
    auto doc = loadSample();
    DiagramScene scene(doc.get());
    const NodeId condition(2);
    scene.selectNodes({ condition });
    scene.setSelectionType(NodeType::Defence);
    QCOMPARE(doc->node(condition)->type, NodeType::Defence);
    QCOMPARE(doc->node(condition)->defenceState, DefenceState::Absent);
    QCOMPARE(scene.nodeItem(condition)->visual().type, NodeType::Defence);
    scene.setSelectionDefenceState(DefenceState::Held);
    QCOMPARE(scene.nodeItem(condition)->visual().defenceState, DefenceState::Held);
    scene.setSelectionRootCause(true);
    QVERIFY(scene.nodeItem(condition)->visual().rootCause);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(scene.nodeItem(condition)->visual().type, NodeType::Condition);
    QVERIFY(!doc->node(condition)->defenceState);

    scene.selectLink(LinkId(6));
    scene.setSelectionLinkKind(LinkKind::Causes);
    QCOMPARE(doc->link(LinkId(6))->kind, LinkKind::Causes);
    scene.setSelectionWhy(true);
    QVERIFY(doc->link(LinkId(6))->why);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->link(LinkId(6))->kind, LinkKind::Enables);
}

void TestDiagramScene::layOutActionPlacesFreeNodesInOneStep()
{
    Document doc;
    QVector<NodeId> ids;
    for (int i = 0; i < 6; ++i) {
        CausalNode n;
        n.label = QStringLiteral("Cause %1").arg(i);
        n.type = i == 0 ? NodeType::Outcome : NodeType::Condition;
        ids.append(doc.add(n));
    }
    for (int i = 1; i < 6; ++i)
        doc.connect(ids[i], ids[(i - 1) / 2], LinkKind::Causes);
    // One node placed by hand: the layout must leave it exactly there.
    doc.placeNodes({ { ids[3], QPointF(1234.5, -77.25), true } }, QStringLiteral("Move"));
    SelectionHub hub(&doc);
    DiagramWidget widget(&doc, &hub);
    const int steps = doc.undoStack()->count();
    widget.layOut(LayoutMode::AllFreeNodes);
    QTRY_VERIFY_WITH_TIMEOUT(!widget.isLayingOut(), 20000);
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    for (NodeId id : ids)
        QVERIFY(doc.node(id)->position);
    QCOMPARE(*doc.node(ids[3])->position, QPointF(1234.5, -77.25));
    QVERIFY(doc.node(ids[3])->pinned);
    // Causes sit left of their effects (the diagram reads left to right).
    QVERIFY(doc.node(ids[1])->position->x() < doc.node(ids[0])->position->x());
    doc.undoStack()->undo();
    QVERIFY(!doc.node(ids[1])->position);
}

QTEST_MAIN(TestDiagramScene)
#include "tst_diagramscene.moc"
