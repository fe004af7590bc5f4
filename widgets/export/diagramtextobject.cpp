// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramtextobject.h"

#include "diagrampicture.h"

#include <QPainter>

namespace causeway {

DiagramTextObject::DiagramTextObject(const DiagramPicture *picture, QObject *parent)
    : QObject(parent)
    , m_picture(picture)
{ }

QSizeF DiagramTextObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(DisplaySize).toSizeF();
}

void DiagramTextObject::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    if (!m_picture)
        return;
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    if (format.property(Turned).toBool()) {
        // Sideways: the diagram's top runs along the page's left edge, read with the page turned clockwise.
        painter->translate(rect.topRight());
        painter->rotate(90);
        m_picture->paint(
            painter, format.property(SourceRect).toRectF(), QRectF(0, 0, rect.height(), rect.width()));
    } else {
        m_picture->paint(painter, format.property(SourceRect).toRectF(), rect);
    }
    painter->restore();
}

} // namespace causeway
