// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexporter.h"

#include "diagram/fivewhys.h"
#include "document.h"
#include "labels.h"
#include "markdownsyntax.h"
#include "mermaidflowchart.h"
#include "reportoutline.h"
#include "time/timedisplay.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QTimeZone>

namespace causeway {

namespace md = markdown;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway::MarkdownExporter", text);
}

/// Reads the content by id and writes each block of the page.
class MarkdownPage
{
    Q_DECLARE_TR_FUNCTIONS(causeway::MarkdownPage)
public:
    MarkdownPage(const DocumentContent &content, const ExportOptions &options)
        : c(content)
        , m_options(options)
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

    QString render()
    {
        titleBlock();
        contents();
        for (const ReportPart &part : m_outline)
            section(part);
        timeline();
        evidence();
        while (m_out.endsWith(QLatin1String("\n\n")))
            m_out.chop(1);
        return m_out;
    }

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
    void titleBlock();
    void contents();
    void section(const ReportPart &part);

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
    void paragraph(const QString &text) { m_out += text + QStringLiteral("\n\n"); }
    void heading(int level, const QString &text) { m_out += md::heading(level, text) + QLatin1Char('\n'); }

    const DocumentContent &c;
    ExportOptions m_options;
    QHash<PersonId, const Person *> m_people;
    QHash<NodeId, const CausalNode *> m_nodes;
    TimeFormatter m_time;
    QVector<ReportPart> m_outline = reportOutline(c);
    QString m_out;
};

void MarkdownPage::titleBlock()
{
    const Incident &i = c.incident;
    heading(1, i.title.simplified().isEmpty() ? tr("Untitled incident") : i.title);
    QVector<QStringList> rows;
    auto row = [&rows](const QString &name, const QString &value) {
        if (!value.isEmpty())
            rows.append(
                { QStringLiteral("**") + md::tableCell(name) + QStringLiteral("**"), md::tableCell(value) });
    };
    row(tr("Incident"), i.identifier);
    row(tr("Severity"), i.severity == Severity::Unset ? QString() : label(i.severity));
    row(tr("Status"), label(i.status));
    if (i.started.isValid())
        row(tr("Started"), m_time.format(i.started));
    const IncidentDurations d = durationsOf(i);
    if (d.toDetect)
        row(tr("Time to detect"), formatDuration(*d.toDetect));
    if (d.toMitigate)
        row(tr("Time to mitigate"), formatDuration(*d.toMitigate));
    if (d.toResolve)
        row(tr("Time to resolve"), formatDuration(*d.toResolve));
    row(tr("Incident commander"), personName(i.commander));
    QStringList authors;
    for (PersonId id : i.authors)
        authors.append(personName(id));
    row(tr("Authors"), authors.join(QStringLiteral(", ")));
    row(tr("Services"), i.services.join(QStringLiteral(", ")));
    if (rows.isEmpty())
        return;
    m_out += md::table({ tr("Field"), tr("Value") }, rows) + QLatin1Char('\n');
    if (m_options.audience == Audience::Leadership)
        paragraph(QStringLiteral("*") +
            tr("Leadership edition: people are named by their roles; raw evidence and private notes are left "
               "out.") +
            QStringLiteral("*"));
    else if (m_options.anonymize)
        paragraph(
            QStringLiteral("*") + tr("Anonymised: people are named by their roles.") + QStringLiteral("*"));
}

void MarkdownPage::contents()
{
    QStringList items;
    for (const ReportPart &p : m_outline)
        items.append(QStringLiteral("- [%1](#%2)").arg(md::inlineText(p.title), md::anchor(p.title)));
    items.append(QStringLiteral("- [%1](#%2)").arg(tr("Timeline"), md::anchor(tr("Timeline"))));
    if (!c.evidence.isEmpty())
        items.append(QStringLiteral("- [%1](#%2)").arg(tr("Evidence"), md::anchor(tr("Evidence"))));
    heading(2, tr("Contents"));
    paragraph(items.join(QLatin1Char('\n')));
}

void MarkdownPage::section(const ReportPart &part)
{
    heading(2, part.title);
    const QString prose = md::prose(c.sections.value(part.key));
    if (!prose.isEmpty())
        paragraph(prose.trimmed());
    if (!writePartStructure(part, *this) && prose.isEmpty())
        paragraph(QStringLiteral("*") + tr("Not written yet.") + QStringLiteral("*"));
}

void MarkdownPage::nodeList(NodeType type)
{
    QStringList items;
    for (const CausalNode &n : c.nodes) {
        if (n.type != type)
            continue;
        QString item = QStringLiteral("- **") + md::inlineText(n.label) + QStringLiteral("**");
        if (n.rootCause)
            item += QStringLiteral(" (") + tr("root cause") + QLatin1Char(')');
        if (!n.description.trimmed().isEmpty())
            item += QStringLiteral(": ") + md::inlineText(n.description);
        items.append(item);
    }
    if (!items.isEmpty())
        paragraph(items.join(QLatin1Char('\n')));
}

void MarkdownPage::conditions()
{
    nodeList(NodeType::Condition);
    // What the team does not know yet belongs next to what it does.
    bool any = false;
    for (const CausalNode &n : c.nodes)
        any = any || n.type == NodeType::Unknown;
    if (!any)
        return;
    heading(3, tr("Open questions"));
    nodeList(NodeType::Unknown);
}

void MarkdownPage::warningSigns()
{
    nodeList(NodeType::WarningSign);
    QStringList missed;
    for (const TimelineEvent &e : c.events) {
        if (e.flags.testFlag(EventFlag::MissedWarning))
            missed.append(QStringLiteral("- %1: %2")
                              .arg(md::inlineText(m_time.format(e.time)), md::inlineText(e.text)));
    }
    if (!missed.isEmpty())
        paragraph(QStringLiteral("**") + tr("Missed warning signs on the timeline") +
            QStringLiteral("**\n\n") + missed.join(QLatin1Char('\n')));
}

void MarkdownPage::defences()
{
    QVector<QStringList> rows;
    for (const CausalNode &n : c.nodes) {
        if (n.type != NodeType::Defence)
            continue;
        QStringList addressedBy;
        for (const CorrectiveAction &a : c.actions) {
            if (a.addresses.contains(n.id))
                addressedBy.append(md::tableCell(a.title));
        }
        rows.append({ md::tableCell(n.label), n.defenceState ? label(*n.defenceState) : QString(),
            QString::number(n.evidenceEvents.size()),
            addressedBy.isEmpty() ? QStringLiteral("**") + tr("none") + QStringLiteral("**")
                                  : addressedBy.join(QStringLiteral("<br>")) });
    }
    if (!rows.isEmpty())
        m_out += md::table({ tr("Defence"), tr("State"), tr("Evidence"), tr("Addressed by") }, rows) +
            QLatin1Char('\n');
}

void MarkdownPage::fiveWhys()
{
    const Document document(c); // the Five Whys are read from the graph as the views read them
    for (const CausalNode &n : c.nodes) {
        if (n.type != NodeType::Outcome)
            continue;
        const WhyTree tree(document, n.id);
        // Each step answers "why?" of the one before it, one numbered step per cause.
        QStringList items;
        for (const WhyStep &step : tree.steps()) {
            const CausalNode *cause = m_nodes.value(step.node);
            if (step.depth == 0 || step.repeated || step.cycle || !cause)
                continue;
            QString item = QStringLiteral("%1. ").arg(items.size() + 1) + md::inlineText(cause->label);
            if (cause->rootCause)
                item += QStringLiteral(" **(") + tr("root cause") + QStringLiteral(")**");
            items.append(item);
        }
        if (items.isEmpty())
            continue;
        m_out += QStringLiteral("**") + tr("Why did this happen: %1?").arg(md::inlineText(n.label)) +
            QStringLiteral("**\n\n") + items.join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    }
}

void MarkdownPage::differentEngineer()
{
    // "If a different engineer made the same mistake, would our systems catch it?" per human action.
    QStringList items;
    for (const DifferentEngineerAnswer &a : c.answers) {
        QString item = QStringLiteral("- **") + md::inlineText(nodeLabel(a.node)) +
            QStringLiteral("**  \n  ") +
            tr("Would our systems catch it? **%1**").arg(md::inlineText(label(a.answer)));
        if (a.defence.isValid())
            item += QStringLiteral(" ") +
                tr("(the defence that would: %1)").arg(md::inlineText(nodeLabel(a.defence)));
        if (!a.explanation.trimmed().isEmpty())
            item += QStringLiteral("  \n  ") + md::inlineText(a.explanation);
        items.append(item);
    }
    if (!items.isEmpty())
        paragraph(items.join(QLatin1Char('\n')));
}

void MarkdownPage::diagram()
{
    if (c.nodes.isEmpty())
        return;
    m_out += QStringLiteral("```mermaid\n") + mermaidFlowchart(c) + QStringLiteral("```\n\n");
}

void MarkdownPage::actions()
{
    if (c.actions.isEmpty())
        return;
    QVector<QStringList> rows;
    QStringList tasks;
    for (const CorrectiveAction &a : c.actions) {
        QStringList addresses;
        for (NodeId id : a.addresses)
            addresses.append(md::tableCell(nodeLabel(id)));
        const QString due = a.due.isValid() ? a.due.toString(Qt::ISODate) : QString();
        QString tracker = md::tableCell(a.tracker);
        if (a.tracker.startsWith(QLatin1String("https://")) || a.tracker.startsWith(QLatin1String("http://")))
            tracker = QStringLiteral("[%1](%2)")
                          .arg(tracker,
                              QString(a.tracker)
                                  .replace(QLatin1Char(' '), QStringLiteral("%20"))
                                  .replace(QLatin1Char(')'), QStringLiteral("%29"))
                                  .replace(QLatin1Char('|'), QStringLiteral("%7C")));
        rows.append({ md::tableCell(a.title), md::tableCell(owner(a)), due, label(a.priority), label(a.type),
            label(a.status), tracker, addresses.join(QStringLiteral("<br>")) });
        const bool done = a.status == ActionStatus::Done;
        QString task = QStringLiteral("- [%1] ").arg(done ? QLatin1Char('x') : QLatin1Char(' ')) +
            md::inlineText(a.title);
        QStringList details;
        if (!owner(a).isEmpty())
            details.append(md::inlineText(owner(a)));
        if (!due.isEmpty())
            details.append(tr("due %1").arg(due));
        if (a.status == ActionStatus::WontDo)
            details.append(tr("won't do"));
        if (!details.isEmpty())
            task += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
        tasks.append(task);
    }
    m_out += md::table({ tr("Action"), tr("Owner"), tr("Due"), tr("Priority"), tr("Type"), tr("Status"),
                           tr("Tracker"), tr("Addresses") },
                 rows) +
        QLatin1Char('\n');
    paragraph(tasks.join(QLatin1Char('\n')));
}

void MarkdownPage::lessons()
{
    for (LessonCategory category :
        { LessonCategory::WentWell, LessonCategory::WentWrong, LessonCategory::Lucky }) {
        QStringList items;
        for (const Lesson &l : c.lessons) {
            if (l.category == category)
                items.append(QStringLiteral("- ") + md::inlineText(l.text));
        }
        if (items.isEmpty())
            continue;
        heading(3, label(category));
        paragraph(items.join(QLatin1Char('\n')));
    }
}

void MarkdownPage::timeline()
{
    heading(2, tr("Timeline"));
    if (c.events.isEmpty()) {
        paragraph(QStringLiteral("*") + tr("No events.") + QStringLiteral("*"));
        return;
    }
    QVector<const TimelineEvent *> events;
    for (const TimelineEvent &e : c.events)
        events.append(&e);
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent *a, const TimelineEvent *b) {
        return a->time.utcMicroseconds() < b->time.utcMicroseconds();
    });
    QVector<QStringList> rows;
    rows.reserve(events.size());
    for (const TimelineEvent *e : events) {
        const QString actor = e->person.isValid() ? personName(e->person) : e->actor;
        rows.append({ md::tableCell(m_time.format(e->time)), label(e->kind), md::tableCell(actor),
            md::tableCell(e->text), md::tableCell(flagsLabel(e->flags)) });
    }
    m_out += md::table({ m_time.header(), tr("Kind"), tr("Actor"), tr("Event"), tr("Flags") }, rows) +
        QLatin1Char('\n');
}

void MarkdownPage::evidence()
{
    if (c.evidence.isEmpty())
        return;
    heading(2, tr("Evidence"));
    for (const Evidence &e : c.evidence) {
        heading(3, e.title.simplified().isEmpty() ? tr("Untitled evidence") : e.title);
        if (!e.fileName.isEmpty())
            paragraph(md::codeSpan(e.fileName));
        if (e.kind == EvidenceKind::Image)
            paragraph(QStringLiteral("*") +
                tr("An image (%1); it is shown in the PDF.").arg(md::inlineText(e.mediaType)) +
                QStringLiteral("*"));
        else
            m_out += md::fencedBlock(e.text, e.language) + QLatin1Char('\n');
    }
}

} // namespace

QString MarkdownExporter::suffix() const
{
    return QStringLiteral("md");
}

QString MarkdownExporter::filter() const
{
    return tr("Markdown post-mortem (*.md)");
}

QString MarkdownExporter::render(const DocumentContent &content, const ExportOptions &options)
{
    return MarkdownPage(content, options).render() + QLatin1Char('\n');
}

bool MarkdownExporter::write(
    const DocumentContent &content, const ExportOptions &options, QIODevice *device, QString *error) const
{
    const QByteArray bytes = render(content, options).toUtf8();
    if (device->write(bytes) != bytes.size()) {
        *error = device->errorString();
        return false;
    }
    return true;
}

} // namespace causeway
