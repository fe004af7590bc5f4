// SPDX-License-Identifier: GPL-3.0-or-later
#include "fivewhysmodel.h"

#include "document.h"
#include "labels.h"

namespace causeway {

namespace {

/// Whether two trees have the same rows in the same places (then only their texts may differ).
bool sameShape(const WhyTree &a, const WhyTree &b)
{
    if (a.outcome() != b.outcome() || a.steps().size() != b.steps().size())
        return false;
    for (int i = 0; i < a.steps().size(); ++i) {
        const WhyStep &x = a.step(i);
        const WhyStep &y = b.step(i);
        if (x.node != y.node || x.link != y.link || x.parent != y.parent || x.children != y.children)
            return false;
    }
    return true;
}

} // namespace

FiveWhysModel::FiveWhysModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(document, &Document::linkAdded, this, &FiveWhysModel::rebuild);
    connect(document, &Document::linkRemoved, this, &FiveWhysModel::rebuild);
    connect(document, &Document::linkChanged, this, [this](LinkId, CausalLink::Fields fields) {
        if (fields & (CausalLink::Field::Why | CausalLink::Field::Ends))
            rebuild();
    });
    connect(document, &Document::nodeRemoved, this, &FiveWhysModel::rebuild);
    connect(document, &Document::nodeChanged, this, [this](NodeId id, CausalNode::Fields fields) {
        const CausalNode::Fields shown = CausalNode::Field::Label | CausalNode::Field::Type |
            CausalNode::Field::RootCause | CausalNode::Field::DefenceState | CausalNode::Field::Description;
        if (fields & shown)
            repaintNode(id);
    });
    // A person's name in an answer changes how the chain ends.
    for (auto signal : { &Document::personAdded, &Document::personRemoved })
        connect(document, signal, this, &FiveWhysModel::repaintAll);
    connect(document, &Document::personChanged, this, &FiveWhysModel::repaintAll);
}

void FiveWhysModel::setOutcome(NodeId outcome)
{
    if (outcome == m_tree.outcome() && !m_tree.isEmpty())
        return;
    beginResetModel();
    m_tree = m_document ? WhyTree(*m_document, outcome) : WhyTree();
    endResetModel();
}

void FiveWhysModel::rebuild()
{
    if (!m_document)
        return;
    WhyTree tree(*m_document, m_tree.outcome());
    if (sameShape(tree, m_tree)) {
        m_tree = tree;
        repaintAll();
        return;
    }
    beginResetModel();
    m_tree = tree;
    endResetModel();
}

void FiveWhysModel::repaintNode(NodeId node)
{
    for (int i = 0; i < m_tree.steps().size(); ++i) {
        if (m_tree.step(i).node == node) {
            const QModelIndex index = indexOfStep(i);
            Q_EMIT dataChanged(index, index);
        }
    }
}

void FiveWhysModel::repaintAll()
{
    for (int i = 0; i < m_tree.steps().size(); ++i) {
        const QModelIndex index = indexOfStep(i);
        Q_EMIT dataChanged(index, index);
    }
}

QModelIndex FiveWhysModel::indexOfStep(int step) const
{
    if (step < 0 || step >= m_tree.steps().size())
        return {};
    const int parent = m_tree.step(step).parent;
    const int row = parent < 0 ? 0 : int(m_tree.step(parent).children.indexOf(step));
    return createIndex(row, 0, quintptr(step));
}

int FiveWhysModel::stepOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    const int step = int(index.internalId());
    return step < m_tree.steps().size() ? step : -1;
}

QModelIndex FiveWhysModel::indexOfNode(NodeId node) const
{
    return indexOfStep(m_tree.indexOf(node));
}

QModelIndex FiveWhysModel::indexOfLink(LinkId link) const
{
    return indexOfStep(m_tree.indexOfLink(link));
}

QModelIndex FiveWhysModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row == 0 && !m_tree.isEmpty() ? createIndex(0, 0, quintptr(0)) : QModelIndex();
    const int step = stepOf(parent);
    if (step < 0 || row >= m_tree.step(step).children.size())
        return {};
    return createIndex(row, 0, quintptr(m_tree.step(step).children.at(row)));
}

QModelIndex FiveWhysModel::parent(const QModelIndex &child) const
{
    const int step = stepOf(child);
    if (step <= 0)
        return {};
    return indexOfStep(m_tree.step(step).parent);
}

int FiveWhysModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_tree.isEmpty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    const int step = stepOf(parent);
    return step < 0 ? 0 : m_tree.step(step).children.size();
}

int FiveWhysModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString FiveWhysModel::adviceFor(int s) const
{
    const WhyStep &step = m_tree.step(s);
    if (step.cycle)
        return tr("This answer leads back to a step above it: the chain loops here.");
    if (step.repeated)
        return tr("This cause answers another why as well; its own answers are listed at its first place.");
    const CausalNode *node = m_document->node(step.node);
    if (s == 0 || !step.children.isEmpty() || !node || node->rootCause)
        return {};
    switch (whyEndOf(*m_document, step.node)) {
    case WhyEnd::SystemProperty:
        return tr(
            "The chain ends here. If this is a property of the system that allowed the failure, mark it as "
            "the root cause (Ctrl+R); if not, ask why again (Enter).");
    case WhyEnd::Action:
        return tr(
            "The chain ends at an action. Ask why the system let this action do harm: what check, limit or "
            "tooling was missing?");
    case WhyEnd::NamesPerson:
        return tr(
            "The answer names a person. Ask what about the system allowed it, so that a different engineer "
            "would be caught too.");
    case WhyEnd::OpenQuestion:
        return tr("The chain ends at an open question: confirm it before concluding.");
    case WhyEnd::WarningSign:
        return tr("The chain ends at a warning sign. Ask why the signal was not acted on.");
    case WhyEnd::Outcome:
        return tr("The chain ends at an outcome: ask why it happened.");
    }
    return {};
}

QVariant FiveWhysModel::data(const QModelIndex &index, int role) const
{
    const int s = stepOf(index);
    if (s < 0 || !m_document)
        return {};
    const WhyStep &step = m_tree.step(s);
    const CausalNode *node = m_document->node(step.node);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return node->label;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(label(node->type).toHtmlEscaped());
        if (node->rootCause)
            tip += tr(" · root cause");
        tip += QStringLiteral("<p>%1</p>").arg(node->label.toHtmlEscaped());
        if (!node->description.isEmpty())
            tip += QStringLiteral("<p>%1</p>").arg(node->description.toHtmlEscaped());
        const QString advice = adviceFor(s);
        if (!advice.isEmpty())
            tip += QStringLiteral("<p><i>%1</i></p>").arg(advice.toHtmlEscaped());
        return tip;
    }
    case Qt::AccessibleTextRole:
        return s == 0 ? tr("Outcome: %1").arg(node->label)
                      : tr("Why %1, because: %2").arg(step.depth).arg(node->label);
    case NodeIdRole:
        return QVariant::fromValue(step.node);
    case LinkIdRole:
        return QVariant::fromValue(step.link);
    case NodeTypeRole:
        return int(node->type);
    case DepthRole:
        return step.depth;
    case RootCauseRole:
        return node->rootCause;
    case EndRole:
        if (s == 0 || !step.children.isEmpty() || step.repeated || step.cycle)
            return -1;
        return int(whyEndOf(*m_document, step.node));
    case RepeatedRole:
        return step.repeated;
    case CycleRole:
        return step.cycle;
    }
    return {};
}

Qt::ItemFlags FiveWhysModel::flags(const QModelIndex &index) const
{
    if (stepOf(index) < 0)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool FiveWhysModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int s = stepOf(index);
    if (s < 0 || role != Qt::EditRole || !m_document)
        return false;
    const QString text = value.toString().simplified();
    const CausalNode *node = m_document->node(m_tree.step(s).node);
    if (!node || text.isEmpty() || text == node->label)
        return false;
    setWhyStepText(m_document, node->id, text);
    m_document->sealEdits();
    return true;
}

} // namespace causeway
