// SPDX-License-Identifier: GPL-3.0-or-later
#include "milestonestrip.h"

#include "document.h"
#include "time/timedisplay.h"

namespace causeway {

MilestoneStrip::MilestoneStrip(Document *document, QWidget *parent)
    : QLabel(parent)
    , m_document(document)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setAccessibleName(tr("Milestones"));
}

void MilestoneStrip::refresh(const TimeFormatter &formatter)
{
    const Incident &i = m_document->incident();
    const IncidentDurations d = durationsOf(i);
    auto part = [&](const QString &name, const Instant &at, const std::optional<qint64> &since,
                    const QString &abbr) {
        if (!at.isValid())
            return tr("<b>%1</b> <i>not set</i>").arg(name);
        QString s = tr("<b>%1</b> %2").arg(name, formatter.format(at).toHtmlEscaped());
        if (since)
            s += tr(" (%1 %2)").arg(abbr, formatDuration(*since));
        return s;
    };
    const QStringList parts = {
        part(tr("Started"), i.started, std::nullopt, QString()),
        part(tr("Detected"), i.detected, d.toDetect, tr("time to detect")),
        part(tr("Mitigated"), i.mitigated, d.toMitigate, tr("time to mitigate")),
        part(tr("Resolved"), i.resolved, d.toResolve, tr("time to resolve")),
    };
    setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    setToolTip(tr("Set a milestone from an event: right-click the event, Set as Milestone."));
}

} // namespace causeway
