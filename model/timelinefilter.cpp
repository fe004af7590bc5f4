// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinefilter.h"

#include "document.h"

namespace causeway {

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
    if (!actor.isEmpty() && !document.actorName(e).contains(actor, Qt::CaseInsensitive))
        return false;
    if (!text.isEmpty()) {
        if (e.text.contains(text, Qt::CaseInsensitive) ||
            document.actorName(e).contains(text, Qt::CaseInsensitive) ||
            e.source.file.contains(text, Qt::CaseInsensitive))
            return true;
        for (const QString &t : e.tags) {
            if (t.contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace causeway
