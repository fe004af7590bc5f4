// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTextObjectInterface>

namespace causeway {

class DiagramPicture;

/**
 * Draws (a part of) the causal diagram inside a rich-text report, as vector graphics: the report
 * inserts one object character per picture or page tile, with its source rectangle and size in
 * the character's format.
 */
class DiagramTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    enum { Type = QTextFormat::UserObject + 1 };
    enum Property { SourceRect = QTextFormat::UserProperty + 1, DisplaySize, Turned };

    explicit DiagramTextObject(const DiagramPicture *picture, QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
        const QTextFormat &format) override;

private:
    const DiagramPicture *m_picture;
};

} // namespace causeway
