// SPDX-License-Identifier: GPL-3.0-or-later
#include "coveragemodel.h"

#include "form/formedits.h"
#include "labels.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace causeway {

namespace {

const NodeType RowOrder[] = { NodeType::Trigger, NodeType::Condition, NodeType::Defence,
    NodeType::WarningSign, NodeType::Unknown };

QString shortLabel(const QString &text)
{
    return text.size() <= 70 ? text : text.left(69) + QStringLiteral("…");
}

} // namespace

CoverageModel::CoverageModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    rebuild();
    // Structural changes rebuild the matrix: it is small (nodes × actions) and its order is by type.
    for (auto signal : { &Document::nodeAdded, &Document::nodeRemoved })
        connect(document, signal, this, &CoverageModel::rebuild);
    for (auto signal : { &Document::actionAdded, &Document::actionRemoved })
        connect(document, signal, this, &CoverageModel::rebuild);
    connect(document, &Document::nodeChanged, this, [this](NodeId id, CausalNode::Fields fields) {
        if (fields & CausalNode::Field::Type) {
            rebuild();
            return;
        }
        const int row = rowOf(id);
        if (row >= 0 &&
            (fields &
                (CausalNode::Field::Label | CausalNode::Field::AcceptedRisk |
                    CausalNode::Field::DefenceState))) {
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            Q_EMIT headerDataChanged(Qt::Vertical, row, row);
        }
    });
    connect(document, &Document::actionChanged, this, [this](ActionId id, CorrectiveAction::Fields fields) {
        const int column = columnOf(id);
        if (column < 0 || m_nodes.isEmpty())
            return;
        if (fields & CorrectiveAction::Field::Addresses) {
            m_countsValid = false;
            // Coverage of every node may change with one action's addresses.
            Q_EMIT dataChanged(index(0, 0), index(m_nodes.size() - 1, columnCount() - 1));
            Q_EMIT headerDataChanged(Qt::Vertical, 0, m_nodes.size() - 1);
        }
        if (fields & CorrectiveAction::Field::Title)
            Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
    });
}

void CoverageModel::rebuild()
{
    beginResetModel();
    m_countsValid = false;
    m_nodes.clear();
    m_actions.clear();
    if (m_document) {
        for (NodeType type : RowOrder) {
            for (const CausalNode &n : m_document->nodes()) {
                if (n.type == type)
                    m_nodes << n.id;
            }
        }
        for (const CorrectiveAction &a : m_document->actions())
            m_actions << a.id;
    }
    endResetModel();
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_nodes.size();
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstActionColumn + m_actions.size();
}

int CoverageModel::columnOf(ActionId id) const
{
    const int i = m_actions.indexOf(id);
    return i < 0 ? -1 : FirstActionColumn + i;
}

int CoverageModel::actionCount(NodeId node) const
{
    if (!m_countsValid) {
        m_counts.clear();
        for (const CorrectiveAction &a : m_document->actions()) {
            for (NodeId id : a.addresses)
                ++m_counts[id];
        }
        m_countsValid = true;
    }
    return m_counts.value(node);
}

bool CoverageModel::uncovered(const CausalNode &node) const
{
    return needsCoverage(node) && node.acceptedRisk.trimmed().isEmpty() && actionCount(node.id) == 0;
}

int CoverageModel::uncoveredCount() const
{
    int count = 0;
    for (NodeId id : m_nodes) {
        if (const CausalNode *n = m_document->node(id); n && uncovered(*n))
            ++count;
    }
    return count;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document)
        return {};
    const CausalNode *node = m_document->node(m_nodes.at(index.row()));
    if (!node)
        return {};
    const bool isUncovered = uncovered(*node);
    if (role == NeedsActionRole)
        return isUncovered;
    if (role == NodeIdRole)
        return node->id.value;

    if (index.column() == CoverageColumn) {
        const int count = actionCount(node->id);
        switch (role) {
        case Qt::DisplayRole:
            if (count > 0)
                return countLabel(count, tr("1 action"), tr("%1 actions"));
            if (!node->acceptedRisk.trimmed().isEmpty())
                return tr("Accepted risk");
            return needsCoverage(*node) ? tr("Needs an action") : tr("—");
        case Qt::ToolTipRole:
            if (!node->acceptedRisk.trimmed().isEmpty() && count == 0)
                return tr("Accepted as a risk: %1").arg(node->acceptedRisk);
            return isUncovered
                ? tr("No corrective action addresses this cause and it is not accepted as a risk.")
                : QVariant();
        case Qt::BackgroundRole:
            return isUncovered ? QColor(0xfd, 0xe2, 0xe1) : QVariant();
        case Qt::ForegroundRole:
            return isUncovered ? QColor(0xa1, 0x1b, 0x1b) : QVariant();
        case Qt::FontRole:
            if (isUncovered) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        }
        return {};
    }

    const CorrectiveAction *action = m_document->action(actionAt(index.column()));
    if (!action)
        return {};
    const bool addresses = action->addresses.contains(node->id);
    switch (role) {
    case AddressesRole:
    case Qt::EditRole:
        return addresses;
    case Qt::DisplayRole:
        return addresses ? QStringLiteral("●") : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ForegroundRole:
        return QColor(0x1a, 0x5f, 0xb4);
    case Qt::BackgroundRole:
        return isUncovered ? QColor(0xfe, 0xf1, 0xf0) : QVariant();
    case Qt::ToolTipRole:
        return (addresses ? tr("“%1”\naddresses\n“%2”\n(click to remove)")
                          : tr("“%1”\ndoes not address\n“%2”\n(click to add)"))
            .arg(action->title, node->label);
    case ActionIdRole:
        return action->id.value;
    }
    return {};
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_document)
        return {};
    if (orientation == Qt::Vertical) {
        const CausalNode *node = m_document->node(m_nodes.value(section));
        if (!node)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1 · %2").arg(label(node->type), shortLabel(node->label));
        case Qt::ToolTipRole:
            return node->label;
        case Qt::ForegroundRole:
            return uncovered(*node) ? QColor(0xa1, 0x1b, 0x1b) : QVariant();
        }
        return {};
    }
    if (section == CoverageColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Coverage")) : QVariant();
    const CorrectiveAction *action = m_document->action(actionAt(section));
    if (!action)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("A%1").arg(section - FirstActionColumn + 1);
    case Qt::ToolTipRole:
        return action->title;
    }
    return {};
}

Qt::ItemFlags CoverageModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == CoverageColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool CoverageModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if ((role != AddressesRole && role != Qt::EditRole) || !m_document ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() < FirstActionColumn)
        return false;
    const CorrectiveAction *current = m_document->action(actionAt(index.column()));
    const NodeId node = nodeAt(index.row());
    if (!current || !m_document->node(node))
        return false;
    CorrectiveAction changed = *current;
    const bool on = value.toBool();
    if (on == changed.addresses.contains(node))
        return true;
    if (on) {
        changed.addresses.append(node);
        std::sort(changed.addresses.begin(), changed.addresses.end());
    } else {
        changed.addresses.removeAll(node);
    }
    m_document->sealEdits();
    m_document->change(changed);
    m_document->sealEdits();
    return true;
}

bool CoverageModel::toggle(const QModelIndex &index)
{
    return setData(index, !index.data(AddressesRole).toBool(), AddressesRole);
}

} // namespace causeway
