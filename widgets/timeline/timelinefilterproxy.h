// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinefilter.h"

#include <QAbstractProxyModel>
#include <QPersistentModelIndex>
#include <QVector>

namespace causeway {

class TimelineModel;

/**
 * Sorts the timeline and shows the events that match a TimelineFilter.
 *
 * Built for a million events: it keeps every source row in sort order and, separately, the rows
 * that pass the filter in that order. A filter change only re-runs the filter over the sorted
 * rows; it never re-sorts. Equal sort keys keep document order, in either direction.
 */
class TimelineFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit TimelineFilterProxy(TimelineModel *source, QObject *parent = nullptr);

    void setFilter(const TimelineFilter &filter);
    const TimelineFilter &filter() const { return m_filter; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    bool accepts(int sourceRow) const;
    void ensureSearchText();
    bool lessThan(int leftRow, int rightRow) const;
    QString textKey(int sourceRow) const;
    void sortAll();
    void filterAll();
    void rebuildVisible();
    void beginRelayout(QAbstractItemModel::LayoutChangeHint hint = QAbstractItemModel::NoLayoutChangeHint);
    void endRelayout();

    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onRowsRemoved(int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QVector<int> &roles);
    void onRowChanged(int sourceRow);

    TimelineModel *m_source;
    TimelineFilter m_filter;
    TimelineSearchText::Needle m_needle { QString() }; // m_filter.text, prepared
    // The searched text of every source row, kept in step with the source rows (before the rows
    // are filtered again). About 100 bytes an event; it makes a keystroke over a million events
    // take tens of milliseconds instead of most of a second.
    TimelineSearchText m_search;
    bool m_searchBuilt = false;
    int m_sortColumn = -1; // -1: document order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    QVector<int> m_sorted; // every source row, in sort order
    QVector<char> m_accepted; // per source row: passes the filter
    QVector<int> m_visible; // proxy row → source row: the accepted rows of m_sorted, in order
    QVector<int> m_proxyRowOf; // source row → proxy row, -1 when filtered out

    // Between layoutAboutToBeChanged and layoutChanged: the persistent indexes and their events.
    QModelIndexList m_relayoutFrom;
    QVector<int> m_relayoutSourceRows;
    QVector<QPersistentModelIndex> m_relayoutSource; // only across a source layout change
    QAbstractItemModel::LayoutChangeHint m_relayoutHint = QAbstractItemModel::NoLayoutChangeHint;
    enum class Removal { None, Rows, Layout } m_removal = Removal::None;
};

} // namespace causeway
