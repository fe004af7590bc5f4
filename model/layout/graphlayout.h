// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QMetaType>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>
#include <utility>

namespace causeway {

class Document;

/**
 * Layout of the causal diagram with Graphviz's `dot` engine.
 *
 * Causes are placed left of their effects (rankdir=LR), as the timeline reads. Everything is in
 * scene coordinates: y grows downwards, a node's position is its centre, one scene unit is one
 * Graphviz point. The layout neither reads nor changes the Document: layoutInput() takes a copy of
 * what it needs, computeLayout() works on that copy (on any thread), and applyLayout() turns the
 * result into one undo step. LayoutRunner (layoutrunner.h) runs it off the UI thread.
 */

/// What the layout knows of one node.
struct LayoutNode
{
    NodeId id;
    QSizeF size; ///< the whole node, from layoutNodeLabel(...).nodeSize
    std::optional<QPointF> position; ///< its centre now; empty when the node was never placed
    bool pinned = false; ///< placed by hand: the layout keeps it exactly where it is
};

/// One link, from the cause to the effect.
struct LayoutLink
{
    LinkId id;
    NodeId from;
    NodeId to;
    LinkKind kind = LinkKind::Causes;
};

struct LayoutInput
{
    QVector<LayoutNode> nodes;
    QVector<LayoutLink> links;
    /// Extra dot graph attributes (name, value), set after Causeway's own: for tuning and benchmarks.
    QVector<std::pair<QByteArray, QByteArray>> graphAttributes;
};

enum class LayoutMode {
    /// "Lay Out Diagram": every node that is not pinned gets a new place.
    AllFreeNodes,
    /// New nodes from the form or the palette: only nodes without a position get one; every node
    /// that has a position, pinned or not, stays where it is.
    UnplacedOnly,
};

/// Where a link runs: the line to draw, from the cause's border to the base of the arrowhead.
struct LinkRoute
{
    LinkId id;
    /**
     * With curved set: a cubic Bézier spline, points[0] then groups of three (two control
     * points and an end point), as QPainterPath::cubicTo() takes them. Otherwise a polyline.
     */
    QVector<QPointF> points;
    bool curved = false;
    /// Where the arrowhead's tip touches the effect; the head is drawn from points.last() to here.
    QPointF arrowTip;
};

struct LayoutResult
{
    /// Every input node's centre. Pinned nodes (and, in UnplacedOnly mode, every node that had a
    /// position) have exactly the position they came with.
    QHash<NodeId, QPointF> positions;
    /// The nodes the layout gave a place to: the ones applyLayout() moves.
    QVector<NodeId> moved;
    /// One route per link whose ends both exist, in input order.
    QVector<LinkRoute> routes;
    /// The smallest rectangle around every node.
    QRectF bounds;
    /// Empty on success; otherwise why Graphviz failed, and positions stay as they were.
    QString error;
    /// Wall time of the Graphviz run and of the whole computation, in milliseconds.
    qint64 graphvizMs = 0;
    qint64 totalMs = 0;

    bool ok() const { return error.isEmpty(); }
};

/**
 * Copies the document's nodes and links for a layout, measuring each label with
 * layoutNodeLabel() and \a labelFont, the font the canvas paints with.
 */
LayoutInput layoutInput(const Document &document, const QFont &labelFont);
LayoutInput layoutInput(const Document &document);
/// The same with each node's size from \a nodeSize, e.g. the canvas's own measure of a node's shape.
LayoutInput layoutInput(const Document &document, const std::function<QSizeF(const CausalNode &)> &nodeSize);

/**
 * From this many nodes on, dot minimises crossings with fewer passes (mclimit=0.1): about half
 * the time, possibly more crossings. LayoutInput::graphAttributes can set mclimit back.
 */
constexpr int LargeDiagramNodes = 1000;

/**
 * Lays out \a input with Graphviz dot and places the nodes \a mode allows to move.
 *
 * Safe to call from any thread; Graphviz keeps global state, so concurrent calls run one after
 * the other. An empty input gives an empty, successful result. Graphs with cycles are laid out
 * too (dot turns edges around to break them; see findCycles() to report them).
 */
LayoutResult computeLayout(const LayoutInput &input, LayoutMode mode);

/**
 * Moves the nodes the layout placed as one undo step named "Lay Out Diagram" (\a mode
 * AllFreeNodes) or "Place New Nodes" (UnplacedOnly). Placed nodes become free (pinned = false);
 * pinned nodes are never touched. Nodes that were removed, pinned or (UnplacedOnly) placed since
 * the input was taken are skipped, so a result that arrives late cannot undo the user's work.
 * Returns false, and pushes nothing, when \a result failed or moves nothing.
 */
bool applyLayout(Document &document, const LayoutResult &result, LayoutMode mode);

/// The undo text applyLayout() uses for \a mode (translated).
QString layoutUndoText(LayoutMode mode);

/**
 * A straight route between two node rectangles, from border to border, with the arrowhead's
 * length taken off the end: for links whose ends moved after layout (or during a drag).
 */
LinkRoute straightRoute(LinkId id, const QRectF &from, const QRectF &to, qreal arrowLength = 10);

} // namespace causeway

Q_DECLARE_METATYPE(causeway::LayoutResult)
Q_DECLARE_METATYPE(causeway::LayoutMode)
