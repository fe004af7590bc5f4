// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loaderror.h"

#include <QByteArray>

#include <optional>

namespace causeway {

/**
 * Finds the first key that appears twice in one JSON object of \a json, which must be valid JSON.
 * QJsonDocument keeps only the last of two equal keys, which would silently drop data; the reader
 * refuses such files instead, naming the place (`timeline[3].text`).
 */
std::optional<LoadError> findDuplicateKey(const QByteArray &json);

/**
 * The same for one piece of a file, \a size bytes at \a data: the value of the top-level \a key,
 * or element \a index of it when \a index >= 0. The path reported is the one findDuplicateKey()
 * gives for the whole file (`timeline[3].text`).
 */
std::optional<LoadError> findDuplicateKey(
    const char *data, qsizetype size, const QString &key, int index = -1);

/// The error for a key given twice, \a name at \a path.
LoadError duplicateKeyError(const QString &path, const QString &name);

} // namespace causeway
