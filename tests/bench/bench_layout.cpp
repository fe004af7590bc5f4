// SPDX-License-Identifier: GPL-3.0-or-later
// Diagram layout at scale: random causal DAGs of 200 nodes / 300 links and 2,000 nodes / 3,000
// links with realistic label sizes, laid out with Graphviz dot as the Layout action does; then
// the dot attributes that trade quality for speed, one at a time, on the large graph. Run by hand:
//   QT_QPA_PLATFORM=offscreen build/qt6/bin/bench_layout [max nodes]
#include "benchmarkutil.h"
#include "layout/graphlayout.h"
#include "layout/nodemetrics.h"

#include <QGuiApplication>

#include <ctime>

using namespace causeway;
using namespace causeway::bench;

namespace {

/// Random DAG: links go from a lower to a higher node number, so there is no cycle.
LayoutInput randomDag(int nodeCount, int linkCount, quint32 seed)
{
    static const char *const words[] = { "deploy", "migration", "orders-api", "latency", "rollback",
        "HTTP 500", "schema", "readiness", "page", "backfill", "restart", "alert", "canary", "timeout",
        "database", "was", "not", "checked", "before", "the" };
    QRandomGenerator random(seed);
    LayoutInput input;
    const QFont font = nodeLabelFont();
    for (int i = 0; i < nodeCount; ++i) {
        QStringList label;
        const int length = 2 + int(random.bounded(12u));
        for (int w = 0; w < length; ++w)
            label << QLatin1String(words[random.bounded(20u)]);
        input.nodes.append(LayoutNode { NodeId(quint64(i + 1)),
            layoutNodeLabel(label.join(QLatin1Char(' ')), font).nodeSize, std::nullopt, false });
    }
    for (int k = 0; k < linkCount; ++k) {
        const int a = int(random.bounded(quint32(nodeCount))), b = int(random.bounded(quint32(nodeCount)));
        if (a == b) {
            --k;
            continue;
        }
        input.links.append(LayoutLink { LinkId(quint64(k + 1)), NodeId(quint64(std::min(a, b) + 1)),
            NodeId(quint64(std::max(a, b) + 1)) });
    }
    return input;
}

/// CPU time of this process: on a shared machine the wall time also counts other programs' turns.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

void run(const char *name, const LayoutInput &input, LayoutMode mode = LayoutMode::AllFreeNodes)
{
    const double cpuBefore = cpuMs();
    const LayoutResult r = computeLayout(input, mode);
    const double cpu = cpuMs() - cpuBefore;
    if (!r.ok()) {
        std::printf("%s: failed: %s\n", name, qPrintable(r.error));
        return;
    }
    int curved = 0;
    for (const LinkRoute &route : r.routes)
        curved += route.curved ? 1 : 0;
    report(name, double(r.totalMs),
        QStringLiteral("CPU %1 ms, dot %2 ms, %3 x %4 scene units, %5/%6 links curved, peak RSS %7 MiB")
            .arg(cpu, 0, 'f', 0)
            .arg(r.graphvizMs)
            .arg(r.bounds.width(), 0, 'f', 0)
            .arg(r.bounds.height(), 0, 'f', 0)
            .arg(curved)
            .arg(r.routes.size())
            .arg(peakRssMiB(), 0, 'f', 0));
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int maxNodes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    std::printf("bench_layout: Qt %s, peak RSS at start %.0f MiB\n", qVersion(), peakRssMiB());

    struct Size
    {
        int nodes, links;
    };
    for (const Size s : { Size { 200, 300 }, Size { 2000, 3000 } }) {
        if (s.nodes > maxNodes)
            continue;
        QElapsedTimer t;
        t.start();
        LayoutInput input = randomDag(s.nodes, s.links, 7);
        const QString measured = QStringLiteral("%1 nodes, %2 links: labels measured in %3 ms")
                                     .arg(s.nodes)
                                     .arg(s.links)
                                     .arg(elapsedMs(t), 0, 'f', 1);
        std::printf("\n%s\n", qPrintable(measured));
        run("lay out all (as the Layout action does)", input);
        run("lay out all, again", input);

        // A tenth of the nodes pinned where a first layout put them, shifted: the fit and the
        // overlap removal at scale.
        LayoutResult first = computeLayout(input, LayoutMode::AllFreeNodes);
        LayoutInput pinned = input;
        for (int i = 0; i < pinned.nodes.size(); ++i) {
            pinned.nodes[i].position = first.positions.value(pinned.nodes[i].id) + QPointF(37, 11);
            pinned.nodes[i].pinned = i % 10 == 0;
        }
        run("lay out all, 10 % pinned", pinned);
        for (int i = 0; i < pinned.nodes.size(); i += 20)
            pinned.nodes[i].position.reset();
        run("place 5 % unplaced nodes", pinned, LayoutMode::UnplacedOnly);

        if (s.nodes < 2000)
            continue;
        // Speed knobs, one at a time, then together. From 1,000 nodes computeLayout() sets mclimit=0.1;
        // "mclimit=1" is dot's default.
        QVector<std::pair<QByteArray, QVector<std::pair<QByteArray, QByteArray>>>> variants = {
            { "dot's defaults (mclimit=1)", { { "mclimit", "1" } } },
            { "nslimit=2 nslimit1=2", { { "mclimit", "1" }, { "nslimit", "2" }, { "nslimit1", "2" } } },
            { "mclimit=0.2", { { "mclimit", "0.2" } } },
            { "mclimit=0.1 (the default from 1,000 nodes)", { { "mclimit", "0.1" } } },
            { "searchsize=10", { { "mclimit", "1" }, { "searchsize", "10" } } },
            { "remincross=false", { { "mclimit", "1" }, { "remincross", "false" } } },
            { "splines=polyline", { { "mclimit", "1" }, { "splines", "polyline" } } },
            { "splines=line", { { "mclimit", "1" }, { "splines", "line" } } },
            { "splines=false", { { "mclimit", "1" }, { "splines", "false" } } },
            { "mclimit=0.1 nslimit=2 nslimit1=2",
                { { "mclimit", "0.1" }, { "nslimit", "2" }, { "nslimit1", "2" } } },
            { "mclimit=0.1 remincross=false", { { "mclimit", "0.1" }, { "remincross", "false" } } },
            { "mclimit=0.1 splines=line", { { "mclimit", "0.1" }, { "splines", "line" } } },
        };
        // Or the ones given on the command line, e.g. "mclimit=0.1,nslimit=1".
        if (argc > 2)
            variants.clear();
        for (int a = 2; a < argc; ++a) {
            QVector<std::pair<QByteArray, QByteArray>> attributes;
            for (const QByteArray &pair : QByteArray(argv[a]).split(','))
                attributes.append({ pair.left(pair.indexOf('=')), pair.mid(pair.indexOf('=') + 1) });
            variants.append({ QByteArray(argv[a]), attributes });
        }
        for (const auto &v : qAsConst(variants)) {
            LayoutInput tuned = input;
            tuned.graphAttributes = v.second;
            run(v.first.constData(), tuned);
        }
    }
    std::printf("\npeak RSS %.0f MiB\n", peakRssMiB());
    return 0;
}
