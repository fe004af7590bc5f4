// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

namespace causeway {

Importer::~Importer() = default;

QString SkippedRecord::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason);
    return QStringLiteral("%1: %2").arg(file, reason);
}

} // namespace causeway
