// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewzoom.h"

#include "diagram/diagramview.h"
#include "diagram/diagramwidget.h"
#include "mainwindow.h"
#include "zoomlevels.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QTabWidget>

namespace causeway {

namespace {
QFont scaled(QFont font, qreal ratio)
{
    if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, qRound(font.pixelSize() * ratio)));
    else
        font.setPointSizeF(font.pointSizeF() * ratio);
    return font;
}

/**
 * Scales the type of \a root and everything in it by \a ratio. Widgets that inherit their font
 * follow the root; widgets with a font of their own (a bold title, a larger heading) keep their
 * proportion to it.
 */
void scaleFonts(QWidget *root, qreal ratio)
{
    const QList<QWidget *> own = root->findChildren<QWidget *>();
    QList<QWidget *> explicitFonts;
    for (QWidget *w : own) {
        if (w->testAttribute(Qt::WA_SetFont))
            explicitFonts << w;
    }
    root->setFont(scaled(root->font(), ratio));
    for (QWidget *w : qAsConst(explicitFonts))
        w->setFont(scaled(w->font(), ratio));
}
} // namespace

ViewZoom::ViewZoom(MainWindow *window, QMenu *viewMenu)
    : QObject(window)
    , m_window(window)
{
    QAction *in = viewMenu->addAction(tr("Zoom &In"), this, &ViewZoom::zoomIn);
    in->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    in->setObjectName(QStringLiteral("viewZoomIn"));
    QAction *out = viewMenu->addAction(tr("Zoom &Out"), this, &ViewZoom::zoomOut);
    out->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    out->setObjectName(QStringLiteral("viewZoomOut"));
    QAction *reset = viewMenu->addAction(tr("&Reset Zoom"), this, &ViewZoom::resetZoom);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    reset->setObjectName(QStringLiteral("viewZoomReset"));
    for (QAction *a : { in, out, reset })
        a->setToolTip(tr("On the Causal Diagram tab: zoom the canvas. Elsewhere: the size of the text."));
}

bool ViewZoom::canvasIsCurrent() const
{
    return m_window->diagramView() && m_window->tabs()->currentWidget() == m_window->diagramView();
}

void ViewZoom::zoomIn()
{
    if (canvasIsCurrent())
        m_window->diagramView()->view()->zoomIn();
    else
        setFontZoom(zoomlevels::larger(m_zoom));
}

void ViewZoom::zoomOut()
{
    if (canvasIsCurrent())
        m_window->diagramView()->view()->zoomOut();
    else
        setFontZoom(zoomlevels::smaller(m_zoom));
}

void ViewZoom::resetZoom()
{
    if (canvasIsCurrent())
        m_window->diagramView()->view()->resetZoom();
    else
        setFontZoom(1.0);
}

QList<QWidget *> ViewZoom::roots() const
{
    QList<QWidget *> out;
    for (int i = 0; i < m_window->tabs()->count(); ++i)
        out << m_window->tabs()->widget(i);
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
        out << dock;
    return out;
}

void ViewZoom::setFontZoom(qreal zoom)
{
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    const qreal ratio = zoom / m_zoom;
    m_zoom = zoom;
    for (QWidget *root : roots())
        scaleFonts(root, ratio);
}

void ViewZoom::viewsReplaced()
{
    if (qFuzzyCompare(m_zoom, 1.0))
        return;
    // New views were made at the system's size: the tabs from scratch, the docks' contents inside
    // docks that are already scaled.
    for (int i = 0; i < m_window->tabs()->count(); ++i)
        scaleFonts(m_window->tabs()->widget(i), m_zoom);
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!dock->widget())
            continue;
        for (QWidget *w : dock->widget()->findChildren<QWidget *>()) {
            if (w->testAttribute(Qt::WA_SetFont))
                w->setFont(scaled(w->font(), m_zoom));
        }
    }
}

} // namespace causeway
