// SPDX-License-Identifier: GPL-3.0-or-later
#include "headingbreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

namespace causeway {

namespace {

int pageOf(QTextDocument *doc, const QTextBlock &block, qreal pageHeight)
{
    return int(doc->documentLayout()->blockBoundingRect(block).top() / pageHeight);
}

/// Whether the first lines after \a heading start on a later page than the heading itself. A table
/// row counts as one line, so a heading above a table's header row alone still counts as stranded.
/// A section shorter than that is whole when its text is on the heading's page, wherever the next
/// heading is: a short section never follows a later heading to the next page.
bool isStranded(QTextDocument *doc, const QTextBlock &heading, qreal pageHeight)
{
    const int page = pageOf(doc, heading, pageHeight);
    int lines = 0;
    QTextTable *lastTable = nullptr;
    int lastRow = -1;
    for (QTextBlock b = heading.next(); b.isValid() && lines < 3; b = b.next()) {
        const bool laterPage = pageOf(doc, b, pageHeight) > page;
        if (b.blockFormat().headingLevel() > 0)
            return laterPage && lines == 0;
        if (laterPage)
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

} // namespace

void keepHeadingsWithTheirText(QTextDocument *doc, qreal pageHeight)
{
    for (int pass = 0; pass < 8; ++pass) {
        int firstMoved = -1;
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
            if (firstMoved < 0)
                firstMoved = b.position();
        }
        if (firstMoved < 0)
            return;
        // A changed page break only relays out the blocks around it; what follows must move too.
        doc->markContentsDirty(firstMoved, doc->characterCount() - firstMoved);
    }
}

} // namespace causeway
