// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace causeway {

/**
 * Why a file could not be read, and where: either a JSON syntax error at a line and column, or a
 * value at a path such as `timeline[12].time` that is not what the format expects.
 */
struct LoadError
{
    QString path; ///< e.g. "timeline[12].time"; empty for syntax and file errors
    int line = 0; ///< 1-based, for syntax errors
    int column = 0; ///< 1-based, for syntax errors
    QString message;

    /// "FILE:3:17: message", "FILE: path: message" or "FILE: message", as compilers print them.
    QString toString(const QString &fileName = QString()) const;
};

using LoadErrors = QVector<LoadError>;

} // namespace causeway
