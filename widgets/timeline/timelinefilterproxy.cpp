// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinefilterproxy.h"

#include "timelinemodel.h"

namespace causeway {

TimelineFilterProxy::TimelineFilterProxy(TimelineModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(TimelineModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Row edits re-check the filter and the sort, so an edited event moves to its place.
    setDynamicSortFilter(true);
}

void TimelineFilterProxy::setFilter(const TimelineFilter &filter)
{
    m_filter = filter;
    // invalidate() re-filters as one layout change; invalidateFilter() would remove and insert rows
    // range by range, which takes seconds when a keystroke hides half of a million scattered rows.
    invalidate();
}

bool TimelineFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_filter.isEmpty())
        return true;
    // Straight to the document (the model's rows are the document's order): going through data()
    // would build strings for every cell of a million rows on every keystroke.
    const Document *document = m_source->document();
    if (!document || sourceRow >= document->events().size())
        return false;
    return m_filter.matches(document->events().at(sourceRow), *document);
}

bool TimelineFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The time column, the one sorted nearly always, compares the events directly: through data()
    // and QVariant it would take seconds for a million rows.
    const Document *document = m_source->document();
    if (left.column() == TimelineModel::TimeColumn && document) {
        const QVector<TimelineEvent> &events = document->events();
        const qint64 x = events.at(left.row()).time.utcMicroseconds();
        const qint64 y = events.at(right.row()).time.utcMicroseconds();
        // Equal times keep document order, so events typed in order stay in order.
        return x != y ? x < y : left.row() < right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace causeway
