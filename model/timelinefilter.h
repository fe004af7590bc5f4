// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

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
};

} // namespace causeway
