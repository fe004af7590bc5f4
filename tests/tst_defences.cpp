// SPDX-License-Identifier: GPL-3.0-or-later
// The defences between trigger and outcome (the Swiss-cheese layers): which defences are on the
// path, in which order, with their state, evidence and the actions that address them.
#include "diagram/defences.h"
#include "document.h"
#include "enumnames.h"
#include "format/documentfile.h"

#include <QtTest>

using namespace causeway;

namespace {

/**
 * A small diagram from text: nodes as "name:type[:state]" and links as "cause>effect:kind", so
 * each case reads like the picture it describes.
 */
std::unique_ptr<Document> diagram(const QStringList &nodes, const QStringList &links)
{
    auto d = std::make_unique<Document>();
    QHash<QString, NodeId> ids;
    for (const QString &spec : nodes) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        CausalNode n;
        n.label = parts.at(0);
        n.type = *enumFromName<NodeType>(parts.at(1));
        if (n.type == NodeType::Defence)
            n.defenceState = *enumFromName<DefenceState>(parts.value(2, QStringLiteral("absent")));
        ids.insert(n.label, d->add(n));
    }
    for (const QString &spec : links) {
        const QStringList ends = spec.section(QLatin1Char(':'), 0, 0).split(QLatin1Char('>'));
        const LinkKind kind = *enumFromName<LinkKind>(spec.section(QLatin1Char(':'), 1, 1));
        d->connect(ids.value(ends.at(0)), ids.value(ends.at(1)), kind);
    }
    return d;
}

QStringList layerLabels(const Document &d, const DefencePicture &picture, bool onPath)
{
    QStringList labels;
    for (const DefenceLayer &l : picture.layers) {
        if (l.onPath() == onPath)
            labels << d.node(l.node)->label;
    }
    return labels;
}

} // namespace

class TestDefences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleLayersFollowThePath();
    void order_data();
    void order();
    void offPathDefencesAreListedAfter();
    void stateEvidenceAndActionsFollowTheDocument();
};

void TestDefences::sampleLayersFollowThePath()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    const Document &d = *loaded.document;
    const DefencePicture picture = defencePicture(d);

    // Every defence appears once; triggers and outcomes are the nodes of those types.
    int defences = 0;
    for (const CausalNode &n : d.nodes()) {
        if (n.type == NodeType::Defence)
            ++defences;
        if (n.type == NodeType::Trigger)
            QVERIFY(picture.triggers.contains(n.id));
        if (n.type == NodeType::Outcome)
            QVERIFY(picture.outcomes.contains(n.id));
    }
    QCOMPARE(picture.layers.size(), defences);
    QVERIFY(picture.onPathCount() > 0);
    QHash<NodeId, int> chainPlace;
    for (const auto &entry : picture.chain)
        chainPlace.insert(entry.first, entry.second);
    for (NodeId t : picture.triggers)
        QCOMPARE(chainPlace.value(t, -1), 0);

    int previous = -1;
    for (const DefenceLayer &layer : picture.layers) {
        const CausalNode *node = d.node(layer.node);
        QVERIFY(node && node->type == NodeType::Defence);
        QCOMPARE(layer.state, *node->defenceState);
        QCOMPARE(layer.evidenceCount, node->evidenceEvents.size());
        QVector<ActionId> addressing;
        for (const CorrectiveAction &a : d.actions()) {
            if (a.addresses.contains(layer.node))
                addressing.append(a.id);
        }
        QCOMPARE(layer.actions, addressing);
        if (!layer.onPath())
            continue;
        // In path order, each at the place of the chain node it guards, through one of its links.
        QVERIFY(layer.place >= previous);
        previous = layer.place;
        QCOMPARE(chainPlace.value(layer.guards, -1), layer.place);
        bool linked = false;
        for (const CausalLink &l : d.links())
            linked = linked || (l.from == layer.node && l.to == layer.guards && l.kind == layer.kind);
        QVERIFY(linked);
    }
    // Each of the sample's defences is linked to a node between its trigger and its outcome.
    QCOMPARE(picture.onPathCount(), defences);
    // At one place a defence that failed to stop comes before one that only limited the harm.
    for (int i = 1; i < picture.onPathCount(); ++i) {
        const DefenceLayer &a = picture.layers.at(i - 1);
        const DefenceLayer &b = picture.layers.at(i);
        if (a.place == b.place)
            QVERIFY(!(a.kind == LinkKind::Limited && b.kind == LinkKind::FailedToStop));
    }
}

void TestDefences::order_data()
{
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<QStringList>("expected");
    const QStringList chain = { QStringLiteral("T:trigger"), QStringLiteral("C:condition"),
        QStringLiteral("O:outcome") };
    const QStringList chainLinks = { QStringLiteral("T>C:causes"), QStringLiteral("C>O:causes") };
    QTest::newRow("in the order the hazard meets them")
        << chain +
            QStringList { QStringLiteral("at outcome:defence"), QStringLiteral("at condition:defence"),
                QStringLiteral("limits:defence:held"), QStringLiteral("at trigger:defence:misaligned") }
        << chainLinks +
            QStringList { QStringLiteral("at outcome>O:failed-to-stop"),
                QStringLiteral("at condition>C:failed-to-stop"), QStringLiteral("limits>O:limited"),
                QStringLiteral("at trigger>T:failed-to-stop") }
        << QStringList { QStringLiteral("at trigger"), QStringLiteral("at condition"),
               QStringLiteral("at outcome"), QStringLiteral("limits") };
    QTest::newRow("limited after failed-to-stop at one place")
        << chain + QStringList { QStringLiteral("rollback:defence:held"), QStringLiteral("canary:defence") }
        << chainLinks +
            QStringList { QStringLiteral("rollback>O:limited"), QStringLiteral("canary>O:failed-to-stop") }
        << QStringList { QStringLiteral("canary"), QStringLiteral("rollback") };
    QTest::newRow("the earliest place a defence guards")
        << chain + QStringList { QStringLiteral("both:defence"), QStringLiteral("late:defence") }
        << chainLinks +
            QStringList { QStringLiteral("late>O:failed-to-stop"), QStringLiteral("both>O:failed-to-stop"),
                QStringLiteral("both>C:failed-to-stop") }
        << QStringList { QStringLiteral("both"), QStringLiteral("late") };
    QTest::newRow("a defence drawn inside the chain")
        << QStringList { QStringLiteral("T:trigger"), QStringLiteral("gate:defence:degraded"),
               QStringLiteral("O:outcome"), QStringLiteral("after:defence") }
        << QStringList { QStringLiteral("T>gate:causes"), QStringLiteral("gate>O:causes"),
               QStringLiteral("after>O:failed-to-stop") }
        << QStringList { QStringLiteral("gate"), QStringLiteral("after") };
    QTest::newRow("no trigger: measured from the outcome's causes")
        << QStringList { QStringLiteral("C:condition"), QStringLiteral("O:outcome"),
               QStringLiteral("late:defence"), QStringLiteral("early:defence") }
        << QStringList { QStringLiteral("C>O:enables"), QStringLiteral("late>O:failed-to-stop"),
               QStringLiteral("early>C:failed-to-stop") }
        << QStringList { QStringLiteral("early"), QStringLiteral("late") };
    QTest::newRow("a loop in the chain ends") << chain + QStringList { QStringLiteral("D:defence") }
                                              << chainLinks +
            QStringList { QStringLiteral("C>T:causes"), QStringLiteral("O>C:causes"),
                QStringLiteral("D>C:failed-to-stop") }
                                              << QStringList { QStringLiteral("D") };
    QTest::newRow("warning links do not carry the hazard")
        << chain + QStringList { QStringLiteral("W:warning-sign"), QStringLiteral("D:defence") }
        << chainLinks + QStringList { QStringLiteral("W>C:warned-of"), QStringLiteral("D>W:failed-to-stop") }
        << QStringList();
}

void TestDefences::order()
{
    QFETCH(QStringList, nodes);
    QFETCH(QStringList, links);
    QFETCH(QStringList, expected);
    const auto d = diagram(nodes, links);
    const DefencePicture picture = defencePicture(*d);
    QCOMPARE(layerLabels(*d, picture, true), expected);
}

void TestDefences::offPathDefencesAreListedAfter()
{
    const auto d = diagram({ QStringLiteral("T:trigger"), QStringLiteral("unlinked:defence"),
                               QStringLiteral("O:outcome"), QStringLiteral("W:warning-sign"),
                               QStringLiteral("aside:defence:held"), QStringLiteral("on:defence") },
        { QStringLiteral("T>O:causes"), QStringLiteral("aside>W:failed-to-stop"),
            QStringLiteral("on>O:failed-to-stop") });
    const DefencePicture picture = defencePicture(*d);
    QCOMPARE(picture.layers.size(), 3);
    QCOMPARE(picture.onPathCount(), 1);
    QCOMPARE(d->node(picture.layers.at(0).node)->label, QStringLiteral("on"));
    QCOMPARE(layerLabels(*d, picture, false),
        QStringList({ QStringLiteral("unlinked"), QStringLiteral("aside") }));
    QCOMPARE(picture.layers.at(1).offPath, OffPathReason::NotLinked);
    QCOMPARE(picture.layers.at(2).offPath, OffPathReason::NotOnChain);
    QCOMPARE(picture.layers.at(2).place, -1);
    QVERIFY(!picture.layers.at(2).guards.isValid());
}

void TestDefences::stateEvidenceAndActionsFollowTheDocument()
{
    const auto d =
        diagram({ QStringLiteral("T:trigger"), QStringLiteral("O:outcome"), QStringLiteral("D:defence") },
            { QStringLiteral("T>O:causes"), QStringLiteral("D>O:failed-to-stop") });
    NodeId defence;
    for (const CausalNode &n : d->nodes()) {
        if (n.type == NodeType::Defence)
            defence = n.id;
    }
    QCOMPARE(defencePicture(*d).layers.first().state, DefenceState::Absent);
    QCOMPARE(defencePicture(*d).layers.first().evidenceCount, 0);
    QVERIFY(defencePicture(*d).layers.first().actions.isEmpty());

    TimelineEvent e;
    e.text = QStringLiteral("canary halted nothing");
    const EventId event = d->add(e);
    CausalNode n = *d->node(defence);
    n.defenceState = DefenceState::Degraded;
    n.evidenceEvents = { event };
    d->change(n);
    CorrectiveAction first;
    first.title = QStringLiteral("Add a canary stage");
    first.addresses = { defence };
    const ActionId a1 = d->add(first);
    CorrectiveAction unrelated;
    unrelated.title = QStringLiteral("Something else");
    d->add(unrelated);
    CorrectiveAction second;
    second.title = QStringLiteral("Halt on 5xx");
    second.addresses = { defence };
    const ActionId a2 = d->add(second);

    const DefenceLayer layer = defencePicture(*d).layers.first();
    QCOMPARE(layer.state, DefenceState::Degraded);
    QCOMPARE(layer.evidenceCount, 1);
    QCOMPARE(layer.actions, QVector<ActionId>({ a1, a2 }));
    d->undoStack()->undo();
    QCOMPARE(defencePicture(*d).layers.first().actions, QVector<ActionId>({ a1 }));
}

QTEST_GUILESS_MAIN(TestDefences)
#include "tst_defences.moc"
