// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoutline.h"

#include <QCoreApplication>
#include <QSet>

namespace causeway {

namespace {

ReportPart::Kind kindOf(SectionKind kind)
{
    switch (kind) {
    case SectionKind::Prose:
        return ReportPart::Kind::Prose;
    case SectionKind::Nodes:
        return ReportPart::Kind::Nodes;
    case SectionKind::FiveWhys:
        return ReportPart::Kind::FiveWhys;
    case SectionKind::DifferentEngineer:
        return ReportPart::Kind::DifferentEngineer;
    case SectionKind::Actions:
        return ReportPart::Kind::Actions;
    case SectionKind::Lessons:
        return ReportPart::Kind::Lessons;
    }
    return ReportPart::Kind::Prose;
}

} // namespace

QVector<ReportPart> reportOutline(const DocumentContent &content)
{
    QVector<ReportPart> parts;
    QSet<QString> listed;
    for (const QString &key : templateSectionKeys(content.templateId)) {
        const SectionDefinition *s = sectionDefinition(key);
        if (!s)
            continue;
        parts.append({ s->key, s->title(), kindOf(s->kind), s->nodeTypes });
        listed.insert(key);
    }

    // The picture of the causes goes with their analysis.
    int at = -1;
    for (int i = 0; i < parts.size(); ++i) {
        if (parts[i].kind == ReportPart::Kind::FiveWhys)
            at = i + 1;
    }
    for (int i = 0; at < 0 && i < parts.size(); ++i) {
        if (parts[i].kind == ReportPart::Kind::Actions)
            at = i;
    }
    const ReportPart diagram { QStringLiteral("diagram"),
        QCoreApplication::translate("causeway::reportOutline", "Causal diagram"), ReportPart::Kind::Diagram,
        {} };
    parts.insert(at < 0 ? parts.size() : at, diagram);

    // Sections this template does not show, but which hold text, close the report.
    for (auto it = content.sections.cbegin(); it != content.sections.cend(); ++it) {
        if (listed.contains(it.key()) || it.value().trimmed().isEmpty())
            continue;
        const SectionDefinition *s = sectionDefinition(it.key());
        QString title = s ? s->title() : it.key();
        if (!s) {
            title.replace(QLatin1Char('-'), QLatin1Char(' '));
            if (!title.isEmpty())
                title[0] = title.at(0).toUpper();
        }
        // Only their prose: what they list (nodes, actions) is in the template's own sections.
        parts.append({ it.key(), title, ReportPart::Kind::Prose, {} });
    }
    return parts;
}

} // namespace causeway
