// SPDX-License-Identifier: GPL-3.0-or-later
// The main window over one document: the three views show the same data, edits in any view are
// undoable through Edit > Undo, and the title shows the file and its modified state.
#include "checks/checker.h"
#include "checks/checkids.h"
#include "checks/findingspanel.h"
#include "diagram/causallistview.h"
#include "diagram/diagramitems.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramwidget.h"
#include "document.h"
#include "form/formsection.h"
#include "form/formview.h"
#include "form/proseedit.h"
#include "format/documentfile.h"
#include "mainwindow.h"
#include "recovery/recoveryjournal.h"
#include "selection/selectionhub.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace causeway;

namespace {
QAction *findAction(QWidget *window, const QString &name)
{
    return window->findChild<QAction *>(name);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensTheSampleInThreeViews();
    void opensTheBundledSampleAsUntitled();
    void editsAreUndoableFromTheMenu();
    void deletingANodeUpdatesEveryView();
    void diagramTabShowsTheCanvasBesideTheOutline();
    void saveClearsTheModifiedMark();
    void restoresWhatACrashLeft();
    void openingABadFileKeepsTheCurrentDocument();
    void findingsDockFollowsTheDocument();
    void ctrlZInAFormFieldUndoesTheDocument();

private:
    QString m_sample;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sample = QFINDTESTDATA("../resources/samples/migration-timeout.causeway");
    QVERIFY(!m_sample.isEmpty());
}

void TestMainWindow::opensTheSampleInThreeViews()
{
    MainWindow w;
    QVERIFY(w.openFile(m_sample));
    QCOMPARE(w.tabs()->count(), 3);
    QCOMPARE(w.timelineView()->model()->rowCount(), w.document()->events().size());
    for (const CausalNode &n : w.document()->nodes()) {
        QVERIFY(w.causalView()->itemFor(n.id));
        QCOMPARE(w.causalView()->itemFor(n.id)->text(0), n.label);
    }
    QVERIFY(w.windowTitle().contains(QLatin1String("migration-timeout.causeway")));
    QVERIFY(!w.isWindowModified());
}

void TestMainWindow::findingsDockFollowsTheDocument()
{
    MainWindow w;
    QVERIFY(w.openFile(m_sample));
    QAction *toggle = findAction(&w, QStringLiteral("viewFindings"));
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QCOMPARE(w.findingsDock()->widget(), w.findingsPanel());
    QVERIFY(w.checker());
    QCOMPARE(w.checker()->openCount(FindingSeverity::Error), 0); // the sample has no open error

    // A problem made in the document shows up in the panel; activating it shows its node.
    CausalNode n = *w.document()->node(NodeId(6));
    n.label = QStringLiteral("Engineer error");
    w.document()->change(n);
    w.checker()->refresh();
    QCOMPARE(w.checker()->openCount(FindingSeverity::Error), 1);
    Finding error;
    for (const Finding &f : w.checker()->findings()) {
        if (f.checkId == QLatin1String(checks::WhysEndsAtPerson))
            error = f;
    }
    QCOMPARE(error.place.entity, EntityRef::of(EntityKind::Node, NodeId(6)));
    QVERIFY(w.findingsPanel()->setCurrentFinding(error));
    Q_EMIT w.findingsPanel()->findingActivated(error);
    QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.diagramView()));
    QCOMPARE(w.selection()->selectedNodes(), QVector<NodeId> { NodeId(6) });

    // A place the window does not select itself is handed on for the form.
    QSignalSpy requested(&w, &MainWindow::findingPlaceRequested);
    FindingPlace section { EntityRef::section(QStringLiteral("summary")), QStringLiteral("text"), 3, 5 };
    w.showFinding(section);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<FindingPlace>(), section);

    // Opening another document gives the panel its checker.
    w.document()->undoStack()->undo(); // unmodified: no "save changes?" question
    w.openSample();
    QCOMPARE(w.checker()->document(), w.document());
    QCOMPARE(w.checker()->openCount(FindingSeverity::Error), 0);
}

void TestMainWindow::opensTheBundledSampleAsUntitled()
{
    // The first start opens the sample built into the program; a failure would show a dialog.
    MainWindow w;
    w.openSample();
    QCOMPARE(w.document()->events().size(), 28);
    QCOMPARE(w.document()->nodes().size(), 16);
    QVERIFY(w.document()->fileName().isEmpty()); // Save asks where: the sample is not overwritten
    QVERIFY(!w.document()->isModified());
}

void TestMainWindow::editsAreUndoableFromTheMenu()
{
    MainWindow w;
    QVERIFY(w.openFile(m_sample));
    QAction *undo = findAction(&w, QStringLiteral("editUndo"));
    QAction *redo = findAction(&w, QStringLiteral("editRedo"));
    QVERIFY(undo && redo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(!undo->isEnabled());

    TimelineModel *model = w.timelineView()->model();
    const QModelIndex text = model->index(0, TimelineModel::TextColumn);
    const QString before = text.data().toString();
    QVERIFY(model->setData(text, QStringLiteral("edited in the table")));
    QVERIFY(w.isWindowModified());
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(QLatin1String("Edit Event")));

    undo->trigger();
    QCOMPARE(text.data().toString(), before);
    QVERIFY(!w.isWindowModified());
    redo->trigger();
    QCOMPARE(text.data().toString(), QStringLiteral("edited in the table"));
}

void TestMainWindow::deletingANodeUpdatesEveryView()
{
    MainWindow w;
    QVERIFY(w.openFile(m_sample));
    Document *d = w.document();
    const NodeId outcome = d->nodes().first().id;
    w.causalView()->itemFor(outcome)->setSelected(true);
    w.causalView()->deleteSelected();
    QVERIFY(!d->node(outcome));
    QVERIFY(!w.causalView()->itemFor(outcome));
    findAction(&w, QStringLiteral("editUndo"))->trigger();
    QVERIFY(w.causalView()->itemFor(outcome));
}

void TestMainWindow::diagramTabShowsTheCanvasBesideTheOutline()
{
    MainWindow w;
    QVERIFY(w.openFile(m_sample));
    Document *d = w.document();
    QCOMPARE(w.tabs()->widget(1), w.diagramView());
    QVERIFY(w.diagramView()->isAncestorOf(w.causalView()));
    DiagramScene *scene = w.diagramView()->scene();
    QCOMPARE(scene->nodeItemCount(), d->nodes().size());
    QCOMPARE(scene->linkItemCount(), d->links().size());

    // Selecting on the canvas selects in the outline, and the reverse.
    const NodeId trigger(3);
    scene->selectNodes({ trigger });
    QCOMPARE(w.causalView()->selectedNodes(), QVector<NodeId> { trigger });
    w.causalView()->clearSelection();
    w.causalView()->itemFor(NodeId(4))->setSelected(true);
    QCOMPARE(scene->selectedNodeIds(), QVector<NodeId> { NodeId(4) });
    QCOMPARE(w.selection()->selectedNodes(), QVector<NodeId> { NodeId(4) });

    // A canvas edit is undone from the Edit menu like any other.
    scene->alignSelection(DiagramScene::Alignment::Left); // one node: nothing to align, no step
    QVERIFY(!w.isWindowModified());
    scene->deleteSelection();
    QVERIFY(!scene->nodeItem(NodeId(4)));
    QVERIFY(!w.causalView()->itemFor(NodeId(4)));
    findAction(&w, QStringLiteral("editUndo"))->trigger();
    QVERIFY(scene->nodeItem(NodeId(4)));
    QCOMPARE(scene->linkItemCount(), d->links().size());
}

void TestMainWindow::saveClearsTheModifiedMark()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.causeway"));
    QVERIFY(QFile::copy(m_sample, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    MainWindow w;
    QVERIFY(w.openFile(copy));
    w.timelineView()->addEvent();
    QVERIFY(w.isWindowModified());
    QVERIFY(w.save());
    QVERIFY(!w.isWindowModified());
    QVERIFY(!w.document()->isModified());
}

void TestMainWindow::restoresWhatACrashLeft()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("crash.causeway"));
    QVERIFY(QFile::copy(m_sample, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QString journal = RecoveryJournal::pathBeside(copy);
    int events = 0;
    {
        MainWindow w;
        QVERIFY(w.openFile(copy));
        QVERIFY(!QFile::exists(journal)); // reading a document writes nothing beside it
        w.timelineView()->addEvent();
        events = w.document()->events().size();
        QVERIFY(QFile::exists(journal));
        // What a crash would leave: the journal outlives the window.
        QVERIFY(QFile::copy(journal, journal + QStringLiteral(".kept")));
    }
    QVERIFY(!QFile::exists(journal)); // an orderly close removes it
    QVERIFY(QFile::rename(journal + QStringLiteral(".kept"), journal));

    MainWindow w;
    QVERIFY(w.restoreJournal(journal));
    QCOMPARE(w.document()->events().size(), events);
    QCOMPARE(w.document()->fileName(), copy);
    QVERIFY(w.document()->isModified());
    QVERIFY(w.isWindowModified());
    QVERIFY(w.save());
    QVERIFY(!QFile::exists(journal));
    LoadResult saved = loadDocument(copy);
    QVERIFY(saved.document);
    QCOMPARE(saved.document->events().size(), events);
}

void TestMainWindow::openingABadFileKeepsTheCurrentDocument()
{
    MainWindow w;
    QVERIFY(w.openFile(m_sample));
    Document *before = w.document();
    // The error dialog is modal: close it as a user would.
    QTimer::singleShot(0, &w, [] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            dialog->close();
    });
    QVERIFY(!w.openFile(QFINDTESTDATA("data/bad-time.causeway")));
    QCOMPARE(w.document(), before);
}

void TestMainWindow::ctrlZInAFormFieldUndoesTheDocument()
{
    // The form's editors keep no history of their own: Ctrl+Z is the window's Edit > Undo.
    MainWindow w;
    QVERIFY(w.openFile(m_sample));
    w.tabs()->setCurrentWidget(w.formView());
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    ProseEdit *summary = w.formView()->section(QStringLiteral("summary"))->prose();
    const QString original = w.document()->section(QStringLiteral("summary"));
    summary->setFocus();
    QTRY_VERIFY(summary->hasFocus());
    summary->moveCursor(QTextCursor::End);
    QTest::keyClicks(summary, QStringLiteral(" Reviewed."));
    QCOMPARE(w.document()->section(QStringLiteral("summary")), original + QStringLiteral(" Reviewed."));
    QTest::keyClick(summary, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.document()->section(QStringLiteral("summary")), original);
    QCOMPARE(summary->toPlainText(), original);
    QVERIFY(!w.document()->isModified());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
