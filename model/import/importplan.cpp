// SPDX-License-Identifier: GPL-3.0-or-later
#include "importplan.h"

#include "document.h"

#include <QCoreApplication>
#include <QMultiHash>

namespace causeway {

namespace {

size_t keyHash(const TimelineEvent &e)
{
    return ::qHash(e.source.format) ^ ::qHash(e.time.utcMicroseconds()) ^ (::qHash(e.text) * 31) ^
        (::qHash(e.actor) * 17) ^ ::qHash(e.person.value);
}

bool sameRecord(const TimelineEvent &a, const TimelineEvent &b)
{
    return a.time.utcMicroseconds() == b.time.utcMicroseconds() && a.source.format == b.source.format &&
        a.text == b.text && a.actor == b.actor && a.person == b.person;
}

} // namespace

ImportPlan planImport(const Document &document, QVector<TimelineEvent> events)
{
    // Hash buckets with an exact comparison: a hash collision never drops a real event.
    QMultiHash<size_t, const TimelineEvent *> seen;
    for (const TimelineEvent &e : document.events()) {
        if (e.source.type == SourceType::Imported)
            seen.insert(keyHash(e), &e);
    }
    ImportPlan plan;
    // Reserved up front: `seen` points into toAdd, which therefore must never reallocate.
    plan.toAdd.reserve(events.size());
    for (TimelineEvent &e : events) {
        const size_t h = keyHash(e);
        bool repeat = false;
        for (auto it = seen.constFind(h); it != seen.constEnd() && it.key() == h; ++it) {
            if (sameRecord(**it, e)) {
                repeat = true;
                break;
            }
        }
        if (repeat) {
            ++plan.duplicates;
            continue;
        }
        plan.toAdd.append(std::move(e));
        seen.insert(h, &plan.toAdd.last());
    }
    return plan;
}

QVector<EventId> applyImport(Document &document, ImportPlan plan, const QString &sourceName)
{
    const int n = plan.toAdd.size();
    const QString text = n == 1
        ? QCoreApplication::translate("Undo Commands", "Import 1 Event from %1").arg(sourceName)
        : QCoreApplication::translate("Undo Commands", "Import %1 Events from %2").arg(n).arg(sourceName);
    return document.appendEvents(std::move(plan.toAdd), text);
}

} // namespace causeway
