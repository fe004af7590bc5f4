// SPDX-License-Identifier: GPL-3.0-or-later
#include "formedits.h"

#include "commands/undomacroguard.h"
#include "document.h"

#include <QCoreApplication>

#include <algorithm>

namespace causeway {

AnswerId answerFor(const Document &doc, NodeId node)
{
    for (const DifferentEngineerAnswer &a : doc.answers()) {
        if (a.node == node)
            return a.id;
    }
    return AnswerId();
}

AnswerId setEngineerAnswer(Document &doc, NodeId node, EngineerAnswer value)
{
    if (!doc.node(node))
        return AnswerId();
    const AnswerId existing = answerFor(doc, node);
    if (const DifferentEngineerAnswer *current = doc.answer(existing)) {
        DifferentEngineerAnswer changed = *current;
        changed.answer = value;
        // Each click is its own step, never merged with the one before.
        doc.sealEdits();
        doc.change(changed);
        doc.sealEdits();
        return existing;
    }
    DifferentEngineerAnswer answer;
    answer.node = node;
    answer.answer = value;
    return doc.add(answer);
}

ActionId addActionForAnswer(Document &doc, AnswerId answerId, const QString &title)
{
    const DifferentEngineerAnswer *answer = doc.answer(answerId);
    if (!answer)
        return ActionId();
    UndoMacroGuard macro(
        doc.undoStack(), QCoreApplication::translate("Undo Commands", "Add Action for a “No” Answer"));
    CorrectiveAction action;
    action.title = title;
    action.priority = ActionPriority::P1; // a "no" is the highest-priority corrective action
    action.type = ActionType::Prevent;
    action.nature = ActionNature::Tooling;
    if (doc.node(answer->node))
        action.addresses = { answer->node };
    const ActionId id = doc.add(action);
    DifferentEngineerAnswer linked = *doc.answer(answerId);
    linked.actions.append(id);
    std::sort(linked.actions.begin(), linked.actions.end());
    doc.sealEdits();
    doc.change(linked);
    doc.sealEdits();
    return id;
}

bool isOverdue(const CorrectiveAction &action, const QDate &today)
{
    if (!action.due.isValid() || action.status == ActionStatus::Done || action.status == ActionStatus::WontDo)
        return false;
    return action.due < today;
}

bool needsCoverage(const CausalNode &node)
{
    switch (node.type) {
    case NodeType::Condition:
    case NodeType::WarningSign:
        return true;
    case NodeType::Defence:
        return node.defenceState != DefenceState::Held;
    case NodeType::Outcome:
    case NodeType::Trigger:
    case NodeType::Unknown:
        return false;
    }
    return false;
}

QVector<ActionId> actionsAddressing(const Document &doc, NodeId node)
{
    QVector<ActionId> ids;
    for (const CorrectiveAction &a : doc.actions()) {
        if (a.addresses.contains(node))
            ids.append(a.id);
    }
    return ids;
}

} // namespace causeway
