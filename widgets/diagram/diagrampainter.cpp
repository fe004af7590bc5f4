// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagrampainter.h"

#include "labels.h"
#include "theme/themecolors.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

namespace causeway {

namespace {
constexpr qreal ArrowLength = 10;
constexpr qreal ArrowHalfWidth = 5;
constexpr qreal Margin = 24;

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway", text);
}

/// A point \a distance along \a angle (degrees, QLineF convention: y grows downward) from \a p.
QPointF along(const QPointF &p, qreal angle, qreal distance)
{
    const qreal rad = qDegreesToRadians(angle);
    return p + QPointF(std::cos(rad) * distance, -std::sin(rad) * distance);
}

qreal labelLineSpacing()
{
    static const qreal spacing = QFontMetricsF(DiagramStyle::labelFont()).lineSpacing();
    return spacing;
}

/// About how wide \a caption is in the caption font: a greeked caption needs no exact measure,
/// and measuring text on every far-zoom repaint of thousands of nodes is what greeking avoids.
qreal captionAdvance(const QString &caption)
{
    return caption.size() * DiagramStyle::CaptionPixelSize * 0.7;
}

QPen outlinePen(const NodeVisual &node, const QColor &color)
{
    QPen pen(color, node.type == NodeType::Outcome ? 2.5 : 1.6);
    pen.setJoinStyle(Qt::RoundJoin);
    if (node.type == NodeType::Unknown)
        pen.setDashPattern({ 4, 3 });
    if (node.type == NodeType::Defence && node.defenceState) {
        // The state of a defence is its outline: whole, dashed, skewed or broken.
        switch (*node.defenceState) {
        case DefenceState::Held:
            pen.setWidthF(2.6);
            break;
        case DefenceState::Degraded:
            pen.setDashPattern({ 5, 3 });
            break;
        case DefenceState::Misaligned:
            pen.setDashPattern({ 8, 3, 2, 3 });
            break;
        case DefenceState::Absent:
            pen.setCapStyle(Qt::RoundCap);
            pen.setDashPattern({ 0.5, 3.5 });
            break;
        }
    }
    if (node.rootCause)
        pen.setWidthF(pen.widthF() + 1);
    return pen;
}

void drawPill(QPainter *painter, const QPointF &centre, const QString &text, const QColor &fill,
    const QColor &textColor, const QColor &border = QColor())
{
    const QFont font = DiagramStyle::captionFont();
    const QFontMetricsF metrics(font);
    const qreal w = metrics.horizontalAdvance(text) + 10;
    const qreal h = metrics.height() + 3;
    const QRectF r(centre.x() - w / 2, centre.y() - h / 2, w, h);
    painter->setPen(border.isValid() ? QPen(border, 1) : Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(r, h / 2, h / 2);
    painter->setFont(font);
    painter->setPen(textColor);
    painter->drawText(r, Qt::AlignCenter, text);
}

void drawEvidenceBadge(
    QPainter *painter, const NodeVisual &node, const DiagramPalette &palette, bool withText = true)
{
    const QRectF r = node.localRect();
    const QPointF centre(r.right() - 4, r.top() + 2);
    const qreal radius = DiagramStyle::BadgeRadius;
    painter->setFont(DiagramStyle::captionFont());
    if (node.evidenceCount > 0) {
        painter->setPen(QPen(palette.background, 1.5));
        painter->setBrush(palette.badge);
        painter->drawEllipse(centre, radius, radius);
        if (!withText)
            return;
        painter->setPen(palette.badgeText);
        const QString text =
            node.evidenceCount > 99 ? QStringLiteral("99+") : QString::number(node.evidenceCount);
        painter->drawText(
            QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter, text);
        return;
    }
    // No evidence: a warning triangle, so unsupported claims stand out.
    QPolygonF triangle;
    triangle << centre + QPointF(0, -radius - 1) << centre + QPointF(radius + 1, radius - 1)
             << centre + QPointF(-radius - 1, radius - 1);
    painter->setPen(QPen(palette.background, 1.5));
    painter->setBrush(palette.warning);
    painter->drawPolygon(triangle);
    if (!withText)
        return;
    painter->setPen(QColor(Qt::white));
    painter->drawText(QRectF(centre.x() - radius, centre.y() - radius + 2, 2 * radius, 2 * radius),
        Qt::AlignCenter, QStringLiteral("!"));
}
} // namespace

QString nodeCaption(NodeType type, std::optional<DefenceState> state)
{
    QString caption = label(type).toUpper();
    if (type == NodeType::Defence && state)
        caption += QStringLiteral(" · ") + label(*state).toUpper();
    return caption;
}

void paintNode(QPainter *painter, const NodeVisual &node, const DiagramPalette &palette, PaintState state)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF rect = node.localRect();
    const QPainterPath outline = nodeOutline(node.type, rect);
    const QColor hue = node.type == NodeType::Defence && node.defenceState == DefenceState::Absent
        ? palette.mutedText
        : palette.typeColor(node.type);

    // Halo first, under the shape: path, then highlight, then selection (the strongest wins).
    auto halo = [&](const QColor &color, qreal width) {
        QColor c = color;
        c.setAlphaF(0.45);
        painter->strokePath(outline, QPen(c, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    };
    if (state.onPath)
        halo(palette.path, 9);
    if (state.highlighted)
        halo(palette.highlight, 9);
    if (state.selected)
        halo(palette.selection, 7);

    const bool hollow = node.type == NodeType::Defence && node.defenceState == DefenceState::Absent;
    painter->fillPath(outline, hollow ? palette.background : palette.typeFill(node.type));
    if (state.hovered)
        painter->fillPath(outline, QColor(hue.red(), hue.green(), hue.blue(), 28));
    if (node.type == NodeType::Defence && node.defenceState == DefenceState::Misaligned) {
        // A ghost of the shield, shifted: the defence exists but covers the wrong place.
        painter->strokePath(outline.translated(4, 3), QPen(palette.mutedText, 1, Qt::DotLine));
    }
    painter->strokePath(outline, outlinePen(node, state.selected ? palette.selection : hue));
    if (node.type == NodeType::Outcome) {
        // The outcome is the one double-framed box.
        painter->strokePath(nodeOutline(node.type, rect.adjusted(3.5, 3.5, -3.5, -3.5)), QPen(hue, 1));
    }

    // Caption: the type (and a defence's state) in small capitals, so colour is never the only cue.
    qreal left = rect.left() + DiagramStyle::Padding;
    qreal right = rect.left() + DiagramStyle::Padding + labelWidth(node.type);
    if (node.type == NodeType::Unknown || node.type == NodeType::WarningSign) {
        left += 4;
        right += 4;
    }
    const QRectF captionRect(
        left, rect.top() + DiagramStyle::Padding - 3, right - left, DiagramStyle::CaptionHeight);
    QString caption = nodeCaption(node.type, node.defenceState);
    if (node.type == NodeType::Unknown)
        caption = QStringLiteral("? ") + caption;
    else if (node.type == NodeType::WarningSign)
        caption = QStringLiteral("⚠ ") + caption;

    // The label, centred as a block between the caption and the bottom.
    const qreal lineSpacing = labelLineSpacing();
    const qreal bodyTop = captionRect.bottom();
    const qreal bodyBottom = rect.bottom() - DiagramStyle::Padding -
        (node.type == NodeType::Defence ? DiagramStyle::ShieldTip : 0);
    const qreal textHeight = node.lines.lines.size() * lineSpacing;
    qreal y = bodyTop + std::max(0.0, (bodyBottom - bodyTop - textHeight) / 2);

    if (state.simplified) {
        // Text this small cannot be read: greeked lines as long as the text's lines stand in
        // for it, where the text would be, so a node still shows how much it says.
        QColor ink = hollow ? palette.mutedText : palette.text;
        ink.setAlphaF(0.45);
        QColor captionInk = hue;
        captionInk.setAlphaF(0.6);
        const qreal centre = (left + right) / 2;
        const qreal captionWidth = std::min(right - left, captionAdvance(caption));
        painter->fillRect(
            QRectF(centre - captionWidth / 2, captionRect.top() + 3, captionWidth, 5), captionInk);
        for (int i = 0; i < node.lines.lines.size(); ++i) {
            const qreal w = std::min(right - left, node.lines.widths.value(i));
            painter->fillRect(QRectF(centre - w / 2, y + lineSpacing * 0.3, w, lineSpacing * 0.45), ink);
            y += lineSpacing;
        }
        drawEvidenceBadge(painter, node, palette, false);
        painter->restore();
        return;
    }

    painter->setFont(DiagramStyle::captionFont());
    painter->setPen(hollow ? palette.mutedText : palette.captionColor(node.type));
    painter->drawText(captionRect, Qt::AlignHCenter | Qt::AlignTop, caption);

    painter->setFont(DiagramStyle::labelFont());
    painter->setPen(hollow ? palette.mutedText : palette.text);
    if (node.lines.lines.isEmpty()) {
        painter->setPen(palette.mutedText);
        painter->drawText(QRectF(left, y, right - left, lineSpacing), Qt::AlignCenter, tr("(no label)"));
    }
    for (const QString &line : node.lines.lines) {
        painter->drawText(
            QRectF(left, y, right - left, lineSpacing), Qt::AlignHCenter | Qt::AlignVCenter, line);
        y += lineSpacing;
    }

    if (node.rootCause) {
        const QColor fill = palette.dark ? palette.text : palette.text;
        drawPill(
            painter, QPointF(rect.left() + 44, rect.top()), tr("★ ROOT CAUSE"), fill, palette.background);
    }
    drawEvidenceBadge(painter, node, palette);
    painter->restore();
}

QString linkCaption(LinkKind kind, bool why)
{
    QString caption = kind == LinkKind::Causes ? QString() : label(kind);
    if (why)
        caption = caption.isEmpty() ? tr("why") : tr("why · %1").arg(caption);
    return caption;
}

static QPen linkPen(LinkKind kind, const QColor &color, qreal width)
{
    QPen pen(color, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    switch (kind) {
    case LinkKind::Causes:
    case LinkKind::Limited:
        break;
    case LinkKind::Enables:
        pen.setDashPattern({ 6, 3.5 });
        break;
    case LinkKind::FailedToStop:
        pen.setDashPattern({ 8, 3, 2, 3 });
        break;
    case LinkKind::WarnedOf:
        pen.setCapStyle(Qt::RoundCap);
        pen.setDashPattern({ 0.1, 2.6 });
        break;
    }
    return pen;
}

static void paintArrowHead(
    QPainter *painter, LinkKind kind, const QPointF &tip, qreal angle, const QColor &color, qreal width)
{
    const QPointF back = along(tip, angle + 180, ArrowLength);
    const QPointF left = along(back, angle + 90, ArrowHalfWidth);
    const QPointF right = along(back, angle - 90, ArrowHalfWidth);
    QPolygonF head;
    head << left << tip << right;
    painter->setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    switch (kind) {
    case LinkKind::Causes:
    case LinkKind::FailedToStop:
        painter->setBrush(color);
        painter->drawPolygon(head);
        break;
    case LinkKind::Enables:
    case LinkKind::WarnedOf:
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(head);
        break;
    case LinkKind::Limited: {
        // A bar across the tip: the defence held the effect back.
        painter->setBrush(color);
        painter->drawPolygon(head);
        const QPointF barCentre = along(tip, angle + 180, ArrowLength + 3);
        painter->setPen(QPen(color, width + 1, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(along(barCentre, angle + 90, ArrowHalfWidth + 2),
            along(barCentre, angle - 90, ArrowHalfWidth + 2));
        break;
    }
    }
}

void paintLink(QPainter *painter, const LinkVisual &link, const DiagramPalette &palette, PaintState state)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = state.selected ? palette.selection : palette.linkColor(link.kind);
    const qreal width = link.why ? 2.4 : 1.6;
    if (state.onPath || state.highlighted || state.selected) {
        QColor halo = state.selected ? palette.selection : state.onPath ? palette.path : palette.highlight;
        halo.setAlphaF(0.35);
        painter->strokePath(link.path, QPen(halo, 8, Qt::SolidLine, Qt::RoundCap));
    }
    painter->setBrush(Qt::NoBrush);
    // The line stops short of the tip so that a dashed pattern does not blur the arrowhead.
    QPainterPath line = link.path;
    painter->strokePath(line, linkPen(link.kind, color, width));
    paintArrowHead(painter, link.kind, link.end, link.endAngle, color, width > 2 ? 1.8 : 1.3);
    if (link.kind == LinkKind::FailedToStop) {
        // A cross on the line: this defence did not stop what it points at.
        const qreal angle = QLineF(link.start, link.end).angle();
        const QPointF c = link.path.pointAtPercent(0.3);
        painter->setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(along(c, angle + 45, 5), along(c, angle + 225, 5));
        painter->drawLine(along(c, angle + 135, 5), along(c, angle - 45, 5));
    }
    const QString caption = linkCaption(link.kind, link.why);
    if (!caption.isEmpty() && !state.simplified) {
        const QFontMetricsF metrics(DiagramStyle::captionFont());
        // On a short link the pill would cover the nodes; the line style and legend still tell.
        if (link.length > metrics.horizontalAdvance(caption) + 24) {
            drawPill(painter, link.middle, caption, palette.background,
                link.why ? theme::readableOn(palette.path, palette.background)
                         : palette.linkTextColor(link.kind),
                link.why ? palette.path : color);
        }
    }
    painter->restore();
}

QSizeF legendSize()
{
    const QFontMetricsF metrics(DiagramStyle::captionFont());
    return QSizeF(6 * 110 + 16, 2 * (metrics.height() + 10) + 12);
}

void paintLegend(QPainter *painter, const QPointF &topLeft, const DiagramPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QSizeF size = legendSize();
    const QRectF frame(topLeft, size);
    painter->setPen(QPen(palette.mutedText, 0.8));
    painter->setBrush(palette.background);
    painter->drawRoundedRect(frame, 6, 6);
    const QFont font = DiagramStyle::captionFont();
    const QFontMetricsF metrics(font);
    const qreal rowHeight = metrics.height() + 10;

    // Row 1: link kinds.
    qreal x = frame.left() + 10;
    qreal y = frame.top() + 6 + rowHeight / 2;
    for (int k = 0; k <= int(LinkKind::Limited); ++k) {
        const LinkKind kind = LinkKind(k);
        const QColor color = palette.linkColor(kind);
        const QPointF a(x, y);
        const QPointF b(x + 34, y);
        painter->setPen(linkPen(kind, color, 1.6));
        painter->drawLine(a, b);
        paintArrowHead(painter, kind, b, 0, color, 1.3);
        painter->setFont(font);
        painter->setPen(palette.text);
        painter->drawText(
            QRectF(x + 40, y - rowHeight / 2, 76, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, label(kind));
        x += 130;
    }
    // Row 2: node types as small swatches of their shapes, drawn at a third of their size so
    // that the corners and the shield's point keep their proportions.
    x = frame.left() + 10;
    y += rowHeight;
    for (int t = 0; t <= int(NodeType::Unknown); ++t) {
        const NodeType type = NodeType(t);
        const QRectF shape(0, 0, 72, type == NodeType::Defence ? 48 : 40);
        const QPainterPath path = nodeOutline(type, shape);
        painter->save();
        painter->translate(x, y - shape.height() / 6);
        painter->scale(1.0 / 3, 1.0 / 3);
        painter->fillPath(path, palette.typeFill(type));
        painter->strokePath(path, QPen(palette.typeColor(type), 4));
        painter->restore();
        painter->setPen(palette.text);
        painter->drawText(
            QRectF(x + 30, y - rowHeight / 2, 80, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, label(type));
        x += 110;
    }
    painter->restore();
}

QSizeF diagramPaintSize(const DiagramSnapshot &snapshot, const DiagramPaintOptions &options)
{
    QSizeF size = snapshot.bounds.size() + QSizeF(2 * Margin, 2 * Margin);
    if (options.legend) {
        const QSizeF legend = legendSize();
        size.setWidth(std::max(size.width(), legend.width() + 2 * Margin));
        size.setHeight(size.height() + legend.height() + Margin / 2);
    }
    return QSizeF(std::ceil(size.width()), std::ceil(size.height()));
}

QPointF diagramPaintOffset(const DiagramSnapshot &snapshot)
{
    return QPointF(Margin - snapshot.bounds.left(), Margin - snapshot.bounds.top());
}

void paintDiagram(QPainter *painter, const DiagramSnapshot &snapshot, const DiagramPaintOptions &options)
{
    painter->save();
    const QSizeF size = diagramPaintSize(snapshot, options);
    if (options.background)
        painter->fillRect(QRectF(QPointF(0, 0), size), options.palette.background);
    painter->translate(diagramPaintOffset(snapshot));
    for (const LinkVisual &link : snapshot.links)
        paintLink(painter, link, options.palette);
    for (const NodeVisual &node : snapshot.nodes) {
        PaintState state;
        state.highlighted = options.highlighted.contains(node.id);
        state.onPath = options.path.contains(node.id);
        painter->save();
        painter->translate(node.centre);
        paintNode(painter, node, options.palette, state);
        painter->restore();
    }
    painter->restore();
    if (options.legend)
        paintLegend(
            painter, QPointF(Margin, size.height() - legendSize().height() - Margin / 2), options.palette);
}

} // namespace causeway
