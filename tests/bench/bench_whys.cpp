// SPDX-License-Identifier: GPL-3.0-or-later
// The Five Whys and defences derived from a large diagram, and selection following into a long
// timeline: how long each takes, so that views can rebuild them on every document signal.
//
// usage: bench_whys [nodes] [events]   (defaults: 2,000 nodes with 3,000 links; 200,000 events)
#include "benchmarkutil.h"
#include "diagram/defences.h"
#include "diagram/defencesview.h"
#include "diagram/fivewhys.h"
#include "diagram/fivewhysview.h"
#include "document.h"
#include "selection/selectionhub.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QTableView>

#include <algorithm>

using namespace causeway;
using namespace causeway::bench;

namespace {

/// One outcome, a few triggers, a why-tree over every node, extra causal links and defences.
DocumentContent syntheticDiagram(int nodes, int events)
{
    DocumentContent c;
    c.events = syntheticEvents(events);
    QRandomGenerator random(7);
    for (int i = 0; i < nodes; ++i) {
        CausalNode n;
        n.id = NodeId(quint64(i + 1));
        n.type = i == 0    ? NodeType::Outcome
            : i % 400 == 1 ? NodeType::Trigger
            : i % 10 == 5  ? NodeType::Defence
                           : NodeType::Condition;
        if (n.type == NodeType::Defence)
            n.defenceState = DefenceState(random.bounded(4u));
        n.label = QStringLiteral("Cause %1").arg(i);
        for (int e = 0; e < 3 && events > 0; ++e)
            n.evidenceEvents.append(EventId(quint64(random.bounded(quint32(events)) + 1)));
        std::sort(n.evidenceEvents.begin(), n.evidenceEvents.end());
        n.evidenceEvents.erase(
            std::unique(n.evidenceEvents.begin(), n.evidenceEvents.end()), n.evidenceEvents.end());
        c.nodes.append(n);
    }
    quint64 link = 0;
    auto connect = [&](int from, int to, LinkKind kind, bool why) {
        CausalLink l;
        l.id = LinkId(++link);
        l.from = NodeId(quint64(from + 1));
        l.to = NodeId(quint64(to + 1));
        l.kind = kind;
        l.why = why;
        c.links.append(l);
    };
    // Every non-defence node answers why an earlier one happened: a tree rooted at the outcome.
    for (int i = 1; i < nodes; ++i) {
        const int effect = int(random.bounded(quint32(i)));
        if (c.nodes.at(i).type == NodeType::Defence)
            connect(i, effect, LinkKind::FailedToStop, false);
        else
            connect(i, effect, LinkKind::Causes, true);
    }
    // Half as many again: cross links, some of them why-steps (diamonds and loops included).
    for (int i = 0; i < nodes / 2; ++i) {
        const int from = int(random.bounded(quint32(nodes)));
        const int to = int(random.bounded(quint32(nodes)));
        if (from != to)
            connect(from, to, i % 2 ? LinkKind::Enables : LinkKind::Causes, i % 3 == 0);
    }
    return c;
}

template<class F>
double medianMs(int runs, F &&work)
{
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(elapsedMs(timer));
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int nodes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    const int events = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 200000;
    Document doc(syntheticDiagram(nodes, events));
    std::printf("%d nodes, %d links, %d events\n", int(doc.nodes().size()), int(doc.links().size()),
        int(doc.events().size()));
    const NodeId outcome = whyOutcomes(doc).first();

    WhyTree tree;
    const double treeMs = medianMs(20, [&] { tree = WhyTree(doc, outcome); });
    report("why tree from the outcome (median of 20)", treeMs,
        QStringLiteral("%1 steps, %2 deep").arg(tree.steps().size()).arg(tree.depth()));
    DefencePicture picture;
    const double pictureMs = medianMs(20, [&] { picture = defencePicture(doc); });
    report("defence layers (median of 20)", pictureMs,
        QStringLiteral("%1 on the path of %2").arg(picture.onPathCount()).arg(picture.layers.size()));

    SelectionHub hub(&doc);
    QElapsedTimer timer;
    timer.start();
    FiveWhysView whys(&doc, &hub);
    whys.resize(420, 700);
    whys.show();
    DefencesView defences(&doc, &hub);
    defences.resize(1200, 400);
    defences.show();
    QApplication::processEvents();
    report("Five Whys and defences views: build and show", elapsedMs(timer));

    // An answer added and taken back: every view rebuilds from the document's signals.
    const NodeId deepest = tree.steps().last().node;
    auto addAndUndo = [&] {
        addWhyAnswer(&doc, deepest, QStringLiteral("bench"));
        QApplication::processEvents();
        doc.undoStack()->undo();
        QApplication::processEvents();
    };
    report("add a why answer, both views updated (median of 10)", medianMs(10, addAndUndo) / 2);
    defences.hide();
    whys.hide();
    report("  the same with the views hidden (median of 10)", medianMs(10, addAndUndo) / 2);

    TimelineView timeline(&doc);
    timeline.setSelectionHub(&hub);
    timeline.resize(1200, 700);
    timeline.show();
    QApplication::processEvents();
    QObject canvas;
    int i = 0;
    report("select a node: timeline tints and scrolls (median of 20)", medianMs(20, [&] {
        hub.selectNodes({ doc.nodes().at((i++ * 97) % nodes).id }, &canvas);
        timeline.table()->viewport()->repaint();
    }));
    std::printf("peak RSS %.0f MiB\n", peakRssMiB());
    return 0;
}
