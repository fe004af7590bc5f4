// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinefilter.h"

#include <QSortFilterProxyModel>

namespace causeway {

class TimelineModel;

/// Sorts the timeline and shows the events that match a TimelineFilter.
class TimelineFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TimelineFilterProxy(TimelineModel *source, QObject *parent = nullptr);

    void setFilter(const TimelineFilter &filter);
    const TimelineFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    TimelineModel *m_source;
    TimelineFilter m_filter;
};

} // namespace causeway
