// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramstyle.h"

#include "theme/themecolors.h"

#include <QPalette>

namespace causeway {

QFont DiagramStyle::labelFont()
{
    // A pixel size, not a point size: the diagram must measure the same on every screen, in an
    // exported SVG and in the headless layout.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(LabelPixelSize);
    return font;
}

QFont DiagramStyle::captionFont()
{
    QFont font = labelFont();
    font.setPixelSize(CaptionPixelSize);
    font.setBold(true);
    font.setLetterSpacing(QFont::PercentageSpacing, 105);
    return font;
}

namespace {
QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

QColor DiagramPalette::typeColor(NodeType type) const
{
    // Okabe–Ito hues; on a dark background the darker ones are lifted so they keep their contrast.
    switch (type) {
    case NodeType::Outcome:
        return dark ? QColor(0xff, 0x8a, 0x4c) : QColor(0xd5, 0x5e, 0x00); // vermillion
    case NodeType::Trigger:
        return dark ? QColor(0xf2, 0xb7, 0x3a) : QColor(0xb8, 0x7a, 0x00); // orange
    case NodeType::Condition:
        return dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2); // blue / sky blue
    case NodeType::Defence:
        return dark ? QColor(0x3c, 0xc9, 0x9a) : QColor(0x00, 0x8c, 0x66); // bluish green
    case NodeType::WarningSign:
        return dark ? QColor(0xf0, 0xe4, 0x42) : QColor(0x8a, 0x7d, 0x00); // yellow (darkened on light)
    case NodeType::Unknown:
        return dark ? QColor(0xe0, 0x9c, 0xc4) : QColor(0xb0, 0x4f, 0x8c); // reddish purple
    }
    return text;
}

QColor DiagramPalette::typeFill(NodeType type) const
{
    return blend(background, typeColor(type), dark ? 0.22 : 0.12);
}

QColor DiagramPalette::linkColor(LinkKind kind) const
{
    switch (kind) {
    case LinkKind::Causes:
        return dark ? QColor(0xd8, 0xdc, 0xe2) : QColor(0x3a, 0x40, 0x48);
    case LinkKind::Enables:
        return typeColor(NodeType::Condition);
    case LinkKind::FailedToStop:
        return typeColor(NodeType::Outcome);
    case LinkKind::WarnedOf:
        return typeColor(NodeType::Trigger);
    case LinkKind::Limited:
        return typeColor(NodeType::Defence);
    }
    return text;
}

QColor DiagramPalette::captionColor(NodeType type) const
{
    return theme::readableOn(typeColor(type), typeFill(type));
}

QColor DiagramPalette::linkTextColor(LinkKind kind) const
{
    return theme::readableOn(linkColor(kind), background);
}

DiagramPalette DiagramPalette::light()
{
    DiagramPalette p;
    p.dark = false;
    p.background = QColor(0xff, 0xff, 0xff);
    p.text = QColor(0x1f, 0x23, 0x28);
    p.mutedText = QColor(0x5f, 0x66, 0x70);
    p.selection = QColor(0x1a, 0x73, 0xe8);
    p.highlight = QColor(0xf5, 0xb0, 0x00);
    p.path = QColor(0x7b, 0x3f, 0xbf);
    p.badge = QColor(0x3a, 0x40, 0x48);
    p.badgeText = QColor(0xff, 0xff, 0xff);
    p.warning = QColor(0xd5, 0x5e, 0x00);
    return p;
}

DiagramPalette DiagramPalette::darkPalette()
{
    DiagramPalette p;
    p.dark = true;
    p.background = QColor(0x23, 0x26, 0x2b);
    p.text = QColor(0xe8, 0xea, 0xed);
    p.mutedText = QColor(0xbc, 0xc2, 0xca); // still 4.5:1 on the brightest node fill
    p.selection = QColor(0x6a, 0xb0, 0xff);
    p.highlight = QColor(0xff, 0xc8, 0x3d);
    p.path = QColor(0xc3, 0x9b, 0xff);
    p.badge = QColor(0xd8, 0xdc, 0xe2);
    p.badgeText = QColor(0x23, 0x26, 0x2b);
    p.warning = QColor(0xff, 0x8a, 0x4c);
    return p;
}

DiagramPalette DiagramPalette::forPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? darkPalette() : light();
}

} // namespace causeway
