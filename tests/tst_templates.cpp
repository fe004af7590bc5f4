// SPDX-License-Identifier: GPL-3.0-or-later
// Form templates choose and order sections; switching between them is undoable and never loses text.
#include "document.h"
#include "form/formedits.h"
#include "form/templates.h"
#include "format/documentfile.h"
#include "format/documentwriter.h"

#include <QSet>
#include <QtTest>

using namespace causeway;

Q_DECLARE_METATYPE(causeway::ActionStatus)

namespace {
QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void order_data();
    void order();
    void everyKeyIsDefinedOnce();
    void eachNodeTypeAtMostOncePerTemplate();
    void everyTemplateAsksTheDifferentEngineerQuestion();
    void switchingKeepsAllData_data();
    void switchingKeepsAllData();
    void hiddenSectionsWithText_data();
    void hiddenSectionsWithText();
    void unknownKeysWithTextAreNeverHidden();
    void addActionForAnswerLinksBothWaysInOneStep();
    void overdue_data();
    void overdue();
};

void TestTemplates::order_data()
{
    QTest::addColumn<TemplateId>("id");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("default follows the method")
        << TemplateId::Default
        << words("summary impact trigger conditions defences warning-signs prevention five-whys "
                 "different-engineer actions lessons timeline-summary");
    QTest::newRow("google sre") << TemplateId::GoogleSre
                                << words("summary impact root-causes trigger resolution detection "
                                         "different-engineer actions lessons timeline-summary");
    QTest::newRow("atlassian") << TemplateId::Atlassian
                               << words("summary leadup fault impact detection response recovery "
                                        "timeline-summary five-whys root-causes different-engineer actions");
}

void TestTemplates::order()
{
    QFETCH(TemplateId, id);
    QFETCH(QStringList, expected);
    QCOMPARE(templateSectionKeys(id), expected);
    for (const QString &key : expected) {
        const SectionDefinition *s = sectionDefinition(key);
        QVERIFY2(s, qPrintable(key));
        QVERIFY2(!s->title().isEmpty() && !s->guidance().isEmpty(), qPrintable(key));
    }
    QVERIFY(!templateName(id).isEmpty());
}

void TestTemplates::everyKeyIsDefinedOnce()
{
    QSet<QString> keys;
    for (const SectionDefinition &s : allSections()) {
        QVERIFY2(!keys.contains(s.key), qPrintable(s.key));
        keys.insert(s.key);
        // Keys follow the file format: lower-case words joined by '-'.
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z]+(-[a-z]+)*$")).match(s.key).hasMatch(),
            qPrintable(s.key));
        QCOMPARE(s.kind == SectionKind::Nodes, !s.nodeTypes.isEmpty());
    }
    QCOMPARE(sectionDefinition(QStringLiteral("no-such-section")), nullptr);
}

void TestTemplates::eachNodeTypeAtMostOncePerTemplate()
{
    // A node shown in two sections of one form would be edited in two places at once.
    for (TemplateId id : allTemplates()) {
        QSet<int> seen;
        for (const QString &key : templateSectionKeys(id)) {
            for (NodeType t : sectionDefinition(key)->nodeTypes) {
                QVERIFY2(!seen.contains(int(t)), qPrintable(templateName(id) + QLatin1Char('/') + key));
                seen.insert(int(t));
            }
        }
        // Every template shows the trigger, conditions, defences and warning signs somewhere.
        for (NodeType t :
            { NodeType::Trigger, NodeType::Condition, NodeType::Defence, NodeType::WarningSign })
            QVERIFY2(seen.contains(int(t)), qPrintable(templateName(id)));
    }
}

void TestTemplates::everyTemplateAsksTheDifferentEngineerQuestion()
{
    for (TemplateId id : allTemplates()) {
        QVERIFY(templateSectionKeys(id).contains(QStringLiteral("different-engineer")));
        QVERIFY(templateSectionKeys(id).contains(QStringLiteral("actions")));
    }
}

void TestTemplates::switchingKeepsAllData_data()
{
    QTest::addColumn<TemplateId>("from");
    QTest::addColumn<TemplateId>("to");
    for (TemplateId a : allTemplates()) {
        for (TemplateId b : allTemplates()) {
            if (a != b)
                QTest::addRow("%d to %d", int(a), int(b)) << a << b;
        }
    }
}

void TestTemplates::switchingKeepsAllData()
{
    QFETCH(TemplateId, from);
    QFETCH(TemplateId, to);
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    Document &doc = *loaded.document;
    // Text in every known section, so that every switch hides some of it.
    for (const SectionDefinition &s : allSections())
        doc.setSection(s.key, QStringLiteral("text of ") + s.key);
    doc.setTemplate(from);
    const QByteArray before = serializeDocument(doc);
    const int steps = doc.undoStack()->count();

    doc.setTemplate(to);
    QCOMPARE(doc.templateId(), to);
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(doc.sections().size(), allSections().size());
    for (const SectionDefinition &s : allSections())
        QCOMPARE(doc.section(s.key), QStringLiteral("text of ") + s.key);
    // Everything the target hides is reported, and nothing it shows.
    const QStringList hidden = hiddenSectionsWithContent(doc, to);
    for (const SectionDefinition &s : allSections())
        QCOMPARE(hidden.contains(s.key), !templateSectionKeys(to).contains(s.key));

    doc.undoStack()->undo();
    QCOMPARE(doc.templateId(), from);
    QCOMPARE(serializeDocument(doc), before);
    doc.undoStack()->redo();
    QCOMPARE(doc.templateId(), to);
}

void TestTemplates::hiddenSectionsWithText_data()
{
    QTest::addColumn<TemplateId>("id");
    QTest::addColumn<QStringList>("hidden");
    // The sample holds prose under summary, impact, detection, resolution, root-causes, prevention,
    // lessons and timeline-summary, why-links and lessons.
    QTest::newRow("default") << TemplateId::Default << words("root-causes resolution detection");
    QTest::newRow("google sre") << TemplateId::GoogleSre << words("prevention five-whys");
    QTest::newRow("atlassian") << TemplateId::Atlassian << words("prevention lessons resolution");
}

void TestTemplates::hiddenSectionsWithText()
{
    QFETCH(TemplateId, id);
    QFETCH(QStringList, hidden);
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    QStringList actual = hiddenSectionsWithContent(*loaded.document, id);
    actual.sort();
    hidden.sort();
    QCOMPARE(actual, hidden);
}

void TestTemplates::unknownKeysWithTextAreNeverHidden()
{
    Document doc;
    doc.setSection(QStringLiteral("supporting-information"), QStringLiteral("dashboards"));
    for (TemplateId id : allTemplates())
        QVERIFY(hiddenSectionsWithContent(doc, id).contains(QStringLiteral("supporting-information")));
    doc.setSection(QStringLiteral("supporting-information"), QString());
    QVERIFY(hiddenSectionsWithContent(doc, TemplateId::Default).isEmpty());
}

void TestTemplates::addActionForAnswerLinksBothWaysInOneStep()
{
    Document doc;
    CausalNode trigger;
    trigger.type = NodeType::Trigger;
    trigger.label = QStringLiteral("Migration ran inside the deploy step");
    const NodeId node = doc.add(trigger);
    const AnswerId answer = setEngineerAnswer(doc, node, EngineerAnswer::No);
    QVERIFY(answer.isValid());
    QCOMPARE(answerFor(doc, node), answer);
    const QByteArray before = serializeDocument(doc);
    const int steps = doc.undoStack()->count();

    const ActionId action = addActionForAnswer(doc, answer, QStringLiteral("Estimate migration duration"));
    QVERIFY(action.isValid());
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(doc.action(action)->addresses, QVector<NodeId> { node });
    QCOMPARE(doc.answer(answer)->actions, QVector<ActionId> { action });
    QCOMPARE(doc.action(action)->priority, ActionPriority::P1);
    const QByteArray after = serializeDocument(doc);

    doc.undoStack()->undo();
    QCOMPARE(serializeDocument(doc), before);
    doc.undoStack()->redo();
    QCOMPARE(serializeDocument(doc), after);
    QVERIFY(!addActionForAnswer(doc, AnswerId(999), QStringLiteral("x")).isValid());
}

void TestTemplates::overdue_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<ActionStatus>("status");
    QTest::addColumn<bool>("overdue");
    const QDate today(2026, 5, 1);
    QTest::newRow("past, open") << today.addDays(-1) << ActionStatus::Open << true;
    QTest::newRow("past, in progress") << today.addDays(-30) << ActionStatus::InProgress << true;
    QTest::newRow("past, done") << today.addDays(-1) << ActionStatus::Done << false;
    QTest::newRow("past, won't do") << today.addDays(-1) << ActionStatus::WontDo << false;
    QTest::newRow("due today") << today << ActionStatus::Open << false;
    QTest::newRow("future") << today.addDays(1) << ActionStatus::Open << false;
    QTest::newRow("no date") << QDate() << ActionStatus::Open << false;
}

void TestTemplates::overdue()
{
    QFETCH(QDate, due);
    QFETCH(ActionStatus, status);
    QFETCH(bool, overdue);
    CorrectiveAction a;
    a.due = due;
    a.status = status;
    QCOMPARE(isOverdue(a, QDate(2026, 5, 1)), overdue);
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
