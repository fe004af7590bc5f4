// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace causeway {

/**
 * What a file was when Causeway last read or wrote it: its size, modification time and content
 * hash. Another program's change (an editor, a `git pull`) shows as a different stamp; a mere
 * touch, which changes the time but not the bytes, does not.
 */
struct FileStamp
{
    bool exists = false;
    qint64 size = -1;
    QDateTime modified;
    QByteArray sha256; ///< hex; empty when the file does not exist

    /// The stamp of \a fileName as it is on disk now.
    static FileStamp of(const QString &fileName);
    /**
     * Whether \a fileName on disk now differs from this stamp. Cheap when nothing changed: the
     * content is hashed only when the size is the same and the time is not.
     */
    bool changedOnDisk(const QString &fileName) const;
};

/// Whether \a a and \a b name the same file (through links, "..", or a different spelling).
bool isSameFile(const QString &a, const QString &b);

} // namespace causeway
