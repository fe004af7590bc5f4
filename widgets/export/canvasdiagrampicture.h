// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagrampicture.h"
#include "documentcontent.h"

#include <memory>

namespace causeway {

/// The causal diagram of \a content as the PDF report draws it: the canvas's own painter, as vectors.
std::unique_ptr<DiagramPicture> canvasDiagramPicture(const DocumentContent &content);

} // namespace causeway
