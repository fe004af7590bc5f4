// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QVector>

namespace causeway {

/// Every importer, in the order the command line and the import dialog list them.
const QVector<const Importer *> &allImporters();

/// The importer with the command-line name \a name, or null.
const Importer *importerNamed(const QString &name);

} // namespace causeway
