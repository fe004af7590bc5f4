// SPDX-License-Identifier: GPL-3.0-or-later
#include "fivewhys.h"

#include "commands/undomacroguard.h"
#include "document.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace causeway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway", text);
}

/// effect → its why-links, in document order: built once per derivation, so each is linear.
QHash<NodeId, QVector<const CausalLink *>> answersByEffect(const Document &document)
{
    QHash<NodeId, QVector<const CausalLink *>> answers;
    for (const CausalLink &l : document.links()) {
        if (l.why)
            answers[l.to].append(&l);
    }
    return answers;
}

bool onPath(const QVector<WhyStep> &steps, int from, NodeId node)
{
    for (int i = from; i >= 0; i = steps.at(i).parent) {
        if (steps.at(i).node == node)
            return true;
    }
    return false;
}

/// Every node that answers \a node directly or further down, \a node included.
QSet<NodeId> answerClosure(const Document &document, NodeId node)
{
    const auto answers = answersByEffect(document);
    QSet<NodeId> seen { node };
    QVector<NodeId> todo { node };
    while (!todo.isEmpty()) {
        const NodeId current = todo.takeLast();
        for (const CausalLink *l : answers.value(current)) {
            if (!seen.contains(l->from)) {
                seen.insert(l->from);
                todo.append(l->from);
            }
        }
    }
    return seen;
}

bool referencedOutsideLinks(const Document &document, NodeId node)
{
    for (const CorrectiveAction &a : document.actions()) {
        if (a.addresses.contains(node))
            return true;
    }
    for (const DifferentEngineerAnswer &a : document.answers()) {
        if (a.node == node || a.defence == node)
            return true;
    }
    return false;
}

} // namespace

WhyTree::WhyTree(const Document &document, NodeId outcome)
    : m_outcome(outcome)
{
    if (!document.node(outcome))
        return;
    const auto answers = answersByEffect(document);
    QSet<NodeId> expanded;
    struct Pending
    {
        NodeId node;
        LinkId link;
        int parent;
    };
    // An explicit stack: a chain thousands of steps long must not exhaust the call stack.
    QVector<Pending> stack { { outcome, LinkId(), -1 } };
    while (!stack.isEmpty()) {
        const Pending p = stack.takeLast();
        WhyStep step;
        step.node = p.node;
        step.link = p.link;
        step.parent = p.parent;
        step.depth = p.parent < 0 ? 0 : m_steps.at(p.parent).depth + 1;
        const int index = m_steps.size();
        if (p.parent >= 0) {
            step.cycle = onPath(m_steps, p.parent, p.node);
            m_steps[p.parent].children.append(index);
        }
        step.repeated = !step.cycle && expanded.contains(p.node);
        const bool expand = !step.cycle && !step.repeated;
        m_steps.append(step);
        if (!expand)
            continue;
        expanded.insert(p.node);
        const QVector<const CausalLink *> causes = answers.value(p.node);
        for (auto it = causes.crbegin(); it != causes.crend(); ++it)
            stack.append({ (*it)->from, (*it)->id, index });
    }
}

int WhyTree::indexOf(NodeId node) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).node == node)
            return i;
    }
    return -1;
}

int WhyTree::indexOfLink(LinkId link) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).link == link)
            return i;
    }
    return -1;
}

QVector<NodeId> WhyTree::pathTo(int index) const
{
    QVector<NodeId> path;
    for (int i = index; i >= 0 && i < m_steps.size(); i = m_steps.at(i).parent)
        path.prepend(m_steps.at(i).node);
    return path;
}

QVector<int> WhyTree::ends() const
{
    QVector<int> result;
    for (int i = 1; i < m_steps.size(); ++i) {
        const WhyStep &s = m_steps.at(i);
        if (s.children.isEmpty() && !s.repeated && !s.cycle)
            result.append(i);
    }
    return result;
}

int WhyTree::depth() const
{
    int deepest = 0;
    for (const WhyStep &s : m_steps)
        deepest = std::max(deepest, s.depth);
    return deepest;
}

QVector<NodeId> whyOutcomes(const Document &document)
{
    QVector<NodeId> result;
    for (const CausalNode &n : document.nodes()) {
        if (n.type == NodeType::Outcome)
            result.append(n.id);
    }
    return result;
}

QVector<LinkId> whyAnswers(const Document &document, NodeId effect)
{
    QVector<LinkId> result;
    for (const CausalLink &l : document.links()) {
        if (l.why && l.to == effect)
            result.append(l.id);
    }
    return result;
}

QVector<NodeId> whyPath(const Document &document, NodeId outcome, NodeId node)
{
    const WhyTree tree(document, outcome);
    const int index = tree.indexOf(node);
    return index < 0 ? QVector<NodeId>() : tree.pathTo(index);
}

WhyEnd whyEndOf(const Document &document, NodeId id)
{
    const CausalNode *node = document.node(id);
    if (!node)
        return WhyEnd::OpenQuestion;
    for (const Person &p : document.people()) {
        const QString name = p.name.trimmed();
        // The plain search first: most labels name nobody, and a pattern costs more to build.
        if (name.size() < 2 || !node->label.contains(name, Qt::CaseInsensitive))
            continue;
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name)),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (word.match(node->label).hasMatch())
            return WhyEnd::NamesPerson;
    }
    switch (node->type) {
    case NodeType::Condition:
    case NodeType::Defence:
        return WhyEnd::SystemProperty;
    case NodeType::Trigger:
        return WhyEnd::Action;
    case NodeType::WarningSign:
        return WhyEnd::WarningSign;
    case NodeType::Outcome:
        return WhyEnd::Outcome;
    case NodeType::Unknown:
        break;
    }
    return WhyEnd::OpenQuestion;
}

QVector<NodeId> unmarkedWhyEnds(const Document &document, const WhyTree &tree)
{
    QVector<NodeId> result;
    QSet<NodeId> seen;
    for (int index : tree.ends()) {
        const CausalNode *node = document.node(tree.step(index).node);
        if (node && !node->rootCause && !seen.contains(node->id)) {
            seen.insert(node->id);
            result.append(node->id);
        }
    }
    return result;
}

NodeId addWhyAnswer(Document *document, NodeId effect, const QString &label, NodeType type)
{
    if (!document->node(effect))
        return NodeId();
    UndoMacroGuard macro(document->undoStack(), tr("Add Why Answer"));
    CausalNode node;
    node.type = type;
    node.label = label;
    if (type == NodeType::Defence)
        node.defenceState = DefenceState::Absent;
    const NodeId id = document->add(node);
    CausalLink link;
    link.from = id;
    link.to = effect;
    link.kind = LinkKind::Causes;
    link.why = true;
    document->add(link);
    return id;
}

void setWhyLink(Document *document, LinkId id, bool why)
{
    const CausalLink *link = document->link(id);
    if (!link || link->why == why)
        return;
    CausalLink changed = *link;
    changed.why = why;
    document->sealEdits();
    document->change(changed);
    document->sealEdits();
}

void setWhyStepText(Document *document, NodeId id, const QString &text)
{
    const CausalNode *node = document->node(id);
    if (!node)
        return;
    CausalNode changed = *node;
    changed.label = text;
    document->change(changed);
}

bool removeWhyStep(Document *document, LinkId id)
{
    const CausalLink *link = document->link(id);
    if (!link || !link->why)
        return false;
    // Walk down the answers: a node goes when all of its links are going (the link it answers
    // through, and the answers below it) and nothing else refers to it. A node reached again
    // after another of its links went is checked again, so a diamond below the step goes too.
    QSet<LinkId> goingLinks { id };
    QSet<NodeId> goingNodes;
    QVector<NodeId> candidates { link->from };
    while (!candidates.isEmpty()) {
        const NodeId candidate = candidates.takeFirst();
        const CausalNode *node = document->node(candidate);
        if (!node || goingNodes.contains(candidate) || node->type == NodeType::Outcome ||
            referencedOutsideLinks(*document, candidate))
            continue;
        bool used = false;
        QVector<const CausalLink *> answers;
        for (LinkId l : document->linksOf(candidate)) {
            const CausalLink *other = document->link(l);
            if (goingLinks.contains(l))
                continue;
            if (other->why && other->to == candidate)
                answers.append(other);
            else
                used = true;
        }
        if (used)
            continue;
        goingNodes.insert(candidate);
        for (const CausalLink *answer : answers) {
            goingLinks.insert(answer->id);
            candidates.append(answer->from);
        }
    }
    UndoMacroGuard macro(document->undoStack(), tr("Remove Why Step"));
    // Links of going nodes go with them; only links between staying nodes are removed here.
    QVector<LinkId> links;
    for (const CausalLink &l : document->links()) {
        if (goingLinks.contains(l.id) && !goingNodes.contains(l.from) && !goingNodes.contains(l.to))
            links.append(l.id);
    }
    document->removeLinks(links);
    QVector<NodeId> nodes;
    for (const CausalNode &n : document->nodes()) {
        if (goingNodes.contains(n.id))
            nodes.append(n.id);
    }
    document->removeNodes(nodes);
    return true;
}

bool moveWhyStep(Document *document, LinkId id, NodeId newEffect)
{
    const CausalLink *link = document->link(id);
    if (!link || !link->why || !document->node(newEffect) || link->to == newEffect)
        return false;
    if (answerClosure(*document, link->from).contains(newEffect))
        return false;
    for (const CausalLink &l : document->links()) {
        if (l.why && l.from == link->from && l.to == newEffect)
            return false;
    }
    CausalLink moved = *link;
    moved.to = newEffect;
    document->sealEdits();
    document->change(moved);
    document->sealEdits();
    return true;
}

void setRootCause(Document *document, NodeId id, bool rootCause)
{
    const CausalNode *node = document->node(id);
    if (!node || node->rootCause == rootCause)
        return;
    CausalNode changed = *node;
    changed.rootCause = rootCause;
    document->sealEdits();
    document->change(changed);
    document->sealEdits();
}

} // namespace causeway
