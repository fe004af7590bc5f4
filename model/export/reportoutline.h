// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcontent.h"

#include <QString>
#include <QVector>

namespace causeway {

/// One part of an exported report, in the order the document's template gives.
struct ReportPart
{
    QString key; ///< a section key ("summary", "conditions", "actions", …)
    QString title;
};

/**
 * The parts of the report for \a content: the template's sections in its order, then any section
 * that holds text but is not in the template (nothing the user wrote is left out of an export).
 * The timeline and the evidence are appendices and not listed.
 */
QVector<ReportPart> reportOutline(const DocumentContent &content);

} // namespace causeway
