// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcontent.h"

#include <QString>

namespace causeway {

/**
 * The causal diagram as a Mermaid `flowchart` (without the fence): one node per causal node, its
 * shape and class from its type (`trigger`, `condition`, `defence`, …, plus `rootCause`), and one
 * edge per link labelled with its kind. Labels are written with Mermaid's entity codes, so no
 * user text can end a label, start a directive or inject HTML.
 */
QString mermaidFlowchart(const DocumentContent &content);

/// \a text as the inside of a quoted Mermaid label.
QString mermaidLabel(const QString &text);

} // namespace causeway
