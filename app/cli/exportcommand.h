// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace causeway {

/**
 * `causeway export FILE -o OUT.EXT`: loads FILE headless and writes it with the exporter for EXT
 * (see widgets/export/exporter.h). Needs a QGuiApplication (fonts and painting); main() starts one
 * on the offscreen platform when there is no display. \a arguments start with "export".
 */
int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// Whether the arguments are an `export` command, which needs QGuiApplication rather than QCoreApplication.
bool isExportInvocation(int argc, char **argv);

/// Chooses the offscreen platform when no display is available, so that export works on a server.
void useOffscreenPlatformWithoutDisplay();

} // namespace causeway
