// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

#include <utility>

namespace causeway::graphviz {

/**
 * The one place that talks to libgvc/libcgraph: it builds a graph from plain sizes and index
 * pairs, runs `dot` and reads the coordinates back in scene units with y pointing down.
 * Everything Causeway-specific (ids, pinned nodes, the document) stays outside.
 */

using Attribute = std::pair<QByteArray, QByteArray>;

struct Edge
{
    int from = 0; ///< index into the node sizes
    int to = 0;
};

struct EdgeRoute
{
    QVector<QPointF> points; ///< a cubic Bézier (1 + 3k points); empty when dot drew no line
    bool hasArrowTip = false;
    QPointF arrowTip;
};

struct DotOutput
{
    QVector<QPointF> centres; ///< per node, in dot's frame converted to y-down
    QVector<EdgeRoute> routes; ///< per edge
    QRectF bounds; ///< dot's bounding box in the same frame
    QString error; ///< empty on success
    qint64 elapsedMs = 0;
};

/**
 * Lays out nodes of \a sizes (scene units) joined by \a edges with dot. \a graphAttributes are
 * set on the graph after Causeway's defaults (rankdir=LR, fixed-size boxes, gaps from
 * nodemetrics.h), so they can override them. Thread-safe: Graphviz has global state, so runs are
 * serialized on one mutex.
 */
DotOutput runDot(
    const QVector<QSizeF> &sizes, const QVector<Edge> &edges, const QVector<Attribute> &graphAttributes = {});

/// Graphviz's version as the library reports it (e.g. "2.43.0").
QString version();

} // namespace causeway::graphviz
