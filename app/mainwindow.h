// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/finding.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QMenu;
class QScrollArea;
class QToolButton;
class QTabWidget;
class QUndoGroup;
class QUndoView;

namespace causeway {

class RecentFiles;
class CausalListView;
class DocumentRecovery;
class ExternalChangeBar;
class ExternalChanges;
class DiagramWidget;
class DefencesView;
class EvidencePanel;
class Checker;
class FindingsPanel;
class Document;
class FiveWhysView;
class FormView;
class PresentMode;
class ViewZoom;
class SelectionHub;
class TimelineView;

/**
 * The main window: it owns the open document and wires the views, menus and undo history to it.
 * It holds no data of its own; every edit goes through the document.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document.get(); }
    TimelineView *timelineView() const { return m_timeline; }
    /// The outline of the causal diagram, beside the canvas in the "Causal Diagram" tab.
    CausalListView *causalView() const { return m_causal; }
    DiagramWidget *diagramView() const { return m_diagram; }
    FormView *formView() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }
    SelectionHub *selection() const { return m_selection; }
    FiveWhysView *fiveWhysView() const { return m_fiveWhys; }
    DefencesView *defencesView() const { return m_defences; }
    QDockWidget *fiveWhysDock() const { return m_fiveWhysDock; }
    QDockWidget *defencesDock() const { return m_defencesDock; }
    /// The analysis checks of the open document: findings for the panel and for inline marks.
    Checker *checker() const { return m_checker; }
    FindingsPanel *findingsPanel() const { return m_findingsPanel; }
    QDockWidget *findingsDock() const { return m_findingsDock; }
    /// View > Present: the meeting-room presentation.
    PresentMode *presentMode() const { return m_presentMode; }
    /// View > Zoom: the canvas on its tab, the views' type elsewhere.
    ViewZoom *viewZoom() const { return m_viewZoom; }
    /// The evidence items and their editor (View > Evidence, Ctrl+Shift+V).
    EvidencePanel *evidencePanel() const { return m_evidencePanel; }
    QDockWidget *evidenceDock() const { return m_evidenceDock; }
    /// File > Open Recent.
    RecentFiles *recentFiles() const { return m_recentFiles; }

    /// Opens \a fileName, or says why it cannot (a dialog naming the place of each error).
    bool openFile(const QString &fileName);
    /// Opens the bundled sample incident as an untitled copy: Save asks where to keep it.
    void openSample();
    bool save();
    bool saveAs();
    /// Saves to \a fileName; on failure shows the reason and keeps the document modified.
    bool saveTo(const QString &fileName);
    /// Offers \a files for import: format, options and a preview, then one undo step.
    void importFiles(const QStringList &files);
    /// Shows the view named \a name ("timeline", "diagram" or "form"); false for an unknown name.
    bool showView(const QString &name);
    /// Offers to restore what a crash left in recovery journals (called once the window shows).
    void offerRecovery();
    /// Restores the document of \a journal; false (and says why) when it cannot.
    bool restoreJournal(const QString &journal);

    /// Notices changes to the open file by other programs; asks before a save overwrites them.
    ExternalChanges *externalChanges() const { return m_externalChanges; }
    /// The bar above the views that tells of such a change (hidden until there is one).
    ExternalChangeBar *externalChangeBar() const { return m_changeBar; }
    /// Replaces the document with its file as it is on disk now; asks first when there are unsaved edits.
    bool reloadFromDisk();
    /// Keeps the open document after an outside change: it counts as unsaved, and saving does not ask.
    void keepMine();
    /// The window in this process that has \a fileName open, if any (compared by canonical path).
    static MainWindow *windowWithFile(const QString &fileName);

    /// Shows where \a finding is: switches to the view that holds its place and selects it there.
    void showFinding(const causeway::FindingPlace &place);

Q_SIGNALS:
    /**
     * A finding's place was asked for that no view here selects yet (a form section, an action,
     * an answer, a lesson, the incident): the form view connects to this to scroll to the field
     * and select the range.
     */
    void findingPlaceRequested(const causeway::FindingPlace &place);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createFileSafety(); // mainwindowfiles.cpp
    void setDocument(std::unique_ptr<Document> document);
    void updateTitle();
    bool maybeSave();
    void newDocument();
    void open();
    void importEvents();
    void exportDocument();
    void createAnalysisDocks(QMenu *viewMenu, QDockWidget *undoDock);
    void clearAnalysisDocks();
    void updateFindingsBadge();

    std::unique_ptr<Document> m_document;
    QUndoGroup *m_undoGroup;
    QUndoView *m_undoView;
    QTabWidget *m_tabs;
    DocumentRecovery *m_recovery;
    ExternalChanges *m_externalChanges = nullptr;
    ExternalChangeBar *m_changeBar = nullptr;
    TimelineView *m_timeline = nullptr;
    CausalListView *m_causal = nullptr;
    DiagramWidget *m_diagram = nullptr;
    FormView *m_form = nullptr;
    SelectionHub *m_selection = nullptr;
    FiveWhysView *m_fiveWhys = nullptr;
    DefencesView *m_defences = nullptr;
    QDockWidget *m_fiveWhysDock = nullptr;
    QDockWidget *m_defencesDock = nullptr;
    QScrollArea *m_defencesScroll = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    Checker *m_checker = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    FindingsPanel *m_findingsPanel = nullptr;
    QToolButton *m_findingsBadge = nullptr;
    PresentMode *m_presentMode = nullptr;
    ViewZoom *m_viewZoom = nullptr;
    QDockWidget *m_evidenceDock = nullptr;
    EvidencePanel *m_evidencePanel = nullptr;
};

} // namespace causeway
