// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramexport.h"

#include "document.h"

#include <QCoreApplication>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace causeway {

bool writeDiagramSvg(const Document &document, QIODevice *device, const DiagramPaintOptions &options)
{
    const DiagramSnapshot snapshot = DiagramSnapshot::fromDocument(document);
    const QSizeF size = diagramPaintSize(snapshot, options);
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    // 96 dpi: one diagram unit is one CSS pixel.
    generator.setResolution(96);
    const QString title = document.incident().title;
    generator.setTitle(title.isEmpty()
            ? QCoreApplication::translate("DiagramExport", "Causal diagram")
            : QCoreApplication::translate("DiagramExport", "Causal diagram: %1").arg(title));
    generator.setDescription(QCoreApplication::translate("DiagramExport", "Exported by Causeway"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    paintDiagram(&painter, snapshot, options);
    return painter.end();
}

QImage renderDiagramImage(const Document &document, qreal scale, const DiagramPaintOptions &options)
{
    const DiagramSnapshot snapshot = DiagramSnapshot::fromDocument(document);
    const QSizeF size = diagramPaintSize(snapshot, options);
    const QSize pixels(int(std::ceil(size.width() * scale)), int(std::ceil(size.height() * scale)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(
        QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    paintDiagram(&painter, snapshot, options);
    painter.end();
    return image;
}

} // namespace causeway
