// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramscene.h"

#include "diagramitems.h"
#include "document.h"
#include "nodelabeleditor.h"
#include "selection/selectionhub.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QLineF>
#include <QScopedValueRollback>

#include <algorithm>

namespace causeway {

DiagramScene::DiagramScene(Document *document, SelectionHub *hub, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_hub(hub)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    const QHash<NodeId, QPointF> centres = nodeCentres(*document);
    for (const CausalNode &n : document->nodes()) {
        auto *item = new NodeItem(NodeVisual::fromNode(n, centres.value(n.id)));
        m_nodes.insert(n.id, item);
        addItem(item);
    }
    for (const CausalLink &l : document->links())
        addLinkItem(l.id);

    connect(document, &Document::nodeAdded, this, &DiagramScene::addNodeItem);
    connect(document, &Document::nodeRemoved, this, &DiagramScene::removeNodeItem);
    connect(document, &Document::nodeChanged, this, [this](NodeId id, CausalNode::Fields fields) {
        syncNode(id,
            fields &
                (CausalNode::Field::Position | CausalNode::Field::Type | CausalNode::Field::Label |
                    CausalNode::Field::DefenceState));
    });
    connect(document, &Document::linkAdded, this, &DiagramScene::addLinkItem);
    connect(document, &Document::linkRemoved, this, &DiagramScene::removeLinkItem);
    connect(document, &Document::linkChanged, this, [this](LinkId id) { syncLink(id); });

    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::reportSelection);
    if (hub) {
        connect(hub, &SelectionHub::changed, this, &DiagramScene::applyHubHighlights);
        connect(hub, &SelectionHub::pathChanged, this, &DiagramScene::applyHubPath);
        applyHubPath();
    }
}

DiagramScene::~DiagramScene()
{
    // Items go before the maps that name them, and without reporting an empty selection.
    m_reportingSelection = false;
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
    clear();
}

void DiagramScene::setPalette(const DiagramPalette &palette)
{
    m_palette = palette;
    setBackgroundBrush(palette.background);
    update();
}

// --- Mirroring the document ----------------------------------------------------------------------

void DiagramScene::addNodeItem(NodeId id)
{
    const CausalNode *node = m_document->node(id);
    if (!node || m_nodes.contains(id))
        return;
    const QPointF centre = node->position ? *node->position : nodeCentres(*m_document).value(id);
    auto *item = new NodeItem(NodeVisual::fromNode(*node, centre));
    m_nodes.insert(id, item);
    addItem(item);
    if (m_hub)
        item->setOnPath(m_hub->path().contains(id));
}

void DiagramScene::syncNode(NodeId id, bool geometry)
{
    NodeItem *item = m_nodes.value(id);
    const CausalNode *node = m_document->node(id);
    if (!item || !node)
        return;
    const QPointF centre = node->position ? *node->position : item->pos();
    item->setVisual(NodeVisual::fromNode(*node, centre));
    if (item->pos() != centre)
        item->setPos(centre); // moves its links through nodeItemMoved()
    else if (geometry)
        nodeItemMoved(item);
}

void DiagramScene::removeNodeItem(NodeId id)
{
    if (m_editedNode == id)
        finishLabelEdit(true);
    const QVector<LinkId> links = m_linksByNode.take(id);
    for (LinkId l : links)
        removeLinkItem(l);
    delete m_nodes.take(id);
}

void DiagramScene::addLinkItem(LinkId id)
{
    const CausalLink *link = m_document->link(id);
    if (!link || m_links.contains(id) || !m_nodes.contains(link->from) || !m_nodes.contains(link->to))
        return;
    auto *item = new LinkItem(*link);
    m_links.insert(id, item);
    m_linksByNode[link->from].append(id);
    m_linksByNode[link->to].append(id);
    addItem(item);
    updateBendsBetween(link->from, link->to);
    if (m_hub) {
        const QVector<NodeId> &path = m_hub->path();
        item->setOnPath(path.contains(link->from) && path.contains(link->to));
    }
}

void DiagramScene::syncLink(LinkId id)
{
    LinkItem *item = m_links.value(id);
    const CausalLink *link = m_document->link(id);
    if (!item || !link)
        return;
    const CausalLink old = item->link();
    if (old.from != link->from || old.to != link->to) {
        removeLinkItem(id);
        addLinkItem(id);
        updateBendsBetween(old.from, old.to);
        return;
    }
    item->setLink(*link);
    updateLinkGeometry(item);
}

void DiagramScene::removeLinkItem(LinkId id)
{
    LinkItem *item = m_links.take(id);
    if (!item)
        return;
    const CausalLink link = item->link();
    m_linksByNode[link.from].removeAll(id);
    m_linksByNode[link.to].removeAll(id);
    delete item;
    updateBendsBetween(link.from, link.to);
}

void DiagramScene::updateLinkGeometry(LinkItem *item)
{
    const NodeItem *from = m_nodes.value(item->link().from);
    const NodeItem *to = m_nodes.value(item->link().to);
    if (from && to)
        item->updateGeometry(from->visual(), to->visual());
}

void DiagramScene::updateBendsBetween(NodeId a, NodeId b)
{
    QVector<LinkItem *> parallel;
    QVector<LinkId> ids;
    for (LinkId id : m_linksByNode.value(a)) {
        LinkItem *item = m_links.value(id);
        if (item &&
            ((item->link().from == a && item->link().to == b) ||
                (item->link().from == b && item->link().to == a))) {
            parallel.append(item);
            ids.append(id);
        }
    }
    for (LinkItem *item : qAsConst(parallel)) {
        item->setBend(linkBend(item->link(), ids));
        updateLinkGeometry(item);
    }
}

void DiagramScene::nodeItemMoved(NodeItem *item)
{
    for (LinkId id : m_linksByNode.value(item->id())) {
        if (LinkItem *link = m_links.value(id))
            updateLinkGeometry(link);
    }
}

// --- Selection -----------------------------------------------------------------------------------

QVector<NodeId> DiagramScene::selectedNodeIds() const
{
    QVector<NodeId> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type)
            ids.append(static_cast<NodeItem *>(item)->id());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QVector<LinkId> DiagramScene::selectedLinkIds() const
{
    QVector<LinkId> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == LinkItem::Type)
            ids.append(static_cast<LinkItem *>(item)->id());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void DiagramScene::selectNodes(const QVector<NodeId> &ids)
{
    {
        QScopedValueRollback<bool> quiet(m_reportingSelection, false);
        clearSelection();
        for (NodeId id : ids) {
            if (NodeItem *item = m_nodes.value(id))
                item->setSelected(true);
        }
    }
    reportSelection();
}

void DiagramScene::selectLink(LinkId id)
{
    {
        QScopedValueRollback<bool> quiet(m_reportingSelection, false);
        clearSelection();
        if (LinkItem *item = m_links.value(id))
            item->setSelected(true);
    }
    reportSelection();
}

QRectF DiagramScene::selectionBounds() const
{
    QRectF bounds;
    for (QGraphicsItem *item : selectedItems())
        bounds |= item->sceneBoundingRect();
    return bounds;
}

void DiagramScene::reportSelection()
{
    if (!m_reportingSelection || !m_hub)
        return;
    m_hub->selectNodes(selectedNodeIds(), this);
}

void DiagramScene::applyHubHighlights(QObject *origin)
{
    // Our own selection shows as selection; only what other views select becomes a highlight.
    const QSet<NodeId> highlighted = origin == this || !m_hub ? QSet<NodeId>() : m_hub->highlightedNodes();
    QRectF bounds;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const bool on = highlighted.contains(it.key());
        it.value()->setHighlighted(on);
        if (on)
            bounds |= it.value()->sceneBoundingRect();
    }
    for (LinkItem *link : qAsConst(m_links)) {
        link->setHighlighted(
            highlighted.contains(link->link().from) && highlighted.contains(link->link().to));
    }
    if (!bounds.isNull())
        Q_EMIT highlightRequested(bounds);
}

void DiagramScene::applyHubPath()
{
    const QVector<NodeId> path = m_hub ? m_hub->path() : QVector<NodeId>();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setOnPath(path.contains(it.key()));
    for (LinkItem *link : qAsConst(m_links)) {
        // A link is on the path when it joins two consecutive steps of it.
        const int a = int(path.indexOf(link->link().from));
        const int b = int(path.indexOf(link->link().to));
        link->setOnPath(a >= 0 && b >= 0 && std::abs(a - b) == 1);
    }
}

// --- Tools ---------------------------------------------------------------------------------------

void DiagramScene::setTool(Tool tool)
{
    if (m_tool == tool)
        return;
    m_tool = tool;
    Q_EMIT toolChanged(tool);
}

void DiagramScene::setNewLinkKind(LinkKind kind)
{
    if (m_newLinkKind != kind) {
        m_newLinkKind = kind;
        Q_EMIT newLinkKindChanged(kind);
    }
    setSelectionLinkKind(kind);
}

NodeItem *DiagramScene::nodeItemAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

// --- Mouse and keyboard --------------------------------------------------------------------------

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_editor && !m_editor->sceneBoundingRect().contains(event->scenePos()))
        finishLabelEdit(false);
    if (event->button() == Qt::LeftButton) {
        NodeItem *node = nodeItemAt(event->scenePos());
        const bool onHandle = node && node->handleRect().contains(node->mapFromScene(event->scenePos()));
        if (node && (m_tool == Tool::Connect || onHandle)) {
            m_connectFrom = node->id();
            m_connectLine = new QGraphicsLineItem(QLineF(node->pos(), event->scenePos()));
            QPen pen(m_palette.selection, 1.5, Qt::DashLine);
            pen.setCosmetic(true);
            m_connectLine->setPen(pen);
            m_connectLine->setZValue(999);
            addItem(m_connectLine);
            event->accept();
            return;
        }
        m_moving = node != nullptr;
    }
    QGraphicsScene::mousePressEvent(event);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        m_connectLine->setLine(QLineF(m_connectLine->line().p1(), event->scenePos()));
        NodeItem *target = nodeItemAt(event->scenePos());
        if (target && target->id() == m_connectFrom)
            target = nullptr;
        if (target != m_connectTarget) {
            if (m_connectTarget)
                m_connectTarget->setHighlighted(false);
            m_connectTarget = target;
            if (target)
                target->setHighlighted(true);
        }
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
        if (m_connectTarget)
            m_connectTarget->setHighlighted(false);
        m_connectTarget = nullptr;
        NodeItem *target = nodeItemAt(event->scenePos());
        const NodeId from = std::exchange(m_connectFrom, NodeId());
        if (target && target->id() != from) {
            const LinkId link = connectNodes(from, target->id());
            if (link.isValid())
                selectLink(link); // so that its kind can be changed right away
        }
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && std::exchange(m_moving, false))
        commitMove();
}

void DiagramScene::commitMove()
{
    QVector<Document::NodePlacement> placements;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() != NodeItem::Type)
            continue;
        auto *node = static_cast<NodeItem *>(item);
        const CausalNode *n = m_document->node(node->id());
        if (n && (!n->position || *n->position != node->pos()))
            placements.append({ node->id(), node->pos(), true });
    }
    if (placements.isEmpty())
        return;
    m_document->placeNodes(placements, tr("Move %n Node(s)", nullptr, int(placements.size())));
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    if (NodeItem *node = nodeItemAt(event->scenePos())) {
        editLabel(node->id());
        event->accept();
        return;
    }
    if (!itemAt(event->scenePos(), QTransform())) {
        // A node where the user double-clicked, named right away; Escape takes it back.
        addNodeAndEditLabel(NodeType::Condition, event->scenePos(), true);
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

NodeId DiagramScene::neighbour(NodeId from, int key) const
{
    const NodeItem *origin = m_nodes.value(from);
    if (!origin)
        return NodeId();
    NodeId best;
    qreal bestScore = 0;
    for (const NodeItem *item : m_nodes) {
        if (item == origin)
            continue;
        const QPointF d = item->pos() - origin->pos();
        qreal along = 0;
        qreal across = 0;
        switch (key) {
        case Qt::Key_Left:
            along = -d.x(), across = d.y();
            break;
        case Qt::Key_Right:
            along = d.x(), across = d.y();
            break;
        case Qt::Key_Up:
            along = -d.y(), across = d.x();
            break;
        case Qt::Key_Down:
            along = d.y(), across = d.x();
            break;
        default:
            return NodeId();
        }
        // Within a 45° cone of the direction; sideways distance counts double so that the node
        // straight ahead wins over a nearer one off to the side.
        if (along <= 0 || std::abs(across) > along)
            continue;
        const qreal score = along + 2 * std::abs(across);
        if (!best.isValid() || score < bestScore) {
            best = item->id();
            bestScore = score;
        }
    }
    return best;
}

void DiagramScene::keyPressEvent(QKeyEvent *event)
{
    if (m_editor) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    const QVector<NodeId> nodes = selectedNodeIds();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        return;
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (nodes.size() == 1) {
            editLabel(nodes.first());
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_tool == Tool::Connect) {
            setTool(Tool::Select);
            return;
        }
        clearSelection();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (mods & (Qt::ShiftModifier | Qt::AltModifier)) {
            // Shift moves by a grid step, Alt by one unit: a nudge is one undo step.
            const qreal step = mods & Qt::ShiftModifier ? 10 : 1;
            const QPointF delta = event->key() == Qt::Key_Left ? QPointF(-step, 0)
                : event->key() == Qt::Key_Right                ? QPointF(step, 0)
                : event->key() == Qt::Key_Up                   ? QPointF(0, -step)
                                                               : QPointF(0, step);
            nudgeSelection(delta);
            return;
        }
        if (mods == Qt::NoModifier) {
            NodeId next;
            if (nodes.isEmpty() && !m_nodes.isEmpty()) {
                // Nothing selected: start from the node nearest the top-left.
                const NodeItem *first = *std::min_element(
                    m_nodes.cbegin(), m_nodes.cend(), [](const NodeItem *a, const NodeItem *b) {
                        return a->pos().x() + a->pos().y() < b->pos().x() + b->pos().y();
                    });
                next = first->id();
            } else if (!nodes.isEmpty()) {
                next = neighbour(nodes.last(), event->key());
            }
            if (next.isValid()) {
                selectNodes({ next });
                Q_EMIT highlightRequested(m_nodes.value(next)->sceneBoundingRect());
            }
            return;
        }
        break;
    }
    default:
        break;
    }
    // Typing on a selected node starts editing its label with what was typed.
    const QString text = event->text();
    if (nodes.size() == 1 && !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace() &&
        !(mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        editLabel(nodes.first(), text);
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

} // namespace causeway
