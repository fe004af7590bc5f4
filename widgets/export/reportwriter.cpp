// SPDX-License-Identifier: GPL-3.0-or-later
// The sections of the report after its first page, and the appendices.
#include "reportwriter.h"

#include "diagram/fivewhys.h"
#include "document.h"
#include "highlighting/syntaxrepository.h"
#include "labels.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace causeway::report {

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway::report::ReportWriter", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Colours of the report: a restrained palette that prints well in grey too.
QString styleSheet()
{
    return QStringLiteral(R"(
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
)");
}

QString tableOpen()
{
    return QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
        "style=\"border-collapse: collapse; border-color: #d0d5dd; border-style: solid;\">");
}

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
    if (!m.hasMatch())
        return esc(markdown);
    // Tables written in the prose look like the report's own tables.
    static const QRegularExpression table(QStringLiteral("<table[^>]*>"));
    return m.captured(1).replace(table, tableOpen());
}

void ReportWriter::section(const ReportPart &part, bool newPage)
{
    m_html += heading2(part.key, part.title, newPage);
    const QString prose = proseHtml(c.sections.value(part.key), m_font);
    m_html += prose;
    if (!writePartStructure(part, *this) && prose.isEmpty())
        m_html += QStringLiteral("<p class=\"muted\"><i>%1</i></p>\n").arg(esc(tr("Not written yet.")));
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
        m_html += tableOpen() +
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
    m_html += tableOpen() +
        QStringLiteral("<tr><th width=\"32%\">%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
            .arg(esc(tr("Defence")), esc(tr("State")), esc(tr("Evidence")), esc(tr("Addressed by"))) +
        rows + QStringLiteral("</table>\n");
}

void ReportWriter::fiveWhys()
{
    const Document document(c); // the Five Whys are read from the graph as the views read them
    for (const CausalNode &n : c.nodes) {
        if (n.type != NodeType::Outcome)
            continue;
        const WhyTree tree(document, n.id);
        QString items;
        for (const WhyStep &step : tree.steps()) {
            const CausalNode *cause = m_nodes.value(step.node);
            if (step.depth == 0 || step.repeated || step.cycle || !cause)
                continue;
            items += QStringLiteral("<li>%1%2</li>")
                         .arg(esc(cause->label),
                             cause->rootCause ? QStringLiteral(" <b>(%1)</b>").arg(esc(tr("root cause")))
                                              : QString());
        }
        if (!items.isEmpty())
            m_html += QStringLiteral("<p><b>%1</b></p><ol>%2</ol>\n")
                          .arg(esc(tr("Why did this happen: %1?").arg(n.label)), items);
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
    m_html += tableOpen() +
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
    // Fit the page; a wide diagram turns sideways on a page of its own when that reads larger. A
    // whole picture on one page reads better than pieces to stitch together, down to labels at 35 %
    // of their size (about 4 pt); below that the diagram is split into page-sized tiles at 45 %.
    const QSizeF room(m_pageSize.width(), m_pageSize.height() * 0.85);
    // A sideways page holds only its heading and a note above the picture.
    const QSizeF ownPage(m_pageSize.width(), m_pageSize.height() - 64);
    const qreal fit = qMin(1.0, qMin(room.width() / bounds.width(), room.height() / bounds.height()));
    const qreal sideways =
        qMin(1.0, qMin(ownPage.width() / bounds.height(), ownPage.height() / bounds.width()));
    const qreal onePage = 0.35;
    const qreal minimum = 0.45;
    if (fit >= minimum || (fit >= sideways && fit >= onePage)) {
        m_tiles.append(bounds);
        m_tileSizes.append(bounds.size() * fit);
        m_tileTurned.append(false);
        m_html += QStringLiteral("<p align=\"center\">%1</p>\n").arg(objectMarker(m_tiles.size() - 1));
        return;
    }
    if (sideways >= onePage) {
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
    m_html += tableOpen() +
        QStringLiteral("<tr><th width=\"30%\">%1</th><th width=\"15%\">%2</th><th width=\"12%\">%3</th>"
                       "<th width=\"10%\">%4</th><th width=\"10%\">%5</th><th width=\"23%\">%6</th></tr>")
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
        QStringLiteral("<tr><th width=\"16%\">%1</th><th width=\"17%\">%2</th><th "
                       "width=\"14%\">%3</th><th>%4</th></tr>")
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
        m_html += tableOpen() + header + rows + QStringLiteral("</table>\n");
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

} // namespace causeway::report
