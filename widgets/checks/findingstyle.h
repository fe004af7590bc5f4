// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/finding.h"

#include <QColor>
#include <QIcon>

namespace causeway {

/// The colour of a severity's marks (underlines, badges); always paired with an icon or a word.
QColor severityColor(FindingSeverity severity);
/// The standard message icon of a severity, for lists and badges.
QIcon severityIcon(FindingSeverity severity);
/// "Error", "Warning", "Info", translated.
QString severityLabel(FindingSeverity severity);
/// A finding for a tooltip: message, suggestion and acknowledgement, as rich text.
QString findingToolTip(const Finding &finding);

} // namespace causeway
