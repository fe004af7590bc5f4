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

bool TimelineFilter::matches(const TimelineEvent &e, const Document &document) const
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
    if (actor.isEmpty() && text.isEmpty())
        return true;
    const QString actorName = document.actorName(e); // a shared copy, not a new string
    if (!actor.isEmpty() && !containsIgnoringCase(actorName, actor))
        return false;
    if (!text.isEmpty()) {
        if (containsIgnoringCase(e.text, text) || containsIgnoringCase(actorName, text) ||
            containsIgnoringCase(e.source.file, text))
            return true;
        for (const QString &t : e.tags) {
            if (containsIgnoringCase(t, text))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace causeway
