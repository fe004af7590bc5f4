// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramgeometry.h"

#include "diagramstyle.h"
#include "document.h"
#include "layout/nodemetrics.h"

#include <QFontMetricsF>
#include <QLineF>

#include <cmath>

namespace causeway {

namespace {
constexpr qreal TriggerPoint = 14; // how far the trigger's arrow shape points to the right
constexpr qreal Chamfer = 10; // the cut corners of a warning sign
constexpr qreal ArrowLength = 10;
constexpr qreal BendPerLink = 26;

qreal lineHeight()
{
    static const qreal height = QFontMetricsF(DiagramStyle::labelFont()).lineSpacing();
    return height;
}

/// Where the ray from \a centre towards \a target leaves \a rect (centre inside rect).
QPointF rectExit(const QRectF &rect, const QPointF &centre, const QPointF &target)
{
    const QPointF d = target - centre;
    qreal t = 1;
    if (d.x() > 0)
        t = std::min(t, (rect.right() - centre.x()) / d.x());
    else if (d.x() < 0)
        t = std::min(t, (rect.left() - centre.x()) / d.x());
    if (d.y() > 0)
        t = std::min(t, (rect.bottom() - centre.y()) / d.y());
    else if (d.y() < 0)
        t = std::min(t, (rect.top() - centre.y()) / d.y());
    return centre + d * t;
}

/**
 * The point where the segment from \a centre (inside \a outline, which fills \a rect) towards
 * \a target leaves the outline. The bounding rectangle gives it exactly for most of the way; a
 * short bisection then finds the rounded corner, the shield's point or the trigger's tip.
 */
QPointF exitPoint(
    const QPainterPath &outline, const QRectF &rect, const QPointF &centre, const QPointF &target)
{
    if (rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(target))
        return centre; // overlapping nodes: no visible stretch of line to end on
    // Half a unit outside the rectangle, so that the start is surely outside the outline.
    QPointF out = rectExit(rect.adjusted(-0.5, -0.5, 0.5, 0.5), centre, target);
    const QLineF inward(out, centre);
    // Every shape lies at most MaxInset inside its rectangle along any ray from the centre.
    constexpr qreal MaxInset = 24;
    QPointF in = inward.length() > MaxInset ? inward.pointAt(MaxInset / inward.length()) : centre;
    if (!outline.contains(in))
        in = centre;
    for (int i = 0; i < 10; ++i) {
        const QPointF mid = (in + out) / 2;
        if (outline.contains(mid))
            in = mid;
        else
            out = mid;
    }
    return out;
}
} // namespace

WrappedLabel wrapLabel(const QString &text, qreal width)
{
    WrappedLabel result;
    const QString simplified = text.simplified();
    if (simplified.isEmpty())
        return result;
    // Broken as the layout measures labels, and never cut: the node grows to hold every line,
    // so the canvas and every export (SVG, PNG, PDF paint the same way) show the whole label.
    NodeLabelLayout layout = layoutNodeLabel(simplified, DiagramStyle::labelFont(), width);
    result.lines = std::move(layout.lines);
    result.widths = std::move(layout.lineWidths);
    return result;
}

qreal labelWidth(NodeType type)
{
    qreal width = DiagramStyle::NodeWidth - 2 * DiagramStyle::Padding;
    if (type == NodeType::Trigger)
        width -= TriggerPoint;
    else if (type == NodeType::Unknown || type == NodeType::WarningSign)
        width -= 8;
    return width;
}

static QSizeF sizeFor(NodeType type, int lineCount)
{
    qreal height = 2 * DiagramStyle::Padding + DiagramStyle::CaptionHeight + lineCount * lineHeight();
    height = std::max(height, DiagramStyle::MinNodeHeight);
    if (type == NodeType::Defence)
        height += DiagramStyle::ShieldTip;
    return QSizeF(DiagramStyle::NodeWidth, std::ceil(height));
}

QSizeF nodeSize(NodeType type, const QString &label)
{
    return sizeFor(type, int(wrapLabel(label, labelWidth(type)).lines.size()));
}

QSizeF nodeSize(const CausalNode &node)
{
    return nodeSize(node.type, node.label);
}

QPainterPath nodeOutline(NodeType type, const QRectF &r)
{
    QPainterPath path;
    switch (type) {
    case NodeType::Outcome:
        path.addRect(r);
        break;
    case NodeType::Trigger: {
        // An arrow-like pentagon: the event that sets things going points along the flow.
        const qreal cy = r.center().y();
        path.moveTo(r.topLeft());
        path.lineTo(r.right() - TriggerPoint, r.top());
        path.lineTo(r.right(), cy);
        path.lineTo(r.right() - TriggerPoint, r.bottom());
        path.lineTo(r.bottomLeft());
        path.closeSubpath();
        break;
    }
    case NodeType::Condition:
        path.addRoundedRect(r, 8, 8);
        break;
    case NodeType::Defence: {
        // A shield: flat top with rounded shoulders, straight sides, a pointed bottom.
        const qreal tipTop = r.bottom() - DiagramStyle::ShieldTip;
        const qreal k = 6;
        path.moveTo(r.left() + k, r.top());
        path.lineTo(r.right() - k, r.top());
        path.quadTo(r.right(), r.top(), r.right(), r.top() + k);
        path.lineTo(r.right(), tipTop - 4);
        path.quadTo(r.right(), tipTop, r.right() - 10, tipTop + 2);
        path.lineTo(r.center().x(), r.bottom());
        path.lineTo(r.left() + 10, tipTop + 2);
        path.quadTo(r.left(), tipTop, r.left(), tipTop - 4);
        path.lineTo(r.left(), r.top() + k);
        path.quadTo(r.left(), r.top(), r.left() + k, r.top());
        path.closeSubpath();
        break;
    }
    case NodeType::WarningSign: {
        const QPointF points[] = {
            { r.left() + Chamfer, r.top() },
            { r.right() - Chamfer, r.top() },
            { r.right(), r.top() + Chamfer },
            { r.right(), r.bottom() - Chamfer },
            { r.right() - Chamfer, r.bottom() },
            { r.left() + Chamfer, r.bottom() },
            { r.left(), r.bottom() - Chamfer },
            { r.left(), r.top() + Chamfer },
        };
        path.addPolygon(QPolygonF(QVector<QPointF>(std::begin(points), std::end(points))));
        path.closeSubpath();
        break;
    }
    case NodeType::Unknown: {
        const qreal radius = std::min(r.height() / 2, 22.0);
        path.addRoundedRect(r, radius, radius);
        break;
    }
    }
    return path;
}

QRectF NodeVisual::localPaintRect() const
{
    // Badges sit on the corners and half outside; the selection outline adds a few units.
    const qreal m = DiagramStyle::BadgeRadius + 4;
    return localRect().adjusted(-m, -m, m, m);
}

NodeVisual NodeVisual::fromNode(const CausalNode &node, const QPointF &centre)
{
    NodeVisual v;
    v.id = node.id;
    v.type = node.type;
    v.defenceState = node.defenceState;
    v.label = node.label;
    v.lines = wrapLabel(node.label, labelWidth(node.type));
    v.rootCause = node.rootCause;
    v.evidenceCount = int(node.evidenceEvents.size());
    v.size = sizeFor(node.type, int(v.lines.lines.size()));
    v.centre = centre;
    return v;
}

QRectF LinkVisual::paintRect() const
{
    const qreal m = ArrowLength + 40; // arrowhead and a label pill centred on the middle
    QRectF r = path.controlPointRect().adjusted(-m, -m, m, m);
    return r;
}

LinkVisual linkVisual(const CausalLink &link, const NodeVisual &from, const NodeVisual &to, qreal bend)
{
    LinkVisual v;
    v.id = link.id;
    v.kind = link.kind;
    v.why = link.why;
    const QPointF a = from.centre;
    const QPointF b = to.centre;
    const QLineF direct(a, b);
    QPointF control = (a + b) / 2;
    if (bend != 0 && direct.length() > 0) {
        const QLineF normal = direct.normalVector().unitVector();
        control += (normal.p2() - normal.p1()) * -bend;
    }
    // Ends on the outlines, aimed at the control point so that a curved link leaves its node
    // in the direction it travels.
    v.start = exitPoint(from.sceneOutline(), from.sceneRect(), a, bend != 0 ? control : b);
    v.end = exitPoint(to.sceneOutline(), to.sceneRect(), b, bend != 0 ? control : a);
    v.path.moveTo(v.start);
    if (bend != 0) {
        v.path.quadTo(control, v.end);
        v.endAngle = QLineF(control, v.end).angle();
    } else {
        v.path.lineTo(v.end);
        v.endAngle = QLineF(v.start, v.end).angle();
    }
    v.middle = v.path.pointAtPercent(0.5);
    v.length = v.path.length();
    return v;
}

qreal linkBend(const CausalLink &link, QVector<LinkId> parallel)
{
    if (parallel.size() < 2)
        return 0;
    std::sort(parallel.begin(), parallel.end());
    const int index = int(parallel.indexOf(link.id));
    qreal bend = (index - (parallel.size() - 1) / 2.0) * BendPerLink;
    // Measured in the direction from the lower node id, so that opposite links do not cancel out.
    return link.from < link.to ? bend : -bend;
}

QHash<NodeId, QPointF> nodeCentres(const Document &document)
{
    QHash<NodeId, QPointF> centres;
    QRectF placed;
    QVector<NodeId> unplaced;
    for (const CausalNode &n : document.nodes()) {
        if (n.position) {
            centres.insert(n.id, *n.position);
            placed |= QRectF(*n.position, QSizeF(1, 1));
        } else {
            unplaced.append(n.id);
        }
    }
    if (unplaced.isEmpty())
        return centres;
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(unplaced.size())))));
    const QPointF origin = placed.isNull()
        ? QPointF(0, 0)
        : QPointF(placed.left(), placed.bottom() + DiagramStyle::GridRowSpacing);
    for (int i = 0; i < unplaced.size(); ++i) {
        centres.insert(unplaced.at(i),
            origin +
                QPointF((i % columns) * DiagramStyle::GridColumnSpacing,
                    (i / columns) * DiagramStyle::GridRowSpacing));
    }
    return centres;
}

DiagramSnapshot DiagramSnapshot::fromDocument(const Document &document)
{
    DiagramSnapshot snapshot;
    const QHash<NodeId, QPointF> centres = nodeCentres(document);
    QHash<NodeId, int> indexOf;
    for (const CausalNode &n : document.nodes()) {
        indexOf.insert(n.id, int(snapshot.nodes.size()));
        snapshot.nodes.append(NodeVisual::fromNode(n, centres.value(n.id)));
        snapshot.bounds |=
            snapshot.nodes.last().localPaintRect().translated(n.position ? *n.position : centres.value(n.id));
    }
    // Links joining the same two nodes, keyed by the pair in id order.
    QHash<QPair<quint64, quint64>, QVector<LinkId>> parallel;
    auto pairOf = [](const CausalLink &l) {
        return qMakePair(std::min(l.from.value, l.to.value), std::max(l.from.value, l.to.value));
    };
    for (const CausalLink &l : document.links())
        parallel[pairOf(l)].append(l.id);
    for (const CausalLink &l : document.links()) {
        if (!indexOf.contains(l.from) || !indexOf.contains(l.to))
            continue;
        snapshot.links.append(linkVisual(l, snapshot.nodes.at(indexOf.value(l.from)),
            snapshot.nodes.at(indexOf.value(l.to)), linkBend(l, parallel.value(pairOf(l)))));
        snapshot.bounds |= snapshot.links.last().path.controlPointRect();
    }
    return snapshot;
}

} // namespace causeway
