// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QHash>
#include <QWidget>

class QVBoxLayout;

namespace causeway {

class Document;
class ProseEdit;

/**
 * Lessons learned in three lists: went well, went wrong, where we got lucky. Each lesson is edited
 * in place; adding and removing are undoable, and lessons added elsewhere appear at once.
 */
class LessonsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LessonsEditor(Document *document, QWidget *parent = nullptr);

    /// Adds an empty lesson of \a category and focuses it. Returns its id.
    LessonId addLesson(LessonCategory category);
    ProseEdit *editorFor(LessonId id) const { return m_rows.value(id).editor; }
    QList<ProseEdit *> proseEditors() const;

Q_SIGNALS:
    void proseEditorAdded(causeway::ProseEdit *editor);

private:
    struct Row
    {
        QWidget *widget = nullptr;
        ProseEdit *editor = nullptr;
        LessonCategory category = LessonCategory::WentWell;
    };
    void insertRow(LessonId id);
    void removeRow(LessonId id);

    Document *m_document;
    QVBoxLayout *m_lists[3];
    QHash<LessonId, Row> m_rows;
};

} // namespace causeway
