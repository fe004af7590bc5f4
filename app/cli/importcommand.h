// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace causeway {

/**
 * `causeway import --format FORMAT SOURCE... --into FILE [--zone ZONE] [--year YEAR]` (and for CSV
 * `--time-column`, `--text-column`, `--actor-column`, `--kind-column`, `--time-format`): reads the
 * sources with one importer and appends their events to FILE (created when missing), leaving out
 * events the document already has. Prints counts and every skipped record as `file:line: reason`.
 */
int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace causeway
