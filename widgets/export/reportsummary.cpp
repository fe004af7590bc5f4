// SPDX-License-Identifier: GPL-3.0-or-later
// The first page of the report: what leadership reads when it reads nothing else.
#include "reportwriter.h"

#include "labels.h"

#include <QLocale>
#include <QRegularExpression>

namespace causeway::report {

void ReportWriter::executiveSummary()
{
    const Incident &i = c.incident;
    QString &h = m_html;
    QString kicker = tr("POST-MORTEM");
    if (!i.identifier.isEmpty())
        kicker += QStringLiteral(" · ") + i.identifier;
    if (m_options.audience == Audience::Leadership)
        kicker += QStringLiteral(" · ") + tr("LEADERSHIP EDITION");
    h += QStringLiteral("<p class=\"kicker\">%1</p>\n").arg(esc(kicker));
    h += QStringLiteral("<h1>%1</h1>\n")
             .arg(esc(i.title.simplified().isEmpty() ? tr("Untitled incident") : i.title));

    // The title block: what a reader checks first.
    QStringList authors;
    for (PersonId id : i.authors)
        authors.append(personName(id));
    const QVector<QPair<QString, QString>> meta = {
        { tr("Severity"), i.severity == Severity::Unset ? tr("not set") : label(i.severity) },
        { tr("Status"), label(i.status) },
        { tr("Date"), i.started.isValid() ? m_time.format(i.started).left(10) : tr("not set") },
        { tr("Commander"), personName(i.commander) },
        { tr("Authors"), authors.join(QStringLiteral(", ")) },
    };
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const auto &m : meta)
        h += QStringLiteral("<td><p class=\"label\">%1</p><p class=\"value\">%2</p></td>")
                 .arg(esc(m.first), esc(m.second));
    h += QStringLiteral("</tr></table>\n");

    // The summary, cut at a sentence so that the whole first page stays one page.
    QString summary = c.sections.value(QStringLiteral("summary")).trimmed();
    summary.remove(QRegularExpression(QStringLiteral("[*_`#>]")));
    summary = summary.section(QStringLiteral("\n\n"), 0, 0).simplified();
    if (summary.size() > m_summaryLimit) {
        int cut = summary.lastIndexOf(QStringLiteral(". "), m_summaryLimit);
        summary = (cut > 80 ? summary.left(cut + 1) : summary.left(m_summaryLimit) + QStringLiteral("…"));
        summary += QStringLiteral(" <a href=\"%1:s-summary\">%2</a>")
                       .arg(Report::linkScheme(), esc(tr("Read the full summary")));
    } else {
        summary = esc(summary);
    }
    if (!summary.isEmpty())
        h += QStringLiteral("<h3>%1</h3><p>%2</p>\n").arg(esc(tr("Summary")), summary);

    // Impact and durations side by side: the numbers leadership asks for.
    const IncidentDurations d = durationsOf(i);
    QVector<QPair<QString, QString>> facts;
    const QLocale locale;
    if (i.impact.customers)
        facts.append({ tr("customers affected"), locale.toString(*i.impact.customers) });
    if (i.impact.failedRequests)
        facts.append({ tr("failed requests"), locale.toString(*i.impact.failedRequests) });
    if (i.impact.revenue)
        facts.append({ tr("revenue at risk"),
            QString(i.impact.currency + QLatin1Char(' ') + locale.toString(*i.impact.revenue, 'f', 2))
                .trimmed() });
    while (!facts.isEmpty() && facts.size() % 3 != 0)
        facts.append({ QString(), QString() });
    if (d.toDetect)
        facts.append({ tr("time to detect"), formatDuration(*d.toDetect) });
    if (d.toMitigate)
        facts.append({ tr("time to mitigate"), formatDuration(*d.toMitigate) });
    if (d.toResolve)
        facts.append({ tr("time to resolve"), formatDuration(*d.toResolve) });
    // Impact on one row, durations on the next: three figures each at most.
    for (int row = 0; row < facts.size(); row += 3) {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" "
                            "style=\"background-color: #f9fafb;\"><tr>");
        for (int k = row; k < row + 3; ++k) {
            if (k < facts.size())
                h += QStringLiteral("<td width=\"33%\"><p class=\"big\">%1</p><p class=\"label\">%2</p></td>")
                         .arg(esc(facts[k].second), esc(facts[k].first));
            else
                h += QStringLiteral("<td width=\"33%\"></td>");
        }
        h += QStringLiteral("</tr></table>\n");
    }

    QStringList triggers;
    for (const CausalNode &n : c.nodes) {
        if (n.type == NodeType::Trigger)
            triggers.append(esc(n.label));
    }
    if (!triggers.isEmpty())
        h += QStringLiteral("<h3>%1</h3><p>%2</p>\n")
                 .arg(esc(tr("Direct trigger")), triggers.join(QStringLiteral("<br>")));

    // Root causes first, then the other conditions: at most four on the first page.
    QVector<const CausalNode *> conditions;
    for (const CausalNode &n : c.nodes) {
        if (n.type == NodeType::Condition && n.rootCause)
            conditions.append(&n);
    }
    for (const CausalNode &n : c.nodes) {
        if (n.type == NodeType::Condition && !n.rootCause)
            conditions.append(&n);
    }
    if (!conditions.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Main conditions")));
        for (int k = 0; k < conditions.size() && k < 4; ++k) {
            h += QStringLiteral("<li>%1%2</li>")
                     .arg(esc(conditions[k]->label),
                         conditions[k]->rootCause ? QStringLiteral(" <b>(%1)</b>").arg(esc(tr("root cause")))
                                                  : QString());
        }
        h += QStringLiteral("</ul>\n");
        // The section that lists the conditions in this template ("conditions", "root-causes").
        QString conditionsKey;
        for (const ReportPart &p : reportOutline(c)) {
            if (conditionsKey.isEmpty() && p.nodeTypes.contains(NodeType::Condition))
                conditionsKey = p.key;
        }
        if (conditions.size() > 4 && !conditionsKey.isEmpty())
            h += QStringLiteral("<p class=\"muted\">%1 <a href=\"%2:s-%3\">%4</a></p>")
                     .arg(esc(tr("and %1 more.").arg(conditions.size() - 4)), Report::linkScheme(),
                         conditionsKey, esc(tr("All conditions")));
        else if (conditions.size() > 4)
            h += QStringLiteral("<p class=\"muted\">%1</p>")
                     .arg(esc(tr("and %1 more.").arg(conditions.size() - 4)));
    }

    if (!c.actions.isEmpty()) {
        int done = 0;
        QStringList owners;
        for (const CorrectiveAction &a : c.actions) {
            done += a.status == ActionStatus::Done;
            const QString o = owner(a);
            if (!o.isEmpty() && !owners.contains(o))
                owners.append(o);
        }
        h += QStringLiteral("<h3>%1</h3><p>%2</p>\n")
                 .arg(esc(tr("Corrective actions")),
                     esc(tr("%1 actions, %2 done, owned by %3.")
                             .arg(c.actions.size())
                             .arg(done)
                             .arg(owners.isEmpty() ? tr("nobody yet") : owners.join(QStringLiteral(", ")))));
    }

    // Links to the sections of the report.
    h += QStringLiteral("<h3>%1</h3><p>").arg(esc(tr("In this report")));
    QStringList links;
    for (const ReportPart &p : reportOutline(c))
        links.append(
            QStringLiteral("<a href=\"%1:s-%2\">%3</a>").arg(Report::linkScheme(), p.key, esc(p.title)));
    links.append(
        QStringLiteral("<a href=\"%1:s-timeline\">%2</a>").arg(Report::linkScheme(), esc(tr("Timeline"))));
    if (!c.evidence.isEmpty())
        links.append(QStringLiteral("<a href=\"%1:s-evidence\">%2</a>")
                         .arg(Report::linkScheme(), esc(tr("Evidence"))));
    h += links.join(QStringLiteral(" · ")) + QStringLiteral("</p>\n");
}

} // namespace causeway::report
