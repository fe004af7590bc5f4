// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QMenu;
class QTabWidget;
class QUndoGroup;
class QUndoView;

namespace causeway {

class CausalListView;
class Document;
class FormView;
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
    CausalListView *causalView() const { return m_causal; }
    FormView *formView() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }
    SelectionHub *selection() const { return m_selection; }

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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void setDocument(std::unique_ptr<Document> document);
    void updateTitle();
    bool maybeSave();
    void newDocument();
    void open();
    void importEvents();
    void addRecentFile(const QString &fileName);
    void updateRecentFilesMenu();

    std::unique_ptr<Document> m_document;
    QUndoGroup *m_undoGroup;
    QUndoView *m_undoView;
    QTabWidget *m_tabs;
    TimelineView *m_timeline = nullptr;
    CausalListView *m_causal = nullptr;
    FormView *m_form = nullptr;
    SelectionHub *m_selection = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace causeway
