// SPDX-License-Identifier: GPL-3.0-or-later
#include "defenceslice.h"

#include "nodecolors.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace causeway {

namespace {
const QColor CheeseFill(0xf7, 0xd7, 0x74);
const QColor CheeseEdge(0xe0, 0xb8, 0x4a);
const QColor CheeseOutline(0xa8, 0x80, 0x24);
} // namespace

void paintDefenceSlice(QPainter &p, DefenceState state, const QRect &upright, qreal bandY)
{
    QRectF box(upright);
    if (state == DefenceState::Degraded)
        box.adjust(box.width() * 0.22, 0, -box.width() * 0.22, 0);
    if (state == DefenceState::Misaligned)
        box.translate(0, -22);

    QPainterPath slice;
    slice.addRoundedRect(box, 6, 6);
    const QPointF depth(6, -6); // a thickness to the upper right, so it reads as a slice

    if (state == DefenceState::Absent) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(defenceStateColor(state), 1.4, Qt::DashLine));
        p.drawPath(slice);
        p.drawPath(slice.translated(depth));
        return;
    }
    // Holes: small ones anywhere, and for a failed layer one on the hazard's line.
    QPainterPath holes;
    auto hole = [&holes](QPointF c, qreal r) {
        holes.addEllipse(c, r, r);
    };
    hole(QPointF(box.center().x() - box.width() * 0.12, box.top() + box.height() * 0.18), 3.2);
    hole(QPointF(box.center().x() + box.width() * 0.14, box.bottom() - box.height() * 0.14), 2.6);
    if (state != DefenceState::Held)
        hole(QPointF(box.center().x(), bandY), std::min<qreal>(box.width() * 0.36, 9.5));
    const QPainterPath back = slice.translated(depth).subtracted(slice);
    p.setPen(QPen(CheeseOutline, 1));
    p.setBrush(CheeseEdge);
    p.drawPath(back);
    p.setBrush(CheeseFill);
    p.drawPath(slice.subtracted(holes));
    // Inside a hole the hazard shows through; give it a rim so the hole reads as one.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(CheeseOutline.darker(115), 1));
    p.drawPath(holes.intersected(slice));
    // The state's colour as a cap on the slice, so it reads at a glance even without the shapes.
    p.setPen(Qt::NoPen);
    p.setBrush(defenceStateColor(state));
    p.drawRoundedRect(QRectF(box.left(), box.top() - 9, box.width(), 5), 2, 2);
}

void paintDefenceGlyph(QPainter &p, DefenceState state, const QRectF &box)
{
    if (state == DefenceState::Absent) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(defenceStateColor(state), 1.2, Qt::DashLine));
    } else {
        p.setBrush(CheeseFill);
        p.setPen(QPen(defenceStateColor(state), 1.6));
    }
    p.drawRoundedRect(box, 2, 2);
}

} // namespace causeway
