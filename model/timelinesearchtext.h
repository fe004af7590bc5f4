// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace causeway {

class Document;
struct TimelineEvent;

/**
 * The text a TimelineFilter searches (an event's text, actor, source file and tags), per event,
 * case-folded and packed into one buffer: filtering a million events as the user types then reads
 * about 100 bytes per event from one place instead of several strings spread over the heap.
 *
 * Rows are the document's event indexes; whoever owns the index keeps it in step with the document
 * (insertRows, removeRows, updateRows), e.g. the timeline's proxy as its source rows change.
 *
 * Only ASCII is folded here, where folding is plain lowercasing. An event with any other character
 * in those fields is marked, and contains() answers Unknown for it: the caller then asks
 * TimelineFilter::matches(), so the answer is always exactly that of QString::contains() with
 * Qt::CaseInsensitive.
 */
class TimelineSearchText
{
public:
    /// A filter text prepared once for many events.
    class Needle
    {
    public:
        explicit Needle(const QString &text);
        /// Whether contains() can answer for this text: it is ASCII and not empty.
        bool isUsable() const { return m_usable; }

    private:
        friend class TimelineSearchText;
        QByteArray m_folded;
        bool m_usable = false;
    };

    enum class Match { No, Yes, Unknown };

    /// Drops everything and indexes every event of \a document.
    void rebuild(const Document &document);
    /// Events [first, first + count) of \a document were inserted.
    void insertRows(const Document &document, int first, int count);
    void removeRows(int first, int count);
    /// Which of the rows given to updateRows() may have changed.
    enum class Changed { AnyEvent, EventsOfPeople };
    /**
     * Events [first, first + count) of \a document changed (their text, tags, actor or source), or
     * with EventsOfPeople only the names of people, which only the events of a person show.
     */
    void updateRows(const Document &document, int first, int count, Changed changed = Changed::AnyEvent);

    int size() const { return int(m_rows.size()); }
    /// Whether the searched text of the event at \a row contains \a needle, ignoring case.
    Match contains(int row, const Needle &needle) const;

    /// Bytes held, for the benchmarks.
    qint64 memoryUse() const;

private:
    struct Row
    {
        qint64 start = 0; // in m_text
        qint32 size = -1; // -1: not ASCII, contains() answers Unknown
    };

    Row append(const TimelineEvent &event, const Document &document);
    void compactIfWasteful();

    QByteArray m_text; // per row: the folded fields, each followed by '\0'
    std::vector<Row> m_rows;
    qint64 m_unused = 0; // bytes of m_text no row points to any more
};

} // namespace causeway
