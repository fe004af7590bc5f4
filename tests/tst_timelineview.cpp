// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline editor as a user drives it: quick entry, flags, milestones, evidence, filters,
// copy and chat paste, each edit one undo step.
#include "document.h"
#include "format/documentfile.h"
#include "timeline/timelinefilterbar.h"
#include "timeline/timelinefilterproxy.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace causeway;

class TestTimelineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void quickEntryAddsAnEvent_data();
    void quickEntryAddsAnEvent();
    void quickEntryErrorKeepsTheLine();
    void flagsToggleAsOneStep();
    void milestoneFromAnEvent();
    void evidenceToggle();
    void filterShowsCounts();
    void timeRangeStartsWithTheWholeTimeline();
    void copyAsText();
    void pasteChat();
    void timesFollowTheDisplay();
    void proxyIsAValidModel();

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTimelineView::init()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    m_doc = std::move(loaded.document);
    m_view = std::make_unique<TimelineView>(m_doc.get());
    m_view->setTimeDisplay(TimeDisplay::IncidentZone);
}

void TestTimelineView::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

void TestTimelineView::quickEntryAddsAnEvent_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("text");
    // The sample's incident started on 2026-04-14 in Europe/Berlin (CEST, +02:00).
    QTest::newRow("time of day") << QStringLiteral("10:05 paged the DBA")
                                 << QStringLiteral("2026-04-14T10:05:00+02:00")
                                 << QStringLiteral("paged the DBA");
    QTest::newRow("full timestamp") << QStringLiteral("2026-04-14 08:06:10Z status page drafted")
                                    << QStringLiteral("2026-04-14T08:06:10Z")
                                    << QStringLiteral("status page drafted");
}

void TestTimelineView::quickEntryAddsAnEvent()
{
    QFETCH(QString, line);
    QFETCH(QString, time);
    QFETCH(QString, text);
    const int before = m_doc->events().size();
    m_view->quickEntry()->setText(line);
    QVERIFY(m_view->submitQuickEntry());
    QCOMPARE(m_doc->events().size(), before + 1);
    const TimelineEvent &added = m_doc->events().last();
    QCOMPARE(added.time.utcMicroseconds(), Instant::parseRfc3339(time).utcMicroseconds());
    QCOMPARE(added.text, text);
    QCOMPARE(added.source.type, SourceType::Typed);
    QVERIFY(m_view->quickEntry()->text().isEmpty());
    QCOMPARE(m_view->selectedEvents(), QVector<EventId> { added.id });
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->events().size(), before);
}

void TestTimelineView::quickEntryErrorKeepsTheLine()
{
    m_view->quickEntry()->setText(QStringLiteral("noon the deploy"));
    QVERIFY(!m_view->submitQuickEntry());
    QCOMPARE(m_view->quickEntry()->text(), QStringLiteral("noon the deploy"));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestTimelineView::flagsToggleAsOneStep()
{
    const QVector<EventId> ids = { m_doc->events().at(2).id, m_doc->events().at(3).id };
    m_view->selectEvents(ids);
    QCOMPARE(m_view->selectedEvents().size(), 2);
    m_view->toggleFlag(EventFlag::KeyMoment);
    for (EventId id : ids)
        QVERIFY(m_doc->event(id)->flags.testFlag(EventFlag::KeyMoment));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_view->toggleFlag(EventFlag::KeyMoment);
    for (EventId id : ids)
        QVERIFY(!m_doc->event(id)->flags.testFlag(EventFlag::KeyMoment));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->event(ids.first())->flags.testFlag(EventFlag::KeyMoment));
}

void TestTimelineView::milestoneFromAnEvent()
{
    const TimelineEvent &e = m_doc->events().at(12);
    m_view->selectEvents({ e.id });
    m_view->setMilestone(1); // detected
    QCOMPARE(m_doc->incident().detected, e.time);
    const auto d = durationsOf(m_doc->incident());
    QVERIFY(d.toDetect.has_value());
    QCOMPARE(*d.toDetect, microsecondsBetween(m_doc->incident().started, e.time));
}

void TestTimelineView::evidenceToggle()
{
    const NodeId node = m_doc->nodes().first().id;
    EventId free;
    for (const TimelineEvent &e : m_doc->events()) {
        if (!m_doc->node(node)->evidenceEvents.contains(e.id)) {
            free = e.id;
            break;
        }
    }
    m_view->selectEvents({ free });
    m_view->toggleEvidence(node);
    QVERIFY(m_doc->node(node)->evidenceEvents.contains(free));
    const QModelIndex supports =
        m_view->model()->index(m_view->model()->rowOf(free), TimelineModel::SupportsColumn);
    QVERIFY(supports.data().toString().contains(m_doc->node(node)->label));
    m_view->toggleEvidence(node);
    QVERIFY(!m_doc->node(node)->evidenceEvents.contains(free));
    QVERIFY(!supports.data().toString().contains(m_doc->node(node)->label));
}

void TestTimelineView::filterShowsCounts()
{
    TimelineFilter filter;
    filter.kind = EventKind::Deploy;
    m_view->proxy()->setFilter(filter);
    int deploys = 0;
    for (const TimelineEvent &e : m_doc->events())
        deploys += e.kind == EventKind::Deploy;
    QVERIFY(deploys > 0);
    QCOMPARE(m_view->proxy()->rowCount(), deploys);
    // Through the filter bar, as typed (it waits for a pause in typing).
    QSignalSpy changed(m_view->filterBar(), &TimelineFilterBar::filterChanged);
    m_view->filterBar()->findChild<QLineEdit *>()->setText(QStringLiteral("ROLLBACK"));
    QVERIFY(changed.wait(2000));
    QVERIFY(m_view->proxy()->rowCount() >= 2);
    for (int row = 0; row < m_view->proxy()->rowCount(); ++row) {
        const QString text = m_view->proxy()->index(row, TimelineModel::TextColumn).data().toString() +
            m_view->proxy()->index(row, TimelineModel::TagsColumn).data().toString();
        QVERIFY2(text.contains(QLatin1String("rollback"), Qt::CaseInsensitive), qPrintable(text));
    }
}

void TestTimelineView::timeRangeStartsWithTheWholeTimeline()
{
    QSignalSpy changed(m_view->filterBar(), &TimelineFilterBar::filterChanged);
    auto *range = m_view->filterBar()->findChild<QToolButton *>();
    QVERIFY(range);
    range->setChecked(true);
    QVERIFY(changed.wait(2000));
    const TimelineFilter filter = m_view->filterBar()->filter();
    QVERIFY(filter.from.isValid() && filter.to.isValid());
    QCOMPARE(m_view->proxy()->rowCount(), m_doc->events().size());
}

void TestTimelineView::copyAsText()
{
    const TimelineEvent &e = m_doc->events().at(6);
    m_view->selectEvents({ e.id });
    m_view->copySelected();
    const QStringList lines = QApplication::clipboard()->text().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QLatin1String("Time (Europe/Berlin)\tKind\tActor\tWhat happened")));
    QVERIFY(lines.at(1).contains(e.text.left(40)));
}

void TestTimelineView::pasteChat()
{
    const int before = m_doc->events().size();
    const int added = m_view->pasteChat(QStringLiteral("[10:31] Jonas: declaring SEV2\n"
                                                       "[10:32] Priya: schema is half migrated\n"
                                                       "  fulfilment_events exists, the column is empty"));
    QCOMPARE(added, 2);
    QCOMPARE(m_doc->events().size(), before + 2);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const TimelineEvent &last = m_doc->events().last();
    QCOMPARE(last.actor, QStringLiteral("Priya"));
    QVERIFY(last.text.contains(QLatin1String("column is empty")));
    QCOMPARE(last.source.type, SourceType::Pasted);
    QCOMPARE(last.time.toRfc3339(), QStringLiteral("2026-04-14T10:32:00+02:00"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->events().size(), before);
}

void TestTimelineView::timesFollowTheDisplay()
{
    TimelineModel *model = m_view->model();
    const int row = 6; // the trigger in the sample
    QVERIFY(m_doc->events().at(row).flags.testFlag(EventFlag::Trigger));
    m_view->setTimeDisplay(TimeDisplay::Utc);
    QVERIFY(model->index(row, TimelineModel::TimeColumn).data().toString().endsWith(QLatin1String(" UTC")));
    QCOMPARE(model->headerData(TimelineModel::TimeColumn, Qt::Horizontal).toString(),
        QStringLiteral("Time (UTC)"));
    m_view->setTimeDisplay(TimeDisplay::SinceTrigger);
    QCOMPARE(model->index(row, TimelineModel::TimeColumn).data().toString(), QStringLiteral("T+00:00:00"));
    QVERIFY(model->index(row + 3, TimelineModel::TimeColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("T+00:10:0")));
    QVERIFY(model->index(0, TimelineModel::TimeColumn).data().toString().startsWith(QLatin1String("T-")));
}

void TestTimelineView::proxyIsAValidModel()
{
    QAbstractItemModelTester tester(m_view->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    TimelineFilter filter;
    filter.text = QStringLiteral("migration");
    m_view->proxy()->setFilter(filter);
    m_doc->removeEvents({ m_doc->events().at(8).id });
    m_doc->undoStack()->undo();
    m_view->pasteChat(QStringLiteral("[10:40] Ana: migration finished by hand"));
    m_doc->undoStack()->undo();
    m_view->proxy()->setFilter(TimelineFilter());
    QCOMPARE(m_view->proxy()->rowCount(), m_doc->events().size());
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
