// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace causeway {

class DiagramView;

/**
 * A small map of the whole diagram with the part the canvas shows outlined. Clicking or dragging
 * in it moves the canvas there. It draws the same scene at a small scale, so it is always current.
 */
class DiagramOverview : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DiagramOverview(DiagramView *view, QWidget *parent = nullptr);

    QSize sizeHint() const override { return QSize(240, 160); }

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void fitAll();
    void centreCanvasAt(const QPoint &pos);

    DiagramView *m_view;
};

} // namespace causeway
