// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace causeway {

class Document;

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

private:
    QTreeWidgetItem *makeGroup(const QString &title);
    void rebuildIncident();
    void rebuildPeople();
    void rebuildSections();
    void rebuildAnswers();
    void rebuildActions();
    void rebuildLessons();

    Document *m_document;
    QTreeWidgetItem *m_incident;
    QTreeWidgetItem *m_people;
    QTreeWidgetItem *m_sections;
    QTreeWidgetItem *m_answers;
    QTreeWidgetItem *m_actions;
    QTreeWidgetItem *m_lessons;
};

} // namespace causeway
