// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

namespace causeway {

class Document;

/// What an import will do to a document: the events it adds and the ones it leaves out as repeats.
struct ImportPlan
{
    QVector<TimelineEvent> toAdd;
    int duplicates = 0; ///< already in the document (an earlier import of the same source) or repeated
};

/**
 * Leaves out events the document already has, so that importing the same file again adds nothing:
 * an event is a repeat when its source format, moment, actor and text equal an existing event's.
 */
ImportPlan planImport(const Document &document, QVector<TimelineEvent> events);

/// Adds the plan's events as one undo step ("Import 120 Events from alerts.json").
QVector<EventId> applyImport(Document &document, ImportPlan plan, const QString &sourceName);

} // namespace causeway
