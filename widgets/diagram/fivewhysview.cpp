// SPDX-License-Identifier: GPL-3.0-or-later
#include "fivewhysview.h"

#include "diagram/fivewhys.h"
#include "document.h"
#include "fivewhysdelegate.h"
#include "fivewhysmodel.h"
#include "labels.h"
#include "selection/selectionhub.h"
#include "theme/theme.h"
#include "theme/themecolors.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace causeway {

namespace {

const NodeType AnswerTypes[] = { NodeType::Condition, NodeType::Trigger, NodeType::Defence,
    NodeType::WarningSign, NodeType::Unknown };

QString elided(const QString &text, int length)
{
    return text.size() > length ? text.left(length - 1) + QStringLiteral("…") : text;
}

} // namespace

FiveWhysView::FiveWhysView(Document *document, SelectionHub *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_model(new FiveWhysModel(document, this))
    , m_outcomes(new QComboBox(this))
    , m_guidance(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("fiveWhysView"));
    m_outcomes->setAccessibleName(tr("Outcome"));
    m_outcomes->setToolTip(tr("The outcome whose Five Whys are shown"));
    m_outcomes->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outcomes->setMinimumContentsLength(16);
    connect(m_outcomes, qOverload<int>(&QComboBox::activated), this,
        [this](int i) { setOutcome(NodeId(m_outcomes->itemData(i).toULongLong())); });

    m_guidance->setWordWrap(true);
    m_guidance->setText(tr("Ask why the outcome happened, then why each answer happened. Go on until the "
                           "answer is a property of the system (a missing check, a limit, absent tooling), "
                           "never a person. Five is a guide, not a rule."));
    QPalette mutedPalette = m_guidance->palette();
    QColor muted = mutedPalette.color(QPalette::WindowText);
    muted.setAlphaF(0.7);
    mutedPalette.setColor(QPalette::WindowText, muted);
    m_guidance->setPalette(mutedPalette);

    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new FiveWhysDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setIndentation(14);
    m_tree->setWordWrap(true);
    m_tree->viewport()->installEventFilter(this);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Five Whys"));
    m_tree->installEventFilter(this);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &FiveWhysView::buildContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = currentIndex();
        m_restoreNode = current.data(FiveWhysModel::NodeIdRole).value<NodeId>();
        m_restoreLink = current.data(FiveWhysModel::LinkIdRole).value<LinkId>();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &FiveWhysView::restoreAfterReset);
    // A rebuild repaints every row: the summary is worked out once afterwards, not once a row.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (std::exchange(m_summaryPending, true))
            return;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_summaryPending = false;
                refreshSummary();
                updateActions();
            },
            Qt::QueuedConnection);
    });
    connect(m_tree->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        // A step added and left empty (Esc, or an empty answer) is taken back, not kept blank.
        const NodeId pending = std::exchange(m_pendingNew, NodeId());
        const CausalNode *node = m_document->node(pending);
        if (node && node->label.isEmpty() && m_document->undoStack()->index() == m_pendingUndoIndex &&
            m_document->undoStack()->canUndo())
            m_document->undoStack()->undo();
    });

    auto makeAction = [this](const QString &text, const QKeySequence &key, const QString &tip, auto slot) {
        auto *action = new QAction(text, this);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetShortcut);
            m_tree->addAction(action);
        }
        action->setToolTip(
            key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_addAnswer = makeAction(tr("&Because…"), QKeySequence(Qt::Key_Return),
        tr("Answer: why did the selected step happen?"), [this] { addAnswer(); });
    m_addSibling = makeAction(tr("&Another Answer"), QKeySequence(Qt::SHIFT | Qt::Key_Return),
        tr("Another answer to the same why: the chain branches"), [this] { addSiblingAnswer(); });
    m_indent = makeAction(tr("&Indent"), QKeySequence(Qt::Key_Tab),
        tr("Make the step an answer to the step above it"), &FiveWhysView::indentCurrent);
    m_outdent = makeAction(tr("&Outdent"), QKeySequence(Qt::SHIFT | Qt::Key_Backtab),
        tr("Make the step answer the why one level up"), &FiveWhysView::outdentCurrent);
    m_rootCause = makeAction(tr("&Root Cause"), QKeySequence(Qt::CTRL | Qt::Key_R),
        tr("Mark the step as a root cause: a property of the system where the chain ends"),
        &FiveWhysView::toggleRootCause);
    m_rootCause->setCheckable(true);
    m_remove = makeAction(tr("&Remove"), QKeySequence(QKeySequence::Delete),
        tr("Remove the step and the answers below it"), &FiveWhysView::removeCurrent);
    m_addOutcome = makeAction(
        tr("New &Outcome"), QKeySequence(), tr("Add an outcome to ask why about"), &FiveWhysView::addOutcome);
    // The Tab keys show in menus as Tab and Shift+Tab.
    m_outdent->setShortcuts(
        { QKeySequence(Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::SHIFT | Qt::Key_Tab) });

    auto *typeMenu = new QMenu(this);
    for (NodeType type : AnswerTypes) {
        typeMenu->addAction(
            tr("Because (%1)").arg(labelInSentence(label(type))), this, [this, type] { addAnswer(type); });
    }
    m_addAnswer->setMenu(typeMenu);

    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_addAnswer);
    if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_addAnswer)))
        button->setPopupMode(QToolButton::MenuButtonPopup);
    toolbar->addAction(m_addSibling);
    toolbar->addAction(m_rootCause);
    toolbar->addAction(m_remove);

    auto *outcomeRow = new QHBoxLayout;
    auto *outcomeLabel = new QLabel(tr("O&utcome:"), this);
    outcomeLabel->setBuddy(m_outcomes);
    outcomeRow->addWidget(outcomeLabel);
    outcomeRow->addWidget(m_outcomes, 1);
    auto *newOutcome = new QToolButton(this);
    newOutcome->setDefaultAction(m_addOutcome);
    newOutcome->setAutoRaise(true);
    outcomeRow->addWidget(newOutcome);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(outcomeRow);
    layout->addWidget(m_guidance);
    layout->addWidget(toolbar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);

    for (auto signal : { &Document::nodeAdded, &Document::nodeRemoved })
        connect(document, signal, this, &FiveWhysView::refreshOutcomes);
    connect(document, &Document::nodeChanged, this, [this](NodeId, CausalNode::Fields fields) {
        if (fields & (CausalNode::Field::Type | CausalNode::Field::Label))
            refreshOutcomes();
    });
    if (m_selection)
        connect(m_selection, &SelectionHub::changed, this, &FiveWhysView::followHub);

    refreshOutcomes();
    // The summary's colours are worked out for the palette: again after a theme switch.
    theme::followPalette(this, [this] { refreshSummary(); });
    updateActions();
}

QModelIndex FiveWhysView::currentIndex() const
{
    return m_tree->currentIndex();
}

NodeId FiveWhysView::outcome() const
{
    return m_model->outcome();
}

void FiveWhysView::setOutcome(NodeId outcome)
{
    m_model->setOutcome(outcome);
    const int i = m_outcomes->findData(QVariant::fromValue(quint64(outcome.value)));
    if (i >= 0)
        m_outcomes->setCurrentIndex(i);
    m_tree->expandAll();
    // Showing an outcome is not a selection: the other views keep theirs until a step is chosen.
    m_following = true;
    m_tree->setCurrentIndex(m_model->index(0, 0));
    m_following = false;
    refreshSummary();
    updateActions();
}

NodeId FiveWhysView::currentNode() const
{
    return currentIndex().data(FiveWhysModel::NodeIdRole).value<NodeId>();
}

void FiveWhysView::setCurrentNode(NodeId node)
{
    const QModelIndex index = m_model->indexOfNode(node);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void FiveWhysView::refreshOutcomes()
{
    const QVector<NodeId> outcomes = whyOutcomes(*m_document);
    m_outcomes->clear();
    for (NodeId id : outcomes) {
        const QString text = m_document->node(id)->label;
        m_outcomes->addItem(text.isEmpty() ? tr("(unnamed outcome)") : elided(text, 90),
            QVariant::fromValue(quint64(id.value)));
        m_outcomes->setItemData(m_outcomes->count() - 1, text, Qt::ToolTipRole);
    }
    m_outcomes->setEnabled(!outcomes.isEmpty());
    if (outcomes.contains(m_model->outcome())) {
        m_outcomes->setCurrentIndex(
            m_outcomes->findData(QVariant::fromValue(quint64(m_model->outcome().value))));
        if (m_model->tree().isEmpty())
            setOutcome(m_model->outcome());
    } else {
        setOutcome(outcomes.value(0));
    }
}

void FiveWhysView::refreshSummary()
{
    const WhyTree &tree = m_model->tree();
    if (tree.isEmpty()) {
        m_summary->setText(tr("This post-mortem has no outcome yet. Add one (what users or the business "
                              "experienced) to start asking why."));
        return;
    }
    if (tree.steps().size() == 1) {
        m_summary->setText(tr("Press <b>Enter</b> to answer: why did this happen?"));
        return;
    }
    const QVector<int> ends = tree.ends();
    QStringList parts;
    parts << tr("%1 deep").arg(countLabel(tree.depth(), tr("1 why"), tr("%1 whys")));
    if (ends.size() > 1)
        parts << countLabel(ends.size(), tr("1 chain"), tr("%1 chains"));
    QString text = parts.join(QStringLiteral(" · "));
    const QVector<NodeId> open = unmarkedWhyEnds(*m_document, tree);
    bool atPerson = false;
    for (int e : ends) {
        const WhyEnd end = whyEndOf(*m_document, tree.step(e).node);
        atPerson = atPerson || end == WhyEnd::Action || end == WhyEnd::NamesPerson;
    }
    if (open.isEmpty())
        text += QStringLiteral(" · <span style=\"color:%1\">%2</span>")
                    .arg(theme::readableOnWindow(QColor(0x1e, 0x84, 0x49), palette()).name(),
                        tr("every chain ends at a marked root cause"));
    else
        text += QStringLiteral(" · ") +
            countLabel(open.size(), tr("1 chain ends without a root-cause mark"),
                tr("%1 chains end without a root-cause mark"));
    if (atPerson)
        text +=
            QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                .arg(theme::readableOnWindow(QColor(0xb9, 0x77, 0x0e), palette()).name(),
                    tr("A chain stops at an action or a person: ask what about the system let it happen."));
    m_summary->setText(text);
}

void FiveWhysView::updateActions()
{
    const QModelIndex current = currentIndex();
    const int step = m_model->stepOf(current);
    const bool any = step >= 0;
    const bool answer = step > 0;
    const WhyTree &tree = m_model->tree();
    const WhyStep *s = any ? &tree.step(step) : nullptr;
    const bool looping = s && (s->repeated || s->cycle);
    m_addAnswer->setEnabled(any && !looping);
    m_addSibling->setEnabled(answer);
    m_remove->setEnabled(answer);
    m_rootCause->setEnabled(answer);
    m_rootCause->setChecked(current.data(FiveWhysModel::RootCauseRole).toBool());
    m_indent->setEnabled(answer && tree.step(s->parent).children.indexOf(step) > 0);
    m_outdent->setEnabled(answer && tree.step(s->parent).parent >= 0);
}

void FiveWhysView::onCurrentChanged(const QModelIndex &current)
{
    updateActions();
    if (m_following || !m_selection)
        return;
    const int step = m_model->stepOf(current);
    if (step < 0)
        return;
    m_selection->selectNodes({ m_model->tree().step(step).node }, this);
    m_selection->setPath(m_model->tree().pathTo(step), this);
}

void FiveWhysView::followHub(QObject *origin)
{
    if (origin == this || !m_selection)
        return;
    const QVector<NodeId> nodes = m_selection->selectedNodes();
    const QModelIndex index = nodes.size() == 1 ? m_model->indexOfNode(nodes.first()) : QModelIndex();
    m_following = true;
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    } else {
        m_tree->selectionModel()->clearSelection();
    }
    m_following = false;
}

void FiveWhysView::restoreAfterReset()
{
    m_tree->expandAll();
    QModelIndex index = m_model->indexOfLink(m_restoreLink);
    if (!index.isValid())
        index = m_model->indexOfNode(m_restoreNode);
    if (index.isValid()) {
        m_following = true;
        m_tree->setCurrentIndex(index);
        m_following = false;
        // The step may have moved (indent, outdent): the emphasised path follows it.
        if (m_selection && m_selection->origin() == this)
            m_selection->setPath(m_model->tree().pathTo(m_model->stepOf(index)), this);
    }
    refreshSummary();
    updateActions();
}

void FiveWhysView::editNewStep(NodeId node)
{
    const QModelIndex index = m_model->indexOfNode(node);
    if (!index.isValid())
        return;
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_pendingNew = node;
    m_pendingUndoIndex = m_document->undoStack()->index();
    m_tree->edit(index);
}

void FiveWhysView::addAnswer(NodeType type)
{
    const int step = m_model->stepOf(currentIndex());
    if (step < 0)
        return;
    const WhyStep &s = m_model->tree().step(step);
    if (s.repeated || s.cycle)
        return;
    editNewStep(addWhyAnswer(m_document, s.node, QString(), type));
}

void FiveWhysView::addSiblingAnswer(NodeType type)
{
    const int step = m_model->stepOf(currentIndex());
    if (step <= 0)
        return;
    const NodeId effect = m_model->tree().step(m_model->tree().step(step).parent).node;
    editNewStep(addWhyAnswer(m_document, effect, QString(), type));
}

void FiveWhysView::removeCurrent()
{
    const int step = m_model->stepOf(currentIndex());
    if (step <= 0)
        return;
    const WhyStep parent = m_model->tree().step(m_model->tree().step(step).parent);
    removeWhyStep(m_document, m_model->tree().step(step).link);
    // The step is gone: the one it answered becomes current.
    QModelIndex index = m_model->indexOfLink(parent.link);
    if (!index.isValid() || !parent.link.isValid())
        index = m_model->indexOfNode(parent.node);
    m_tree->setCurrentIndex(index);
}

void FiveWhysView::indentCurrent()
{
    const int step = m_model->stepOf(currentIndex());
    if (step <= 0)
        return;
    const WhyTree &tree = m_model->tree();
    const QVector<int> &siblings = tree.step(tree.step(step).parent).children;
    const int at = siblings.indexOf(step);
    if (at > 0)
        moveWhyStep(m_document, tree.step(step).link, tree.step(siblings.at(at - 1)).node);
}

void FiveWhysView::outdentCurrent()
{
    const int step = m_model->stepOf(currentIndex());
    if (step <= 0)
        return;
    const WhyTree &tree = m_model->tree();
    const int grandparent = tree.step(tree.step(step).parent).parent;
    if (grandparent >= 0)
        moveWhyStep(m_document, tree.step(step).link, tree.step(grandparent).node);
}

void FiveWhysView::toggleRootCause()
{
    const int step = m_model->stepOf(currentIndex());
    if (step <= 0)
        return;
    const CausalNode *node = m_document->node(m_model->tree().step(step).node);
    if (node)
        setRootCause(m_document, node->id, !node->rootCause);
}

void FiveWhysView::addOutcome()
{
    CausalNode node;
    node.type = NodeType::Outcome;
    const NodeId id = m_document->add(node);
    setOutcome(id);
    editNewStep(id);
}

bool FiveWhysView::eventFilter(QObject *watched, QEvent *event)
{
    // Answers wrap to the view's width: a new width means new row heights.
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize) {
        m_tree->doItemsLayout();
        return false;
    }
    // Tab and Enter would otherwise move focus or the current row: here they shape the chain.
    // Keys an open editor passes on to its parent (its Enter, after committing) are not ours.
    if (watched == m_tree && event->type() == QEvent::KeyPress && QApplication::focusWidget() == m_tree) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        switch (key->key()) {
        case Qt::Key_Tab:
            if (mods == Qt::NoModifier) {
                indentCurrent();
                return true;
            }
            break;
        case Qt::Key_Backtab:
            outdentCurrent();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (mods == Qt::ShiftModifier)
                addSiblingAnswer();
            else if (mods == Qt::NoModifier)
                addAnswer();
            else
                break;
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FiveWhysView::buildContextMenu(const QPoint &pos)
{
    updateActions();
    QMenu menu(this);
    menu.addAction(m_addAnswer);
    menu.addAction(m_addSibling);
    menu.addSeparator();
    menu.addAction(m_indent);
    menu.addAction(m_outdent);
    menu.addSeparator();
    menu.addAction(m_rootCause);
    menu.addAction(
            tr("&Edit Answer"), this, [this] { m_tree->edit(currentIndex()); }, QKeySequence(Qt::Key_F2))
        ->setEnabled(currentIndex().isValid());
    menu.addAction(m_remove);
    menu.addSeparator();
    menu.addAction(m_addOutcome);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace causeway
