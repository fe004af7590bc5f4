// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report's HTML, written from the document's content section by section. Internal to the PDF
// exporter: buildReport() (reportdocument.h) is the way in.

#include "diagrampicture.h"
#include "export/exportoptions.h"
#include "export/reportoutline.h"
#include "reportdocument.h"
#include "time/timedisplay.h"

#include <QFont>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSizeF>
#include <QTimeZone>

namespace causeway::report {

/// Translated text of the report.
QString tr(const char *text);
/// User text as HTML text.
QString esc(const QString &text);
/// The report's style sheet: a restrained palette that prints well in grey too.
QString styleSheet();
/// The opening tag of every table of the report.
QString tableOpen();
/// The placeholder text where picture \a index of the diagram goes.
QString objectMarker(int index);
/// Markdown prose as HTML, through Qt's own Markdown reader (the same the form shows).
QString proseHtml(const QString &markdown, const QFont &font);

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

    // What writePartStructure() calls for the parts of the report.
    void nodeList(NodeType type);
    void conditions();
    void warningSigns();
    void defences();
    void fiveWhys();
    void differentEngineer();
    void diagram();
    void actions();
    void lessons();
    void timeline();
    void evidence();

private:
    void executiveSummary();
    void section(const ReportPart &part, bool newPage);

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
};

} // namespace causeway::report
