// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QDate>

namespace causeway {

class Document;

/// The "different engineer" answer about \a node, or an invalid id when there is none yet.
AnswerId answerFor(const Document &doc, NodeId node);

/**
 * Records \a value as the answer about \a node: changes the existing answer or adds one, as one
 * undo step. Returns the answer's id.
 */
AnswerId setEngineerAnswer(Document &doc, NodeId node, EngineerAnswer value);

/**
 * Adds a corrective action for \a answer, linked both ways: the action addresses the answer's
 * node and the answer lists the action. One undo step. Returns the new action's id (invalid when
 * the answer does not exist).
 */
ActionId addActionForAnswer(Document &doc, AnswerId answer, const QString &title);

/// Whether \a action is past its due date on \a today and still to be done.
bool isOverdue(const CorrectiveAction &action, const QDate &today);

/// Whether \a node is a cause that should be addressed by an action (or accepted as a risk).
bool needsCoverage(const CausalNode &node);
/// The actions that address \a node.
QVector<ActionId> actionsAddressing(const Document &doc, NodeId node);

} // namespace causeway
