// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline table mirrors the document through every edit, undo and redo, and obeys the item
// model contract (QAbstractItemModelTester); its edits are undoable document commands.
#include "document.h"
#include "format/documentfile.h"
#include "timeline/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace causeway;

class TestTimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void mirrorsTheDocument();
    void followsEditsUndoAndRedo();
    void followsABulkImportAndItsUndo();
    void cellEditsAreCommands_data();
    void cellEditsAreCommands();
    void invalidTimeIsRefused();
    void timesSayTheirZone();

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<TimelineModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTimelineModel::init()
{
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    m_tester.reset();
    m_model.reset();
    m_doc = std::move(loaded.document);
    m_model = std::make_unique<TimelineModel>(m_doc.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTimelineModel::mirrorsTheDocument()
{
    QCOMPARE(m_model->rowCount(), m_doc->events().size());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TimelineEvent &e = m_doc->events().at(row);
        QCOMPARE(m_model->eventAt(row), e.id);
        QCOMPARE(m_model->index(row, TimelineModel::TextColumn).data().toString(), e.text);
        QCOMPARE(m_model->index(row, TimelineModel::ActorColumn).data().toString(), m_doc->actorName(e));
    }
}

void TestTimelineModel::followsEditsUndoAndRedo()
{
    const int rows = m_model->rowCount();
    TimelineEvent e;
    e.time = Instant::parseRfc3339(QStringLiteral("2026-04-14T10:30:00+02:00"));
    e.text = QStringLiteral("status page updated");
    const EventId id = m_doc->add(e);
    QCOMPARE(m_model->rowCount(), rows + 1);
    QCOMPARE(m_model->eventAt(rows), id);

    m_doc->removeEvents({ m_doc->events().at(0).id, m_doc->events().at(4).id });
    QCOMPARE(m_model->rowCount(), rows - 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), rows + 1);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->eventAt(row), m_doc->events().at(row).id);
    m_doc->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), rows);
    m_doc->undoStack()->redo();
    m_doc->undoStack()->redo();
    QCOMPARE(m_model->rowCount(), rows - 1);
}

void TestTimelineModel::followsABulkImportAndItsUndo()
{
    const int rows = m_model->rowCount();
    QVector<TimelineEvent> events;
    for (int i = 0; i < 500; ++i) {
        TimelineEvent e;
        e.time = Instant::fromUtcMicroseconds(1776154385000000 + qint64(i) * 250000);
        e.actor = QStringLiteral("orders-api@k8s-node-7");
        e.text = QStringLiteral("HTTP 500 GET /api/orders/%1").arg(10400 + i);
        e.source = { SourceType::Imported, QStringLiteral("journald"), QStringLiteral("orders-api.json"),
            i + 1 };
        events.append(e);
    }
    auto mirrors = [this] {
        if (m_model->rowCount() != m_doc->events().size())
            return false;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const TimelineEvent &e = m_doc->events().at(row);
            if (m_model->eventAt(row) != e.id ||
                m_model->index(row, TimelineModel::TextColumn).data().toString() != e.text)
                return false;
        }
        return true;
    };
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    // One import is one insertion of 500 rows at the end, not 500 insertions.
    m_doc->appendEvents(events, QStringLiteral("Import 500 Events from orders-api.json"));
    QCOMPARE(m_model->rowCount(), rows + 500);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), rows);
    QCOMPARE(inserted.at(0).at(2).toInt(), rows + 499);
    QVERIFY(mirrors());
    QCOMPARE(m_model->index(rows + 499, TimelineModel::ActorColumn).data().toString(),
        QStringLiteral("orders-api@k8s-node-7"));

    // An edit on top, then both undone and redone.
    const EventId lastImported = m_model->eventAt(rows + 499);
    m_doc->removeEvents({ m_doc->events().at(0).id, lastImported });
    QCOMPARE(m_model->rowCount(), rows + 498);
    m_doc->undoStack()->undo();
    QVERIFY(mirrors());
    m_doc->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(removed.count(), 3); // two single removals, then the import in one go
    QCOMPARE(removed.last().at(1).toInt(), rows);
    QCOMPARE(removed.last().at(2).toInt(), rows + 499);
    QVERIFY(mirrors());

    m_doc->undoStack()->redo();
    QCOMPARE(m_model->rowCount(), rows + 500);
    QVERIFY(mirrors());
    m_doc->undoStack()->redo();
    QCOMPARE(m_model->rowCount(), rows + 498);
    QVERIFY(mirrors());
    QVERIFY(m_model->rowOf(lastImported) < 0);
}

void TestTimelineModel::cellEditsAreCommands_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");
    QTest::newRow("text") << int(TimelineModel::TextColumn) << QStringLiteral("rollback begun")
                          << QStringLiteral("rollback begun");
    QTest::newRow("tags") << int(TimelineModel::TagsColumn) << QStringLiteral(" db , deploy,, ")
                          << QStringLiteral("db, deploy");
    QTest::newRow("system actor") << int(TimelineModel::ActorColumn) << QStringLiteral("deploy-bot")
                                  << QStringLiteral("deploy-bot");
    QTest::newRow("time") << int(TimelineModel::TimeColumn) << QStringLiteral("2026-04-14T08:00:00Z")
                          << QStringLiteral("2026-04-14 10:00:00 CEST");
}

void TestTimelineModel::cellEditsAreCommands()
{
    QFETCH(int, column);
    QFETCH(QString, input);
    QFETCH(QString, shown);
    const QModelIndex index = m_model->index(2, column);
    const QString before = index.data().toString();
    QVERIFY(m_model->flags(index).testFlag(Qt::ItemIsEditable));
    QVERIFY(m_model->setData(index, input));
    QCOMPARE(index.data().toString(), shown);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(index.data().toString(), before);
}

void TestTimelineModel::invalidTimeIsRefused()
{
    const QModelIndex index = m_model->index(0, TimelineModel::TimeColumn);
    QVERIFY(!m_model->setData(index, QStringLiteral("noon")));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestTimelineModel::timesSayTheirZone()
{
    QCOMPARE(m_doc->incident().zone, QStringLiteral("Europe/Berlin"));
    QVERIFY(m_model->headerData(TimelineModel::TimeColumn, Qt::Horizontal)
                .toString()
                .contains(QLatin1String("Europe/Berlin")));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString shown = m_model->index(row, TimelineModel::TimeColumn).data().toString();
        QVERIFY2(shown.endsWith(QLatin1String(" CEST")) || shown.endsWith(QLatin1String(" CET")),
            qPrintable(shown));
    }
    Incident i = m_doc->incident();
    i.zone = QStringLiteral("UTC");
    m_doc->changeIncident(i);
    QVERIFY(m_model->index(0, TimelineModel::TimeColumn).data().toString().endsWith(QLatin1String(" UTC")));
}

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
