// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>

namespace causeway {

/**
 * The corrective actions as a table: an adapter over the document's actions in document order.
 * Every cell edit (setData) is one undoable document command; the model never changes data
 * itself. "Overdue" is judged against today(), which tests set to a fixed date.
 */
class ActionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        OwnerColumn,
        DueColumn,
        PriorityColumn,
        TypeColumn,
        NatureColumn,
        StatusColumn,
        TrackerColumn,
        AddressesColumn,
        ColumnCount
    };
    enum Role {
        ActionIdRole = Qt::UserRole + 1, ///< the action's id (quint64), on every column
        SortRole, ///< dates, priorities and enums sort by value, empty dates last
        OverdueRole, ///< bool, on every column
        OwnerKeyRole, ///< "person:<id>" or "name:<text>" or "" (for the owner filter)
        StatusRole, ///< the ActionStatus as int, on every column
        NodeIdsRole, ///< the addressed node ids as a QVariantList of quint64 (AddressesColumn)
    };

    explicit ActionsModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /**
     * Owner: a PersonId (as QVariant) or a QString (free text; matched to a person by name).
     * Due: a QDate (invalid clears it). Priority, type, nature, status: the enum as int.
     * Addresses: a QVariantList of node ids (quint64). Title, tracker: text.
     */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

    Document *document() const { return m_document; }
    ActionId actionAt(int row) const;
    int rowOf(ActionId id) const;
    /// Adds an empty action (one undo step) and returns its row.
    int addAction();

    QDate today() const { return m_today; }
    void setToday(const QDate &today);

    /// The owner's display text: the person's name, or the free-text owner.
    static QString ownerText(const Document &doc, const CorrectiveAction &action);
    /// The tracker link as shown: the last part of a URL ("OPS-1234"), else the text itself.
    static QString trackerText(const QString &tracker);
    /// "#3" or the first words of the node's label, for the addresses column.
    static QString nodesText(const Document &doc, const QVector<NodeId> &nodes);

private:
    void onAdded(ActionId id);
    void onAboutToBeRemoved(ActionId id);
    void onRemoved(ActionId id);
    void onChanged(ActionId id, CorrectiveAction::Fields fields);
    void columnChanged(int column);
    QVariant displayData(const CorrectiveAction &a, int column) const;
    QVariant sortData(const CorrectiveAction &a, int column) const;
    bool applyEdit(CorrectiveAction &a, int column, const QVariant &value) const;

    QPointer<Document> m_document;
    QVector<ActionId> m_rows; // mirrors the document's order
    QDate m_today = QDate::currentDate();
};

} // namespace causeway
