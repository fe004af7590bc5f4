// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionhub.h"

#include "document.h"

namespace causeway {

SelectionHub::SelectionHub(const Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    QObject::connect(document, &Document::nodeAboutToBeRemoved, this, &SelectionHub::forgetNode);
    QObject::connect(document, &Document::eventAboutToBeRemoved, this, &SelectionHub::forgetEvent);
    QObject::connect(document, &Document::eventsAboutToBeTruncated, this, [this](int first) {
        const QVector<TimelineEvent> &events = m_document->events();
        QSet<EventId> gone;
        for (int i = first; i < events.size(); ++i)
            gone.insert(events.at(i).id);
        const int before = m_events.size();
        m_events.erase(std::remove_if(m_events.begin(), m_events.end(),
                           [&gone](EventId id) { return gone.contains(id); }),
            m_events.end());
        if (m_events.size() != before) {
            m_origin = nullptr;
            Q_EMIT changed(nullptr);
        }
    });
}

void SelectionHub::selectNodes(const QVector<NodeId> &nodes, QObject *origin)
{
    if (nodes == m_nodes && m_events.isEmpty() && origin == m_origin)
        return;
    m_nodes = nodes;
    m_events.clear();
    m_origin = origin;
    Q_EMIT changed(origin);
}

void SelectionHub::selectEvents(const QVector<EventId> &events, QObject *origin)
{
    if (events == m_events && m_nodes.isEmpty() && origin == m_origin)
        return;
    m_events = events;
    m_nodes.clear();
    m_origin = origin;
    Q_EMIT changed(origin);
}

void SelectionHub::setPath(const QVector<NodeId> &nodes, QObject *origin)
{
    if (nodes == m_path)
        return;
    m_path = nodes;
    Q_EMIT pathChanged(origin);
}

QSet<EventId> SelectionHub::highlightedEvents() const
{
    QSet<EventId> result;
    if (m_nodes.isEmpty()) {
        for (EventId id : m_events)
            result.insert(id);
        return result;
    }
    for (NodeId id : m_nodes) {
        if (const CausalNode *node = m_document->node(id)) {
            for (EventId e : node->evidenceEvents)
                result.insert(e);
        }
    }
    return result;
}

QSet<NodeId> SelectionHub::highlightedNodes() const
{
    QSet<NodeId> result;
    for (NodeId id : m_nodes)
        result.insert(id);
    if (!m_nodes.isEmpty() || m_events.isEmpty())
        return result;
    QSet<EventId> events;
    for (EventId id : m_events)
        events.insert(id);
    for (const CausalNode &node : m_document->nodes()) {
        for (EventId e : node.evidenceEvents) {
            if (events.contains(e)) {
                result.insert(node.id);
                break;
            }
        }
    }
    return result;
}

void SelectionHub::forgetNode(NodeId id)
{
    const bool selected = m_nodes.removeAll(id) > 0;
    if (m_path.removeAll(id) > 0)
        Q_EMIT pathChanged(nullptr);
    if (selected) {
        m_origin = nullptr;
        Q_EMIT changed(nullptr);
    }
}

void SelectionHub::forgetEvent(EventId id)
{
    if (m_events.removeAll(id) > 0) {
        m_origin = nullptr;
        Q_EMIT changed(nullptr);
    }
}

} // namespace causeway
