// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QSize>

#include <functional>

class QPainter;

namespace causeway {

/**
 * An icon drawn by \a draw in the logical coordinates of \a size, rendered at 1×, 2× and 3× so
 * that it stays sharp on a scaled (High-DPI) screen: the style picks the pixmap that matches the
 * screen's device pixel ratio instead of stretching a small one. The painter antialiases.
 */
QIcon drawnIcon(const QSize &size, const std::function<void(QPainter &)> &draw);

} // namespace causeway
