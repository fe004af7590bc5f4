// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfile.h"

#include "document.h"
#include "documentreader.h"
#include "documentwriter.h"
#include "memorylimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace causeway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway::DocumentFile", text);
}

/**
 * Makes the file now at \a fileName its backup, without touching it: a second name for the same
 * bytes (a hard link, which needs no space on a full disk), given to the backup by a rename so
 * that the old backup is replaced whole or not at all. Where hard links are not possible the
 * file is copied.
 */
bool keepBackup(const QString &fileName, QString *error)
{
    const QString backup = backupPath(fileName);
    const QString staged = backup + QStringLiteral(".new");
    QFile::remove(staged);
    const QByteArray from = QFile::encodeName(fileName);
    const QByteArray to = QFile::encodeName(staged);
    if (::link(from.constData(), to.constData()) != 0 && !QFile::copy(fileName, staged)) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    if (std::rename(to.constData(), QFile::encodeName(backup).constData()) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(staged);
        return false;
    }
    return true;
}

/**
 * Why writing \a file failed. A write the disk takes only in part (it filled up, or the file size
 * limit was reached) fails without a reason: Qt reports errno only when nothing at all was
 * written. One more byte written directly gives the system's reason ("No space left on device").
 */
QString writeFailure(QSaveFile &file)
{
    if (file.handle() >= 0 && ::write(file.handle(), "\n", 1) < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    return file.errorString();
}

} // namespace

QString backupPath(const QString &fileName)
{
    return fileName + QStringLiteral(".bak");
}

LoadResult loadDocument(const QString &fileName)
{
    LoadResult result;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append({ QString(), 0, 0,
            QCoreApplication::translate("causeway::DocumentReader", "cannot open the file: %1")
                .arg(file.errorString()) });
        return result;
    }
    // Refused before a byte is read: the reader never holds a file this large.
    if (!file.isSequential() && file.size() > limits::DocumentFile) {
        result.errors.append({ QString(), 0, 0,
            tr("the file is %1 MiB; Causeway opens documents of up to %2 MiB")
                .arg(file.size() / limits::MiB)
                .arg(limits::DocumentFile / limits::MiB) });
        return result;
    }
    ReadResult read = readDocument(&file);
    if (!read.content) {
        result.errors = std::move(read.errors);
        return result;
    }
    result.document = std::make_unique<Document>(std::move(*read.content));
    result.document->setFileName(QFileInfo(fileName).absoluteFilePath());
#ifdef __GLIBC__
    // What reading needed only for a while (the index of ids, read buffers, the pieces parsed on
    // the slow path) lies in holes between the events' strings; give those pages back to the
    // system now (about 12 MiB for a million events) rather than keep them for later allocations.
    malloc_trim(0);
#endif
    return result;
}

bool saveDocument(Document &document, const QString &fileName, QString *error)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    // Flushed here, so that a full disk shows as a failed write, with its reason, not at commit.
    if (!writeDocument(document, &file) || !file.flush()) {
        const QString reason = writeFailure(file); // before canceling, which says only that
        file.cancelWriting();
        if (error)
            *error =
                tr("Cannot write %1: %2. The previous version of the file is unchanged.").arg(shown, reason);
        return false;
    }
    // Only now that the new version is written whole does the old one become the backup.
    QString backupError;
    if (QFileInfo(fileName).isFile() && !keepBackup(fileName, &backupError)) {
        file.cancelWriting();
        if (error)
            *error = tr("Cannot keep the previous version of %1 as %2: %3. Nothing was saved; the file "
                        "is unchanged.")
                         .arg(shown, QDir::toNativeSeparators(backupPath(fileName)), backupError);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot save %1: %2. The previous version of the file is unchanged.")
                         .arg(shown, file.errorString());
        return false;
    }
    document.setFileName(QFileInfo(fileName).absoluteFilePath());
    document.markSaved();
    return true;
}

} // namespace causeway
