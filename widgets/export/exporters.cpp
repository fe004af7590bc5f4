// SPDX-License-Identifier: GPL-3.0-or-later
// The program's export formats: the model's Markdown, and the ones that paint (the PDF report and
// the causal diagram as SVG or PNG), all drawn by the same diagram painter as the canvas.
#include "exporters.h"

#include "diagram/diagramexport.h"
#include "document.h"
#include "export/markdownexporter.h"
#include "pdfexporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageWriter>

namespace causeway {

namespace {

class SvgExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(causeway::SvgExporter)
public:
    QString suffix() const override { return QStringLiteral("svg"); }
    QString filter() const override { return tr("Causal diagram as SVG (*.svg)"); }
    bool write(const DocumentContent &content, const ExportOptions &, QIODevice *device,
        QString *error) const override
    {
        if (!writeDiagramSvg(Document(content), device)) {
            *error = tr("Cannot draw the diagram as SVG");
            return false;
        }
        return true;
    }
};

class PngExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(causeway::PngExporter)
public:
    QString suffix() const override { return QStringLiteral("png"); }
    QString filter() const override { return tr("Causal diagram as PNG (*.png)"); }
    bool write(const DocumentContent &content, const ExportOptions &, QIODevice *device,
        QString *error) const override
    {
        const QImage image = renderDiagramImage(Document(content), 2.0);
        QImageWriter writer(device, "png");
        if (image.isNull() || !writer.write(image)) {
            *error = tr("Cannot draw the diagram as PNG: %1")
                         .arg(image.isNull() ? tr("the picture is too large") : writer.errorString());
            return false;
        }
        return true;
    }
};

} // namespace

ExporterRegistry &exporterRegistry()
{
    static ExporterRegistry registry = [] {
        ExporterRegistry r;
        r.add(std::make_unique<PdfExporter>());
        r.add(std::make_unique<MarkdownExporter>());
        r.add(std::make_unique<SvgExporter>());
        r.add(std::make_unique<PngExporter>());
        return r;
    }();
    return registry;
}

} // namespace causeway
