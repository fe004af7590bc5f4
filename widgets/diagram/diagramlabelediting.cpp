// SPDX-License-Identifier: GPL-3.0-or-later
// Inline editing of node labels on the diagram scene: start, commit as one undo step, or cancel.
#include "diagramscene.h"

#include "diagramitems.h"
#include "document.h"
#include "nodelabeleditor.h"

#include <QGraphicsView>
#include <QTextCursor>

namespace causeway {

NodeId DiagramScene::addNodeAndEditLabel(NodeType type, const QPointF &centre, bool pinned)
{
    if (m_editor)
        finishLabelEdit(false);
    const NodeId id = addNode(type, centre, pinned);
    m_newNode = id;
    m_newNodeUndoIndex = m_document->undoStack()->index();
    selectNodes({ id });
    editLabel(id);
    return id;
}

void DiagramScene::editLabel(NodeId id, const QString &typed)
{
    NodeItem *item = m_nodes.value(id);
    const CausalNode *node = m_document->node(id);
    if (!item || !node)
        return;
    if (m_editor)
        finishLabelEdit(false);
    const QRectF rect = item->visual().sceneRect().adjusted(4, 4, -4, -4);
    m_editor = new NodeLabelEditor(typed.isEmpty() ? node->label : typed, rect, m_palette);
    m_editedNode = id;
    addItem(m_editor);
    connect(
        m_editor, &NodeLabelEditor::finished, this, [this](bool cancelled) { finishLabelEdit(cancelled); });
    if (typed.isEmpty()) {
        QTextCursor cursor = m_editor->textCursor();
        cursor.select(QTextCursor::Document);
        m_editor->setTextCursor(cursor);
    }
    m_editor->setFocus(Qt::OtherFocusReason);
    for (QGraphicsView *view : views())
        view->ensureVisible(rect);
}

void DiagramScene::finishLabelEdit(bool cancel)
{
    if (!m_editor)
        return;
    NodeLabelEditor *editor = std::exchange(m_editor, nullptr);
    const NodeId id = std::exchange(m_editedNode, NodeId());
    const NodeId created = std::exchange(m_newNode, NodeId());
    const QString text = editor->text();
    editor->hide();
    editor->deleteLater(); // it may be inside its own key handler
    const CausalNode *node = m_document->node(id);
    if (!node)
        return;
    const bool stillNewest = created == id && m_document->undoStack()->index() == m_newNodeUndoIndex;
    if (cancel || text.isEmpty()) {
        // A node made by double-click and never named is taken back rather than left empty.
        if (stillNewest && node->label.isEmpty())
            m_document->undoStack()->undo();
        return;
    }
    if (text == node->label)
        return;
    if (stillNewest) {
        // Creating and naming a node is one step for the user: redo the creation with the name.
        const NodeType type = node->type;
        const QPointF centre = node->position.value_or(QPointF());
        const bool pinned = node->pinned;
        m_document->undoStack()->undo();
        selectNodes({ addNode(type, centre, pinned, text) });
        return;
    }
    CausalNode changed = *node;
    changed.label = text;
    m_document->change(changed);
    m_document->sealEdits();
}

} // namespace causeway
