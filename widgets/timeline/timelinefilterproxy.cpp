// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinefilterproxy.h"

#include "timelinemodel.h"

#include <algorithm>
#include <iterator>
#include <numeric>
#include <utility>
#include <vector>

namespace causeway {

namespace {

/// The rows of \a sorted that \a accepted lets through, in the same order.
QVector<int> visibleRows(const QVector<int> &sorted, const QVector<char> &accepted)
{
    QVector<int> visible;
    visible.reserve(sorted.size());
    const char *pass = accepted.constData();
    for (int row : sorted) {
        if (pass[row])
            visible.append(row);
    }
    return visible;
}

/// Drops the rows [first, last] from \a rows and renumbers the rows after them.
void removeSourceRows(QVector<int> &rows, int first, int last)
{
    const int count = last - first + 1;
    int *out = rows.data();
    for (int row : std::as_const(rows)) {
        if (row < first)
            *out++ = row;
        else if (row > last)
            *out++ = row - count;
    }
    rows.resize(int(out - rows.constData()));
}

} // namespace

TimelineFilterProxy::TimelineFilterProxy(TimelineModel *source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_source(source)
{
    QAbstractProxyModel::setSourceModel(source);
    ensureSearchText();
    filterAll();
    sortAll();
    rebuildVisible();

    connect(source, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) { onRowsAboutToBeRemoved(first, last); });
    connect(source, &QAbstractItemModel::rowsRemoved, this,
        [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); });
    connect(source, &QAbstractItemModel::dataChanged, this, &TimelineFilterProxy::onDataChanged);
    connect(source, &QAbstractItemModel::headerDataChanged, this,
        [this](Qt::Orientation orientation, int first, int last) {
            if (orientation == Qt::Horizontal)
                Q_EMIT headerDataChanged(orientation, first, last);
            else if (!m_visible.isEmpty())
                Q_EMIT headerDataChanged(orientation, 0, m_visible.size() - 1);
        });
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        m_searchBuilt = false;
        ensureSearchText();
        filterAll();
        sortAll();
        rebuildVisible();
        endResetModel();
    });
    // TimelineModel never rearranges its rows, but a source layout change is followed anyway:
    // through the source's own persistent indexes, since its row numbers are what changes.
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
        m_relayoutHint = QAbstractItemModel::NoLayoutChangeHint;
        Q_EMIT layoutAboutToBeChanged();
        m_relayoutFrom = persistentIndexList();
        m_relayoutSource.clear();
        for (const QModelIndex &index : std::as_const(m_relayoutFrom))
            m_relayoutSource.append(QPersistentModelIndex(mapToSource(index)));
    });
    connect(source, &QAbstractItemModel::layoutChanged, this, [this] {
        m_searchBuilt = false;
        ensureSearchText();
        filterAll();
        sortAll();
        rebuildVisible();
        m_relayoutSourceRows.clear();
        for (const QPersistentModelIndex &index : std::as_const(m_relayoutSource))
            m_relayoutSourceRows.append(index.isValid() ? index.row() : -1);
        m_relayoutSource.clear();
        endRelayout();
    });
}

// --- Structure -------------------------------------------------------------------------------

QModelIndex TimelineFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0 ||
        column >= TimelineModel::ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex TimelineFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TimelineFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int TimelineFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TimelineFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(TimelineModel::ColumnCount);
}

bool TimelineFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.isEmpty();
}

QModelIndex TimelineFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.row() >= m_visible.size())
        return {};
    return m_source->index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex TimelineFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

// --- Data, edits and drags go straight to the source -----------------------------------------

QVariant TimelineFilterProxy::data(const QModelIndex &index, int role) const
{
    return m_source->data(mapToSource(index), role);
}

Qt::ItemFlags TimelineFilterProxy::flags(const QModelIndex &index) const
{
    return m_source->flags(mapToSource(index));
}

bool TimelineFilterProxy::setData(const QModelIndex &index, const QVariant &value, int role)
{
    return m_source->setData(mapToSource(index), value, role);
}

QStringList TimelineFilterProxy::mimeTypes() const
{
    return m_source->mimeTypes();
}

QMimeData *TimelineFilterProxy::mimeData(const QModelIndexList &indexes) const
{
    QModelIndexList sourceIndexes;
    sourceIndexes.reserve(indexes.size());
    for (const QModelIndex &index : indexes)
        sourceIndexes.append(mapToSource(index));
    return m_source->mimeData(sourceIndexes);
}

// --- Sorting and filtering -------------------------------------------------------------------

void TimelineFilterProxy::setFilter(const TimelineFilter &filter)
{
    // Typing one more letter narrows the filter: only the rows shown now can still match.
    const bool narrower = filter.kind == m_filter.kind && filter.tag == m_filter.tag &&
        filter.from == m_filter.from && filter.to == m_filter.to && filter.text.contains(m_filter.text) &&
        filter.actor.contains(m_filter.actor);
    m_filter = filter;
    m_needle = TimelineSearchText::Needle(filter.text);
    ensureSearchText();
    // One layout change that moves the persistent indexes (the selection, the current item) along
    // with their events, rather than a reset that would drop them. Its cost follows the number of
    // persistent indexes, not of rows: clearing the filter on a million events (no matching, so
    // proxy work and view relayout only) measured 22 ms in bench_timeline.
    beginRelayout();
    if (narrower) {
        // In source order, which is the order of the events and of their search text in memory:
        // in sort order every row would be a cache miss.
        char *pass = m_accepted.data();
        for (int row = 0, count = int(m_accepted.size()); row < count; ++row) {
            if (pass[row])
                pass[row] = accepts(row);
        }
    } else {
        filterAll();
    }
    rebuildVisible();
    endRelayout();
}

void TimelineFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= TimelineModel::ColumnCount)
        column = -1;
    // The order is kept up to date through every change, so sorting again is a no-op.
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    beginRelayout(QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    sortAll();
    rebuildVisible();
    endRelayout();
}

void TimelineFilterProxy::ensureSearchText()
{
    const Document *document = m_source->document();
    if (m_searchBuilt || !document)
        return;
    m_search.rebuild(*document);
    m_searchBuilt = true;
}

bool TimelineFilterProxy::accepts(int sourceRow) const
{
    if (m_filter.isEmpty())
        return true;
    // Straight to the document (the model's rows are the document's order): going through data()
    // would build strings for every cell of a million rows on every keystroke.
    const Document *document = m_source->document();
    if (!document || sourceRow >= document->events().size())
        return false;
    if (m_searchBuilt && m_search.size() == document->events().size())
        return m_filter.matches(sourceRow, *document, m_search, m_needle);
    return m_filter.matches(document->events().at(sourceRow), *document);
}

QString TimelineFilterProxy::textKey(int sourceRow) const
{
    return m_source->data(m_source->index(sourceRow, m_sortColumn), Qt::DisplayRole)
        .toString()
        .toCaseFolded();
}

bool TimelineFilterProxy::lessThan(int leftRow, int rightRow) const
{
    if (m_sortColumn < 0 || leftRow == rightRow)
        return leftRow < rightRow;
    int order = 0;
    const Document *document = m_source->document();
    if (m_sortColumn == TimelineModel::TimeColumn && document) {
        const qint64 x = document->events().at(leftRow).time.utcMicroseconds();
        const qint64 y = document->events().at(rightRow).time.utcMicroseconds();
        order = x < y ? -1 : y < x ? 1 : 0;
    } else {
        order = textKey(leftRow).compare(textKey(rightRow));
    }
    // Equal keys keep document order in both directions, so events typed in order stay in order.
    if (order == 0)
        return leftRow < rightRow;
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void TimelineFilterProxy::filterAll()
{
    const int count = m_source->rowCount();
    m_accepted.fill(1, count);
    if (m_filter.isEmpty())
        return;
    const Document *document = m_source->document();
    if (!document || document->events().size() != count) {
        m_accepted.fill(0, count);
        return;
    }
    char *pass = m_accepted.data();
    for (int row = 0; row < count; ++row)
        pass[row] = accepts(row);
}

void TimelineFilterProxy::sortAll()
{
    const int count = m_source->rowCount();
    m_sorted.resize(count);
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (m_sortColumn < 0)
        return;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const Document *document = m_source->document();
    if (m_sortColumn == TimelineModel::TimeColumn && document && document->events().size() == count) {
        // The instants themselves, next to their rows: no QVariant, no strings, no indirection.
        const QVector<TimelineEvent> &events = document->events();
        std::vector<std::pair<qint64, int>> keys;
        keys.reserve(count);
        for (int row = 0; row < count; ++row)
            keys.emplace_back(events.at(row).time.utcMicroseconds(), row);
        std::sort(keys.begin(), keys.end(), [ascending](const auto &x, const auto &y) {
            if (x.first != y.first)
                return ascending ? x.first < y.first : y.first < x.first;
            return x.second < y.second;
        });
        for (int i = 0; i < count; ++i)
            m_sorted[i] = keys[i].second;
        return;
    }
    // Other columns by their text, case-insensitive; each row's text is built once.
    std::vector<std::pair<QString, int>> keys;
    keys.reserve(count);
    for (int row = 0; row < count; ++row)
        keys.emplace_back(textKey(row), row);
    std::sort(keys.begin(), keys.end(), [ascending](const auto &x, const auto &y) {
        const int order = x.first.compare(y.first);
        if (order != 0)
            return ascending ? order < 0 : order > 0;
        return x.second < y.second;
    });
    for (int i = 0; i < count; ++i)
        m_sorted[i] = keys[i].second;
}

void TimelineFilterProxy::rebuildVisible()
{
    m_visible = visibleRows(m_sorted, m_accepted);
    m_proxyRowOf.fill(-1, m_sorted.size());
    int *proxyRowOf = m_proxyRowOf.data();
    for (int row = 0; row < m_visible.size(); ++row)
        proxyRowOf[m_visible.at(row)] = row;
}

void TimelineFilterProxy::beginRelayout(QAbstractItemModel::LayoutChangeHint hint)
{
    m_relayoutHint = hint;
    Q_EMIT layoutAboutToBeChanged({}, hint);
    m_relayoutFrom = persistentIndexList();
    m_relayoutSourceRows.clear();
    m_relayoutSourceRows.reserve(m_relayoutFrom.size());
    for (const QModelIndex &index : std::as_const(m_relayoutFrom))
        m_relayoutSourceRows.append(m_visible.value(index.row(), -1));
}

void TimelineFilterProxy::endRelayout()
{
    QModelIndexList to;
    to.reserve(m_relayoutFrom.size());
    for (int i = 0; i < m_relayoutFrom.size(); ++i) {
        const int sourceRow = m_relayoutSourceRows.at(i);
        const int row = sourceRow >= 0 && sourceRow < m_proxyRowOf.size() ? m_proxyRowOf.at(sourceRow) : -1;
        to.append(row >= 0 ? createIndex(row, m_relayoutFrom.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(m_relayoutFrom, to);
    m_relayoutFrom.clear();
    m_relayoutSourceRows.clear();
    Q_EMIT layoutChanged({}, m_relayoutHint);
}

// --- Following the source --------------------------------------------------------------------

void TimelineFilterProxy::onRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    // Renumber the rows after the insertion first: the proxy still shows the same events.
    for (QVector<int> *rows : { &m_sorted, &m_visible }) {
        for (int &row : *rows) {
            if (row >= first)
                row += count;
        }
    }
    m_accepted.insert(first, count, 0);
    if (m_searchBuilt && m_source->document())
        m_search.insertRows(*m_source->document(), first, count);
    m_proxyRowOf.fill(-1, m_accepted.size());
    for (int row = 0; row < m_visible.size(); ++row)
        m_proxyRowOf[m_visible.at(row)] = row;

    // The new rows in sort order, then each one's place among the others: k log n comparisons.
    QVector<int> added(count);
    std::iota(added.begin(), added.end(), first);
    for (int row : std::as_const(added))
        m_accepted[row] = accepts(row);
    const auto less = [this](int x, int y) {
        return lessThan(x, y);
    };
    std::sort(added.begin(), added.end(), less);
    QVector<int> sorted;
    sorted.reserve(m_sorted.size() + count);
    auto from = m_sorted.cbegin();
    for (int row : std::as_const(added)) {
        const auto at = std::lower_bound(from, m_sorted.cend(), row, less);
        std::copy(from, at, std::back_inserter(sorted));
        sorted.append(row);
        from = at;
    }
    std::copy(from, m_sorted.cend(), std::back_inserter(sorted));

    QVector<int> visible = visibleRows(sorted, m_accepted);
    int firstShown = -1, lastShown = -1, shown = 0;
    for (int row = 0; row < visible.size(); ++row) {
        if (visible.at(row) >= first && visible.at(row) <= last) {
            if (firstShown < 0)
                firstShown = row;
            lastShown = row;
            ++shown;
        }
    }
    const auto apply = [&] {
        m_sorted = std::move(sorted);
        rebuildVisible();
    };
    if (shown == 0) {
        apply();
    } else if (lastShown - firstShown + 1 == shown) {
        // One block (a typed event, or an import later than everything shown): plain row inserts.
        beginInsertRows(QModelIndex(), firstShown, lastShown);
        apply();
        endInsertRows();
    } else {
        // An import scattered through the sorted rows: one layout change instead of a signal per row.
        beginRelayout();
        apply();
        endRelayout();
    }
}

void TimelineFilterProxy::onRowsAboutToBeRemoved(int first, int last)
{
    QVector<int> rows;
    for (int row = first; row <= last && row < m_proxyRowOf.size(); ++row) {
        if (m_proxyRowOf.at(row) >= 0)
            rows.append(m_proxyRowOf.at(row));
    }
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        m_removal = Removal::None;
    } else if (rows.last() - rows.first() + 1 == rows.size()) {
        m_removal = Removal::Rows;
        beginRemoveRows(QModelIndex(), rows.first(), rows.last());
    } else {
        m_removal = Removal::Layout;
        beginRelayout();
    }
}

void TimelineFilterProxy::onRowsRemoved(int first, int last)
{
    removeSourceRows(m_sorted, first, last);
    if (m_searchBuilt)
        m_search.removeRows(first, last - first + 1);
    m_accepted.remove(first, last - first + 1);
    rebuildVisible();
    switch (std::exchange(m_removal, Removal::None)) {
    case Removal::None:
        break;
    case Removal::Rows:
        endRemoveRows();
        break;
    case Removal::Layout:
        for (int &row : m_relayoutSourceRows) {
            if (row > last)
                row -= last - first + 1;
            else if (row >= first)
                row = -1;
        }
        endRelayout();
        break;
    }
}

void TimelineFilterProxy::onDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QVector<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int top = topLeft.row(), bottom = bottomRight.row();
    const int left = topLeft.column(), right = bottomRight.column();
    // A tint (selection followed from another view) changes no sort key and no filter result.
    const bool looksOnly = roles.size() == 1 && roles.first() == Qt::BackgroundRole;
    if (!looksOnly && m_searchBuilt && left <= TimelineModel::SourceColumn &&
        right >= TimelineModel::ActorColumn && m_source->document() && bottom < m_search.size()) {
        // Many rows at once are a column repaint: of the searched fields only the names of people
        // change that way (an event's own edit is a row of its own).
        m_search.updateRows(*m_source->document(), top, bottom - top + 1,
            top == bottom ? TimelineSearchText::Changed::AnyEvent
                          : TimelineSearchText::Changed::EventsOfPeople);
    }
    if (looksOnly) {
        // Nothing moves: only the repaint below.
    } else if (top == bottom) {
        onRowChanged(top);
    } else {
        // Many rows at once: TimelineModel repaints whole columns when the time display, a person's
        // name or the causal nodes change. The time column sorts and filters by instants, which
        // only change through a row's own edit, so the repaints of the time display are skipped.
        const bool resort =
            m_sortColumn > TimelineModel::TimeColumn && m_sortColumn >= left && m_sortColumn <= right;
        const bool refilter =
            !m_filter.isEmpty() && left <= TimelineModel::SourceColumn && right >= TimelineModel::KindColumn;
        if (resort || refilter) {
            beginRelayout();
            for (int row = top; refilter && row <= bottom; ++row)
                m_accepted[row] = accepts(row);
            if (resort)
                sortAll();
            rebuildVisible();
            endRelayout();
        }
    }
    int firstShown = m_visible.size(), lastShown = -1;
    for (int row = top; row <= bottom && row < m_proxyRowOf.size(); ++row) {
        const int shown = m_proxyRowOf.at(row);
        if (shown >= 0) {
            firstShown = qMin(firstShown, shown);
            lastShown = qMax(lastShown, shown);
        }
    }
    if (lastShown >= 0)
        Q_EMIT dataChanged(index(firstShown, left), index(lastShown, right), roles);
}

void TimelineFilterProxy::onRowChanged(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_proxyRowOf.size())
        return;
    const int oldRow = m_proxyRowOf.at(sourceRow);
    const bool accepted = accepts(sourceRow);
    // Its new place: out of the sorted rows (its key may be stale there), then back in by search.
    m_sorted.removeOne(sourceRow);
    const auto at = std::lower_bound(
        m_sorted.cbegin(), m_sorted.cend(), sourceRow, [this](int x, int y) { return lessThan(x, y); });
    m_sorted.insert(int(at - m_sorted.cbegin()), sourceRow);
    m_accepted[sourceRow] = accepted;
    if (oldRow < 0 && !accepted) {
        rebuildVisible(); // hidden before and after: the proxy's rows are the same
        return;
    }
    if (oldRow >= 0 && !accepted) {
        beginRemoveRows(QModelIndex(), oldRow, oldRow);
        rebuildVisible();
        endRemoveRows();
        return;
    }
    const QVector<int> visible = visibleRows(m_sorted, m_accepted);
    const int newRow = int(visible.indexOf(sourceRow));
    if (oldRow < 0) {
        beginInsertRows(QModelIndex(), newRow, newRow);
        rebuildVisible();
        endInsertRows();
    } else if (oldRow != newRow) {
        // A layout change rather than a row move: views and headers handle it the same in Qt 5.
        beginRelayout(QAbstractItemModel::VerticalSortHint);
        rebuildVisible();
        endRelayout();
    }
}

} // namespace causeway
