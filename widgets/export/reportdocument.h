// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcontent.h"
#include "export/exportoptions.h"

#include <QSizeF>
#include <QString>
#include <QVector>

#include <memory>

class QPaintDevice;
class QTextDocument;

namespace causeway {

class DiagramPicture;

/// A heading the summary links to, by anchor name.
struct ReportAnchor
{
    QString name;
    QString title;
};

/**
 * The post-mortem report as a rich-text document laid out for pages of \a pageSize (points): an
 * executive summary that fits on the first page, the template's sections, the Five Whys, the
 * defences and the corrective actions, the causal diagram (scaled to fit, or split over pages when
 * it would be too small to read), and the timeline and the evidence as appendices. The content is
 * expected to be redacted for its audience already.
 */
struct Report
{
    std::unique_ptr<QTextDocument> document;
    QVector<ReportAnchor> anchors;
    /// Links in the document use this scheme and an anchor name: "causeway-section:actions".
    static QString linkScheme() { return QStringLiteral("causeway-section"); }
};

/// \a layoutDevice is the device the report will be painted on (its resolution sets the units: 72 dpi =
/// points).
Report buildReport(const DocumentContent &content, const ExportOptions &options, const QSizeF &pageSize,
    const DiagramPicture *diagram, QPaintDevice *layoutDevice);

} // namespace causeway
