// SPDX-License-Identifier: GPL-3.0-or-later
// Every document edit through do, undo and redo, compared on the serialized document; compound
// edits are one step and leave no dangling reference; typing merges until edits are sealed.
#include "document.h"
#include "format/documentfile.h"
#include "format/documentreader.h"
#include "format/documentwriter.h"

#include <QSignalSpy>
#include <QtTest>

#include <functional>

using namespace causeway;

namespace {

using Edit = std::function<void(Document &)>;

template<class T>
T copyOf(const Document &d, typename T::IdType id)
{
    const T *value = d.find<T>(id);
    Q_ASSERT(value);
    return *value;
}

/// Every user edit the document offers, applied to the sample incident.
const QMap<QString, Edit> &edits()
{
    static const QMap<QString, Edit> map = {
        { QStringLiteral("add person"),
            [](Document &d) {
                d.add(Person { {}, QStringLiteral("Ana"), QStringLiteral("SRE"), {} });
            } },
        { QStringLiteral("change person"),
            [](Document &d) {
                Person p = d.people().first();
                p.role = QStringLiteral("incident commander");
                d.change(p);
            } },
        { QStringLiteral("remove person"),
            [](Document &d) {
                d.removePeople({ d.people().first().id });
            } },
        { QStringLiteral("add event"),
            [](Document &d) {
                TimelineEvent e;
                e.time = Instant::parseRfc3339(QStringLiteral("2026-04-14T10:30:00.5+02:00"));
                e.text = QStringLiteral("paged the DBA");
                d.add(e);
            } },
        { QStringLiteral("change event"),
            [](Document &d) {
                TimelineEvent e = d.events().at(3);
                e.text += QStringLiteral(" (confirmed)");
                e.flags |= EventFlag::KeyMoment;
                d.change(e);
            } },
        { QStringLiteral("change events"),
            [](Document &d) {
                d.changeEvents(
                    { d.events().at(1).id, d.events().at(2).id, d.events().at(9).id },
                    [](TimelineEvent &e) { e.flags |= EventFlag::MissedWarning; }, QStringLiteral("Flag"));
            } },
        { QStringLiteral("remove events"),
            [](Document &d) {
                d.removeEvents({ d.events().at(1).id, d.events().at(5).id });
            } },
        { QStringLiteral("add node"),
            [](Document &d) {
                CausalNode n;
                n.type = NodeType::Defence;
                n.defenceState = DefenceState::Degraded;
                n.label = QStringLiteral("Schema compatibility check");
                d.add(n);
            } },
        { QStringLiteral("change node"),
            [](Document &d) {
                CausalNode n = d.nodes().at(2);
                n.position = QPointF(10.5, -20);
                n.pinned = true;
                d.change(n);
            } },
        { QStringLiteral("place nodes"),
            [](Document &d) {
                d.placeNodes({ { d.nodes().at(0).id, QPointF(12, 34), true },
                                 { d.nodes().at(5).id, QPointF(-80.25, 7), false } },
                    QStringLiteral("Move"));
            } },
        { QStringLiteral("remove nodes"),
            [](Document &d) {
                d.removeNodes({ d.nodes().at(1).id, d.nodes().at(3).id });
            } },
        { QStringLiteral("connect"),
            [](Document &d) {
                d.connect(d.nodes().at(4).id, d.nodes().at(0).id, LinkKind::Enables);
            } },
        { QStringLiteral("change link"),
            [](Document &d) {
                CausalLink l = d.links().first();
                l.why = !l.why;
                d.change(l);
            } },
        { QStringLiteral("remove link"),
            [](Document &d) {
                d.removeLinks({ d.links().last().id });
            } },
        { QStringLiteral("add answer"),
            [](Document &d) {
                DifferentEngineerAnswer a;
                a.node = d.nodes().first().id;
                a.answer = EngineerAnswer::Partly;
                d.add(a);
            } },
        { QStringLiteral("change answer"),
            [](Document &d) {
                DifferentEngineerAnswer a = d.answers().first();
                a.explanation = QStringLiteral("Only with the new pipeline step.");
                d.change(a);
            } },
        { QStringLiteral("remove answer"),
            [](Document &d) {
                d.removeAnswers({ d.answers().first().id });
            } },
        { QStringLiteral("add action"),
            [](Document &d) {
                CorrectiveAction a;
                a.title = QStringLiteral("Alert on schema version skew");
                a.due = QDate(2026, 6, 1);
                a.addresses = { d.nodes().first().id };
                d.add(a);
            } },
        { QStringLiteral("change action"),
            [](Document &d) {
                CorrectiveAction a = d.actions().first();
                a.status = ActionStatus::Done;
                d.change(a);
            } },
        { QStringLiteral("remove actions"),
            [](Document &d) {
                d.removeActions({ d.actions().at(0).id, d.actions().at(1).id });
            } },
        { QStringLiteral("add lesson"),
            [](Document &d) {
                d.add(Lesson { {}, LessonCategory::Lucky, QStringLiteral("Low traffic") });
            } },
        { QStringLiteral("change lesson"),
            [](Document &d) {
                Lesson l = d.lessons().first();
                l.category = LessonCategory::WentWrong;
                d.change(l);
            } },
        { QStringLiteral("remove lesson"),
            [](Document &d) {
                d.removeLessons({ d.lessons().first().id });
            } },
        { QStringLiteral("add evidence"),
            [](Document &d) {
                Evidence e;
                e.title = QStringLiteral("psql session");
                e.language = QStringLiteral("SQL");
                e.text = QStringLiteral("SELECT 1;");
                d.add(e);
            } },
        { QStringLiteral("change evidence"),
            [](Document &d) {
                Evidence e = d.evidence().first();
                e.events.clear();
                d.change(e);
            } },
        { QStringLiteral("remove evidence"),
            [](Document &d) {
                d.removeEvidence({ d.evidence().last().id });
            } },
        { QStringLiteral("change incident"),
            [](Document &d) {
                Incident i = d.incident();
                i.severity = Severity::Sev1;
                i.mitigated = Instant();
                d.changeIncident(i);
            } },
        { QStringLiteral("set section"),
            [](Document &d) {
                d.setSection(QStringLiteral("summary"), QStringLiteral("New summary."));
            } },
        { QStringLiteral("clear section"),
            [](Document &d) {
                d.setSection(QStringLiteral("summary"), QString());
            } },
        { QStringLiteral("add section"),
            [](Document &d) {
                d.setSection(QStringLiteral("customer-comms"), QStringLiteral("Status page."));
            } },
        { QStringLiteral("set template"),
            [](Document &d) {
                d.setTemplate(TemplateId::Atlassian);
            } },
    };
    return map;
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void doUndoRedo_data();
    void doUndoRedo();
    void removeNodeTakesItsLinksInOneStep();
    void removeEventCleansEvidence();
    void removePersonKeepsTheirName();
    void removeActionCleansAnswers();
    void removeNodeSignalsArePaired();
    void changeSignalsCarryFields();
    void typingMergesUntilSealed();
    void mergeBackToStartLeavesNoStep();
    void noOpEditsPushNothing();
    void placeNodesIsOneStep();
    void modifiedFollowsTheStack();
    void selfLinkIsRefused();

private:
    std::unique_ptr<Document> m_doc;
};

void TestCommands::init()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    m_doc = std::move(loaded.document);
}

void TestCommands::doUndoRedo_data()
{
    QTest::addColumn<QString>("edit");
    for (const QString &name : edits().keys())
        QTest::newRow(qPrintable(name)) << name;
}

void TestCommands::doUndoRedo()
{
    QFETCH(QString, edit);
    Document &d = *m_doc;
    const QByteArray before = serializeDocument(d);
    const int steps = d.undoStack()->count();

    edits().value(edit)(d);
    const QByteArray after = serializeDocument(d);
    QVERIFY2(after != before, "the edit changed nothing");
    QCOMPARE(d.undoStack()->count(), steps + 1); // one user edit, one undo step
    QVERIFY(d.isModified());
    // What an edit leaves behind is always a loadable document: no dangling reference.
    const ReadResult check = readDocument(after);
    QVERIFY2(check.content, qPrintable(check.errors.value(0).toString()));

    d.undoStack()->undo();
    QCOMPARE(serializeDocument(d), before);
    QVERIFY(!d.isModified());
    d.undoStack()->redo();
    QCOMPARE(serializeDocument(d), after);
    d.undoStack()->undo();
    QCOMPARE(serializeDocument(d), before);
}

void TestCommands::removeNodeTakesItsLinksInOneStep()
{
    Document &d = *m_doc;
    // The outcome is the node with the most links.
    const NodeId outcome = d.nodes().first().id;
    QCOMPARE(d.nodes().first().type, NodeType::Outcome);
    const QVector<LinkId> links = d.linksOf(outcome);
    QVERIFY(links.size() >= 2);
    const int steps = d.undoStack()->count();

    d.removeNodes({ outcome });
    QCOMPARE(d.undoStack()->count(), steps + 1);
    QVERIFY(!d.node(outcome));
    for (LinkId l : links)
        QVERIFY(!d.link(l));
    for (const CorrectiveAction &a : d.actions())
        QVERIFY(!a.addresses.contains(outcome));

    d.undoStack()->undo();
    QVERIFY(d.node(outcome));
    QCOMPARE(d.linksOf(outcome), links);
    QCOMPARE(d.indexOf<CausalNode>(outcome), 0); // back in its place
}

void TestCommands::removeEventCleansEvidence()
{
    Document &d = *m_doc;
    EventId used;
    for (const CausalNode &n : d.nodes()) {
        if (!n.evidenceEvents.isEmpty()) {
            used = n.evidenceEvents.first();
            break;
        }
    }
    QVERIFY(used.isValid());
    d.removeEvents({ used });
    for (const CausalNode &n : d.nodes())
        QVERIFY(!n.evidenceEvents.contains(used));
    for (const Evidence &e : d.evidence())
        QVERIFY(!e.events.contains(used));
    d.undoStack()->undo();
    QVERIFY(d.event(used));
}

void TestCommands::removePersonKeepsTheirName()
{
    Document &d = *m_doc;
    const Person person = d.people().first();
    QVector<EventId> theirs;
    for (const TimelineEvent &e : d.events()) {
        if (e.person == person.id)
            theirs.append(e.id);
    }
    QVERIFY(!theirs.isEmpty());
    d.removePeople({ person.id });
    for (EventId id : theirs) {
        QVERIFY(!d.event(id)->person.isValid());
        QCOMPARE(d.event(id)->actor, person.name);
    }
    QVERIFY(!d.incident().authors.contains(person.id));
    QVERIFY(d.incident().commander != person.id);
    d.undoStack()->undo();
    for (EventId id : theirs)
        QCOMPARE(d.event(id)->person, person.id);
}

void TestCommands::removeActionCleansAnswers()
{
    Document &d = *m_doc;
    const DifferentEngineerAnswer answer = d.answers().first();
    QVERIFY(!answer.actions.isEmpty());
    d.removeActions({ answer.actions.first() });
    QVERIFY(!d.answers().first().actions.contains(answer.actions.first()));
}

void TestCommands::removeNodeSignalsArePaired()
{
    Document &d = *m_doc;
    const NodeId node = d.nodes().first().id;
    const int links = d.linksOf(node).size();
    QSignalSpy aboutToRemove(&d, &Document::nodeAboutToBeRemoved);
    QSignalSpy removed(&d, &Document::nodeRemoved);
    QSignalSpy linkRemoved(&d, &Document::linkRemoved);
    QSignalSpy added(&d, &Document::nodeAdded);
    // While "about to be removed", the node is still there for views to look at.
    connect(&d, &Document::nodeAboutToBeRemoved, this, [&d](NodeId id) { QVERIFY(d.node(id)); });
    d.removeNodes({ node });
    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().value<NodeId>(), node);
    QCOMPARE(linkRemoved.count(), links);
    d.undoStack()->undo();
    QCOMPARE(added.count(), 1);
}

void TestCommands::changeSignalsCarryFields()
{
    Document &d = *m_doc;
    QSignalSpy spy(&d, &Document::eventChanged);
    TimelineEvent e = d.events().first();
    e.text = QStringLiteral("changed");
    d.change(e);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).value<EventId>(), e.id);
    QCOMPARE(
        spy.first().at(1).value<TimelineEvent::Fields>(), TimelineEvent::Fields(TimelineEvent::Field::Text));

    QSignalSpy incident(&d, &Document::incidentChanged);
    Incident i = d.incident();
    i.title = QStringLiteral("t");
    i.zone = QStringLiteral("UTC");
    d.changeIncident(i);
    QCOMPARE(incident.first().first().value<Incident::Fields>(),
        Incident::Fields(Incident::Field::Title) | Incident::Field::Zone);
}

void TestCommands::typingMergesUntilSealed()
{
    Document &d = *m_doc;
    const int steps = d.undoStack()->count();
    TimelineEvent e = d.events().first();
    const QString original = e.text;
    for (const QChar c : QStringLiteral(" typed")) {
        e.text += c;
        d.change(e);
    }
    QCOMPARE(d.undoStack()->count(), steps + 1);
    d.sealEdits();
    e.text += QStringLiteral("!");
    d.change(e);
    QCOMPARE(d.undoStack()->count(), steps + 2);
    // Another field of the same event is another step.
    e.tags << QStringLiteral("new");
    d.change(e);
    QCOMPARE(d.undoStack()->count(), steps + 3);

    d.undoStack()->undo();
    d.undoStack()->undo();
    QCOMPARE(d.events().first().text, original + QStringLiteral(" typed"));
    d.undoStack()->undo();
    QCOMPARE(d.events().first().text, original);

    // Sections merge the same way, per key.
    d.setSection(QStringLiteral("summary"), QStringLiteral("a"));
    d.setSection(QStringLiteral("summary"), QStringLiteral("ab"));
    QCOMPARE(d.undoStack()->index(), steps + 1);
}

void TestCommands::mergeBackToStartLeavesNoStep()
{
    Document &d = *m_doc;
    const int steps = d.undoStack()->count();
    CausalNode n = d.nodes().first();
    const QString label = n.label;
    n.label = label + QStringLiteral("x");
    d.change(n);
    n.label = label;
    d.change(n);
    QCOMPARE(d.undoStack()->count(), steps);
    QVERIFY(!d.isModified());
}

void TestCommands::noOpEditsPushNothing()
{
    Document &d = *m_doc;
    d.change(d.events().first());
    d.changeIncident(d.incident());
    d.setTemplate(d.templateId());
    d.setSection(QStringLiteral("summary"), d.section(QStringLiteral("summary")));
    d.removeNodes({ NodeId(999999) });
    d.removeEvents({});
    QCOMPARE(d.undoStack()->count(), 0);
}

void TestCommands::placeNodesIsOneStep()
{
    Document d;
    QVector<NodeId> ids;
    for (int i = 0; i < 3; ++i)
        ids.append(d.add(CausalNode()));
    const int before = d.undoStack()->count();
    d.placeNodes(
        { { ids[0], QPointF(1, 2), true }, { ids[1], QPointF(3, 4), true }, { NodeId(), QPointF(), true } },
        QStringLiteral("Move 2 nodes"));
    QCOMPARE(d.undoStack()->count(), before + 1);
    QCOMPARE(d.undoStack()->undoText(), QStringLiteral("Move 2 nodes"));
    QCOMPARE(d.node(ids[1])->position, std::optional<QPointF>(QPointF(3, 4)));
    QVERIFY(d.node(ids[1])->pinned);
    QVERIFY(!d.node(ids[2])->position);
    // Placing nodes where they already are is not a step.
    d.placeNodes({ { ids[0], QPointF(1, 2), true } }, QStringLiteral("Move"));
    QCOMPARE(d.undoStack()->count(), before + 1);
    d.undoStack()->undo();
    QVERIFY(!d.node(ids[0])->position);
    QVERIFY(!d.node(ids[1])->pinned);
}

void TestCommands::modifiedFollowsTheStack()
{
    Document &d = *m_doc;
    QSignalSpy modified(&d, &Document::modifiedChanged);
    QVERIFY(!d.isModified());
    d.setTemplate(TemplateId::Default);
    QVERIFY(d.isModified());
    d.markSaved();
    QVERIFY(!d.isModified());
    d.undoStack()->undo();
    QVERIFY(d.isModified());
    QVERIFY(modified.count() >= 3);
}

void TestCommands::selfLinkIsRefused()
{
    Document &d = *m_doc;
    const NodeId n = d.nodes().first().id;
    QVERIFY(!d.connect(n, n, LinkKind::Causes).isValid());
    QVERIFY(!d.connect(n, NodeId(424242), LinkKind::Causes).isValid());
    QCOMPARE(d.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
