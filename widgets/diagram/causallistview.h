// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QHash>
#include <QTreeWidget>

namespace causeway {

class Document;

/**
 * The causal diagram as an outline: nodes grouped by type with their defence state, root-cause
 * mark and evidence, and the links between them. It keeps its own id-to-item maps and updates
 * one item per document signal. (The graphical canvas is a separate view.)
 */
class CausalListView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit CausalListView(Document *document, QWidget *parent = nullptr);

    QVector<NodeId> selectedNodes() const;
    QVector<LinkId> selectedLinks() const;
    QTreeWidgetItem *itemFor(NodeId id) const { return m_nodeItems.value(id); }

    /// Adds a node of \a type and starts editing its label.
    void addNode(NodeType type);
    void deleteSelected();

protected:
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool dropMimeData(
        QTreeWidgetItem *parent, int index, const QMimeData *data, Qt::DropAction action) override;

private:
    void addNodeItem(NodeId id);
    void syncNode(NodeId id);
    void addLinkItem(LinkId id);
    void syncLink(LinkId id);
    void syncLinksOf(NodeId id);
    QTreeWidgetItem *groupFor(NodeType type);

    Document *m_document;
    QHash<NodeId, QTreeWidgetItem *> m_nodeItems;
    QHash<LinkId, QTreeWidgetItem *> m_linkItems;
    QHash<int, QTreeWidgetItem *> m_groups;
    QTreeWidgetItem *m_linkGroup;
    bool m_syncing = false;
};

} // namespace causeway
