// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QImage>

#include <functional>
#include <memory>

namespace causeway {

class DiagramPicture;

/// Makes the picture of a document's causal diagram (the canvas's own painting code).
using DiagramPictureFactory = std::function<std::unique_ptr<DiagramPicture>(const DocumentContent &)>;

/**
 * The leadership-ready PDF: vector text with embedded fonts, a header and "page n of N" footer on
 * every page, an executive summary on the first, links from it to the sections, and the causal
 * diagram as vector graphics.
 */
class PdfExporter : public Exporter
{
public:
    explicit PdfExporter(DiagramPictureFactory diagram = {});

    QString suffix() const override;
    QString filter() const override;
    bool write(const DocumentContent &content, const ExportOptions &options, QIODevice *device,
        QString *error) const override;

    /// The first page as an image \a width pixels wide, for the export dialog's preview.
    QImage firstPage(const DocumentContent &content, const ExportOptions &options, int width) const;
    /// The number of pages the last write() produced.
    int lastPageCount() const { return m_lastPageCount; }

private:
    DiagramPictureFactory m_diagram;
    mutable int m_lastPageCount = 0;
};

} // namespace causeway
