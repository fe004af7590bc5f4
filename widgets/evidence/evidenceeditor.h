// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace causeway {

class BoundLineEdit;
class CodeEditor;
class Document;

/**
 * Edits one evidence item: its title, language, file name, the events and nodes it supports, and
 * its content (text in a CodeEditor, or the image). Every change is a document edit; typing in
 * the content is one undo step per visit of the field, as in the form's prose fields. Changes
 * from elsewhere (undo, redo) update the fields without creating steps.
 */
class EvidenceEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceEditor(Document *document, QWidget *parent = nullptr);

    /// Shows \a id (an invalid id shows nothing and disables the fields).
    void setEvidence(EvidenceId id);
    EvidenceId evidence() const { return m_id; }

    BoundLineEdit *titleEdit() const { return m_title; }
    BoundLineEdit *fileNameEdit() const { return m_fileName; }
    QComboBox *languageBox() const { return m_language; }
    CodeEditor *codeEditor() const { return m_code; }
    QLabel *imageLabel() const { return m_image; }

    /// Sets the language (one undo step); "" is plain text.
    void setLanguage(const QString &language);
    /// Takes the language from the file name, or guesses it from the text.
    void detectLanguage();
    /// Opens the check lists of the events or nodes the item supports.
    void chooseEvents();
    void chooseNodes();
    /// Sets what the item supports (one undo step each).
    void setEvents(const QVector<EventId> &events);
    void setNodes(const QVector<NodeId> &nodes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Evidence *current() const;
    void refresh(Evidence::Fields fields);
    void refreshContent();
    void refreshLanguage();
    void refreshLinks();
    void writeText();
    void fillLanguages();

    Document *m_document;
    EvidenceId m_id;
    BoundLineEdit *m_title;
    BoundLineEdit *m_fileName;
    QComboBox *m_language;
    QPushButton *m_detect;
    QLabel *m_events;
    QLabel *m_nodes;
    QPushButton *m_chooseEvents;
    QPushButton *m_chooseNodes;
    QStackedWidget *m_content;
    CodeEditor *m_code;
    QScrollArea *m_imageScroll;
    QLabel *m_image;
    bool m_updating = false;
};

} // namespace causeway
