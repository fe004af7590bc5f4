// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace causeway {

/**
 * File > Open Recent: the documents last opened or saved, most recent first, at most
 * MaxFiles, kept in QSettings. A file that is gone when chosen is taken off the list with a
 * message saying so, instead of an error about a file the user cannot see.
 */
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxFiles = 10;

    /// Fills \a menu (and keeps it up to date) when given; without one it only keeps the list.
    explicit RecentFiles(QMenu *menu = nullptr, QObject *parent = nullptr);

    /// The files, most recent first, as absolute paths.
    QStringList files() const;
    /// Puts \a fileName first (moving it up when already listed) and drops the oldest beyond MaxFiles.
    void add(const QString &fileName);
    void remove(const QString &fileName);
    void clear();
    /**
     * What choosing \a fileName in the menu does: emits openRequested() when the file exists;
     * otherwise removes it, emits missing() and returns false.
     */
    bool open(const QString &fileName);

Q_SIGNALS:
    void openRequested(const QString &fileName);
    /// \a fileName was chosen but no longer exists; it has been removed from the list.
    void missing(const QString &fileName);
    void changed();

private:
    void store(const QStringList &files);
    void updateMenu();

    QMenu *m_menu;
};

} // namespace causeway
