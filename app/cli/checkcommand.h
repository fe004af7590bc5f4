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

/// How `causeway check` prints its findings.
enum class CheckFormat {
    Text, ///< one line per open finding: `FILE: place: severity: check-id: message`
    Json, ///< one JSON array of every finding (acknowledged ones too), for scripts and CI
};

/**
 * `causeway check FILE...`: loads each document headless and reports load errors as
 * `FILE: place: message` on \a err, then the findings of the analysis checks on \a out in
 * \a format. Returns ExitLoadError when any file failed to load, else ExitFindings when an
 * error-severity finding is open (not acknowledged), whatever the format.
 */
int runCheck(
    const QStringList &files, QTextStream &out, QTextStream &err, CheckFormat format = CheckFormat::Text);

} // namespace causeway
