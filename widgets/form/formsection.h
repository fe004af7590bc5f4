// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/templates.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace causeway {

class ActionsPanel;
class Document;
class EngineerAnswersEditor;
class WhysSummary;
class LessonsEditor;
class NodeListEditor;
class ProseEdit;

/**
 * One section of the form: its title, a line of guidance, its prose (Markdown) and what its kind
 * shows (node list, Five Whys, answers, actions, lessons). A section outside the current template
 * can still be shown, marked as such, so that no text is ever out of reach.
 */
class FormSection : public QFrame
{
    Q_OBJECT
public:
    /// \a definition may be null for a key no template knows (prose only, titled by its key).
    FormSection(Document *document, const QString &key, const SectionDefinition *definition,
        QWidget *parent = nullptr);

    QString key() const { return m_key; }
    QString title() const;
    /// The title in the outline: shorter where the title is a whole question.
    QString outlineTitle() const;
    ProseEdit *prose() const { return m_prose; }
    NodeListEditor *nodeEditor() const { return m_nodes; }
    EngineerAnswersEditor *answersEditor() const { return m_answers; }
    LessonsEditor *lessonsEditor() const { return m_lessons; }
    ActionsPanel *actionsPanel() const { return m_actions; }
    QList<ProseEdit *> proseEditors() const;
    /// Marks the section as not part of the current template (shown on request only).
    void setOutsideTemplate(bool outside);

Q_SIGNALS:
    void proseEditorAdded(causeway::ProseEdit *editor);

private:
    QString m_key;
    const SectionDefinition *m_definition;
    QLabel *m_title;
    QLabel *m_outsideTag;
    ProseEdit *m_prose = nullptr;
    NodeListEditor *m_nodes = nullptr;
    EngineerAnswersEditor *m_answers = nullptr;
    LessonsEditor *m_lessons = nullptr;
    ActionsPanel *m_actions = nullptr;
    WhysSummary *m_fiveWhys = nullptr;
};

} // namespace causeway
