// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QModelIndex;
class QTreeView;

namespace causeway {

class Document;
class FiveWhysModel;
class SelectionHub;

/**
 * The Five Whys as an outline of why / because steps over the causal diagram's nodes and
 * why-links: what is typed here is what the diagram shows, and the reverse.
 *
 * Keyboard first: Enter answers "why did this happen?" under the current step, Shift+Enter adds
 * another answer to the same why (a branch), F2 edits, Tab and Shift+Tab move a step under the
 * step above it or back out, Del removes a step with the answers below it, Ctrl+R marks the root
 * cause. Selecting a step selects its node in every view and emphasises its path in the diagram.
 */
class FiveWhysView : public QWidget
{
    Q_OBJECT
public:
    explicit FiveWhysView(Document *document, SelectionHub *selection = nullptr, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    FiveWhysModel *model() const { return m_model; }
    QComboBox *outcomeChooser() const { return m_outcomes; }

    NodeId outcome() const;
    void setOutcome(NodeId outcome);
    /// The current step's node (invalid when none).
    NodeId currentNode() const;
    /// Makes the first step showing \a node current.
    void setCurrentNode(NodeId node);

    /// Answers the current step's why with a new node of \a type and starts editing it.
    void addAnswer(NodeType type = NodeType::Condition);
    /// Adds another answer to the why the current step answers: a branch.
    void addSiblingAnswer(NodeType type = NodeType::Condition);
    void removeCurrent();
    void indentCurrent();
    void outdentCurrent();
    void toggleRootCause();
    /// Adds an outcome node and shows its (empty) Five Whys, editing its label.
    void addOutcome();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshOutcomes();
    void refreshSummary();
    void updateActions();
    void onCurrentChanged(const QModelIndex &current);
    void followHub(QObject *origin);
    void editNewStep(NodeId node);
    void restoreAfterReset();
    void buildContextMenu(const QPoint &pos);
    QModelIndex currentIndex() const;

    Document *m_document;
    QPointer<SelectionHub> m_selection;
    FiveWhysModel *m_model;
    QComboBox *m_outcomes;
    QLabel *m_guidance;
    QTreeView *m_tree;
    QLabel *m_summary;
    QAction *m_addAnswer;
    QAction *m_addSibling;
    QAction *m_indent;
    QAction *m_outdent;
    QAction *m_rootCause;
    QAction *m_remove;
    QAction *m_addOutcome;
    NodeId m_restoreNode; // the current step's node across a rebuild of the tree
    LinkId m_restoreLink;
    NodeId m_pendingNew; // a step just added: Esc on its empty editor takes it back
    int m_pendingUndoIndex = -1;
    bool m_following = false; // showing the hub's selection: do not report it back
    bool m_summaryPending = false;
};

} // namespace causeway
