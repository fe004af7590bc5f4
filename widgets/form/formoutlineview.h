// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QPointer>
#include <QSet>
#include <QTreeWidget>

namespace causeway {

class Document;
class SelectionHub;

/**
 * The post-mortem form as an outline: the incident with its computed durations, the people, the
 * form's sections, the "different engineer" answers, corrective actions and lessons. Each group
 * is rebuilt when the document signals a change to that kind of entity. (The editable form is a
 * separate view.)
 */
class FormOutlineView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit FormOutlineView(Document *document, QWidget *parent = nullptr);

    /**
     * Shares the selection with the document's other views: choosing a row that concerns causal
     * nodes selects them, and nodes selected elsewhere (or the nodes that selected events support)
     * tint the rows that concern them: the node itself, the answers about it and the actions that
     * address it. The first such row is scrolled into view.
     */
    void setSelectionHub(SelectionHub *hub);
    /// The rows tinted for the current selection, in outline order.
    QList<QTreeWidgetItem *> highlightedItems() const;
    /// The tint of highlighted rows.
    static QBrush highlightBrush();

private:
    QTreeWidgetItem *makeGroup(const QString &title);
    void rebuildIncident();
    void rebuildPeople();
    void rebuildSections();
    void rebuildAnswers();
    void rebuildActions();
    void rebuildLessons();
    void rebuildNodes();
    void followHub(QObject *origin);
    void applyHighlight(bool scroll);

    Document *m_document;
    QTreeWidgetItem *m_incident;
    QTreeWidgetItem *m_people;
    QTreeWidgetItem *m_sections;
    QTreeWidgetItem *m_answers;
    QTreeWidgetItem *m_actions;
    QTreeWidgetItem *m_lessons;
    QTreeWidgetItem *m_nodes;
    QPointer<SelectionHub> m_hub;
    QSet<NodeId> m_highlighted;
};

} // namespace causeway
