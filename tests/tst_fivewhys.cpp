// SPDX-License-Identifier: GPL-3.0-or-later
// The Five Whys derived from the causal diagram: the chain the sample file holds, edits that write
// the same nodes and links the diagram shows (each one undo step), graph edits that show in the
// chain, branching, and loops that end instead of hanging.
#include "diagram/fivewhys.h"
#include "document.h"
#include "format/documentfile.h"
#include "format/documentwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace causeway;

namespace {

QString samplePath()
{
    return QFINDTESTDATA("../resources/samples/migration-timeout.causeway");
}

/// The why-chain as the file states it, read from the JSON without the model's code.
QVector<quint64> chainInFile(bool *rootCauseOfLast)
{
    QFile file(samplePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QHash<quint64, QJsonObject> nodes;
    quint64 outcome = 0;
    for (const QJsonValue &v : root.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject n = v.toObject();
        nodes.insert(quint64(n.value(QStringLiteral("id")).toDouble()), n);
        if (!outcome && n.value(QStringLiteral("type")).toString() == QStringLiteral("outcome"))
            outcome = quint64(n.value(QStringLiteral("id")).toDouble());
    }
    QVector<quint64> chain { outcome };
    for (bool more = true; more;) {
        more = false;
        for (const QJsonValue &v : root.value(QStringLiteral("links")).toArray()) {
            const QJsonObject l = v.toObject();
            if (l.value(QStringLiteral("why")).toBool() &&
                quint64(l.value(QStringLiteral("to")).toDouble()) == chain.last()) {
                chain.append(quint64(l.value(QStringLiteral("from")).toDouble()));
                more = !chain.mid(0, chain.size() - 1).contains(chain.last());
                break;
            }
        }
    }
    *rootCauseOfLast = nodes.value(chain.last()).value(QStringLiteral("rootCause")).toBool();
    return chain;
}

QVector<quint64> values(const QVector<NodeId> &ids)
{
    QVector<quint64> result;
    for (NodeId id : ids)
        result.append(id.value);
    return result;
}

/// The why-link from \a cause to \a effect, if there is one.
const CausalLink *whyLink(const Document &d, NodeId cause, NodeId effect)
{
    for (const CausalLink &l : d.links()) {
        if (l.why && l.from == cause && l.to == effect)
            return &l;
    }
    return nullptr;
}

using Edit = std::function<void(Document &, const WhyTree &)>;

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestFiveWhys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void chainFromTheSample();
    void addedAnswerIsANodeAndAWhyLink();
    void graphEditShowsInTheChain();
    void editsAreOneUndoStep_data();
    void editsAreOneUndoStep();
    void typingAnAnswerMergesUntilSealed();
    void removingAStepTakesItsOwnAnswers();
    void removingAStepKeepsNodesStillInUse();
    void movingAStepRefusesLoops();
    void branchesKeepLinkOrder();
    void chainEnds_data();
    void chainEnds();
    void loopsEndInsteadOfHanging();
    void diamondsDoNotMultiply();

private:
    std::unique_ptr<Document> m_doc;
    NodeId m_outcome;
};

void TestFiveWhys::init()
{
    LoadResult loaded = loadDocument(samplePath());
    QVERIFY(loaded.document);
    m_doc = std::move(loaded.document);
    const QVector<NodeId> outcomes = whyOutcomes(*m_doc);
    QVERIFY(!outcomes.isEmpty());
    m_outcome = outcomes.first();
}

void TestFiveWhys::chainFromTheSample()
{
    bool rootCause = false;
    const QVector<quint64> expected = chainInFile(&rootCause);
    QVERIFY(expected.size() > 1);

    const WhyTree tree(*m_doc, m_outcome);
    QCOMPARE(tree.outcome().value, expected.first());
    QVector<quint64> nodes;
    for (const WhyStep &s : tree.steps()) {
        nodes.append(s.node.value);
        QVERIFY(s.children.size() <= 1); // the sample is one chain
    }
    QCOMPARE(nodes, expected);
    QCOMPARE(tree.depth(), expected.size() - 1);
    for (int i = 1; i < tree.steps().size(); ++i) {
        const WhyStep &s = tree.step(i);
        QCOMPARE(s.depth, i);
        QCOMPARE(s.parent, i - 1);
        const CausalLink *link = m_doc->link(s.link);
        QVERIFY(link && link->why);
        QCOMPARE(link->from, s.node);
        QCOMPARE(link->to, tree.step(i - 1).node);
    }
    const int last = tree.steps().size() - 1;
    QCOMPARE(tree.ends(), QVector<int>({ last }));
    QCOMPARE(values(tree.pathTo(last)), expected);
    QCOMPARE(values(whyPath(*m_doc, m_outcome, NodeId(expected.last()))), expected);
    // The file marks the end of its chain as the root cause, and it is a system property.
    QCOMPARE(rootCause, m_doc->node(NodeId(expected.last()))->rootCause);
    QCOMPARE(unmarkedWhyEnds(*m_doc, tree).isEmpty(), rootCause);
    QCOMPARE(whyEndOf(*m_doc, NodeId(expected.last())), WhyEnd::SystemProperty);
}

void TestFiveWhys::addedAnswerIsANodeAndAWhyLink()
{
    const WhyTree before(*m_doc, m_outcome);
    const WhyStep &last = before.steps().last();
    const int nodes = m_doc->nodes().size();
    const int links = m_doc->links().size();
    const NodeId added = addWhyAnswer(
        m_doc.get(), last.node, QStringLiteral("Estimator runs only on request"), NodeType::Unknown);

    // In the graph: one node of the chosen type and one why-link of kind Causes to the step.
    QCOMPARE(m_doc->nodes().size(), nodes + 1);
    QCOMPARE(m_doc->links().size(), links + 1);
    const CausalNode *node = m_doc->node(added);
    QVERIFY(node);
    QCOMPARE(node->type, NodeType::Unknown);
    QCOMPARE(node->label, QStringLiteral("Estimator runs only on request"));
    const CausalLink *link = whyLink(*m_doc, added, last.node);
    QVERIFY(link);
    QCOMPARE(link->kind, LinkKind::Causes);
    // In the chain: one step deeper, answering the step it was added under.
    const WhyTree after(*m_doc, m_outcome);
    QCOMPARE(after.depth(), before.depth() + 1);
    QCOMPARE(after.steps().last().node, added);
    QCOMPARE(after.step(after.steps().last().parent).node, last.node);

    // A defence answer gets a state, as every defence must.
    const NodeId defence =
        addWhyAnswer(m_doc.get(), last.node, QStringLiteral("Review gate"), NodeType::Defence);
    QVERIFY(m_doc->node(defence)->defenceState.has_value());
    QVERIFY(!addWhyAnswer(m_doc.get(), NodeId(999999), QStringLiteral("x")).isValid());
}

void TestFiveWhys::graphEditShowsInTheChain()
{
    // A new cause drawn in the diagram and then marked as a why-step.
    CausalNode cause;
    cause.label = QStringLiteral("Readiness probe does not read through the schema");
    const NodeId causeId = m_doc->add(cause);
    const WhyTree before(*m_doc, m_outcome);
    QCOMPARE(before.indexOf(causeId), -1);
    const LinkId link = m_doc->connect(causeId, m_outcome, LinkKind::Enables);
    QVERIFY(link.isValid());
    QCOMPARE(WhyTree(*m_doc, m_outcome).indexOf(causeId), -1); // a plain link is not a why
    CausalLink why = *m_doc->link(link);
    why.why = true;
    m_doc->change(why);

    const WhyTree after(*m_doc, m_outcome);
    const int step = after.indexOf(causeId);
    QVERIFY(step > 0);
    QCOMPARE(after.step(step).parent, 0);
    QCOMPARE(after.step(step).link, link);
    QVERIFY(after.branches(0));
    QCOMPARE(after.ends().size(), 2);

    // Undoing the diagram edit takes it out of the chain again.
    m_doc->undoStack()->undo();
    QCOMPARE(WhyTree(*m_doc, m_outcome).indexOf(causeId), -1);
    // The same through setWhyLink, the edit the views use.
    setWhyLink(m_doc.get(), link, true);
    QVERIFY(WhyTree(*m_doc, m_outcome).indexOf(causeId) > 0);
    setWhyLink(m_doc.get(), link, false);
    QCOMPARE(WhyTree(*m_doc, m_outcome).indexOf(causeId), -1);
}

void TestFiveWhys::editsAreOneUndoStep_data()
{
    QTest::addColumn<Edit>("edit");
    auto lastStep = [](const WhyTree &t) {
        return t.steps().last();
    };
    QTest::newRow("add answer") << Edit([=](Document &d, const WhyTree &t) {
        addWhyAnswer(&d, lastStep(t).node, QStringLiteral("No production-sized data set"));
    });
    QTest::newRow("add branch at the outcome") << Edit([](Document &d, const WhyTree &t) {
        addWhyAnswer(&d, t.outcome(), QStringLiteral("Readiness probe passed"), NodeType::Defence);
    });
    QTest::newRow("edit text") << Edit([=](Document &d, const WhyTree &t) {
        setWhyStepText(&d, t.step(2).node, QStringLiteral("The migration was stopped part-way"));
    });
    QTest::newRow("remove leaf step")
        << Edit([=](Document &d, const WhyTree &t) { QVERIFY(removeWhyStep(&d, lastStep(t).link)); });
    QTest::newRow("remove middle step")
        << Edit([](Document &d, const WhyTree &t) { QVERIFY(removeWhyStep(&d, t.step(3).link)); });
    QTest::newRow("move step") << Edit([](Document &d, const WhyTree &t) {
        QVERIFY(moveWhyStep(&d, t.steps().last().link, t.step(2).node));
    });
    QTest::newRow("mark root cause") << Edit(
        [](Document &d, const WhyTree &t) { setRootCause(&d, t.step(3).node, true); });
    QTest::newRow("clear root cause")
        << Edit([](Document &d, const WhyTree &t) { setRootCause(&d, t.steps().last().node, false); });
    QTest::newRow("plain link becomes a why") << Edit([](Document &d, const WhyTree &) {
        for (const CausalLink &l : d.links()) {
            if (!l.why && l.kind == LinkKind::Enables) {
                setWhyLink(&d, l.id, true);
                return;
            }
        }
        QFAIL("the sample has no plain enables link");
    });
}

void TestFiveWhys::editsAreOneUndoStep()
{
    QFETCH(Edit, edit);
    Document &d = *m_doc;
    const WhyTree tree(d, m_outcome);
    QVERIFY(tree.steps().size() > 3);
    const QByteArray before = serializeDocument(d);
    const int steps = d.undoStack()->count();

    edit(d, tree);
    const QByteArray after = serializeDocument(d);
    QVERIFY2(after != before, "the edit changed nothing");
    QCOMPARE(d.undoStack()->count(), steps + 1);

    d.undoStack()->undo();
    QCOMPARE(serializeDocument(d), before);
    d.undoStack()->redo();
    QCOMPARE(serializeDocument(d), after);
    d.undoStack()->undo();
    QCOMPARE(serializeDocument(d), before);
}

void TestFiveWhys::typingAnAnswerMergesUntilSealed()
{
    const NodeId node = WhyTree(*m_doc, m_outcome).step(1).node;
    const int steps = m_doc->undoStack()->count();
    setWhyStepText(m_doc.get(), node, QStringLiteral("o"));
    setWhyStepText(m_doc.get(), node, QStringLiteral("or"));
    setWhyStepText(m_doc.get(), node, QStringLiteral("orders"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    m_doc->sealEdits();
    setWhyStepText(m_doc.get(), node, QStringLiteral("orders-api"));
    QCOMPARE(m_doc->undoStack()->count(), steps + 2);
    QCOMPARE(m_doc->node(node)->label, QStringLiteral("orders-api"));
}

void TestFiveWhys::removingAStepTakesItsOwnAnswers()
{
    const NodeId end = WhyTree(*m_doc, m_outcome).steps().last().node;
    const NodeId a = addWhyAnswer(m_doc.get(), end, QStringLiteral("A"));
    const NodeId b = addWhyAnswer(m_doc.get(), a, QStringLiteral("B"));
    const NodeId c = addWhyAnswer(m_doc.get(), b, QStringLiteral("C"));
    const QByteArray before = serializeDocument(*m_doc);
    const int nodes = m_doc->nodes().size();
    const int steps = m_doc->undoStack()->count();

    QVERIFY(removeWhyStep(m_doc.get(), whyLink(*m_doc, a, end)->id));
    // A, and the answers below it that nothing else uses, go in one step.
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->nodes().size(), nodes - 3);
    QVERIFY(!m_doc->node(a) && !m_doc->node(b) && !m_doc->node(c));
    QVERIFY(m_doc->node(end));
    QVERIFY(whyAnswers(*m_doc, end).isEmpty());
    m_doc->undoStack()->undo();
    QCOMPARE(serializeDocument(*m_doc), before);
}

void TestFiveWhys::removingAStepKeepsNodesStillInUse()
{
    const WhyTree tree(*m_doc, m_outcome);
    // Find a middle step whose node the rest of the post-mortem still uses: another link, an
    // action or an answer. The sample's chain has such nodes (they carry warning signs).
    int step = -1;
    for (int i = 1; i < tree.steps().size() - 1 && step < 0; ++i) {
        const NodeId node = tree.step(i).node;
        for (LinkId l : m_doc->linksOf(node)) {
            const CausalLink *link = m_doc->link(l);
            if (!link->why)
                step = i;
        }
    }
    QVERIFY2(step > 0, "the sample's chain has a step with other links");
    const NodeId node = tree.step(step).node;
    const NodeId below = tree.step(tree.step(step).children.first()).node;
    QVERIFY(removeWhyStep(m_doc.get(), tree.step(step).link));

    QVERIFY(m_doc->node(node)); // still in the diagram
    QVERIFY(!whyLink(*m_doc, node, tree.step(tree.step(step).parent).node)); // no longer an answer
    QVERIFY(whyLink(*m_doc, below, node)); // its own answers stay with it
    const WhyTree after(*m_doc, m_outcome);
    QCOMPARE(after.indexOf(node), -1);
    QCOMPARE(after.depth(), step - 1);
    // A link that is not a why-step is not removed through the Five Whys.
    for (const CausalLink &l : m_doc->links()) {
        if (!l.why) {
            QVERIFY(!removeWhyStep(m_doc.get(), l.id));
            break;
        }
    }
}

void TestFiveWhys::movingAStepRefusesLoops()
{
    const WhyTree tree(*m_doc, m_outcome);
    const int steps = m_doc->undoStack()->count();
    // Under one of its own answers: a loop.
    QVERIFY(!moveWhyStep(m_doc.get(), tree.step(2).link, tree.steps().last().node));
    // Under itself.
    QVERIFY(!moveWhyStep(m_doc.get(), tree.step(2).link, tree.step(2).node));
    // Where it already is.
    QVERIFY(!moveWhyStep(m_doc.get(), tree.step(2).link, tree.step(1).node));
    QCOMPARE(m_doc->undoStack()->count(), steps);

    // Outdent the last step to the outcome: the tree branches there.
    QVERIFY(moveWhyStep(m_doc.get(), tree.steps().last().link, m_outcome));
    const WhyTree after(*m_doc, m_outcome);
    QCOMPARE(after.step(0).children.size(), 2);
    QCOMPARE(after.step(after.indexOf(tree.steps().last().node)).depth, 1);
}

void TestFiveWhys::branchesKeepLinkOrder()
{
    Document d;
    CausalNode outcome;
    outcome.type = NodeType::Outcome;
    outcome.label = QStringLiteral("Checkout failed");
    const NodeId o = d.add(outcome);
    const NodeId first = addWhyAnswer(&d, o, QStringLiteral("first"));
    const NodeId second = addWhyAnswer(&d, o, QStringLiteral("second"));
    const NodeId deeper = addWhyAnswer(&d, first, QStringLiteral("deeper"));
    const WhyTree tree(d, o);
    QCOMPARE(tree.steps().size(), 4);
    QVERIFY(tree.branches(0));
    // Pre-order: a step, then its answers, then the next answer of its parent.
    QCOMPARE(tree.step(1).node, first);
    QCOMPARE(tree.step(2).node, deeper);
    QCOMPARE(tree.step(3).node, second);
    QCOMPARE(tree.ends(), QVector<int>({ 2, 3 }));
    QCOMPARE(tree.depth(), 2);
    QCOMPARE(tree.pathTo(2), QVector<NodeId>({ o, first, deeper }));
    QCOMPARE(unmarkedWhyEnds(d, tree), QVector<NodeId>({ deeper, second }));
}

void TestFiveWhys::chainEnds_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("namePerson");
    QTest::addColumn<int>("end");
    QTest::newRow("condition") << int(NodeType::Condition) << false << int(WhyEnd::SystemProperty);
    QTest::newRow("defence") << int(NodeType::Defence) << false << int(WhyEnd::SystemProperty);
    QTest::newRow("trigger: an action") << int(NodeType::Trigger) << false << int(WhyEnd::Action);
    QTest::newRow("unknown") << int(NodeType::Unknown) << false << int(WhyEnd::OpenQuestion);
    QTest::newRow("warning sign") << int(NodeType::WarningSign) << false << int(WhyEnd::WarningSign);
    QTest::newRow("names a person") << int(NodeType::Condition) << true << int(WhyEnd::NamesPerson);
}

void TestFiveWhys::chainEnds()
{
    QFETCH(int, type);
    QFETCH(bool, namePerson);
    QFETCH(int, end);
    QVERIFY(!m_doc->people().isEmpty());
    const QString text = namePerson
        ? QStringLiteral("%1 did not check the duration").arg(m_doc->people().first().name)
        : QStringLiteral("The deploy step has a fixed timeout");
    const NodeId last = WhyTree(*m_doc, m_outcome).steps().last().node;
    const NodeId added = addWhyAnswer(m_doc.get(), last, text, NodeType(type));
    QCOMPARE(int(whyEndOf(*m_doc, added)), end);
    QVERIFY(unmarkedWhyEnds(*m_doc, WhyTree(*m_doc, m_outcome)).contains(added));
    setRootCause(m_doc.get(), added, true);
    QVERIFY(unmarkedWhyEnds(*m_doc, WhyTree(*m_doc, m_outcome)).isEmpty());
}

void TestFiveWhys::loopsEndInsteadOfHanging()
{
    const WhyTree before(*m_doc, m_outcome);
    // The root cause answered by the outcome: a loop through the whole chain.
    const LinkId loop = m_doc->connect(m_outcome, before.steps().last().node, LinkKind::Causes);
    setWhyLink(m_doc.get(), loop, true);
    const WhyTree tree(*m_doc, m_outcome);
    QCOMPARE(tree.steps().size(), before.steps().size() + 1);
    const WhyStep &back = tree.steps().last();
    QCOMPARE(back.node, m_outcome);
    QVERIFY(back.cycle);
    QVERIFY(back.children.isEmpty());
    QVERIFY(tree.ends().isEmpty() || !tree.ends().contains(tree.steps().size() - 1));
    // Moving and removing still end.
    QVERIFY(!moveWhyStep(m_doc.get(), tree.step(1).link, tree.step(3).node));
    QVERIFY(removeWhyStep(m_doc.get(), tree.step(2).link));
    QVERIFY(!WhyTree(*m_doc, m_outcome).isEmpty());
}

void TestFiveWhys::diamondsDoNotMultiply()
{
    // A ladder of 40 levels, two nodes each, every node answering both above: 2^40 paths.
    Document d;
    CausalNode outcome;
    outcome.type = NodeType::Outcome;
    const NodeId o = d.add(outcome);
    QVector<NodeId> level { o };
    for (int i = 0; i < 40; ++i) {
        const NodeId a = addWhyAnswer(&d, level.first(), QStringLiteral("a%1").arg(i));
        const NodeId b = addWhyAnswer(&d, level.first(), QStringLiteral("b%1").arg(i));
        if (level.size() > 1) {
            setWhyLink(&d, d.connect(a, level.last(), LinkKind::Causes), true);
            setWhyLink(&d, d.connect(b, level.last(), LinkKind::Causes), true);
        }
        level = { a, b };
    }
    const WhyTree tree(d, o);
    // Each node is expanded once; later places are marked as repeated.
    QVERIFY(tree.steps().size() <= d.links().size() + 1);
    int repeated = 0;
    for (const WhyStep &s : tree.steps())
        repeated += s.repeated ? 1 : 0;
    QVERIFY(repeated > 0);
    QCOMPARE(tree.depth(), 40);
}

QTEST_GUILESS_MAIN(TestFiveWhys)
#include "tst_fivewhys.moc"
