// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphcycles.h"

#include "document.h"

#include <QHash>

#include <algorithm>

namespace causeway {

namespace {

struct Frame
{
    int node;
    int nextEdge; // position in the node's list of outgoing links
};

} // namespace

QVector<CausalCycle> findCycles(const QVector<CausalNode> &nodes, const QVector<CausalLink> &links)
{
    const int count = nodes.size();
    QHash<NodeId, int> indexOf;
    indexOf.reserve(count);
    for (int i = 0; i < count; ++i)
        indexOf.insert(nodes.at(i).id, i);
    QVector<QVector<int>> out(count); // node -> index into links
    for (int k = 0; k < links.size(); ++k) {
        const auto from = indexOf.constFind(links.at(k).from), to = indexOf.constFind(links.at(k).to);
        if (from != indexOf.constEnd() && to != indexOf.constEnd())
            out[*from].append(k);
    }

    // Tarjan: visit order, lowest reachable visit order, and the stack of open nodes.
    QVector<int> order(count, -1), low(count, 0), component(count, -1);
    QVector<bool> onStack(count, false);
    QVector<int> stack;
    QVector<Frame> calls;
    int nextOrder = 0, components = 0;
    for (int root = 0; root < count; ++root) {
        if (order.at(root) >= 0)
            continue;
        calls.append(Frame { root, 0 });
        order[root] = low[root] = nextOrder++;
        stack.append(root);
        onStack[root] = true;
        while (!calls.isEmpty()) {
            Frame &frame = calls.last();
            const int u = frame.node;
            if (frame.nextEdge < out.at(u).size()) {
                const int v = indexOf.value(links.at(out.at(u).at(frame.nextEdge++)).to);
                if (order.at(v) < 0) {
                    order[v] = low[v] = nextOrder++;
                    stack.append(v);
                    onStack[v] = true;
                    calls.append(Frame { v, 0 }); // `frame` is invalid from here on
                } else if (onStack.at(v)) {
                    low[u] = std::min(low.at(u), order.at(v));
                }
                continue;
            }
            // All of u's links are done: u closes a component if nothing above it was reached.
            if (low.at(u) == order.at(u)) {
                int w;
                do {
                    w = stack.takeLast();
                    onStack[w] = false;
                    component[w] = components;
                } while (w != u);
                ++components;
            }
            calls.removeLast();
            if (!calls.isEmpty()) {
                const int parent = calls.last().node;
                low[parent] = std::min(low.at(parent), low.at(u));
            }
        }
    }

    // A component is a cycle when it has two nodes or more, or one node linked to itself.
    QVector<int> size(components, 0);
    for (int i = 0; i < count; ++i)
        ++size[component.at(i)];
    QVector<int> cycleOf(components, -1);
    QVector<CausalCycle> cycles;
    for (int i = 0; i < count; ++i) {
        const int c = component.at(i);
        if (size.at(c) < 2)
            continue;
        if (cycleOf.at(c) < 0) {
            cycleOf[c] = cycles.size();
            cycles.append(CausalCycle());
        }
        cycles[cycleOf.at(c)].nodes.append(nodes.at(i).id);
    }
    for (const CausalLink &l : links) {
        const auto from = indexOf.constFind(l.from), to = indexOf.constFind(l.to);
        if (from == indexOf.constEnd() || to == indexOf.constEnd())
            continue;
        const int c = component.at(*from);
        if (c != component.at(*to))
            continue;
        if (cycleOf.at(c) < 0) { // a node linked to itself
            cycleOf[c] = cycles.size();
            cycles.append(CausalCycle { { l.from }, {} });
        }
        cycles[cycleOf.at(c)].links.append(l.id);
    }
    // Self-link cycles were appended after the others: restore document order of first nodes.
    std::stable_sort(cycles.begin(), cycles.end(), [&](const CausalCycle &a, const CausalCycle &b) {
        return indexOf.value(a.nodes.first()) < indexOf.value(b.nodes.first());
    });
    return cycles;
}

QVector<CausalCycle> findCycles(const Document &document)
{
    return findCycles(document.nodes(), document.links());
}

} // namespace causeway
