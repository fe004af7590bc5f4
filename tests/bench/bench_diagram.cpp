// SPDX-License-Identifier: GPL-3.0-or-later
// The causal-diagram canvas at scale: N nodes (default 2,000) with 1.5 N links on a grid are shown
// on the canvas, painted at "fit" and at 100 %, panned, zoomed, dragged and exported. Run by hand:
//   QT_QPA_PLATFORM=offscreen build/qt6/bin/bench_diagram [N]
// Results go to docs/benchmarks.md; nothing here is a pass/fail test.
#include "benchmarkutil.h"
#include "diagram/diagramexport.h"
#include "diagram/diagramitems.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "document.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>

using namespace causeway;
using namespace causeway::bench;

namespace {
std::unique_ptr<Document> syntheticDiagram(int count)
{
    DocumentContent content;
    QRandomGenerator random(7);
    const int columns = std::max(1, int(std::sqrt(count * 2.0)));
    for (int i = 0; i < count; ++i) {
        CausalNode n;
        n.id = NodeId(quint64(i + 1));
        n.type = NodeType(i % 6);
        if (n.type == NodeType::Defence)
            n.defenceState = DefenceState(i % 4);
        n.label =
            QStringLiteral("Node %1: a condition of the system that made the next step possible").arg(i);
        n.position = QPointF((i % columns) * 240.0, (i / columns) * 160.0);
        if (i % 3)
            n.evidenceEvents = { EventId(quint64(1 + i % 5)) };
        content.nodes.append(n);
    }
    // 1.5 links per node: to the right-hand neighbour, and every other node to one below.
    quint64 linkId = 1;
    for (int i = 0; i < count && int(content.links.size()) < count * 3 / 2; ++i) {
        auto link = [&](int to) {
            if (to >= count)
                return;
            CausalLink l;
            l.id = LinkId(linkId++);
            l.from = NodeId(quint64(i + 1));
            l.to = NodeId(quint64(to + 1));
            l.kind = LinkKind(random.bounded(5));
            content.links.append(l);
        };
        if ((i + 1) % columns)
            link(i + 1);
        if (i % 2 == 0)
            link(i + columns);
    }
    return std::make_unique<Document>(std::move(content));
}

/// Paints the view's viewport as a frame would, \a frames times; returns ms per frame.
double paintFrames(DiagramView &view, int frames, const std::function<void(int)> &between)
{
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < frames; ++i) {
        between(i);
        QPainter painter(&frame);
        view.render(&painter);
    }
    return elapsedMs(t) / frames;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    QElapsedTimer t;
    t.start();
    auto document = syntheticDiagram(count);
    std::printf("bench_diagram: %d nodes, %d links, Qt %s\n", int(document->nodes().size()),
        int(document->links().size()), qVersion());
    report("build document", elapsedMs(t));

    t.start();
    DiagramScene scene(document.get());
    report("canvas: create items", elapsedMs(t));
    DiagramView view(&scene);
    view.resize(1400, 900);
    view.show();
    QCoreApplication::processEvents();

    view.fitDiagram();
    report("paint whole diagram (fit), per frame", paintFrames(view, 5, [](int) {}),
        QStringLiteral("zoom %1 %").arg(qRound(view.zoom() * 100)));
    view.resetZoom();
    report("paint at 100 %, panning, per frame", paintFrames(view, 30, [&](int i) {
        view.horizontalScrollBar()->setValue(
            view.horizontalScrollBar()->value() + 40 * (i % 2 ? 1 : -1) + 13);
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 25);
    }));
    report("zoom step + paint, per frame", paintFrames(view, 20, [&](int i) {
        if (i % 2)
            view.zoomIn();
        else
            view.zoomOut();
    }));

    // Dragging a selection of 100 nodes: every mouse move moves them and their links.
    QVector<NodeId> selection;
    for (int i = 0; i < 100 && i < count; ++i)
        selection.append(NodeId(quint64(i + 1)));
    scene.selectNodes(selection);
    t.start();
    const int moves = 20;
    for (int m = 0; m < moves; ++m) {
        for (NodeId id : selection)
            scene.nodeItem(id)->moveBy(2, 1);
    }
    report("drag 100 nodes, per mouse move", elapsedMs(t) / moves);
    t.start();
    QVector<Document::NodePlacement> placements;
    for (NodeId id : selection)
        placements.append({ id, scene.nodeItem(id)->pos(), true });
    document->placeNodes(placements, QStringLiteral("Move"));
    report("commit the drag (one undo step)", elapsedMs(t));
    t.start();
    document->undoStack()->undo();
    report("undo the drag", elapsedMs(t));

    t.start();
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    writeDiagramSvg(*document, &svg);
    report("export SVG", elapsedMs(t), QStringLiteral("%1 MiB").arg(svg.size() / 1048576.0, 0, 'f', 1));
    t.start();
    const QImage png = renderDiagramImage(*document, 0.5);
    report(
        "render PNG at 50 %", elapsedMs(t), QStringLiteral("%1 x %2 px").arg(png.width()).arg(png.height()));
    std::printf("peak RSS %.0f MiB\n", peakRssMiB());
    return 0;
}
