// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationtheme.h"

#include <cmath>

namespace causeway {
namespace presentationtheme {

namespace {
const QColor Ink(0x10, 0x12, 0x16);
const QColor Paper(0xff, 0xff, 0xff);
} // namespace

QPalette palette()
{
    QPalette p;
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        p.setColor(group, QPalette::Window, Paper);
        p.setColor(group, QPalette::Base, Paper);
        p.setColor(group, QPalette::AlternateBase, QColor(0xf2, 0xf3, 0xf5));
        p.setColor(group, QPalette::WindowText, Ink);
        p.setColor(group, QPalette::Text, Ink);
        p.setColor(group, QPalette::ButtonText, Ink);
        p.setColor(group, QPalette::Button, QColor(0xe8, 0xea, 0xee));
        p.setColor(group, QPalette::Highlight, accent());
        p.setColor(group, QPalette::HighlightedText, Ink);
        p.setColor(group, QPalette::ToolTipBase, Paper);
        p.setColor(group, QPalette::ToolTipText, Ink);
    }
    return p;
}

DiagramPalette diagramPalette()
{
    DiagramPalette p = DiagramPalette::light();
    p.background = Paper;
    p.text = Ink;
    p.mutedText = QColor(0x3c, 0x42, 0x4a);
    p.highlight = accent();
    p.badge = Ink;
    return p;
}

QColor accent()
{
    return QColor(0xff, 0xa8, 0x00);
}

QColor mutedText()
{
    return QColor(0x40, 0x46, 0x4e);
}

int bodyPixelSize(int screenHeight, qreal zoom)
{
    // 30 px on a 1080-line projector: readable from the back of a meeting room, and about 14
    // lines of body text per screen half.
    return std::max(12, int(std::lround(screenHeight / 36.0 * zoom)));
}

QFont sized(QFont base, int pixels, bool bold)
{
    base.setPixelSize(std::max(6, pixels));
    base.setBold(bold);
    return base;
}

} // namespace presentationtheme
} // namespace causeway
