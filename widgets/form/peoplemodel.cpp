// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplemodel.h"

namespace causeway {

PeopleModel::PeopleModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    for (const Person &p : document->people())
        m_rows << p.id;
    connect(document, &Document::personAdded, this, [this](PersonId id) {
        const int row = m_document->indexOf<Person>(id);
        beginInsertRows(QModelIndex(), row, row);
        m_rows.insert(row, id);
        endInsertRows();
    });
    connect(document, &Document::personAboutToBeRemoved, this, [this](PersonId id) {
        const int row = m_rows.indexOf(id);
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
    });
    connect(document, &Document::personRemoved, this, [this] { endRemoveRows(); });
    connect(document, &Document::personChanged, this, [this](PersonId id) {
        const int row = m_rows.indexOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document)
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const Person *p = m_document->person(m_rows.at(index.row()));
    if (!p)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p->name;
    case RoleColumn:
        return p->role;
    case TeamColumn:
        return p->team;
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case TeamColumn:
        return tr("Team");
    }
    return {};
}

Qt::ItemFlags PeopleModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::NoItemFlags;
}

bool PeopleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_document ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Person *current = m_document->person(m_rows.at(index.row()));
    if (!current)
        return false;
    Person p = *current;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case NameColumn:
        if (text.isEmpty())
            return false; // a person always has a name (the file format requires one)
        p.name = text;
        break;
    case RoleColumn:
        p.role = text;
        break;
    case TeamColumn:
        p.team = text;
        break;
    }
    m_document->sealEdits();
    m_document->change(p);
    m_document->sealEdits();
    return true;
}

bool PeopleModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    m_document->removePeople(m_rows.mid(row, count));
    return true;
}

int PeopleModel::addPerson()
{
    Person p;
    p.name = tr("New person");
    return rowOf(m_document->add(p));
}

} // namespace causeway
