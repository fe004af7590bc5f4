// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace causeway {

/**
 * Which causal nodes each corrective action addresses: one row per node (outcomes left out: actions
 * address causes), column 0 the node's coverage, then one column per action. A cause that needs
 * an action and has none (and is not an accepted risk) stands out. Setting a cell (a bool) makes the
 * action address the node or not: one undoable step.
 */
class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum { CoverageColumn = 0, FirstActionColumn = 1 };
    enum Role {
        AddressesRole = Qt::UserRole + 1, ///< bool: the cell's action addresses the row's node
        NeedsActionRole, ///< bool, on every column: the node is an uncovered cause
        NodeIdRole, ///< quint64
        ActionIdRole, ///< quint64, on action columns
    };

    explicit CoverageModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// On an action column with AddressesRole or Qt::EditRole: a bool.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    /// Flips an action cell (a click in the matrix).
    bool toggle(const QModelIndex &index);

    NodeId nodeAt(int row) const { return m_nodes.value(row); }
    ActionId actionAt(int column) const { return m_actions.value(column - FirstActionColumn); }
    int rowOf(NodeId id) const { return m_nodes.indexOf(id); }
    int columnOf(ActionId id) const;
    /// The uncovered causes: nodes that need an action and have none.
    int uncoveredCount() const;

private:
    void rebuild();
    bool uncovered(const CausalNode &node) const;
    /// How many actions address \a node; counted once per change, not once per cell.
    int actionCount(NodeId node) const;

    QPointer<Document> m_document;
    QVector<NodeId> m_nodes;
    QVector<ActionId> m_actions;
    mutable QHash<NodeId, int> m_counts;
    mutable bool m_countsValid = false;
};

} // namespace causeway
