// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's fast path for timeline events: a million of them are read per file, and building a
// QJsonObject for each (then looking every key up in it) was most of the time of opening one.
#include "documentcontentreader.h"
#include "jsonpiecelexer.h"

#include <cstring>

namespace causeway::reading {

namespace {

// The keys of an event, in the order they are written; a bit each in the set of keys seen.
constexpr const char *EventKeys[] = { "id", "time", "end", "kind", "person", "actor", "text", "tags", "flags",
    "source", "note" };
constexpr const char *SourceKeys[] = { "type", "format", "file", "line" };

template<size_t N>
int keyIndex(const char *const (&keys)[N], const char *begin, qsizetype size)
{
    for (size_t i = 0; i < N; ++i) {
        if (qsizetype(std::strlen(keys[i])) == size && std::memcmp(keys[i], begin, size_t(size)) == 0)
            return int(i);
    }
    return -1;
}

/// A value of E named by a plain string.
template<class E>
bool enumName(JsonPieceLexer &lex, E *out)
{
    const char *begin;
    qsizetype size;
    if (!lex.plainString(&begin, &size))
        return false;
    for (int i = 0; i < enumCount<E>(); ++i) {
        const char *name = EnumNames<E>::names[i];
        if (qsizetype(std::strlen(name)) == size && std::memcmp(name, begin, size_t(size)) == 0) {
            *out = E(i);
            return true;
        }
    }
    return false;
}

/// A valid RFC 3339 time, or null when \a nullable.
bool instant(JsonPieceLexer &lex, bool nullable, Instant *out)
{
    if (nullable && lex.null())
        return true;
    const char *begin;
    qsizetype size;
    if (!lex.plainString(&begin, &size))
        return false;
    *out = Instant::parseRfc3339(QString::fromLatin1(begin, int(size)));
    return out->isValid();
}

/// An id of at least 1, or null when \a nullable.
bool id(JsonPieceLexer &lex, bool nullable, quint64 *out)
{
    if (nullable && lex.null())
        return true;
    qint64 n;
    if (!lex.integer(&n) || n < 1)
        return false;
    *out = quint64(n);
    return true;
}

/// An array of strings.
bool strings(JsonPieceLexer &lex, QStringList *out)
{
    if (!lex.take('['))
        return false;
    if (lex.take(']'))
        return true;
    do {
        QString text;
        if (!lex.string(&text))
            return false;
        out->append(text);
    } while (lex.take(','));
    return lex.take(']');
}

/// Flags known and in eventFlagNames() order, each once.
bool flags(JsonPieceLexer &lex, EventFlags *out)
{
    QStringList names;
    if (!strings(lex, &names))
        return false;
    int previous = -1;
    for (const QString &name : names) {
        int known = -1;
        for (int f = 0; f < eventFlagNames().size(); ++f) {
            if (name == eventFlagNames().at(f).second)
                known = f;
        }
        if (known <= previous)
            return false;
        *out |= eventFlagNames().at(known).first;
        previous = known;
    }
    return true;
}

bool source(JsonPieceLexer &lex, EventSource *out)
{
    if (!lex.take('{'))
        return false;
    unsigned seen = 0;
    do {
        const char *key;
        qsizetype size;
        if (!lex.plainString(&key, &size) || !lex.take(':'))
            return false;
        const int k = keyIndex(SourceKeys, key, size);
        if (k < 0 || (seen & (1u << k)))
            return false;
        seen |= 1u << k;
        bool ok = false;
        switch (k) {
        case 0:
            ok = enumName(lex, &out->type);
            break;
        case 1:
            ok = lex.string(&out->format);
            break;
        case 2:
            ok = lex.string(&out->file);
            break;
        default:
            ok = lex.integer(&out->line) && out->line >= 0;
            break;
        }
        if (!ok)
            return false;
    } while (lex.take(','));
    return lex.take('}') && seen == (1u << std::size(SourceKeys)) - 1;
}

} // namespace

bool Reader::plainEvent(const char *data, qsizetype size)
{
    JsonPieceLexer lex(data, size);
    TimelineEvent e;
    quint64 eventId = 0, person = 0;
    if (!lex.take('{'))
        return false;
    unsigned seen = 0;
    do {
        const char *key;
        qsizetype keySize;
        if (!lex.plainString(&key, &keySize) || !lex.take(':'))
            return false;
        const int k = keyIndex(EventKeys, key, keySize);
        if (k < 0 || (seen & (1u << k)))
            return false; // an unknown key, or one given twice: the slow path says which
        seen |= 1u << k;
        bool ok = false;
        switch (k) {
        case 0:
            ok = id(lex, false, &eventId);
            break;
        case 1:
            ok = instant(lex, false, &e.time);
            break;
        case 2:
            ok = instant(lex, true, &e.end);
            break;
        case 3:
            ok = enumName(lex, &e.kind);
            break;
        case 4:
            ok = id(lex, true, &person);
            break;
        case 5:
            ok = lex.string(&e.actor);
            break;
        case 6:
            ok = lex.string(&e.text);
            break;
        case 7:
            ok = strings(lex, &e.tags);
            break;
        case 8:
            ok = flags(lex, &e.flags);
            break;
        case 9:
            ok = source(lex, &e.source);
            break;
        default:
            ok = lex.string(&e.note);
            break;
        }
        if (!ok)
            return false;
    } while (lex.take(','));
    if (!lex.take('}') || !lex.atEnd() || seen != (1u << std::size(EventKeys)) - 1)
        return false;
    // The rules between fields, as readEvent() checks them.
    if (e.end.isValid() && e.end < e.time)
        return false;
    if (person != 0 && !e.actor.isEmpty())
        return false;
    IdFirstUse &firstUse = m_firstUse[TimelineList];
    if (firstUse.find(eventId) >= 0)
        return false; // the slow path reports which element used the id first

    // A valid event: what readElement() and readEvent() would have kept.
    const int index = m_index[TimelineList]++;
    firstUse.add(eventId, index);
    e.id = EventId(eventId);
    e.person = PersonId(person);
    e.actor = m_pool.intern(e.actor);
    e.tags = m_pool.intern(e.tags);
    e.source.format = m_pool.intern(e.source.format);
    e.source.file = m_pool.intern(e.source.file);
    m_content.events.append(std::move(e));
    return true;
}

} // namespace causeway::reading
