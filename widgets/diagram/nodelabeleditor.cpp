// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodelabeleditor.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace causeway {

NodeLabelEditor::NodeLabelEditor(const QString &text, const QRectF &sceneRect, const DiagramPalette &palette)
    : m_palette(palette)
    , m_minHeight(sceneRect.height())
{
    setFont(DiagramStyle::labelFont());
    setDefaultTextColor(palette.text);
    setPlainText(text);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setTextWidth(sceneRect.width());
    setPos(sceneRect.topLeft());
    setZValue(1000);
    document()->setDefaultTextOption(QTextOption(Qt::AlignHCenter));
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    setTextCursor(cursor);
}

QRectF NodeLabelEditor::boundingRect() const
{
    QRectF r = QGraphicsTextItem::boundingRect();
    r.setHeight(std::max(r.height(), m_minHeight));
    return r.adjusted(-4, -4, 4, 4);
}

void NodeLabelEditor::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_palette.selection, 1.5));
    painter->setBrush(m_palette.background);
    painter->drawRoundedRect(boundingRect().adjusted(1, 1, -1, -1), 4, 4);
    painter->restore();
    QGraphicsTextItem::paint(painter, option, widget);
}

void NodeLabelEditor::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !(event->modifiers() & Qt::ShiftModifier)) {
        m_done = true;
        Q_EMIT finished(false);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        m_done = true;
        Q_EMIT finished(true);
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void NodeLabelEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    // A context menu or another window taking focus is not the user leaving the editor.
    if (!m_done && event->reason() != Qt::PopupFocusReason &&
        event->reason() != Qt::ActiveWindowFocusReason) {
        m_done = true;
        Q_EMIT finished(false);
    }
}

} // namespace causeway
