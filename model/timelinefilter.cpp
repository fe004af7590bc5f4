// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinefilter.h"

#include "document.h"

namespace causeway {

namespace {

inline char16_t asciiLower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
}

/**
 * QString::contains(needle, Qt::CaseInsensitive) with the same answer, minus its per-character
 * Unicode case folding while both strings are ASCII, which they nearly always are. A match among
 * ASCII characters is a match for Qt too; without one, any non-ASCII text is left to Qt.
 */
bool containsIgnoringCase(const QString &haystack, const QString &needle)
{
    const qsizetype n = needle.size();
    const qsizetype m = haystack.size();
    const QChar *h = haystack.constData();
    const QChar *p = needle.constData();
    for (qsizetype j = 0; j < n; ++j) {
        if (p[j].unicode() >= 0x80)
            return haystack.contains(needle, Qt::CaseInsensitive);
    }
    if (n == 0)
        return true;
    const char16_t first = asciiLower(p[0].unicode());
    bool ascii = true;
    for (qsizetype i = 0; i < m; ++i) {
        const char16_t c = h[i].unicode();
        if (c >= 0x80) {
            ascii = false;
            continue;
        }
        if (asciiLower(c) != first || i + n > m)
            continue;
        qsizetype j = 1;
        while (j < n && asciiLower(h[i + j].unicode()) == asciiLower(p[j].unicode()))
            ++j;
        if (j == n)
            return true;
    }
    return !ascii && haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace

bool TimelineFilter::isEmpty() const
{
    return text.isEmpty() && !kind && tag.isEmpty() && actor.isEmpty() && !from.isValid() && !to.isValid();
}

bool TimelineFilter::matchesAllButText(const TimelineEvent &e, const QString &actorName) const
{
    // Cheapest tests first: this runs for every event on every keystroke.
    if (kind && e.kind != *kind)
        return false;
    if (from.isValid() && e.time < from)
        return false;
    if (to.isValid() && to < e.time)
        return false;
    if (!tag.isEmpty()) {
        bool found = false;
        for (const QString &t : e.tags)
            found = found || t.compare(tag, Qt::CaseInsensitive) == 0;
        if (!found)
            return false;
    }
    return actor.isEmpty() || containsIgnoringCase(actorName, actor);
}

bool TimelineFilter::matchesText(const TimelineEvent &e, const QString &actorName) const
{
    if (containsIgnoringCase(e.text, text) || containsIgnoringCase(actorName, text) ||
        containsIgnoringCase(e.source.file, text))
        return true;
    for (const QString &t : e.tags) {
        if (containsIgnoringCase(t, text))
            return true;
    }
    return false;
}

bool TimelineFilter::matches(const TimelineEvent &e, const Document &document) const
{
    // The actor's name is only looked up when a condition needs it (a shared copy, not a new string).
    const bool needsActor = !actor.isEmpty() || !text.isEmpty();
    const QString actorName = needsActor ? document.actorName(e) : QString();
    return matchesAllButText(e, actorName) && (text.isEmpty() || matchesText(e, actorName));
}

bool TimelineFilter::matches(int row, const Document &document, const TimelineSearchText &search,
    const TimelineSearchText::Needle &needle) const
{
    const TimelineEvent &e = document.events().at(row);
    const bool onlyText = !kind && tag.isEmpty() && actor.isEmpty() && !from.isValid() && !to.isValid();
    if (!onlyText && !matchesAllButText(e, actor.isEmpty() ? QString() : document.actorName(e)))
        return false;
    if (text.isEmpty())
        return true;
    switch (search.contains(row, needle)) {
    case TimelineSearchText::Match::Yes:
        return true;
    case TimelineSearchText::Match::No:
        return false;
    case TimelineSearchText::Match::Unknown:
        break;
    }
    return matchesText(e, document.actorName(e));
}

} // namespace causeway
