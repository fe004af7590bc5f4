// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcontent.h"
#include "loaderror.h"

#include <QByteArray>

class QIODevice;

#include <optional>

namespace causeway {

struct ReadResult
{
    std::optional<DocumentContent> content; ///< set only when there are no errors
    LoadErrors errors;
};

/**
 * Reads a .causeway file's bytes (docs/file-format.md). Strict: every unknown key, wrong type,
 * malformed value and dangling reference is an error with its place, and a file with any error
 * yields no content at all, so nothing is ever half-read. At most \a maxErrors are reported.
 */
ReadResult readDocument(const QByteArray &json, int maxErrors = 50);

/**
 * The same, reading \a device from its current position to its end. The file is never in memory
 * as a whole: the top-level members, and the elements of each list, are parsed one at a time.
 * Only a file that is not well-formed JSON is read again in full (the device is rewound, or its
 * bytes kept when it cannot be), so that syntax errors name their line and column exactly.
 */
ReadResult readDocument(QIODevice *device, int maxErrors = 50);

/**
 * The same as readDocument(), reading the file the simple way: parsed whole into a DOM first.
 * This is the reference the streaming reader is tested against, and what it falls back to for
 * files with syntax errors.
 */
ReadResult readDocumentInMemory(const QByteArray &json, int maxErrors = 50);

} // namespace causeway
