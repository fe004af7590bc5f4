// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>
#include <QVector>

#include <functional>

class QWidget;

namespace causeway {

/// Which colours the application uses: the desktop's, or one of its own.
enum class ThemeChoice {
    System, ///< the platform's style and palette, untouched
    Light, ///< Fusion with Causeway's light palette
    Dark, ///< Fusion with Causeway's dark palette
};

namespace theme {

/// Every choice, in the order a chooser lists them.
QVector<ThemeChoice> allChoices();
/// "System", "Light", "Dark", translated.
QString choiceName(ThemeChoice choice);
/// The stable name stored in the settings ("system", "light", "dark").
QString choiceKey(ThemeChoice choice);
/// The choice stored as \a key; System for an empty or unknown key.
ThemeChoice choiceFromKey(const QString &key);

/// Causeway's light palette for the Fusion style.
QPalette lightPalette();
/// Causeway's dark palette for the Fusion style; every text role reads on its background.
QPalette darkPalette();

/**
 * Applies \a choice to the running application at once: every widget receives a palette change
 * and repaints. Light and Dark switch to the Fusion style (native styles may ignore a palette);
 * System brings back the style and palette the platform gave when the application started.
 * Needs a QApplication.
 */
void apply(ThemeChoice choice);
/// The choice last applied (System before any).
ThemeChoice current();

/**
 * Calls \a restyle now and again whenever the application palette changes (a theme switch), for
 * widgets that set colours of their own computed from the palette: an explicit colour would
 * otherwise stay from the old theme. \a restyle runs while \a widget lives.
 */
void followPalette(QWidget *widget, const std::function<void()> &restyle);

} // namespace theme
} // namespace causeway
