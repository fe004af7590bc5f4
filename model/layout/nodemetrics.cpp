// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodemetrics.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace causeway {

QFont nodeLabelFont()
{
    QFont font(nodemetrics::labelFontFamily());
    font.setPixelSize(nodemetrics::LabelPixelSize);
    return font;
}

NodeLabelLayout layoutNodeLabel(const QString &label, const QFont &font, qreal maxWidth)
{
    NodeLabelLayout result;
    const QFontMetricsF metrics(font);
    result.lineHeight = metrics.lineSpacing();

    // QTextLayout breaks only at QChar::LineSeparator, not at '\n'.
    QString text = label;
    text.replace(QLatin1String("\r\n"), QString(QChar::LineSeparator));
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);

    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    qreal widest = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(maxWidth);
        QString part = text.mid(line.textStart(), line.textLength());
        part.remove(QChar::LineSeparator);
        // Measured again on its own: the trailing space at a break is not part of the line.
        part = part.trimmed();
        const qreal width = metrics.horizontalAdvance(part);
        widest = std::max(widest, width);
        result.lines.append(part);
        result.lineWidths.append(width);
    }
    layout.endLayout();
    if (result.lines.isEmpty()) {
        result.lines.append(QString());
        result.lineWidths.append(0);
    }

    result.textSize = QSizeF(std::ceil(widest), std::ceil(result.lines.size() * result.lineHeight));
    result.nodeSize =
        QSizeF(std::max(nodemetrics::MinNodeWidth, result.textSize.width() + 2 * nodemetrics::PaddingX),
            std::max(nodemetrics::MinNodeHeight, result.textSize.height() + 2 * nodemetrics::PaddingY));
    return result;
}

void drawNodeLabel(QPainter &painter, const QRectF &nodeRect, const NodeLabelLayout &layout)
{
    const qreal top = nodeRect.center().y() - layout.lines.size() * layout.lineHeight / 2;
    for (int i = 0; i < layout.lines.size(); ++i) {
        const QRectF lineRect(
            nodeRect.left(), top + i * layout.lineHeight, nodeRect.width(), layout.lineHeight);
        painter.drawText(lineRect, Qt::AlignCenter | Qt::TextSingleLine, layout.lines.at(i));
    }
}

} // namespace causeway
