// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporters.h"

#include "export/markdownexporter.h"
#include "pdfexporter.h"

namespace causeway {

ExporterRegistry &exporterRegistry()
{
    static ExporterRegistry registry = [] {
        ExporterRegistry r;
        r.add(std::make_unique<PdfExporter>());
        r.add(std::make_unique<MarkdownExporter>());
        return r;
    }();
    return registry;
}

} // namespace causeway
