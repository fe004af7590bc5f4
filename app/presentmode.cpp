// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentmode.h"

#include "mainwindow.h"
#include "presentation/presentationview.h"

#include <QAction>
#include <QApplication>
#include <QMenu>

namespace causeway {

PresentMode::PresentMode(MainWindow *window, QMenu *viewMenu)
    : QObject(window)
    , m_window(window)
    , m_action(viewMenu->addAction(tr("&Present"), this, &PresentMode::start))
{
    m_action->setShortcut(QKeySequence(Qt::Key_F5));
    m_action->setObjectName(QStringLiteral("viewPresent"));
    m_action->setToolTip(tr("Walk through the incident full screen, for a review meeting (F5; Esc leaves)"));
}

PresentationView *PresentMode::view() const
{
    return m_view;
}

void PresentMode::start()
{
    if (m_view) {
        m_view->present(m_window);
        return;
    }
    m_focusBefore = QApplication::focusWidget();
    // A child window, so that it goes with the main window; it deletes itself when it closes.
    m_view = new PresentationView(m_window->document(), m_window);
    connect(m_view, &PresentationView::left, this, [this] {
        m_window->raise();
        m_window->activateWindow();
        if (m_focusBefore)
            m_focusBefore->setFocus(Qt::OtherFocusReason);
    });
    m_view->present(m_window);
}

} // namespace causeway
