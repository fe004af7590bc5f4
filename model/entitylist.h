// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QVector>

#include <utility>

namespace causeway {

/**
 * The entities of one type, in document order, with lookup by id. The id index is rebuilt
 * lazily after structural changes, so bulk loads and imports stay linear.
 */
template<class T>
class EntityList
{
public:
    using IdType = typename T::IdType;

    const QVector<T> &items() const { return m_items; }
    int size() const { return m_items.size(); }

    int indexOf(IdType id) const
    {
        if (!m_indexValid) {
            m_index.clear();
            m_index.reserve(m_items.size());
            for (int i = 0; i < m_items.size(); ++i)
                m_index.insert(m_items.at(i).id.value, i);
            m_indexValid = true;
        }
        return m_index.value(id.value, -1);
    }

    const T *find(IdType id) const
    {
        const int i = indexOf(id);
        return i < 0 ? nullptr : &m_items.at(i);
    }

    /// Appends without touching the index's validity rules beyond what is needed (bulk loading).
    void append(const T &value)
    {
        if (m_indexValid)
            m_index.insert(value.id.value, m_items.size());
        m_items.append(value);
        noteId(value.id);
    }

    void insert(int index, const T &value)
    {
        if (index < 0 || index >= m_items.size()) {
            append(value);
            return;
        }
        m_items.insert(index, value);
        m_indexValid = false;
        noteId(value.id);
    }

    T takeAt(int index)
    {
        T value = m_items.takeAt(index);
        m_indexValid = false;
        return value;
    }

    void replaceAt(int index, const T &value) { m_items.replace(index, value); }

    /// Removes the entities from \a index to the end and returns them.
    QVector<T> takeFrom(int index)
    {
        QVector<T> tail = m_items.mid(index);
        m_items.resize(index);
        m_indexValid = false;
        return tail;
    }

    /// A fresh id, never handed out before in this document's lifetime.
    IdType allocateId() { return IdType(++m_maxId); }

    void reserve(int n) { m_items.reserve(n); }

    /// Takes \a values as the whole list (loading a document): no copy of a million entities.
    void assign(QVector<T> &&values)
    {
        m_items = std::move(values);
        m_indexValid = false;
        for (const T &value : m_items)
            noteId(value.id);
    }

private:
    void noteId(IdType id)
    {
        if (id.value > m_maxId)
            m_maxId = id.value;
    }

    QVector<T> m_items;
    mutable QHash<quint64, int> m_index;
    mutable bool m_indexValid = false;
    quint64 m_maxId = 0;
};

} // namespace causeway
