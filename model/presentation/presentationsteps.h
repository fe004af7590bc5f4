// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QHash>
#include <QSet>
#include <QVector>

namespace causeway {

class Document;

/// How a presentation walks the timeline: one event at a time, or one milestone (with the events before it).
enum class StepMode { Events, Milestones };

/// One step of a presentation: what it brings onto the screen.
struct PresentationStep
{
    /// The events this step adds to the timeline, in time order; the last one is the step's focus.
    QVector<EventId> events;
    /// Nodes supported by this step's events: the diagram highlights them.
    QSet<NodeId> highlighted;
    /// Nodes supported by any event up to and including this step: the diagram shows these.
    QSet<NodeId> revealed;

    EventId focus() const { return events.isEmpty() ? EventId() : events.constLast(); }
};

/**
 * The nodes each event is evidence for: a node's own evidence events, and an evidence item (a log
 * excerpt, a screenshot) attached to both the event and the node. Each list is sorted by node id.
 */
QHash<EventId, QVector<NodeId>> nodesSupportedByEvents(const Document &document);

/// The timeline's events in time order (the order they happened, whatever order they were entered in).
QVector<EventId> eventsInTimeOrder(const Document &document);

/**
 * Whether \a event marks a chapter of the incident: a milestone event, the trigger, or the event at
 * one of the incident's key instants (started, detected, mitigated, resolved).
 */
bool isMilestone(const TimelineEvent &event, const Incident &incident);

/**
 * The steps of a presentation of a document: computed once from the document, no screen needed.
 *
 * In Events mode each event in time order is a step. In Milestones mode each milestone is a step
 * that brings in every event since the previous milestone; events after the last milestone form a
 * last step, so that the end of every walk shows the whole timeline and every supported node.
 */
class PresentationSteps
{
public:
    PresentationSteps() = default;
    PresentationSteps(const Document &document, StepMode mode);

    StepMode mode() const { return m_mode; }
    int count() const { return int(m_steps.size()); }
    bool isEmpty() const { return m_steps.isEmpty(); }
    const PresentationStep &at(int index) const { return m_steps.at(index); }
    /// The step that brings \a event in, or -1 for an unknown event.
    int stepOf(EventId event) const { return m_stepOfEvent.value(event, -1); }
    /// Every event shown once step \a index is reached, in time order.
    QVector<EventId> eventsUpTo(int index) const;

private:
    StepMode m_mode = StepMode::Events;
    QVector<PresentationStep> m_steps;
    QHash<EventId, int> m_stepOfEvent;
};

/**
 * Where a presentation is: its steps and the current one, moved by the presenter's keys. Switching
 * the mode keeps the current event on screen (the step that brings it in, in the other mode).
 */
class PresentationCursor
{
public:
    PresentationCursor() = default;
    PresentationCursor(const Document &document, StepMode mode);

    const PresentationSteps &steps() const { return m_steps; }
    StepMode mode() const { return m_steps.mode(); }
    /// The current step, or -1 when there are none (an empty timeline).
    int current() const { return m_current; }
    const PresentationStep *currentStep() const;

    /// Each returns whether the current step changed.
    bool next();
    bool previous();
    bool first();
    bool last();
    bool goTo(int index);
    /// Rebuilds the steps for \a mode around the current event.
    void setMode(const Document &document, StepMode mode);

private:
    PresentationSteps m_steps;
    int m_current = -1;
};

} // namespace causeway
