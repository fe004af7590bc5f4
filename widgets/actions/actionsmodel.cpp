// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionsmodel.h"

#include "form/formedits.h"
#include "labels.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace causeway {

namespace {

const QColor OverdueColor(0xb0, 0x1c, 0x1c);

/// A red disc with an exclamation mark: drawn, so it stays sharp and needs no icon theme.
QIcon overdueIcon()
{
    static const QIcon icon = [] {
        QIcon result;
        for (int size : { 16, 32 }) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(OverdueColor);
            p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
            p.setBrush(Qt::white);
            const qreal w = size / 8.0;
            p.drawRoundedRect(QRectF(size / 2.0 - w / 2, size * 0.2, w, size * 0.4), w / 2, w / 2);
            p.drawEllipse(QPointF(size / 2.0, size * 0.76), w * 0.7, w * 0.7);
            p.end();
            result.addPixmap(pixmap);
        }
        return result;
    }();
    return icon;
}

QString firstWords(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    const int cut = text.lastIndexOf(QLatin1Char(' '), max);
    return text.left(cut > max / 2 ? cut : max) + QStringLiteral("…");
}

} // namespace

ActionsModel::ActionsModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    for (const CorrectiveAction &a : document->actions())
        m_rows.append(a.id);
    connect(document, &Document::actionAdded, this, &ActionsModel::onAdded);
    connect(document, &Document::actionAboutToBeRemoved, this, &ActionsModel::onAboutToBeRemoved);
    connect(document, &Document::actionRemoved, this, &ActionsModel::onRemoved);
    connect(document, &Document::actionChanged, this, &ActionsModel::onChanged);
    // Names shown in cells that belong to other entities.
    connect(document, &Document::personChanged, this, [this] { columnChanged(OwnerColumn); });
    connect(document, &Document::personAdded, this, [this] { columnChanged(OwnerColumn); });
    connect(document, &Document::nodeChanged, this, [this](NodeId, CausalNode::Fields fields) {
        if (fields & CausalNode::Field::Label)
            columnChanged(AddressesColumn);
    });
}

int ActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int ActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ActionId ActionsModel::actionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : ActionId();
}

int ActionsModel::rowOf(ActionId id) const
{
    return m_rows.indexOf(id);
}

void ActionsModel::setToday(const QDate &today)
{
    if (m_today == today)
        return;
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
}

QString ActionsModel::ownerText(const Document &doc, const CorrectiveAction &action)
{
    if (const Person *p = doc.person(action.owner))
        return p->name;
    return action.ownerName;
}

QString ActionsModel::trackerText(const QString &tracker)
{
    // A tracker URL reads best as its last part ("OPS-1234"); the whole URL is in the tooltip.
    const QUrl url(tracker);
    if (url.isValid() && !url.scheme().isEmpty()) {
        const QString last = url.path().section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
        if (!last.isEmpty())
            return last;
    }
    return tracker;
}

QString ActionsModel::nodesText(const Document &doc, const QVector<NodeId> &nodes)
{
    QStringList parts;
    for (NodeId id : nodes) {
        if (const CausalNode *n = doc.node(id))
            parts << firstWords(n->label, 32);
    }
    return parts.join(QStringLiteral("; "));
}

QVariant ActionsModel::displayData(const CorrectiveAction &a, int column) const
{
    switch (column) {
    case TitleColumn:
        return a.title;
    case OwnerColumn:
        return ownerText(*m_document, a);
    case DueColumn:
        return a.due.isValid() ? QLocale().toString(a.due, QLocale::ShortFormat) : QString();
    case PriorityColumn:
        return label(a.priority);
    case TypeColumn:
        return label(a.type);
    case NatureColumn:
        return label(a.nature);
    case StatusColumn:
        return label(a.status);
    case TrackerColumn:
        return trackerText(a.tracker);
    case AddressesColumn:
        return nodesText(*m_document, a.addresses);
    }
    return {};
}

QVariant ActionsModel::sortData(const CorrectiveAction &a, int column) const
{
    switch (column) {
    case DueColumn:
        // Actions without a date sort after every dated one.
        return a.due.isValid() ? QVariant(a.due.toJulianDay()) : QVariant(std::numeric_limits<qint64>::max());
    case PriorityColumn:
        return int(a.priority);
    case TypeColumn:
        return int(a.type);
    case NatureColumn:
        return int(a.nature);
    case StatusColumn:
        return int(a.status);
    case AddressesColumn:
        return a.addresses.size();
    default:
        return displayData(a, column).toString().toLower();
    }
}

QVariant ActionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document)
        return {};
    const CorrectiveAction *a = m_document->action(m_rows.at(index.row()));
    if (!a)
        return {};
    const int column = index.column();
    const bool overdue = isOverdue(*a, m_today);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*a, column);
    case Qt::EditRole:
        switch (column) {
        case OwnerColumn:
            return a->owner.isValid() ? QVariant::fromValue(a->owner) : QVariant(a->ownerName);
        case DueColumn:
            return a->due;
        case PriorityColumn:
            return int(a->priority);
        case TypeColumn:
            return int(a->type);
        case NatureColumn:
            return int(a->nature);
        case StatusColumn:
            return int(a->status);
        case AddressesColumn:
            return data(index, NodeIdsRole);
        case TrackerColumn:
            return a->tracker;
        default:
            return displayData(*a, column);
        }
    case Qt::ToolTipRole:
        if (column == DueColumn && overdue)
            return tr("Overdue: due %1, still %2")
                .arg(QLocale().toString(a->due, QLocale::LongFormat),
                    labelInSentence(label(a->status), LabelWord::Other));
        if (column == TrackerColumn && !a->tracker.isEmpty())
            return tr("Open %1").arg(a->tracker);
        if (column == AddressesColumn) {
            QStringList lines;
            for (NodeId id : a->addresses) {
                if (const CausalNode *n = m_document->node(id))
                    lines << QStringLiteral("• %1: %2").arg(label(n->type), n->label);
            }
            return lines.isEmpty()
                ? tr("Addresses no cause yet: double-click to choose the nodes it addresses")
                : lines.join(QLatin1Char('\n'));
        }
        return displayData(*a, column);
    case Qt::DecorationRole:
        if (column == DueColumn && overdue)
            return overdueIcon();
        return {};
    case Qt::ForegroundRole:
        if (column == DueColumn && overdue)
            return OverdueColor;
        if (column == TrackerColumn)
            return QColor(0x1a, 0x5f, 0xb4);
        if (a->status == ActionStatus::Done || a->status == ActionStatus::WontDo)
            return QColor(0x6b, 0x6b, 0x6b);
        return {};
    case Qt::FontRole:
        if ((column == DueColumn && overdue) ||
            (column == PriorityColumn && a->priority == ActionPriority::P1)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (column == TrackerColumn && !a->tracker.isEmpty()) {
            QFont link;
            link.setUnderline(true);
            return link;
        }
        return {};
    case ActionIdRole:
        return a->id.value;
    case SortRole:
        return sortData(*a, column);
    case OverdueRole:
        return overdue;
    case OwnerKeyRole:
        if (a->owner.isValid())
            return QStringLiteral("person:%1").arg(a->owner.value);
        return a->ownerName.isEmpty() ? QString() : QStringLiteral("name:") + a->ownerName;
    case StatusRole:
        return int(a->status);
    case NodeIdsRole: {
        QVariantList ids;
        for (NodeId id : a->addresses)
            ids << id.value;
        return ids;
    }
    }
    return {};
}

QVariant ActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case PriorityColumn:
        return tr("Priority");
    case TypeColumn:
        return tr("Type");
    case NatureColumn:
        return tr("Nature");
    case StatusColumn:
        return tr("Status");
    case TrackerColumn:
        return tr("Tracker");
    case AddressesColumn:
        return tr("Addresses");
    }
    return {};
}

Qt::ItemFlags ActionsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool ActionsModel::applyEdit(CorrectiveAction &a, int column, const QVariant &value) const
{
    auto enumValue = [&value](int count, int *out) {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok || v < 0 || v >= count)
            return false;
        *out = v;
        return true;
    };
    int v = 0;
    switch (column) {
    case TitleColumn:
        a.title = value.toString().trimmed();
        return true;
    case OwnerColumn:
        if (value.userType() == qMetaTypeId<PersonId>()) {
            a.owner = value.value<PersonId>();
            a.ownerName.clear();
            return m_document->person(a.owner) != nullptr || !a.owner.isValid();
        } else {
            const QString name = value.toString().trimmed();
            // A typed name that is a person of the document becomes that person.
            for (const Person &p : m_document->people()) {
                if (p.name.compare(name, Qt::CaseInsensitive) == 0) {
                    a.owner = p.id;
                    a.ownerName.clear();
                    return true;
                }
            }
            a.owner = PersonId();
            a.ownerName = name;
            return true;
        }
    case DueColumn:
        a.due = value.toDate();
        return true;
    case PriorityColumn:
        if (!enumValue(4, &v))
            return false;
        a.priority = ActionPriority(v);
        return true;
    case TypeColumn:
        if (!enumValue(4, &v))
            return false;
        a.type = ActionType(v);
        return true;
    case NatureColumn:
        if (!enumValue(3, &v))
            return false;
        a.nature = ActionNature(v);
        return true;
    case StatusColumn:
        if (!enumValue(4, &v))
            return false;
        a.status = ActionStatus(v);
        return true;
    case TrackerColumn:
        a.tracker = value.toString().trimmed();
        return true;
    case AddressesColumn: {
        QVector<NodeId> nodes;
        const QVariantList list = value.toList();
        for (const QVariant &item : list) {
            const NodeId id(item.toULongLong());
            if (m_document->node(id) && !nodes.contains(id))
                nodes << id;
        }
        std::sort(nodes.begin(), nodes.end());
        a.addresses = nodes;
        return true;
    }
    }
    return false;
}

bool ActionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_document ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const CorrectiveAction *current = m_document->action(m_rows.at(index.row()));
    if (!current)
        return false;
    CorrectiveAction changed = *current;
    if (!applyEdit(changed, index.column(), value))
        return false;
    // A committed cell edit is one step of its own, never merged with the previous one.
    m_document->sealEdits();
    m_document->change(changed);
    m_document->sealEdits();
    return true;
}

bool ActionsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    m_document->removeActions(m_rows.mid(row, count));
    return true;
}

int ActionsModel::addAction()
{
    CorrectiveAction a;
    a.title = tr("New corrective action");
    const ActionId id = m_document->add(a);
    return rowOf(id);
}

void ActionsModel::onAdded(ActionId id)
{
    const int row = m_document->indexOf<CorrectiveAction>(id);
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, id);
    endInsertRows();
}

void ActionsModel::onAboutToBeRemoved(ActionId id)
{
    const int row = m_rows.indexOf(id);
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
}

void ActionsModel::onRemoved(ActionId)
{
    endRemoveRows();
}

void ActionsModel::onChanged(ActionId id, CorrectiveAction::Fields)
{
    // Status and due date change more than their own cells (overdue, greying), so the whole row.
    const int row = m_rows.indexOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ActionsModel::columnChanged(int column)
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(m_rows.size() - 1, column));
}

} // namespace causeway
