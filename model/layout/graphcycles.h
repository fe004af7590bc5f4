// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QVector>

namespace causeway {

class Document;

/**
 * A group of nodes that cause each other in a circle: a strongly connected part of the causal
 * graph. A causal diagram may hold cycles (method.md: "allowed but flagged"), e.g. a retry storm
 * that feeds the load that causes it; the canvas marks them and the checks report them.
 *
 * Two circles that share a node form one group: from every node of a group one can follow the
 * links to every other node of it.
 */
struct CausalCycle
{
    QVector<NodeId> nodes; ///< in document order
    QVector<LinkId> links; ///< the links between nodes of the group, in document order
};

/**
 * The cycles among \a links over \a nodes (every link kind counts as cause to effect), found with
 * Tarjan's strongly-connected-components algorithm (iterative, so long chains cannot overflow the
 * stack). A link from a node to itself is a cycle of one node. Links to unknown nodes are ignored.
 * Groups are sorted by their first node in document order. Linear in nodes plus links.
 */
QVector<CausalCycle> findCycles(const QVector<CausalNode> &nodes, const QVector<CausalLink> &links);
QVector<CausalCycle> findCycles(const Document &document);

} // namespace causeway
