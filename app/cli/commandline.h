// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCommandLineParser;

namespace causeway {

/**
 * True when the arguments ask for something that needs no window (--help, --version, or a
 * subcommand such as `check`): main() then starts a QCoreApplication, so it works without a
 * display.
 */
bool isHeadlessInvocation(int argc, char **argv);

/// Runs a headless invocation; returns the process exit code.
int runHeadless(const QStringList &arguments);

/// What `causeway --version` prints: the version and the libraries it was built with.
QString versionText();

/// The subcommands, for the help text.
QString subcommandHelp();

/// The options and arguments of `causeway [options] [FILE]`, shared by the window and --help.
void configureMainParser(QCommandLineParser &parser);

} // namespace causeway
