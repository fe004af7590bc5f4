// SPDX-License-Identifier: GPL-3.0-or-later
#include "loaderror.h"

namespace causeway {

QString LoadError::toString(const QString &fileName) const
{
    QString s;
    if (!fileName.isEmpty())
        s = fileName;
    if (line > 0)
        s += (s.isEmpty() ? QString() : QStringLiteral(":")) + QStringLiteral("%1:%2").arg(line).arg(column);
    if (!s.isEmpty())
        s += QStringLiteral(": ");
    if (!path.isEmpty())
        s += path + QStringLiteral(": ");
    return s + message;
}

} // namespace causeway
