// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace causeway {

/**
 * Hands out one shared copy of equal strings, for reading many events whose actors, tags and
 * sources repeat: a million events from a few hundred hosts then hold a few hundred strings
 * instead of a million. Values are plain implicitly shared Qt strings, so nothing else changes.
 * Bounded: when it holds too many distinct strings it starts again (the strings stay shared).
 */
class StringPool
{
public:
    QString intern(const QString &text)
    {
        if (text.isEmpty())
            return QString();
        const auto found = m_strings.constFind(text);
        if (found != m_strings.constEnd())
            return *found;
        if (m_strings.size() >= MaxStrings)
            m_strings.clear();
        m_strings.insert(text);
        return text;
    }

    /// The list with each string shared; a list of one tag is shared as a whole.
    QStringList intern(const QStringList &list)
    {
        if (list.isEmpty())
            return QStringList();
        if (list.size() == 1) {
            const auto found = m_singles.constFind(list.first());
            if (found != m_singles.constEnd())
                return *found;
            if (m_singles.size() >= MaxStrings)
                m_singles.clear();
            const QStringList shared { intern(list.first()) };
            m_singles.insert(shared.first(), shared);
            return shared;
        }
        if (list == m_lastList)
            return m_lastList;
        QStringList shared;
        shared.reserve(list.size());
        for (const QString &text : list)
            shared.append(intern(text));
        m_lastList = shared;
        return shared;
    }

private:
    static constexpr int MaxStrings = 65536;
    QSet<QString> m_strings;
    QHash<QString, QStringList> m_singles;
    QStringList m_lastList;
};

} // namespace causeway
