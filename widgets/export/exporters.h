// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <memory>

namespace causeway {

class DiagramPicture;

/// Every export format of the program (PDF, Markdown, SVG, PNG), for File > Export and `causeway export`.
ExporterRegistry &exporterRegistry();

/// The causal diagram of \a content as the PDF report draws it: the canvas's painter, as vectors.
std::unique_ptr<DiagramPicture> diagramPicture(const DocumentContent &content);

} // namespace causeway
