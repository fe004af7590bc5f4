// SPDX-License-Identifier: GPL-3.0-or-later
#include "formoutlineview.h"

#include "document.h"
#include "labels.h"
#include "selection/selectionhub.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPalette>
#include <QTimeZone>

namespace causeway {

namespace {

void clearChildren(QTreeWidgetItem *group)
{
    qDeleteAll(group->takeChildren());
}

QTreeWidgetItem *addRow(QTreeWidgetItem *group, const QString &name, const QString &value)
{
    auto *item = new QTreeWidgetItem(group, { name, value });
    item->setToolTip(0, name);
    item->setToolTip(1, value);
    return item;
}

constexpr int NodesRole = Qt::UserRole + 1; // the causal nodes a row concerns, as quint64 values

void setNodes(QTreeWidgetItem *item, const QVector<NodeId> &nodes)
{
    QVariantList values;
    for (NodeId id : nodes) {
        if (id.isValid())
            values << QVariant::fromValue(quint64(id.value));
    }
    item->setData(0, NodesRole, values);
}

QVector<NodeId> nodesOf(const QTreeWidgetItem *item)
{
    QVector<NodeId> nodes;
    for (const QVariant &v : item->data(0, NodesRole).toList())
        nodes.append(NodeId(v.toULongLong()));
    return nodes;
}

QString firstLine(const QString &text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0);
    return line.size() > 160 ? line.left(160) + QStringLiteral("…") : line;
}

} // namespace

FormOutlineView::FormOutlineView(Document *document, QWidget *parent)
    : QTreeWidget(parent)
    , m_document(document)
{
    setColumnCount(2);
    setHeaderLabels({ tr("Item"), tr("Content") });
    setAccessibleName(tr("Post-mortem outline"));
    header()->setStretchLastSection(true);
    setWordWrap(true);

    m_incident = makeGroup(tr("Incident"));
    m_people = makeGroup(tr("People"));
    m_sections = makeGroup(tr("Sections"));
    m_nodes = makeGroup(tr("Causal analysis: outcome, trigger, conditions, warning signs, defences"));
    m_answers = makeGroup(tr("If a different engineer made the same mistake, would our systems catch it?"));
    m_actions = makeGroup(tr("Corrective actions"));
    m_lessons = makeGroup(tr("Lessons"));

    rebuildIncident();
    rebuildPeople();
    rebuildSections();
    rebuildNodes();
    rebuildAnswers();
    rebuildActions();
    rebuildLessons();
    expandAll();
    // Long titles are elided here; the full text is in the tooltip.
    setColumnWidth(0, 420);

    connect(document, &Document::incidentChanged, this, &FormOutlineView::rebuildIncident);
    connect(document, &Document::personAdded, this, &FormOutlineView::rebuildPeople);
    connect(document, &Document::personRemoved, this, &FormOutlineView::rebuildPeople);
    connect(document, &Document::personChanged, this, [this] {
        rebuildPeople();
        rebuildIncident();
        rebuildActions();
    });
    connect(document, &Document::sectionChanged, this, &FormOutlineView::rebuildSections);
    for (auto signal : { &Document::answerAdded, &Document::answerRemoved })
        connect(document, signal, this, &FormOutlineView::rebuildAnswers);
    connect(document, &Document::answerChanged, this, &FormOutlineView::rebuildAnswers);
    for (auto signal : { &Document::actionAdded, &Document::actionRemoved })
        connect(document, signal, this, &FormOutlineView::rebuildActions);
    connect(document, &Document::actionChanged, this, &FormOutlineView::rebuildActions);
    for (auto signal : { &Document::lessonAdded, &Document::lessonRemoved })
        connect(document, signal, this, &FormOutlineView::rebuildLessons);
    connect(document, &Document::lessonChanged, this, &FormOutlineView::rebuildLessons);
    // Node labels appear in the answers.
    connect(document, &Document::nodeChanged, this, &FormOutlineView::rebuildAnswers);
    for (auto signal : { &Document::nodeAdded, &Document::nodeRemoved })
        connect(document, signal, this, &FormOutlineView::rebuildNodes);
    connect(document, &Document::nodeChanged, this, [this](NodeId, CausalNode::Fields fields) {
        if (fields &
            (CausalNode::Field::Type | CausalNode::Field::Label | CausalNode::Field::DefenceState |
                CausalNode::Field::RootCause))
            rebuildNodes();
    });
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (!m_hub || !current)
            return;
        const QVector<NodeId> nodes = nodesOf(current);
        if (!nodes.isEmpty())
            m_hub->selectNodes(nodes, this);
    });
}

void FormOutlineView::setSelectionHub(SelectionHub *hub)
{
    if (m_hub)
        disconnect(m_hub, nullptr, this, nullptr);
    m_hub = hub;
    if (hub)
        connect(hub, &SelectionHub::changed, this, &FormOutlineView::followHub);
    followHub(nullptr);
}

void FormOutlineView::followHub(QObject *origin)
{
    // The row chosen here is already shown as selected; a selection made elsewhere shows as a tint.
    m_highlighted = m_hub && origin != this ? m_hub->highlightedNodes() : QSet<NodeId>();
    applyHighlight(origin != this);
}

QBrush FormOutlineView::highlightBrush()
{
    QColor tint = QGuiApplication::palette().color(QPalette::Highlight);
    tint.setAlphaF(0.22);
    return tint;
}

QList<QTreeWidgetItem *> FormOutlineView::highlightedItems() const
{
    QList<QTreeWidgetItem *> items;
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->background(0) == highlightBrush())
                items << group->child(i);
        }
    }
    return items;
}

void FormOutlineView::applyHighlight(bool scroll)
{
    QTreeWidgetItem *first = nullptr;
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            bool on = false;
            for (NodeId id : nodesOf(item))
                on = on || m_highlighted.contains(id);
            const QBrush brush = on ? highlightBrush() : QBrush();
            item->setBackground(0, brush);
            item->setBackground(1, brush);
            if (on && !first)
                first = item;
        }
    }
    if (scroll && first)
        scrollToItem(first, QAbstractItemView::PositionAtCenter);
}

void FormOutlineView::rebuildNodes()
{
    clearChildren(m_nodes);
    // In the order of the form's sections: trigger, conditions, warning signs, defences, open questions.
    const NodeType order[] = { NodeType::Outcome, NodeType::Trigger, NodeType::Condition,
        NodeType::WarningSign, NodeType::Defence, NodeType::Unknown };
    for (NodeType type : order) {
        for (const CausalNode &n : m_document->nodes()) {
            if (n.type != type)
                continue;
            QString kind = label(n.type);
            if (n.defenceState)
                kind += QStringLiteral(" (%1)").arg(label(*n.defenceState));
            if (n.rootCause)
                kind += tr(", root cause");
            setNodes(addRow(m_nodes, kind, n.label), { n.id });
        }
    }
    applyHighlight(false);
}

QTreeWidgetItem *FormOutlineView::makeGroup(const QString &title)
{
    auto *group = new QTreeWidgetItem(this, { title });
    group->setFirstColumnSpanned(true);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    return group;
}

void FormOutlineView::rebuildIncident()
{
    clearChildren(m_incident);
    const Incident &i = m_document->incident();
    const QTimeZone zone(i.zone.toUtf8());
    auto when = [&zone](const Instant &instant) -> QString {
        if (!instant.isValid())
            return tr("not set");
        const QDateTime t = zone.isValid() ? instant.toDateTime().toTimeZone(zone) : instant.toDateTime();
        return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + zone.abbreviation(t);
    };
    auto duration = [](const std::optional<qint64> &us) {
        return us ? formatDuration(*us) : tr("unknown");
    };
    const IncidentDurations d = durationsOf(i);
    addRow(m_incident, tr("Title"), i.title);
    addRow(m_incident, tr("Identifier"), i.identifier);
    addRow(m_incident, tr("Severity"), label(i.severity));
    addRow(m_incident, tr("Status"), label(i.status));
    addRow(m_incident, tr("Time zone"), i.zone);
    const Person *commander = m_document->person(i.commander);
    addRow(m_incident, tr("Incident commander"), commander ? commander->name : tr("not set"));
    addRow(m_incident, tr("Services"), i.services.join(QStringLiteral(", ")));
    addRow(m_incident, tr("Started"), when(i.started));
    addRow(m_incident, tr("Detected"), when(i.detected));
    addRow(m_incident, tr("Mitigated"), when(i.mitigated));
    addRow(m_incident, tr("Resolved"), when(i.resolved));
    addRow(m_incident, tr("Time to detect"), duration(d.toDetect));
    addRow(m_incident, tr("Time to mitigate"), duration(d.toMitigate));
    addRow(m_incident, tr("Time to resolve"), duration(d.toResolve));
    const QLocale locale;
    QStringList impact;
    if (i.impact.customers)
        impact << tr("%1 customers").arg(locale.toString(*i.impact.customers));
    if (i.impact.failedRequests)
        impact << tr("%1 failed requests").arg(locale.toString(*i.impact.failedRequests));
    if (i.impact.revenue)
        impact << QStringLiteral("%1 %2")
                      .arg(locale.toString(*i.impact.revenue, 'f', 2), i.impact.currency)
                      .trimmed();
    addRow(m_incident, tr("Impact"), impact.join(QStringLiteral(", ")));
}

void FormOutlineView::rebuildPeople()
{
    clearChildren(m_people);
    for (const Person &p : m_document->people())
        addRow(m_people, p.name, p.role);
}

void FormOutlineView::rebuildSections()
{
    clearChildren(m_sections);
    const QMap<QString, QString> &sections = m_document->sections();
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        addRow(m_sections, it.key(), firstLine(it.value()));
}

void FormOutlineView::rebuildAnswers()
{
    clearChildren(m_answers);
    for (const DifferentEngineerAnswer &a : m_document->answers()) {
        const CausalNode *node = m_document->node(a.node);
        setNodes(addRow(m_answers, node ? node->label : QString(),
                     label(a.answer) + QStringLiteral(" — ") + a.explanation),
            { a.node, a.defence });
    }
    applyHighlight(false);
}

void FormOutlineView::rebuildActions()
{
    clearChildren(m_actions);
    for (const CorrectiveAction &a : m_document->actions()) {
        const Person *owner = m_document->person(a.owner);
        const QString who = owner ? owner->name : a.ownerName;
        const QString due = a.due.isValid() ? a.due.toString(Qt::ISODate) : tr("no due date");
        setNodes(addRow(m_actions, a.title,
                     tr("%1 · %2 · %3").arg(who.isEmpty() ? tr("no owner") : who, due, label(a.status))),
            a.addresses);
    }
    applyHighlight(false);
}

void FormOutlineView::rebuildLessons()
{
    clearChildren(m_lessons);
    for (const Lesson &l : m_document->lessons())
        addRow(m_lessons, label(l.category), firstLine(l.text));
}

} // namespace causeway
