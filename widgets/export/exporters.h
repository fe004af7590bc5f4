// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

namespace causeway {

/// Every export format of the program (PDF, Markdown, SVG, PNG), for File > Export and `causeway export`.
ExporterRegistry &exporterRegistry();

} // namespace causeway
