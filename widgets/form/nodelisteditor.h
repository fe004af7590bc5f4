// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "formcard.h"

#include <QFrame>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QVBoxLayout;

namespace causeway {

class BoundLineEdit;
class Document;
class NodeCard;
class ProseEdit;

/**
 * The causal nodes of some types (the trigger, the conditions, the defences, the warning signs) as
 * an editable list: label, description, defence state, root-cause mark. Adding one here adds the
 * node to the diagram without a position (the layout places it); a node added, changed or
 * removed elsewhere appears, changes or goes here at once.
 */
class NodeListEditor : public QWidget
{
    Q_OBJECT
public:
    NodeListEditor(Document *document, const QVector<NodeType> &types, QWidget *parent = nullptr);

    /// Adds a node of the first type, focused for typing its label. Returns its id.
    NodeId addNode(NodeType type);
    NodeCard *cardFor(NodeId id) const { return m_cards.value(id); }
    int count() const { return m_cards.size(); }
    QList<ProseEdit *> proseEditors() const;

Q_SIGNALS:
    void proseEditorAdded(causeway::ProseEdit *editor);

private:
    void insertCard(NodeId id);
    void removeCard(NodeId id);
    void onNodeChanged(NodeId id, CausalNode::Fields fields);
    int insertionIndex(NodeId id) const;
    void updateEmptyNote();

    Document *m_document;
    QVector<NodeType> m_types;
    QVBoxLayout *m_list;
    QLabel *m_empty;
    QHash<NodeId, NodeCard *> m_cards;
};

/// One node in a NodeListEditor.
class NodeCard : public FormCard
{
    Q_OBJECT
public:
    NodeCard(Document *document, NodeId id, QWidget *parent = nullptr);

    void sync(CausalNode::Fields fields);
    void focusLabel();
    BoundLineEdit *labelEdit() const { return m_label; }
    ProseEdit *descriptionEdit() const { return m_description; }

private:
    Document *m_document;
    NodeId m_id;
    QLabel *m_badge;
    BoundLineEdit *m_label;
    ProseEdit *m_description;
    QComboBox *m_state = nullptr;
    QCheckBox *m_rootCause = nullptr;
    QLabel *m_evidence;
};

} // namespace causeway
