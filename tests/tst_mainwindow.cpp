// SPDX-License-Identifier: GPL-3.0-or-later
// The main window over one document: the three views show the same data, edits in any view are
// undoable through Edit > Undo, and the title shows the file and its modified state.
#include "diagram/causallistview.h"
#include "document.h"
#include "form/formsection.h"
#include "form/formview.h"
#include "form/proseedit.h"
#include "mainwindow.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
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
    void saveClearsTheModifiedMark();
    void openingABadFileKeepsTheCurrentDocument();
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
