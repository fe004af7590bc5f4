// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QColor>
#include <QFont>

class QPalette;

namespace causeway {

/*
 * The one place that says how big a node is and which font its label uses. The canvas, the
 * exporters and the automatic layout all measure with these numbers, so that a laid-out diagram
 * fits what is drawn. All sizes are in diagram units (one unit is one pixel at 100 % zoom).
 *
 * A node's stored position is the centre of its shape.
 */
namespace DiagramStyle {
/// Width of every node shape.
constexpr qreal NodeWidth = 184;
/// Smallest node height (a one-line label still leaves room for the caption and badges).
constexpr qreal MinNodeHeight = 64;
/// Inner margin between the shape's outline and its text.
constexpr qreal Padding = 10;
/// Height of the caption line above the label ("DEFENCE · DEGRADED").
constexpr qreal CaptionHeight = 14;
/// The extra height of the defence shield's pointed bottom.
constexpr qreal ShieldTip = 12;
/// Radius of the evidence and warning badges on a node's top-right corner.
constexpr qreal BadgeRadius = 9;
/// Pixel size of the label font and of the small caption/badge font.
constexpr int LabelPixelSize = 12;
constexpr int CaptionPixelSize = 9;
/// Grid spacing used when nodes have no position yet (before automatic layout).
constexpr qreal GridColumnSpacing = 240;
constexpr qreal GridRowSpacing = 140;

/// The font node labels are drawn and measured with.
QFont labelFont();
/// The small font for captions, badges and link labels.
QFont captionFont();
} // namespace DiagramStyle

/**
 * The colours a diagram is drawn with. Type hues come from the Okabe–Ito set, which stays apart
 * for the common colour-vision deficiencies; each hue is paired with a distinct shape and a
 * caption word, so colour is never the only cue.
 */
struct DiagramPalette
{
    bool dark = false;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor selection; ///< the outline of selected items
    QColor highlight; ///< items highlighted from another view
    QColor path; ///< the emphasised Five Whys path
    QColor badge;
    QColor badgeText;
    QColor warning;

    /// The hue of a node type (border, caption, accent).
    QColor typeColor(NodeType type) const;
    /// The fill of a node of that type: the hue softened towards the background.
    QColor typeFill(NodeType type) const;
    QColor linkColor(LinkKind kind) const;
    /// The small caption of a node ("DEFENCE · HELD"): the type's hue, made dark or light enough
    /// to read as text (WCAG 4.5:1) on the node's fill.
    QColor captionColor(NodeType type) const;
    /// The caption of a link, on its pill of background colour: the link's hue, readable as text.
    QColor linkTextColor(LinkKind kind) const;

    static DiagramPalette light();
    static DiagramPalette darkPalette();
    /// Light or dark to match the widget palette \a palette.
    static DiagramPalette forPalette(const QPalette &palette);
};

} // namespace causeway
