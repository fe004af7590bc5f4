// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace causeway {

class DiagramScene;

/**
 * The canvas's viewport: zoom and pan the way diagram tools do.
 *
 * The wheel scrolls (Shift+wheel sideways) and Ctrl+wheel zooms around the mouse, as in Inkscape,
 * draw.io and Tiled, so that a touchpad's two-finger scroll pans a large diagram. Pan also with the
 * middle button, or by holding Space and dragging; the left button selects and rubber-bands.
 */
class DiagramView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    DiagramScene *diagramScene() const { return m_scene; }
    qreal zoom() const;
    void setZoom(qreal zoom, const QPointF &anchorScenePos);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    /// Shows the whole diagram (never zooming in beyond 100 %).
    void fitDiagram();
    void zoomToSelection();
    /// The scene point at the centre of the viewport.
    QPointF visibleCentre() const;
    /// Scrolls so that \a rect is visible, when it is not already.
    void reveal(const QRectF &rect);

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    void viewportMoved();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void zoomToRect(QRectF rect, qreal maxZoom);
    void updateSceneRect();

    DiagramScene *m_scene;
    bool m_spacePanning = false;
    bool m_middlePanning = false;
    bool m_fittedOnce = false;
};

} // namespace causeway
