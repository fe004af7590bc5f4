// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace causeway {

/**
 * The post-mortem as GitHub-flavoured Markdown for wikis and git: the title block, the sections in
 * the template's order (prose as written, causal nodes as lists, the Five Whys as a numbered list,
 * the causal diagram as a Mermaid flowchart, the actions as a table and a task list), then the
 * timeline and the evidence as appendices.
 */
class MarkdownExporter : public Exporter
{
public:
    QString suffix() const override;
    QString filter() const override;
    bool write(const DocumentContent &content, const ExportOptions &options, QIODevice *device,
        QString *error) const override;

    /// The whole page as text (write() encodes it as UTF-8).
    static QString render(const DocumentContent &content, const ExportOptions &options);
};

} // namespace causeway
