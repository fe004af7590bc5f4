// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

#include <algorithm>
#include <vector>

namespace causeway::reading {

/**
 * Where each id of one list was first used, to report a duplicate id with the element that had
 * it first. Files Causeway writes list ids in increasing order, so those are kept as two plain
 * arrays searched by halving (12 bytes an id, against about 20 for a hash of a million ids); an id
 * that comes out of order goes into a hash beside them.
 */
class IdFirstUse
{
public:
    /// The index of the element that used \a id first, or -1 when nobody did.
    int find(quint64 id) const
    {
        if (!m_inOrder.empty() && id <= m_inOrder.back()) {
            const auto it = std::lower_bound(m_inOrder.begin(), m_inOrder.end(), id);
            if (*it == id)
                return m_inOrderIndex[size_t(it - m_inOrder.begin())];
        }
        return m_outOfOrder.value(id, -1);
    }

    /// Records that element \a index uses \a id, which find() did not know.
    void add(quint64 id, int index)
    {
        if (m_inOrder.empty() || id > m_inOrder.back()) {
            m_inOrder.push_back(id);
            m_inOrderIndex.push_back(index);
        } else {
            m_outOfOrder.insert(id, index);
        }
    }

private:
    std::vector<quint64> m_inOrder; // increasing
    std::vector<int> m_inOrderIndex;
    QHash<quint64, int> m_outOfOrder;
};

} // namespace causeway::reading
