// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramwidget.h"

#include <QMessageBox>

#include "layout/layoutrunner.h"

#include "causallistview.h"
#include "diagramitems.h"
#include "diagramoverview.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "labels.h"
#include "theme/drawnicon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace causeway {

namespace {
/// A toolbar icon showing a node type's shape in its colours, drawn with the diagram's own code.
QIcon nodeTypeIcon(NodeType type, const DiagramPalette &palette)
{
    return drawnIcon(QSize(32, 32), [type, palette](QPainter &p) {
        const QRectF r = type == NodeType::Defence ? QRectF(5, 4, 22, 24) : QRectF(3, 8, 26, 16);
        const QPainterPath path = nodeOutline(type, r);
        p.fillPath(path, palette.typeFill(type));
        p.strokePath(path, QPen(palette.typeColor(type), 2));
    });
}

QIcon linkKindIcon(LinkKind kind, const DiagramPalette &palette)
{
    return drawnIcon(QSize(32, 16), [kind, palette](QPainter &p) {
        CausalLink link;
        link.kind = kind;
        LinkVisual v;
        v.kind = kind;
        v.path.moveTo(2, 8);
        v.path.lineTo(29, 8);
        v.start = QPointF(2, 8);
        v.end = QPointF(29, 8);
        v.length = 0; // no caption in an icon
        paintLink(&p, v, palette);
    });
}
} // namespace

DiagramWidget::DiagramWidget(Document *document, SelectionHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scene(new DiagramScene(document, hub, this))
    , m_view(new DiagramView(m_scene))
    , m_overview(new DiagramOverview(m_view))
    , m_outline(new CausalListView(document))
    , m_toolBar(new QToolBar(tr("Diagram")))
    , m_splitter(new QSplitter(Qt::Horizontal))
{
    m_scene->setPalette(DiagramPalette::forPalette(palette()));
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto *side = new QSplitter(Qt::Vertical);
    side->addWidget(m_overview);
    side->addWidget(m_outline);
    side->setStretchFactor(0, 0);
    side->setStretchFactor(1, 1);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({ 1000, 300 });
    side->setMaximumWidth(420);
    side->setSizes({ 180, 400 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter);
    createToolBar();

    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        syncOutlineFromCanvas();
        updateActions();
    });
    connect(m_outline, &QTreeWidget::itemSelectionChanged, this, &DiagramWidget::syncCanvasFromOutline);
    updateActions();
    setFocusProxy(m_view);
}

QAction *DiagramWidget::addShortcut(
    const QString &text, const QList<QKeySequence> &keys, const std::function<void()> &slot)
{
    auto *action = new QAction(text, this);
    action->setShortcuts(keys);
    // Only while the diagram tab has focus: the other tabs use the same keys for their own things.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void DiagramWidget::createToolBar()
{
    const DiagramPalette &palette = m_scene->palette();
    for (int t = 0; t <= int(NodeType::Unknown); ++t) {
        const NodeType type = NodeType(t);
        QAction *a = m_toolBar->addAction(nodeTypeIcon(type, palette), tr("Add %1").arg(label(type)), this,
            [this, type] { addNode(type); });
        a->setToolTip(tr("Add %1 (or double-click the canvas)").arg(labelInSentence(label(type))));
        a->setObjectName(QStringLiteral("diagramAdd%1").arg(t));
    }
    m_toolBar->addSeparator();

    m_connectTool = m_toolBar->addAction(linkKindIcon(LinkKind::Causes, palette), tr("Connect"));
    m_connectTool->setCheckable(true);
    m_connectTool->setToolTip(tr("Connect: drag from a cause to its effect (or drag the + handle of any "
                                 "node). Escape leaves the tool."));
    connect(m_connectTool, &QAction::toggled, this,
        [this](bool on) { m_scene->setTool(on ? DiagramScene::Tool::Connect : DiagramScene::Tool::Select); });
    connect(m_scene, &DiagramScene::toolChanged, this,
        [this](DiagramScene::Tool tool) { m_connectTool->setChecked(tool == DiagramScene::Tool::Connect); });

    m_linkKind = new QComboBox;
    m_linkKind->setToolTip(tr("Kind of new links, and of the selected links"));
    m_linkKind->setAccessibleName(tr("Link kind"));
    for (int k = 0; k <= int(LinkKind::Limited); ++k)
        m_linkKind->addItem(linkKindIcon(LinkKind(k), palette), label(LinkKind(k)));
    m_linkKind->setIconSize(QSize(32, 16));
    connect(m_linkKind, qOverload<int>(&QComboBox::activated), this,
        [this](int index) { m_scene->setNewLinkKind(LinkKind(index)); });
    connect(m_scene, &DiagramScene::newLinkKindChanged, this,
        [this](LinkKind kind) { m_linkKind->setCurrentIndex(int(kind)); });
    m_toolBar->addWidget(m_linkKind);
    m_toolBar->addSeparator();

    // Align and distribute, in one drop-down.
    auto *alignMenu = new QMenu(tr("Align"), this);
    const QPair<DiagramScene::Alignment, QString> alignments[] = {
        { DiagramScene::Alignment::Left, tr("Align &Left") },
        { DiagramScene::Alignment::HorizontalCentre, tr("Align &Centre") },
        { DiagramScene::Alignment::Right, tr("Align &Right") },
        { DiagramScene::Alignment::Top, tr("Align &Top") },
        { DiagramScene::Alignment::VerticalCentre, tr("Align &Middle") },
        { DiagramScene::Alignment::Bottom, tr("Align &Bottom") },
    };
    for (const auto &a : alignments)
        alignMenu->addAction(a.second, this, [this, which = a.first] { m_scene->alignSelection(which); });
    alignMenu->addSeparator();
    alignMenu->addAction(
        tr("Distribute &Horizontally"), this, [this] { m_scene->distributeSelection(Qt::Horizontal); });
    alignMenu->addAction(
        tr("Distribute &Vertically"), this, [this] { m_scene->distributeSelection(Qt::Vertical); });
    QAction *align = m_toolBar->addAction(tr("Align"));
    align->setMenu(alignMenu);
    align->setToolTip(tr("Align or distribute the selected nodes"));
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(align))) {
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_needsSelection << align;

    m_layoutAction = m_toolBar->addAction(tr("Lay Out"), this, [this] { layOut(LayoutMode::AllFreeNodes); });
    m_layoutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_layoutAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_layoutAction->setToolTip(tr("Lay out the nodes not placed by hand with Graphviz (Ctrl+Shift+L); "
                                  "nodes you moved stay where they are"));
    addAction(m_layoutAction);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_layoutAction)))
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);

    QAction *remove = m_toolBar->addAction(tr("Delete"), m_scene, &DiagramScene::deleteSelection);
    remove->setToolTip(tr("Delete the selected nodes and links (Del)"));
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(remove)))
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_needsSelection << remove;

    // Zoom, at the right end.
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    auto textButton = [this](const QString &text, const QString &tip, const std::function<void()> &slot) {
        QAction *a = m_toolBar->addAction(text, this, slot);
        a->setToolTip(tip);
        return a;
    };
    textButton(QStringLiteral("−"), tr("Zoom out (Ctrl+−, Ctrl+wheel)"), [this] { m_view->zoomOut(); });
    m_zoomLabel = new QLabel(QStringLiteral("100 %"));
    m_zoomLabel->setMinimumWidth(48);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_toolBar->addWidget(m_zoomLabel);
    textButton(QStringLiteral("+"), tr("Zoom in (Ctrl+=, Ctrl+wheel)"), [this] { m_view->zoomIn(); });
    textButton(tr("Fit"), tr("Show the whole diagram (Ctrl+Shift+F)"), [this] { m_view->fitDiagram(); });
    connect(m_view, &DiagramView::zoomChanged, this,
        [this](qreal zoom) { m_zoomLabel->setText(QStringLiteral("%1 %").arg(qRound(zoom * 100))); });

    // Ctrl+=, Ctrl+− and Ctrl+0 are the window's View > Zoom actions, which zoom this canvas while
    // its tab is current: a second shortcut here would make both ambiguous, and Qt fires neither.
    addShortcut(tr("Fit Diagram"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F) },
        [this] { m_view->fitDiagram(); });
    addShortcut(tr("Zoom to Selection"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E) },
        [this] { m_view->zoomToSelection(); });
    addShortcut(tr("Copy"), { QKeySequence::Copy }, [this] { copy(); });
    addShortcut(tr("Cut"), { QKeySequence::Cut }, [this] { cut(); });
    addShortcut(tr("Paste"), { QKeySequence::Paste }, [this] { paste(); });
    addShortcut(tr("Select All"), { QKeySequence::SelectAll }, [this] {
        QVector<NodeId> all;
        for (const CausalNode &n : m_document->nodes())
            all.append(n.id);
        m_scene->selectNodes(all);
    });
}

void DiagramWidget::layOut(LayoutMode mode)
{
    if (!m_layout) {
        m_layout = new LayoutRunner(this);
        connect(m_layout, &LayoutRunner::finished, this,
            [this](const LayoutResult &result, LayoutMode finishedMode) {
                if (!result.ok()) {
                    QMessageBox::warning(this, tr("Layout Failed"),
                        tr("The diagram could not be laid out: %1").arg(result.error));
                    return;
                }
                applyLayout(*m_document, result, finishedMode);
                m_view->fitDiagram();
            });
        connect(m_layout, &LayoutRunner::runningChanged, this, [this](bool running) {
            m_layoutAction->setText(running ? tr("Cancel Layout") : tr("Lay Out"));
            setCursor(running ? Qt::BusyCursor : Qt::ArrowCursor);
        });
    }
    if (m_layout->isRunning()) {
        m_layout->cancel();
        return;
    }
    // Measured as the canvas draws the nodes, so that the layout leaves room for each.
    m_layout->start(layoutInput(*m_document, [](const CausalNode &n) { return nodeSize(n); }), mode);
}

bool DiagramWidget::isLayingOut() const
{
    return m_layout && m_layout->isRunning();
}

void DiagramWidget::updateActions()
{
    const bool any = !m_scene->selectedItems().isEmpty();
    for (QAction *a : qAsConst(m_needsSelection))
        a->setEnabled(any);
    // The kind box shows the kind of the selected link, so that changing it reads as "make this…".
    const QVector<LinkId> links = m_scene->selectedLinkIds();
    if (!links.isEmpty())
        m_linkKind->setCurrentIndex(int(m_document->link(links.first())->kind));
    else
        m_linkKind->setCurrentIndex(int(m_scene->newLinkKind()));
}

void DiagramWidget::addNode(NodeType type)
{
    const QVector<NodeId> selected = m_scene->selectedNodeIds();
    QPointF wanted = m_view->visibleCentre();
    if (!selected.isEmpty()) {
        // Right of the selection: the diagram reads from causes on the left to the outcome.
        const QRectF bounds = m_scene->selectionBounds();
        wanted = QPointF(bounds.right() + DiagramStyle::GridColumnSpacing / 2, bounds.center().y());
    }
    const QPointF centre = m_scene->freeSpotNear(wanted);
    m_view->setFocus(Qt::OtherFocusReason);
    m_scene->addNodeAndEditLabel(type, centre, false);
}

void DiagramWidget::copy()
{
    if (QMimeData *mime = m_scene->copySelection()) {
        QApplication::clipboard()->setMimeData(mime);
        m_pasteCount = 0;
    }
}

void DiagramWidget::cut()
{
    copy();
    m_scene->deleteSelection();
}

void DiagramWidget::paste()
{
    // Each paste of the same copy lands a little further down and right, so none hides another.
    ++m_pasteCount;
    m_scene->paste(QApplication::clipboard()->mimeData(), QPointF(30, 30) * m_pasteCount);
}

void DiagramWidget::syncOutlineFromCanvas()
{
    if (m_syncingSelection)
        return;
    QScopedValueRollback<bool> guard(m_syncingSelection, true);
    const QVector<NodeId> nodes = m_scene->selectedNodeIds();
    m_outline->clearSelection();
    for (NodeId id : nodes) {
        if (QTreeWidgetItem *item = m_outline->itemFor(id)) {
            item->setSelected(true);
            m_outline->scrollToItem(item);
        }
    }
}

void DiagramWidget::syncCanvasFromOutline()
{
    if (m_syncingSelection)
        return;
    QScopedValueRollback<bool> guard(m_syncingSelection, true);
    const QVector<NodeId> nodes = m_outline->selectedNodes();
    m_scene->selectNodes(nodes);
    const QRectF bounds = m_scene->selectionBounds();
    if (!bounds.isEmpty())
        m_view->reveal(bounds);
}

void DiagramWidget::updateToolIcons()
{
    // The icons show the diagram's own colours, which differ between light and dark.
    const DiagramPalette &palette = m_scene->palette();
    for (int t = 0; t <= int(NodeType::Unknown); ++t) {
        if (auto *add = findChild<QAction *>(QStringLiteral("diagramAdd%1").arg(t)))
            add->setIcon(nodeTypeIcon(NodeType(t), palette));
    }
    if (m_connectTool)
        m_connectTool->setIcon(linkKindIcon(LinkKind::Causes, palette));
    for (int k = 0; m_linkKind && k < m_linkKind->count(); ++k)
        m_linkKind->setItemIcon(k, linkKindIcon(LinkKind(k), palette));
}

void DiagramWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_scene->setPalette(DiagramPalette::forPalette(palette()));
        updateToolIcons();
    }
    QWidget::changeEvent(event);
}

} // namespace causeway
