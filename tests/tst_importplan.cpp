// SPDX-License-Identifier: GPL-3.0-or-later
// The document side of importing: planImport() leaves out what the document already has and what a
// batch repeats (same format, moment, actor and text) and nothing else, not even on a hash
// collision; applyImport() is one undo step whose do, undo and redo give back the same document,
// with one bulk signal each way; and the same batch imported twice adds nothing the second time.
#include "document.h"
#include "format/documentfile.h"
#include "format/documentwriter.h"
#include "import/importplan.h"

#include <QSignalSpy>
#include <QtTest>

using namespace causeway;

namespace {

/// The migration session killed on orders-db-1, as the journald importer reads it.
TimelineEvent killedSession()
{
    TimelineEvent e;
    e.time = Instant::fromUtcMicroseconds(1776154333981734);
    e.kind = EventKind::Alert;
    e.actor = QStringLiteral("postgres@orders-db-1");
    e.text =
        QStringLiteral("[2418733] orders_migrator@orders FATAL:  terminating connection due to administrator "
                       "command");
    e.tags = QStringList { QStringLiteral("err"), QStringLiteral("postgresql@15-main.service") };
    e.source = { SourceType::Imported, QStringLiteral("journald"), QStringLiteral("orders-db-1.json"), 4 };
    return e;
}

/// \a count distinct imported events: the 500s of orders-api, one a second.
QVector<TimelineEvent> httpErrors(int count, const QString &file = QStringLiteral("orders-api.json"))
{
    QVector<TimelineEvent> events;
    for (int i = 0; i < count; ++i) {
        TimelineEvent e;
        e.time = Instant::fromUtcMicroseconds(1776154385000000 + qint64(i) * 1000000);
        e.actor = QStringLiteral("orders-api@k8s-node-7");
        e.text = QStringLiteral("HTTP 500 GET /api/orders/%1: fulfilment_status is null").arg(10400 + i);
        e.source = { SourceType::Imported, QStringLiteral("journald"), file, i + 1 };
        events.append(e);
    }
    return events;
}

QStringList textsOf(const QVector<TimelineEvent> &events)
{
    QStringList texts;
    for (const TimelineEvent &e : events)
        texts << e.text;
    return texts;
}

std::unique_ptr<Document> sampleDocument()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    return std::move(loaded.document);
}

enum class Change {
    Format,
    MomentByOneMicrosecond,
    Actor,
    ActorCase,
    Text,
    TextTrailingSpace,
    Person,
    OffsetOnly,
    Kind,
    Tags,
    End,
    Flags,
    Note,
    File,
    Line,
};

TimelineEvent changed(TimelineEvent e, Change change)
{
    switch (change) {
    case Change::Format:
        e.source.format = QStringLiteral("jsonl");
        break;
    case Change::MomentByOneMicrosecond:
        e.time = Instant::fromUtcMicroseconds(e.time.utcMicroseconds() + 1, e.time.offsetSeconds());
        break;
    case Change::Actor:
        e.actor = QStringLiteral("postgres@orders-db-2");
        break;
    case Change::ActorCase:
        e.actor = e.actor.toUpper();
        break;
    case Change::Text:
        e.text.replace(QStringLiteral("2418733"), QStringLiteral("2418734"));
        break;
    case Change::TextTrailingSpace:
        e.text += QLatin1Char(' ');
        break;
    case Change::Person:
        e.person = PersonId(3);
        break;
    case Change::OffsetOnly:
        // The same moment written as 10:12:13.981734+02:00: one moment, so one event.
        e.time = Instant::fromUtcMicroseconds(e.time.utcMicroseconds(), 7200);
        break;
    case Change::Kind:
        e.kind = EventKind::Observation;
        break;
    case Change::Tags:
        e.tags << QStringLiteral("migration");
        break;
    case Change::End:
        e.end = Instant::fromUtcMicroseconds(e.time.utcMicroseconds() + 1000000);
        break;
    case Change::Flags:
        e.flags = EventFlag::KeyMoment;
        break;
    case Change::Note:
        e.note = QStringLiteral("the migration job's pod was stopped at its deadline");
        break;
    case Change::File:
        e.source.file = QStringLiteral("orders-db-1-again.json");
        break;
    case Change::Line:
        e.source.line = 40;
        break;
    }
    return e;
}

} // namespace

Q_DECLARE_METATYPE(Change)

class TestImportPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyDocumentTakesEverything();
    void repeatsOfTheDocumentAreLeftOut();
    void repeatsWithinTheBatchAreLeftOut();
    void whatMakesARepeat_data();
    void whatMakesARepeat();
    void typedEventsAreNeverRepeats();
    void hashCollisionsNeverDropAnEvent();
    void manyEventsAtOneMoment();
    void applyImportIsOneUndoStep();
    void applyImportNamesOneEvent();
    void importingTwiceAddsNothing();
    void afterUndoTheSameBatchIsNewAgain();
};

void TestImportPlan::initTestCase()
{
    registerModelMetaTypes();
}

void TestImportPlan::emptyDocumentTakesEverything()
{
    const Document document;
    const ImportPlan plan = planImport(document, httpErrors(20));
    QCOMPARE(plan.toAdd.size(), 20);
    QCOMPARE(plan.duplicates, 0);
    QCOMPARE(textsOf(plan.toAdd), textsOf(httpErrors(20))); // in the batch's order
    QCOMPARE(plan.toAdd.at(19).source.line, qint64(20));
}

void TestImportPlan::repeatsOfTheDocumentAreLeftOut()
{
    Document document;
    applyImport(document, planImport(document, httpErrors(10)), QStringLiteral("orders-api.json"));
    QCOMPARE(document.events().size(), 10);

    // A later export of the same log overlaps the first: 10 old lines (from another file and other
    // line numbers), then 5 new ones.
    QVector<TimelineEvent> later = httpErrors(15, QStringLiteral("orders-api-later.json"));
    for (TimelineEvent &e : later)
        e.source.line += 1000;
    const ImportPlan plan = planImport(document, later);
    QCOMPARE(plan.duplicates, 10);
    QCOMPARE(plan.toAdd.size(), 5);
    QCOMPARE(textsOf(plan.toAdd), textsOf(httpErrors(15).mid(10)));
    QCOMPARE(plan.toAdd.at(0).source.file, QStringLiteral("orders-api-later.json"));
    QCOMPARE(plan.toAdd.at(0).source.line, qint64(1011));
}

void TestImportPlan::repeatsWithinTheBatchAreLeftOut()
{
    // journalctl run twice into one file: every entry twice; the first of each is kept.
    QVector<TimelineEvent> batch = httpErrors(6);
    QVector<TimelineEvent> twice = batch;
    for (int i = 0; i < batch.size(); ++i) {
        batch[i].source.line = i + 7;
        twice << batch[i];
    }
    const Document document;
    const ImportPlan plan = planImport(document, twice);
    QCOMPARE(plan.duplicates, 6);
    QCOMPARE(plan.toAdd.size(), 6);
    QCOMPARE(textsOf(plan.toAdd), textsOf(httpErrors(6)));
    for (int i = 0; i < 6; ++i)
        QCOMPARE(plan.toAdd.at(i).source.line, qint64(i + 1));
}

void TestImportPlan::whatMakesARepeat_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("repeat");

    // Different in what an event is: kept.
    QTest::newRow("another format") << Change::Format << false;
    QTest::newRow("one microsecond later") << Change::MomentByOneMicrosecond << false;
    QTest::newRow("another actor") << Change::Actor << false;
    QTest::newRow("actor in capitals") << Change::ActorCase << false;
    QTest::newRow("another text") << Change::Text << false;
    QTest::newRow("text with a trailing space") << Change::TextTrailingSpace << false;
    QTest::newRow("a person as actor") << Change::Person << false;
    // Different only in how it was read or what was added later: a repeat.
    QTest::newRow("same moment, other offset") << Change::OffsetOnly << true;
    QTest::newRow("another kind") << Change::Kind << true;
    QTest::newRow("more tags") << Change::Tags << true;
    QTest::newRow("an end") << Change::End << true;
    QTest::newRow("flagged") << Change::Flags << true;
    QTest::newRow("a note") << Change::Note << true;
    QTest::newRow("another file") << Change::File << true;
    QTest::newRow("another line") << Change::Line << true;
}

void TestImportPlan::whatMakesARepeat()
{
    QFETCH(Change, change);
    QFETCH(bool, repeat);
    const TimelineEvent original = killedSession();
    const TimelineEvent other = changed(original, change);

    // Against the document...
    Document document;
    applyImport(document, planImport(document, { original }), QStringLiteral("orders-db-1.json"));
    const ImportPlan plan = planImport(document, { other });
    QCOMPARE(plan.duplicates, repeat ? 1 : 0);
    QCOMPARE(plan.toAdd.size(), repeat ? 0 : 1);

    // ...and within one batch, in either order.
    const Document empty;
    for (const QVector<TimelineEvent> &batch :
        { QVector<TimelineEvent> { original, other }, QVector<TimelineEvent> { other, original } }) {
        const ImportPlan within = planImport(empty, batch);
        QCOMPARE(within.duplicates, repeat ? 1 : 0);
        QCOMPARE(within.toAdd.size(), repeat ? 1 : 2);
        QCOMPARE(TimelineEvent::diff(within.toAdd.at(0), batch.at(0)), TimelineEvent::Fields());
    }
}

void TestImportPlan::typedEventsAreNeverRepeats()
{
    // Someone typed the event before the log was imported: the import still brings its own.
    Document document;
    TimelineEvent typed = killedSession();
    typed.source = EventSource();
    document.add(typed);
    const ImportPlan plan = planImport(document, { killedSession() });
    QCOMPARE(plan.duplicates, 0);
    QCOMPARE(plan.toAdd.size(), 1);
}

void TestImportPlan::hashCollisionsNeverDropAnEvent()
{
    // The plan's key hash XORs the hashes of the moment and of the person's id, and Qt hashes both
    // 64-bit integers with one function: swapping the two values collides, by construction.
    const qint64 moment = 1776154333981734;
    const quint64 person = 5;
    QCOMPARE(qHash(qint64(moment)), qHash(quint64(moment)));
    QCOMPARE(qHash(qint64(person)) ^ qHash(quint64(moment)), qHash(qint64(moment)) ^ qHash(quint64(person)));

    TimelineEvent a = killedSession();
    a.actor.clear();
    a.time = Instant::fromUtcMicroseconds(moment);
    a.person = PersonId(person);
    TimelineEvent b = a;
    b.time = Instant::fromUtcMicroseconds(qint64(person)); // 1970-01-01T00:00:00.000005Z
    b.person = PersonId(quint64(moment));

    const Document empty;
    const ImportPlan within = planImport(empty, { a, b });
    QCOMPARE(within.duplicates, 0);
    QCOMPARE(within.toAdd.size(), 2);

    Document document;
    applyImport(document, planImport(document, { a }), QStringLiteral("collision.json"));
    const ImportPlan against = planImport(document, { b, a });
    QCOMPARE(against.duplicates, 1);
    QCOMPARE(against.toAdd.size(), 1);
    QCOMPARE(against.toAdd.at(0).time.utcMicroseconds(), qint64(person));
}

void TestImportPlan::manyEventsAtOneMoment()
{
    // A burst of log lines in one microsecond: one hash bucket would hold them all if the text
    // were not hashed too; every one of them is kept, and each repeat is still found.
    QVector<TimelineEvent> burst;
    for (int i = 0; i < 3000; ++i) {
        TimelineEvent e = killedSession();
        if (i % 2)
            e.actor = QStringLiteral("pgbouncer@orders-db-1");
        e.text = QStringLiteral("closing because: client close request (age=%1s)").arg(i / 2);
        burst << e;
    }
    Document document;
    const ImportPlan plan = planImport(document, burst);
    QCOMPARE(plan.duplicates, 0);
    QCOMPARE(plan.toAdd.size(), 3000);
    applyImport(document, plan, QStringLiteral("burst.json"));

    QVector<TimelineEvent> again = burst;
    TimelineEvent extra = killedSession();
    extra.text = QStringLiteral("closing because: server shutting down");
    again.insert(1500, extra);
    const ImportPlan second = planImport(document, again);
    QCOMPARE(second.duplicates, 3000);
    QCOMPARE(second.toAdd.size(), 1);
    QCOMPARE(second.toAdd.at(0).text, extra.text);
}

void TestImportPlan::applyImportIsOneUndoStep()
{
    std::unique_ptr<Document> document = sampleDocument();
    QVERIFY(document);
    const int before = document->events().size();
    const QByteArray original = serializeDocument(*document);
    QSignalSpy appended(document.get(), &Document::eventsAppended);
    QSignalSpy aboutToBeTruncated(document.get(), &Document::eventsAboutToBeTruncated);
    QSignalSpy truncated(document.get(), &Document::eventsTruncated);
    QSignalSpy added(document.get(), &Document::eventAdded);

    ImportPlan plan = planImport(*document, httpErrors(3));
    QCOMPARE(plan.toAdd.size(), 3);
    const QVector<EventId> ids = applyImport(*document, std::move(plan), QStringLiteral("orders-api.json"));
    QCOMPARE(ids.size(), 3);
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Import 3 Events from orders-api.json"));
    QVERIFY(document->isModified());
    QCOMPARE(document->events().size(), before + 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(document->events().at(before + i).id, ids.at(i));
        QCOMPARE(document->events().at(before + i).text, httpErrors(3).at(i).text);
        QVERIFY(document->event(ids.at(i)));
    }
    const QByteArray imported = serializeDocument(*document);
    QVERIFY(imported != original);
    QCOMPARE(appended.count(), 1);
    QCOMPARE(appended.at(0).at(0).toInt(), before);
    QCOMPARE(appended.at(0).at(1).toInt(), 3);
    QCOMPARE(added.count(), 0); // one bulk signal, not one per event

    document->undoStack()->undo();
    QCOMPARE(serializeDocument(*document), original);
    QVERIFY(!document->isModified());
    QCOMPARE(aboutToBeTruncated.count(), 1);
    QCOMPARE(aboutToBeTruncated.at(0).at(0).toInt(), before);
    QCOMPARE(truncated.count(), 1);
    QCOMPARE(truncated.at(0).at(0).toInt(), before);

    document->undoStack()->redo();
    QCOMPARE(serializeDocument(*document), imported);
    QCOMPARE(appended.count(), 2);
    QCOMPARE(appended.at(1).at(0).toInt(), before);
    QCOMPARE(appended.at(1).at(1).toInt(), 3);
    QCOMPARE(document->events().at(before).id, ids.at(0)); // the same ids again
    QCOMPARE(added.count(), 0);
    QCOMPARE(document->undoStack()->count(), 1);
}

void TestImportPlan::applyImportNamesOneEvent()
{
    Document document;
    applyImport(document, planImport(document, { killedSession() }), QStringLiteral("orders-db-1.json"));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Import 1 Event from orders-db-1.json"));
}

void TestImportPlan::importingTwiceAddsNothing()
{
    std::unique_ptr<Document> document = sampleDocument();
    QVERIFY(document);
    const QVector<TimelineEvent> batch = httpErrors(25);
    applyImport(*document, planImport(*document, batch), QStringLiteral("orders-api.json"));
    const QByteArray once = serializeDocument(*document);
    const int steps = document->undoStack()->count();

    QSignalSpy appended(document.get(), &Document::eventsAppended);
    ImportPlan again = planImport(*document, batch);
    QCOMPARE(again.toAdd.size(), 0);
    QCOMPARE(again.duplicates, 25);
    const QVector<EventId> ids = applyImport(*document, std::move(again), QStringLiteral("orders-api.json"));
    QVERIFY(ids.isEmpty());
    QCOMPARE(serializeDocument(*document), once);
    QCOMPARE(document->undoStack()->count(), steps); // no empty undo step
    QCOMPARE(appended.count(), 0);
}

void TestImportPlan::afterUndoTheSameBatchIsNewAgain()
{
    Document document;
    applyImport(document, planImport(document, httpErrors(4)), QStringLiteral("orders-api.json"));
    document.undoStack()->undo();
    QCOMPARE(document.events().size(), 0);
    const ImportPlan plan = planImport(document, httpErrors(4));
    QCOMPARE(plan.toAdd.size(), 4);
    QCOMPARE(plan.duplicates, 0);
}

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
