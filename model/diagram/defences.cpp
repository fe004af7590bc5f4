// SPDX-License-Identifier: GPL-3.0-or-later
#include "defences.h"

#include "document.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace causeway {

namespace {

/// Links along which harm travels from the trigger to the outcome.
bool carriesHarm(const CausalLink &link)
{
    return link.kind == LinkKind::Causes || link.kind == LinkKind::Enables;
}

/// At one place: a defence that failed to stop the harm is met before one that only limited it.
int kindRank(LinkKind kind)
{
    switch (kind) {
    case LinkKind::FailedToStop:
        return 0;
    case LinkKind::Causes:
    case LinkKind::Enables:
        return 1;
    case LinkKind::WarnedOf:
        return 2;
    case LinkKind::Limited:
        return 3;
    }
    return 1;
}

/// Shortest distances (in links) from \a starts along \a next; cycles end where they loop.
QHash<NodeId, int> distances(const QVector<NodeId> &starts, const QHash<NodeId, QVector<NodeId>> &next)
{
    QHash<NodeId, int> dist;
    QVector<NodeId> queue;
    for (NodeId s : starts) {
        if (!dist.contains(s)) {
            dist.insert(s, 0);
            queue.append(s);
        }
    }
    for (int i = 0; i < queue.size(); ++i) {
        const NodeId current = queue.at(i);
        const int d = dist.value(current);
        for (NodeId n : next.value(current)) {
            if (!dist.contains(n)) {
                dist.insert(n, d + 1);
                queue.append(n);
            }
        }
    }
    return dist;
}

} // namespace

int DefencePicture::onPathCount() const
{
    return int(
        std::count_if(layers.cbegin(), layers.cend(), [](const DefenceLayer &l) { return l.onPath(); }));
}

DefencePicture defencePicture(const Document &document)
{
    DefencePicture picture;
    QHash<NodeId, QVector<NodeId>> forward;
    QHash<NodeId, QVector<NodeId>> backward;
    QHash<NodeId, QVector<const CausalLink *>> linksOf; // every link, by both of its ends
    for (const CausalLink &l : document.links()) {
        linksOf[l.from].append(&l);
        linksOf[l.to].append(&l);
        if (carriesHarm(l)) {
            forward[l.from].append(l.to);
            backward[l.to].append(l.from);
        }
    }
    for (const CausalNode &n : document.nodes()) {
        if (n.type == NodeType::Trigger)
            picture.triggers.append(n.id);
        else if (n.type == NodeType::Outcome)
            picture.outcomes.append(n.id);
    }

    const QHash<NodeId, int> toOutcome = distances(picture.outcomes, backward);
    QHash<NodeId, int> place;
    if (!picture.triggers.isEmpty()) {
        const QHash<NodeId, int> fromTrigger = distances(picture.triggers, forward);
        for (auto it = fromTrigger.cbegin(); it != fromTrigger.cend(); ++it) {
            if (toOutcome.contains(it.key()))
                place.insert(it.key(), it.value());
        }
    } else {
        int farthest = 0;
        for (int d : toOutcome)
            farthest = std::max(farthest, d);
        for (auto it = toOutcome.cbegin(); it != toOutcome.cend(); ++it)
            place.insert(it.key(), farthest - it.value());
    }
    for (const CausalNode &n : document.nodes()) {
        if (place.contains(n.id))
            picture.chain.append({ n.id, place.value(n.id) });
    }
    std::stable_sort(picture.chain.begin(), picture.chain.end(),
        [](const QPair<NodeId, int> &a, const QPair<NodeId, int> &b) { return a.second < b.second; });

    QHash<NodeId, QVector<ActionId>> actions;
    for (const CorrectiveAction &a : document.actions()) {
        for (NodeId n : a.addresses)
            actions[n].append(a.id);
    }

    QVector<DefenceLayer> onPath;
    QVector<DefenceLayer> offPath;
    QHash<NodeId, int> order;
    for (const CausalNode &n : document.nodes()) {
        if (n.type != NodeType::Defence)
            continue;
        order.insert(n.id, order.size());
        DefenceLayer layer;
        layer.node = n.id;
        layer.state = n.defenceState.value_or(DefenceState::Absent);
        layer.evidenceCount = n.evidenceEvents.size();
        layer.actions = actions.value(n.id);
        bool linked = false;
        for (const CausalLink *l : linksOf.value(n.id)) {
            linked = true;
            if (l->from != n.id || !place.contains(l->to))
                continue;
            const int at = place.value(l->to);
            if (layer.place < 0 || at < layer.place ||
                (at == layer.place && kindRank(l->kind) < kindRank(layer.kind))) {
                layer.place = at;
                layer.guards = l->to;
                layer.kind = l->kind;
            }
        }
        if (place.contains(n.id) && (layer.place < 0 || place.value(n.id) <= layer.place)) {
            layer.place = place.value(n.id);
            layer.guards = n.id;
            layer.kind = LinkKind::Causes;
        }
        if (layer.place >= 0) {
            onPath.append(layer);
        } else {
            layer.offPath = linked ? OffPathReason::NotOnChain : OffPathReason::NotLinked;
            offPath.append(layer);
        }
    }
    std::stable_sort(onPath.begin(), onPath.end(), [&order](const DefenceLayer &a, const DefenceLayer &b) {
        if (a.place != b.place)
            return a.place < b.place;
        if (kindRank(a.kind) != kindRank(b.kind))
            return kindRank(a.kind) < kindRank(b.kind);
        return order.value(a.node) < order.value(b.node);
    });
    picture.layers = onPath + offPath;
    return picture;
}

} // namespace causeway
