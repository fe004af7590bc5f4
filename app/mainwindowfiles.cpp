// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's care for its file: changes by other programs, reloading, one window per file.
#include "document.h"
#include "externalchangebar.h"
#include "externalchanges.h"
#include "format/documentfile.h"
#include "format/filestamp.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace causeway {

QWidget *MainWindow::createFileSafety()
{
    m_externalChanges = new ExternalChanges(this);
    m_changeBar = new ExternalChangeBar(this);
    connect(m_externalChanges, &ExternalChanges::changed, m_changeBar, &ExternalChangeBar::showChange);
    connect(m_changeBar, &ExternalChangeBar::reloadRequested, this, &MainWindow::reloadFromDisk);
    connect(m_changeBar, &ExternalChangeBar::keepRequested, this, &MainWindow::keepMine);

    // The bar sits above the views, where it is seen without covering what is being written.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_changeBar);
    layout->addWidget(m_tabs, 1);
    return central;
}

bool MainWindow::reloadFromDisk()
{
    const QString fileName = m_document->fileName();
    if (fileName.isEmpty())
        return false;
    if (m_document->isModified() &&
        !m_externalChanges->ask(this, tr("Reload"),
            tr("Reloading %1 replaces the open post-mortem with the version on disk. Your unsaved "
               "edits are lost.\n\nReload anyway?")
                .arg(QDir::toNativeSeparators(fileName)),
            tr("&Discard Edits and Reload")))
        return false;
    LoadResult loaded = loadDocument(fileName);
    if (!loaded.document) {
        QMessageBox::critical(this, tr("Cannot Reload"),
            tr("%1 cannot be read: %2. The open post-mortem is kept.")
                .arg(QDir::toNativeSeparators(fileName), loaded.errors.value(0).toString()));
        return false;
    }
    setDocument(std::move(loaded.document));
    statusBar()->showMessage(tr("Reloaded %1").arg(QDir::toNativeSeparators(fileName)), 4000);
    return true;
}

void MainWindow::keepMine()
{
    m_externalChanges->keepMine();
    // The version on disk is not this one any more: closing must offer to save.
    m_document->markUnsaved();
    m_changeBar->hide();
}

MainWindow *MainWindow::windowWithFile(const QString &fileName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (window && window->document() && isSameFile(window->document()->fileName(), fileName))
            return window;
    }
    return nullptr;
}

} // namespace causeway
