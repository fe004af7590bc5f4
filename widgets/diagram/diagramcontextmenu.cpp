// SPDX-License-Identifier: GPL-3.0-or-later
// The context menu of the diagram scene: what can be done to the item under the mouse.
#include "diagramscene.h"

#include "diagramitems.h"
#include "document.h"
#include "labels.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QGraphicsSceneContextMenuEvent>
#include <QMenu>

namespace causeway {

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    if (m_editor)
        finishLabelEdit(false);
    QGraphicsItem *under = itemAt(event->scenePos(), QTransform());
    // Right-clicking outside the selection acts on the clicked item alone, as file managers do.
    if (under && (under->type() == NodeItem::Type || under->type() == LinkItem::Type) &&
        !under->isSelected()) {
        if (under->type() == NodeItem::Type)
            selectNodes({ static_cast<NodeItem *>(under)->id() });
        else
            selectLink(static_cast<LinkItem *>(under)->id());
    }
    const QVector<NodeId> nodes = selectedNodeIds();
    const QVector<LinkId> links = selectedLinkIds();
    QMenu menu(event->widget());

    if (!nodes.isEmpty()) {
        const CausalNode *first = m_document->node(nodes.first());
        if (nodes.size() == 1)
            menu.addAction(tr("&Edit Label"), this, [this, id = nodes.first()] { editLabel(id); });
        QMenu *types = menu.addMenu(tr("&Type"));
        auto *typeGroup = new QActionGroup(types);
        for (int t = 0; t <= int(NodeType::Unknown); ++t) {
            QAction *a =
                types->addAction(label(NodeType(t)), this, [this, t] { setSelectionType(NodeType(t)); });
            a->setCheckable(true);
            a->setChecked(first->type == NodeType(t));
            typeGroup->addAction(a);
        }
        bool anyDefence = false;
        for (NodeId id : nodes)
            anyDefence = anyDefence || m_document->node(id)->type == NodeType::Defence;
        if (anyDefence) {
            QMenu *states = menu.addMenu(tr("Defence &State"));
            auto *stateGroup = new QActionGroup(states);
            for (int s = 0; s <= int(DefenceState::Held); ++s) {
                QAction *a = states->addAction(
                    label(DefenceState(s)), this, [this, s] { setSelectionDefenceState(DefenceState(s)); });
                a->setCheckable(true);
                a->setChecked(first->defenceState == DefenceState(s));
                stateGroup->addAction(a);
            }
        }
        QAction *root = menu.addAction(tr("&Root Cause"));
        root->setCheckable(true);
        root->setChecked(first->rootCause);
        connect(root, &QAction::toggled, this, [this](bool on) { setSelectionRootCause(on); });
    }
    if (!links.isEmpty()) {
        if (!nodes.isEmpty())
            menu.addSeparator();
        const CausalLink *first = m_document->link(links.first());
        QMenu *kinds = menu.addMenu(tr("Link &Kind"));
        auto *kindGroup = new QActionGroup(kinds);
        for (int k = 0; k <= int(LinkKind::Limited); ++k) {
            QAction *a =
                kinds->addAction(label(LinkKind(k)), this, [this, k] { setSelectionLinkKind(LinkKind(k)); });
            a->setCheckable(true);
            a->setChecked(first->kind == LinkKind(k));
            kindGroup->addAction(a);
        }
        QAction *why = menu.addAction(tr("Five &Whys Step"));
        why->setCheckable(true);
        why->setChecked(first->why);
        connect(why, &QAction::toggled, this, [this](bool on) { setSelectionWhy(on); });
    }
    if (!nodes.isEmpty() || !links.isEmpty()) {
        menu.addSeparator();
        QAction *remove = menu.addAction(tr("&Delete"), this, &DiagramScene::deleteSelection);
        remove->setShortcut(QKeySequence::Delete);
    } else {
        QMenu *add = menu.addMenu(tr("&Add Here"));
        const QPointF at = event->scenePos();
        for (int t = 0; t <= int(NodeType::Unknown); ++t) {
            add->addAction(
                label(NodeType(t)), this, [this, t, at] { addNodeAndEditLabel(NodeType(t), at, true); });
        }
        const QMimeData *clip = QApplication::clipboard()->mimeData();
        QAction *pasteHere = menu.addAction(
            tr("&Paste Here"), this, [this, at] { pasteAt(QApplication::clipboard()->mimeData(), at); });
        pasteHere->setEnabled(canPaste(clip));
    }
    menu.exec(event->screenPos());
}

} // namespace causeway
