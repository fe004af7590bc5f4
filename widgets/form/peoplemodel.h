// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace causeway {

/// The people of the post-mortem (name, role, team) as an editable table; each edit is a command.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, TeamColumn, ColumnCount };

    explicit PeopleModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

    PersonId personAt(int row) const { return m_rows.value(row); }
    int rowOf(PersonId id) const { return m_rows.indexOf(id); }
    /// Adds a person (one undo step) and returns the row.
    int addPerson();

private:
    QPointer<Document> m_document;
    QVector<PersonId> m_rows;
};

} // namespace causeway
