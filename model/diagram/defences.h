// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QVector>

namespace causeway {

class Document;

/*
 * The Swiss-cheese picture: the defences between the trigger and the outcome as layers, in the
 * order the hazard meets them.
 *
 * The chain is every node on a path from a trigger to an outcome along "causes" and "enables"
 * links. A defence joins the chain where its own links meet it: a "failed to stop" or "limited"
 * link (or any other link) from the defence to a node of the chain puts the defence at that
 * node's place; a defence drawn inside the chain sits at its own place. Places count links from
 * the nearest trigger (the trigger is 0). At one place, defences that failed to stop come before
 * those that only limited the harm, then document order. A document without a trigger measures
 * from the first causes of the outcome instead, so its defences still line up.
 */

/// Why a defence is not a layer of the picture.
enum class OffPathReason {
    None, ///< it is a layer
    NotLinked, ///< no link connects it to anything
    NotOnChain, ///< its links lead to nodes that are not between a trigger and an outcome
};

struct DefenceLayer
{
    NodeId node;
    DefenceState state = DefenceState::Absent;
    /// Its place along the chain (links from the trigger), -1 when off the path.
    int place = -1;
    /// The chain node it guards (itself when it is inside the chain); invalid when off the path.
    NodeId guards;
    /// The kind of the link that puts it there (FailedToStop, Limited, ...).
    LinkKind kind = LinkKind::FailedToStop;
    OffPathReason offPath = OffPathReason::None;
    int evidenceCount = 0;
    QVector<ActionId> actions; ///< corrective actions that address it, in document order

    bool onPath() const { return offPath == OffPathReason::None; }
};

struct DefencePicture
{
    QVector<NodeId> triggers; ///< where the hazard starts, in document order
    QVector<NodeId> outcomes; ///< where it ends, in document order
    /// The chain's nodes with their places (links from the trigger), in place order.
    QVector<QPair<NodeId, int>> chain;
    /// The layers in path order, then the defences off the path (in document order).
    QVector<DefenceLayer> layers;

    int onPathCount() const;
};

/// Builds the picture of \a document's defences.
DefencePicture defencePicture(const Document &document);

} // namespace causeway
