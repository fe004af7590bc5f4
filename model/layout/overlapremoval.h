// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QVector>

namespace causeway {

/**
 * Moves rectangles out of each other's way, vertically only, so that the left-to-right order of
 * causes and effects that dot chose is kept.
 *
 * The \a fixed rectangles never move (hand-placed nodes). Each of \a movable, taken in order, keeps
 * its place if it overlaps nothing placed so far, or else goes up or down (whichever is nearer)
 * to the first gap where it overlaps nothing. Rectangles end at least \a margin apart.
 * Returns the moved rectangles in the order of \a movable. A grid keeps this near linear.
 */
QVector<QRectF> removeOverlaps(const QVector<QRectF> &fixed, const QVector<QRectF> &movable, qreal margin);

} // namespace causeway
