// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace causeway {

/**
 * The files of a Slack workspace export, wherever they are: in the ZIP file Slack hands out, or in
 * a folder it was unpacked into. Paths are relative to the export's root ("channels.json",
 * "general/2026-04-14.json"); a ZIP whose files all sit in one folder (a re-packed export) is
 * read from inside that folder.
 */
class SlackExportFiles
{
public:
    virtual ~SlackExportFiles();

    /// Opens \a source (a ZIP file or a folder); null, with \a error saying why, when it cannot be read.
    static std::unique_ptr<SlackExportFiles> openExport(const QString &source, QString *error);

    virtual bool contains(const QString &path) const = 0;
    /// The top-level folders, sorted.
    virtual QStringList folders() const = 0;
    /// The day files ("YYYY-MM-DD.json") of \a folder, as paths from the root, in date order.
    virtual QStringList dayFiles(const QString &folder) const = 0;
    /// The size of \a path as stored (for progress), or 0 when unknown.
    virtual qint64 size(const QString &path) const = 0;
    /// Opens \a path for reading; null, with \a error saying why, when it cannot be.
    virtual std::unique_ptr<QIODevice> openFile(const QString &path, QString *error) const = 0;
    /// Why reading \a device (from openFile()) stopped early, or empty when it did not fail.
    virtual QString readFailure(const QIODevice &device) const = 0;
    /// Entries left out because their paths would leave the export (ZIP files only), as stored.
    virtual QStringList unsafePaths() const { return {}; }

    /// Whether \a name is a day file's name: "2026-04-14.json".
    static bool isDayFileName(const QString &name);
};

} // namespace causeway
