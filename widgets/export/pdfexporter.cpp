// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "canvasdiagrampicture.h"
#include "diagrampicture.h"
#include "export/pdfinternallinks.h"
#include "reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>

namespace causeway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway::PdfExporter", text);
}

// Page geometry in points: room for the running header and footer around the body.
struct PageGeometry
{
    QSizeF paper;
    QRectF body;

    explicit PageGeometry(const QSizeF &paperSize)
        : paper(paperSize)
        , body(54, 66, paperSize.width() - 108, paperSize.height() - 66 - 62)
    { }
};

QPageSize pageSizeOf(PageSize size)
{
    return QPageSize(size == PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

void setUp(QPdfWriter &writer, const DocumentContent &content, const ExportOptions &options)
{
    writer.setResolution(72); // one unit is one point: the report is laid out in points
    writer.setPageSize(pageSizeOf(options.pageSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(content.incident.title);
    writer.setCreator(QStringLiteral("Causeway"));
}

void paintPage(QPainter &p, const Report &report, const PageGeometry &g, int page, int pageCount,
    const DocumentContent &content, const ExportOptions &options)
{
    QTextDocument *doc = report.document.get();
    const QColor muted(0x66, 0x70, 0x85);

    // Running header: the incident on the left, its identifier and edition on the right.
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7.5);
    p.setFont(small);
    p.setPen(muted);
    const QRectF header(g.body.left(), 30, g.body.width(), 14);
    if (page > 0) {
        const QString title =
            p.fontMetrics().elidedText(content.incident.title, Qt::ElideRight, int(header.width() * 0.7));
        p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, title);
    }
    QString edition = content.incident.identifier;
    const QString audience = options.audience == Audience::Leadership
        ? QCoreApplication::translate("causeway::PdfExporter", "Leadership edition")
        : options.anonymize ? QCoreApplication::translate("causeway::PdfExporter", "Anonymised")
                            : QCoreApplication::translate("causeway::PdfExporter", "Internal");
    edition = edition.isEmpty() ? audience : edition + QStringLiteral(" · ") + audience;
    p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, edition);
    p.setPen(QPen(QColor(0xd0, 0xd5, 0xdd), 0.6));
    p.drawLine(QPointF(g.body.left(), 48), QPointF(g.body.right(), 48));

    // The body: this page's slice of the laid-out report.
    p.save();
    p.translate(g.body.left(), g.body.top() - page * g.body.height());
    QAbstractTextDocumentLayout::PaintContext context;
    // A hair short of the next page: the layout paints every block that touches the clip, and a
    // block that starts the next page would otherwise also be written, clipped away but still in the
    // text that search and copy read, at the foot of this one.
    context.clip = QRectF(0, page * g.body.height(), g.body.width(), g.body.height() - 0.01);
    p.setClipRect(context.clip);
    context.palette.setColor(QPalette::Text, QColor(0x1d, 0x29, 0x39));
    doc->documentLayout()->draw(&p, context);
    p.restore();

    // Footer: "Page n of N" in the middle.
    p.setFont(small);
    p.setPen(QPen(QColor(0xd0, 0xd5, 0xdd), 0.6));
    const qreal footerY = g.paper.height() - 40;
    p.drawLine(QPointF(g.body.left(), footerY - 8), QPointF(g.body.right(), footerY - 8));
    p.setPen(muted);
    const QRectF footer(g.body.left(), footerY, g.body.width(), 14);
    p.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter,
        QCoreApplication::translate("causeway::PdfExporter", "Page %1 of %2").arg(page + 1).arg(pageCount));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
        QCoreApplication::translate("causeway::PdfExporter", "Blameless post-mortem"));
}

// Where each heading anchor landed: page and height from the top of the paper, in points.
QHash<QString, PdfDestination> anchorPlaces(const Report &report, const PageGeometry &g)
{
    QHash<QString, PdfDestination> places;
    QTextDocument *doc = report.document.get();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (names.isEmpty())
                continue;
            const qreal top = doc->documentLayout()->blockBoundingRect(block).top();
            const int page = int(top / g.body.height());
            const qreal y = g.body.top() + top - page * g.body.height();
            for (const QString &name : names)
                places.insert(name, { page, g.paper.height() - y + 6 });
        }
    }
    return places;
}

} // namespace

QString PdfExporter::suffix() const
{
    return QStringLiteral("pdf");
}

QString PdfExporter::filter() const
{
    return tr("PDF report (*.pdf)");
}

bool PdfExporter::write(
    const DocumentContent &content, const ExportOptions &options, QIODevice *device, QString *error) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const std::unique_ptr<DiagramPicture> diagram = canvasDiagramPicture(content);
    int pageCount = 0;
    QHash<QString, PdfDestination> places;
    {
        QPdfWriter writer(&buffer);
        setUp(writer, content, options);
        const PageGeometry g(writer.pageLayout().fullRect(QPageLayout::Point).size());
        const Report report = buildReport(content, options, g.body.size(), diagram.get(), &writer);
        pageCount = report.document->pageCount();
        QPainter painter(&writer);
        if (!painter.isActive()) {
            *error = tr("Cannot start a PDF");
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0)
                writer.newPage();
            paintPage(painter, report, g, page, pageCount, content, options);
        }
        painter.end();
        places = anchorPlaces(report, g);
    }
    m_lastPageCount = pageCount;
    QString linkError;
    const QByteArray pdf =
        resolveInternalLinks(buffer.data(), Report::linkScheme() + QLatin1Char(':'), places, &linkError);
    if (pdf.isEmpty()) {
        *error = tr("Cannot link the report's sections: %1").arg(linkError);
        return false;
    }
    if (device->write(pdf) != pdf.size()) {
        *error = device->errorString();
        return false;
    }
    return true;
}

QImage PdfExporter::firstPage(const DocumentContent &content, const ExportOptions &options, int width) const
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter layoutDevice(&sink);
    setUp(layoutDevice, content, options);
    const PageGeometry g(layoutDevice.pageLayout().fullRect(QPageLayout::Point).size());
    const std::unique_ptr<DiagramPicture> diagram = canvasDiagramPicture(content);
    const Report report = buildReport(content, options, g.body.size(), diagram.get(), &layoutDevice);

    const qreal scale = width / g.paper.width();
    QImage image(QSize(width, int(g.paper.height() * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paintPage(painter, report, g, 0, report.document->pageCount(), content, options);
    return image;
}

} // namespace causeway
