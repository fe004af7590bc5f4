// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace causeway {

class Document;
class TimelineModel;

/// The timeline: a sortable, filterable table of the document's events.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(Document *document, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    TimelineModel *model() const { return m_model; }
    QVector<EventId> selectedEvents() const;

    /// Adds an event one minute after the last one (or now), and starts editing its text.
    void addEvent();
    void deleteSelected();

private:
    void updateCount();

    Document *m_document;
    TimelineModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_count;
};

} // namespace causeway
