// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting-room mode in the main window: F5 presents, Esc comes back to the window as it was, the
// presenter's keys step through the incident, the blameless switch hides every name in what is
// painted, and Ctrl +/- zooms each view without two shortcuts competing for the same key.
#include "diagram/diagramview.h"
#include "diagram/diagramwidget.h"
#include "document.h"
#include "form/formview.h"
#include "mainwindow.h"
#include "presentation/presentationdiagram.h"
#include "presentation/presentationtimeline.h"
#include "presentation/presentationview.h"
#include "presentmode.h"
#include "timeline/timelineview.h"
#include "viewzoom.h"

#include <QAction>
#include <QBuffer>
#include <QDockWidget>
#include <QMenuBar>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QtTest>

using namespace causeway;

namespace {
/// Every text the presentation paints, read back from an SVG rendering of the whole window.
QString paintedText(QWidget *widget)
{
    QCoreApplication::processEvents(); // new labels are shown and laid out by the event loop, as on screen
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(widget->size());
    svg.setViewBox(QRect(QPoint(0, 0), widget->size()));
    widget->render(&svg);
    buffer.close();
    // The SVG escapes text as XML; a text document turns the entities back into characters.
    QTextDocument text;
    text.setHtml(QString::fromUtf8(buffer.data()));
    return text.toPlainText().simplified();
}

/// Each name of each person, whole and in parts ("Amara Okafor", "Amara", "Okafor").
QStringList namesOf(const Document &doc)
{
    QStringList names;
    for (const Person &p : doc.people()) {
        names << p.name;
        for (const QString &part : p.name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            names << part;
    }
    return names;
}
} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void f5EntersAndEscapeLeavesTheWindowAsItWas();
    void presenterKeysStepWhateverHasFocus_data();
    void presenterKeysStepWhateverHasFocus();
    void diagramFollowsTheSteps();
    void milestoneKeySwitchesTheWalk();
    void blamelessHidesEveryNameAndNote();
    void typeScalesWithTheScreenAndZoom();
    void zoomKeysScaleTextOffTheCanvas();
    void zoomKeysZoomTheCanvasOnItsTab();

private:
    PresentationView *present();
    std::unique_ptr<MainWindow> m_window;
};

void TestPresentation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPresentation::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openFile(QFINDTESTDATA("../resources/samples/migration-timeout.causeway")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestPresentation::cleanup()
{
    m_window.reset();
}

PresentationView *TestPresentation::present()
{
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    PresentationView *view = m_window->presentMode()->view();
    // Activation arrives through the event loop.
    for (int i = 0; view && !view->isActiveWindow() && i < 250; ++i)
        QTest::qWait(20);
    return view;
}

void TestPresentation::f5EntersAndEscapeLeavesTheWindowAsItWas()
{
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("viewPresent"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F5));
    m_window->tabs()->setCurrentWidget(m_window->formView());
    m_window->timelineView()->setFocus();
    const QRect geometry = m_window->geometry();
    const Qt::WindowStates state = m_window->windowState();
    const QByteArray docks = m_window->saveState();
    QWidget *const tab = m_window->tabs()->currentWidget();

    PresentationView *view = present();
    QVERIFY(view);
    QVERIFY(view->isVisible());
    QVERIFY(view->windowState() & Qt::WindowFullScreen);
    QVERIFY(view->isActiveWindow());
    QCOMPARE(view->cursor().current(), 0);

    QPointer<PresentationView> guard(view);
    QTest::keyClick(view, Qt::Key_Escape);
    QTRY_VERIFY(!guard); // closed and gone
    QVERIFY(!m_window->presentMode()->view());
    QTRY_VERIFY(m_window->isActiveWindow());
    QCOMPARE(m_window->geometry(), geometry);
    QCOMPARE(m_window->windowState(), state);
    QCOMPARE(m_window->saveState(), docks);
    QCOMPARE(m_window->tabs()->currentWidget(), tab);
    QVERIFY(!m_window->menuBar()->isHidden());
    QVERIFY(m_window->isVisible());

    // And again: a second F5 starts afresh at the first step.
    view = present();
    QVERIFY(view);
    QCOMPARE(view->cursor().current(), 0);
    view->close();
}

void TestPresentation::presenterKeysStepWhateverHasFocus_data()
{
    QTest::addColumn<int>("forward");
    QTest::addColumn<int>("back");
    QTest::addColumn<bool>("focusOnButton");
    QTest::newRow("remote: page down / page up") << int(Qt::Key_PageDown) << int(Qt::Key_PageUp) << false;
    QTest::newRow("remote keys with a button focused")
        << int(Qt::Key_PageDown) << int(Qt::Key_PageUp) << true;
    QTest::newRow("right / left") << int(Qt::Key_Right) << int(Qt::Key_Left) << false;
    QTest::newRow("down / up") << int(Qt::Key_Down) << int(Qt::Key_Up) << true;
    QTest::newRow("space / left") << int(Qt::Key_Space) << int(Qt::Key_Left) << true;
}

void TestPresentation::presenterKeysStepWhateverHasFocus()
{
    QFETCH(int, forward);
    QFETCH(int, back);
    QFETCH(bool, focusOnButton);
    PresentationView *view = present();
    QVERIFY(view);
    QWidget *target = view->diagram();
    if (focusOnButton) {
        // Even a widget that would take Space for itself: the presentation's keys come first.
        view->blamelessButton()->setFocusPolicy(Qt::StrongFocus);
        view->blamelessButton()->setFocus();
        target = view->blamelessButton();
    }
    QTest::keyClick(target, Qt::Key(forward));
    QTest::keyClick(target, Qt::Key(forward));
    QCOMPARE(view->cursor().current(), 2);
    QVERIFY(!view->isBlameless()); // Space did not click the focused button
    QTest::keyClick(target, Qt::Key(back));
    QCOMPARE(view->cursor().current(), 1);
    QTest::keyClick(target, Qt::Key_End);
    QCOMPARE(view->cursor().current(), view->cursor().steps().count() - 1);
    QTest::keyClick(target, Qt::Key(forward));
    QCOMPARE(view->cursor().current(), view->cursor().steps().count() - 1);
    QTest::keyClick(target, Qt::Key_Home);
    QCOMPARE(view->cursor().current(), 0);
    QTest::keyClick(target, Qt::Key(back));
    QCOMPARE(view->cursor().current(), 0);
    view->close();
}

void TestPresentation::diagramFollowsTheSteps()
{
    PresentationView *view = present();
    QVERIFY(view);
    const Document &doc = *m_window->document();
    int highlightedSteps = 0;
    QSet<NodeId> revealedBefore;
    for (int i = 0; i < view->cursor().steps().count(); ++i) {
        const PresentationStep &step = *view->cursor().currentStep();
        QCOMPARE(view->diagram()->highlighted(), step.highlighted);
        QCOMPARE(view->diagram()->revealed(), step.revealed);
        QVERIFY(revealedBefore.size() <= step.revealed.size()); // revealed nodes stay
        revealedBefore = step.revealed;
        // The nodes on screen are those the events so far are evidence for, with their labels.
        for (NodeId n : step.highlighted) {
            QVERIFY(doc.node(n));
            QVERIFY(
                view->diagram()->shownLabels().join(QLatin1Char(' ')).contains(doc.node(n)->label.left(12)));
        }
        highlightedSteps += step.highlighted.isEmpty() ? 0 : 1;
        QTest::keyClick(view, Qt::Key_PageDown);
    }
    QVERIFY(highlightedSteps > doc.events().size() / 2);
    view->close();
}

void TestPresentation::milestoneKeySwitchesTheWalk()
{
    PresentationView *view = present();
    QVERIFY(view);
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(view, Qt::Key_Right);
    const EventId focus = view->cursor().currentStep()->focus();
    QTest::keyClick(view, Qt::Key_M);
    QCOMPARE(view->mode(), StepMode::Milestones);
    QVERIFY(view->modeButton()->isChecked());
    QVERIFY(view->cursor().currentStep()->events.contains(focus));
    QVERIFY(view->cursor().steps().count() < m_window->document()->events().size());
    QTest::keyClick(view, Qt::Key_M);
    QCOMPARE(view->mode(), StepMode::Events);
    view->close();
}

void TestPresentation::blamelessHidesEveryNameAndNote()
{
    PresentationView *view = present();
    QVERIFY(view);
    const Document &doc = *m_window->document();
    const QStringList names = namesOf(doc);
    QStringList notes;
    for (const TimelineEvent &e : doc.events()) {
        if (!e.note.isEmpty())
            notes << e.note.simplified().left(30);
    }
    QVERIFY(!notes.isEmpty());

    // Every step of both walks, as painted.
    auto walk = [&] {
        QString all;
        for (StepMode mode : { StepMode::Events, StepMode::Milestones }) {
            view->setMode(mode);
            view->first();
            for (int i = 0; i < view->cursor().steps().count(); ++i) {
                all += paintedText(view) + QLatin1Char('\n');
                view->next();
            }
        }
        return all;
    };
    const QString open = walk();
    // Without the switch the names and notes are there: the check below can fail.
    int namesShown = 0;
    for (const QString &name : names)
        namesShown += open.contains(name) ? 1 : 0;
    QVERIFY2(namesShown > 0, "the sample's names are painted when not blameless");
    QVERIFY(open.contains(notes.first()));

    QTest::keyClick(view, Qt::Key_B);
    QVERIFY(view->isBlameless());
    QVERIFY(view->blamelessButton()->isChecked());
    const QString blameless = walk();
    QVERIFY(blameless.contains(QLatin1String("Incident commander"))); // roles instead
    for (const QString &name : names)
        QVERIFY2(!blameless.contains(name), qPrintable(QStringLiteral("%1 is painted").arg(name)));
    for (const QString &note : qAsConst(notes))
        QVERIFY2(!blameless.contains(note), qPrintable(QStringLiteral("note painted: %1").arg(note)));

    QTest::keyClick(view, Qt::Key_B);
    QVERIFY(!view->isBlameless());
    view->close();
}

void TestPresentation::typeScalesWithTheScreenAndZoom()
{
    PresentationView view(m_window->document());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.resize(1280, 720);
    const int small = view.bodyPixelSize();
    view.resize(1920, 1080);
    const int large = view.bodyPixelSize();
    QVERIFY(large > small);
    QVERIFY(large >= 24); // readable from the back of a room on a 1080p projector
    QCOMPARE(view.timeline()->font().pixelSize(), large);
    QTest::keyClick(&view, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(view.zoom() > 1.0);
    QVERIFY(view.bodyPixelSize() > large);
    QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view.bodyPixelSize(), large);
}

void TestPresentation::zoomKeysScaleTextOffTheCanvas()
{
    MainWindow &w = *m_window;
    w.tabs()->setCurrentWidget(w.timelineView());
    QTableView *table = w.timelineView()->findChild<QTableView *>();
    QVERIFY(table);
    table->setFocus();
    const qreal base = table->font().pointSizeF();
    const qreal canvasZoom = w.diagramView()->view()->zoom();
    QDockWidget *dock = w.findingsDock();
    const qreal dockBase = dock->widget()->font().pointSizeF();

    // Up to 200 %: every step is a key press that takes effect (an ambiguous key would not).
    int presses = 0;
    while (w.viewZoom()->fontZoom() < 2.0 - 0.001 && presses < 20) {
        const qreal before = w.viewZoom()->fontZoom();
        QTest::keyClick(table, Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(w.viewZoom()->fontZoom() > before);
        ++presses;
    }
    QCOMPARE(w.viewZoom()->fontZoom(), 2.0);
    QCOMPARE(table->font().pointSizeF(), base * 2);
    QCOMPARE(dock->widget()->font().pointSizeF(), dockBase * 2);
    QCOMPARE(w.formView()->font().pointSizeF(), base * 2);
    QCOMPARE(w.diagramView()->view()->zoom(), canvasZoom); // the canvas is another tab's business

    QTest::keyClick(table, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(table->font().pointSizeF() < base * 2);
    QTest::keyClick(table, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(w.viewZoom()->fontZoom(), 1.0);
    QCOMPARE(table->font().pointSizeF(), base);

    // A document opened at 200 % opens at 200 %.
    QTest::keyClick(table, Qt::Key_Equal, Qt::ControlModifier);
    const qreal zoomed = w.viewZoom()->fontZoom();
    w.openSample();
    QCOMPARE(w.timelineView()->findChild<QTableView *>()->font().pointSizeF(), base * zoomed);
}

void TestPresentation::zoomKeysZoomTheCanvasOnItsTab()
{
    MainWindow &w = *m_window;
    w.tabs()->setCurrentWidget(w.diagramView());
    DiagramView *canvas = w.diagramView()->view();
    canvas->setFocus();
    QTest::qWait(50); // the canvas fits the diagram once it is first shown
    canvas->resetZoom();
    const qreal fontBefore = w.timelineView()->font().pointSizeF();
    QTest::keyClick(canvas, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(canvas->zoom() > 1.0);
    QCOMPARE(w.viewZoom()->fontZoom(), 1.0);
    QCOMPARE(w.timelineView()->font().pointSizeF(), fontBefore);
    QTest::keyClick(canvas, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(canvas, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(canvas->zoom() < 1.0);
    QTest::keyClick(canvas, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(canvas->zoom(), 1.0);
    // The menu shows the keys.
    QAction *in = w.findChild<QAction *>(QStringLiteral("viewZoomIn"));
    QVERIFY(in);
    QVERIFY(in->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)));
    QVERIFY(!in->shortcut().isEmpty());
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
