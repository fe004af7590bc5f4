// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "timelinesearchtext.h"

#include <optional>

namespace causeway {

class Document;

/**
 * What the timeline shows: every condition that is set must hold. Kept in the model so that the
 * table, exports and the command line filter the same way, and so that it can be measured.
 */
struct TimelineFilter
{
    QString text; ///< in the text, actor, tags or source, case-insensitive
    std::optional<EventKind> kind;
    QString tag; ///< an exact tag, case-insensitive
    QString actor; ///< part of the actor's name, case-insensitive
    Instant from; ///< inclusive; invalid: no lower bound
    Instant to; ///< inclusive; invalid: no upper bound

    bool isEmpty() const;
    bool matches(const TimelineEvent &event, const Document &document) const;
    /**
     * matches() for the event at \a row of \a document, its text looked up in \a search (which must
     * be in step with the document's events) with \a needle prepared from this filter's text.
     */
    bool matches(int row, const Document &document, const TimelineSearchText &search,
        const TimelineSearchText::Needle &needle) const;

private:
    bool matchesAllButText(const TimelineEvent &event, const QString &actorName) const;
    bool matchesText(const TimelineEvent &event, const QString &actorName) const;
};

} // namespace causeway
