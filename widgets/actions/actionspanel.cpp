// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionspanel.h"

#include "actionsdelegate.h"
#include "actionsfilterproxy.h"
#include "actionsmodel.h"
#include "checklistpopup.h"
#include "coveragemodel.h"
#include "document.h"
#include "labels.h"
#include "theme/theme.h"
#include "theme/themecolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace causeway {

ActionsPanel::ActionsPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ActionsModel(document, this))
    , m_proxy(new ActionsFilterProxy(this))
    , m_coverage(new CoverageModel(document, this))
{
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createTablePage(), tr("Actions"));
    m_tabs->addTab(createMatrixPage(), tr("Coverage of causes"));
    layout->addWidget(m_tabs);

    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &ActionsPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActionsPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActionsPanel::updateSummary);
    connect(m_coverage, &QAbstractItemModel::modelReset, this, &ActionsPanel::updateSummary);
    connect(m_coverage, &QAbstractItemModel::dataChanged, this, &ActionsPanel::updateSummary);
    connect(document, &Document::personAdded, this, &ActionsPanel::updateOwnerFilter);
    connect(document, &Document::personRemoved, this, &ActionsPanel::updateOwnerFilter);
    connect(document, &Document::personChanged, this, &ActionsPanel::updateOwnerFilter);
    connect(document, &Document::actionChanged, this, &ActionsPanel::updateOwnerFilter);
    connect(document, &Document::actionAdded, this, &ActionsPanel::updateOwnerFilter);
    updateOwnerFilter();
    // The summary's warning colour is worked out for the palette: again after a theme switch.
    theme::followPalette(this, [this] { updateSummary(); });
}

QWidget *ActionsPanel::createTablePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *bar = new QHBoxLayout;
    auto *add = new QToolButton(page);
    add->setText(tr("Add Action"));
    add->setToolTip(tr("Add a corrective action (Insert)"));
    add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(add, &QToolButton::clicked, this, &ActionsPanel::addAction);
    auto *remove = new QToolButton(page);
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove the selected actions (Delete)"));
    connect(remove, &QToolButton::clicked, this, &ActionsPanel::removeSelected);
    m_filterText = new QLineEdit(page);
    m_filterText->setPlaceholderText(tr("Filter actions"));
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setAccessibleName(tr("Filter actions by text"));
    connect(m_filterText, &QLineEdit::textChanged, m_proxy, &ActionsFilterProxy::setText);
    m_statusFilter = new QComboBox(page);
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_statusFilter->addItem(tr("Any status"), -1);
    m_statusFilter->addItem(tr("Not finished"), -2);
    for (int i = 0; i < 4; ++i)
        m_statusFilter->addItem(label(ActionStatus(i)), i);
    connect(m_statusFilter, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
        const int status = m_statusFilter->currentData().toInt();
        m_proxy->setUnfinishedOnly(status == -2);
        m_proxy->setStatus(status >= 0 ? status : -1);
    });
    m_ownerFilter = new QComboBox(page);
    m_ownerFilter->setAccessibleName(tr("Filter by owner"));
    m_ownerFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_ownerFilter, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
        [this] { m_proxy->setOwnerKey(m_ownerFilter->currentData().toString()); });
    m_overdueOnly = new QCheckBox(tr("Overdue only"), page);
    connect(m_overdueOnly, &QCheckBox::toggled, m_proxy, &ActionsFilterProxy::setOverdueOnly);
    m_summary = new QLabel(page);
    bar->addWidget(add);
    bar->addWidget(remove);
    bar->addSpacing(12);
    bar->addWidget(m_filterText, 1);
    bar->addWidget(m_statusFilter);
    bar->addWidget(m_ownerFilter);
    bar->addWidget(m_overdueOnly);
    bar->addSpacing(12);
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("actionsTable"));
    m_table->setAccessibleName(tr("Corrective actions"));
    m_table->setModel(m_proxy);
    auto *delegate = new ActionsDelegate(m_document, m_table);
    m_table->setItemDelegate(delegate);
    connect(delegate, &ActionsDelegate::linkActivated, this,
        [](const QString &url) { QDesktopServices::openUrl(QUrl(url)); });
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // document order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
        QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ActionsModel::TitleColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(48);
    header->resizeSection(ActionsModel::OwnerColumn, 130);
    header->resizeSection(ActionsModel::DueColumn, 118);
    header->resizeSection(ActionsModel::PriorityColumn, 62);
    header->resizeSection(ActionsModel::TypeColumn, 72);
    header->resizeSection(ActionsModel::NatureColumn, 72);
    header->resizeSection(ActionsModel::StatusColumn, 92);
    header->resizeSection(ActionsModel::TrackerColumn, 88);
    header->resizeSection(ActionsModel::AddressesColumn, 180);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == ActionsModel::AddressesColumn)
            chooseNodes(index.row());
    });
    layout->addWidget(m_table);
    return page;
}

QWidget *ActionsPanel::createMatrixPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    m_coverageSummary = new QLabel(page);
    m_coverageSummary->setWordWrap(true);
    layout->addWidget(m_coverageSummary);
    m_matrix = new QTableView(page);
    m_matrix->setObjectName(QStringLiteral("coverageMatrix"));
    m_matrix->setAccessibleName(tr("Coverage of causes by corrective actions"));
    m_matrix->setModel(m_coverage);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrix->horizontalHeader()->setDefaultSectionSize(44);
    m_matrix->horizontalHeader()->setSectionResizeMode(
        CoverageModel::CoverageColumn, QHeaderView::ResizeToContents);
    // One line per cause (labels are elided): fixed heights keep large matrices quick to lay out.
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrix->verticalHeader()->setDefaultSectionSize(m_matrix->fontMetrics().height() + 8);
    m_matrix->verticalHeader()->setMaximumWidth(520);
    m_matrix->setShowGrid(true);
    connect(m_matrix, &QTableView::clicked, this,
        [this](const QModelIndex &index) { m_coverage->toggle(index); });
    m_matrix->installEventFilter(this);
    layout->addWidget(m_matrix);
    return page;
}

void ActionsPanel::addAction()
{
    m_tabs->setCurrentIndex(0);
    // Show the new row even when a filter would hide it.
    m_filterText->clear();
    m_statusFilter->setCurrentIndex(0);
    m_ownerFilter->setCurrentIndex(0);
    m_overdueOnly->setChecked(false);
    const int row = m_model->addAction();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ActionsModel::TitleColumn));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus();
    m_table->edit(index);
}

void ActionsPanel::removeSelected()
{
    QVector<ActionId> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << m_model->actionAt(m_proxy->mapToSource(index).row());
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids << m_model->actionAt(m_proxy->mapToSource(m_table->currentIndex()).row());
    m_document->removeActions(ids);
}

void ActionsPanel::chooseNodes(int proxyRow)
{
    const QModelIndex cell = m_proxy->index(proxyRow, ActionsModel::AddressesColumn);
    const ActionId id = m_model->actionAt(m_proxy->mapToSource(cell).row());
    const CorrectiveAction *action = m_document->action(id);
    if (!action)
        return;
    // Causes first: outcomes are what actions protect, not what they address.
    QVector<CheckListPopup::Entry> entries;
    for (NodeType type : { NodeType::Condition, NodeType::Defence, NodeType::WarningSign, NodeType::Trigger,
             NodeType::Unknown, NodeType::Outcome }) {
        for (const CausalNode &n : m_document->nodes()) {
            if (n.type == type)
                entries.append({ n.id.value, QStringLiteral("%1 · %2").arg(label(n.type), n.label) });
        }
    }
    QVector<quint64> checked;
    for (NodeId n : action->addresses)
        checked.append(n.value);
    auto *popup = new CheckListPopup(tr("Causes this action addresses"), entries, checked, this);
    connect(popup, &CheckListPopup::chosen, this, [this, id](const QVector<quint64> &nodes) {
        const int row = m_model->rowOf(id);
        QVariantList list;
        for (quint64 n : nodes)
            list << n;
        m_model->setData(m_model->index(row, ActionsModel::AddressesColumn), list);
    });
    const QRect rect = m_table->visualRect(cell);
    popup->popup(QRect(m_table->viewport()->mapToGlobal(rect.topLeft()), rect.size()));
}

bool ActionsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_table) { // while a cell is edited, its editor has the keys
            if (key->key() == Qt::Key_Insert) {
                addAction();
                return true;
            }
            if (key == QKeySequence::Delete || key->key() == Qt::Key_Backspace) {
                removeSelected();
                return true;
            }
            const QModelIndex current = m_table->currentIndex();
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_F2) &&
                current.column() == ActionsModel::AddressesColumn) {
                chooseNodes(current.row());
                return true;
            }
        }
        if (watched == m_matrix && key->key() == Qt::Key_Space && m_matrix->currentIndex().isValid()) {
            m_coverage->toggle(m_matrix->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ActionsPanel::updateOwnerFilter()
{
    const QString current = m_ownerFilter->currentData().toString();
    QSignalBlocker blocker(m_ownerFilter);
    m_ownerFilter->clear();
    m_ownerFilter->addItem(tr("Any owner"), QString());
    QStringList freeOwners;
    for (const CorrectiveAction &a : m_document->actions()) {
        if (!a.owner.isValid() && !a.ownerName.isEmpty() && !freeOwners.contains(a.ownerName))
            freeOwners << a.ownerName;
    }
    for (const Person &p : m_document->people())
        m_ownerFilter->addItem(p.name, QStringLiteral("person:%1").arg(p.id.value));
    for (const QString &name : freeOwners)
        m_ownerFilter->addItem(name, QString(QStringLiteral("name:") + name));
    const int index = m_ownerFilter->findData(current);
    m_ownerFilter->setCurrentIndex(index >= 0 ? index : 0);
    m_proxy->setOwnerKey(m_ownerFilter->currentData().toString());
}

void ActionsPanel::updateSummary()
{
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(ActionsModel::OverdueRole).toBool())
            ++overdue;
    }
    const QString alarm = theme::readableOnWindow(QColor(0xb0, 0x1c, 0x1c), palette()).name();
    QString text = countLabel(m_model->rowCount(), tr("1 action"), tr("%1 actions"));
    if (overdue > 0)
        text += QStringLiteral(" · <b style='color:%1'>%2</b>").arg(alarm, tr("%1 overdue").arg(overdue));
    m_summary->setText(text);

    const int uncovered = m_coverage->uncoveredCount();
    m_coverageSummary->setText(uncovered == 0
            ? tr("Every cause that needs one is addressed by an action or accepted as a risk. Click a cell "
                 "to "
                 "link or unlink an action and a cause.")
            : QStringLiteral("<b style='color:%1'>%2</b> %3")
                  .arg(alarm,
                      countLabel(uncovered, tr("1 cause without a corrective action."),
                          tr("%1 causes without a corrective action.")),
                      tr("Click a cell to make an action address a cause; hover a column header for the "
                         "action's title.")));
    m_tabs->setTabText(1,
        uncovered == 0 ? tr("Coverage of causes") : tr("Coverage of causes (%1 uncovered)").arg(uncovered));
}

} // namespace causeway
