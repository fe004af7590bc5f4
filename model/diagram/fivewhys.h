// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QVector>

namespace causeway {

class Document;

/*
 * The Five Whys as the diagram holds them: a link with `why` set is an answer, "why did `to`
 * happen? because `from`". Starting at an outcome and following why-links from effect to cause
 * gives a tree of steps (a chain when every step has one answer). The Five Whys view and the
 * diagram read and write the same nodes and links; nothing here is stored separately.
 */

/// How a why-chain ends, so that a view or a check can say whether it reached a system property.
enum class WhyEnd {
    SystemProperty, ///< a condition or defence: where the method wants a chain to end
    Action, ///< a trigger: an action, often a person's; ask why the system let it do harm
    OpenQuestion, ///< an unknown: the chain stops at something not yet confirmed
    WarningSign, ///< a signal, not a cause of its own
    Outcome, ///< an outcome with no answer yet
    NamesPerson, ///< the answer names someone from the people list
};

struct WhyStep
{
    NodeId node;
    LinkId link; ///< the why-link from this step's node to its parent's (invalid for the outcome)
    int parent = -1; ///< index of the step this one answers, -1 for the outcome
    int depth = 0; ///< 0 for the outcome, 1 for the first "because", ...
    QVector<int> children; ///< indexes of the answers, in link order
    /// The node was already expanded at an earlier step: its answers are listed there only.
    bool repeated = false;
    /// The link leads back to a step on this step's own path: a loop, not followed further.
    bool cycle = false;
};

/// The why-steps from one outcome, in pre-order (a step comes before its answers).
class WhyTree
{
public:
    WhyTree() = default;
    WhyTree(const Document &document, NodeId outcome);

    NodeId outcome() const { return m_outcome; }
    const QVector<WhyStep> &steps() const { return m_steps; }
    bool isEmpty() const { return m_steps.isEmpty(); }
    const WhyStep &step(int index) const { return m_steps.at(index); }
    /// The first step showing \a node, or -1.
    int indexOf(NodeId node) const;
    /// The step answering through \a link, or -1.
    int indexOfLink(LinkId link) const;
    /// The nodes from the outcome down to step \a index, both included.
    QVector<NodeId> pathTo(int index) const;
    /// Steps with no answers below them (repeated and looping steps are not ends).
    QVector<int> ends() const;
    /// The longest chain in steps below the outcome (a single chain of five whys gives 5).
    int depth() const;
    /// Whether \a index has several answers: the tree branches there.
    bool branches(int index) const { return m_steps.at(index).children.size() > 1; }

private:
    NodeId m_outcome;
    QVector<WhyStep> m_steps;
};

/// The outcomes a Five Whys can start from, in document order.
QVector<NodeId> whyOutcomes(const Document &document);
/// The why-links answering "why did \a effect happen?", in document order.
QVector<LinkId> whyAnswers(const Document &document, NodeId effect);
/// The nodes from \a outcome to \a node along why-links (empty when \a node is not reached).
QVector<NodeId> whyPath(const Document &document, NodeId outcome, NodeId node);
/// How a chain ending at \a node ends.
WhyEnd whyEndOf(const Document &document, NodeId node);
/// Ends of the tree that are not marked as a root cause: chains still open or not yet concluded.
QVector<NodeId> unmarkedWhyEnds(const Document &document, const WhyTree &tree);

// --- Edits: each is one undo step -------------------------------------------------------------

/**
 * Answers "why did \a effect happen?": adds a node of \a type labelled \a label and a why-link of
 * kind Causes from it to \a effect. Returns the new node's id (invalid when \a effect is unknown).
 */
NodeId addWhyAnswer(
    Document *document, NodeId effect, const QString &label, NodeType type = NodeType::Condition);
/// Makes an existing link (e.g. one drawn in the diagram) a why-step or a plain link again.
void setWhyLink(Document *document, LinkId link, bool why);
/// Changes a step's text: the node's label. Typing merges until Document::sealEdits().
void setWhyStepText(Document *document, NodeId node, const QString &text);
/**
 * Removes the step answered through \a link, with the answers below it, as an outline does.
 * Each of those why-links goes; a node goes too unless the rest of the post-mortem still uses it:
 * another link, a corrective action that addresses it, or a "different engineer" answer about
 * it. Such a node stays in the diagram, no longer in this chain. Returns false when \a link is
 * not a why-link.
 */
bool removeWhyStep(Document *document, LinkId link);
/**
 * Moves the step answered through \a link under \a newEffect: the same node now answers why
 * \a newEffect happened (indent and outdent). Refused (false) when it would answer itself, close
 * a loop, or repeat a why-link that already exists.
 */
bool moveWhyStep(Document *document, LinkId link, NodeId newEffect);
/// Marks \a node as a root cause (the chain ends at it) or clears the mark.
void setRootCause(Document *document, NodeId node, bool rootCause);

} // namespace causeway
