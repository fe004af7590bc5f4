// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>

namespace causeway {

/**
 * Parses one piece of a .causeway file (a list element, as JsonTopLevelScanner hands it out)
 * straight into a QJsonValue, without a QJsonDocument and without a second pass looking for keys
 * given twice: the streaming reader's fast path.
 *
 * It is a fast path, not a parser of its own: it accepts only what it is sure is valid JSON with
 * every key once and builds exactly the value QJsonDocument builds for it. Anything else (a
 * syntax error, a key given twice, a \u escape of a surrogate, a number other than a plain
 * integer of up to 15 digits, a non-character, deep nesting) makes it return false, and the caller
 * takes the slow path, whose messages say exactly what is wrong and where.
 */
bool parseJsonQuickly(const char *data, qsizetype size, QJsonValue *value);

} // namespace causeway
