// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramitems.h"

#include "diagramscene.h"
#include "timeline/timelinemodel.h"

#include <QGraphicsSceneDragDropEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace causeway {

namespace {
constexpr qreal HandleRadius = 6;

/// Device pixels per diagram unit where \a painter draws: the zoom, times the screen's pixel ratio.
qreal screenScale(QPainter *painter, const QStyleOptionGraphicsItem *option)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    return option->levelOfDetailFromTransform(painter->worldTransform()) * ratio;
}
} // namespace

NodeItem::NodeItem(const NodeVisual &visual)
    : m_visual(visual)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setAcceptDrops(true);
    setZValue(1);
    // Text is the expensive part of a node: keep each painted node as a pixmap while panning.
    setCacheMode(DeviceCoordinateCache);
    setPos(visual.centre);
    setToolTip(visual.label);
}

void NodeItem::setVisual(const NodeVisual &visual)
{
    if (visual.size != m_visual.size)
        prepareGeometryChange();
    m_visual = visual;
    setToolTip(visual.label);
    update();
}

void NodeItem::setPaintState(const PaintState &state)
{
    m_state = state;
    update();
}

void NodeItem::setHighlighted(bool on)
{
    if (m_state.highlighted == on)
        return;
    m_state.highlighted = on;
    update();
}

void NodeItem::setOnPath(bool on)
{
    if (m_state.onPath == on)
        return;
    m_state.onPath = on;
    update();
}

QRectF NodeItem::handleRect() const
{
    const QRectF r = m_visual.localRect();
    return QRectF(r.right() - HandleRadius, -HandleRadius, 2 * HandleRadius, 2 * HandleRadius);
}

QRectF NodeItem::boundingRect() const
{
    return m_visual.localPaintRect();
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path = nodeOutline(m_visual.type, m_visual.localRect());
    path.addEllipse(handleRect());
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    auto *s = diagramScene();
    const DiagramPalette &palette = s ? s->palette() : DiagramPalette::light();
    PaintState state = m_state;
    // Greeked when the label would be less than a few pixels tall on screen.
    state.simplified = !textReadableAt(screenScale(painter, option));
    state.selected = isSelected();
    state.hovered = m_state.hovered || m_dropTarget;
    paintNode(painter, m_visual, palette, state);
    if (m_state.hovered && !m_dropTarget) {
        // The connection handle: drag from it to another node to link the two.
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(palette.background, 1.5));
        painter->setBrush(palette.selection);
        painter->drawEllipse(handleRect());
        painter->setPen(QPen(palette.background, 1.5));
        const QPointF c = handleRect().center();
        painter->drawLine(c + QPointF(-3, 0), c + QPointF(3, 0));
        painter->drawLine(c + QPointF(0, -3), c + QPointF(0, 3));
    }
}

DiagramScene *NodeItem::diagramScene() const
{
    return qobject_cast<DiagramScene *>(scene());
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        m_visual.centre = pos();
        if (auto *s = diagramScene())
            s->nodeItemMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_state.hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_state.hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void NodeItem::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    const bool events = event->mimeData()->hasFormat(TimelineModel::eventIdsMimeType());
    event->setAccepted(events);
    if (events) {
        event->setDropAction(Qt::LinkAction);
        m_dropTarget = true;
        update();
    }
}

void NodeItem::dragLeaveEvent(QGraphicsSceneDragDropEvent *)
{
    m_dropTarget = false;
    update();
}

void NodeItem::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    m_dropTarget = false;
    update();
    auto *s = diagramScene();
    const QVector<EventId> events = TimelineModel::eventIdsFromMime(event->mimeData());
    if (!s || events.isEmpty()) {
        event->ignore();
        return;
    }
    s->addEvidence(id(), events);
    event->setDropAction(Qt::LinkAction);
    event->accept();
}

LinkItem::LinkItem(const CausalLink &link)
    : m_link(link)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
}

void LinkItem::updateGeometry(const NodeVisual &from, const NodeVisual &to)
{
    prepareGeometryChange();
    m_visual = linkVisual(m_link, from, to, m_bend);
    QPainterPathStroker stroker;
    stroker.setWidth(10); // easy to pick with the mouse
    m_shape = stroker.createStroke(m_visual.path);
    const QString caption = linkCaption(m_link.kind, m_link.why);
    setToolTip(m_link.note.isEmpty() ? caption : m_link.note);
}

void LinkItem::setHighlighted(bool on)
{
    if (m_state.highlighted != on) {
        m_state.highlighted = on;
        update();
    }
}

void LinkItem::setOnPath(bool on)
{
    if (m_state.onPath != on) {
        m_state.onPath = on;
        update();
    }
}

QRectF LinkItem::boundingRect() const
{
    return m_visual.paintRect();
}

QPainterPath LinkItem::shape() const
{
    return m_shape;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    auto *s = qobject_cast<DiagramScene *>(scene());
    PaintState state = m_state;
    // A link's caption is drawn while its small font is readable.
    state.simplified = !textReadableAt(screenScale(painter, option), DiagramStyle::CaptionPixelSize);
    state.selected = isSelected();
    paintLink(painter, m_visual, s ? s->palette() : DiagramPalette::light(), state);
}

} // namespace causeway
