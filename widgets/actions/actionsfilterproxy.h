// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace causeway {

/**
 * Sorts the actions table by value (ActionsModel::SortRole) and filters it by text (title,
 * owner, tracker and the addressed nodes), status, owner and "overdue only".
 */
class ActionsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ActionsFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    /// -1 for every status, else an ActionStatus; "open" also keeps "in progress" when \a unfinished.
    void setStatus(int status);
    int status() const { return m_status; }
    /// Keeps only actions not done and not dropped (open or in progress).
    void setUnfinishedOnly(bool on);
    /// An ActionsModel::OwnerKeyRole value, or empty for every owner.
    void setOwnerKey(const QString &key);
    QString ownerKey() const { return m_ownerKey; }
    void setOverdueOnly(bool on);
    bool overdueOnly() const { return m_overdueOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_text;
    int m_status = -1;
    bool m_unfinishedOnly = false;
    QString m_ownerKey;
    bool m_overdueOnly = false;
};

} // namespace causeway
