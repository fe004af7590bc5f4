// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramgeometry.h"
#include "diagramstyle.h"

#include <QSet>

class QPainter;

namespace causeway {

/*
 * The one painting code path of the causal diagram. The canvas items call paintNode() and
 * paintLink() from their paint(); the exporters call paintDiagram() on an SVG generator, an
 * image or (later) a PDF page. Nothing here knows a scene or a widget.
 */

/// How an item is shown besides its data.
struct PaintState
{
    bool selected = false; ///< selected in this view
    bool highlighted = false; ///< highlighted from another view (e.g. its evidence is selected)
    bool onPath = false; ///< part of the emphasised Five Whys path
    bool hovered = false;
    /**
     * Zoomed out so far that the text would be too small to read (see textReadableAt()): each
     * line of text is drawn as a greeked line of its length, so the nodes still show how much
     * they say and where; shapes, colours and badges are drawn as always.
     */
    bool simplified = false;
};

/// Text is drawn while it is at least this many device pixels tall on the screen, greeked below: at
/// "fit" on a laptop screen a small diagram sits at 30-50 %, where its labels are small but legible.
constexpr qreal MinReadableTextPixels = 3.5;
/// Whether text of \a fontPixelSize (in diagram units) is drawn at \a scale (device pixels per unit).
inline bool textReadableAt(qreal scale, int fontPixelSize = DiagramStyle::LabelPixelSize)
{
    return fontPixelSize * scale >= MinReadableTextPixels;
}

/// Draws \a node centred on (0, 0) of \a painter's current coordinates.
void paintNode(
    QPainter *painter, const NodeVisual &node, const DiagramPalette &palette, PaintState state = {});
/// Draws \a link in \a painter's current (diagram) coordinates.
void paintLink(
    QPainter *painter, const LinkVisual &link, const DiagramPalette &palette, PaintState state = {});
/// The short word drawn on a link of \a kind, or empty for the plain "causes".
QString linkCaption(LinkKind kind, bool why);

/// The words each node type's caption shows ("DEFENCE · DEGRADED").
QString nodeCaption(NodeType type, std::optional<DefenceState> state);

/// The size paintLegend() needs.
QSizeF legendSize();
/// Draws the key to link kinds and node shapes with its top-left corner at \a topLeft.
void paintLegend(QPainter *painter, const QPointF &topLeft, const DiagramPalette &palette);

struct DiagramPaintOptions
{
    DiagramPalette palette = DiagramPalette::light();
    bool background = true; ///< fill the area with the palette's background first
    bool legend = true; ///< draw the key below the diagram
    QSet<NodeId> highlighted;
    QSet<NodeId> path;
};

/// The area paintDiagram() covers for \a snapshot, margins and legend included, from (0, 0).
QSizeF diagramPaintSize(const DiagramSnapshot &snapshot, const DiagramPaintOptions &options);
/// Where diagram coordinate (0, 0) lands in paintDiagram()'s output (its margin, less the bounds' corner).
QPointF diagramPaintOffset(const DiagramSnapshot &snapshot);
/// Draws the whole diagram with its top-left corner at (0, 0): links first, then nodes.
void paintDiagram(QPainter *painter, const DiagramSnapshot &snapshot, const DiagramPaintOptions &options);

} // namespace causeway
