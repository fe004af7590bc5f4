// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagrampainter.h"

#include <QGraphicsItem>

namespace causeway {

class DiagramScene;

/**
 * A node on the canvas. It mirrors one CausalNode (the scene calls setVisual() when the document
 * changes) and draws it with paintNode(). Dragging moves it only as a preview: the scene turns the
 * drag into one Document::placeNodes() step when the mouse is released.
 */
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit NodeItem(const NodeVisual &visual);

    NodeId id() const { return m_visual.id; }
    const NodeVisual &visual() const { return m_visual; }
    void setVisual(const NodeVisual &visual);
    void setPaintState(const PaintState &state);
    const PaintState &paintState() const { return m_state; }
    void setHighlighted(bool on);
    void setOnPath(bool on);
    /// The connection handle on the right edge, in item coordinates.
    QRectF handleRect() const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    DiagramScene *diagramScene() const;

    NodeVisual m_visual;
    PaintState m_state;
    bool m_dropTarget = false;
};

/// A link on the canvas, drawn with paintLink() between the current places of its two nodes.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    explicit LinkItem(const CausalLink &link);

    LinkId id() const { return m_link.id; }
    const CausalLink &link() const { return m_link; }
    void setLink(const CausalLink &link) { m_link = link; }
    /// Recomputes the path between \a from and \a to (the places the nodes have now, even mid-drag).
    void updateGeometry(const NodeVisual &from, const NodeVisual &to);
    /// How far the link curves away from the straight line (see linkBend()).
    void setBend(qreal bend) { m_bend = bend; }
    qreal bend() const { return m_bend; }
    const LinkVisual &visual() const { return m_visual; }
    const PaintState &paintState() const { return m_state; }
    void setHighlighted(bool on);
    void setOnPath(bool on);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    CausalLink m_link;
    LinkVisual m_visual;
    PaintState m_state;
    QPainterPath m_shape;
    qreal m_bend = 0;
};

} // namespace causeway
