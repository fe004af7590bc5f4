// SPDX-License-Identifier: GPL-3.0-or-later
// The corrective actions table and the coverage matrix: each cell edit is one undoable document
// command, overdue marking follows an injected date, sorting and filtering work by value.
#include "actions/actionsfilterproxy.h"
#include "actions/actionsmodel.h"
#include "actions/coveragemodel.h"
#include "document.h"
#include "format/documentfile.h"
#include "format/documentwriter.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace causeway;

class TestActionsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void mirrorsTheDocument();
    void followsAddRemoveUndoRedo();
    void editsAreUndoableCommands_data();
    void editsAreUndoableCommands();
    void invalidEditsAreRefused();
    void ownerTypedAsAPersonsNameBecomesThePerson();
    void overdueFollowsTheInjectedDate();
    void sortsByValue_data();
    void sortsByValue();
    void filters();
    void removeRowsIsOneStep();
    void coverageMatrixShowsAndTogglesAddresses();
    void coverageFlagsUncoveredCauses();

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<ActionsModel> m_model;
    std::unique_ptr<ActionsFilterProxy> m_proxy;
    std::unique_ptr<CoverageModel> m_coverage;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestActionsModel::init()
{
    m_testers.clear();
    m_coverage.reset();
    m_proxy.reset();
    m_model.reset();
    LoadResult loaded = loadDocument(QFINDTESTDATA("../resources/samples/migration-timeout.causeway"));
    QVERIFY(loaded.document);
    m_doc = std::move(loaded.document);
    m_model = std::make_unique<ActionsModel>(m_doc.get());
    m_model->setToday(QDate(2026, 6, 1));
    m_proxy = std::make_unique<ActionsFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_coverage = std::make_unique<CoverageModel>(m_doc.get());
    for (QAbstractItemModel *model :
        std::initializer_list<QAbstractItemModel *> { m_model.get(), m_proxy.get(), m_coverage.get() })
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

void TestActionsModel::mirrorsTheDocument()
{
    QCOMPARE(m_model->rowCount(), m_doc->actions().size());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const CorrectiveAction &a = m_doc->actions().at(row);
        QCOMPARE(m_model->actionAt(row), a.id);
        QCOMPARE(m_model->index(row, ActionsModel::TitleColumn).data().toString(), a.title);
        QCOMPARE(m_model->index(row, ActionsModel::DueColumn).data(Qt::EditRole).toDate(), a.due);
        QCOMPARE(m_model->index(row, ActionsModel::TrackerColumn).data(Qt::EditRole).toString(), a.tracker);
        QCOMPARE(m_model->index(row, ActionsModel::OwnerColumn).data().toString(),
            ActionsModel::ownerText(*m_doc, a));
    }
    // The free-text owner of the sample ("Platform team") is shown as it is.
    QCOMPARE(m_model->index(3, ActionsModel::OwnerColumn).data().toString(), QStringLiteral("Platform team"));
    // Tracker URLs read as their key; the URL is the edit value.
    QCOMPARE(m_model->index(0, ActionsModel::TrackerColumn).data().toString(), QStringLiteral("OPS-1234"));
}

void TestActionsModel::followsAddRemoveUndoRedo()
{
    const int rows = m_model->rowCount();
    const int row = m_model->addAction();
    QCOMPARE(row, rows);
    QCOMPARE(m_model->rowCount(), rows + 1);
    m_doc->removeActions({ m_doc->actions().at(0).id, m_doc->actions().at(2).id });
    QCOMPARE(m_model->rowCount(), rows - 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), rows + 1);
    for (int r = 0; r < m_model->rowCount(); ++r)
        QCOMPARE(m_model->actionAt(r), m_doc->actions().at(r).id);
    m_doc->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), rows);
    m_doc->undoStack()->redo();
    QCOMPARE(m_model->rowCount(), rows + 1);
}

void TestActionsModel::editsAreUndoableCommands_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("title") << int(ActionsModel::TitleColumn)
                           << QVariant(QStringLiteral("Block deploys of slow migrations"))
                           << QStringLiteral("Block deploys of slow migrations");
    QTest::newRow("owner as person") << int(ActionsModel::OwnerColumn) << QVariant::fromValue(PersonId(1))
                                     << QStringLiteral("Amara Okafor");
    QTest::newRow("owner as free text")
        << int(ActionsModel::OwnerColumn) << QVariant(QStringLiteral("Database guild"))
        << QStringLiteral("Database guild");
    QTest::newRow("due") << int(ActionsModel::DueColumn) << QVariant(QDate(2026, 9, 1)) << QString();
    QTest::newRow("no due date") << int(ActionsModel::DueColumn) << QVariant(QDate()) << QString();
    QTest::newRow("priority") << int(ActionsModel::PriorityColumn) << QVariant(int(ActionPriority::P4))
                              << QStringLiteral("P4");
    QTest::newRow("type") << int(ActionsModel::TypeColumn) << QVariant(int(ActionType::Detect))
                          << QStringLiteral("Detect");
    QTest::newRow("nature") << int(ActionsModel::NatureColumn) << QVariant(int(ActionNature::Training))
                            << QStringLiteral("Training");
    QTest::newRow("status") << int(ActionsModel::StatusColumn) << QVariant(int(ActionStatus::WontDo))
                            << QStringLiteral("Won't do");
    QTest::newRow("tracker") << int(ActionsModel::TrackerColumn)
                             << QVariant(QStringLiteral("https://tracker.example.com/OPS-9"))
                             << QStringLiteral("OPS-9");
    QTest::newRow("addresses") << int(ActionsModel::AddressesColumn)
                               << QVariant(QVariantList { quint64(13), quint64(9), quint64(13) })
                               << QString();
}

void TestActionsModel::editsAreUndoableCommands()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, shown);
    const int row = 0;
    const QByteArray before = serializeDocument(*m_doc);
    const int steps = m_doc->undoStack()->count();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    QVERIFY(m_model->setData(m_model->index(row, column), value));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QVERIFY(!changed.isEmpty());
    const QByteArray after = serializeDocument(*m_doc);
    QVERIFY(after != before);
    if (!shown.isEmpty())
        QCOMPARE(m_model->index(row, column).data().toString(), shown);
    const CorrectiveAction &a = *m_doc->action(m_model->actionAt(row));
    if (column == ActionsModel::DueColumn)
        QCOMPARE(a.due, value.toDate());
    if (column == ActionsModel::AddressesColumn)
        QCOMPARE(a.addresses, (QVector<NodeId> { NodeId(9), NodeId(13) }));
    if (column == ActionsModel::OwnerColumn && value.userType() == qMetaTypeId<PersonId>())
        QVERIFY(a.ownerName.isEmpty());

    m_doc->undoStack()->undo();
    QCOMPARE(serializeDocument(*m_doc), before);
    m_doc->undoStack()->redo();
    QCOMPARE(serializeDocument(*m_doc), after);

    // A second edit of the same cell is a step of its own, not merged into the first.
    if (column == ActionsModel::TitleColumn) {
        QVERIFY(m_model->setData(m_model->index(row, column), QStringLiteral("Another title")));
        QCOMPARE(m_doc->undoStack()->count(), steps + 2);
    }
}

void TestActionsModel::invalidEditsAreRefused()
{
    const QByteArray before = serializeDocument(*m_doc);
    QVERIFY(!m_model->setData(m_model->index(0, ActionsModel::PriorityColumn), 9));
    QVERIFY(!m_model->setData(m_model->index(0, ActionsModel::StatusColumn), QStringLiteral("later")));
    QVERIFY(!m_model->setData(
        m_model->index(0, ActionsModel::TitleColumn), QStringLiteral("x"), Qt::DisplayRole));
    QVERIFY(
        !m_model->setData(m_model->index(0, ActionsModel::OwnerColumn), QVariant::fromValue(PersonId(99))));
    QCOMPARE(serializeDocument(*m_doc), before);
}

void TestActionsModel::ownerTypedAsAPersonsNameBecomesThePerson()
{
    QVERIFY(
        m_model->setData(m_model->index(3, ActionsModel::OwnerColumn), QStringLiteral("sofia lindqvist")));
    const CorrectiveAction &a = *m_doc->action(m_model->actionAt(3));
    QCOMPARE(a.owner, PersonId(5));
    QVERIFY(a.ownerName.isEmpty());
}

void TestActionsModel::overdueFollowsTheInjectedDate()
{
    auto overdueRows = [this] {
        QVector<int> rows;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->index(r, 0).data(ActionsModel::OverdueRole).toBool())
                rows << r;
        }
        return rows;
    };
    // Due dates in the sample: 05-29 (in progress), 06-30, 04-24 (done), 07-15, 05-08 (done),
    // 05-29 (open), 06-12, 07-31.
    m_model->setToday(QDate(2026, 4, 1));
    QCOMPARE(overdueRows(), QVector<int> {});
    m_model->setToday(QDate(2026, 6, 1));
    QCOMPARE(overdueRows(), (QVector<int> { 0, 5 }));
    const QModelIndex due = m_model->index(0, ActionsModel::DueColumn);
    QVERIFY(!due.data(Qt::DecorationRole).isNull());
    QCOMPARE(due.data(Qt::ForegroundRole).value<QColor>(), QColor(0xb0, 0x1c, 0x1c));
    QVERIFY(m_model->index(1, ActionsModel::DueColumn).data(Qt::DecorationRole).isNull());
    m_model->setToday(QDate(2026, 8, 1));
    QCOMPARE(overdueRows(), (QVector<int> { 0, 1, 3, 5, 6, 7 }));

    // Finishing an action clears its mark, and undo brings it back.
    QVERIFY(m_model->setData(m_model->index(0, ActionsModel::StatusColumn), int(ActionStatus::Done)));
    QVERIFY(!m_model->index(0, 0).data(ActionsModel::OverdueRole).toBool());
    m_doc->undoStack()->undo();
    QVERIFY(m_model->index(0, 0).data(ActionsModel::OverdueRole).toBool());
}

void TestActionsModel::sortsByValue_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVector<quint64>>("ascending");
    // Due dates sort as dates (not as the text "29 May 2026"), undated last.
    QTest::newRow("due") << int(ActionsModel::DueColumn) << QVector<quint64> { 3, 5, 1, 6, 7, 2, 4, 8 };
    // Priorities by rank, then document order.
    QTest::newRow("priority") << int(ActionsModel::PriorityColumn)
                              << QVector<quint64> { 1, 2, 3, 4, 5, 6, 7, 8 };
}

void TestActionsModel::sortsByValue()
{
    QFETCH(int, column);
    QFETCH(QVector<quint64>, ascending);
    if (column == ActionsModel::DueColumn) {
        // Make one undated: it must come last.
        QVERIFY(m_model->setData(m_model->index(7, ActionsModel::DueColumn), QDate()));
    }
    m_proxy->sort(column, Qt::AscendingOrder);
    QVector<quint64> ids;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        ids << m_proxy->index(r, 0).data(ActionsModel::ActionIdRole).toULongLong();
    QCOMPARE(ids, ascending);
}

void TestActionsModel::filters()
{
    auto ids = [this] {
        QVector<quint64> result;
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            result << m_proxy->index(r, 0).data(ActionsModel::ActionIdRole).toULongLong();
        return result;
    };
    m_proxy->setText(QStringLiteral("canary"));
    QCOMPARE(ids(), QVector<quint64> { 4 });
    m_proxy->setText(QStringLiteral("OPS-1238")); // the tracker link
    QCOMPARE(ids(), QVector<quint64> { 5 });
    m_proxy->setText(QStringLiteral("mateo")); // the owner's name
    QCOMPARE(ids(), (QVector<quint64> { 2, 3 }));
    m_proxy->setText(QString());

    m_proxy->setStatus(int(ActionStatus::Done));
    QCOMPARE(ids(), (QVector<quint64> { 3, 5 }));
    m_proxy->setStatus(-1);
    m_proxy->setUnfinishedOnly(true);
    QCOMPARE(ids(), (QVector<quint64> { 1, 2, 4, 6, 7, 8 }));
    m_proxy->setUnfinishedOnly(false);

    m_proxy->setOwnerKey(QStringLiteral("person:4"));
    QCOMPARE(ids(), (QVector<quint64> { 2, 3 }));
    m_proxy->setOwnerKey(QStringLiteral("name:Platform team"));
    QCOMPARE(ids(), QVector<quint64> { 4 });
    m_proxy->setOwnerKey(QString());

    m_proxy->setOverdueOnly(true);
    QCOMPARE(ids(), (QVector<quint64> { 1, 6 })); // today is 2026-06-01
    // An edit that makes an action overdue shows it at once.
    QVERIFY(m_model->setData(m_model->index(1, ActionsModel::DueColumn), QDate(2026, 5, 2)));
    QCOMPARE(ids(), (QVector<quint64> { 1, 2, 6 }));
    m_doc->undoStack()->undo();
    QCOMPARE(ids(), (QVector<quint64> { 1, 6 }));
}

void TestActionsModel::removeRowsIsOneStep()
{
    const int steps = m_doc->undoStack()->count();
    const ActionId first = m_model->actionAt(0);
    QVERIFY(m_model->removeRows(0, 3));
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    // The "different engineer" answer no longer lists the removed actions.
    QVERIFY(!m_doc->answers().first().actions.contains(first));
    m_doc->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 8);
    QVERIFY(m_doc->answers().first().actions.contains(first));
}

void TestActionsModel::coverageMatrixShowsAndTogglesAddresses()
{
    // Rows: every node except outcomes; columns: coverage, then one per action.
    QCOMPARE(m_coverage->rowCount(), m_doc->nodes().size() - 1);
    QCOMPARE(m_coverage->columnCount(), 1 + m_doc->actions().size());
    const int row = m_coverage->rowOf(NodeId(13));
    const int column = m_coverage->columnOf(ActionId(7));
    QVERIFY(row >= 0 && column >= 1);
    const QModelIndex cell = m_coverage->index(row, column);
    QVERIFY(cell.data(CoverageModel::AddressesRole).toBool());
    QVERIFY(!m_coverage->index(row, m_coverage->columnOf(ActionId(1)))
                 .data(CoverageModel::AddressesRole)
                 .toBool());

    const int steps = m_doc->undoStack()->count();
    QVERIFY(m_coverage->toggle(cell));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QVERIFY(!m_doc->action(ActionId(7))->addresses.contains(NodeId(13)));
    QVERIFY(!m_coverage->index(row, column).data(CoverageModel::AddressesRole).toBool());
    // The actions table shows the same change.
    QVERIFY(m_model->index(m_model->rowOf(ActionId(7)), ActionsModel::AddressesColumn)
                .data()
                .toString()
                .isEmpty());
    m_doc->undoStack()->undo();
    QVERIFY(m_coverage->index(row, column).data(CoverageModel::AddressesRole).toBool());
    // The coverage column cannot be toggled.
    QVERIFY(!m_coverage->toggle(m_coverage->index(row, CoverageModel::CoverageColumn)));
}

void TestActionsModel::coverageFlagsUncoveredCauses()
{
    // In the sample every cause is addressed or accepted as a risk.
    QCOMPARE(m_coverage->uncoveredCount(), 0);
    const int row = m_coverage->rowOf(NodeId(13)); // a warning sign addressed only by action 7
    QVERIFY(!m_coverage->index(row, 0).data(CoverageModel::NeedsActionRole).toBool());
    QVERIFY(m_coverage->toggle(m_coverage->index(row, m_coverage->columnOf(ActionId(7)))));
    QCOMPARE(m_coverage->uncoveredCount(), 1);
    QVERIFY(m_coverage->index(row, 0).data(CoverageModel::NeedsActionRole).toBool());
    QVERIFY(m_coverage->index(row, 0).data(Qt::BackgroundRole).isValid());
    // A held defence needs no action; a new condition does, until one addresses it.
    CausalNode condition;
    condition.type = NodeType::Condition;
    condition.label = QStringLiteral("No lock timeout on migrations");
    const NodeId added = m_doc->add(condition);
    QCOMPARE(m_coverage->uncoveredCount(), 2);
    QVERIFY(m_coverage->setData(m_coverage->index(m_coverage->rowOf(added), 1), true));
    QCOMPARE(m_coverage->uncoveredCount(), 1);
    QVERIFY(
        !m_coverage->index(m_coverage->rowOf(NodeId(12)), 0).data(CoverageModel::NeedsActionRole).toBool());
}

QTEST_MAIN(TestActionsModel)
#include "tst_actionsmodel.moc"
