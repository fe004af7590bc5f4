// SPDX-License-Identifier: GPL-3.0-or-later
#include "causallistview.h"

#include "document.h"
#include "labels.h"
#include "timeline/timelinemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QScopedValueRollback>

#include <algorithm>

namespace causeway {

namespace {
enum Column { LabelColumn, DetailColumn, EvidenceColumn };
enum Role { NodeIdRole = Qt::UserRole + 1, LinkIdRole };
} // namespace

CausalListView::CausalListView(Document *document, QWidget *parent)
    : QTreeWidget(parent)
    , m_document(document)
{
    setColumnCount(3);
    setHeaderLabels({ tr("Statement"), tr("Details"), tr("Evidence") });
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setUniformRowHeights(true);
    setAccessibleName(tr("Causal diagram outline"));
    header()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);

    for (int t = 0; t <= int(NodeType::Unknown); ++t) {
        auto *group = new QTreeWidgetItem(this, { label(NodeType(t)) });
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(LabelColumn);
        bold.setBold(true);
        group->setFont(LabelColumn, bold);
        m_groups.insert(t, group);
    }
    m_linkGroup = new QTreeWidgetItem(this, { tr("Links") });
    m_linkGroup->setFlags(Qt::ItemIsEnabled);
    QFont bold = m_linkGroup->font(LabelColumn);
    bold.setBold(true);
    m_linkGroup->setFont(LabelColumn, bold);

    for (const CausalNode &n : document->nodes())
        addNodeItem(n.id);
    for (const CausalLink &l : document->links())
        addLinkItem(l.id);
    expandAll();
    resizeColumnToContents(DetailColumn);
    // The statements are what the outline is for: the other columns never take their room.
    const int narrow = fontMetrics().averageCharWidth() * 12;
    setColumnWidth(DetailColumn, qMin(columnWidth(DetailColumn), narrow));
    setColumnWidth(EvidenceColumn, qMin(columnWidth(EvidenceColumn), narrow));

    connect(document, &Document::nodeAdded, this, &CausalListView::addNodeItem);
    connect(document, &Document::nodeRemoved, this, [this](NodeId id) { delete m_nodeItems.take(id); });
    connect(document, &Document::nodeChanged, this, [this](NodeId id, CausalNode::Fields fields) {
        syncNode(id);
        if (fields.testFlag(CausalNode::Field::Label))
            syncLinksOf(id);
    });
    connect(document, &Document::linkAdded, this, &CausalListView::addLinkItem);
    connect(document, &Document::linkRemoved, this, [this](LinkId id) { delete m_linkItems.take(id); });
    connect(document, &Document::linkChanged, this, [this](LinkId id) { syncLink(id); });

    // A renamed item becomes a command; the document's signal then brings the item in line.
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_syncing || column != LabelColumn)
            return;
        const NodeId id = item->data(LabelColumn, NodeIdRole).value<NodeId>();
        const CausalNode *node = m_document->node(id);
        if (!node)
            return;
        CausalNode changed = *node;
        changed.label = item->text(LabelColumn).trimmed();
        if (changed.label.isEmpty()) {
            syncNode(id);
            return;
        }
        m_document->change(changed);
        m_document->sealEdits();
    });

    // Timeline events dropped on a node become its evidence.
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);

    auto *deleteAction = new QAction(tr("Delete"), this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &CausalListView::deleteSelected);
    addAction(deleteAction);
}

QTreeWidgetItem *CausalListView::groupFor(NodeType type)
{
    return m_groups.value(int(type));
}

void CausalListView::addNodeItem(NodeId id)
{
    const CausalNode *node = m_document->node(id);
    if (!node)
        return;
    auto *item = new QTreeWidgetItem;
    item->setData(LabelColumn, NodeIdRole, QVariant::fromValue(id));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDropEnabled);
    m_nodeItems.insert(id, item);
    // Keep document order inside the group.
    QTreeWidgetItem *group = groupFor(node->type);
    int position = 0;
    for (const CausalNode &n : m_document->nodes()) {
        if (n.id == id)
            break;
        if (n.type == node->type)
            ++position;
    }
    group->insertChild(position, item);
    syncNode(id);
}

void CausalListView::syncNode(NodeId id)
{
    QTreeWidgetItem *item = m_nodeItems.value(id);
    const CausalNode *node = m_document->node(id);
    if (!item || !node)
        return;
    QScopedValueRollback<bool> guard(m_syncing, true);
    if (item->parent() != groupFor(node->type)) {
        item->parent()->removeChild(item);
        groupFor(node->type)->addChild(item);
    }
    item->setText(LabelColumn, node->label);
    QStringList details;
    if (node->defenceState)
        details << label(*node->defenceState);
    if (node->rootCause)
        details << tr("root cause");
    if (!node->acceptedRisk.isEmpty())
        details << tr("accepted risk");
    item->setText(DetailColumn, details.join(QStringLiteral(", ")));
    item->setText(EvidenceColumn,
        node->evidenceEvents.isEmpty()
            ? tr("none")
            : countLabel(int(node->evidenceEvents.size()), tr("1 event"), tr("%1 events")));
    item->setToolTip(LabelColumn, node->description);
}

void CausalListView::addLinkItem(LinkId id)
{
    auto *item = new QTreeWidgetItem(m_linkGroup);
    item->setData(LabelColumn, LinkIdRole, QVariant::fromValue(id));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_linkItems.insert(id, item);
    syncLink(id);
}

void CausalListView::syncLink(LinkId id)
{
    QTreeWidgetItem *item = m_linkItems.value(id);
    const CausalLink *link = m_document->link(id);
    if (!item || !link)
        return;
    QScopedValueRollback<bool> guard(m_syncing, true);
    const CausalNode *from = m_document->node(link->from);
    const CausalNode *to = m_document->node(link->to);
    item->setText(LabelColumn,
        QStringLiteral("%1  →  %2").arg(from ? from->label : QString(), to ? to->label : QString()));
    item->setText(DetailColumn, link->why ? tr("%1 (Five Whys)").arg(label(link->kind)) : label(link->kind));
}

void CausalListView::syncLinksOf(NodeId id)
{
    for (LinkId link : m_document->linksOf(id))
        syncLink(link);
}

QVector<NodeId> CausalListView::selectedNodes() const
{
    QVector<NodeId> ids;
    for (QTreeWidgetItem *item : selectedItems()) {
        const QVariant v = item->data(LabelColumn, NodeIdRole);
        if (v.isValid())
            ids.append(v.value<NodeId>());
    }
    return ids;
}

QVector<LinkId> CausalListView::selectedLinks() const
{
    QVector<LinkId> ids;
    for (QTreeWidgetItem *item : selectedItems()) {
        const QVariant v = item->data(LabelColumn, LinkIdRole);
        if (v.isValid())
            ids.append(v.value<LinkId>());
    }
    return ids;
}

void CausalListView::addNode(NodeType type)
{
    CausalNode node;
    node.type = type;
    node.label = tr("New %1").arg(labelInSentence(label(type)));
    if (type == NodeType::Defence)
        node.defenceState = DefenceState::Absent;
    const NodeId id = m_document->add(node);
    if (QTreeWidgetItem *item = m_nodeItems.value(id)) {
        setCurrentItem(item);
        editItem(item, LabelColumn);
    }
}

QStringList CausalListView::mimeTypes() const
{
    return { TimelineModel::eventIdsMimeType() };
}

Qt::DropActions CausalListView::supportedDropActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

bool CausalListView::dropMimeData(QTreeWidgetItem *parent, int, const QMimeData *data, Qt::DropAction)
{
    const QVector<EventId> events = TimelineModel::eventIdsFromMime(data);
    const CausalNode *node =
        parent ? m_document->node(parent->data(LabelColumn, NodeIdRole).value<NodeId>()) : nullptr;
    if (!node || events.isEmpty())
        return false;
    CausalNode changed = *node;
    for (EventId id : events) {
        if (m_document->event(id) && !changed.evidenceEvents.contains(id))
            changed.evidenceEvents.append(id);
    }
    std::sort(changed.evidenceEvents.begin(), changed.evidenceEvents.end());
    m_document->change(changed);
    m_document->sealEdits();
    return true;
}

void CausalListView::deleteSelected()
{
    const QVector<NodeId> nodes = selectedNodes();
    const QVector<LinkId> links = selectedLinks();
    if (!nodes.isEmpty())
        m_document->removeNodes(nodes);
    if (!links.isEmpty())
        m_document->removeLinks(links);
}

} // namespace causeway
