// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagrampainter.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include "selection/selectionhub.h"

class QGraphicsLineItem;
class QMimeData;

namespace causeway {

class Document;
class LinkItem;
class NodeItem;
class NodeLabelEditor;
class SelectionHub;

/**
 * The causal diagram as a graphics scene: one NodeItem per node and one LinkItem per link, kept in
 * id-to-item maps and updated one item per document signal (undo and redo arrive the same way).
 *
 * The scene is a view, not the data: every edit below is a Document edit of one undo step, and
 * the items change only when the document says so. Selection is reported to the SelectionHub;
 * what other views select is shown as a highlight, never taken over as this view's selection.
 */
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT
public:
    enum class Tool { Select, Connect };
    enum class Alignment { Left, HorizontalCentre, Right, Top, VerticalCentre, Bottom };

    explicit DiagramScene(Document *document, SelectionHub *hub = nullptr, QObject *parent = nullptr);
    ~DiagramScene() override;

    Document *document() const { return m_document; }
    SelectionHub *selectionHub() const { return m_hub; }
    const DiagramPalette &palette() const { return m_palette; }
    void setPalette(const DiagramPalette &palette);

    NodeItem *nodeItem(NodeId id) const { return m_nodes.value(id); }
    LinkItem *linkItem(LinkId id) const { return m_links.value(id); }
    int nodeItemCount() const { return int(m_nodes.size()); }
    int linkItemCount() const { return int(m_links.size()); }

    /// Selected nodes and links, in id order.
    QVector<NodeId> selectedNodeIds() const;
    QVector<LinkId> selectedLinkIds() const;
    /// Makes \a ids this view's selection (and reports it to the hub).
    void selectNodes(const QVector<NodeId> &ids);
    void selectLink(LinkId id);
    /// The scene rectangle around the selected items (empty without a selection).
    QRectF selectionBounds() const;

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    /// The kind new links get; changing it also changes the selected links (one step).
    LinkKind newLinkKind() const { return m_newLinkKind; }
    void setNewLinkKind(LinkKind kind);

    // --- Edits: each is one undo step ------------------------------------------------------------
    NodeId addNode(NodeType type, const QPointF &centre, bool pinned, const QString &label = QString());
    /**
     * Adds a node, selects it and starts editing its label. Naming it keeps adding and naming one
     * undo step; leaving the label empty (or Escape) takes the node back.
     */
    NodeId addNodeAndEditLabel(NodeType type, const QPointF &centre, bool pinned);
    /// A centre near \a wanted where a new node overlaps no other.
    QPointF freeSpotNear(const QPointF &wanted) const;
    /// Links \a cause to \a effect with newLinkKind(); returns the link (invalid for a self-link).
    LinkId connectNodes(NodeId cause, NodeId effect);
    void deleteSelection();
    /// The selected nodes and the links among them, for the clipboard (null without a selection).
    QMimeData *copySelection() const;
    static bool canPaste(const QMimeData *mime);
    /// Adds the nodes and links of \a mime shifted by \a offset; selects and returns the new nodes.
    QVector<NodeId> paste(const QMimeData *mime, const QPointF &offset);
    /// Pastes with the pasted group centred on \a centre (e.g. under the mouse).
    QVector<NodeId> pasteAt(const QMimeData *mime, const QPointF &centre);
    void alignSelection(Alignment alignment);
    /// Spreads three or more selected nodes evenly between the outermost two.
    void distributeSelection(Qt::Orientation orientation);
    void nudgeSelection(const QPointF &delta);
    void setSelectionType(NodeType type);
    void setSelectionDefenceState(DefenceState state);
    void setSelectionRootCause(bool rootCause);
    void setSelectionLinkKind(LinkKind kind);
    void setSelectionWhy(bool why);
    /// Adds \a events to \a node's evidence (events it already has are skipped).
    void addEvidence(NodeId node, const QVector<EventId> &events);

    /// Starts inline editing of \a node's label, with \a text typed so far replacing it when given.
    void editLabel(NodeId node, const QString &text = QString());
    bool isEditingLabel() const { return m_editor != nullptr; }
    NodeLabelEditor *labelEditor() const { return m_editor; }
    /// Ends editing: writes the label (one undo step) or, with \a cancel, leaves it.
    void finishLabelEdit(bool cancel);

    /// The nearest node from \a from in the direction of \a key (an arrow key), or none.
    NodeId neighbour(NodeId from, int key) const;

    /// Called by a NodeItem whose position changed (a drag preview or a document change).
    void nodeItemMoved(NodeItem *item);

Q_SIGNALS:
    /// Nodes highlighted from another view: the view shows them when they are off-screen.
    void highlightRequested(const QRectF &sceneRect);
    void toolChanged(causeway::DiagramScene::Tool tool);
    void newLinkKindChanged(causeway::LinkKind kind);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void addNodeItem(NodeId id);
    void syncNode(NodeId id, bool geometry);
    void removeNodeItem(NodeId id);
    void addLinkItem(LinkId id);
    void syncLink(LinkId id);
    void removeLinkItem(LinkId id);
    void updateLinkGeometry(LinkItem *item);
    void updateBendsBetween(NodeId a, NodeId b);
    void reportSelection();
    void applyHubHighlights(QObject *origin);
    void applyHubPath();
    NodeItem *nodeItemAt(const QPointF &scenePos) const;
    void commitMove();
    void changeSelectedNodes(const std::function<void(CausalNode &)> &edit, const QString &text);

    Document *m_document;
    QPointer<SelectionHub> m_hub;
    DiagramPalette m_palette = DiagramPalette::light();
    QHash<NodeId, NodeItem *> m_nodes;
    QHash<LinkId, LinkItem *> m_links;
    QHash<NodeId, QVector<LinkId>> m_linksByNode;
    Tool m_tool = Tool::Select;
    LinkKind m_newLinkKind = LinkKind::Causes;

    bool m_reportingSelection = true;
    bool m_moving = false; ///< a left-button drag of nodes may be under way
    NodeId m_connectFrom;
    QGraphicsLineItem *m_connectLine = nullptr;
    NodeItem *m_connectTarget = nullptr;

    NodeLabelEditor *m_editor = nullptr;
    NodeId m_editedNode;
    NodeId m_newNode; ///< created by double-click and not yet named: cancelling removes it
    int m_newNodeUndoIndex = -1;
};

} // namespace causeway
