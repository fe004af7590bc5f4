// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace causeway::theme {

/*
 * Colour arithmetic for reading on light and dark backgrounds. The ratios are those of WCAG 2:
 * 4.5 for body text, 3 for large text and for marks such as underlines and outlines.
 */

/// The relative luminance of \a color (sRGB, 0 for black to 1 for white).
double relativeLuminance(const QColor &color);
/// The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
/// Whether \a palette draws dark backgrounds (its Base, where views are, is dark).
bool isDark(const QPalette &palette);

/**
 * \a color made lighter or darker, hue and saturation kept, until it reaches \a minimum contrast
 * against \a background; unchanged when it already does. A colour chosen for a light background
 * thus stays recognisably the same colour on a dark one.
 */
QColor readableOn(const QColor &color, const QColor &background, double minimum = 4.5);
/// readableOn() the palette's Base, the background of views, fields and lists.
QColor readableOnBase(const QColor &color, const QPalette &palette, double minimum = 4.5);
/// readableOn() the palette's Window, the background of labels and panels.
QColor readableOnWindow(const QColor &color, const QPalette &palette, double minimum = 4.5);
/// Readable on both Window and Base, for text in panels that mix the two (the form).
QColor readableText(const QColor &color, const QPalette &palette, double minimum = 4.5);

} // namespace causeway::theme
