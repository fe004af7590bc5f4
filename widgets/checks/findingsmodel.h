// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/finding.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace causeway {

class Checker;

/**
 * The findings of a Checker as a table: severity, message, place and check. It shows the open
 * findings of the chosen severities, and the acknowledged ones too when asked. It follows the
 * checker with a reset per run (a run replaces every finding at once).
 */
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, MessageColumn, PlaceColumn, CheckColumn, ColumnCount };
    enum Role {
        FindingRole = Qt::UserRole + 1, ///< the Finding itself
        SortRole, ///< a value that sorts the column as people expect (errors first)
    };

    explicit FindingsModel(Checker *checker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The least severity shown (Info shows all).
    void setMinimumSeverity(FindingSeverity severity);
    FindingSeverity minimumSeverity() const { return m_minimum; }
    void setShowAcknowledged(bool show);
    bool showAcknowledged() const { return m_showAcknowledged; }

    const Finding &finding(int row) const { return m_rows.at(row); }
    /// The row of the finding equal to \a finding, or -1 (to keep the selection across runs).
    int rowOf(const Finding &finding) const;

private:
    void rebuild();

    QPointer<Checker> m_checker;
    Findings m_rows;
    FindingSeverity m_minimum = FindingSeverity::Info;
    bool m_showAcknowledged = false;
};

} // namespace causeway
