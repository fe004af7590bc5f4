// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include "theme/drawnicon.h"
#include "theme/themecolors.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

namespace causeway {

namespace {

constexpr int IconSize = 32; // drawn large, scaled down by the style

/// Icons are drawn for the current theme: a dark one needs a light milestone square.
bool darkTheme()
{
    return theme::isDark(QGuiApplication::palette());
}

void drawFlag(QPainter &p, EventFlag flag, const QRectF &r)
{
    p.setPen(QPen(flagColor(flag).darker(130), 2));
    p.setBrush(flagColor(flag));
    switch (flag) {
    case EventFlag::Trigger: { // a lightning bolt: what set it off
        QPainterPath bolt;
        bolt.moveTo(r.left() + r.width() * 0.60, r.top() + 2);
        bolt.lineTo(r.left() + r.width() * 0.25, r.top() + r.height() * 0.55);
        bolt.lineTo(r.left() + r.width() * 0.50, r.top() + r.height() * 0.55);
        bolt.lineTo(r.left() + r.width() * 0.38, r.bottom() - 2);
        bolt.lineTo(r.left() + r.width() * 0.78, r.top() + r.height() * 0.42);
        bolt.lineTo(r.left() + r.width() * 0.52, r.top() + r.height() * 0.42);
        bolt.closeSubpath();
        p.drawPath(bolt);
        break;
    }
    case EventFlag::MissedWarning: { // a warning triangle
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top() + 3);
        triangle.lineTo(r.right() - 3, r.bottom() - 4);
        triangle.lineTo(r.left() + 3, r.bottom() - 4);
        triangle.closeSubpath();
        p.drawPath(triangle);
        p.setPen(QPen(Qt::black, 3));
        p.drawLine(QPointF(r.center().x(), r.top() + 12), QPointF(r.center().x(), r.bottom() - 13));
        p.drawPoint(QPointF(r.center().x(), r.bottom() - 8));
        break;
    }
    case EventFlag::KeyMoment: { // a star
        QPainterPath star;
        const QPointF c = r.center();
        for (int i = 0; i < 10; ++i) {
            const double radius = (i % 2 == 0) ? r.width() * 0.45 : r.width() * 0.2;
            const double angle = -M_PI / 2 + i * M_PI / 5;
            const QPointF pt(c.x() + radius * std::cos(angle), c.y() + radius * std::sin(angle));
            i == 0 ? star.moveTo(pt) : star.lineTo(pt);
        }
        star.closeSubpath();
        p.drawPath(star);
        break;
    }
    }
}

} // namespace

QColor kindColor(EventKind kind)
{
    switch (kind) {
    case EventKind::Alert:
        return QColor(0xd6, 0x45, 0x3d); // red
    case EventKind::Action:
        return QColor(0x2f, 0x7e, 0xd8); // blue
    case EventKind::Communication:
        return QColor(0x8e, 0x5b, 0xc7); // purple
    case EventKind::Deploy:
        return QColor(0xe0, 0x8a, 0x1e); // orange
    case EventKind::Observation:
        return QColor(0x6b, 0x7a, 0x8c); // slate
    case EventKind::Decision:
        return QColor(0x1f, 0x9e, 0x89); // teal
    case EventKind::Milestone:
        return darkTheme() ? QColor(0xc8, 0xcc, 0xd2) : QColor(0x3c, 0x3c, 0x3c); // near black / near white
    }
    return Qt::gray;
}

QIcon kindIcon(EventKind kind)
{
    static QHash<int, QIcon> cache;
    const int key = int(kind) * 2 + (darkTheme() ? 1 : 0);
    if (cache.contains(key))
        return cache.value(key);
    const QIcon icon = drawnIcon(QSize(IconSize, IconSize), [kind](QPainter &p) {
        p.setPen(QPen(kindColor(kind).darker(140), 2));
        p.setBrush(kindColor(kind));
        const QRectF r(5, 5, IconSize - 10, IconSize - 10);
        // A shape per kind as well as a colour, so the kind reads without colour too.
        switch (kind) {
        case EventKind::Alert:
        case EventKind::Deploy: {
            QPainterPath diamond;
            diamond.moveTo(r.center().x(), r.top());
            diamond.lineTo(r.right(), r.center().y());
            diamond.lineTo(r.center().x(), r.bottom());
            diamond.lineTo(r.left(), r.center().y());
            diamond.closeSubpath();
            p.drawPath(diamond);
            break;
        }
        case EventKind::Action:
        case EventKind::Decision:
            p.drawRoundedRect(r, 4, 4);
            break;
        case EventKind::Milestone:
            p.drawRect(r.adjusted(2, 2, -2, -2));
            break;
        case EventKind::Communication:
        case EventKind::Observation:
            p.drawEllipse(r);
            break;
        }
    });
    cache.insert(key, icon);
    return icon;
}

QColor flagColor(EventFlag flag)
{
    switch (flag) {
    case EventFlag::Trigger:
        return QColor(0xd6, 0x45, 0x3d);
    case EventFlag::MissedWarning:
        return QColor(0xf2, 0xb7, 0x05);
    case EventFlag::KeyMoment:
        return QColor(0x2f, 0x7e, 0xd8);
    }
    return Qt::gray;
}

QIcon flagIcon(EventFlag flag)
{
    return flagsIcon(EventFlags(flag));
}

QIcon flagsIcon(EventFlags flags)
{
    static QHash<int, QIcon> cache;
    if (cache.contains(int(flags)))
        return cache.value(int(flags));
    QVector<EventFlag> set;
    for (EventFlag f : { EventFlag::Trigger, EventFlag::MissedWarning, EventFlag::KeyMoment }) {
        if (flags.testFlag(f))
            set.append(f);
    }
    QIcon icon;
    if (!set.isEmpty()) {
        icon = drawnIcon(QSize(IconSize * int(set.size()), IconSize), [&set](QPainter &p) {
            for (int i = 0; i < set.size(); ++i)
                drawFlag(p, set.at(i), QRectF(i * IconSize, 0, IconSize, IconSize));
        });
    }
    cache.insert(int(flags), icon);
    return icon;
}

} // namespace causeway
