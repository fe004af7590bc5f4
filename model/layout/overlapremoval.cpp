// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlapremoval.h"

#include <QHash>

#include <cmath>
#include <limits>

namespace causeway {

namespace {

// Rectangles settled so far, bucketed by the grid cells they cover.
class RectGrid
{
public:
    static constexpr qreal CellSize = 256;

    void insert(const QRectF &r)
    {
        const int index = m_rects.size();
        m_rects.append(r);
        forEachCell(r, [&](quint64 cell) { m_cells[cell].append(index); });
    }

    /// Some settled rectangle that \a r overlaps (with margin applied by the caller), or null.
    /// Searching "down" returns the one reaching lowest, "up" the one reaching highest, so
    /// the caller jumps past the whole clump in one step.
    const QRectF *overlapping(const QRectF &r, bool down) const
    {
        const QRectF *best = nullptr;
        forEachCell(r, [&](quint64 cell) {
            const auto it = m_cells.constFind(cell);
            if (it == m_cells.constEnd())
                return;
            for (int index : *it) {
                const QRectF &other = m_rects.at(index);
                if (!other.intersects(r))
                    continue;
                if (!best || (down ? other.bottom() > best->bottom() : other.top() < best->top()))
                    best = &other;
            }
        });
        return best;
    }

private:
    template<class F>
    static void forEachCell(const QRectF &r, F &&f)
    {
        const int x0 = int(std::floor(r.left() / CellSize)), x1 = int(std::floor(r.right() / CellSize));
        const int y0 = int(std::floor(r.top() / CellSize)), y1 = int(std::floor(r.bottom() / CellSize));
        for (int x = x0; x <= x1; ++x)
            for (int y = y0; y <= y1; ++y)
                f(quint64(quint32(x)) << 32 | quint32(y));
    }

    QVector<QRectF> m_rects;
    QHash<quint64, QVector<int>> m_cells; // key: cell x in the high half, y in the low
};

// Slides \a r (already grown by half the margin on each side) in one direction until it is clear.
QRectF slideClear(const RectGrid &grid, QRectF r, bool down, int maxSteps)
{
    for (int step = 0; step <= maxSteps; ++step) {
        const QRectF *hit = grid.overlapping(r, down);
        if (!hit)
            return r;
        // Past the obstacle, plus a hair so that touching edges do not count as overlapping.
        const qreal nudge = 0.01;
        if (down)
            r.moveTop(hit->bottom() + nudge);
        else
            r.moveBottom(hit->top() - nudge);
    }
    return QRectF(); // cannot happen: each step passes one rectangle for good
}

} // namespace

QVector<QRectF> removeOverlaps(const QVector<QRectF> &fixed, const QVector<QRectF> &movable, qreal margin)
{
    // Every rectangle grows by half the margin; grown rectangles may touch, so the real ones are
    // at least `margin` apart.
    const qreal half = margin / 2;
    const QMarginsF grow(half, half, half, half);
    RectGrid grid;
    for (const QRectF &r : fixed)
        grid.insert(r + grow);

    const int maxSteps = fixed.size() + movable.size();
    QVector<QRectF> out;
    out.reserve(movable.size());
    for (const QRectF &r : movable) {
        const QRectF grown = r + grow;
        QRectF settled = grown;
        if (grid.overlapping(grown, true)) {
            const QRectF down = slideClear(grid, grown, true, maxSteps);
            const QRectF up = slideClear(grid, grown, false, maxSteps);
            const qreal downDistance =
                down.isNull() ? std::numeric_limits<qreal>::max() : down.top() - grown.top();
            const qreal upDistance = up.isNull() ? std::numeric_limits<qreal>::max() : grown.top() - up.top();
            settled = upDistance < downDistance ? up : down;
        }
        grid.insert(settled);
        out.append(settled - grow);
    }
    return out;
}

} // namespace causeway
