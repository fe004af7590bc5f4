// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include "diagramtextobject.h"
#include "reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

namespace causeway {

using namespace report;

namespace {

int pageOf(QTextDocument *doc, const QTextBlock &block, qreal pageHeight)
{
    return int(doc->documentLayout()->blockBoundingRect(block).top() / pageHeight);
}

/// Whether the first lines after \a heading start on a later page than the heading itself. A table
/// row counts as one line, so a heading above a table's header row alone still counts as stranded.
bool isStranded(QTextDocument *doc, const QTextBlock &heading, qreal pageHeight)
{
    const int page = pageOf(doc, heading, pageHeight);
    int lines = 0;
    QTextTable *lastTable = nullptr;
    int lastRow = -1;
    for (QTextBlock b = heading.next(); b.isValid() && lines < 3; b = b.next()) {
        if (pageOf(doc, b, pageHeight) > page)
            return true;
        QTextCursor at(b);
        if (QTextTable *table = at.currentTable()) {
            const int row = table->cellAt(at).row();
            if (table != lastTable || row != lastRow)
                ++lines;
            lastTable = table;
            lastRow = row;
        } else {
            lines += qMax(1, b.layout() ? b.layout()->lineCount() : 1);
            lastTable = nullptr;
        }
    }
    return false;
}

/**
 * Qt's rich text has no "keep with next": a heading can end a page while its text starts the next.
 * Such a heading moves to the next page (taking over a page break its text asked for). Each move
 * shifts what follows, so the pages are checked again until nothing moves.
 */
void keepHeadingsWithTheirText(QTextDocument *doc, qreal pageHeight)
{
    for (int pass = 0; pass < 8; ++pass) {
        bool moved = false;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 0 || !isStranded(doc, b, pageHeight))
                continue;
            // A heading already at the top of its page stays: moving it would not help.
            const qreal top = doc->documentLayout()->blockBoundingRect(b).top();
            if (top - pageOf(doc, b, pageHeight) * pageHeight < 1)
                continue;
            QTextBlockFormat breakBefore;
            breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(b).mergeBlockFormat(breakBefore);
            // The break its text asked for is now the heading's.
            for (QTextBlock next = b.next(); next.isValid() && next.blockNumber() <= b.blockNumber() + 3;
                 next = next.next()) {
                if (next.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
                    QTextBlockFormat noBreak;
                    noBreak.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                    QTextCursor(next).mergeBlockFormat(noBreak);
                }
            }
            moved = true;
        }
        if (!moved)
            return;
        // A changed page break only relays out the blocks around it; what follows must move too.
        doc->markContentsDirty(0, doc->characterCount());
    }
}

} // namespace

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
