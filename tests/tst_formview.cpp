// SPDX-License-Identifier: GPL-3.0-or-later
// The post-mortem form: one undo step per visit of a field, undo updating the editors, node
// sections that are live views of the causal graph, templates, and the "no" → action flow.
#include "diagram/fivewhys.h"
#include "document.h"
#include "form/boundlineedit.h"
#include "form/engineeranswerseditor.h"
#include "form/formsection.h"
#include "form/formview.h"
#include "form/lessonseditor.h"
#include "form/nodelisteditor.h"
#include "form/proseedit.h"
#include "form/whyssummary.h"
#include "format/documentfile.h"
#include "format/documentwriter.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace causeway;

class TestFormView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sectionsFollowTheTemplate();
    void switchingTemplateIsUndoableAndKeepsText();
    void hiddenSectionsCanBeShown();
    void typingIsOneUndoStepPerVisit();
    void undoUpdatesTheEditorAndKeepsTheCursor();
    void listContinuationAndFormattingHelp_data();
    void listContinuationAndFormattingHelp();
    void addingAConditionAddsANodeWithoutPosition();
    void aNodeAddedInTheDocumentAppears();
    void nodeLabelEditsAreOneStepPerVisit();
    void answeringNoAndAddingTheActionIsOneStepLinkedBothWays();
    void lessonsAreAddedEditedAndRemoved();
    void proseEditorsExposeTheirField();
    void whysSummaryReadsTheWhyTree();
    void lookingAtTheFormChangesNothing();
    void showPlaceFocusesTheFieldAndSelectsTheFinding();

private:
    /// Gives \a widget focus as a user would (the window must be active for focus-out to happen).
    void focus(QWidget *widget);

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<FormView> m_view;
    QLineEdit *m_elsewhere = nullptr;
};

void TestFormView::init()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    m_doc = std::move(loaded.document);
    m_view = std::make_unique<FormView>(m_doc.get());
    m_elsewhere = new QLineEdit(m_view.get()); // somewhere to move the focus to
    m_view->resize(1200, 800);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void TestFormView::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

void TestFormView::focus(QWidget *widget)
{
    widget->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(widget->hasFocus());
}

void TestFormView::sectionsFollowTheTemplate()
{
    QCOMPARE(m_doc->templateId(), TemplateId::GoogleSre);
    QCOMPARE(m_view->visibleSectionKeys(), templateSectionKeys(TemplateId::GoogleSre));
    QCOMPARE(m_view->templateCombo()->currentData().toInt(), int(TemplateId::GoogleSre));
    for (const QString &key : templateSectionKeys(TemplateId::GoogleSre))
        QVERIFY2(m_view->section(key) && m_view->section(key)->isVisible(), qPrintable(key));
    // Sections are laid out in the template's order.
    int lastY = -1;
    for (const QString &key : templateSectionKeys(TemplateId::GoogleSre)) {
        const int y = m_view->section(key)->mapTo(m_view.get(), QPoint()).y();
        QVERIFY2(y > lastY, qPrintable(key));
        lastY = y;
    }
}

void TestFormView::switchingTemplateIsUndoableAndKeepsText()
{
    const QByteArray before = serializeDocument(*m_doc);
    QComboBox *combo = m_view->templateCombo();
    combo->setCurrentIndex(combo->findData(int(TemplateId::Default)));
    Q_EMIT combo->activated(combo->currentIndex());
    QCOMPARE(m_doc->templateId(), TemplateId::Default);
    QCOMPARE(m_view->visibleSectionKeys(), templateSectionKeys(TemplateId::Default));
    QVERIFY(!m_view->section(QStringLiteral("resolution"))->isVisible());
    QVERIFY(m_view->section(QStringLiteral("conditions"))->isVisible());
    QVERIFY(!m_doc->section(QStringLiteral("resolution")).isEmpty());

    m_doc->undoStack()->undo();
    QCOMPARE(m_view->visibleSectionKeys(), templateSectionKeys(TemplateId::GoogleSre));
    QCOMPARE(combo->currentData().toInt(), int(TemplateId::GoogleSre));
    QCOMPARE(serializeDocument(*m_doc), before);
}

void TestFormView::hiddenSectionsCanBeShown()
{
    m_doc->setTemplate(TemplateId::Default);
    QCOMPARE(m_view->hiddenSectionsWithText().size(), 3);
    QVERIFY(m_view->hiddenNote()->text().contains(QStringLiteral("3 hidden sections hold text")));
    m_view->setShowHiddenSections(true);
    QStringList expected = templateSectionKeys(TemplateId::Default);
    expected << m_view->hiddenSectionsWithText();
    QCOMPARE(m_view->visibleSectionKeys(), expected);
    QVERIFY(m_view->section(QStringLiteral("resolution"))->isVisible());
    QCOMPARE(m_view->section(QStringLiteral("resolution"))->prose()->toPlainText(),
        m_doc->section(QStringLiteral("resolution")));
    // Emptying a hidden section's text takes it off the note.
    m_doc->setSection(QStringLiteral("resolution"), QString());
    m_view->setShowHiddenSections(false);
    QCOMPARE(m_view->hiddenSectionsWithText().size(), 2);
    QVERIFY(m_view->hiddenNote()->text().contains(QStringLiteral("2 hidden sections")));
}

void TestFormView::typingIsOneUndoStepPerVisit()
{
    ProseEdit *summary = m_view->section(QStringLiteral("summary"))->prose();
    const QString original = m_doc->section(QStringLiteral("summary"));
    const int steps = m_doc->undoStack()->count();

    focus(summary);
    summary->moveCursor(QTextCursor::End);
    QTest::keyClicks(summary, QStringLiteral(" The team"));
    QCOMPARE(m_doc->section(QStringLiteral("summary")), original + QStringLiteral(" The team"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    focus(m_elsewhere);

    // A second visit is a second step.
    focus(summary);
    QTest::keyClicks(summary, QStringLiteral(" agreed."));
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);
    focus(m_elsewhere);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->section(QStringLiteral("summary")), original + QStringLiteral(" The team"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->section(QStringLiteral("summary")), original);
    QCOMPARE(summary->toPlainText(), original);
    QCOMPARE(m_doc->undoStack()->count(), steps + 2); // undo creates no steps
}

void TestFormView::undoUpdatesTheEditorAndKeepsTheCursor()
{
    ProseEdit *summary = m_view->section(QStringLiteral("summary"))->prose();
    const QString original = m_doc->section(QStringLiteral("summary"));
    focus(summary);
    summary->moveCursor(QTextCursor::End);
    QTest::keyClicks(summary, QStringLiteral(" Typed."));
    // Undo while the editor still has focus (Edit > Undo): the editor follows.
    m_doc->undoStack()->undo();
    QCOMPARE(summary->toPlainText(), original);
    m_doc->undoStack()->redo();
    QCOMPARE(summary->toPlainText(), original + QStringLiteral(" Typed."));

    // A change elsewhere in the text leaves the cursor where it was.
    QTextCursor cursor = summary->textCursor();
    cursor.setPosition(20);
    summary->setTextCursor(cursor);
    m_doc->setSection(QStringLiteral("summary"), summary->toPlainText() + QStringLiteral(" More."));
    QCOMPARE(summary->toPlainText(), original + QStringLiteral(" Typed. More."));
    QCOMPARE(summary->textCursor().position(), 20);

    // What is typed after an undo is a new step, not merged into an older one.
    const int steps = m_doc->undoStack()->count();
    m_doc->undoStack()->undo();
    QTest::keyClicks(summary, QStringLiteral("x"));
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(m_doc->undoStack()->index(), steps);
    m_doc->undoStack()->undo();
    QCOMPARE(summary->toPlainText(), original + QStringLiteral(" Typed."));
}

void TestFormView::listContinuationAndFormattingHelp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("selectFrom");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bullet continues")
        << QStringLiteral("- first") << -1 << int(Qt::Key_Return) << 0 << QStringLiteral("- first\n- ");
    QTest::newRow("numbers count on")
        << QStringLiteral("1. first") << -1 << int(Qt::Key_Return) << 0 << QStringLiteral("1. first\n2. ");
    QTest::newRow("empty item ends the list")
        << QStringLiteral("- first\n- ") << -1 << int(Qt::Key_Return) << 0 << QStringLiteral("- first\n");
    QTest::newRow("plain line") << QStringLiteral("text") << -1 << int(Qt::Key_Return) << 0
                                << QStringLiteral("text\n");
    QTest::newRow("bold") << QStringLiteral("make this bold") << 10 << int(Qt::Key_B)
                          << int(Qt::ControlModifier) << QStringLiteral("make this **bold**");
    QTest::newRow("italic") << QStringLiteral("an emphasis") << 3 << int(Qt::Key_I)
                            << int(Qt::ControlModifier) << QStringLiteral("an *emphasis*");
    QTest::newRow("link") << QStringLiteral("see runbook") << 4 << int(Qt::Key_K) << int(Qt::ControlModifier)
                          << QStringLiteral("see [runbook](https://)");
}

void TestFormView::listContinuationAndFormattingHelp()
{
    QFETCH(QString, text);
    QFETCH(int, selectFrom);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, expected);
    ProseEdit *prose = m_view->section(QStringLiteral("timeline-summary"))->prose();
    m_doc->setSection(QStringLiteral("timeline-summary"), text);
    focus(prose);
    QTextCursor cursor = prose->textCursor();
    if (selectFrom >= 0)
        cursor.setPosition(selectFrom);
    else
        cursor.movePosition(QTextCursor::End);
    cursor.movePosition(
        QTextCursor::End, selectFrom >= 0 ? QTextCursor::KeepAnchor : QTextCursor::MoveAnchor);
    prose->setTextCursor(cursor);
    QTest::keyClick(prose, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(prose->toPlainText(), expected);
    QCOMPARE(m_doc->section(QStringLiteral("timeline-summary")), expected);
}

void TestFormView::addingAConditionAddsANodeWithoutPosition()
{
    m_doc->setTemplate(TemplateId::Default);
    NodeListEditor *conditions = m_view->section(QStringLiteral("conditions"))->nodeEditor();
    QVERIFY(conditions);
    const int nodes = m_doc->nodes().size();
    const int cards = conditions->count();
    const int steps = m_doc->undoStack()->count();
    const NodeId id = conditions->addNode(NodeType::Condition);
    QCOMPARE(m_doc->nodes().size(), nodes + 1);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const CausalNode *node = m_doc->node(id);
    QVERIFY(node);
    QCOMPARE(node->type, NodeType::Condition);
    QVERIFY(!node->position.has_value()); // the diagram's layout places it
    QCOMPARE(conditions->count(), cards + 1);
    QVERIFY(conditions->cardFor(id));
    // The new card's label is focused for typing.
    QTRY_VERIFY(conditions->cardFor(id)->labelEdit()->hasFocus());

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->nodes().size(), nodes);
    QCOMPARE(conditions->count(), cards);
    QVERIFY(!conditions->cardFor(id));
}

void TestFormView::aNodeAddedInTheDocumentAppears()
{
    NodeListEditor *detection = m_view->section(QStringLiteral("detection"))->nodeEditor();
    NodeListEditor *rootCauses = m_view->section(QStringLiteral("root-causes"))->nodeEditor();
    const int warnings = detection->count();
    const int causes = rootCauses->count();
    CausalNode sign;
    sign.type = NodeType::WarningSign;
    sign.label = QStringLiteral("Replication lag alerts were muted");
    const NodeId id = m_doc->add(sign); // as the diagram does
    QCOMPARE(detection->count(), warnings + 1);
    QCOMPARE(detection->cardFor(id)->labelEdit()->text(), sign.label);
    QCOMPARE(rootCauses->count(), causes);

    // A label edited on the diagram shows here; a type change moves the card to its section.
    CausalNode changed = *m_doc->node(id);
    changed.label = QStringLiteral("Replication lag alerts were silenced");
    m_doc->change(changed);
    QCOMPARE(detection->cardFor(id)->labelEdit()->text(), changed.label);
    changed.type = NodeType::Condition;
    m_doc->sealEdits();
    m_doc->change(changed);
    QVERIFY(!detection->cardFor(id));
    QTRY_COMPARE(rootCauses->count(), causes + 1);
    QVERIFY(rootCauses->cardFor(id));

    m_doc->removeNodes({ id });
    QCOMPARE(detection->count(), warnings);
    QCOMPARE(rootCauses->count(), causes);
}

void TestFormView::nodeLabelEditsAreOneStepPerVisit()
{
    NodeListEditor *trigger = m_view->section(QStringLiteral("trigger"))->nodeEditor();
    NodeCard *card = trigger->cardFor(NodeId(3));
    QVERIFY(card);
    const QString original = m_doc->node(NodeId(3))->label;
    const int steps = m_doc->undoStack()->count();
    focus(card->labelEdit());
    card->labelEdit()->end(false);
    QTest::keyClicks(card->labelEdit(), QStringLiteral(" (10 min)"));
    focus(m_elsewhere);
    QCOMPARE(m_doc->node(NodeId(3))->label, original + QStringLiteral(" (10 min)"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    m_doc->undoStack()->undo();
    QCOMPARE(card->labelEdit()->text(), original);
}

void TestFormView::answeringNoAndAddingTheActionIsOneStepLinkedBothWays()
{
    // A fresh trigger: its card appears with no answer.
    CausalNode trigger;
    trigger.type = NodeType::Trigger;
    trigger.label = QStringLiteral("Feature flag flipped for all regions at once");
    const NodeId node = m_doc->add(trigger);
    EngineerAnswersEditor *answers = m_view->section(QStringLiteral("different-engineer"))->answersEditor();
    AnswerCard *card = answers->cardFor(node);
    QVERIFY(card);
    QVERIFY(!card->addActionButton()->isVisibleTo(card));

    int steps = m_doc->undoStack()->count();
    card->choose(EngineerAnswer::No);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const DifferentEngineerAnswer *answer = nullptr;
    for (const DifferentEngineerAnswer &a : m_doc->answers()) {
        if (a.node == node)
            answer = &a;
    }
    QVERIFY(answer);
    QCOMPARE(answer->answer, EngineerAnswer::No);
    const AnswerId answerId = answer->id;
    QVERIFY(card->addActionButton()->isVisibleTo(card));

    const int actions = m_doc->actions().size();
    steps = m_doc->undoStack()->count();
    QTest::mouseClick(card->addActionButton(), Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->actions().size(), actions + 1);
    const CorrectiveAction &action = m_doc->actions().last();
    QCOMPARE(action.addresses, QVector<NodeId> { node });
    QCOMPARE(m_doc->answer(answerId)->actions, QVector<ActionId> { action.id });

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->actions().size(), actions);
    QVERIFY(m_doc->answer(answerId)->actions.isEmpty());
    // Answering "yes" hides the button.
    card->choose(EngineerAnswer::Yes);
    QVERIFY(!card->addActionButton()->isVisibleTo(card));
}

void TestFormView::lessonsAreAddedEditedAndRemoved()
{
    LessonsEditor *lessons = m_view->section(QStringLiteral("lessons"))->lessonsEditor();
    const int count = m_doc->lessons().size();
    const LessonId id = lessons->addLesson(LessonCategory::Lucky);
    QCOMPARE(m_doc->lessons().size(), count + 1);
    ProseEdit *editor = lessons->editorFor(id);
    QVERIFY(editor);
    focus(editor);
    QTest::keyClicks(editor, QStringLiteral("The backup was fresh"));
    focus(m_elsewhere);
    QCOMPARE(m_doc->lesson(id)->text, QStringLiteral("The backup was fresh"));
    m_doc->undoStack()->undo();
    QCOMPARE(editor->toPlainText(), QString());
    m_doc->removeLessons({ id });
    QVERIFY(!lessons->editorFor(id));
    m_doc->undoStack()->undo();
    QVERIFY(lessons->editorFor(id));
}

void TestFormView::proseEditorsExposeTheirField()
{
    QSet<QString> keys;
    for (ProseEdit *editor : m_view->proseEditors()) {
        QVERIFY(editor->textDocument());
        keys.insert(editor->fieldKey());
    }
    QVERIFY(keys.contains(QStringLiteral("section/summary")));
    QVERIFY(keys.contains(QStringLiteral("node/2/description")));
    QVERIFY(keys.contains(QStringLiteral("answer/1/explanation")));
    QVERIFY(keys.contains(QStringLiteral("incident/impact.description")));
    QVERIFY(keys.contains(QStringLiteral("lesson/1/text")));

    qRegisterMetaType<ProseEdit *>();
    QSignalSpy added(m_view.get(), &FormView::proseEditorAdded);
    CausalNode condition;
    condition.type = NodeType::Condition;
    const NodeId id = m_doc->add(condition);
    QVERIFY(!added.isEmpty());
    QCOMPARE(added.last().at(0).value<ProseEdit *>()->fieldKey(),
        QStringLiteral("node/%1/description").arg(id.value));
}

void TestFormView::whysSummaryReadsTheWhyTree()
{
    // outcome ← A ← {B ← D ← (A again: a loop), C (root cause)}
    Document d;
    CausalNode outcome;
    outcome.type = NodeType::Outcome;
    outcome.label = QStringLiteral("Orders failed");
    const NodeId o = d.add(outcome);
    WhysSummary summary(&d);
    QVERIFY(summary.steps().isEmpty());
    QVERIFY(summary.text().contains(QLatin1String("No why-steps yet")));

    const NodeId a = addWhyAnswer(&d, o, QStringLiteral("A"));
    const NodeId b = addWhyAnswer(&d, a, QStringLiteral("B"));
    const NodeId c = addWhyAnswer(&d, a, QStringLiteral("C"));
    const NodeId dd = addWhyAnswer(&d, b, QStringLiteral("D"));
    setRootCause(&d, c, true);
    setWhyLink(&d, d.connect(a, dd, LinkKind::Causes), true);
    // One line per step, indented once per branching passed; the loop is shown once, not followed.
    QCOMPARE(summary.steps(),
        QStringList({ QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("  D"), QStringLiteral("  A"),
            QStringLiteral("C") }));
    // The same steps as the model's tree, in the same order.
    const WhyTree tree(d, o);
    QCOMPARE(summary.steps().size(), tree.steps().size() - 1);
    const QString html = summary.text();
    QCOMPARE(html.count(QLatin1String("(cycle)")), 1);
    QCOMPARE(html.count(QLatin1String("root cause")), 1);
    QCOMPARE(html.count(QLatin1String("<ol>")), html.count(QLatin1String("</ol>")));
    // Only C is a chain end, and it is marked: no step is reported open.
    QVERIFY(!html.contains(QLatin1String("ask why once more")));

    // Unmarking the root cause opens that chain; undo closes it again.
    setRootCause(&d, c, false);
    QCOMPARE(summary.text().count(QLatin1String("ask why once more")), 1);
    d.undoStack()->undo();
    QVERIFY(!summary.text().contains(QLatin1String("ask why once more")));
    // A why-link made plain again takes its branch out of the summary.
    setWhyLink(&d, tree.step(tree.indexOf(b)).link, false);
    QCOMPARE(summary.steps(), QStringList({ QStringLiteral("A"), QStringLiteral("C") }));
}

QTEST_MAIN(TestFormView)
#include "tst_formview.moc"

void TestFormView::lookingAtTheFormChangesNothing()
{
    // A trigger without an answer yet: its "different engineer" card shows empty fields.
    CausalNode trigger;
    trigger.type = NodeType::Trigger;
    trigger.label = QStringLiteral("A second deploy started during the migration");
    m_doc->add(trigger);
    // And an answer taken away by an edit elsewhere: its card empties itself and must not write an
    // empty answer back once the highlighting catches up.
    QVERIFY(!m_doc->answers().isEmpty());
    m_doc->removeAnswers({ m_doc->answers().first().id });
    QTest::qWait(50);
    const int steps = m_doc->undoStack()->count();
    const int answers = int(m_doc->answers().size());

    // Visiting every prose field without typing is no edit either.
    for (ProseEdit *editor : m_view->proseEditors()) {
        focus(editor);
        focus(m_elsewhere);
    }
    QTest::qWait(50);
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(int(m_doc->answers().size()), answers);
}

void TestFormView::showPlaceFocusesTheFieldAndSelectsTheFinding()
{
    ProseEdit *summary = nullptr;
    for (ProseEdit *editor : m_view->proseEditors()) {
        if (editor->fieldKey() == QLatin1String("section/summary"))
            summary = editor;
    }
    QVERIFY(summary);
    focus(m_elsewhere);
    QVERIFY(summary->toPlainText().size() > 20);

    FindingPlace place;
    place.entity = EntityRef::section(QStringLiteral("summary"));
    place.field = QStringLiteral("text");
    place.start = 4;
    place.length = 9;
    QVERIFY(m_view->showPlace(place));
    QTRY_VERIFY(summary->hasFocus());
    QCOMPARE(summary->textCursor().selectedText(), summary->toPlainText().mid(4, 9));

    // A place the form has no field for is not claimed.
    FindingPlace nowhere;
    nowhere.entity = EntityRef::section(QStringLiteral("no-such-section"));
    nowhere.field = QStringLiteral("text");
    QVERIFY(!m_view->showPlace(nowhere));
}
