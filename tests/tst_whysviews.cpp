// SPDX-License-Identifier: GPL-3.0-or-later
// The Five Whys and defences views as a user drives them, and selection following across views:
// the keyboard shapes the chain, selecting a step emphasises its path, and a node selected in one
// view highlights its evidence in the timeline and its place in the form.
#include "diagram/defencesview.h"
#include "diagram/fivewhys.h"
#include "diagram/fivewhysmodel.h"
#include "diagram/fivewhysview.h"
#include "document.h"
#include "format/documentfile.h"
#include "mainwindow.h"
#include "selection/selectionhub.h"
#include "timeline/timelinefilterproxy.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace causeway;

class TestWhysViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelStaysValidThroughEdits();
    void enterAddsAStepAndTypingAnswersIt();
    void escapeTakesBackAnEmptyStep();
    void tabIndentsAndShiftTabOutdents();
    void deleteRemovesAStep();
    void ctrlRMarksTheRootCause();
    void diagramEditsShowInTheView();
    void selectingAStepSetsThePath();
    void selectionElsewhereMovesTheCurrentStep();
    void outcomeChooserListsEveryOutcome();
    void timelineHighlightsEvidenceOfASelectedNode();
    void timelineReportsItsSelection();
    void defencesViewSelectsByClickAndKeys();
    void mainWindowWiresTheViewsToOneSelection();

private:
    NodeId lastStepNode() const;
    QLineEdit *openEditor() const;

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<SelectionHub> m_hub;
    std::unique_ptr<FiveWhysView> m_view;
};

void TestWhysViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWhysViews::init()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    m_doc = std::move(loaded.document);
    m_hub = std::make_unique<SelectionHub>(m_doc.get());
    m_view = std::make_unique<FiveWhysView>(m_doc.get(), m_hub.get());
    m_view->resize(420, 600);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->tree()->setFocus();
}

void TestWhysViews::cleanup()
{
    m_view.reset();
    m_hub.reset();
    m_doc.reset();
}

NodeId TestWhysViews::lastStepNode() const
{
    return m_view->model()->tree().steps().last().node;
}

QLineEdit *TestWhysViews::openEditor() const
{
    return m_view->tree()->findChild<QLineEdit *>();
}

void TestWhysViews::modelStaysValidThroughEdits()
{
    FiveWhysModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOutcome(whyOutcomes(*m_doc).first());
    QCOMPARE(model.rowCount(), 1);
    const NodeId last = model.tree().steps().last().node;
    const NodeId added = addWhyAnswer(m_doc.get(), last, QStringLiteral("first"));
    addWhyAnswer(m_doc.get(), model.outcome(), QStringLiteral("branch"));
    setWhyStepText(m_doc.get(), added, QStringLiteral("renamed"));
    QCOMPARE(model.indexOfNode(added).data().toString(), QStringLiteral("renamed"));
    moveWhyStep(m_doc.get(), model.tree().step(model.tree().indexOf(added)).link, model.outcome());
    removeWhyStep(m_doc.get(), model.tree().step(1).link);
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    while (m_doc->undoStack()->canRedo())
        m_doc->undoStack()->redo();
    // Editing through the model is a label change of the node.
    QVERIFY(model.setData(model.indexOfNode(added), QStringLiteral("Edited through the outline")));
    QCOMPARE(m_doc->node(added)->label, QStringLiteral("Edited through the outline"));
    QVERIFY(!model.setData(model.indexOfNode(added), QString())); // an answer is never blank
    m_doc->removeNodes({ model.outcome() });
    QCOMPARE(model.rowCount(), 0);
}

void TestWhysViews::enterAddsAStepAndTypingAnswersIt()
{
    const NodeId last = lastStepNode();
    m_view->setCurrentNode(last);
    const int nodes = m_doc->nodes().size();
    QTest::keyClick(m_view->tree(), Qt::Key_Return);
    QCOMPARE(m_doc->nodes().size(), nodes + 1);
    QLineEdit *editor = openEditor();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("No production-sized data set exists"));
    QTest::keyClick(editor, Qt::Key_Return);

    const NodeId added = m_doc->nodes().last().id;
    QTRY_COMPARE(m_doc->node(added)->label, QStringLiteral("No production-sized data set exists"));
    QCOMPARE(m_doc->nodes().size(), nodes + 1);
    QCOMPARE(m_doc->node(added)->type, NodeType::Condition);
    QCOMPARE(whyAnswers(*m_doc, last).size(), 1);
    QCOMPARE(m_doc->link(whyAnswers(*m_doc, last).first())->from, added);
    QCOMPARE(m_view->currentNode(), added);
    // Enter again goes on down the chain.
    QTest::keyClick(m_view->tree(), Qt::Key_Return);
    QVERIFY(openEditor());
    QTest::keyClicks(openEditor(), QStringLiteral("Snapshots are not anonymised"));
    QTest::keyClick(openEditor(), Qt::Key_Return);
    QTRY_COMPARE(m_doc->node(lastStepNode())->label, QStringLiteral("Snapshots are not anonymised"));
    QCOMPARE(m_view->model()->tree().depth(), WhyTree(*m_doc, m_view->outcome()).depth());
    // Shift+Enter answers the same why again: a branch.
    QTest::keyClick(m_view->tree(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(openEditor(), QStringLiteral("Second answer"));
    QTest::keyClick(openEditor(), Qt::Key_Return);
    QTRY_COMPARE(m_doc->nodes().last().label, QStringLiteral("Second answer"));
    QCOMPARE(whyAnswers(*m_doc, added).size(), 2);
}

void TestWhysViews::escapeTakesBackAnEmptyStep()
{
    m_view->setCurrentNode(lastStepNode());
    const int nodes = m_doc->nodes().size();
    const int index = m_doc->undoStack()->index();
    QTest::keyClick(m_view->tree(), Qt::Key_Return);
    QVERIFY(openEditor());
    QTest::keyClick(openEditor(), Qt::Key_Escape);
    QCOMPARE(m_doc->nodes().size(), nodes);
    QCOMPARE(m_doc->undoStack()->index(), index);
}

void TestWhysViews::tabIndentsAndShiftTabOutdents()
{
    const NodeId outcome = m_view->outcome();
    const NodeId first = m_view->model()->tree().step(1).node;
    const NodeId branch = addWhyAnswer(m_doc.get(), outcome, QStringLiteral("Readiness probe passed"));
    m_view->setCurrentNode(branch);
    QCOMPARE(m_view->model()->tree().step(m_view->model()->tree().indexOf(branch)).depth, 1);

    QTest::keyClick(m_view->tree(), Qt::Key_Tab);
    const WhyTree indented(*m_doc, outcome);
    QCOMPARE(indented.step(indented.step(indented.indexOf(branch)).parent).node, first);
    QCOMPARE(m_view->currentNode(), branch); // the step stays current where it went

    QTest::keyClick(m_view->tree(), Qt::Key_Backtab, Qt::ShiftModifier);
    const WhyTree outdented(*m_doc, outcome);
    QCOMPARE(outdented.step(outdented.step(outdented.indexOf(branch)).parent).node, outcome);
    // Each is one undo step.
    m_doc->undoStack()->undo();
    QCOMPARE(WhyTree(*m_doc, outcome).step(WhyTree(*m_doc, outcome).indexOf(branch)).depth, 2);
}

void TestWhysViews::deleteRemovesAStep()
{
    const NodeId last = lastStepNode();
    const NodeId added = addWhyAnswer(m_doc.get(), last, QStringLiteral("to be removed"));
    m_view->setCurrentNode(added);
    QTest::keyClick(m_view->tree(), Qt::Key_Delete);
    QVERIFY(!m_doc->node(added));
    QCOMPARE(m_view->currentNode(), last); // the step it answered becomes current
    // The outcome itself is not removed from here.
    m_view->setCurrentNode(m_view->outcome());
    QTest::keyClick(m_view->tree(), Qt::Key_Delete);
    QVERIFY(m_doc->node(m_view->outcome()));
}

void TestWhysViews::ctrlRMarksTheRootCause()
{
    const NodeId middle = m_view->model()->tree().step(2).node;
    QVERIFY(!m_doc->node(middle)->rootCause);
    m_view->setCurrentNode(middle);
    QTest::keyClick(m_view->tree(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(m_doc->node(middle)->rootCause);
    QVERIFY(m_view->model()->indexOfNode(middle).data(FiveWhysModel::RootCauseRole).toBool());
    QTest::keyClick(m_view->tree(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(!m_doc->node(middle)->rootCause);
}

void TestWhysViews::diagramEditsShowInTheView()
{
    CausalNode cause;
    cause.label = QStringLiteral("Drawn in the diagram");
    const NodeId id = m_doc->add(cause);
    const LinkId link = m_doc->connect(id, lastStepNode(), LinkKind::Causes);
    QVERIFY(!m_view->model()->indexOfNode(id).isValid());
    CausalLink why = *m_doc->link(link);
    why.why = true;
    m_doc->change(why);
    const QModelIndex shown = m_view->model()->indexOfNode(id);
    QVERIFY(shown.isValid());
    QCOMPARE(shown.data().toString(), QStringLiteral("Drawn in the diagram"));
    // A label changed in the diagram repaints the row.
    CausalNode renamed = *m_doc->node(id);
    renamed.label = QStringLiteral("Renamed in the diagram");
    m_doc->change(renamed);
    QCOMPARE(m_view->model()->indexOfNode(id).data().toString(), QStringLiteral("Renamed in the diagram"));
}

void TestWhysViews::selectingAStepSetsThePath()
{
    const WhyTree &tree = m_view->model()->tree();
    const int step = 3;
    const NodeId node = tree.step(step).node;
    m_view->tree()->setCurrentIndex(m_view->model()->indexOfStep(step));
    QCOMPARE(m_hub->selectedNodes(), QVector<NodeId>({ node }));
    QCOMPARE(m_hub->path(), whyPath(*m_doc, m_view->outcome(), node));
    QCOMPARE(m_hub->path().size(), step + 1);
    QCOMPARE(m_hub->origin(), m_view.get());
    // The evidence of the step's node is what the other views highlight.
    const QVector<EventId> &evidence = m_doc->node(node)->evidenceEvents;
    QCOMPARE(m_hub->highlightedEvents(), QSet<EventId>(evidence.begin(), evidence.end()));
}

void TestWhysViews::selectionElsewhereMovesTheCurrentStep()
{
    QObject canvas;
    const NodeId node = m_view->model()->tree().step(2).node;
    m_hub->selectNodes({ node }, &canvas);
    QCOMPARE(m_view->currentNode(), node);
    QCOMPARE(m_hub->origin(), &canvas); // followed, not reported back
    // A node that is not in the chain clears the selection here.
    NodeId outside;
    for (const CausalNode &n : m_doc->nodes()) {
        if (!m_view->model()->indexOfNode(n.id).isValid())
            outside = n.id;
    }
    QVERIFY(outside.isValid());
    m_hub->selectNodes({ outside }, &canvas);
    QVERIFY(m_view->tree()->selectionModel()->selectedIndexes().isEmpty());
}

void TestWhysViews::outcomeChooserListsEveryOutcome()
{
    QCOMPARE(m_view->outcomeChooser()->count(), whyOutcomes(*m_doc).size());
    CausalNode second;
    second.type = NodeType::Outcome;
    second.label = QStringLiteral("Support queue overflowed");
    const NodeId id = m_doc->add(second);
    QCOMPARE(m_view->outcomeChooser()->count(), whyOutcomes(*m_doc).size());
    m_view->setOutcome(id);
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->rowCount(m_view->model()->index(0, 0)), 0);
    QTest::keyClick(m_view->tree(), Qt::Key_Return);
    QTest::keyClicks(openEditor(), QStringLiteral("Error pages linked to support"));
    QTest::keyClick(openEditor(), Qt::Key_Return);
    QTRY_COMPARE(m_doc->nodes().last().label, QStringLiteral("Error pages linked to support"));
    QCOMPARE(whyAnswers(*m_doc, id).size(), 1);
    // Removing the shown outcome falls back to another one.
    m_doc->removeNodes({ id });
    QCOMPARE(m_view->outcome(), whyOutcomes(*m_doc).first());
}

void TestWhysViews::timelineHighlightsEvidenceOfASelectedNode()
{
    TimelineView timeline(m_doc.get());
    timeline.setSelectionHub(m_hub.get());
    timeline.resize(1000, 260);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    // The node whose evidence is furthest down, so that following it needs a scroll.
    NodeId node;
    int furthest = -1;
    for (const CausalNode &n : m_doc->nodes()) {
        for (EventId e : n.evidenceEvents) {
            const int row =
                timeline.proxy()->mapFromSource(timeline.model()->index(timeline.model()->rowOf(e), 0)).row();
            if (row > furthest && n.evidenceEvents.size() > 1) {
                furthest = row;
                node = n.id;
            }
        }
    }
    QVERIFY(node.isValid());
    QObject canvas;
    m_hub->selectNodes({ node }, &canvas);

    const QVector<EventId> &evidence = m_doc->node(node)->evidenceEvents;
    int firstShown = INT_MAX;
    for (int row = 0; row < timeline.proxy()->rowCount(); ++row) {
        const QModelIndex index = timeline.proxy()->index(row, TimelineModel::TextColumn);
        const EventId id = index.data(TimelineModel::EventIdRole).value<EventId>();
        const bool tinted = index.data(Qt::BackgroundRole).isValid();
        QCOMPARE(tinted, evidence.contains(id));
        if (tinted)
            firstShown = std::min(firstShown, row);
    }
    // The user's own selection in the timeline is left alone, and the evidence is in view.
    QVERIFY(timeline.selectedEvents().isEmpty());
    const QRect shown =
        timeline.table()->visualRect(timeline.proxy()->index(firstShown, TimelineModel::TextColumn));
    QVERIFY(timeline.table()->viewport()->rect().intersects(shown));
    // Following a selection scrolls up and down, never sideways.
    QCOMPARE(timeline.table()->horizontalScrollBar()->value(), 0);
    // Clearing the selection elsewhere clears the tint.
    m_hub->selectNodes({}, &canvas);
    QVERIFY(!timeline.proxy()->index(firstShown, 0).data(Qt::BackgroundRole).isValid());
}

void TestWhysViews::timelineReportsItsSelection()
{
    TimelineView timeline(m_doc.get());
    timeline.setSelectionHub(m_hub.get());
    const QVector<EventId> ids = { m_doc->events().at(2).id, m_doc->events().at(5).id };
    timeline.selectEvents(ids);
    QCOMPARE(m_hub->origin(), &timeline);
    QCOMPARE(QSet<EventId>(m_hub->selectedEvents().begin(), m_hub->selectedEvents().end()),
        QSet<EventId>(ids.begin(), ids.end()));
    // Its own selection is not tinted as well.
    QVERIFY(timeline.model()->highlightedEvents().isEmpty());
    // The Five Whys follows: a step whose node these events support becomes current.
    QSet<NodeId> supported = m_hub->highlightedNodes();
    QVERIFY(!supported.isEmpty());
}

void TestWhysViews::defencesViewSelectsByClickAndKeys()
{
    DefencesView defences(m_doc.get(), m_hub.get());
    defences.resize(defences.sizeHint());
    defences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&defences));
    const DefencePicture &picture = defences.picture();
    QVERIFY(picture.layers.size() > 1);
    QTest::mouseClick(&defences, Qt::LeftButton, {}, defences.layerRect(0).center());
    QCOMPARE(m_hub->selectedNodes(), QVector<NodeId>({ picture.layers.at(0).node }));
    QCOMPARE(m_hub->origin(), &defences);
    QTest::keyClick(&defences, Qt::Key_Right);
    QCOMPARE(m_hub->selectedNodes(), QVector<NodeId>({ picture.layers.at(1).node }));
    // A defence's state changed elsewhere shows at once.
    CausalNode changed = *m_doc->node(picture.layers.at(0).node);
    changed.defenceState = DefenceState::Held;
    m_doc->change(changed);
    bool held = false;
    for (const DefenceLayer &l : defences.picture().layers)
        held = held || (l.node == changed.id && l.state == DefenceState::Held);
    QVERIFY(held);
}

void TestWhysViews::mainWindowWiresTheViewsToOneSelection()
{
    MainWindow window;
    window.openSample();
    QVERIFY(window.fiveWhysView() && window.defencesView());
    QCOMPARE(window.fiveWhysDock()->widget(), window.fiveWhysView());
    QVERIFY(!window.fiveWhysDock()->toggleViewAction()->shortcut().isEmpty());
    QVERIFY(!window.defencesDock()->toggleViewAction()->shortcut().isEmpty());
    QCOMPARE(window.fiveWhysView()->outcome(), whyOutcomes(*window.document()).first());
    // Opening a post-mortem selects nothing: no view is tinted before the user chooses.
    QVERIFY(window.selection()->selectedNodes().isEmpty());
    QVERIFY(window.timelineView()->model()->highlightedEvents().isEmpty());

    // A step chosen in the Five Whys tints its evidence in the timeline, through the window's hub.
    FiveWhysView *whys = window.fiveWhysView();
    whys->tree()->setCurrentIndex(whys->model()->indexOfStep(2));
    const NodeId node = whys->currentNode();
    QCOMPARE(window.selection()->selectedNodes(), QVector<NodeId>({ node }));
    const QVector<EventId> &evidence = window.document()->node(node)->evidenceEvents;
    QCOMPARE(
        window.timelineView()->model()->highlightedEvents(), QSet<EventId>(evidence.begin(), evidence.end()));

    // A new document gets new views on the new document, with the new hub.
    const Document *before = window.document();
    window.openSample();
    QVERIFY(window.document() != before);
    QVERIFY(window.selection()->selectedNodes().isEmpty());
    QCOMPARE(
        window.defencesView()->picture().layers.size(), defencePicture(*window.document()).layers.size());
}

QTEST_MAIN(TestWhysViews)
#include "tst_whysviews.moc"
