// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoutline.h"

#include <QCoreApplication>
#include <QSet>

namespace causeway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway::reportOutline", text);
}

QVector<ReportPart> templateParts(TemplateId id)
{
    // The default follows the method: what happened, why it could, what we change.
    QVector<ReportPart> parts = {
        { QStringLiteral("summary"), tr("Summary") },
        { QStringLiteral("impact"), tr("Impact") },
        { QStringLiteral("trigger"), tr("Direct trigger") },
        { QStringLiteral("conditions"), tr("Conditions") },
        { QStringLiteral("warning-signs"), tr("Early warning signs") },
        { QStringLiteral("defences"), tr("Defences") },
        { QStringLiteral("prevention"), tr("What would have prevented it") },
        { QStringLiteral("five-whys"), tr("Five Whys") },
        { QStringLiteral("different-engineer"), tr("If a different engineer made the same mistake") },
        { QStringLiteral("diagram"), tr("Causal diagram") },
        { QStringLiteral("actions"), tr("Corrective actions") },
        { QStringLiteral("lessons"), tr("Lessons") },
        { QStringLiteral("timeline-summary"), tr("Timeline summary") },
    };
    if (id == TemplateId::GoogleSre) {
        parts = {
            { QStringLiteral("summary"), tr("Summary") },
            { QStringLiteral("impact"), tr("Impact") },
            { QStringLiteral("root-causes"), tr("Root causes") },
            { QStringLiteral("trigger"), tr("Trigger") },
            { QStringLiteral("conditions"), tr("Contributing conditions") },
            { QStringLiteral("five-whys"), tr("Five Whys") },
            { QStringLiteral("diagram"), tr("Causal diagram") },
            { QStringLiteral("resolution"), tr("Resolution") },
            { QStringLiteral("detection"), tr("Detection") },
            { QStringLiteral("warning-signs"), tr("Early warning signs") },
            { QStringLiteral("defences"), tr("Defences") },
            { QStringLiteral("different-engineer"), tr("If a different engineer made the same mistake") },
            { QStringLiteral("actions"), tr("Action items") },
            { QStringLiteral("lessons"), tr("Lessons learned") },
            { QStringLiteral("timeline-summary"), tr("Timeline summary") },
        };
    } else if (id == TemplateId::Atlassian) {
        parts = {
            { QStringLiteral("summary"), tr("Incident summary") },
            { QStringLiteral("impact"), tr("Impact") },
            { QStringLiteral("detection"), tr("Detection") },
            { QStringLiteral("resolution"), tr("Response and recovery") },
            { QStringLiteral("timeline-summary"), tr("Timeline summary") },
            { QStringLiteral("five-whys"), tr("Five Whys") },
            { QStringLiteral("trigger"), tr("Root cause") },
            { QStringLiteral("conditions"), tr("Contributing conditions") },
            { QStringLiteral("diagram"), tr("Causal diagram") },
            { QStringLiteral("defences"), tr("Defences") },
            { QStringLiteral("different-engineer"), tr("If a different engineer made the same mistake") },
            { QStringLiteral("lessons"), tr("Lessons learned") },
            { QStringLiteral("actions"), tr("Corrective actions") },
        };
    }
    return parts;
}

} // namespace

QVector<ReportPart> reportOutline(const DocumentContent &content)
{
    QVector<ReportPart> parts = templateParts(content.templateId);
    QSet<QString> listed;
    for (const ReportPart &p : parts)
        listed.insert(p.key);
    for (auto it = content.sections.cbegin(); it != content.sections.cend(); ++it) {
        if (listed.contains(it.key()) || it.value().trimmed().isEmpty())
            continue;
        QString title = it.key();
        title.replace(QLatin1Char('-'), QLatin1Char(' '));
        if (!title.isEmpty())
            title[0] = title.at(0).toUpper();
        // Before the lessons and the timeline summary, which close a report.
        int at = parts.size();
        for (int i = 0; i < parts.size(); ++i) {
            if (parts[i].key == QLatin1String("lessons") ||
                parts[i].key == QLatin1String("timeline-summary")) {
                at = i;
                break;
            }
        }
        parts.insert(at, { it.key(), title });
    }
    return parts;
}

} // namespace causeway
