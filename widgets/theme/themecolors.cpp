// SPDX-License-Identifier: GPL-3.0-or-later
#include "themecolors.h"

#include <QPalette>

#include <cmath>

namespace causeway::theme {

namespace {
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}
} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Base)) < 0.18;
}

QColor readableOn(const QColor &color, const QColor &background, double minimum)
{
    if (contrastRatio(color, background) >= minimum)
        return color;
    // Away from the background: lighter on a dark one, darker on a light one. Lightness is moved in
    // small steps so that the result is the least change that reads.
    const bool lighten = relativeLuminance(background) < 0.18;
    const QColor hsl = color.toHsl();
    const double hue = hsl.hslHueF();
    const double saturation = hsl.hslSaturationF();
    double lightness = hsl.lightnessF();
    QColor result = color;
    for (int step = 0; step < 100 && contrastRatio(result, background) < minimum; ++step) {
        lightness = qBound(0.0, lightness + (lighten ? 0.01 : -0.01), 1.0);
        result = QColor::fromHslF(hue < 0 ? 0 : hue, saturation, lightness, color.alphaF());
    }
    return result.toRgb();
}

QColor readableOnBase(const QColor &color, const QPalette &palette, double minimum)
{
    return readableOn(color, palette.color(QPalette::Base), minimum);
}

QColor readableOnWindow(const QColor &color, const QPalette &palette, double minimum)
{
    return readableOn(color, palette.color(QPalette::Window), minimum);
}

QColor readableText(const QColor &color, const QPalette &palette, double minimum)
{
    // Base and Window are both light or both dark: moving on for the second never loses the first.
    return readableOnWindow(readableOnBase(color, palette, minimum), palette, minimum);
}

} // namespace causeway::theme
