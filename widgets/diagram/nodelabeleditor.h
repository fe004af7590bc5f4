// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramstyle.h"

#include <QGraphicsTextItem>

namespace causeway {

/**
 * The inline editor of a node's label, laid over the node. Enter commits (Shift+Enter breaks the
 * line), Escape cancels, and clicking elsewhere commits; the scene turns a commit into one undo step.
 */
class NodeLabelEditor : public QGraphicsTextItem
{
    Q_OBJECT
public:
    NodeLabelEditor(const QString &text, const QRectF &sceneRect, const DiagramPalette &palette);

    QString text() const { return toPlainText().simplified(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

Q_SIGNALS:
    void finished(bool cancelled);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    DiagramPalette m_palette;
    qreal m_minHeight;
    bool m_done = false;
};

} // namespace causeway
