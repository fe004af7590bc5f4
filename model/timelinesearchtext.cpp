// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinesearchtext.h"

#include "document.h"

#include <cstring>
#include <string_view>

namespace causeway {

namespace {

/// Appends \a text lowercased and a '\0' to \a out; false (and \a out as it was) when \a text is not ASCII.
bool appendFolded(QByteArray &out, const QString &text)
{
    const qsizetype n = text.size();
    const char16_t *from = reinterpret_cast<const char16_t *>(text.constData());
    // Two plain loops without early exits, which the compiler turns into vector code: building the
    // text of a million events is then about as fast as reading their strings.
    char16_t any = 0;
    for (qsizetype i = 0; i < n; ++i)
        any |= from[i];
    if (any >= 0x80)
        return false;
    const qsizetype start = out.size();
    out.resize(start + n + 1);
    char *to = out.data() + start;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = from[i];
        to[i] = char(c + (char16_t(c - u'A') < 26 ? 32 : 0));
    }
    to[n] = '\0';
    return true;
}

} // namespace

TimelineSearchText::Needle::Needle(const QString &text)
{
    m_folded.reserve(text.size());
    for (const QChar c : text) {
        // '\0' separates the fields in the buffer: a needle with one could match across two.
        if (c.unicode() >= 0x80 || c.unicode() == 0)
            return;
        const char16_t u = c.unicode();
        m_folded.append(char(u >= u'A' && u <= u'Z' ? u + (u'a' - u'A') : u));
    }
    m_usable = !m_folded.isEmpty();
}

TimelineSearchText::Row TimelineSearchText::append(const TimelineEvent &event, const Document &document)
{
    Row row;
    row.start = m_text.size();
    // The fields TimelineFilter::matches() searches for its text, each on its own.
    bool ascii = appendFolded(m_text, event.text) && appendFolded(m_text, document.actorName(event)) &&
        appendFolded(m_text, event.source.file);
    for (int i = 0; ascii && i < event.tags.size(); ++i)
        ascii = appendFolded(m_text, event.tags.at(i));
    if (!ascii) {
        m_text.truncate(row.start);
        return row; // size -1: asked of TimelineFilter instead
    }
    row.size = qint32(m_text.size() - row.start);
    return row;
}

void TimelineSearchText::rebuild(const Document &document)
{
    const QVector<TimelineEvent> &events = document.events();
    m_text.clear();
    m_unused = 0;
    m_rows.clear();
    m_rows.reserve(events.size());
    for (const TimelineEvent &e : events)
        m_rows.push_back(append(e, document));
    m_text.squeeze();
}

void TimelineSearchText::insertRows(const Document &document, int first, int count)
{
    std::vector<Row> added;
    added.reserve(count);
    for (int i = first; i < first + count; ++i)
        added.push_back(append(document.events().at(i), document));
    m_rows.insert(m_rows.begin() + first, added.begin(), added.end());
}

void TimelineSearchText::removeRows(int first, int count)
{
    for (int i = first; i < first + count; ++i)
        m_unused += qMax(0, m_rows[i].size);
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + first + count);
    compactIfWasteful();
}

void TimelineSearchText::updateRows(const Document &document, int first, int count, Changed changed)
{
    // A changed event's text goes to the end; its old place is reclaimed by compactIfWasteful().
    for (int i = first; i < first + count; ++i) {
        if (changed == Changed::EventsOfPeople && !document.events().at(i).person.isValid())
            continue;
        m_unused += qMax(0, m_rows[i].size);
        m_rows[i] = append(document.events().at(i), document);
    }
    compactIfWasteful();
}

void TimelineSearchText::compactIfWasteful()
{
    if (m_unused < 1 << 20 || m_unused < m_text.size() / 2)
        return;
    QByteArray text;
    text.reserve(m_text.size() - m_unused);
    for (Row &row : m_rows) {
        if (row.size < 0)
            continue;
        const qint64 start = text.size();
        text.append(m_text.constData() + row.start, row.size);
        row.start = start;
    }
    m_text = text;
    m_unused = 0;
}

TimelineSearchText::Match TimelineSearchText::contains(int row, const Needle &needle) const
{
    const Row &r = m_rows[row];
    if (r.size < 0 || !needle.m_usable)
        return Match::Unknown;
    const char *haystack = m_text.constData() + r.start;
    const char *folded = needle.m_folded.constData();
#ifdef __GLIBC__
    // glibc's memmem skips ahead by pairs of bytes: several times faster here than a search that
    // stops at every occurrence of the first byte.
    return memmem(haystack, size_t(r.size), folded, size_t(needle.m_folded.size())) ? Match::Yes : Match::No;
#else
    const std::string_view text(haystack, size_t(r.size));
    return text.find(std::string_view(folded, size_t(needle.m_folded.size()))) != std::string_view::npos
        ? Match::Yes
        : Match::No;
#endif
}

qint64 TimelineSearchText::memoryUse() const
{
    return m_text.capacity() + qint64(m_rows.capacity() * sizeof(Row));
}

} // namespace causeway
