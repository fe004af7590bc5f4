// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvasdiagrampicture.h"

#include "diagram/diagramgeometry.h"
#include "diagram/diagrampainter.h"
#include "document.h"

#include <QPainter>

namespace causeway {

namespace {

/// The causal diagram for the PDF report, painted by the canvas's own painter.
class CanvasDiagramPicture : public DiagramPicture
{
public:
    explicit CanvasDiagramPicture(const DocumentContent &content)
        : m_document(content)
        , m_snapshot(DiagramSnapshot::fromDocument(m_document))
    {
        m_options.background = false;
        m_size = diagramPaintSize(m_snapshot, m_options);
    }
    QRectF bounds() const override
    {
        return m_snapshot.nodes.isEmpty() ? QRectF() : QRectF(QPointF(0, 0), m_size);
    }
    void paint(QPainter *painter, const QRectF &source, const QRectF &target) const override
    {
        painter->save();
        painter->translate(target.topLeft());
        painter->scale(target.width() / source.width(), target.height() / source.height());
        painter->translate(-source.topLeft());
        paintDiagram(painter, m_snapshot, m_options);
        painter->restore();
    }

private:
    Document m_document;
    DiagramSnapshot m_snapshot;
    DiagramPaintOptions m_options;
    QSizeF m_size;
};

} // namespace

std::unique_ptr<DiagramPicture> canvasDiagramPicture(const DocumentContent &content)
{
    return std::make_unique<CanvasDiagramPicture>(content);
}

} // namespace causeway
