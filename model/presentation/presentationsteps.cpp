// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationsteps.h"

#include "document.h"

#include <algorithm>

namespace causeway {

QHash<EventId, QVector<NodeId>> nodesSupportedByEvents(const Document &document)
{
    QHash<EventId, QSet<NodeId>> sets;
    for (const CausalNode &n : document.nodes()) {
        for (EventId e : n.evidenceEvents)
            sets[e].insert(n.id);
    }
    // An evidence item attached to an event and to a node ties them: the excerpt the event
    // produced is what supports the node.
    for (const Evidence &item : document.evidence()) {
        for (EventId e : item.events) {
            for (NodeId n : item.nodes) {
                if (document.node(n))
                    sets[e].insert(n);
            }
        }
    }
    QHash<EventId, QVector<NodeId>> out;
    for (auto it = sets.cbegin(); it != sets.cend(); ++it) {
        QVector<NodeId> nodes(it.value().cbegin(), it.value().cend());
        std::sort(nodes.begin(), nodes.end());
        out.insert(it.key(), nodes);
    }
    return out;
}

QVector<EventId> eventsInTimeOrder(const Document &document)
{
    QVector<const TimelineEvent *> events;
    events.reserve(document.events().size());
    for (const TimelineEvent &e : document.events())
        events.append(&e);
    // Stable: events at the same instant keep the order they were entered in; events without a
    // time come last, where the timeline shows them.
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent *a, const TimelineEvent *b) {
        if (a->time.isValid() != b->time.isValid())
            return a->time.isValid();
        return a->time < b->time;
    });
    QVector<EventId> ids;
    ids.reserve(events.size());
    for (const TimelineEvent *e : events)
        ids.append(e->id);
    return ids;
}

bool isMilestone(const TimelineEvent &event, const Incident &incident)
{
    if (event.kind == EventKind::Milestone || event.flags.testFlag(EventFlag::Trigger))
        return true;
    if (!event.time.isValid())
        return false;
    for (const Instant *key :
        { &incident.started, &incident.detected, &incident.mitigated, &incident.resolved }) {
        if (key->isValid() && key->utcMicroseconds() == event.time.utcMicroseconds())
            return true;
    }
    return false;
}

PresentationSteps::PresentationSteps(const Document &document, StepMode mode)
    : m_mode(mode)
{
    const QHash<EventId, QVector<NodeId>> supported = nodesSupportedByEvents(document);
    QSet<NodeId> revealed;
    PresentationStep step;
    auto close = [&] {
        for (EventId e : qAsConst(step.events)) {
            for (NodeId n : supported.value(e))
                step.highlighted.insert(n);
        }
        revealed.unite(step.highlighted);
        step.revealed = revealed;
        for (EventId e : qAsConst(step.events))
            m_stepOfEvent.insert(e, int(m_steps.size()));
        m_steps.append(step);
        step = PresentationStep();
    };
    for (EventId id : eventsInTimeOrder(document)) {
        step.events.append(id);
        if (mode == StepMode::Events || isMilestone(*document.event(id), document.incident()))
            close();
    }
    if (!step.events.isEmpty())
        close();
}

QVector<EventId> PresentationSteps::eventsUpTo(int index) const
{
    QVector<EventId> out;
    for (int i = 0; i <= index && i < m_steps.size(); ++i)
        out += m_steps.at(i).events;
    return out;
}

PresentationCursor::PresentationCursor(const Document &document, StepMode mode)
    : m_steps(document, mode)
    , m_current(m_steps.isEmpty() ? -1 : 0)
{ }

const PresentationStep *PresentationCursor::currentStep() const
{
    return m_current < 0 ? nullptr : &m_steps.at(m_current);
}

bool PresentationCursor::goTo(int index)
{
    if (m_steps.isEmpty())
        return false;
    index = qBound(0, index, m_steps.count() - 1);
    if (index == m_current)
        return false;
    m_current = index;
    return true;
}

bool PresentationCursor::next()
{
    return goTo(m_current + 1);
}

bool PresentationCursor::previous()
{
    return goTo(m_current - 1);
}

bool PresentationCursor::first()
{
    return goTo(0);
}

bool PresentationCursor::last()
{
    return goTo(m_steps.count() - 1);
}

void PresentationCursor::setMode(const Document &document, StepMode mode)
{
    const PresentationStep *step = currentStep();
    const EventId focus = step ? step->focus() : EventId();
    m_steps = PresentationSteps(document, mode);
    m_current = m_steps.isEmpty() ? -1 : std::max(0, m_steps.stepOf(focus));
}

} // namespace causeway
