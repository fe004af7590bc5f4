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

} // namespace causeway
