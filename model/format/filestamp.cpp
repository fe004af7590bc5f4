// SPDX-License-Identifier: GPL-3.0-or-later
#include "filestamp.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace causeway {

namespace {

QByteArray contentHash(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

FileStamp FileStamp::of(const QString &fileName)
{
    FileStamp stamp;
    const QFileInfo info(fileName);
    if (!info.exists())
        return stamp;
    stamp.exists = true;
    stamp.size = info.size();
    stamp.modified = info.lastModified();
    stamp.sha256 = contentHash(fileName);
    return stamp;
}

bool FileStamp::changedOnDisk(const QString &fileName) const
{
    QFileInfo info(fileName);
    info.setCaching(false);
    if (info.exists() != exists)
        return true;
    if (!exists)
        return false;
    if (info.size() != size)
        return true;
    if (info.lastModified() == modified)
        return false;
    return contentHash(fileName) != sha256;
}

bool isSameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    const QString canonicalB = QFileInfo(b).canonicalFilePath();
    // A file that does not exist (any more) has no canonical path: its absolute one will do.
    if (canonicalA.isEmpty() || canonicalB.isEmpty())
        return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
    return canonicalA == canonicalB;
}

} // namespace causeway
