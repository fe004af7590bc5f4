// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencemodel.h"

#include "labels.h"

#include <QFont>

namespace causeway {

EvidenceModel::EvidenceModel(Document *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    for (const Evidence &e : document->evidence())
        m_rows.append(e.id);
    connect(document, &Document::evidenceAdded, this, &EvidenceModel::onAdded);
    connect(document, &Document::evidenceAboutToBeRemoved, this, &EvidenceModel::onAboutToBeRemoved);
    connect(document, &Document::evidenceRemoved, this, &EvidenceModel::onRemoved);
    connect(document, &Document::evidenceChanged, this, &EvidenceModel::onChanged);
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QString EvidenceModel::displayTitle(const Evidence &evidence)
{
    if (!evidence.title.trimmed().isEmpty())
        return evidence.title;
    if (!evidence.fileName.isEmpty())
        return evidence.fileName;
    const QString firstLine = evidence.text.trimmed().section(QLatin1Char('\n'), 0, 0);
    if (!firstLine.isEmpty())
        return firstLine.left(80);
    return evidence.kind == EvidenceKind::Image ? tr("Untitled image") : tr("Untitled evidence");
}

QString EvidenceModel::details(const Evidence &evidence)
{
    QStringList parts;
    if (evidence.kind == EvidenceKind::Image)
        parts << (evidence.mediaType == QLatin1String("image/jpeg") ? tr("JPEG image") : tr("PNG image"));
    else
        parts << (evidence.language.isEmpty() ? tr("Plain text") : evidence.language);
    if (!evidence.fileName.isEmpty())
        parts << evidence.fileName;
    parts << countLabel(evidence.events.size(), tr("1 event"), tr("%1 events"));
    parts << countLabel(evidence.nodes.size(), tr("1 node"), tr("%1 nodes"));
    return parts.join(QStringLiteral(" · "));
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || !m_document)
        return QVariant();
    const Evidence *e = m_document->evidenceItem(m_rows.at(index.row()));
    if (!e)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return displayTitle(*e);
    case Qt::EditRole:
        return e->title;
    case Qt::ToolTipRole:
        return details(*e);
    case Qt::FontRole:
        if (m_forSelection.contains(e->id)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case EvidenceIdRole:
        return e->id.value;
    case ForSelectionRole:
        return m_forSelection.contains(e->id);
    case KindRole:
        return int(e->kind);
    default:
        return QVariant();
    }
}

Qt::ItemFlags EvidenceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool EvidenceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_document || index.row() >= m_rows.size())
        return false;
    const Evidence *current = m_document->evidenceItem(m_rows.at(index.row()));
    if (!current)
        return false;
    Evidence changed = *current;
    changed.title = value.toString();
    m_document->change(changed);
    // A rename in the list is a step of its own, not merged with typing in the title field.
    m_document->sealEdits();
    return true;
}

EvidenceId EvidenceModel::evidenceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : EvidenceId();
}

int EvidenceModel::rowOf(EvidenceId id) const
{
    return m_rows.indexOf(id);
}

void EvidenceModel::setForSelection(const QSet<EvidenceId> &ids)
{
    if (ids == m_forSelection)
        return;
    const QSet<EvidenceId> changed = (ids - m_forSelection) + (m_forSelection - ids);
    m_forSelection = ids;
    for (EvidenceId id : changed) {
        const int row = m_rows.indexOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), { Qt::FontRole, ForSelectionRole });
    }
}

void EvidenceModel::onAdded(EvidenceId id)
{
    const int row = m_document->indexOf<Evidence>(id);
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, id);
    endInsertRows();
}

void EvidenceModel::onAboutToBeRemoved(EvidenceId id)
{
    const int row = m_rows.indexOf(id);
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    m_forSelection.remove(id);
}

void EvidenceModel::onRemoved(EvidenceId)
{
    endRemoveRows();
}

void EvidenceModel::onChanged(EvidenceId id, Evidence::Fields)
{
    const int row = m_rows.indexOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

} // namespace causeway
