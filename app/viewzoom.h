// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace causeway {

class MainWindow;

/**
 * View > Zoom In / Zoom Out / Reset Zoom (Ctrl +, Ctrl −, Ctrl 0) for the whole window.
 *
 * One set of window-wide actions, so that no two shortcuts compete: on the Causal Diagram tab they
 * zoom the canvas, everywhere else they scale the type of the views and docks (readable at 200 %).
 */
class ViewZoom : public QObject
{
    Q_OBJECT
public:
    ViewZoom(MainWindow *window, QMenu *viewMenu);

    /// The scale of the views' type (1 = the system's size).
    qreal fontZoom() const { return m_zoom; }
    void zoomIn();
    void zoomOut();
    void resetZoom();
    /// Brings views made since the last zoom (a newly opened document) to the current scale.
    void viewsReplaced();

private:
    bool canvasIsCurrent() const;
    void setFontZoom(qreal zoom);
    QList<QWidget *> roots() const;

    MainWindow *m_window;
    qreal m_zoom = 1.0;
};

} // namespace causeway
