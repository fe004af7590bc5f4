// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimeZone>

namespace causeway {

/**
 * The timeline as a table: an adapter that mirrors the document's events in document order and
 * turns the document's id-based signals into row signals. Edits made in the table become
 * document commands; the model itself never changes data.
 */
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        KindColumn,
        ActorColumn,
        TextColumn,
        TagsColumn,
        SourceColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Role { EventIdRole = Qt::UserRole + 1, SortRole };

    explicit TimelineModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    EventId eventAt(int row) const;
    int rowOf(EventId id) const;

private:
    void onEventAdded(EventId id);
    void onEventAboutToBeRemoved(EventId id);
    void onEventRemoved(EventId id);
    void onEventChanged(EventId id);
    QString formatTime(const Instant &instant) const;

    QPointer<Document> m_document;
    QVector<EventId> m_rows; // mirrors the document's order
    QTimeZone m_zone;
};

} // namespace causeway
