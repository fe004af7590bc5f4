// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QHash>
#include <QPainterPath>
#include <QRectF>
#include <QStringList>

#include <optional>

namespace causeway {

class Document;

/*
 * Where the parts of a diagram are, computed from the document alone: no scene, no widget. The
 * canvas items and the exporters both draw from these values, so both show the same picture.
 */

/// A label broken into the lines drawn inside a node: all of it, however long.
struct WrappedLabel
{
    QStringList lines;
    QVector<qreal> widths; ///< the width of each line in the label font (for greeking)
};

/**
 * Breaks \a text into lines of at most \a width with DiagramStyle::labelFont(), with the same
 * line breaking as the layout's measure (layoutNodeLabel()). White space runs, line breaks
 * included, count as one space.
 */
WrappedLabel wrapLabel(const QString &text, qreal width);

/// Width available to the label inside a node of \a type.
qreal labelWidth(NodeType type);
/// The size of the shape of a node of \a type showing \a label (its stored position is the centre).
QSizeF nodeSize(NodeType type, const QString &label);
QSizeF nodeSize(const CausalNode &node);
/// The outline of a node of \a type filling \a rect (a shield for a defence, and so on).
QPainterPath nodeOutline(NodeType type, const QRectF &rect);

/// Everything needed to draw one node, centred on (0, 0) in its own coordinates.
struct NodeVisual
{
    NodeId id;
    NodeType type = NodeType::Condition;
    std::optional<DefenceState> defenceState;
    QString label;
    WrappedLabel lines;
    bool rootCause = false;
    int evidenceCount = 0;
    QSizeF size;
    QPointF centre; ///< in diagram coordinates

    /// The shape's rectangle around (0, 0).
    QRectF localRect() const
    {
        return QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height());
    }
    QRectF sceneRect() const { return localRect().translated(centre); }
    /// The outline in diagram coordinates.
    QPainterPath sceneOutline() const { return nodeOutline(type, sceneRect()); }
    /// The painted area around (0, 0), badges and selection outline included.
    QRectF localPaintRect() const;

    static NodeVisual fromNode(const CausalNode &node, const QPointF &centre);
};

/// Everything needed to draw one link, in diagram coordinates.
struct LinkVisual
{
    LinkId id;
    LinkKind kind = LinkKind::Causes;
    bool why = false;
    QPainterPath path; ///< from the cause's outline to the effect's outline
    QPointF start;
    QPointF end; ///< the tip of the arrow, on the effect's outline
    qreal endAngle = 0; ///< direction of travel at the tip, in degrees (QLineF convention)
    QPointF middle; ///< where the link's label goes
    qreal length = 0;

    /// The painted area, arrowhead and label included.
    QRectF paintRect() const;
};

/**
 * The link from \a from to \a to. \a bend > 0 curves it to the left of its direction (used when two
 * links join the same pair of nodes, so that they do not overlap).
 */
LinkVisual linkVisual(const CausalLink &link, const NodeVisual &from, const NodeVisual &to, qreal bend = 0);
/**
 * The bend for \a link given \a parallel, the ids of every link joining the same two nodes in
 * either direction (\a link included): zero for a lone link, else fanned out symmetrically.
 */
qreal linkBend(const CausalLink &link, QVector<LinkId> parallel);

/**
 * The centre of every node: its stored position, or for a node not yet placed a spot on a simple
 * grid below the placed ones. (The automatic layout replaces this grid when it runs.)
 */
QHash<NodeId, QPointF> nodeCentres(const Document &document);

/// The whole diagram, ready to paint without a scene: the exporters' input.
struct DiagramSnapshot
{
    QVector<NodeVisual> nodes;
    QVector<LinkVisual> links;
    QRectF bounds; ///< everything painted, in diagram coordinates

    static DiagramSnapshot fromDocument(const Document &document);
};

} // namespace causeway
