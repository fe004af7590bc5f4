// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramgeometry.h"

#include "diagramstyle.h"
#include "document.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QTextLayout>

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

/// The point where the segment from \a inside (within \a outline) towards \a outside leaves it.
QPointF exitPoint(const QPainterPath &outline, const QPointF &inside, const QPointF &outside)
{
    if (outline.contains(outside))
        return inside;
    QPointF in = inside;
    QPointF out = outside;
    for (int i = 0; i < 18; ++i) {
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
    const QFont font = DiagramStyle::labelFont();
    QString simplified = text.simplified();
    if (simplified.isEmpty())
        return result;
    QTextLayout layout(simplified, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (result.lines.size() == DiagramStyle::MaxLabelLines) {
            result.elided = true;
            break;
        }
        result.lines << simplified.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (result.elided) {
        const QFontMetricsF metrics(font);
        QString &last = result.lines.last();
        last = metrics.elidedText(last + QStringLiteral(" …"), Qt::ElideRight, width);
        if (!last.endsWith(QChar(0x2026)))
            last =
                metrics.elidedText(last, Qt::ElideRight, width - metrics.horizontalAdvance(QChar(0x2026))) +
                QChar(0x2026);
    }
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
    v.start = exitPoint(from.sceneOutline(), a, bend != 0 ? control : b);
    v.end = exitPoint(to.sceneOutline(), b, bend != 0 ? control : a);
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

qreal linkBend(const Document &document, const CausalLink &link)
{
    // Links joining the same two nodes fan out symmetrically around the straight line.
    QVector<LinkId> siblings;
    for (LinkId id : document.linksOf(link.from)) {
        const CausalLink *other = document.link(id);
        if (other &&
            ((other->from == link.from && other->to == link.to) ||
                (other->from == link.to && other->to == link.from)))
            siblings.append(id);
    }
    if (siblings.size() < 2)
        return 0;
    std::sort(siblings.begin(), siblings.end());
    const int index = int(siblings.indexOf(link.id));
    // Measured in the direction from the lower node id, so that opposite links do not cancel out.
    qreal bend = (index - (siblings.size() - 1) / 2.0) * BendPerLink;
    if (bend == 0)
        return 0;
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
    for (const CausalLink &l : document.links()) {
        if (!indexOf.contains(l.from) || !indexOf.contains(l.to))
            continue;
        snapshot.links.append(linkVisual(l, snapshot.nodes.at(indexOf.value(l.from)),
            snapshot.nodes.at(indexOf.value(l.to)), linkBend(document, l)));
        snapshot.bounds |= snapshot.links.last().path.controlPointRect();
    }
    return snapshot;
}

} // namespace causeway
