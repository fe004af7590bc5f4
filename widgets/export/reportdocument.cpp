// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include "diagramtextobject.h"
#include "headingbreaks.h"
#include "reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace causeway {

using namespace report;

Report buildReport(const DocumentContent &content, const ExportOptions &options, const QSizeF &pageSize,
    const DiagramPicture *diagram, QPaintDevice *layoutDevice)
{
    Report report;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    // Latin text without ligatures, so that text copied or searched in the PDF reads "different",
    // not "di\uFB00erent"; scripts that need shaping still get it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    ReportWriter writer(content, options, pageSize, diagram, font);

    // Lay out, and shorten the summary until the executive summary fits on the first page.
    for (int limit : { 1400, 1000, 700, 450, 250 }) {
        report.document = std::make_unique<QTextDocument>();
        QTextDocument *doc = report.document.get();
        auto *objects = new DiagramTextObject(diagram, doc);
        if (layoutDevice)
            doc->documentLayout()->setPaintDevice(layoutDevice);
        doc->setDefaultFont(font);
        doc->setDefaultStyleSheet(styleSheet());
        doc->setPageSize(pageSize);
        doc->setDocumentMargin(0);
        doc->documentLayout()->registerHandler(DiagramTextObject::Type, objects);
        for (const Evidence &e : content.evidence) {
            if (e.kind == EvidenceKind::Image) {
                QImage image = QImage::fromData(e.data);
                if (image.width() > pageSize.width())
                    image = image.scaledToWidth(int(pageSize.width()), Qt::SmoothTransformation);
                doc->addResource(
                    QTextDocument::ImageResource, QUrl(QStringLiteral("evidence:%1").arg(e.id.value)), image);
            }
        }
        doc->setHtml(writer.html(limit));

        // The diagram pictures go where their markers are.
        for (int i = 0; i < writer.tiles().size(); ++i) {
            QTextCursor found = doc->find(objectMarker(i));
            if (found.isNull())
                continue;
            QTextCharFormat format;
            format.setObjectType(DiagramTextObject::Type);
            format.setProperty(DiagramTextObject::SourceRect, writer.tiles().at(i));
            format.setProperty(DiagramTextObject::DisplaySize, writer.tileSize(i));
            format.setProperty(DiagramTextObject::Turned, writer.tileTurned(i));
            found.insertText(QString(QChar::ObjectReplacementCharacter), format);
        }
        // The pictures change the layout where they went in; lay the whole report out again so that
        // the layout's own bookkeeping (what it skips when it paints one page) is in step with them.
        doc->markContentsDirty(0, doc->characterCount());
        report.anchors = writer.anchors();

        // The first section starts page 2; if the summary pushed it further, try a shorter one.
        bool fits = true;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
                const qreal top = doc->documentLayout()->blockBoundingRect(b).top();
                fits = top < pageSize.height() * 1.01 + 1;
                break;
            }
        }
        if (fits)
            break;
    }
    keepHeadingsWithTheirText(report.document.get(), pageSize.height());
    return report;
}

} // namespace causeway
