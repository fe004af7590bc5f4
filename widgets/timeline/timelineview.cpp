// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "document.h"
#include "timelinemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace causeway {

TimelineView::TimelineView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new TimelineModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TimelineModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TimelineModel::TimeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->resizeColumnsToContents();
    // Long texts would make the table scroll sideways: the text column gets a reading width and the
    // full text is in the cell's tooltip and editor.
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TimelineModel::TextColumn, 520);
    m_table->setAccessibleName(tr("Timeline"));

    m_filter->setPlaceholderText(tr("Filter events…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });

    auto *deleteAction = new QAction(tr("Delete Events"), this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteAction, &QAction::triggered, this, &TimelineView::deleteSelected);
    m_table->addAction(deleteAction);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::updateCount);
    updateCount();
}

void TimelineView::updateCount()
{
    m_count->setText(tr("%1 / %2 events").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

QVector<EventId> TimelineView::selectedEvents() const
{
    QVector<EventId> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(TimelineModel::EventIdRole).value<EventId>());
    return ids;
}

void TimelineView::addEvent()
{
    TimelineEvent e;
    const QVector<TimelineEvent> &events = m_document->events();
    if (events.isEmpty()) {
        e.time = Instant::fromDateTime(QDateTime::currentDateTimeUtc());
    } else {
        const Instant &last =
            std::max_element(events.cbegin(), events.cend(), [](const auto &a, const auto &b) {
                return a.time < b.time;
            })->time;
        e.time = Instant::fromUtcMicroseconds(last.utcMicroseconds() + 60 * 1000000LL, last.offsetSeconds());
    }
    e.kind = EventKind::Observation;
    e.source.type = SourceType::Typed;
    const EventId id = m_document->add(e);
    const QModelIndex source = m_model->index(m_model->rowOf(id), TimelineModel::TextColumn);
    const QModelIndex shown = m_proxy->mapFromSource(source);
    m_table->setCurrentIndex(shown);
    m_table->edit(shown);
}

void TimelineView::deleteSelected()
{
    m_document->removeEvents(selectedEvents());
}

} // namespace causeway
