// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVector>

namespace causeway {

class Document;

/**
 * What the user has selected, shared by every view of one document, so that selection follows
 * across views: selecting a node in the diagram highlights its evidence events in the timeline
 * and its place in the form, and selecting events highlights the nodes they support.
 *
 * A view that changes its own selection reports it here with itself as the origin; every view
 * listens to changed() and, when it is not the origin, shows the highlighted ids without taking
 * over the selection (a view never fights the one the user is working in). The hub holds ids
 * only; it drops ids of entities that are removed from the document.
 */
class SelectionHub : public QObject
{
    Q_OBJECT
public:
    explicit SelectionHub(const Document *document, QObject *parent = nullptr);

    void selectNodes(const QVector<NodeId> &nodes, QObject *origin);
    void selectEvents(const QVector<EventId> &events, QObject *origin);
    /// A path to emphasise in the diagram, e.g. the Five Whys chain of the selected step.
    void setPath(const QVector<NodeId> &nodes, QObject *origin);

    const QVector<NodeId> &selectedNodes() const { return m_nodes; }
    const QVector<EventId> &selectedEvents() const { return m_events; }
    const QVector<NodeId> &path() const { return m_path; }
    /// The view that made the current selection (null after a removal or when cleared).
    QObject *origin() const { return m_origin; }

    /// Events to highlight: the evidence of the selected nodes, or else the selected events.
    QSet<EventId> highlightedEvents() const;
    /// Nodes to highlight: the selected nodes, or else the nodes the selected events support.
    QSet<NodeId> highlightedNodes() const;

Q_SIGNALS:
    void changed(QObject *origin);
    void pathChanged(QObject *origin);

private:
    void forgetNode(NodeId id);
    void forgetEvent(EventId id);

    const Document *m_document;
    QVector<NodeId> m_nodes;
    QVector<EventId> m_events;
    QVector<NodeId> m_path;
    QPointer<QObject> m_origin;
};

} // namespace causeway
