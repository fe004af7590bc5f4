// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodelisteditor.h"

#include "boundlineedit.h"
#include "document.h"
#include "formstyle.h"
#include "labels.h"
#include "proseedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace causeway {

namespace {

QString addText(NodeType type)
{
    switch (type) {
    case NodeType::Trigger:
        return NodeListEditor::tr("Add Trigger");
    case NodeType::Condition:
        return NodeListEditor::tr("Add Condition");
    case NodeType::Defence:
        return NodeListEditor::tr("Add Defence");
    case NodeType::WarningSign:
        return NodeListEditor::tr("Add Warning Sign");
    case NodeType::Outcome:
        return NodeListEditor::tr("Add Outcome");
    case NodeType::Unknown:
        return NodeListEditor::tr("Add Open Question");
    }
    return {};
}

QString newLabel(NodeType type)
{
    switch (type) {
    case NodeType::Trigger:
        return NodeListEditor::tr("New trigger");
    case NodeType::Condition:
        return NodeListEditor::tr("New condition");
    case NodeType::Defence:
        return NodeListEditor::tr("New defence");
    case NodeType::WarningSign:
        return NodeListEditor::tr("New warning sign");
    case NodeType::Outcome:
        return NodeListEditor::tr("New outcome");
    case NodeType::Unknown:
        return NodeListEditor::tr("New open question");
    }
    return {};
}

} // namespace

NodeCard::NodeCard(Document *document, NodeId id, QWidget *parent)
    : FormCard(id, parent)
    , m_document(document)
    , m_id(id)
    , m_badge(new QLabel(this))
    , m_evidence(new QLabel(this))
{
    setObjectName(QStringLiteral("nodeCard"));
    const QString key = QStringLiteral("node/%1/").arg(id.value);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(4);

    m_label = new BoundLineEdit(
        document, key + QStringLiteral("label"),
        [document, id] {
            const CausalNode *n = document->node(id);
            return n ? n->label : QString();
        },
        [document, id](const QString &text) {
            if (const CausalNode *n = document->node(id)) {
                CausalNode c = *n;
                c.label = text;
                document->change(c);
            }
        },
        this);
    m_label->setFrame(false);
    m_label->setPlaceholderText(tr("What is it, as a property of the system?"));
    m_label->setAccessibleName(tr("Label"));
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);

    m_description = new ProseEdit(
        document, key + QStringLiteral("description"),
        [document, id] {
            const CausalNode *n = document->node(id);
            return n ? n->description : QString();
        },
        [document, id](const QString &text) {
            if (const CausalNode *n = document->node(id)) {
                CausalNode c = *n;
                c.description = text;
                document->change(c);
            }
        },
        this);
    m_description->setMinimumLines(2);
    m_description->setPlaceholderText(tr("Details and evidence (Markdown)"));
    m_description->setAccessibleName(tr("Description"));

    auto *remove = new QToolButton(this);
    remove->setText(QStringLiteral("✕"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Delete this node from the post-mortem and the diagram"));
    remove->setAccessibleName(tr("Delete node"));
    connect(remove, &QToolButton::clicked, this, [document, id] { document->removeNodes({ id }); });

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_badge);
    top->addWidget(m_label, 1);
    const CausalNode *node = document->node(id);
    if (node && node->type == NodeType::Defence) {
        m_state = new QComboBox(this);
        m_state->setAccessibleName(tr("Defence state"));
        for (int i = 0; i < 4; ++i)
            m_state->addItem(label(DefenceState(i)), i);
        connect(m_state, QOverload<int>::of(&QComboBox::activated), this, [this](int index) {
            if (const CausalNode *n = m_document->node(m_id)) {
                CausalNode c = *n;
                c.defenceState = DefenceState(m_state->itemData(index).toInt());
                m_document->sealEdits();
                m_document->change(c);
                m_document->sealEdits();
            }
        });
        top->addWidget(m_state);
    }
    if (node && node->type == NodeType::Condition) {
        m_rootCause = new QCheckBox(tr("Root cause"), this);
        m_rootCause->setToolTip(tr("A why-chain ends here: a property of the system to change"));
        connect(m_rootCause, &QCheckBox::clicked, this, [this](bool on) {
            if (const CausalNode *n = m_document->node(m_id)) {
                CausalNode c = *n;
                c.rootCause = on;
                m_document->sealEdits();
                m_document->change(c);
                m_document->sealEdits();
            }
        });
        top->addWidget(m_rootCause);
    }
    top->addWidget(remove);
    layout->addLayout(top, 0, 0);
    layout->addWidget(m_description, 1, 0);
    m_evidence->setProperty("muted", true);
    formstyle::makeMuted(m_evidence);
    layout->addWidget(m_evidence, 2, 0);
    sync(CausalNode::Fields(0xffff));
}

void NodeCard::sync(CausalNode::Fields fields)
{
    const CausalNode *n = m_document->node(m_id);
    if (!n)
        return;
    if (fields & CausalNode::Field::Type)
        formstyle::setBadge(m_badge, label(n->type), formstyle::nodeColor(n->type));
    if (fields & CausalNode::Field::Label)
        m_label->refresh();
    if (fields & CausalNode::Field::Description)
        m_description->refresh();
    if (m_state && (fields & CausalNode::Field::DefenceState)) {
        QSignalBlocker blocker(m_state);
        m_state->setCurrentIndex(n->defenceState ? m_state->findData(int(*n->defenceState)) : -1);
    }
    if (m_rootCause && (fields & CausalNode::Field::RootCause)) {
        QSignalBlocker blocker(m_rootCause);
        m_rootCause->setChecked(n->rootCause);
    }
    if (fields & (CausalNode::Field::EvidenceEvents | CausalNode::Field::AcceptedRisk)) {
        QStringList notes;
        notes << (n->evidenceEvents.isEmpty()
                ? tr("⚠ No evidence yet: link timeline events to it on the diagram")
                : countLabel(n->evidenceEvents.size(), tr("Evidence: 1 timeline event"),
                      tr("Evidence: %1 timeline events")));
        if (!n->acceptedRisk.isEmpty())
            notes << tr("Accepted risk: %1").arg(n->acceptedRisk);
        m_evidence->setText(notes.join(QStringLiteral(" · ")));
    }
}

void NodeCard::focusLabel()
{
    m_label->setFocus(Qt::OtherFocusReason);
    m_label->selectAll();
}

NodeListEditor::NodeListEditor(Document *document, const QVector<NodeType> &types, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_types(types)
    , m_list(new QVBoxLayout)
    , m_empty(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(6);
    layout->addLayout(m_list);
    formstyle::makeMuted(m_empty);
    layout->addWidget(m_empty);
    auto *buttons = new QHBoxLayout;
    for (NodeType type : types) {
        auto *add = new QToolButton(this);
        add->setText(QStringLiteral("+ ") + addText(type));
        add->setToolTip(tr("Adds it here and on the causal diagram"));
        add->setAutoRaise(true);
        connect(add, &QToolButton::clicked, this, [this, type] { addNode(type); });
        buttons->addWidget(add);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    for (const CausalNode &n : document->nodes()) {
        if (types.contains(n.type))
            insertCard(n.id);
    }
    connect(document, &Document::nodeAdded, this, [this](NodeId id) {
        const CausalNode *n = m_document->node(id);
        if (n && m_types.contains(n->type))
            insertCard(id);
    });
    connect(document, &Document::nodeAboutToBeRemoved, this, &NodeListEditor::removeCard);
    connect(document, &Document::nodeChanged, this, &NodeListEditor::onNodeChanged);
    updateEmptyNote();
}

QList<ProseEdit *> NodeListEditor::proseEditors() const
{
    QList<ProseEdit *> editors;
    for (const CausalNode &n : m_document->nodes()) {
        if (NodeCard *card = m_cards.value(n.id))
            editors << card->descriptionEdit();
    }
    return editors;
}

int NodeListEditor::insertionIndex(NodeId id) const
{
    // Cards follow the document's order of nodes.
    int index = 0;
    for (const CausalNode &n : m_document->nodes()) {
        if (n.id == id)
            return index;
        if (m_cards.contains(n.id))
            ++index;
    }
    return index;
}

void NodeListEditor::insertCard(NodeId id)
{
    if (m_cards.contains(id))
        return;
    auto *card = new NodeCard(m_document, id, this);
    m_list->insertWidget(insertionIndex(id), card);
    m_cards.insert(id, card);
    updateEmptyNote();
    Q_EMIT proseEditorAdded(card->descriptionEdit());
}

void NodeListEditor::removeCard(NodeId id)
{
    if (NodeCard *card = m_cards.take(id)) {
        // A card may be removed from inside one of its own buttons' signals.
        card->hide();
        card->deleteLater();
    }
    updateEmptyNote();
}

void NodeListEditor::onNodeChanged(NodeId id, CausalNode::Fields fields)
{
    const CausalNode *n = m_document->node(id);
    if (!n)
        return;
    const bool mine = m_types.contains(n->type);
    // A node whose type changed on the diagram moves to the section of its new type.
    if (fields & CausalNode::Field::Type) {
        removeCard(id);
        if (mine)
            insertCard(id);
        return;
    }
    if (NodeCard *card = m_cards.value(id))
        card->sync(fields);
}

void NodeListEditor::updateEmptyNote()
{
    m_empty->setVisible(m_cards.isEmpty());
    QStringList names;
    for (NodeType t : m_types)
        names << labelInSentence(label(t));
    m_empty->setText(tr("No %1 yet.").arg(names.join(tr(" or "))));
}

NodeId NodeListEditor::addNode(NodeType type)
{
    CausalNode n;
    n.type = type;
    n.label = newLabel(type);
    if (type == NodeType::Defence)
        n.defenceState = DefenceState::Absent;
    // No position: the diagram's layout places nodes that have none.
    m_document->sealEdits();
    const NodeId id = m_document->add(n);
    if (NodeCard *card = m_cards.value(id))
        card->focusLabel();
    return id;
}

} // namespace causeway
