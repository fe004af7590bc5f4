// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace causeway {

namespace {
const char *const RecentFilesKey = "recentFiles";

QString normalized(const QString &fileName)
{
    return QFileInfo(fileName).absoluteFilePath();
}

/// Menu text shows a single '&' as a mnemonic mark: a file named "R&D.causeway" must keep it.
QString escapedForMenu(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}
} // namespace

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    updateMenu();
}

QStringList RecentFiles::files() const
{
    QStringList files = QSettings().value(QLatin1String(RecentFilesKey)).toStringList();
    files.removeAll(QString());
    return files.mid(0, MaxFiles);
}

void RecentFiles::add(const QString &fileName)
{
    if (fileName.isEmpty())
        return;
    const QString file = normalized(fileName);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    store(list.mid(0, MaxFiles));
}

void RecentFiles::remove(const QString &fileName)
{
    QStringList list = files();
    if (list.removeAll(normalized(fileName)) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

bool RecentFiles::open(const QString &fileName)
{
    if (!QFileInfo::exists(fileName)) {
        remove(fileName);
        Q_EMIT missing(fileName);
        return false;
    }
    Q_EMIT openRequested(fileName);
    return true;
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(QLatin1String(RecentFilesKey), files);
    updateMenu();
    Q_EMIT changed();
}

void RecentFiles::updateMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString &file = list.at(i);
        // The name first, where the eye looks; the folder tells two files of one name apart.
        const QString text =
            tr("&%1 %2  (%3)")
                .arg(i + 1 < 10 ? QString::number(i + 1) : QStringLiteral("1&0"),
                    escapedForMenu(QFileInfo(file).fileName()),
                    escapedForMenu(QDir::toNativeSeparators(QFileInfo(file).absolutePath())));
        QAction *action = m_menu->addAction(text, this, [this, file] { open(file); });
        action->setToolTip(QDir::toNativeSeparators(file));
    }
    if (!list.isEmpty()) {
        m_menu->addSeparator();
        m_menu->addAction(tr("&Clear List"), this, &RecentFiles::clear)
            ->setObjectName(QStringLiteral("fileClearRecent"));
    }
    m_menu->setEnabled(!list.isEmpty());
}

} // namespace causeway
