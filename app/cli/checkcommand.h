// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace causeway {

/// Exit codes of the command line, shared by every subcommand.
enum ExitCode {
    ExitOk = 0,
    ExitFindings = 1, ///< the analysis found an open error (kept free for `check`'s findings)
    ExitLoadError = 2, ///< a document could not be loaded (or saved)
    ExitNothingImported = 3, ///< `import` could read no event from its sources
    ExitWriteError = 4, ///< `export` could not write its output
    ExitUsage = 64, ///< the command line itself was wrong (as sysexits' EX_USAGE)
};

/**
 * `causeway check FILE...`: loads each document headless and reports load errors as
 * `FILE: place: message`, then the open findings of the analysis checks as
 * `FILE: place: severity: check-id: message`. Returns ExitLoadError when any file failed to load,
 * else ExitFindings when an error-severity finding is open (not acknowledged).
 */
int runCheck(const QStringList &files, QTextStream &out, QTextStream &err);

} // namespace causeway
