// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace causeway {

/// A place in a PDF: a page (from 0) and a height on it in PDF points (from the bottom).
struct PdfDestination
{
    int page = 0;
    qreal y = 0;
};

/**
 * Turns the URI links of \a pdf whose target starts with \a prefix ("causeway-section:") into links
 * to places in the same document, by \a places' anchor names, as an incremental update appended to
 * the file (the original bytes stay as they are). Qt's PDF writer only writes URI links; this
 * gives the report's summary working links to its sections.
 *
 * Returns the new file, or an empty array with \a error set when the PDF is not one this function
 * understands. Links to unknown anchors are left pointing nowhere rather than breaking the file.
 */
QByteArray resolveInternalLinks(const QByteArray &pdf, const QString &prefix,
    const QHash<QString, PdfDestination> &places, QString *error);

} // namespace causeway
