// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphlayout.h"

#include "document.h"
#include "graphvizrun.h"
#include "nodemetrics.h"
#include "overlapremoval.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLineF>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

/*
 * How hand-placed nodes stay put.
 *
 * dot cannot be told to keep a node at a given place (only neato/fdp honour pin=true, and they
 * do not draw causes before effects). So the whole graph is laid out by dot, and its drawing is
 * then fitted onto the nodes that must not move, the anchors: pinned nodes when laying out all
 * free nodes, every placed node when placing only new ones.
 *
 * 1. Fit. Moving dot's drawing by a translation t (scale stays 1, so sizes and gaps stay as dot
 *    made them) puts anchor a at dot(a) + t. The t that minimises the squared distances to the
 *    hand positions is the mean of hand(a) - dot(a). Anchors are then set back to their hand
 *    positions exactly (copied, never recomputed, so they keep every bit).
 *    - Lay out all free nodes: one t for the whole drawing, so the free part keeps dot's shape.
 *    - Place only new nodes: the placed nodes may sit far from where dot would put them, so one
 *      t could put a new cause far from its effect. Instead t spreads along the links: a new node
 *      takes the mean t of its already-resolved neighbours, breadth first from the anchors (each
 *      anchor's own t is hand - dot). A new cause thus lands where dot would put it relative to
 *      the placed effect. Nodes not linked to any anchor take the global mean.
 *    Without anchors the drawing keeps the top-left corner of the placed nodes (or the origin).
 * 2. Overlaps. The moved nodes are pushed, up or down only (so left-to-right order is kept), out
 *    of the anchors and of each other, in dot's order: see removeOverlaps().
 * 3. Routes. A link whose two ends moved by the same vector from dot's drawing keeps dot's spline,
 *    moved by that vector; any other link (e.g. to a pinned node) gets a straight route.
 */

namespace causeway {

namespace {

constexpr qreal SameSpot = 0.5; // scene units: "still where dot drew it"

QPointF mean(const QVector<QPointF> &points)
{
    QPointF sum;
    for (const QPointF &p : points)
        sum += p;
    return points.isEmpty() ? QPointF() : sum / points.size();
}

bool near(QPointF a, QPointF b)
{
    return std::abs(a.x() - b.x()) < SameSpot && std::abs(a.y() - b.y()) < SameSpot;
}

// Without anchors: keep the drawing's top-left where the placed nodes' top-left was.
QPointF fallbackShift(const LayoutInput &input, const graphviz::DotOutput &dot)
{
    QRectF placed;
    for (const LayoutNode &n : input.nodes) {
        if (n.position)
            placed |= nodeRect(*n.position, n.size);
    }
    const QPointF target = placed.isNull() ? QPointF() : placed.topLeft();
    return target - dot.bounds.topLeft();
}

// Step 1 for "place only new nodes": translations spread breadth-first along the links.
QVector<QPointF> spreadShifts(const LayoutInput &input, const QVector<QVector<int>> &neighbours,
    const QVector<bool> &isAnchor, const QVector<QPointF> &anchorShift, QPointF globalShift)
{
    const int count = input.nodes.size();
    QVector<QPointF> shift(count, globalShift);
    QVector<bool> resolved = isAnchor;
    for (int i = 0; i < count; ++i) {
        if (isAnchor.at(i))
            shift[i] = anchorShift.at(i);
    }
    QVector<int> frontier;
    for (int i = 0; i < count; ++i) {
        if (isAnchor.at(i))
            frontier.append(i);
    }
    while (!frontier.isEmpty()) {
        QVector<int> next;
        QSet<int> seen;
        for (int u : qAsConst(frontier)) {
            for (int v : neighbours.at(u)) {
                if (!resolved.at(v) && !seen.contains(v)) {
                    seen.insert(v);
                    next.append(v);
                }
            }
        }
        // All of a level is computed from earlier levels only, then marked resolved.
        QVector<QPointF> levelShift;
        for (int v : qAsConst(next)) {
            QVector<QPointF> from;
            for (int w : neighbours.at(v)) {
                if (resolved.at(w))
                    from.append(shift.at(w));
            }
            levelShift.append(mean(from));
        }
        for (int k = 0; k < next.size(); ++k) {
            shift[next.at(k)] = levelShift.at(k);
            resolved[next.at(k)] = true;
        }
        frontier = next;
    }
    return shift;
}

LinkRoute movedRoute(LinkId id, const graphviz::EdgeRoute &dotRoute, QPointF by)
{
    LinkRoute route;
    route.id = id;
    route.curved = true;
    route.points.reserve(dotRoute.points.size());
    for (const QPointF &p : dotRoute.points)
        route.points.append(p + by);
    route.arrowTip = (dotRoute.hasArrowTip ? dotRoute.arrowTip : dotRoute.points.last()) + by;
    return route;
}

} // namespace

LayoutInput layoutInput(const Document &document, const std::function<QSizeF(const CausalNode &)> &nodeSize)
{
    LayoutInput input;
    input.nodes.reserve(document.nodes().size());
    for (const CausalNode &n : document.nodes()) {
        LayoutNode node;
        node.id = n.id;
        node.size = nodeSize(n);
        node.position = n.position;
        node.pinned = n.pinned;
        input.nodes.append(node);
    }
    input.links.reserve(document.links().size());
    for (const CausalLink &l : document.links())
        input.links.append(LayoutLink { l.id, l.from, l.to, l.kind });
    return input;
}

LayoutInput layoutInput(const Document &document, const QFont &labelFont)
{
    return layoutInput(
        document, [&](const CausalNode &n) { return layoutNodeLabel(n.label, labelFont).nodeSize; });
}

LayoutInput layoutInput(const Document &document)
{
    return layoutInput(document, nodeLabelFont());
}

LayoutResult computeLayout(const LayoutInput &input, LayoutMode mode)
{
    QElapsedTimer timer;
    timer.start();
    LayoutResult result;
    const int count = input.nodes.size();
    if (count == 0)
        return result;

    QHash<NodeId, int> indexOf;
    QVector<QSizeF> sizes;
    sizes.reserve(count);
    for (int i = 0; i < count; ++i) {
        indexOf.insert(input.nodes.at(i).id, i);
        sizes.append(input.nodes.at(i).size);
    }
    QVector<graphviz::Edge> edges;
    QVector<int> linkOfEdge; // input.links index of each edge; links to unknown nodes are left out
    QVector<QVector<int>> neighbours(count);
    for (int k = 0; k < input.links.size(); ++k) {
        const LayoutLink &l = input.links.at(k);
        const auto from = indexOf.constFind(l.from), to = indexOf.constFind(l.to);
        if (from == indexOf.constEnd() || to == indexOf.constEnd())
            continue;
        edges.append(graphviz::Edge { *from, *to });
        linkOfEdge.append(k);
        neighbours[*from].append(*to);
        neighbours[*to].append(*from);
    }

    // dot's crossing minimisation dominates on large graphs: 2,000 nodes and 3,000 links took
    // about 3.5 s of CPU with the defaults and 1.4 s with mclimit=0.1 (docs/benchmarks.md, "Layout").
    QVector<graphviz::Attribute> attributes;
    if (count >= LargeDiagramNodes)
        attributes.append({ QByteArrayLiteral("mclimit"), QByteArrayLiteral("0.1") });
    attributes += input.graphAttributes;
    const graphviz::DotOutput dot = graphviz::runDot(sizes, edges, attributes);
    result.graphvizMs = dot.elapsedMs;
    if (!dot.error.isEmpty()) {
        result.error = dot.error;
        result.totalMs = timer.elapsed();
        return result;
    }

    // Step 1: anchors and the translation of dot's drawing (see the comment at the top).
    QVector<bool> isAnchor(count, false);
    QVector<QPointF> anchorShift(count);
    QVector<QPointF> anchorShifts;
    for (int i = 0; i < count; ++i) {
        const LayoutNode &n = input.nodes.at(i);
        const bool keep = n.position && (mode == LayoutMode::UnplacedOnly || n.pinned);
        if (keep) {
            isAnchor[i] = true;
            anchorShift[i] = *n.position - dot.centres.at(i);
            anchorShifts.append(anchorShift.at(i));
        }
    }
    const QPointF globalShift = anchorShifts.isEmpty() ? fallbackShift(input, dot) : mean(anchorShifts);
    const QVector<QPointF> shift = mode == LayoutMode::UnplacedOnly
        ? spreadShifts(input, neighbours, isAnchor, anchorShift, globalShift)
        : QVector<QPointF>(count, globalShift);

    // Step 2: the moved nodes leave room for the anchors and for each other, in dot's order.
    QVector<QRectF> fixedRects;
    QVector<int> movedIndex;
    for (int i = 0; i < count; ++i) {
        if (isAnchor.at(i))
            fixedRects.append(nodeRect(*input.nodes.at(i).position, sizes.at(i)));
        else
            movedIndex.append(i);
    }
    std::stable_sort(movedIndex.begin(), movedIndex.end(), [&](int a, int b) {
        const QPointF pa = dot.centres.at(a), pb = dot.centres.at(b);
        return pa.x() < pb.x() || (pa.x() == pb.x() && pa.y() < pb.y());
    });
    QVector<QRectF> wanted;
    wanted.reserve(movedIndex.size());
    for (int i : qAsConst(movedIndex))
        wanted.append(nodeRect(dot.centres.at(i) + shift.at(i), sizes.at(i)));
    const QVector<QRectF> settled = removeOverlaps(fixedRects, wanted, nodemetrics::NodeGap);

    QVector<QPointF> finalPos(count);
    for (int i = 0; i < count; ++i) {
        if (isAnchor.at(i))
            finalPos[i] = *input.nodes.at(i).position;
    }
    for (int k = 0; k < movedIndex.size(); ++k)
        finalPos[movedIndex.at(k)] = settled.at(k).center();

    result.positions.reserve(count);
    for (int i = 0; i < count; ++i) {
        result.positions.insert(input.nodes.at(i).id, finalPos.at(i));
        result.bounds |= nodeRect(finalPos.at(i), sizes.at(i));
    }
    result.moved.reserve(movedIndex.size());
    for (int i = 0; i < count; ++i) {
        if (!isAnchor.at(i))
            result.moved.append(input.nodes.at(i).id);
    }

    // Step 3: routes.
    result.routes.reserve(edges.size());
    for (int k = 0; k < edges.size(); ++k) {
        const LayoutLink &link = input.links.at(linkOfEdge.at(k));
        const int from = edges.at(k).from, to = edges.at(k).to;
        const QPointF fromMoved = finalPos.at(from) - dot.centres.at(from);
        const QPointF toMoved = finalPos.at(to) - dot.centres.at(to);
        const graphviz::EdgeRoute &dotRoute = dot.routes.at(k);
        if (!dotRoute.points.isEmpty() && near(fromMoved, toMoved))
            result.routes.append(movedRoute(link.id, dotRoute, fromMoved));
        else
            result.routes.append(straightRoute(link.id, nodeRect(finalPos.at(from), sizes.at(from)),
                nodeRect(finalPos.at(to), sizes.at(to))));
    }
    result.totalMs = timer.elapsed();
    return result;
}

namespace {

// Where the ray from the centre of \a r towards \a towards leaves \a r.
QPointF borderPoint(const QRectF &r, QPointF towards)
{
    const QPointF c = r.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx =
        qFuzzyIsNull(d.x()) ? std::numeric_limits<qreal>::max() : (r.width() / 2) / std::abs(d.x());
    const qreal sy =
        qFuzzyIsNull(d.y()) ? std::numeric_limits<qreal>::max() : (r.height() / 2) / std::abs(d.y());
    return c + d * std::min({ sx, sy, qreal(1) });
}

} // namespace

LinkRoute straightRoute(LinkId id, const QRectF &from, const QRectF &to, qreal arrowLength)
{
    LinkRoute route;
    route.id = id;
    route.curved = false;
    const QPointF start = borderPoint(from, to.center());
    const QPointF tip = borderPoint(to, from.center());
    route.arrowTip = tip;
    QLineF line(start, tip);
    if (line.length() > arrowLength)
        line.setLength(line.length() - arrowLength);
    route.points = { start, line.p2() };
    return route;
}

QString layoutUndoText(LayoutMode mode)
{
    return mode == LayoutMode::AllFreeNodes ? QCoreApplication::translate("Undo Commands", "Lay Out Diagram")
                                            : QCoreApplication::translate("Undo Commands", "Place New Nodes");
}

bool applyLayout(Document &document, const LayoutResult &result, LayoutMode mode)
{
    if (!result.ok())
        return false;
    QVector<Document::NodePlacement> placements;
    placements.reserve(result.moved.size());
    for (NodeId id : result.moved) {
        const CausalNode *node = document.node(id);
        if (!node || (node->pinned && node->position))
            continue; // removed, or placed by hand while the layout ran
        if (mode == LayoutMode::UnplacedOnly && node->position)
            continue; // placed while the layout ran
        placements.append(Document::NodePlacement { id, result.positions.value(id), false });
    }
    const int before = document.undoStack()->index();
    document.placeNodes(placements, layoutUndoText(mode));
    return document.undoStack()->index() != before;
}

} // namespace causeway
