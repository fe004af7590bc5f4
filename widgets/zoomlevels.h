// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>

namespace causeway {

/*
 * The steps of Zoom In / Zoom Out for text (the views' fonts, the presentation's type), as in
 * browsers and office suites: round percentages, with 200 % among them.
 */
namespace zoomlevels {
constexpr std::array<qreal, 12> Levels = { 0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0 };

/// The next level above \a zoom (the largest stays the largest).
inline qreal larger(qreal zoom)
{
    for (qreal level : Levels) {
        if (level > zoom + 0.001)
            return level;
    }
    return Levels.back();
}

/// The next level below \a zoom (the smallest stays the smallest).
inline qreal smaller(qreal zoom)
{
    for (auto it = Levels.rbegin(); it != Levels.rend(); ++it) {
        if (*it < zoom - 0.001)
            return *it;
    }
    return Levels.front();
}
} // namespace zoomlevels

} // namespace causeway
