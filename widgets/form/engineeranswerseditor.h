// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "formcard.h"

#include <QFrame>
#include <QHash>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace causeway {

class Document;
class AnswerCard;
class ProseEdit;

/**
 * "If a different engineer made the same mistake, would our current systems catch it?" One card per
 * human action on the causal path: every trigger, and every other node someone has answered for.
 * Each has yes / partly / no, the defence that would catch it, an explanation, and its actions; on
 * "no", one click adds a corrective action linked both ways (one undo step).
 */
class EngineerAnswersEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EngineerAnswersEditor(Document *document, QWidget *parent = nullptr);

    AnswerCard *cardFor(NodeId node) const { return m_cards.value(node); }
    QList<ProseEdit *> proseEditors() const;

Q_SIGNALS:
    void proseEditorAdded(causeway::ProseEdit *editor);

private:
    void syncCards();
    QVector<NodeId> askedNodes() const;

    Document *m_document;
    QVBoxLayout *m_list;
    QLabel *m_empty;
    QHash<NodeId, AnswerCard *> m_cards;
};

/// The question about one node.
class AnswerCard : public FormCard
{
    Q_OBJECT
public:
    AnswerCard(Document *document, NodeId node, QWidget *parent = nullptr);

    void sync();
    /// Clicks the answer button for \a answer (what a user does).
    void choose(EngineerAnswer answer);
    /// The "add a corrective action" button shown on "no".
    QPushButton *addActionButton() const { return m_addAction; }
    ProseEdit *explanationEdit() const { return m_explanation; }

private:
    Document *m_document;
    NodeId m_node;
    QLabel *m_badge;
    QLabel *m_title;
    QButtonGroup *m_answers;
    QComboBox *m_defence;
    ProseEdit *m_explanation;
    QLabel *m_actions;
    QLabel *m_verdict;
    QPushButton *m_addAction;
};

} // namespace causeway
