// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appsettings.h"
#include "checks/checker.h"
#include "checks/findingspanel.h"
#include "checks/findingstyle.h"
#include "diagram/causallistview.h"
#include "diagram/defencesview.h"
#include "diagram/diagramwidget.h"
#include "diagram/fivewhysview.h"
#include "document.h"
#include "documentrecovery.h"
#include "evidence/evidencepanel.h"
#include "export/exportdialog.h"
#include "externalchangebar.h"
#include "externalchanges.h"
#include "form/formview.h"
#include "format/documentfile.h"
#include "import/importdialog.h"
#include "import/importers.h"
#include "presentmode.h"
#include "recentfiles.h"
#include "recovery/recoveryjournal.h"
#include "selection/selectionhub.h"
#include "settingsdialog.h"
#include "timeline/timelinefilterbar.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelineview.h"
#include "viewzoom.h"
#include "windowlayout.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoView>

// The window's resources live in a static library: without this the linker drops them.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace causeway {

namespace {
const char *const SamplePath = ":/samples/migration-timeout.causeway";

QString fileFilter()
{
    return QCoreApplication::translate("MainWindow", "Causeway documents (*.causeway);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_undoView(new QUndoView(m_undoGroup))
    , m_tabs(new QTabWidget(this))
    , m_recovery(new DocumentRecovery(this))
{
    initResources();
    connect(m_recovery, &DocumentRecovery::problem, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_tabs->setDocumentMode(true);
    setCentralWidget(createFileSafety());

    auto *undoDock = new QDockWidget(tr("Undo History"), this);
    undoDock->setObjectName(QStringLiteral("undoHistoryDock"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, undoDock);
    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    m_findingsBadge = new QToolButton(this);
    m_findingsBadge->setAutoRaise(true);
    m_findingsBadge->setToolTip(tr("Open findings of the analysis checks; click to show them"));
    connect(m_findingsBadge, &QToolButton::clicked, this, [this] {
        m_findingsDock->show();
        m_findingsDock->raise();
    });
    statusBar()->addPermanentWidget(m_findingsBadge);

    createActions();
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *times = viewMenu->addMenu(tr("&Times In"));
    auto *timeGroup = new QActionGroup(this);
    const QPair<TimeDisplay, QString> displays[] = {
        { TimeDisplay::IncidentZone, tr("&Incident Zone") },
        { TimeDisplay::Utc, tr("&UTC") },
        { TimeDisplay::Local, tr("&Local Time") },
        { TimeDisplay::SinceTrigger, tr("T± From &Trigger") },
    };
    for (const auto &display : displays) {
        QAction *a = times->addAction(
            display.second, this, [this, d = display.first] { m_timeline->setTimeDisplay(d); });
        a->setCheckable(true);
        timeGroup->addAction(a);
    }
    connect(times, &QMenu::aboutToShow, this, [this, times] {
        const int current = int(m_timeline->model()->formatter().display());
        const QList<QAction *> actions = times->actions();
        for (int i = 0; i < actions.size(); ++i)
            actions.at(i)->setChecked(i == current);
    });
    viewMenu->addAction(undoDock->toggleViewAction());
    createAnalysisDocks(viewMenu, undoDock);
    QAction *findings = m_findingsDock->toggleViewAction();
    findings->setText(tr("&Findings"));
    findings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    findings->setObjectName(QStringLiteral("viewFindings"));
    viewMenu->addAction(findings);
    viewMenu->addSeparator();
    m_viewZoom = new ViewZoom(this, viewMenu);
    viewMenu->addSeparator();
    m_presentMode = new PresentMode(this, viewMenu);
    QAction *configure =
        menuBar()->addMenu(tr("&Settings"))->addAction(tr("&Configure Causeway…"), this, [this] {
            SettingsDialog(this).exec();
        });
    configure->setShortcuts(SettingsDialog::shortcuts());
    configure->setMenuRole(QAction::PreferencesRole);
    configure->setObjectName(QStringLiteral("settingsConfigure"));

    setDocument(std::make_unique<Document>(AppSettings::load().newDocumentContent()));
    // Most of the screen: the canvas, the timeline and the form all want room (a meeting-room
    // screen share especially); the window manager remembers what the user chooses after that.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(available.size().boundedTo(QSize(1600, 1000)).expandedTo(QSize(1000, 680)) * 0.95);
    resizeDocks({ undoDock }, { 220 }, Qt::Horizontal);
    resizeDocks({ m_fiveWhysDock }, { 400 }, Qt::Horizontal);
    resizeDocks({ m_defencesDock }, { 280 }, Qt::Vertical);
    resizeDocks({ m_findingsDock }, { 180 }, Qt::Vertical);
    statusBar()->showMessage(tr("Ready"), 2000);
}

MainWindow::~MainWindow()
{
    // Going away in an orderly way is a clean close: only a crash leaves a journal behind.
    m_recovery->stop();
    // Views refer to the document: remove them before it goes.
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
    clearAnalysisDocks();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New"), this, &MainWindow::newDocument);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("fileNew"));
    file->addAction(tr("&Open…"), this, &MainWindow::open)->setShortcut(QKeySequence::Open);
    m_recentFiles = new RecentFiles(file->addMenu(tr("Open &Recent")), this);
    connect(m_recentFiles, &RecentFiles::openRequested, this, [this](const QString &fileName) {
        // A file open in another window is shown there; this document stays as it is.
        if (windowWithFile(fileName) || maybeSave())
            openFile(fileName);
    });
    connect(m_recentFiles, &RecentFiles::missing, this, [this](const QString &fileName) {
        QMessageBox::information(this, tr("File Not Found"),
            tr("%1 no longer exists; it has been removed from the recent files.")
                .arg(QDir::toNativeSeparators(fileName)));
    });
    file->addAction(tr("Open &Sample Incident"), this, &MainWindow::openSample);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import Events…"), this, &MainWindow::importEvents);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setObjectName(QStringLiteral("fileImport"));
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportDocument);
    // Ctrl+Shift+E is "zoom to selection" on the canvas; Ctrl+E adds an event.
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    exportAction->setObjectName(QStringLiteral("fileExport"));
    file->addSeparator();
    file->addAction(tr("&Save"), this, &MainWindow::save)->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save &As…"), this, &MainWindow::saveAs)->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("editUndo"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("editRedo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *addEvent = edit->addAction(tr("Add &Event"), this, [this] {
        m_tabs->setCurrentWidget(m_timeline);
        m_timeline->addEvent();
    });
    addEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *addCondition = edit->addAction(tr("Add &Condition"), this, [this] {
        m_tabs->setCurrentWidget(m_diagram);
        m_diagram->addNode(NodeType::Condition);
    });
    addCondition->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    edit->addSeparator();
    QAction *quickEntry = edit->addAction(tr("&Quick Entry"), this, [this] {
        m_tabs->setCurrentWidget(m_timeline);
        m_timeline->quickEntry()->setFocus(Qt::ShortcutFocusReason);
    });
    quickEntry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *find = edit->addAction(tr("&Filter Events"), this, [this] {
        m_tabs->setCurrentWidget(m_timeline);
        m_timeline->filterBar()->focusText();
    });
    find->setShortcut(QKeySequence::Find);
}

void MainWindow::importEvents()
{
    QStringList patterns;
    QStringList filters;
    for (const Importer *importer : allImporters()) {
        filters << QStringLiteral("%1 (%2)").arg(
            importer->description(), importer->filePatterns().join(QLatin1Char(' ')));
        patterns << importer->filePatterns();
    }
    filters.prepend(tr("Incident sources (%1)").arg(patterns.join(QLatin1Char(' '))));
    filters << tr("All files (*)");
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Events"), QString(), filters.join(QStringLiteral(";;")));
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::importFiles(const QStringList &files)
{
    ImportDialog dialog(m_document.get(), files, this);
    dialog.startReading();
    if (dialog.exec() == QDialog::Accepted)
        m_tabs->setCurrentWidget(m_timeline);
}

bool MainWindow::restoreJournal(const QString &journal)
{
    const RecoveredDocument recovered = replayJournal(journal);
    if (!recovered.content) {
        QMessageBox::critical(this, tr("Cannot Restore"),
            tr("The unsaved changes cannot be restored: %1\n\nThe journal is kept: %2")
                .arg(recovered.errors.value(0).toString(), QDir::toNativeSeparators(journal)));
        return false;
    }
    auto document = std::make_unique<Document>(*recovered.content);
    document->setFileName(recovered.baseFile);
    document->markUnsaved();
    setDocument(std::move(document));
    // The restored state is journaled at once, from a snapshot: it replaces the old journal when
    // both live beside the file, and the old one goes otherwise.
    m_recovery->protectNow();
    if (journal != m_recovery->currentJournal())
        DocumentRecovery::discardJournal(journal);
    if (!recovered.warning.isEmpty())
        QMessageBox::warning(this, tr("Restored"), recovered.warning);
    statusBar()->showMessage(tr("Restored %n unsaved edit(s)", nullptr, recovered.records), 6000);
    return true;
}

bool MainWindow::showView(const QString &name)
{
    QWidget *view = name == QLatin1String("timeline") ? static_cast<QWidget *>(m_timeline)
        : name == QLatin1String("diagram")            ? static_cast<QWidget *>(m_diagram)
        : name == QLatin1String("form")               ? static_cast<QWidget *>(m_form)
                                                      : nullptr;
    if (!view)
        return false;
    m_tabs->setCurrentWidget(view);
    return true;
}

void MainWindow::offerRecovery()
{
    for (const QString &journal : m_recovery->pendingJournals()) {
        const int answer = askToRestore(this, journal);
        if (answer == 0)
            DocumentRecovery::discardJournal(journal);
        else if (answer == 1 && maybeSave())
            restoreJournal(journal);
    }
}

void MainWindow::exportDocument()
{
    // Next to the document, named after it; the incident's identifier for an unsaved one.
    QString base = QFileInfo(m_document->fileName()).completeBaseName();
    QString dir = QFileInfo(m_document->fileName()).absolutePath();
    if (m_document->fileName().isEmpty()) {
        base = m_document->incident().identifier.isEmpty() ? tr("post-mortem")
                                                           : m_document->incident().identifier;
        dir = QDir::homePath();
    }
    ExportDialog dialog(m_document->content(), QDir(dir).filePath(base + QStringLiteral(".pdf")), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.fileName())), 6000);
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    m_recovery->stop(); // the document it follows is going
    const int tab = qMax(m_tabs->currentIndex(), 0); // another document opens in the same view
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
    clearAnalysisDocks();
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());

    m_document = std::move(document);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document.get(), &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document.get(), &Document::incidentChanged, this, &MainWindow::updateTitle);
    // The selection belongs to the document's views and goes with the document.
    m_selection = new SelectionHub(m_document.get(), m_document.get());

    m_timeline = new TimelineView(m_document.get());
    connect(m_timeline, &TimelineView::filesDropped, this, &MainWindow::importFiles);
    connect(m_timeline, &TimelineView::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    m_diagram = new DiagramWidget(m_document.get(), m_selection);
    m_causal = m_diagram->outline();
    m_form = new FormView(m_document.get());
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(m_diagram, tr("&Causal Diagram"));
    m_tabs->addTab(m_form, tr("&Post-Mortem"));
    m_tabs->setCurrentIndex(tab);
    m_timeline->setSelectionHub(m_selection);
    m_form->setSelectionHub(m_selection);
    connect(this, &MainWindow::findingPlaceRequested, m_form, &FormView::showPlace);
    m_fiveWhys = new FiveWhysView(m_document.get(), m_selection);
    m_fiveWhysDock->setWidget(m_fiveWhys);
    m_defences = new DefencesView(m_document.get(), m_selection);
    m_defencesScroll->setWidget(m_defences);
    m_evidencePanel = new EvidencePanel(m_document.get(), m_selection);
    m_evidenceDock->setWidget(m_evidencePanel);
    connect(m_evidencePanel, &EvidencePanel::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 6000); });

    // The checks belong to the document, so that every view of it can ask for its findings.
    m_checker = new Checker(m_document.get(), m_document.get());
    m_findingsPanel = new FindingsPanel(m_document.get(), m_checker);
    m_findingsDock->setWidget(m_findingsPanel);
    connect(m_findingsPanel, &FindingsPanel::findingActivated, this,
        [this](const Finding &finding) { showFinding(finding.place); });
    connect(m_checker, &Checker::findingsChanged, this, &MainWindow::updateFindingsBadge);
    updateFindingsBadge();
    updateTitle();
    if (m_viewZoom)
        m_viewZoom->viewsReplaced();
    m_recovery->follow(m_document.get());
    m_externalChanges->follow(m_document->fileName());
    m_changeBar->hide();
}

void MainWindow::updateTitle()
{
    const QString name = m_document->fileName().isEmpty()
        ? (m_document->incident().title.isEmpty() ? tr("Untitled") : m_document->incident().title)
        : QFileInfo(m_document->fileName()).fileName();
    setWindowTitle(tr("%1[*] — Causeway").arg(name));
    setWindowFilePath(m_document->fileName());
    setWindowModified(m_document->isModified());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved Changes"),
        tr("The post-mortem has changes that are not saved. Save them before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newDocument()
{
    if (maybeSave())
        setDocument(std::make_unique<Document>(AppSettings::load().newDocumentContent()));
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString fileName =
        QFileDialog::getOpenFileName(this, tr("Open Post-Mortem"), QString(), fileFilter());
    if (!fileName.isEmpty())
        openFile(fileName);
}

bool MainWindow::openFile(const QString &fileName)
{
    // Open already, here or in another window: that one is shown, so that no two copies drift apart.
    if (MainWindow *window = windowWithFile(fileName)) {
        window->raise();
        window->activateWindow();
        window->statusBar()->showMessage(
            tr("%1 is already open").arg(QDir::toNativeSeparators(window->document()->fileName())), 6000);
        return true;
    }
    // A crash left unsaved edits of this file: offer them first.
    const QString journal = DocumentRecovery::journalFor(fileName);
    if (!journal.isEmpty() && journal != m_recovery->currentJournal()) {
        const int answer = askToRestore(this, journal);
        if (answer == 1 && restoreJournal(journal))
            return true;
        if (answer == 0)
            DocumentRecovery::discardJournal(journal);
    }
    LoadResult loaded = loadDocument(fileName);
    if (!loaded.document) {
        QStringList lines;
        for (const LoadError &e : loaded.errors)
            lines << e.toString();
        QMessageBox box(QMessageBox::Critical, tr("Cannot Open"),
            tr("<p>%1 could not be opened.</p><p>%2</p>")
                .arg(QFileInfo(fileName).fileName().toHtmlEscaped(), lines.first().toHtmlEscaped()),
            QMessageBox::Ok, this);
        if (lines.size() > 1)
            box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.exec();
        return false;
    }
    setDocument(std::move(loaded.document));
    m_recentFiles->add(m_document->fileName());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_document->fileName())), 4000);
    return true;
}

void MainWindow::openSample()
{
    if (!maybeSave())
        return;
    LoadResult loaded = loadDocument(QLatin1String(SamplePath));
    if (!loaded.document) {
        QMessageBox::critical(this, tr("Cannot Open"),
            tr("The sample incident could not be read: %1").arg(loaded.errors.value(0).toString()));
        return;
    }
    loaded.document->setFileName(QString());
    setDocument(std::move(loaded.document));
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    return saveTo(m_document->fileName());
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->fileName();
    if (suggested.isEmpty()) {
        const QString id = m_document->incident().identifier;
        suggested = (id.isEmpty() ? tr("post-mortem") : id) + QStringLiteral(".causeway");
    }
    QString fileName = QFileDialog::getSaveFileName(this, tr("Save Post-Mortem"), suggested, fileFilter());
    if (fileName.isEmpty())
        return false;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QStringLiteral(".causeway");
    return saveTo(fileName);
}

bool MainWindow::saveTo(const QString &fileName)
{
    // Two windows on one file would overwrite each other's edits: the file stays with its window.
    if (MainWindow *other = windowWithFile(fileName); other && other != this) {
        QMessageBox::warning(this, tr("File Open in Another Window"),
            tr("%1 is open in another window, where it may have unsaved edits.\n\nSave it there, or "
               "close it there first, or choose another name.")
                .arg(QDir::toNativeSeparators(fileName)));
        return false;
    }
    // Another program changed the file since it was opened here: overwriting it is the user's call.
    if (!m_externalChanges->confirmOverwrite(this, fileName))
        return false;
    QString error;
    if (!saveDocument(*m_document, fileName, &error)) {
        QMessageBox::critical(this, tr("Cannot Save"), error);
        return false;
    }
    m_recovery->saved();
    m_externalChanges->saved(m_document->fileName());
    m_changeBar->hide();
    m_recentFiles->add(m_document->fileName());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->fileName())), 4000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        m_recovery->stop();
        windowlayout::save(this, m_tabs);
        event->accept();
    } else {
        event->ignore();
    }
}

} // namespace causeway
