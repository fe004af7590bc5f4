// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramoverview.h"

#include "diagramscene.h"
#include "diagramview.h"

#include <QMouseEvent>
#include <QTimer>

namespace causeway {

DiagramOverview::DiagramOverview(DiagramView *view, QWidget *parent)
    : QGraphicsView(view->scene(), parent)
    , m_view(view)
{
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the canvas there"));
    setAccessibleName(tr("Diagram overview"));
    setFocusPolicy(Qt::NoFocus);
    connect(view, &DiagramView::viewportMoved, viewport(), qOverload<>(&QWidget::update));
    connect(view, &DiagramView::zoomChanged, viewport(), qOverload<>(&QWidget::update));
    // Refit after the scene settles, not on every change of a drag.
    auto *refit = new QTimer(this);
    refit->setSingleShot(true);
    refit->setInterval(150);
    connect(refit, &QTimer::timeout, this, &DiagramOverview::fitAll);
    connect(view->scene(), &QGraphicsScene::changed, refit, qOverload<>(&QTimer::start));
}

void DiagramOverview::fitAll()
{
    const QRectF items = scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (!items.isEmpty())
        fitInView(items, Qt::KeepAspectRatio);
}

void DiagramOverview::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const DiagramPalette &palette = m_view->diagramScene()->palette();
    QColor fill = palette.selection;
    fill.setAlphaF(0.12);
    QPen pen(palette.selection, 1.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRect(visible);
}

void DiagramOverview::centreCanvasAt(const QPoint &pos)
{
    m_view->centerOn(mapToScene(pos));
    viewport()->update();
}

void DiagramOverview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        centreCanvasAt(event->pos());
}

void DiagramOverview::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreCanvasAt(event->pos());
}

void DiagramOverview::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitAll();
}

void DiagramOverview::wheelEvent(QWheelEvent *event)
{
    event->ignore(); // the overview always shows everything
}

} // namespace causeway
