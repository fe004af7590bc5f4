// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QImage>

namespace causeway {

/**
 * The leadership-ready PDF: vector text with embedded fonts, a header and "page n of N" footer on
 * every page, an executive summary on the first, links from it to the sections, and the causal
 * diagram as vector graphics, painted by the canvas's own code.
 */
class PdfExporter : public Exporter
{
public:
    QString suffix() const override;
    QString filter() const override;
    bool write(const DocumentContent &content, const ExportOptions &options, QIODevice *device,
        QString *error) const override;

    /// The first page as an image \a width pixels wide, for the export dialog's preview.
    QImage firstPage(const DocumentContent &content, const ExportOptions &options, int width) const;
    /// The number of pages the last write() produced.
    int lastPageCount() const { return m_lastPageCount; }

private:
    mutable int m_lastPageCount = 0;
};

} // namespace causeway
