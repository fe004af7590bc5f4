// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcontent.h"
#include "loaderror.h"

#include <QByteArray>

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

} // namespace causeway
