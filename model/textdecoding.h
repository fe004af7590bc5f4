// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace causeway {

/**
 * Decodes UTF-8, refusing invalid byte sequences instead of replacing them with U+FFFD: an
 * importer must say "invalid UTF-8 at line 12" rather than silently change the evidence.
 */
std::optional<QString> decodeUtf8Strict(const QByteArray &bytes);

} // namespace causeway
