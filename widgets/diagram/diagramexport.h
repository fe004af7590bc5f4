// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagrampainter.h"

#include <QImage>

class QIODevice;

namespace causeway {

class Document;

/*
 * The causal diagram as a picture, drawn by paintDiagram() from a DiagramSnapshot: no scene and no
 * window, so it works headless (under QGuiApplication on the offscreen platform).
 */

/// Writes the diagram of \a document as SVG to \a device; the labels stay text (searchable).
bool writeDiagramSvg(const Document &document, QIODevice *device, const DiagramPaintOptions &options = {});
/// The diagram as an image, \a scale device pixels per diagram unit.
QImage renderDiagramImage(
    const Document &document, qreal scale = 2.0, const DiagramPaintOptions &options = {});

} // namespace causeway
