// SPDX-License-Identifier: GPL-3.0-or-later
#include "externalchanges.h"

#include "format/documentfile.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace causeway {

ExternalChanges::ExternalChanges(QObject *parent)
    : QObject(parent)
{
    // A program writing a file changes it several times in a row: look once it has settled.
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &ExternalChanges::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        // Only watched while the file is missing: has it come back?
        if (QFileInfo::exists(m_fileName))
            m_settle.start();
    });
}

void ExternalChanges::follow(const QString &fileName)
{
    m_settle.stop();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_fileName = fileName;
    m_known = fileName.isEmpty() ? FileStamp() : FileStamp::of(fileName);
    m_reported = m_known;
    watch();
}

void ExternalChanges::saved(const QString &fileName)
{
    follow(fileName);
}

void ExternalChanges::keepMine()
{
    m_known = FileStamp::of(m_fileName);
    m_reported = m_known;
    watch();
}

bool ExternalChanges::changedOnDisk() const
{
    return !m_fileName.isEmpty() && m_known.changedOnDisk(m_fileName);
}

bool ExternalChanges::removedOnDisk() const
{
    return !m_fileName.isEmpty() && m_known.exists && !QFileInfo::exists(m_fileName);
}

void ExternalChanges::watch()
{
    if (m_fileName.isEmpty())
        return;
    if (QFileInfo::exists(m_fileName)) {
        // Re-added every time: a rename over the file ended the watch on the old one.
        if (!m_watcher.files().contains(m_fileName))
            m_watcher.addPath(m_fileName);
        if (!m_watcher.directories().isEmpty())
            m_watcher.removePaths(m_watcher.directories());
    } else {
        const QString folder = QFileInfo(m_fileName).absolutePath();
        if (!m_watcher.directories().contains(folder))
            m_watcher.addPath(folder);
    }
}

void ExternalChanges::check()
{
    watch();
    if (!changedOnDisk())
        return;
    // Told once per version: a second write of the same bytes is not news.
    if (!m_reported.changedOnDisk(m_fileName))
        return;
    m_reported = FileStamp::of(m_fileName);
    Q_EMIT changed(m_fileName, removedOnDisk());
}

bool ExternalChanges::confirmOverwrite(QWidget *parent, const QString &fileName) const
{
    if (m_fileName.isEmpty() || !isSameFile(fileName, m_fileName) || !changedOnDisk() || removedOnDisk())
        return true;
    return ask(parent, tr("File Changed on Disk"),
        tr("%1 was changed by another program since it was opened or saved here. Saving replaces "
           "those changes with this version (the replaced file is kept as %2).\n\nSave anyway?")
            .arg(QDir::toNativeSeparators(fileName), QFileInfo(backupPath(fileName)).fileName()),
        tr("&Save Anyway"));
}

bool ExternalChanges::ask(
    QWidget *parent, const QString &title, const QString &text, const QString &goAhead) const
{
    if (m_question)
        return m_question(parent, title, text, goAhead);
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *ahead = box.addButton(goAhead, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel); // going ahead loses something: never by Enter alone
    box.exec();
    return box.clickedButton() == ahead;
}

} // namespace causeway
