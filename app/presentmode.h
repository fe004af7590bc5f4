// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace causeway {

class MainWindow;
class PresentationView;

/**
 * View > Present (F5): opens the meeting-room presentation of the window's document full screen,
 * and on Esc gives the keyboard back to the window as it was (the window itself is left untouched
 * while the presentation covers it).
 */
class PresentMode : public QObject
{
    Q_OBJECT
public:
    PresentMode(MainWindow *window, QMenu *viewMenu);

    QAction *action() const { return m_action; }
    /// The open presentation, or null.
    PresentationView *view() const;
    void start();

private:
    MainWindow *m_window;
    QAction *m_action;
    QPointer<PresentationView> m_view;
    QPointer<QWidget> m_focusBefore;
};

} // namespace causeway
