// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawnicon.h"

#include <QPainter>
#include <QPixmap>

namespace causeway {

QIcon drawnIcon(const QSize &size, const std::function<void(QPainter &)> &draw)
{
    QIcon icon;
    for (int scale = 1; scale <= 3; ++scale) {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        draw(painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace causeway
