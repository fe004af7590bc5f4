// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineeranswerseditor.h"

#include "actions/actionsmodel.h"
#include "document.h"
#include "form/formedits.h"
#include "formstyle.h"
#include "labels.h"
#include "proseedit.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace causeway {

AnswerCard::AnswerCard(Document *document, NodeId node, QWidget *parent)
    : FormCard(node, parent)
    , m_document(document)
    , m_node(node)
    , m_badge(new QLabel(this))
    , m_title(new QLabel(this))
    , m_answers(new QButtonGroup(this))
    , m_defence(new QComboBox(this))
    , m_actions(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_addAction(new QPushButton(tr("Add the corrective action for this “no”"), this))
{
    setObjectName(QStringLiteral("answerCard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_badge, 0, Qt::AlignTop);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    top->addWidget(m_title, 1);
    layout->addLayout(top);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addWidget(new QLabel(tr("Would our current systems catch it?"), this), 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(0);
    for (EngineerAnswer a : { EngineerAnswer::Yes, EngineerAnswer::Partly, EngineerAnswer::No }) {
        auto *button = new QPushButton(label(a), this);
        button->setCheckable(true);
        button->setMinimumWidth(84);
        button->setStyleSheet(
            QStringLiteral("QPushButton:checked { background: %1; color: white; font-weight: 600; }")
                .arg(formstyle::answerColor(a).name()));
        m_answers->addButton(button, int(a));
        buttons->addWidget(button);
    }
    buttons->addSpacing(12);
    buttons->addWidget(m_verdict);
    buttons->addStretch();
    grid->addLayout(buttons, 0, 1);
    m_answers->setExclusive(true);
    connect(m_answers, &QButtonGroup::idClicked, this, [this](int id) { choose(EngineerAnswer(id)); });

    grid->addWidget(new QLabel(tr("Defence that would catch it:"), this), 1, 0);
    m_defence->setAccessibleName(tr("Defence that would catch it"));
    m_defence->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_defence->setMinimumContentsLength(40);
    connect(m_defence, QOverload<int>::of(&QComboBox::activated), this, [this](int index) {
        const NodeId defence(m_defence->itemData(index).toULongLong());
        AnswerId id = answerFor(*m_document, m_node);
        if (!id.isValid() && !defence.isValid())
            return;
        if (!id.isValid()) {
            DifferentEngineerAnswer a;
            a.node = m_node;
            a.defence = defence;
            m_document->add(a);
            return;
        }
        DifferentEngineerAnswer a = *m_document->answer(id);
        a.defence = defence;
        m_document->sealEdits();
        m_document->change(a);
        m_document->sealEdits();
    });
    grid->addWidget(m_defence, 1, 1);
    layout->addLayout(grid);

    m_explanation = new ProseEdit(
        document, QString(),
        [document, node] {
            const DifferentEngineerAnswer *a = document->answer(answerFor(*document, node));
            return a ? a->explanation : QString();
        },
        [document, node](const QString &text) {
            const AnswerId id = answerFor(*document, node);
            if (const DifferentEngineerAnswer *a = document->answer(id)) {
                DifferentEngineerAnswer c = *a;
                c.explanation = text;
                document->change(c);
            } else {
                DifferentEngineerAnswer c;
                c.node = node;
                c.explanation = text;
                document->add(c);
            }
        },
        this);
    m_explanation->setPlaceholderText(
        tr("Why: which checks, reviews or alarms would or would not catch it today"));
    m_explanation->setAccessibleName(tr("Explanation"));
    m_explanation->setMinimumLines(2);
    layout->addWidget(m_explanation);

    m_actions->setWordWrap(true);
    m_actions->setTextFormat(Qt::RichText);
    layout->addWidget(m_actions);
    auto *actionRow = new QHBoxLayout;
    m_addAction->setObjectName(QStringLiteral("addActionForNo"));
    m_addAction->setToolTip(
        tr("Adds a P1 corrective action that addresses this node and is linked to this answer"));
    connect(m_addAction, &QPushButton::clicked, this, [this] {
        AnswerId id = answerFor(*m_document, m_node);
        if (!id.isValid())
            return;
        const CausalNode *n = m_document->node(m_node);
        addActionForAnswer(*m_document, id,
            tr("Make the system catch this before it reaches users: %1").arg(n ? n->label : QString()));
    });
    actionRow->addWidget(m_addAction);
    actionRow->addStretch();
    layout->addLayout(actionRow);
    sync();
}

void AnswerCard::choose(EngineerAnswer answer)
{
    setEngineerAnswer(*m_document, m_node, answer);
}

void AnswerCard::sync()
{
    const CausalNode *node = m_document->node(m_node);
    if (!node)
        return;
    formstyle::setBadge(m_badge, label(node->type), formstyle::nodeColor(node->type));
    m_title->setText(node->label);
    const DifferentEngineerAnswer *answer = m_document->answer(answerFor(*m_document, m_node));
    const EngineerAnswer value = answer ? answer->answer : EngineerAnswer::Unanswered;
    m_explanation->setFieldKey(answer ? QStringLiteral("answer/%1/explanation").arg(answer->id.value)
                                      : QStringLiteral("answer/new/explanation"));

    {
        QSignalBlocker blocker(m_answers);
        m_answers->setExclusive(false);
        for (QAbstractButton *b : m_answers->buttons())
            b->setChecked(m_answers->id(b) == int(value));
        m_answers->setExclusive(true);
    }

    {
        QSignalBlocker blocker(m_defence);
        m_defence->clear();
        m_defence->addItem(tr("None today"), quint64(0));
        for (const CausalNode &n : m_document->nodes()) {
            if (n.type == NodeType::Defence) {
                const QString state = n.defenceState ? label(*n.defenceState) : QString();
                m_defence->addItem(
                    state.isEmpty() ? n.label : tr("%1 (%2)").arg(n.label, state), quint64(n.id.value));
            }
        }
        const int index = answer ? m_defence->findData(quint64(answer->defence.value)) : 0;
        m_defence->setCurrentIndex(qMax(0, index));
    }
    m_explanation->refresh();

    QStringList items;
    if (answer) {
        for (ActionId id : answer->actions) {
            const CorrectiveAction *a = m_document->action(id);
            if (!a)
                continue;
            const QString owner = ActionsModel::ownerText(*m_document, *a);
            const QString due =
                a->due.isValid() ? QLocale().toString(a->due, QLocale::ShortFormat) : tr("no date");
            items << QStringLiteral("<li>%1 <span style='color:%2'>— %3, %4, %5</span></li>")
                         .arg(a->title.toHtmlEscaped(), formstyle::textColor(QColor(0x66, 0x66, 0x66)),
                             owner.isEmpty() ? tr("no owner") : owner.toHtmlEscaped(), due,
                             labelInSentence(label(a->status), LabelWord::Other));
        }
    }
    m_actions->setVisible(!items.isEmpty());
    m_actions->setText(tr("<b>Corrective actions for this answer</b><ul style='margin:0'>%1</ul>")
                           .arg(items.join(QString())));

    const bool no = value == EngineerAnswer::No;
    m_addAction->setVisible(no);
    m_addAction->setDefault(no && items.isEmpty());
    if (no && items.isEmpty()) {
        m_verdict->setText(tr("⚠ A “no” without a corrective action is an open finding."));
        m_verdict->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;")
                                     .arg(formstyle::textColor(QColor(0xb0, 0x1c, 0x1c))));
    } else if (value == EngineerAnswer::Unanswered) {
        m_verdict->setText(tr("Not answered yet"));
        m_verdict->setStyleSheet(
            QStringLiteral("color: %1;").arg(formstyle::textColor(QColor(0x5f, 0x63, 0x68))));
    } else {
        m_verdict->clear();
    }
}

EngineerAnswersEditor::EngineerAnswersEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QVBoxLayout)
    , m_empty(new QLabel(
          tr("No trigger yet: add the direct trigger first, then answer the question for it."), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(8);
    layout->addLayout(m_list);
    formstyle::makeMuted(m_empty);
    layout->addWidget(m_empty);
    syncCards();

    // Cards show labels of nodes and actions and the answers themselves: every one of these re-syncs.
    for (auto signal : { &Document::nodeAdded, &Document::nodeRemoved })
        connect(document, signal, this, &EngineerAnswersEditor::syncCards);
    connect(document, &Document::nodeChanged, this, [this](NodeId, CausalNode::Fields fields) {
        // Cards show node labels, types and defence states; typing a description changes none.
        if (fields & (CausalNode::Field::Label | CausalNode::Field::Type | CausalNode::Field::DefenceState))
            syncCards();
    });
    for (auto signal : { &Document::answerAdded, &Document::answerRemoved })
        connect(document, signal, this, &EngineerAnswersEditor::syncCards);
    connect(document, &Document::answerChanged, this, &EngineerAnswersEditor::syncCards);
    for (auto signal : { &Document::actionAdded, &Document::actionRemoved })
        connect(document, signal, this, &EngineerAnswersEditor::syncCards);
    connect(document, &Document::actionChanged, this, &EngineerAnswersEditor::syncCards);
    connect(document, &Document::personChanged, this, &EngineerAnswersEditor::syncCards);
}

QVector<NodeId> EngineerAnswersEditor::askedNodes() const
{
    QVector<NodeId> nodes;
    for (const CausalNode &n : m_document->nodes()) {
        if (n.type == NodeType::Trigger)
            nodes << n.id;
    }
    for (const DifferentEngineerAnswer &a : m_document->answers()) {
        if (m_document->node(a.node) && !nodes.contains(a.node))
            nodes << a.node;
    }
    return nodes;
}

QList<ProseEdit *> EngineerAnswersEditor::proseEditors() const
{
    QList<ProseEdit *> editors;
    for (AnswerCard *card : m_cards)
        editors << card->explanationEdit();
    return editors;
}

void EngineerAnswersEditor::syncCards()
{
    const QVector<NodeId> nodes = askedNodes();
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (!nodes.contains(it.key())) {
            it.value()->hide();
            it.value()->deleteLater();
            it = m_cards.erase(it);
        } else {
            ++it;
        }
    }
    for (int i = 0; i < nodes.size(); ++i) {
        AnswerCard *card = m_cards.value(nodes.at(i));
        if (!card) {
            card = new AnswerCard(m_document, nodes.at(i), this);
            m_cards.insert(nodes.at(i), card);
            Q_EMIT proseEditorAdded(card->explanationEdit());
        } else {
            card->sync();
        }
        if (m_list->indexOf(card) != i) {
            m_list->removeWidget(card);
            m_list->insertWidget(i, card);
        }
    }
    m_empty->setVisible(nodes.isEmpty());
}

} // namespace causeway
