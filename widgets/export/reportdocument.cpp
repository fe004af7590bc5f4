// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include "diagrampicture.h"
#include "diagramtextobject.h"
#include "export/reportoutline.h"
#include "highlighting/syntaxrepository.h"
#include "labels.h"
#include "time/timedisplay.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>
#include <cmath>

namespace causeway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway::Report", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Colours of the report: a restrained palette that prints well in grey too.
const char *const styleSheet = R"(
body { color: #1d2939; }
h1 { font-size: 22pt; font-weight: bold; color: #101828; margin-top: 0; margin-bottom: 6pt; }
h2 { font-size: 15pt; font-weight: bold; color: #101828; margin-top: 18pt; margin-bottom: 6pt; }
h3 { font-size: 11.5pt; font-weight: bold; color: #344054; margin-top: 10pt; margin-bottom: 3pt; }
p { margin-top: 0; margin-bottom: 5pt; }
a { color: #1d4ed8; text-decoration: none; }
.kicker { font-size: 8.5pt; color: #667085; letter-spacing: 1px; }
.muted { color: #667085; }
.label { font-size: 8pt; color: #667085; }
.value { font-size: 10.5pt; font-weight: bold; color: #101828; }
.big { font-size: 14pt; font-weight: bold; color: #101828; }
th { background-color: #f2f4f7; color: #344054; font-weight: bold; text-align: left; }
pre { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; background-color: #f9fafb; white-space: pre-wrap; }
td { font-size: 8.5pt; }
th { font-size: 8.5pt; }
)";

const QString tableOpen =
    QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                   "style=\"border-collapse: collapse; border-color: #d0d5dd; border-style: solid;\">");

QString objectMarker(int index)
{
    return QStringLiteral("@@causeway-diagram-%1@@").arg(index);
}

/// Markdown prose as HTML, through Qt's own Markdown reader (the same the form shows).
QString proseHtml(const QString &markdown, const QFont &font)
{
    if (markdown.trimmed().isEmpty())
        return {};
    QTextDocument doc;
    doc.setDefaultFont(font);
    doc.setMarkdown(markdown);
    QString html = doc.toHtml();
    static const QRegularExpression body(
        QStringLiteral("<body[^>]*>(.*)</body>"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = body.match(html);
    return m.hasMatch() ? m.captured(1) : esc(markdown);
}

class ReportWriter
{
public:
    ReportWriter(const DocumentContent &content, const ExportOptions &options, const QSizeF &pageSize,
        const DiagramPicture *diagram, const QFont &font)
        : c(content)
        , m_options(options)
        , m_pageSize(pageSize)
        , m_diagram(diagram)
        , m_font(font)
    {
        for (const Person &p : c.people)
            m_people.insert(p.id, &p);
        for (const CausalNode &n : c.nodes)
            m_nodes.insert(n.id, &n);
        Instant trigger;
        for (const TimelineEvent &e : c.events) {
            if (e.flags.testFlag(EventFlag::Trigger)) {
                trigger = e.time;
                break;
            }
        }
        m_time = TimeFormatter(TimeDisplay::IncidentZone, QTimeZone(c.incident.zone.toUtf8()), trigger);
    }

    QString html(int summaryLimit)
    {
        m_html.clear();
        m_anchors.clear();
        m_tiles.clear();
        m_tileSizes.clear();
        m_tileTurned.clear();
        m_summaryLimit = summaryLimit;
        executiveSummary();
        bool first = true;
        for (const ReportPart &part : reportOutline(c)) {
            section(part, first);
            first = false;
        }
        timeline();
        evidence();
        // A table's row of <th> cells is its header, repeated on each page the table runs onto.
        static const QRegularExpression headerRow(QStringLiteral("(<table[^>]*>)(<tr><th.*?</tr>)"));
        m_html.replace(headerRow, QStringLiteral("\\1<thead>\\2</thead>"));
        return m_html;
    }

    const QVector<ReportAnchor> &anchors() const { return m_anchors; }
    const QVector<QRectF> &tiles() const { return m_tiles; }
    QSizeF tileSize(int i) const { return m_tileSizes.value(i); }
    bool tileTurned(int i) const { return m_tileTurned.value(i); }

private:
    void executiveSummary();
    void section(const ReportPart &part, bool newPage);
    bool structured(const ReportPart &part);
    void nodeList(NodeType type);
    void conditions();
    void warningSigns();
    void defences();
    void fiveWhys();
    void whySteps(NodeId effect, QSet<NodeId> &seen);
    void differentEngineer();
    void diagram();
    void actions();
    void lessons();
    void timeline();
    void evidence();

    QString anchorFor(const QString &key, const QString &title)
    {
        const QString name = QStringLiteral("s-") + key;
        m_anchors.append({ name, title });
        return name;
    }
    QString heading2(const QString &key, const QString &title, bool newPage)
    {
        const QString name = anchorFor(key, title);
        return QStringLiteral("<h2%1><a name=\"%2\"></a>%3</h2>\n")
            .arg(newPage ? QStringLiteral(" style=\"page-break-before: always;\"") : QString(), name,
                esc(title));
    }
    QString personName(PersonId id) const
    {
        const Person *p = m_people.value(id);
        return p ? p->name : QString();
    }
    QString nodeLabel(NodeId id) const
    {
        const CausalNode *n = m_nodes.value(id);
        return n ? n->label.simplified() : QString();
    }
    QString owner(const CorrectiveAction &a) const
    {
        return a.owner.isValid() ? personName(a.owner) : a.ownerName;
    }

    const DocumentContent &c;
    ExportOptions m_options;
    QSizeF m_pageSize;
    const DiagramPicture *m_diagram;
    QFont m_font;
    QHash<PersonId, const Person *> m_people;
    QHash<NodeId, const CausalNode *> m_nodes;
    TimeFormatter m_time;
    QString m_html;
    QVector<ReportAnchor> m_anchors;
    QVector<QRectF> m_tiles;
    QVector<QSizeF> m_tileSizes;
    QVector<bool> m_tileTurned;
    int m_summaryLimit = 0;
    int m_whyNumber = 0;
};

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

void ReportWriter::section(const ReportPart &part, bool newPage)
{
    m_html += heading2(part.key, part.title, newPage);
    const QString prose = proseHtml(c.sections.value(part.key), m_font);
    m_html += prose;
    if (!structured(part) && prose.isEmpty())
        m_html += QStringLiteral("<p class=\"muted\"><i>%1</i></p>\n").arg(esc(tr("Not written yet.")));
}

bool ReportWriter::structured(const ReportPart &part)
{
    switch (part.kind) {
    case ReportPart::Kind::Prose:
        return false;
    case ReportPart::Kind::Nodes:
        for (NodeType type : part.nodeTypes) {
            if (type == NodeType::Condition)
                conditions();
            else if (type == NodeType::Defence)
                defences();
            else if (type == NodeType::WarningSign)
                warningSigns();
            else
                nodeList(type);
        }
        return true;
    case ReportPart::Kind::FiveWhys:
        fiveWhys();
        return true;
    case ReportPart::Kind::DifferentEngineer:
        differentEngineer();
        return true;
    case ReportPart::Kind::Actions:
        actions();
        return true;
    case ReportPart::Kind::Lessons:
        lessons();
        return true;
    case ReportPart::Kind::Diagram:
        diagram();
        return true;
    }
    return false;
}

void ReportWriter::nodeList(NodeType type)
{
    QString items;
    for (const CausalNode &n : c.nodes) {
        if (n.type != type)
            continue;
        items += QStringLiteral("<li><b>%1</b>%2%3</li>")
                     .arg(esc(n.label),
                         n.rootCause ? QStringLiteral(" (%1)").arg(esc(tr("root cause"))) : QString(),
                         n.description.trimmed().isEmpty() ? QString()
                                                           : QStringLiteral("<br>") + esc(n.description));
    }
    if (!items.isEmpty())
        m_html += QStringLiteral("<ul>") + items + QStringLiteral("</ul>\n");
}

void ReportWriter::conditions()
{
    nodeList(NodeType::Condition);
    // What the team does not know yet belongs next to what it does.
    bool any = false;
    for (const CausalNode &n : c.nodes)
        any = any || n.type == NodeType::Unknown;
    if (!any)
        return;
    m_html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Open questions")));
    nodeList(NodeType::Unknown);
}

void ReportWriter::warningSigns()
{
    nodeList(NodeType::WarningSign);
    QString rows;
    for (const TimelineEvent &e : c.events) {
        if (e.flags.testFlag(EventFlag::MissedWarning))
            rows += QStringLiteral("<tr><td width=\"24%\">%1</td><td>%2</td></tr>")
                        .arg(esc(m_time.format(e.time)), esc(e.text));
    }
    if (!rows.isEmpty()) {
        m_html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Missed warning signs on the timeline")));
        m_html += tableOpen +
            QStringLiteral("<tr><th>%1</th><th>%2</th></tr>").arg(esc(m_time.header()), esc(tr("Event"))) +
            rows + QStringLiteral("</table>\n");
    }
}

void ReportWriter::defences()
{
    QString rows;
    for (const CausalNode &n : c.nodes) {
        if (n.type != NodeType::Defence)
            continue;
        QStringList addressedBy;
        for (const CorrectiveAction &a : c.actions) {
            if (a.addresses.contains(n.id))
                addressedBy.append(QStringLiteral("• ") + esc(a.title));
        }
        const QString state = n.defenceState ? label(*n.defenceState) : QString();
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td align=\"right\">%3</td><td>%4</td></tr>")
                    .arg(esc(n.label), esc(state))
                    .arg(n.evidenceEvents.size())
                    .arg(addressedBy.isEmpty() ? QStringLiteral("<b>%1</b>").arg(esc(tr("no action")))
                                               : addressedBy.join(QStringLiteral("<br>")));
    }
    if (rows.isEmpty())
        return;
    m_html += tableOpen +
        QStringLiteral("<tr><th width=\"32%\">%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
            .arg(esc(tr("Defence")), esc(tr("State")), esc(tr("Evidence")), esc(tr("Addressed by"))) +
        rows + QStringLiteral("</table>\n");
}

void ReportWriter::fiveWhys()
{
    for (const CausalNode &n : c.nodes) {
        if (n.type != NodeType::Outcome)
            continue;
        const int before = m_html.size();
        m_html +=
            QStringLiteral("<p><b>%1</b></p><ol>").arg(esc(tr("Why did this happen: %1?").arg(n.label)));
        const int header = m_html.size();
        QSet<NodeId> seen { n.id };
        m_whyNumber = 0;
        whySteps(n.id, seen);
        if (m_html.size() == header)
            m_html.truncate(before);
        else
            m_html += QStringLiteral("</ol>\n");
    }
}

void ReportWriter::whySteps(NodeId effect, QSet<NodeId> &seen)
{
    for (const CausalLink &l : c.links) {
        if (!l.why || l.to != effect || seen.contains(l.from) || !m_nodes.contains(l.from))
            continue;
        seen.insert(l.from);
        const CausalNode *cause = m_nodes.value(l.from);
        m_html +=
            QStringLiteral("<li>%1%2</li>")
                .arg(esc(cause->label),
                    cause->rootCause ? QStringLiteral(" <b>(%1)</b>").arg(esc(tr("root cause"))) : QString());
        whySteps(l.from, seen);
    }
}

void ReportWriter::differentEngineer()
{
    QString rows;
    for (const DifferentEngineerAnswer &a : c.answers) {
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(nodeLabel(a.node)), esc(label(a.answer)), esc(nodeLabel(a.defence)),
                        esc(a.explanation));
    }
    if (rows.isEmpty())
        return;
    m_html += QStringLiteral("<p class=\"muted\">%1</p>")
                  .arg(esc(tr("If a different engineer made the same mistake, would our systems catch it?")));
    m_html += tableOpen +
        QStringLiteral("<tr><th width=\"26%\">%1</th><th>%2</th><th "
                       "width=\"20%\">%3</th><th>%4</th></tr>")
            .arg(esc(tr("Human action")), esc(tr("Caught?")), esc(tr("Defence that would catch it")),
                esc(tr("Why"))) +
        rows + QStringLiteral("</table>\n");
}

void ReportWriter::diagram()
{
    if (!m_diagram || c.nodes.isEmpty())
        return;
    const QRectF bounds = m_diagram->bounds();
    if (bounds.isEmpty())
        return;
    // Fit the page; a wide diagram turns sideways on a page of its own when that reads larger. When
    // even that makes the labels too small (under 45 %), the diagram is split into page-sized tiles.
    const QSizeF room(m_pageSize.width(), m_pageSize.height() * 0.85);
    const qreal fit = qMin(1.0, qMin(room.width() / bounds.width(), room.height() / bounds.height()));
    const qreal sideways = qMin(1.0, qMin(room.width() / bounds.height(), room.height() / bounds.width()));
    const qreal minimum = 0.45;
    if (fit >= minimum || (fit >= sideways && fit >= 0.3)) {
        m_tiles.append(bounds);
        m_tileSizes.append(bounds.size() * fit);
        m_tileTurned.append(false);
        m_html += QStringLiteral("<p align=\"center\">%1</p>\n").arg(objectMarker(m_tiles.size() - 1));
        return;
    }
    if (sideways >= minimum) {
        m_tiles.append(bounds);
        m_tileSizes.append(QSizeF(bounds.height(), bounds.width()) * sideways);
        m_tileTurned.append(true);
        m_html += QStringLiteral(
            "<p class=\"muted\" style=\"page-break-before: always;\">%1</p><p align=\"center\">%2</p>\n")
                      .arg(esc(tr("The diagram is turned sideways to fit the page.")),
                          objectMarker(m_tiles.size() - 1));
        return;
    }
    const qreal scale = qMax(minimum, room.width() / bounds.width());
    const QSizeF tile(room.width() / scale, room.height() / scale);
    const int columns = int(std::ceil(bounds.width() / tile.width()));
    const int rows = int(std::ceil(bounds.height() / tile.height()));
    m_html += QStringLiteral("<p class=\"muted\">%1</p>\n")
                  .arg(esc(tr("The diagram is split over %1 pages, read left to right and top to bottom.")
                               .arg(columns * rows)));
    for (int r = 0; r < rows; ++r) {
        for (int col = 0; col < columns; ++col) {
            const QRectF source(bounds.left() + col * tile.width(), bounds.top() + r * tile.height(),
                tile.width(), tile.height());
            m_tiles.append(source.intersected(bounds));
            m_tileSizes.append(m_tiles.last().size() * scale);
            m_tileTurned.append(false);
            // The first part shares its page with the note above it.
            m_html +=
                QStringLiteral("<p class=\"label\"%1>%2</p><p align=\"center\">%3</p>\n")
                    .arg(r + col == 0 ? QString() : QStringLiteral(" style=\"page-break-before: always;\""))
                    .arg(esc(tr("Part %1 of %2 (row %3, column %4)")
                                 .arg(r * columns + col + 1)
                                 .arg(columns * rows)
                                 .arg(r + 1)
                                 .arg(col + 1)),
                        objectMarker(m_tiles.size() - 1));
        }
    }
}

void ReportWriter::actions()
{
    if (c.actions.isEmpty())
        return;
    QString rows;
    const QDate today = QDate::currentDate();
    for (const CorrectiveAction &a : c.actions) {
        QStringList addresses;
        for (NodeId id : a.addresses)
            addresses.append(QStringLiteral("• ") + esc(nodeLabel(id)));
        const bool overdue = a.due.isValid() && a.due < today && a.status != ActionStatus::Done &&
            a.status != ActionStatus::WontDo;
        QString title = esc(a.title);
        if (!a.tracker.isEmpty()) {
            const QUrl url(a.tracker);
            title += (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
                ? QStringLiteral("<br><a href=\"%1\">%2</a>")
                      .arg(esc(url.toString(QUrl::FullyEncoded)), esc(a.tracker))
                : QStringLiteral("<br><span class=\"muted\">%1</span>").arg(esc(a.tracker));
        }
        rows +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                .arg(title, esc(owner(a)), a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(),
                    overdue ? QStringLiteral("<br><b style=\"color:#b42318\">%1</b>").arg(esc(tr("overdue")))
                            : QString(),
                    esc(label(a.priority) + QStringLiteral(" · ") + label(a.type)), esc(label(a.status)),
                    addresses.join(QStringLiteral("<br>")));
    }
    m_html += tableOpen +
        QStringLiteral("<tr><th width=\"31%\">%1</th><th width=\"13%\">%2</th><th width=\"13%\">%3</th>"
                       "<th width=\"11%\">%4</th><th width=\"10%\">%5</th><th width=\"22%\">%6</th></tr>")
            .arg(esc(tr("Action")), esc(tr("Owner")), esc(tr("Due")), esc(tr("Priority · type")),
                esc(tr("Status")), esc(tr("Addresses"))) +
        rows + QStringLiteral("</table>\n");
}

void ReportWriter::lessons()
{
    for (LessonCategory category :
        { LessonCategory::WentWell, LessonCategory::WentWrong, LessonCategory::Lucky }) {
        QString items;
        for (const Lesson &l : c.lessons) {
            if (l.category == category)
                items += QStringLiteral("<li>%1</li>").arg(esc(l.text));
        }
        if (!items.isEmpty())
            m_html += QStringLiteral("<h3>%1</h3><ul>%2</ul>\n").arg(esc(label(category)), items);
    }
}

void ReportWriter::timeline()
{
    m_html += heading2(QStringLiteral("timeline"), tr("Timeline"), true);
    if (c.events.isEmpty()) {
        m_html += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(tr("No events.")));
        return;
    }
    QVector<const TimelineEvent *> events;
    for (const TimelineEvent &e : c.events)
        events.append(&e);
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent *a, const TimelineEvent *b) {
        return a->time.utcMicroseconds() < b->time.utcMicroseconds();
    });
    // Tables of at most 60 rows, one after the other: Qt lays a paginated table out in time that
    // grows with the square of its rows, so one table of thousands of events would take minutes.
    const QString header =
        QStringLiteral("<tr><th width=\"19%\">%1</th><th width=\"11%\">%2</th><th "
                       "width=\"15%\">%3</th><th>%4</th></tr>")
            .arg(esc(m_time.header()), esc(tr("Kind")), esc(tr("Actor")), esc(tr("Event")));
    const int chunk = 60;
    for (int first = 0; first < events.size(); first += chunk) {
        QString rows;
        for (int i = first; i < qMin(int(events.size()), first + chunk); ++i) {
            const TimelineEvent *e = events.at(i);
            const QString actor = e->person.isValid() ? personName(e->person) : e->actor;
            QString text = esc(e->text);
            if (e->flags)
                text += QStringLiteral(" <b>[%1]</b>").arg(esc(flagsLabel(e->flags)));
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(m_time.format(e->time)), esc(label(e->kind)), esc(actor), text);
        }
        m_html += tableOpen + header + rows + QStringLiteral("</table>\n");
    }
}

void ReportWriter::evidence()
{
    if (c.evidence.isEmpty())
        return;
    m_html += heading2(QStringLiteral("evidence"), tr("Evidence"), true);
    for (const Evidence &e : c.evidence) {
        m_html += QStringLiteral("<h3>%1</h3>")
                      .arg(esc(e.title.simplified().isEmpty() ? tr("Untitled evidence") : e.title));
        if (!e.fileName.isEmpty())
            m_html += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(e.fileName));
        if (e.kind == EvidenceKind::Image) {
            m_html += QStringLiteral("<p><img src=\"evidence:%1\"></p>\n").arg(e.id.value);
            continue;
        }
        m_html += QStringLiteral("<pre style=\"white-space: pre-wrap;\">%1</pre>\n")
                      .arg(highlightedHtml(e.text, e.language, e.fileName));
    }
}

} // namespace

Report buildReport(const DocumentContent &content, const ExportOptions &options, const QSizeF &pageSize,
    const DiagramPicture *diagram, QPaintDevice *layoutDevice)
{
    Report report;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    // Latin text without ligatures, so that text copied or searched in the PDF reads "different",
    // not "di\uFB00erent"; scripts that need shaping still get it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    ReportWriter writer(content, options, pageSize, diagram, font);

    // Lay out, and shorten the summary until the executive summary fits on the first page.
    for (int limit : { 1400, 1000, 700, 450, 250 }) {
        report.document = std::make_unique<QTextDocument>();
        QTextDocument *doc = report.document.get();
        auto *objects = new DiagramTextObject(diagram, doc);
        if (layoutDevice)
            doc->documentLayout()->setPaintDevice(layoutDevice);
        doc->setDefaultFont(font);
        doc->setDefaultStyleSheet(QString::fromLatin1(styleSheet));
        doc->setPageSize(pageSize);
        doc->setDocumentMargin(0);
        doc->documentLayout()->registerHandler(DiagramTextObject::Type, objects);
        for (const Evidence &e : content.evidence) {
            if (e.kind == EvidenceKind::Image) {
                QImage image = QImage::fromData(e.data);
                if (image.width() > pageSize.width())
                    image = image.scaledToWidth(int(pageSize.width()), Qt::SmoothTransformation);
                doc->addResource(
                    QTextDocument::ImageResource, QUrl(QStringLiteral("evidence:%1").arg(e.id.value)), image);
            }
        }
        doc->setHtml(writer.html(limit));

        // The diagram pictures go where their markers are.
        for (int i = 0; i < writer.tiles().size(); ++i) {
            QTextCursor found = doc->find(objectMarker(i));
            if (found.isNull())
                continue;
            QTextCharFormat format;
            format.setObjectType(DiagramTextObject::Type);
            format.setProperty(DiagramTextObject::SourceRect, writer.tiles().at(i));
            format.setProperty(DiagramTextObject::DisplaySize, writer.tileSize(i));
            format.setProperty(DiagramTextObject::Turned, writer.tileTurned(i));
            found.insertText(QString(QChar::ObjectReplacementCharacter), format);
        }
        // The pictures change the layout where they went in; lay the whole report out again so that
        // the layout's own bookkeeping (what it skips when it paints one page) is in step with them.
        doc->markContentsDirty(0, doc->characterCount());
        report.anchors = writer.anchors();

        // The first section starts page 2; if the summary pushed it further, try a shorter one.
        bool fits = true;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
                const qreal top = doc->documentLayout()->blockBoundingRect(b).top();
                fits = top < pageSize.height() * 1.01 + 1;
                break;
            }
        }
        if (fits)
            break;
    }
    return report;
}

} // namespace causeway
