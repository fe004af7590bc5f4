// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of the diagram scene: each turns what the user did into one Document undo step.
#include "diagramscene.h"

#include "commands/undomacroguard.h"
#include "diagramitems.h"
#include "document.h"
#include "labels.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

namespace causeway {

namespace {
const char *const ClipboardMimeType = "application/x-causeway-diagram";
constexpr quint32 ClipboardVersion = 1;
} // namespace

NodeId DiagramScene::addNode(NodeType type, const QPointF &centre, bool pinned, const QString &label)
{
    CausalNode node;
    node.type = type;
    node.label = label;
    if (type == NodeType::Defence)
        node.defenceState = DefenceState::Absent;
    node.position = centre;
    node.pinned = pinned;
    return m_document->add(node);
}

QPointF DiagramScene::freeSpotNear(const QPointF &wanted) const
{
    const QSizeF size(DiagramStyle::NodeWidth + 24, DiagramStyle::MinNodeHeight + 40);
    auto isFree = [&](const QPointF &c) {
        const QRectF r(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(), size.height());
        for (const NodeItem *item : m_nodes) {
            if (item->visual().sceneRect().intersects(r))
                return false;
        }
        return true;
    };
    // Rings of growing size around the wanted spot, nearest first.
    const qreal dx = DiagramStyle::GridColumnSpacing / 2;
    const qreal dy = DiagramStyle::GridRowSpacing / 2;
    for (int ring = 0; ring < 12; ++ring) {
        QVector<QPointF> candidates;
        for (int i = -ring; i <= ring; ++i) {
            for (int j = -ring; j <= ring; ++j) {
                if (std::max(std::abs(i), std::abs(j)) == ring)
                    candidates.append(wanted + QPointF(i * dx, j * dy));
            }
        }
        std::sort(candidates.begin(), candidates.end(), [&](const QPointF &a, const QPointF &b) {
            return QLineF(a, wanted).length() < QLineF(b, wanted).length();
        });
        for (const QPointF &c : qAsConst(candidates)) {
            if (isFree(c))
                return c;
        }
    }
    return wanted;
}

LinkId DiagramScene::connectNodes(NodeId cause, NodeId effect)
{
    return m_document->connect(cause, effect, m_newLinkKind);
}

void DiagramScene::deleteSelection()
{
    const QVector<NodeId> nodes = selectedNodeIds();
    QVector<LinkId> links = selectedLinkIds();
    if (nodes.isEmpty() && links.isEmpty())
        return;
    if (nodes.isEmpty()) {
        m_document->removeLinks(links);
        return;
    }
    if (links.isEmpty()) {
        m_document->removeNodes(nodes); // takes their links along, in the same step
        return;
    }
    UndoMacroGuard macro(
        m_document->undoStack(), tr("Delete %n Item(s)", nullptr, int(nodes.size() + links.size())));
    m_document->removeLinks(links);
    m_document->removeNodes(nodes);
}

QMimeData *DiagramScene::copySelection() const
{
    const QVector<NodeId> ids = selectedNodeIds();
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ClipboardVersion << quint32(ids.size());
    QStringList text;
    for (NodeId id : ids) {
        const CausalNode *n = m_document->node(id);
        const QPointF centre = m_nodes.value(id)->pos();
        QVector<quint64> evidence;
        for (EventId e : n->evidenceEvents)
            evidence.append(e.value);
        out << quint64(id.value) << qint32(n->type) << n->label << n->description
            << qint32(n->defenceState ? int(*n->defenceState) : -1) << n->rootCause << n->acceptedRisk
            << centre << evidence << n->note;
        text << n->label;
    }
    QVector<const CausalLink *> links;
    for (const CausalLink &l : m_document->links()) {
        if (ids.contains(l.from) && ids.contains(l.to))
            links.append(&l);
    }
    out << quint32(links.size());
    for (const CausalLink *l : links)
        out << quint64(l->from.value) << quint64(l->to.value) << qint32(l->kind) << l->why << l->note;
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(ClipboardMimeType), bytes);
    mime->setText(text.join(QLatin1Char('\n')));
    return mime;
}

bool DiagramScene::canPaste(const QMimeData *mime)
{
    return mime && mime->hasFormat(QLatin1String(ClipboardMimeType));
}

namespace {
/// What a copy put on the clipboard: nodes with the ids they had, links between those ids.
struct ClipboardContent
{
    QVector<CausalNode> nodes; ///< ids are the copied nodes' ids
    QVector<CausalLink> links; ///< ends are the copied nodes' ids
    QRectF bounds; ///< of the nodes' centres
};

std::optional<ClipboardContent> decodeClipboard(const QMimeData *mime, const Document &document)
{
    QDataStream in(mime->data(QLatin1String(ClipboardMimeType)));
    quint32 version = 0;
    quint32 nodeCount = 0;
    in >> version >> nodeCount;
    if (version != ClipboardVersion || in.status() != QDataStream::Ok)
        return std::nullopt;
    ClipboardContent content;
    for (quint32 i = 0; i < nodeCount; ++i) {
        CausalNode n;
        quint64 id = 0;
        qint32 type = 0;
        qint32 state = -1;
        QPointF centre;
        QVector<quint64> evidence;
        in >> id >> type >> n.label >> n.description >> state >> n.rootCause >> n.acceptedRisk >> centre >>
            evidence >> n.note;
        if (in.status() != QDataStream::Ok || type < 0 || type > int(NodeType::Unknown))
            return std::nullopt;
        n.id = NodeId(id);
        n.type = NodeType(type);
        if (n.type == NodeType::Defence)
            n.defenceState =
                state >= 0 && state <= int(DefenceState::Held) ? DefenceState(state) : DefenceState::Absent;
        n.position = centre;
        n.pinned = true;
        // Evidence only carries over when the events exist here (a paste into another document).
        for (quint64 e : evidence) {
            if (document.event(EventId(e)))
                n.evidenceEvents.append(EventId(e));
        }
        content.bounds |= QRectF(centre, QSizeF(0.001, 0.001));
        content.nodes.append(n);
    }
    quint32 linkCount = 0;
    in >> linkCount;
    for (quint32 i = 0; i < linkCount && in.status() == QDataStream::Ok; ++i) {
        quint64 from = 0;
        quint64 to = 0;
        qint32 kind = 0;
        CausalLink l;
        in >> from >> to >> kind >> l.why >> l.note;
        if (in.status() != QDataStream::Ok || kind < 0 || kind > int(LinkKind::Limited))
            return std::nullopt;
        l.from = NodeId(from);
        l.to = NodeId(to);
        l.kind = LinkKind(kind);
        content.links.append(l);
    }
    if (content.nodes.isEmpty())
        return std::nullopt;
    return content;
}
} // namespace

QVector<NodeId> DiagramScene::paste(const QMimeData *mime, const QPointF &offset)
{
    QVector<NodeId> created;
    const std::optional<ClipboardContent> content =
        canPaste(mime) ? decodeClipboard(mime, *m_document) : std::nullopt;
    if (!content)
        return created;
    QHash<NodeId, NodeId> newIds;
    {
        UndoMacroGuard macro(
            m_document->undoStack(), tr("Paste %n Node(s)", nullptr, int(content->nodes.size())));
        for (CausalNode n : content->nodes) {
            const NodeId old = n.id;
            n.position = *n.position + offset;
            const NodeId id = m_document->add(n);
            newIds.insert(old, id);
            created.append(id);
        }
        for (CausalLink l : content->links) {
            if (!newIds.contains(l.from) || !newIds.contains(l.to))
                continue;
            l.from = newIds.value(l.from);
            l.to = newIds.value(l.to);
            m_document->add(l);
        }
    }
    selectNodes(created);
    return created;
}

QVector<NodeId> DiagramScene::pasteAt(const QMimeData *mime, const QPointF &centre)
{
    const std::optional<ClipboardContent> content =
        canPaste(mime) ? decodeClipboard(mime, *m_document) : std::nullopt;
    if (!content)
        return {};
    return paste(mime, centre - content->bounds.center());
}

void DiagramScene::alignSelection(Alignment alignment)
{
    QVector<NodeItem *> items;
    for (NodeId id : selectedNodeIds())
        items.append(m_nodes.value(id));
    if (items.size() < 2)
        return;
    // Align the shapes' edges (nodes differ in height), not their centres, except for "centre".
    QRectF bounds;
    for (const NodeItem *item : items)
        bounds |= item->visual().sceneRect();
    QVector<Document::NodePlacement> placements;
    for (const NodeItem *item : items) {
        const QRectF r = item->visual().sceneRect();
        QPointF c = item->pos();
        switch (alignment) {
        case Alignment::Left:
            c.setX(bounds.left() + r.width() / 2);
            break;
        case Alignment::HorizontalCentre:
            c.setX(bounds.center().x());
            break;
        case Alignment::Right:
            c.setX(bounds.right() - r.width() / 2);
            break;
        case Alignment::Top:
            c.setY(bounds.top() + r.height() / 2);
            break;
        case Alignment::VerticalCentre:
            c.setY(bounds.center().y());
            break;
        case Alignment::Bottom:
            c.setY(bounds.bottom() - r.height() / 2);
            break;
        }
        placements.append({ item->id(), c, true });
    }
    m_document->placeNodes(placements, tr("Align %n Node(s)", nullptr, int(items.size())));
}

void DiagramScene::distributeSelection(Qt::Orientation orientation)
{
    QVector<NodeItem *> items;
    for (NodeId id : selectedNodeIds())
        items.append(m_nodes.value(id));
    if (items.size() < 3)
        return;
    const bool horizontal = orientation == Qt::Horizontal;
    auto coordinate = [horizontal](const NodeItem *item) {
        return horizontal ? item->pos().x() : item->pos().y();
    };
    std::sort(items.begin(), items.end(),
        [&](const NodeItem *a, const NodeItem *b) { return coordinate(a) < coordinate(b); });
    const qreal first = coordinate(items.first());
    const qreal step = (coordinate(items.last()) - first) / (items.size() - 1);
    QVector<Document::NodePlacement> placements;
    for (int i = 0; i < items.size(); ++i) {
        QPointF c = items.at(i)->pos();
        (horizontal ? c.rx() : c.ry()) = first + i * step;
        placements.append({ items.at(i)->id(), c, true });
    }
    m_document->placeNodes(placements, tr("Distribute %n Node(s)", nullptr, int(items.size())));
}

void DiagramScene::nudgeSelection(const QPointF &delta)
{
    QVector<Document::NodePlacement> placements;
    for (NodeId id : selectedNodeIds())
        placements.append({ id, m_nodes.value(id)->pos() + delta, true });
    if (!placements.isEmpty())
        m_document->placeNodes(placements, tr("Move %n Node(s)", nullptr, int(placements.size())));
}

void DiagramScene::changeSelectedNodes(const std::function<void(CausalNode &)> &edit, const QString &text)
{
    QVector<CausalNode> changed;
    for (NodeId id : selectedNodeIds()) {
        CausalNode n = *m_document->node(id);
        edit(n);
        if (CausalNode::diff(*m_document->node(id), n))
            changed.append(n);
    }
    if (changed.isEmpty())
        return;
    UndoMacroGuard macro(m_document->undoStack(), text);
    for (const CausalNode &n : qAsConst(changed)) {
        m_document->change(n);
        m_document->sealEdits(); // each change its own command inside the one step
    }
}

void DiagramScene::setSelectionType(NodeType type)
{
    changeSelectedNodes(
        [type](CausalNode &n) {
            n.type = type;
            // A defence always has a state; nothing else has one.
            if (type == NodeType::Defence && !n.defenceState)
                n.defenceState = DefenceState::Absent;
            else if (type != NodeType::Defence)
                n.defenceState.reset();
        },
        tr("Make %1").arg(label(type)));
}

void DiagramScene::setSelectionDefenceState(DefenceState state)
{
    changeSelectedNodes(
        [state](CausalNode &n) {
            if (n.type == NodeType::Defence)
                n.defenceState = state;
        },
        tr("Defence %1").arg(label(state)));
}

void DiagramScene::setSelectionRootCause(bool rootCause)
{
    changeSelectedNodes([rootCause](CausalNode &n) { n.rootCause = rootCause; },
        rootCause ? tr("Mark Root Cause") : tr("Unmark Root Cause"));
}

void DiagramScene::setSelectionLinkKind(LinkKind kind)
{
    QVector<CausalLink> changed;
    for (LinkId id : selectedLinkIds()) {
        CausalLink l = *m_document->link(id);
        if (l.kind != kind) {
            l.kind = kind;
            changed.append(l);
        }
    }
    if (changed.isEmpty())
        return;
    UndoMacroGuard macro(m_document->undoStack(), tr("Link Kind %1").arg(label(kind)));
    for (const CausalLink &l : qAsConst(changed)) {
        m_document->change(l);
        m_document->sealEdits();
    }
}

void DiagramScene::setSelectionWhy(bool why)
{
    QVector<CausalLink> changed;
    for (LinkId id : selectedLinkIds()) {
        CausalLink l = *m_document->link(id);
        if (l.why != why) {
            l.why = why;
            changed.append(l);
        }
    }
    if (changed.isEmpty())
        return;
    UndoMacroGuard macro(
        m_document->undoStack(), why ? tr("Mark Five Whys Step") : tr("Unmark Five Whys Step"));
    for (const CausalLink &l : qAsConst(changed)) {
        m_document->change(l);
        m_document->sealEdits();
    }
}

void DiagramScene::addEvidence(NodeId id, const QVector<EventId> &events)
{
    const CausalNode *node = m_document->node(id);
    if (!node)
        return;
    CausalNode changed = *node;
    for (EventId e : events) {
        if (m_document->event(e) && !changed.evidenceEvents.contains(e))
            changed.evidenceEvents.append(e);
    }
    if (changed.evidenceEvents.size() == node->evidenceEvents.size())
        return;
    std::sort(changed.evidenceEvents.begin(), changed.evidenceEvents.end());
    m_document->sealEdits(); // a drop is its own step, never merged with a previous edit
    m_document->change(changed);
    m_document->sealEdits();
}

} // namespace causeway
