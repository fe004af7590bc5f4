// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramview.h"

#include "diagramscene.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>
#include <QtMath>

namespace causeway {

namespace {
/// The same mouse event as a left-button one, so that the hand-drag mode pans with any button.
QMouseEvent asLeftButton(QEvent::Type type, const QMouseEvent *event, Qt::MouseButtons buttons)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QMouseEvent(
        type, event->position(), event->globalPosition(), Qt::LeftButton, buttons, event->modifiers());
#else
    return QMouseEvent(
        type, event->localPos(), event->screenPos(), Qt::LeftButton, buttons, event->modifiers());
#endif
}

constexpr qreal MinZoom = 0.05;
constexpr qreal MaxZoom = 4.0;
constexpr qreal ZoomStep = 1.25;
} // namespace

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Causal diagram"));
    connect(scene, &QGraphicsScene::changed, this, [this] { updateSceneRect(); });
    connect(scene, &DiagramScene::highlightRequested, this, &DiagramView::reveal);
    updateSceneRect();
}

void DiagramView::updateSceneRect()
{
    // Room around the diagram so that nodes can be dragged past its edge and the view panned freely.
    const QRectF items = m_scene->itemsBoundingRect();
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const qreal mx = std::max(visible.width(), 400.0);
    const qreal my = std::max(visible.height(), 300.0);
    const QRectF wanted = items.adjusted(-mx, -my, mx, my);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect() | wanted);
}

qreal DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setZoom(qreal zoom, const QPointF &anchorScenePos)
{
    zoom = qBound(MinZoom, zoom, MaxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    const QPoint anchorView = mapFromScene(anchorScenePos);
    setTransform(QTransform::fromScale(zoom, zoom));
    // Keep the anchor point under the same place of the viewport.
    const QPointF moved = mapToScene(anchorView);
    const QPointF delta = anchorScenePos - moved;
    centerOn(mapToScene(viewport()->rect().center()) + delta);
    updateSceneRect();
    Q_EMIT zoomChanged(zoom);
}

void DiagramView::zoomIn()
{
    setZoom(zoom() * ZoomStep, visibleCentre());
}

void DiagramView::zoomOut()
{
    setZoom(zoom() / ZoomStep, visibleCentre());
}

void DiagramView::resetZoom()
{
    setZoom(1.0, visibleCentre());
}

void DiagramView::fitDiagram()
{
    zoomToRect(m_scene->itemsBoundingRect(), 1.0);
}

void DiagramView::zoomToSelection()
{
    const QRectF bounds = m_scene->selectionBounds();
    if (!bounds.isEmpty())
        zoomToRect(bounds, 2.0);
}

void DiagramView::zoomToRect(QRectF rect, qreal maxZoom)
{
    if (rect.isEmpty())
        return;
    rect.adjust(-30, -30, 30, 30);
    const QRectF port = viewport()->rect();
    const qreal z = std::min({ port.width() / rect.width(), port.height() / rect.height(), maxZoom });
    setTransform(QTransform::fromScale(qBound(MinZoom, z, MaxZoom), qBound(MinZoom, z, MaxZoom)));
    updateSceneRect();
    centerOn(rect.center());
    Q_EMIT zoomChanged(zoom());
}

QPointF DiagramView::visibleCentre() const
{
    return mapToScene(viewport()->rect().center());
}

void DiagramView::reveal(const QRectF &rect)
{
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (!visible.contains(rect))
        centerOn(rect.center());
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0) {
#if QT_VERSION >= QT_VERSION_CHECK(5, 14, 0)
            const QPointF anchor = mapToScene(event->position().toPoint());
#else
            const QPointF anchor = mapToScene(event->pos());
#endif
            setZoom(zoom() * std::pow(ZoomStep, steps), anchor);
        }
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spacePanning && event->button() == Qt::LeftButton)) {
        // Pan by handing a synthetic left press to the hand-drag mode.
        m_middlePanning = true;
        setDragMode(QGraphicsView::ScrollHandDrag);
        QMouseEvent press = asLeftButton(QEvent::MouseButtonPress, event, Qt::LeftButton);
        QGraphicsView::mousePressEvent(&press);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_middlePanning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        QMouseEvent release = asLeftButton(QEvent::MouseButtonRelease, event, Qt::NoButton);
        QGraphicsView::mouseReleaseEvent(&release);
        m_middlePanning = false;
        setDragMode(m_spacePanning ? QGraphicsView::ScrollHandDrag : QGraphicsView::RubberBandDrag);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !m_scene->isEditingLabel()) {
        m_spacePanning = true;
        setDragMode(QGraphicsView::ScrollHandDrag);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space && event->isAutoRepeat() && m_spacePanning) {
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spacePanning) {
        m_spacePanning = false;
        if (!m_middlePanning)
            setDragMode(QGraphicsView::RubberBandDrag);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_scene->palette().background);
    // A quiet dot grid gives a sense of scale and place while panning; hidden when zoomed far out.
    const qreal spacing = 20;
    if (zoom() < 0.4)
        return;
    QColor dot = m_scene->palette().mutedText;
    dot.setAlphaF(0.35);
    painter->setPen(QPen(dot, 1.5 / zoom()));
    QVector<QPointF> points;
    for (qreal x = std::floor(rect.left() / spacing) * spacing; x < rect.right(); x += spacing) {
        for (qreal y = std::floor(rect.top() / spacing) * spacing; y < rect.bottom(); y += spacing)
            points.append(QPointF(x, y));
    }
    painter->drawPoints(points.constData(), int(points.size()));
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT viewportMoved();
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateSceneRect();
    Q_EMIT viewportMoved();
}

} // namespace causeway

namespace causeway {

void DiagramView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (!std::exchange(m_fittedOnce, true)) {
        // The first time the canvas is shown it opens on the whole diagram, once laid out.
        QTimer::singleShot(0, this, &DiagramView::fitDiagram);
    }
}

} // namespace causeway
