// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's sort and filter proxy: its order against a brute-force order, its rows through
// every document edit, undo and redo while sorted and filtered, and the item model contract
// (QAbstractItemModelTester is attached in every test).
#include "document.h"
#include "timeline/timelinefilterproxy.h"
#include "timeline/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>

using namespace causeway;

namespace {

const qint64 Start = 1776153600LL * 1000000; // 2026-04-14T08:00:00Z

TimelineEvent makeEvent(qint64 seconds, const QString &text, const QString &actor = QString())
{
    TimelineEvent e;
    e.time = Instant::fromUtcMicroseconds(Start + seconds * 1000000, 0);
    e.text = text;
    e.actor = actor;
    e.source.type = SourceType::Typed;
    return e;
}

QVector<TimelineEvent> randomEvents(QRandomGenerator &random, int count)
{
    static const char *const words[] = { "deploy", "Rollback", "page", "alert", "latency", "schema" };
    static const char *const actors[] = { "ana", "Bob", "carol", "Dave", "" };
    QVector<TimelineEvent> events;
    for (int i = 0; i < count; ++i) {
        // Few distinct times, so that ties are common.
        TimelineEvent e = makeEvent(random.bounded(60),
            QStringLiteral("%1 %2").arg(QLatin1String(words[random.bounded(6)])).arg(i),
            QLatin1String(actors[random.bounded(5)]));
        e.kind = EventKind(random.bounded(7));
        if (random.bounded(3) == 0)
            e.tags << QLatin1String(words[random.bounded(6)]);
        events.append(e);
    }
    return events;
}

} // namespace

class TestTimelineProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sortByTime();
    void sortByActor();
    void filterAndClear();
    void selectionSurvivesFilter();
    void followsEditsWhileFilteredAndSorted();
    void bulkAppendAndUndo();
    void editingTimeResorts();
    void editingTextShowsAndHides();
    void editThroughTheProxy();
    void dragsEvents();
    void matchesBruteForce_data();
    void matchesBruteForce();
    void typingNarrowsAfterEdits();
    void renamingPersonRefilters();

private:
    void makeProxy();
    /// The proxy's rows as event ids, top to bottom.
    QVector<EventId> shown() const;
    /// What the proxy should show: the brute-force answer.
    QVector<EventId> expected(int column, Qt::SortOrder order) const;
    void verifyOrder();

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<TimelineModel> m_model;
    std::unique_ptr<TimelineFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTimelineProxy::init()
{
    m_doc = std::make_unique<Document>();
    // Times out of document order, and two ties (10 s and 30 s).
    const QVector<qint64> seconds = { 30, 10, 50, 10, 20, 30, 40 };
    const QStringList texts = { QStringLiteral("alert fired"), QStringLiteral("deploy started"),
        QStringLiteral("rollback done"), QStringLiteral("canary green"), QStringLiteral("Rollback begun"),
        QStringLiteral("paged the DBA"), QStringLiteral("latency back to normal") };
    const QStringList actors = { QStringLiteral("carol"), QStringLiteral("Bob"), QStringLiteral("ana"),
        QStringLiteral("bob"), QStringLiteral("Ana"), QStringLiteral("dave"), QStringLiteral("Carol") };
    QVector<TimelineEvent> events;
    for (int i = 0; i < seconds.size(); ++i)
        events.append(makeEvent(seconds.at(i), texts.at(i), actors.at(i)));
    m_doc->appendEvents(events, QStringLiteral("setup"));
    m_doc->undoStack()->clear();
    makeProxy();
}

void TestTimelineProxy::makeProxy()
{
    m_tester.reset();
    m_proxy.reset();
    m_model = std::make_unique<TimelineModel>(m_doc.get());
    m_proxy = std::make_unique<TimelineFilterProxy>(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTimelineProxy::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
    m_doc.reset();
}

QVector<EventId> TestTimelineProxy::shown() const
{
    QVector<EventId> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 0).data(TimelineModel::EventIdRole).value<EventId>());
    return ids;
}

QVector<EventId> TestTimelineProxy::expected(int column, Qt::SortOrder order) const
{
    QVector<int> rows;
    for (int row = 0; row < m_doc->events().size(); ++row) {
        if (m_proxy->filter().matches(m_doc->events().at(row), *m_doc))
            rows.append(row);
    }
    const auto key = [&](int row) {
        return m_model->index(row, column).data().toString().toCaseFolded();
    };
    const auto ordered = [&](int x, int y) {
        if (column == TimelineModel::TimeColumn) {
            const qint64 a = m_doc->events().at(x).time.utcMicroseconds();
            const qint64 b = m_doc->events().at(y).time.utcMicroseconds();
            return order == Qt::AscendingOrder ? a < b : b < a;
        }
        const int c = key(x).compare(key(y));
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    };
    if (column >= 0)
        std::stable_sort(rows.begin(), rows.end(), ordered); // ties keep document order
    QVector<EventId> ids;
    for (int row : std::as_const(rows))
        ids.append(m_doc->events().at(row).id);
    return ids;
}

void TestTimelineProxy::verifyOrder()
{
    QCOMPARE(shown(), expected(m_proxy->sortColumn(), m_proxy->sortOrder()));
    // Both mappings agree with each other for every row, shown or not.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex source = m_model->index(row, TimelineModel::TextColumn);
        const QModelIndex proxy = m_proxy->mapFromSource(source);
        QCOMPARE(proxy.isValid(), m_proxy->filter().matches(m_doc->events().at(row), *m_doc));
        if (proxy.isValid())
            QCOMPARE(m_proxy->mapToSource(proxy), source);
    }
}

void TestTimelineProxy::sortByTime()
{
    QCOMPARE(shown(), expected(-1, Qt::AscendingOrder)); // document order before any sort
    m_proxy->sort(TimelineModel::TimeColumn, Qt::AscendingOrder);
    const QVector<EventId> ascending = shown();
    const QVector<TimelineEvent> &e = m_doc->events();
    // 10 s twice (rows 1 and 3, in document order), 20, 30 twice (rows 0 and 5), 40, 50.
    QCOMPARE(ascending, (QVector<EventId> { e[1].id, e[3].id, e[4].id, e[0].id, e[5].id, e[6].id, e[2].id }));
    m_proxy->sort(TimelineModel::TimeColumn, Qt::DescendingOrder);
    // Descending reverses the times, not the ties: equal times stay in document order.
    QCOMPARE(shown(), (QVector<EventId> { e[2].id, e[6].id, e[0].id, e[5].id, e[4].id, e[1].id, e[3].id }));
    verifyOrder();
}

void TestTimelineProxy::sortByActor()
{
    m_proxy->sort(TimelineModel::ActorColumn, Qt::AscendingOrder);
    const QVector<TimelineEvent> &e = m_doc->events();
    // Case-insensitive, ties in document order: ana, Ana, Bob, bob, carol, Carol, dave.
    QCOMPARE(shown(), (QVector<EventId> { e[2].id, e[4].id, e[1].id, e[3].id, e[0].id, e[6].id, e[5].id }));
    m_proxy->sort(TimelineModel::ActorColumn, Qt::DescendingOrder);
    QCOMPARE(shown(), (QVector<EventId> { e[5].id, e[0].id, e[6].id, e[1].id, e[3].id, e[2].id, e[4].id }));
    verifyOrder();
}

void TestTimelineProxy::filterAndClear()
{
    m_proxy->sort(TimelineModel::TimeColumn, Qt::AscendingOrder);
    const QVector<EventId> all = shown();
    QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    TimelineFilter filter;
    filter.text = QStringLiteral("ROLLBACK");
    m_proxy->setFilter(filter);
    QCOMPARE(layout.count(), 1);
    layout.clear();
    const QVector<TimelineEvent> &e = m_doc->events();
    QCOMPARE(shown(), (QVector<EventId> { e[4].id, e[2].id })); // at 20 s and 50 s
    verifyOrder();
    // Typing on narrows what is shown; deleting letters widens it again.
    for (const char *typed : { "ROLLBACK d", "ROLLBACK do", "ROLL", "e", "er", "" }) {
        filter.text = QLatin1String(typed);
        m_proxy->setFilter(filter);
        verifyOrder();
    }
    m_proxy->setFilter(TimelineFilter());
    QCOMPARE(m_proxy->rowCount(), m_doc->events().size());
    QCOMPARE(shown(), all);
}

void TestTimelineProxy::selectionSurvivesFilter()
{
    m_proxy->sort(TimelineModel::TimeColumn, Qt::AscendingOrder);
    QItemSelectionModel selection(m_proxy.get());
    const QVector<TimelineEvent> &e = m_doc->events();
    const auto rowOf = [&](int sourceRow) {
        return m_proxy->mapFromSource(m_model->index(sourceRow, 0)).row();
    };
    // "Rollback begun" (shown under the filter) and "alert fired" (hidden by it).
    for (int sourceRow : { 4, 0 }) {
        const QModelIndex index = m_proxy->index(rowOf(sourceRow), 0);
        selection.select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    selection.setCurrentIndex(m_proxy->index(rowOf(4), 0), QItemSelectionModel::NoUpdate);
    const QPersistentModelIndex kept = m_proxy->index(rowOf(4), TimelineModel::TextColumn);
    const QPersistentModelIndex hidden = m_proxy->index(rowOf(0), TimelineModel::TextColumn);

    TimelineFilter filter;
    filter.text = QStringLiteral("rollback");
    m_proxy->setFilter(filter);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(TimelineModel::EventIdRole).value<EventId>(), e[4].id);
    QCOMPARE(kept.column(), int(TimelineModel::TextColumn));
    QVERIFY(!hidden.isValid());
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(TimelineModel::EventIdRole).value<EventId>(), e[4].id);
    QCOMPARE(selection.currentIndex().data(TimelineModel::EventIdRole).value<EventId>(), e[4].id);

    m_proxy->setFilter(TimelineFilter());
    QCOMPARE(kept.data(TimelineModel::EventIdRole).value<EventId>(), e[4].id);
    QCOMPARE(kept.row(), rowOf(4));
    // Sorting the other way moves the persistent index with its event too.
    m_proxy->sort(TimelineModel::TimeColumn, Qt::DescendingOrder);
    QCOMPARE(kept.row(), rowOf(4));
    QCOMPARE(kept.data(TimelineModel::EventIdRole).value<EventId>(), e[4].id);
}

void TestTimelineProxy::followsEditsWhileFilteredAndSorted()
{
    m_proxy->sort(TimelineModel::TimeColumn, Qt::DescendingOrder);
    TimelineFilter filter;
    filter.text = QStringLiteral("rollback");
    m_proxy->setFilter(filter);
    QCOMPARE(m_proxy->rowCount(), 2);

    // A matching event between the two shown ones, one that does not match, then undo and redo.
    m_doc->add(makeEvent(35, QStringLiteral("rollback verified")));
    QCOMPARE(m_proxy->rowCount(), 3);
    verifyOrder();
    m_doc->add(makeEvent(36, QStringLiteral("coffee")));
    QCOMPARE(m_proxy->rowCount(), 3);
    verifyOrder();
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_proxy->rowCount(), 2);
    verifyOrder();
    m_doc->undoStack()->redo();
    QCOMPARE(m_proxy->rowCount(), 3);
    verifyOrder();

    // Removing one shown and one hidden event, anywhere in the document.
    m_doc->removeEvents({ m_doc->events().at(2).id });
    QCOMPARE(m_proxy->rowCount(), 2);
    verifyOrder();
    m_doc->removeEvents({ m_doc->events().at(0).id });
    QCOMPARE(m_proxy->rowCount(), 2);
    verifyOrder();
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_proxy->rowCount(), 3);
    verifyOrder();
    m_doc->undoStack()->redo();
    verifyOrder();

    m_proxy->setFilter(TimelineFilter());
    QCOMPARE(m_proxy->rowCount(), m_doc->events().size());
    verifyOrder();
}

void TestTimelineProxy::bulkAppendAndUndo()
{
    m_proxy->sort(TimelineModel::TimeColumn, Qt::AscendingOrder);
    TimelineFilter filter;
    filter.text = QStringLiteral("rollback");
    m_proxy->setFilter(filter);
    QItemSelectionModel selection(m_proxy.get());
    const EventId selected = m_doc->events().at(2).id; // "rollback done" at 50 s
    const QPersistentModelIndex kept = m_proxy->mapFromSource(m_model->index(2, 0));
    selection.select(kept, QItemSelectionModel::Select | QItemSelectionModel::Rows);

    // Thousands of events whose times fall before, between and after the existing ones.
    QRandomGenerator random(7);
    const int before = m_doc->events().size();
    QSignalSpy relayout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy scattered(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    m_doc->appendEvents(randomEvents(random, 3000), QStringLiteral("Import"));
    QCOMPARE(m_doc->events().size(), before + 3000);
    QCOMPARE(relayout.count(), 1); // one layout change, not a signal per row
    QCOMPARE(scattered.count(), 0);
    verifyOrder();
    QVERIFY(m_proxy->rowCount() > 2);
    QCOMPARE(kept.data(TimelineModel::EventIdRole).value<EventId>(), selected);
    QCOMPARE(selection.selectedRows().size(), 1);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->events().size(), before);
    QCOMPARE(m_proxy->rowCount(), 2);
    verifyOrder();
    QCOMPARE(kept.data(TimelineModel::EventIdRole).value<EventId>(), selected);
    m_doc->undoStack()->redo();
    verifyOrder();

    // Events later than everything shown arrive as one block of inserted rows.
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QVector<TimelineEvent> late;
    for (int i = 0; i < 5; ++i)
        late.append(makeEvent(1000 + i, QStringLiteral("rollback step %1").arg(i)));
    m_doc->appendEvents(late, QStringLiteral("Import"));
    QCOMPARE(inserted.count(), 1);
    verifyOrder();
    m_doc->undoStack()->undo();
    verifyOrder();
}

void TestTimelineProxy::editingTimeResorts()
{
    m_proxy->sort(TimelineModel::TimeColumn, Qt::AscendingOrder);
    const EventId id = m_doc->events().at(2).id; // the last at 50 s
    QCOMPARE(shown().last(), id);
    QItemSelectionModel selection(m_proxy.get());
    selection.select(
        m_proxy->index(m_proxy->rowCount() - 1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

    const QModelIndex time = m_proxy->index(m_proxy->rowCount() - 1, TimelineModel::TimeColumn);
    QVERIFY(m_proxy->setData(time, Instant::fromUtcMicroseconds(Start + 5 * 1000000, 0).toRfc3339()));
    QCOMPARE(shown().first(), id);
    verifyOrder();
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().row(), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(shown().last(), id);
    verifyOrder();
    QCOMPARE(selection.selectedRows().first().row(), m_proxy->rowCount() - 1);
}

void TestTimelineProxy::editingTextShowsAndHides()
{
    m_proxy->sort(TimelineModel::ActorColumn, Qt::AscendingOrder);
    TimelineFilter filter;
    filter.text = QStringLiteral("rollback");
    m_proxy->setFilter(filter);
    QCOMPARE(m_proxy->rowCount(), 2);

    TimelineEvent e = m_doc->events().at(5); // "paged the DBA"
    e.text = QStringLiteral("paged the DBA about the rollback");
    m_doc->change(e);
    QCOMPARE(m_proxy->rowCount(), 3);
    verifyOrder();
    // Through the proxy: the edited cell's row disappears from the filtered view.
    const QModelIndex text = m_proxy->mapFromSource(m_model->index(5, TimelineModel::TextColumn));
    QVERIFY(text.isValid());
    m_doc->sealEdits();
    QVERIFY(m_proxy->setData(text, QStringLiteral("paged the DBA")));
    QCOMPARE(m_proxy->rowCount(), 2);
    verifyOrder();
    m_doc->undoStack()->undo();
    QCOMPARE(m_proxy->rowCount(), 3);
    verifyOrder();

    // An actor edit moves the row within the actor sort.
    TimelineEvent moved = m_doc->events().at(5);
    moved.actor = QStringLiteral("aaron");
    m_doc->change(moved);
    QCOMPARE(shown().first(), moved.id);
    verifyOrder();
}

void TestTimelineProxy::editThroughTheProxy()
{
    m_proxy->sort(TimelineModel::TimeColumn, Qt::AscendingOrder);
    const QModelIndex actor = m_proxy->index(0, TimelineModel::ActorColumn);
    QVERIFY(m_proxy->flags(actor) & Qt::ItemIsEditable);
    QVERIFY(!(m_proxy->flags(m_proxy->index(0, TimelineModel::FlagsColumn)) & Qt::ItemIsEditable));
    const EventId id = actor.data(TimelineModel::EventIdRole).value<EventId>();
    QVERIFY(m_proxy->setData(actor, QStringLiteral("erin")));
    QCOMPARE(m_doc->event(id)->actor, QStringLiteral("erin"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_proxy->headerData(TimelineModel::TextColumn, Qt::Horizontal).toString(),
        m_model->headerData(TimelineModel::TextColumn, Qt::Horizontal).toString());
}

void TestTimelineProxy::dragsEvents()
{
    m_proxy->sort(TimelineModel::TimeColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->mimeTypes(), m_model->mimeTypes());
    const QModelIndexList dragged = { m_proxy->index(0, 0), m_proxy->index(0, 3), m_proxy->index(2, 0) };
    std::unique_ptr<QMimeData> mime(m_proxy->mimeData(dragged));
    QVERIFY(mime);
    QCOMPARE(
        TimelineModel::eventIdsFromMime(mime.get()), (QVector<EventId> { shown().at(0), shown().at(2) }));
}

void TestTimelineProxy::typingNarrowsAfterEdits()
{
    m_proxy->sort(TimelineModel::ActorColumn, Qt::AscendingOrder);
    TimelineFilter filter;
    filter.text = QStringLiteral("r");
    m_proxy->setFilter(filter);
    verifyOrder();
    // Edits while filtered change what the next, longer text finds among the rows shown.
    TimelineEvent changed = m_doc->events().at(3); // "canary green", bob
    changed.text = QStringLiteral("ROLLED back the canary");
    m_doc->change(changed);
    m_doc->sealEdits();
    TimelineEvent tagged = m_doc->events().at(0); // "alert fired", carol
    tagged.tags = QStringList { QStringLiteral("Rollout") };
    m_doc->change(tagged);
    m_doc->removeEvents({ m_doc->events().at(2).id }); // "rollback done"
    m_doc->appendEvents(
        { makeEvent(70, QStringLiteral("rollout paused"), QStringLiteral("Zoë")) }, QStringLiteral("Import"));
    for (const QString &typed : { QStringLiteral("ro"), QStringLiteral("rol"), QStringLiteral("roll") }) {
        filter.text = typed;
        m_proxy->setFilter(filter);
        verifyOrder();
    }
    QCOMPARE(m_proxy->rowCount(), 4); // rolled, Rollout (tag), Rollback begun, rollout paused
    m_doc->undoStack()->undo(); // the import
    verifyOrder();
    m_doc->undoStack()->undo(); // the removal
    verifyOrder();
    QCOMPARE(m_proxy->rowCount(), 4);
    m_doc->undoStack()->undo(); // the tag
    m_doc->undoStack()->undo(); // the text
    verifyOrder();
    QCOMPARE(m_proxy->rowCount(), 2);
}

void TestTimelineProxy::renamingPersonRefilters()
{
    Person person;
    person.name = QStringLiteral("Priya");
    const PersonId id = m_doc->add(person);
    TimelineEvent e = makeEvent(25, QStringLiteral("joined the bridge"));
    e.person = id;
    m_doc->add(e);
    m_proxy->sort(TimelineModel::TimeColumn, Qt::AscendingOrder);
    TimelineFilter filter;
    filter.text = QStringLiteral("priya");
    m_proxy->setFilter(filter);
    QCOMPARE(m_proxy->rowCount(), 1);
    person = *m_doc->person(id);
    person.name = QStringLiteral("Rosa");
    m_doc->change(person);
    QCOMPARE(m_proxy->rowCount(), 0);
    filter.text = QStringLiteral("ROSA");
    m_proxy->setFilter(filter);
    QCOMPARE(m_proxy->rowCount(), 1);
    verifyOrder();
    m_doc->undoStack()->undo();
    QCOMPARE(m_proxy->rowCount(), 0);
    verifyOrder();
}

void TestTimelineProxy::matchesBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("text");
    QTest::newRow("time ascending") << 1u << int(TimelineModel::TimeColumn) << Qt::AscendingOrder
                                    << QString();
    QTest::newRow("time descending, filtered")
        << 2u << int(TimelineModel::TimeColumn) << Qt::DescendingOrder << QStringLiteral("roll");
    QTest::newRow("actor ascending, filtered")
        << 3u << int(TimelineModel::ActorColumn) << Qt::AscendingOrder << QStringLiteral("a");
    QTest::newRow("text descending") << 4u << int(TimelineModel::TextColumn) << Qt::DescendingOrder
                                     << QString();
    QTest::newRow("kind ascending, filtered")
        << 5u << int(TimelineModel::KindColumn) << Qt::AscendingOrder << QStringLiteral("deploy");
    QTest::newRow("document order, filtered") << 6u << -1 << Qt::AscendingOrder << QStringLiteral("e");
}

void TestTimelineProxy::matchesBruteForce()
{
    QFETCH(quint32, seed);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, text);
    QRandomGenerator random(seed);
    cleanup();
    m_doc = std::make_unique<Document>();
    m_doc->appendEvents(randomEvents(random, 200), QStringLiteral("setup"));
    makeProxy();
    m_proxy->sort(column, order);
    TimelineFilter filter;
    filter.text = text;
    m_proxy->setFilter(filter);
    verifyOrder();

    // Random edits, adds, removals, bulk appends, undos and redos keep the order right.
    for (int step = 0; step < 60; ++step) {
        const QVector<TimelineEvent> &events = m_doc->events();
        switch (random.bounded(6)) {
        case 0:
            m_doc->add(randomEvents(random, 1).first());
            break;
        case 1:
            if (!events.isEmpty())
                m_doc->removeEvents({ events.at(random.bounded(int(events.size()))).id });
            break;
        case 2:
            if (!events.isEmpty()) {
                TimelineEvent e = events.at(random.bounded(int(events.size())));
                const TimelineEvent other = randomEvents(random, 1).first();
                e.time = other.time;
                e.text = other.text;
                e.actor = other.actor;
                m_doc->change(e);
                m_doc->sealEdits();
            }
            break;
        case 3:
            m_doc->appendEvents(randomEvents(random, 1 + random.bounded(40)), QStringLiteral("Import"));
            break;
        case 4:
            m_doc->undoStack()->undo();
            break;
        case 5:
            m_doc->undoStack()->redo();
            break;
        }
        verifyOrder();
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("step %1").arg(step)));
    }
    m_proxy->setFilter(TimelineFilter());
    verifyOrder();
}

QTEST_MAIN(TestTimelineProxy)
#include "tst_timelineproxy.moc"
