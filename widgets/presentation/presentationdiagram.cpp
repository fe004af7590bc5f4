// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationdiagram.h"

#include "document.h"

#include <QPainter>

#include <algorithm>

namespace causeway {

namespace {
constexpr qreal Margin = 24; ///< diagram units around the diagram
/// Never larger than this: a diagram of three nodes should not fill a wall.
constexpr qreal MaxScale = 2.0;
} // namespace

PresentationDiagram::PresentationDiagram(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Causal diagram, revealed step by step"));
}

void PresentationDiagram::setDocument(const Document &document)
{
    m_snapshot = DiagramSnapshot::fromDocument(document);
    m_linkEnds.clear();
    for (const CausalLink &link : document.links())
        m_linkEnds.insert(link.id, qMakePair(link.from, link.to));
    update();
}

void PresentationDiagram::setStep(const QSet<NodeId> &revealed, const QSet<NodeId> &highlighted)
{
    m_revealed = revealed;
    m_highlighted = highlighted;
    update();
}

void PresentationDiagram::setPalette(const DiagramPalette &palette)
{
    m_palette = palette;
    update();
}

QStringList PresentationDiagram::shownLabels() const
{
    QStringList labels;
    for (const NodeVisual &node : m_snapshot.nodes) {
        if (m_revealed.contains(node.id))
            labels << node.lines.lines.join(QLatin1Char(' '));
    }
    return labels;
}

void PresentationDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_palette.background);
    if (m_snapshot.nodes.isEmpty())
        return;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);

    QHash<NodeId, const NodeVisual *> shown;
    QRectF revealedBounds;
    for (const NodeVisual &node : m_snapshot.nodes) {
        if (m_revealed.contains(node.id)) {
            shown.insert(node.id, &node);
            revealedBounds |= node.localPaintRect().translated(node.centre);
        }
    }
    // Frame what is on screen so far: the first nodes are large, and the view widens as the story
    // brings in more (the whole diagram's labels are small on a projector; early steps need not be).
    const QRectF frame = (revealedBounds.isEmpty() ? m_snapshot.bounds : revealedBounds)
                             .adjusted(-Margin, -Margin, Margin, Margin);
    const qreal scale = std::min({ width() / frame.width(), height() / frame.height(), MaxScale });
    painter.translate(width() / 2.0, height() / 2.0);
    painter.scale(scale, scale);
    painter.translate(-frame.center());

    for (const LinkVisual &link : m_snapshot.links) {
        // A link appears once both of its nodes are on screen.
        const auto ends = m_linkEnds.value(link.id);
        if (!shown.contains(ends.first) || !shown.contains(ends.second))
            continue;
        PaintState state;
        paintLink(&painter, link, m_palette, state);
    }
    for (const NodeVisual &node : m_snapshot.nodes) {
        if (!shown.contains(node.id))
            continue;
        PaintState state;
        state.highlighted = m_highlighted.contains(node.id);
        painter.save();
        painter.translate(node.centre);
        paintNode(&painter, node, m_palette, state);
        if (state.highlighted) {
            // The painter's halo is soft for the canvas; on a projector the current nodes need a
            // frame that still reads from the back of the room.
            QPen frame(m_palette.highlight, 5);
            frame.setJoinStyle(Qt::RoundJoin);
            painter.setPen(frame);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(nodeOutline(node.type, node.localRect().adjusted(-6, -6, 6, 6)));
        }
        painter.restore();
    }
}

} // namespace causeway
