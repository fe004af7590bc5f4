// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagram/fivewhys.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace causeway {

class Document;

/**
 * The Five Whys of one outcome as an item tree: the outcome at the top, each "because" answer
 * under the step it answers. It mirrors the document: label edits repaint one row, and changes
 * to why-links rebuild the tree (a reset only when its shape changed). Editing a row's text
 * changes the node's label as one undo step.
 */
class FiveWhysModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        NodeIdRole = Qt::UserRole + 1, ///< the step's node
        LinkIdRole, ///< the why-link it answers through (invalid for the outcome)
        NodeTypeRole, ///< int(NodeType)
        DepthRole, ///< 0 for the outcome, n for the n-th why
        RootCauseRole, ///< bool
        EndRole, ///< int(WhyEnd) for a step that ends a chain, else -1
        RepeatedRole, ///< bool: its answers are shown at its first place
        CycleRole, ///< bool: the step loops back to a step above it
    };

    explicit FiveWhysModel(Document *document, QObject *parent = nullptr);

    void setOutcome(NodeId outcome);
    NodeId outcome() const { return m_tree.outcome(); }
    const WhyTree &tree() const { return m_tree; }
    QModelIndex indexOfStep(int step) const;
    int stepOf(const QModelIndex &index) const;
    /// The first row showing \a node.
    QModelIndex indexOfNode(NodeId node) const;
    QModelIndex indexOfLink(LinkId link) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void rebuild();
    void repaintNode(NodeId node);
    void repaintAll();
    /// What to do next at step \a s (its tooltip): mark the root cause, or ask why again.
    QString adviceFor(int s) const;

    QPointer<Document> m_document;
    WhyTree m_tree;
};

} // namespace causeway
