// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QRect>

class QPainter;

namespace causeway {

/**
 * Draws one defence as a slice of cheese in \a upright, its state at a glance: absent is only a
 * dashed outline, degraded a thin slice with a hole on the hazard's line at \a hazardY,
 * misaligned a slice shifted off the line with its hole on it, held a solid slice. A cap in the
 * state's colour sits on top.
 */
void paintDefenceSlice(QPainter &painter, DefenceState state, const QRect &upright, qreal hazardY);
/// A small slice for a legend, outlined in the state's colour.
void paintDefenceGlyph(QPainter &painter, DefenceState state, const QRectF &box);

} // namespace causeway
