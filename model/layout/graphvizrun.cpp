// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphvizrun.h"

#include "nodemetrics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>

#include <gvc.h>
#include <gvplugin.h>

// The two plugins dot needs, linked in from Graphviz's plugin libraries. Registering them as
// builtins means layout works without the plugin configuration file (config6a, written by the
// package's postinst) and without dlopen, e.g. in a sandbox or a relocated install.
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
}

namespace causeway::graphviz {

namespace {

// Graphviz's layout code keeps global state (cgraph's error handler, dot's working data), so two
// layouts may not run at once even on separate contexts. Every use of Graphviz holds this lock.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

// Filled by the error callback while the lock is held.
QString &collectedErrors()
{
    static QString errors;
    return errors;
}

int collectError(char *message)
{
    collectedErrors() += QString::fromUtf8(message).trimmed() + QLatin1Char('\n');
    return 0;
}

// Created on first use and kept: creating a context registers the plugins each time.
GVC_t *context()
{
    static GVC_t *const gvc = [] {
        static const lt_symlist_t builtins[] = {
            { "gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library },
            { "gvplugin_core_LTX_library", &gvplugin_core_LTX_library },
            { nullptr, nullptr },
        };
        return gvContextPlugins(builtins, 0);
    }();
    return gvc;
}

// The C API takes char* for names and values it does not change.
char *cstr(const char *text)
{
    return const_cast<char *>(text);
}
char *cstr(const QByteArray &text)
{
    return const_cast<char *>(text.constData());
}

QByteArray inches(qreal sceneUnits)
{
    return QByteArray::number(sceneUnits / 72.0, 'f', 4);
}

/// The open graph; closes it (and frees its layout) however the run ends.
class GraphHandle
{
public:
    explicit GraphHandle(GVC_t *gvc)
        : m_gvc(gvc)
        , m_graph(agopen(cstr("causes"), Agdirected, nullptr))
    { }
    ~GraphHandle()
    {
        if (m_laidOut)
            gvFreeLayout(m_gvc, m_graph);
        agclose(m_graph);
    }
    GraphHandle(const GraphHandle &) = delete;
    GraphHandle &operator=(const GraphHandle &) = delete;

    Agraph_t *graph() const { return m_graph; }
    int layout()
    {
        const int rc = gvLayout(m_gvc, m_graph, "dot");
        m_laidOut = rc == 0;
        return rc;
    }

private:
    GVC_t *m_gvc;
    Agraph_t *m_graph;
    bool m_laidOut = false;
};

QPointF toScene(pointf p, const boxf &bb)
{
    return QPointF(p.x, bb.UR.y - p.y);
}

} // namespace

DotOutput runDot(
    const QVector<QSizeF> &sizes, const QVector<Edge> &edges, const QVector<Attribute> &graphAttributes)
{
    DotOutput out;
    if (sizes.isEmpty())
        return out;

    QMutexLocker lock(&graphvizMutex());
    QElapsedTimer timer;
    timer.start();
    collectedErrors().clear();
    agseterrf(collectError);
    agseterr(AGERR); // warnings are not failures; errors are reported below

    GVC_t *gvc = context();
    GraphHandle handle(gvc);
    Agraph_t *g = handle.graph();

    agattr(g, AGRAPH, cstr("rankdir"), cstr("LR"));
    agattr(g, AGRAPH, cstr("nodesep"), cstr(inches(nodemetrics::NodeGap)));
    agattr(g, AGRAPH, cstr("ranksep"), cstr(inches(nodemetrics::RankGap)));
    for (const Attribute &a : graphAttributes)
        agattr(g, AGRAPH, cstr(a.first), cstr(a.second));
    // Boxes of exactly the measured size with no text of their own: the canvas draws the labels,
    // so Graphviz never estimates text sizes (it has no font plugin here) and no label needs quoting.
    agattr(g, AGNODE, cstr("shape"), cstr("box"));
    agattr(g, AGNODE, cstr("fixedsize"), cstr("true"));
    agattr(g, AGNODE, cstr("label"), cstr(""));
    Agsym_t *widthAttr = agattr(g, AGNODE, cstr("width"), cstr("0.75"));
    Agsym_t *heightAttr = agattr(g, AGNODE, cstr("height"), cstr("0.5"));

    QVector<Agnode_t *> nodes;
    nodes.reserve(sizes.size());
    for (int i = 0; i < sizes.size(); ++i) {
        Agnode_t *n = agnode(g, cstr(QByteArray("n") + QByteArray::number(i)), 1);
        agxset(n, widthAttr, cstr(inches(sizes.at(i).width())));
        agxset(n, heightAttr, cstr(inches(sizes.at(i).height())));
        nodes.append(n);
    }
    QVector<Agedge_t *> graphEdges;
    graphEdges.reserve(edges.size());
    for (const Edge &e : edges) {
        // Anonymous edges with create=1: each link gets its own edge, even a parallel one.
        graphEdges.append(agedge(g, nodes.at(e.from), nodes.at(e.to), nullptr, 1));
    }

    if (handle.layout() != 0) {
        out.error = collectedErrors().trimmed();
        if (out.error.isEmpty())
            out.error = QCoreApplication::translate("Layout", "Graphviz could not lay out the diagram.");
        out.elapsedMs = timer.elapsed();
        return out;
    }

    const boxf bb = GD_bb(g);
    out.bounds = QRectF(QPointF(bb.LL.x, 0), QPointF(bb.UR.x, bb.UR.y - bb.LL.y));
    out.centres.reserve(nodes.size());
    for (Agnode_t *n : qAsConst(nodes))
        out.centres.append(toScene(ND_coord(n), bb));
    out.routes.reserve(graphEdges.size());
    for (Agedge_t *e : qAsConst(graphEdges)) {
        EdgeRoute route;
        const splines *spl = ED_spl(e);
        if (spl) {
            // dot writes one Bézier per edge (more only with concentrate=true): join them.
            for (int b = 0; b < spl->size; ++b) {
                const bezier &bz = spl->list[b];
                for (int i = route.points.isEmpty() ? 0 : 1; i < bz.size; ++i)
                    route.points.append(toScene(bz.list[i], bb));
                if (bz.eflag) {
                    route.hasArrowTip = true;
                    route.arrowTip = toScene(bz.ep, bb);
                }
            }
        }
        out.routes.append(route);
    }
    out.elapsedMs = timer.elapsed();
    return out;
}

QString version()
{
    QMutexLocker lock(&graphvizMutex());
    return QString::fromUtf8(gvcVersion(context()));
}

} // namespace causeway::graphviz
