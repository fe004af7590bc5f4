// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QTextDocument;

namespace causeway {

/**
 * Qt's rich text has no "keep with next": a heading can end a page while its text starts the next.
 * Such a heading moves to the next page (taking over a page break its text asked for). A heading
 * whose section is shorter than three lines stays when all of it is on the heading's page, even
 * if the next heading moves. Each move shifts what follows, so the pages are checked again until
 * nothing moves.
 *
 * \a doc is laid out in pages of \a pageHeight (its page size's height).
 */
void keepHeadingsWithTheirText(QTextDocument *doc, qreal pageHeight);

} // namespace causeway
