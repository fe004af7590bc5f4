// SPDX-License-Identifier: GPL-3.0-or-later
// Exports at scale: a synthetic incident with N timeline events (default 12,000, about 300 PDF
// pages) exported as the PDF report and as Markdown, with the time, the page count and memory.
//   QT_QPA_PLATFORM=offscreen build/qt6/bin/bench_export [events]
#include "benchmarkutil.h"
#include "export/markdownexporter.h"
#include "export/pdfexporter.h"
#include "synthetic/syntheticincident.h"

#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace causeway;
using namespace causeway::bench;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    SyntheticSpec spec;
    spec.events = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 12000;
    spec.nodes = 60;
    QElapsedTimer t;
    t.start();
    const DocumentContent content = syntheticIncident(spec);
    std::printf("bench_export: %d events, %d nodes, Qt %s\n", spec.events, spec.nodes, qVersion());
    report("build incident in memory", elapsedMs(t));

    QTemporaryDir dir;
    QString error;
    PdfExporter pdf;
    t.start();
    const QString pdfPath = dir.filePath(QStringLiteral("report.pdf"));
    if (!exportTo(content, ExportOptions(), pdf, pdfPath, &error)) {
        std::printf("PDF export failed: %s\n", qPrintable(error));
        return 1;
    }
    report("export PDF", elapsedMs(t),
        QStringLiteral("%1 pages, %2 MB, peak RSS %3 MiB")
            .arg(pdf.lastPageCount())
            .arg(QFileInfo(pdfPath).size() / 1e6, 0, 'f', 1)
            .arg(peakRssMiB(), 0, 'f', 0));

    MarkdownExporter markdown;
    t.start();
    const QString mdPath = dir.filePath(QStringLiteral("report.md"));
    if (!exportTo(content, ExportOptions(), markdown, mdPath, &error)) {
        std::printf("Markdown export failed: %s\n", qPrintable(error));
        return 1;
    }
    report("export Markdown", elapsedMs(t),
        QStringLiteral("%1 MB").arg(QFileInfo(mdPath).size() / 1e6, 0, 'f', 1));
    std::printf("peak RSS %.0f MiB\n", peakRssMiB());
    return 0;
}
