// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include "layout/graphlayout.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QToolBar;

namespace causeway {

class CausalListView;
class DiagramOverview;
class LayoutRunner;
class DiagramScene;
class DiagramView;
class Document;
class SelectionHub;

/**
 * The "Causal Diagram" tab: the canvas with its toolbar (a palette of node types, the connect
 * tool and link kind, alignment and zoom), and beside it the overview and the outline.
 *
 * The outline (CausalListView) stays: it is the keyboard- and screen-reader-friendly way through
 * the same nodes and links, shows every link as a sentence, and selecting in either selects in both.
 */
class DiagramWidget : public QWidget
{
    Q_OBJECT
public:
    DiagramWidget(Document *document, SelectionHub *hub, QWidget *parent = nullptr);

    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    DiagramOverview *overview() const { return m_overview; }
    CausalListView *outline() const { return m_outline; }
    QToolBar *toolBar() const { return m_toolBar; }

    /// Adds a node of \a type at a free spot (right of the selection, else mid-view) and names it.
    void addNode(NodeType type);
    void copy();
    void cut();
    void paste();
    /**
     * Lays the diagram out with Graphviz off the UI thread, as one undo step: every node not placed
     * by hand (AllFreeNodes), or only the nodes that have no place yet (UnplacedOnly). Hand-placed
     * (pinned) nodes stay exactly where they are. Calling it while a layout runs cancels that one.
     */
    void layOut(LayoutMode mode);
    bool isLayingOut() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void createToolBar();
    void updateToolIcons();
    QAction *addShortcut(
        const QString &text, const QList<QKeySequence> &keys, const std::function<void()> &slot);
    void syncOutlineFromCanvas();
    void syncCanvasFromOutline();
    void updateActions();

    Document *m_document;
    DiagramScene *m_scene;
    DiagramView *m_view;
    DiagramOverview *m_overview;
    CausalListView *m_outline;
    QToolBar *m_toolBar;
    QSplitter *m_splitter;
    QComboBox *m_linkKind = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QAction *m_connectTool = nullptr;
    QList<QAction *> m_needsSelection;
    int m_pasteCount = 0;
    LayoutRunner *m_layout = nullptr;
    QAction *m_layoutAction = nullptr;
    bool m_syncingSelection = false;
};

} // namespace causeway
