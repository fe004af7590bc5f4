// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"

#include "checks/checker.h"
#include "findingstyle.h"

#include <QFont>

namespace causeway {

FindingsModel::FindingsModel(Checker *checker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_checker(checker)
{
    connect(checker, &Checker::findingsChanged, this, &FindingsModel::rebuild);
    rebuild();
}

void FindingsModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_checker) {
        for (const Finding &f : m_checker->findings()) {
            if (int(f.severity) >= int(m_minimum) && (m_showAcknowledged || !f.acknowledged))
                m_rows.append(f);
        }
    }
    endResetModel();
}

void FindingsModel::setMinimumSeverity(FindingSeverity severity)
{
    if (severity == m_minimum)
        return;
    m_minimum = severity;
    rebuild();
}

void FindingsModel::setShowAcknowledged(bool show)
{
    if (show == m_showAcknowledged)
        return;
    m_showAcknowledged = show;
    rebuild();
}

int FindingsModel::rowOf(const Finding &finding) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Finding &f = m_rows.at(i);
        if (f.checkId == finding.checkId && f.ruleId == finding.ruleId && f.place == finding.place)
            return i;
    }
    return -1;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_rows.at(index.row());
    if (role == FindingRole)
        return QVariant::fromValue(f);
    if (role == Qt::ToolTipRole)
        return findingToolTip(f);
    if (role == Qt::FontRole && f.acknowledged) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    switch (Column(index.column())) {
    case SeverityColumn:
        if (role == Qt::DecorationRole)
            return severityIcon(f.severity);
        if (role == Qt::DisplayRole)
            return f.acknowledged ? tr("%1 (acknowledged)").arg(severityLabel(f.severity))
                                  : severityLabel(f.severity);
        if (role == SortRole)
            return -int(f.severity);
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return f.message;
        break;
    case PlaceColumn:
        if ((role == Qt::DisplayRole || role == SortRole) && m_checker)
            return describePlace(*m_checker->document(), f.place);
        break;
    case CheckColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return f.checkId;
        break;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Finding");
    case PlaceColumn:
        return tr("Where");
    case CheckColumn:
        return tr("Check");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace causeway
