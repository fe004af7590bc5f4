// SPDX-License-Identifier: GPL-3.0-or-later
// The Findings panel and the inline marks: the model is a sound item model as findings come and
// go, filters work, activation names the place, acknowledging and reopening are undoable steps,
// and the highlighter underlines exactly the findings' ranges of the editor's text.
#include "checks/acknowledgedialog.h"
#include "checks/checker.h"
#include "checks/checkids.h"
#include "checks/findingsmodel.h"
#include "checks/findingspanel.h"
#include "document.h"
#include "highlighting/prosehighlighter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace causeway;

namespace {

/// A small document with one error (no owner), warnings (blame language) and an info (no evidence).
DocumentContent content()
{
    DocumentContent c;
    c.incident.zone = QStringLiteral("UTC");
    c.incident.impact.customers = 5;
    c.incident.detected = Instant::parseRfc3339(QStringLiteral("2026-04-14T10:10:00Z"));
    c.incident.mitigated = c.incident.detected;
    c.incident.resolved = c.incident.detected;
    c.people = { Person {
        PersonId(1), QStringLiteral("Amara Okafor"), QStringLiteral("on-call engineer"), QString() } };
    CausalNode trigger;
    trigger.id = NodeId(1);
    trigger.type = NodeType::Trigger;
    trigger.label = QStringLiteral("Migration ran inside the deploy");
    CausalNode sign;
    sign.id = NodeId(2);
    sign.type = NodeType::WarningSign;
    sign.label = QStringLiteral("Latency was elevated");
    c.nodes = { trigger, sign };
    CorrectiveAction a;
    a.id = ActionId(1);
    a.title = QStringLiteral("Block slow migrations in the pipeline");
    a.due = QDate(2099, 1, 1);
    a.addresses = { NodeId(2) };
    c.actions = { a };
    DifferentEngineerAnswer answer;
    answer.id = AnswerId(1);
    answer.node = NodeId(1);
    answer.answer = EngineerAnswer::Yes;
    c.answers = { answer };
    c.sections.insert(
        QStringLiteral("summary"), QStringLiteral("Root cause: human error. The engineer forgot the flag."));
    return c;
}

int rowOfCheck(const FindingsModel &model, const char *check)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.finding(r).checkId == QLatin1String(check))
            return r;
    }
    return -1;
}

} // namespace

class TestFindingsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelFollowsTheChecker();
    void filters();
    void activationNamesThePlace();
    void acknowledgeAndReopen();
    void acknowledgeDialogNeedsAReason();
    void checkerIsDebounced();
    void highlighterUnderlinesFindings();
};

void TestFindingsPanel::modelFollowsTheChecker()
{
    Document d(content());
    Checker checker(&d);
    FindingsModel model(&checker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
    const int before = model.rowCount();
    QVERIFY(before >= 4);
    QCOMPARE(model.data(model.index(0, FindingsModel::CheckColumn)).toString(),
        QLatin1String(checks::ActionNoOwner)); // errors first
    QVERIFY(!model.data(model.index(0, FindingsModel::SeverityColumn), Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QVERIFY(model.data(model.index(0, FindingsModel::PlaceColumn))
                .toString()
                .startsWith(QLatin1String("action 1")));

    // Fixing the problem removes its row; undo brings it back.
    CorrectiveAction a = *d.action(ActionId(1));
    a.owner = PersonId(1);
    d.change(a);
    checker.refresh();
    QCOMPARE(model.rowCount(), before - 1);
    QCOMPARE(rowOfCheck(model, checks::ActionNoOwner), -1);
    d.undoStack()->undo();
    checker.refresh();
    QCOMPARE(model.rowCount(), before);
    QVERIFY(rowOfCheck(model, checks::ActionNoOwner) >= 0);
}

void TestFindingsPanel::filters()
{
    Document d(content());
    Checker checker(&d);
    FindingsModel model(&checker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = model.rowCount();
    model.setMinimumSeverity(FindingSeverity::Error);
    QCOMPARE(model.rowCount(), checker.openCount(FindingSeverity::Error));
    model.setMinimumSeverity(FindingSeverity::Warning);
    QCOMPARE(model.rowCount(),
        checker.openCount(FindingSeverity::Error) + checker.openCount(FindingSeverity::Warning));
    model.setMinimumSeverity(FindingSeverity::Info);
    QCOMPARE(model.rowCount(), all);

    d.acknowledge({ QLatin1String(checks::ActionNoOwner), EntityRef::of(EntityKind::Action, ActionId(1)),
        QStringLiteral("owner"), QStringLiteral("Assigned next week") });
    checker.refresh();
    QCOMPARE(model.rowCount(), all - 1);
    model.setShowAcknowledged(true);
    QCOMPARE(model.rowCount(), all);
    const int row = rowOfCheck(model, checks::ActionNoOwner);
    QVERIFY(model.finding(row).acknowledged);
    QVERIFY(model.data(model.index(row, FindingsModel::SeverityColumn))
                .toString()
                .contains(QLatin1String("acknowledged")));
}

void TestFindingsPanel::activationNamesThePlace()
{
    Document d(content());
    Checker checker(&d);
    FindingsPanel panel(&d, &checker);
    QSignalSpy activated(&panel, &FindingsPanel::findingActivated);
    Finding blame;
    for (const Finding &f : checker.findings()) {
        if (f.checkId == QLatin1String(checks::BlameLanguage))
            blame = f;
    }
    QVERIFY(panel.setCurrentFinding(blame));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.view()->setFocus();
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    const Finding got = activated.first().first().value<Finding>();
    QCOMPARE(got.place.entity, EntityRef::section(QStringLiteral("summary")));
    QCOMPARE(got.place.field, QStringLiteral("text"));
    QCOMPARE(d.section(QStringLiteral("summary")).mid(got.place.start, got.place.length),
        QStringLiteral("human error"));
}

void TestFindingsPanel::acknowledgeAndReopen()
{
    Document d(content());
    Checker checker(&d);
    FindingsPanel panel(&d, &checker);
    const int open = checker.openCount(FindingSeverity::Error);
    QCOMPARE(open, 1);
    const Finding noOwner = checker.findings().first();
    QVERIFY(panel.setCurrentFinding(noOwner));

    panel.acknowledge(noOwner, QStringLiteral("  The platform team assigns it  "));
    QCOMPARE(d.undoStack()->count(), 1);
    QCOMPARE(d.acknowledgements().size(), 1);
    QCOMPARE(d.acknowledgements().first().reason, QStringLiteral("The platform team assigns it"));
    QCOMPARE(checker.openCount(FindingSeverity::Error), 0);
    QCOMPARE(panel.model()->rowOf(noOwner), -1); // hidden until "show acknowledged"

    d.undoStack()->undo();
    checker.refresh();
    QCOMPARE(checker.openCount(FindingSeverity::Error), 1);
    d.undoStack()->redo();
    checker.refresh();

    panel.model()->setShowAcknowledged(true);
    QVERIFY(panel.setCurrentFinding(noOwner));
    QVERIFY(panel.currentFinding()->acknowledged);
    panel.reopenCurrent();
    QCOMPARE(d.undoStack()->count(), 2);
    QVERIFY(d.acknowledgements().isEmpty());
    QCOMPARE(checker.openCount(FindingSeverity::Error), 1);
    d.undoStack()->undo();
    QCOMPARE(d.acknowledgements().size(), 1);
}

void TestFindingsPanel::acknowledgeDialogNeedsAReason()
{
    Document d(content());
    Checker checker(&d);
    FindingsPanel panel(&d, &checker);
    QVERIFY(panel.setCurrentFinding(checker.findings().first()));
    bool okWasDisabled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AcknowledgeDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        okWasDisabled = !ok->isEnabled();
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Owner chosen at the review"));
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    panel.acknowledgeCurrent();
    QVERIFY(okWasDisabled);
    QCOMPARE(d.acknowledgements().size(), 1);
    QCOMPARE(d.acknowledgements().first().reason, QStringLiteral("Owner chosen at the review"));
    QCOMPARE(d.acknowledgements().first().checkId, QLatin1String(checks::ActionNoOwner));

    // Cancel leaves the document alone.
    d.undoStack()->undo();
    checker.refresh();
    QVERIFY(panel.setCurrentFinding(checker.findings().first()));
    bool cancelled = false;
    QTimer::singleShot(0, this, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        dialog->close();
        cancelled = true;
    });
    panel.acknowledgeCurrent();
    QVERIFY(cancelled);
    QVERIFY(d.acknowledgements().isEmpty());
}

void TestFindingsPanel::checkerIsDebounced()
{
    Document d(content());
    Checker checker(&d);
    checker.setDelay(20);
    QSignalSpy changed(&checker, &Checker::findingsChanged);
    // Typing: many changes, one run after the pause.
    for (const char *text : { "A", "A h", "A human", "A human error" })
        d.setSection(QStringLiteral("lessons"), QString::fromLatin1(text));
    QVERIFY(checker.isPending());
    QCOMPARE(changed.count(), 0);
    QVERIFY(changed.wait(1000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(checker.findingsFor(EntityRef::section(QStringLiteral("lessons"))).size(), 1);
    const std::optional<FindingSeverity> worst =
        checker.worstOpenAt(EntityRef::section(QStringLiteral("lessons")));
    QVERIFY(worst.has_value());
    QCOMPARE(*worst, FindingSeverity::Warning);
    // Moving a node changes no finding and runs nothing.
    d.placeNodes({ { NodeId(1), QPointF(10, 10), true } }, QStringLiteral("Move"));
    QVERIFY(!checker.isPending());
}

void TestFindingsPanel::highlighterUnderlinesFindings()
{
    Document d(content());
    QPlainTextEdit edit;
    edit.setPlainText(QStringLiteral("Fine line.\nThen Amara forgot to run the \"human error\" check."));
    auto *marks = new ProseHighlighter(
        &d, EntityRef::of(EntityKind::Node, NodeId(1)), QStringLiteral("description"), edit.document());
    marks->installToolTips(&edit);
    QCOMPARE(marks->findings().size(), 1);
    const Finding f = marks->findings().first();
    QCOMPARE(f.checkId, QLatin1String(checks::PersonAsCause));
    QCOMPARE(edit.toPlainText().mid(f.place.start, f.place.length), QStringLiteral("Amara forgot to"));
    QVERIFY(marks->findingAt(f.place.start + 2).has_value());
    QVERIFY(!marks->findingAt(0).has_value());

    // The second block carries one wavy underline over exactly the finding's range.
    const QTextBlock block = edit.document()->findBlockByNumber(1);
    const QVector<QTextLayout::FormatRange> formats = block.layout()->formats();
    QCOMPARE(formats.size(), 1);
    QCOMPARE(block.position() + formats.first().start, f.place.start);
    QCOMPARE(formats.first().length, f.place.length);
    QCOMPARE(formats.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
    QVERIFY(edit.document()->findBlockByNumber(0).layout()->formats().isEmpty());

    // Typing moves the marks with the text; fixing the sentence removes them.
    QSignalSpy changed(marks, &ProseHighlighter::findingsChanged);
    QTextCursor cursor(edit.document());
    cursor.insertText(QStringLiteral("Intro. "));
    QCOMPARE(marks->findings().first().place.start, f.place.start + 7);
    edit.setPlainText(QStringLiteral("The pipeline did not enforce the check."));
    QVERIFY(marks->findings().isEmpty());
    QVERIFY(changed.count() >= 2);

    // Acknowledged findings stay marked, dotted.
    edit.setPlainText(QStringLiteral("Amara forgot the flag."));
    d.acknowledge({ QLatin1String(checks::PersonAsCause), EntityRef::of(EntityKind::Node, NodeId(1)),
        QStringLiteral("description"), QStringLiteral("Quoted from the chat") });
    QVERIFY(marks->findings().first().acknowledged);
    QCOMPARE(edit.document()->firstBlock().layout()->formats().first().format.underlineStyle(),
        QTextCharFormat::DotLine);
}

QTEST_MAIN(TestFindingsPanel)
#include "tst_findingspanel.moc"
