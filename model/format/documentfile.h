// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loaderror.h"

#include <QString>

#include <memory>

namespace causeway {

class Document;

struct LoadResult
{
    std::unique_ptr<Document> document; ///< null when there are errors
    LoadErrors errors;
};

/**
 * Loads a .causeway file. The document's file name is set and its undo history is clean. A file
 * larger than limits::DocumentFile is refused before it is read (memorylimits.h).
 */
LoadResult loadDocument(const QString &fileName);

/**
 * Saves atomically (QSaveFile): the old file stays as it was unless the new one was written
 * completely. The version it replaces is kept as backupPath(\a fileName), replacing the backup
 * before it. On success the document is marked saved under \a fileName. On failure \a error says
 * why, in words for the user, naming the file.
 */
bool saveDocument(Document &document, const QString &fileName, QString *error);

/// Where the previous version of \a fileName is kept on save: "name.causeway.bak" beside it.
QString backupPath(const QString &fileName);

} // namespace causeway
