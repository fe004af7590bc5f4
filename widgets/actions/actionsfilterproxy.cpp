// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionsfilterproxy.h"

#include "actionsmodel.h"

namespace causeway {

ActionsFilterProxy::ActionsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ActionsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Edits can change whether a row passes (status, due date): re-judge them.
    setDynamicSortFilter(true);
}

void ActionsFilterProxy::refilter()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    invalidateRowsFilter();
#else
    invalidateFilter();
#endif
}

void ActionsFilterProxy::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    refilter();
}

void ActionsFilterProxy::setStatus(int status)
{
    if (m_status == status)
        return;
    m_status = status;
    refilter();
}

void ActionsFilterProxy::setUnfinishedOnly(bool on)
{
    if (m_unfinishedOnly == on)
        return;
    m_unfinishedOnly = on;
    refilter();
}

void ActionsFilterProxy::setOwnerKey(const QString &key)
{
    if (m_ownerKey == key)
        return;
    m_ownerKey = key;
    refilter();
}

void ActionsFilterProxy::setOverdueOnly(bool on)
{
    if (m_overdueOnly == on)
        return;
    m_overdueOnly = on;
    refilter();
}

bool ActionsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_overdueOnly && !first.data(ActionsModel::OverdueRole).toBool())
        return false;
    const int status = first.data(ActionsModel::StatusRole).toInt();
    if (m_status >= 0 && status != m_status)
        return false;
    if (m_unfinishedOnly && status != int(ActionStatus::Open) && status != int(ActionStatus::InProgress))
        return false;
    if (!m_ownerKey.isEmpty() && first.data(ActionsModel::OwnerKeyRole).toString() != m_ownerKey)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : { ActionsModel::TitleColumn, ActionsModel::OwnerColumn, ActionsModel::TrackerColumn,
             ActionsModel::AddressesColumn }) {
        const QModelIndex index = model->index(sourceRow, column, sourceParent);
        // The display text (names) and the stored text (a tracker's whole URL) both count.
        if (index.data().toString().contains(m_text, Qt::CaseInsensitive) ||
            index.data(Qt::EditRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace causeway
