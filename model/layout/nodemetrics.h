// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QStringList>
#include <QVector>

class QPainter;

namespace causeway {

/**
 * How big a causal node is, shared by the canvas, the exported diagram and the layout.
 *
 * The layout must know each node's size before Graphviz places it, and the canvas must draw the
 * node at exactly that size, or nodes overlap or drift apart. So both measure and paint the label
 * through the functions below with the same font. Sizes are in scene units: one scene unit is one
 * Graphviz point and one pixel at zoom 100 %. The font has a pixel size (not a point size) so the
 * measure does not depend on the screen's DPI: the command-line export and the window agree.
 */
namespace nodemetrics {
/// The label font's family; DejaVu Sans ships with the base system on Debian and has wide coverage.
inline QString labelFontFamily()
{
    return QStringLiteral("DejaVu Sans");
}
constexpr int LabelPixelSize = 13;
/// Labels wider than this wrap onto more lines (between words, or inside a word too long for a line).
constexpr qreal MaxLabelWidth = 180;
/// Space between the label and the node's border.
constexpr qreal PaddingX = 12;
constexpr qreal PaddingY = 10;
/// A node is never smaller than this, so a short label still gives a shape one can grab.
constexpr qreal MinNodeWidth = 96;
constexpr qreal MinNodeHeight = 40;
/// Empty space Graphviz keeps between nodes of one rank and between ranks (scene units).
constexpr qreal NodeGap = 24;
constexpr qreal RankGap = 56;
} // namespace nodemetrics

/// The font node labels are measured and painted with.
QFont nodeLabelFont();

/// A node label broken into lines, and the size of the node that holds it.
struct NodeLabelLayout
{
    QStringList lines; ///< at least one (an empty label gives one empty line)
    QVector<qreal> lineWidths; ///< the width of each line with the font it was measured with
    qreal lineHeight = 0; ///< distance from one line's top to the next one's
    QSizeF textSize; ///< the widest line by the number of lines times lineHeight
    QSizeF nodeSize; ///< textSize plus padding, at least the minimum node size
};

/**
 * Breaks \a label into lines of at most \a maxWidth with \a font, as drawNodeLabel() paints
 * them. Line breaks in the label are kept. The canvas, the exporters and layoutInput() all call
 * this, so a node is as big on screen as the layout thought.
 */
NodeLabelLayout layoutNodeLabel(
    const QString &label, const QFont &font = nodeLabelFont(), qreal maxWidth = nodemetrics::MaxLabelWidth);

/// Paints \a layout's lines centred in \a nodeRect with the painter's current font and pen.
void drawNodeLabel(QPainter &painter, const QRectF &nodeRect, const NodeLabelLayout &layout);

/// The rectangle of a node of \a size whose centre (its document position) is \a centre.
inline QRectF nodeRect(QPointF centre, QSizeF size)
{
    return QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height());
}

} // namespace causeway
