// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagram/diagramstyle.h"

#include <QFont>
#include <QPalette>

namespace causeway {

/*
 * The look of the meeting-room presentation: near-black text on white, thick strokes and large
 * type. Projectors wash out dark backgrounds and thin, pale lines, so the theme stays light
 * whatever the desktop's theme is, and every colour pair keeps a contrast of at least 7:1.
 */
namespace presentationtheme {

/// The widget palette of the presentation window.
QPalette palette();
/// The diagram's colours on a projector: the light palette with a strong amber highlight.
DiagramPalette diagramPalette();
/// The accent that marks the current event and the highlighted nodes (the same hue in both).
QColor accent();
/// Text that says less than the main text (earlier events, hints); still 7:1 on white.
QColor mutedText();

/// The body text size in pixels for a screen \a screenHeight pixels high, at \a zoom (1 = 100 %).
int bodyPixelSize(int screenHeight, qreal zoom);
/// \a base with its pixel size set to \a pixels, and bold when \a bold.
QFont sized(QFont base, int pixels, bool bold = false);

} // namespace presentationtheme
} // namespace causeway
