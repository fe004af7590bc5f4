// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "diagram/causallistview.h"
#include "document.h"
#include "form/formview.h"
#include "format/documentfile.h"
#include "import/importdialog.h"
#include "import/importers.h"
#include "selection/selectionhub.h"
#include "timeline/timelinefilterbar.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelineview.h"

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
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoView>

// The window's resources live in a static library: without this the linker drops them.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace causeway {

namespace {
const char *const RecentFilesKey = "recentFiles";
constexpr int MaxRecentFiles = 10;
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
{
    initResources();
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    auto *undoDock = new QDockWidget(tr("Undo History"), this);
    undoDock->setObjectName(QStringLiteral("undoHistoryDock"));
    m_undoView->setEmptyLabel(tr("<opened>"));
    undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, undoDock);

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

    setDocument(std::make_unique<Document>());
    resize(1200, 760);
    resizeDocks({ undoDock }, { 220 }, Qt::Horizontal);
    statusBar()->showMessage(tr("Ready"), 2000);
}

MainWindow::~MainWindow()
{
    // Views refer to the document: remove them before it goes.
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), this, &MainWindow::newDocument)->setShortcut(QKeySequence::New);
    file->addAction(tr("&Open…"), this, &MainWindow::open)->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentFilesMenu();
    file->addAction(tr("Open &Sample Incident"), this, &MainWindow::openSample);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import Events…"), this, &MainWindow::importEvents);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setObjectName(QStringLiteral("fileImport"));
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
        m_tabs->setCurrentWidget(m_causal);
        m_causal->addNode(NodeType::Condition);
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

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
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
    m_causal = new CausalListView(m_document.get());
    m_form = new FormView(m_document.get());
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(m_causal, tr("&Causal Diagram"));
    m_tabs->addTab(m_form, tr("&Post-Mortem"));
    updateTitle();
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
        setDocument(std::make_unique<Document>());
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
    addRecentFile(m_document->fileName());
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
    QString error;
    if (!saveDocument(*m_document, fileName, &error)) {
        QMessageBox::critical(this, tr("Cannot Save"), error);
        return false;
    }
    addRecentFile(m_document->fileName());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->fileName())), 4000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::addRecentFile(const QString &fileName)
{
    QSettings settings;
    QStringList files = settings.value(QLatin1String(RecentFilesKey)).toStringList();
    files.removeAll(fileName);
    files.prepend(fileName);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(QLatin1String(RecentFilesKey), files);
    updateRecentFilesMenu();
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QLatin1String(RecentFilesKey)).toStringList();
    for (const QString &file : files) {
        m_recentMenu->addAction(QDir::toNativeSeparators(file), this, [this, file] {
            if (maybeSave())
                openFile(file);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace causeway
