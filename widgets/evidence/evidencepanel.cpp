// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencepanel.h"

#include "commands/undomacroguard.h"
#include "document.h"
#include "evidenceeditor.h"
#include "evidencemodel.h"
#include "selection/selectionhub.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace causeway {

EvidencePanel::EvidencePanel(Document *document, SelectionHub *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_model(new EvidenceModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_list(new QListView(this))
    , m_editor(new EvidenceEditor(document, this))
    , m_message(new QLabel(this))
{
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(EvidenceModel::ForSelectionRole);
    m_list->setModel(m_proxy);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_list->setAccessibleName(tr("Evidence items"));
    m_list->setUniformItemSizes(true);

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *pasteAction = toolBar->addAction(tr("&Paste"), this, &EvidencePanel::paste);
    pasteAction->setToolTip(
        tr("Make new evidence of the clipboard: text, or a picture (Ctrl+V on the list)"));
    QAction *attach = toolBar->addAction(tr("&Attach File…"), this, &EvidencePanel::attachFile);
    attach->setToolTip(tr("Attach text files (logs, configs, queries) or PNG and JPEG images"));
    m_remove = toolBar->addAction(tr("&Delete"), this, &EvidencePanel::removeSelected);
    m_remove->setToolTip(tr("Delete the selected evidence (Delete on the list)"));
    toolBar->addSeparator();
    m_forSelection = toolBar->addAction(tr("For &Selection"));
    m_forSelection->setCheckable(true);
    m_forSelection->setToolTip(
        tr("Show only the evidence of the events or nodes selected in the timeline or the diagram"));
    connect(m_forSelection, &QAction::toggled, this, [this](bool on) {
        // The filter may move the current item: that is no new selection to tell the other views.
        const QScopedValueRollback<bool> quiet(m_quiet, true);
        m_proxy->setFilterFixedString(on ? QStringLiteral("true") : QString());
    });

    // Shortcuts of the list only: in the editor Ctrl+V pastes into the content as usual.
    auto *listPaste = new QAction(tr("Paste as Evidence"), m_list);
    listPaste->setShortcut(QKeySequence::Paste);
    listPaste->setShortcutContext(Qt::WidgetShortcut);
    connect(listPaste, &QAction::triggered, this, &EvidencePanel::paste);
    m_list->addAction(listPaste);
    auto *listDelete = new QAction(tr("Delete Evidence"), m_list);
    listDelete->setShortcut(QKeySequence::Delete);
    listDelete->setShortcutContext(Qt::WidgetShortcut);
    connect(listDelete, &QAction::triggered, this, &EvidencePanel::removeSelected);
    m_list->addAction(listDelete);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(6);
    m_message->setAutoFillBackground(true);
    QPalette warning = m_message->palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    warning.setColor(QPalette::WindowText, QColor(0x5c, 0x3b, 0x00));
    m_message->setPalette(warning);
    m_message->hide();

    auto *emptyHint =
        new QLabel(tr("No evidence yet. Paste a log excerpt, a query or a screenshot here, drop files, or "
                      "use Attach File…"),
            this);
    emptyHint->setWordWrap(true);
    emptyHint->setEnabled(false);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list);
    topLayout->addWidget(emptyHint);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(toolBar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    const auto updateEmpty = [this, emptyHint] {
        emptyHint->setVisible(m_model->rowCount() == 0);
        m_list->setVisible(m_model->rowCount() > 0);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateEmpty);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateEmpty);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateEmpty);
    updateEmpty();

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &EvidencePanel::onCurrentChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_remove->setEnabled(m_list->selectionModel()->hasSelection()); });
    m_remove->setEnabled(false);

    if (m_selection) {
        connect(m_selection, &SelectionHub::changed, this, [this](QObject *origin) {
            if (origin != this)
                updateForSelection();
        });
        // What an item supports can change too (its lists, or undo of them).
        connect(document, &Document::evidenceChanged, this, [this](EvidenceId, Evidence::Fields fields) {
            if (fields & (Evidence::Field::Events | Evidence::Field::Nodes))
                updateForSelection();
        });
        connect(document, &Document::evidenceAdded, this, &EvidencePanel::updateForSelection);
        updateForSelection();
    }
    // Show the first item, without selecting what it supports in the other views on opening.
    if (m_model->rowCount() > 0)
        showEvidence(m_model->evidenceAt(0));
}

EvidenceId EvidencePanel::selectedEvidence() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? EvidenceId(current.data(EvidenceModel::EvidenceIdRole).toULongLong())
                             : EvidenceId();
}

void EvidencePanel::selectEvidence(EvidenceId id)
{
    if (showEvidence(id))
        announceSelection();
}

bool EvidencePanel::showEvidence(EvidenceId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QScopedValueRollback<bool> quiet(m_quiet, true);
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    if (!index.isValid() && m_forSelection->isChecked()) {
        // Hidden by the filter: a new item must show, so the filter goes.
        m_forSelection->setChecked(false);
        index = m_proxy->mapFromSource(m_model->index(row));
    }
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
    return true;
}

void EvidencePanel::onCurrentChanged()
{
    m_editor->setEvidence(selectedEvidence());
    // Only the user's choice in the list selects in the other views: not a filter, an undo or a
    // removal that moves the current item.
    if (!m_quiet && m_list->hasFocus())
        announceSelection();
}

void EvidencePanel::announceSelection()
{
    const EvidenceId id = selectedEvidence();
    if (!m_selection || !id.isValid())
        return;
    // The hub holds nodes or events: nodes when the item supports some, since selecting them also
    // highlights their evidence events in the timeline.
    const Evidence *e = m_document->evidenceItem(id);
    if (!e)
        return;
    if (!e->nodes.isEmpty())
        m_selection->selectNodes(e->nodes, this);
    else if (!e->events.isEmpty())
        m_selection->selectEvents(e->events, this);
}

void EvidencePanel::updateForSelection()
{
    if (!m_selection)
        return;
    const QScopedValueRollback<bool> quiet(m_quiet, true);
    if (m_selection->origin() == this) {
        // Our own selection: it is the evidence's support, not something to mark evidence for.
        m_model->setForSelection({});
        return;
    }
    // Direct support only: the evidence of a selected node, or of a selected event.
    const QVector<EventId> &events = m_selection->selectedEvents();
    const QVector<NodeId> &nodes = m_selection->selectedNodes();
    QSet<EvidenceId> ids;
    for (const Evidence &e : m_document->evidence()) {
        const bool forEvent =
            std::any_of(e.events.begin(), e.events.end(), [&](EventId id) { return events.contains(id); });
        const bool forNode =
            std::any_of(e.nodes.begin(), e.nodes.end(), [&](NodeId id) { return nodes.contains(id); });
        if (forEvent || forNode)
            ids.insert(e.id);
    }
    m_model->setForSelection(ids);
}

QVector<EvidenceId> EvidencePanel::addEvidence(const QVector<EvidenceFromSource> &sources)
{
    QVector<Evidence> items;
    QStringList errors;
    for (const EvidenceFromSource &source : sources) {
        if (source.evidence)
            items.append(*source.evidence);
        else
            errors << source.error;
    }
    QVector<EvidenceId> ids;
    if (!items.isEmpty()) {
        m_document->sealEdits();
        UndoMacroGuard macro(
            m_document->undoStack(), tr("Attach %n Evidence Item(s)", nullptr, items.size()));
        for (const Evidence &e : items)
            ids.append(m_document->add(e));
    }
    if (!ids.isEmpty())
        showEvidence(ids.last());
    if (errors.isEmpty()) {
        m_lastError.clear();
        m_message->hide();
        if (!ids.isEmpty())
            Q_EMIT statusMessage(tr("Attached %n evidence item(s)", nullptr, ids.size()));
    } else {
        showError(errors.join(QLatin1Char('\n')));
    }
    return ids;
}

QVector<EvidenceId> EvidencePanel::addFromMimeData(const QMimeData &mime)
{
    const QVector<EvidenceFromSource> sources = evidenceFromMimeData(mime);
    if (sources.isEmpty()) {
        showError(tr("Nothing to attach: the clipboard or the drop holds no text, picture or file."));
        return {};
    }
    return addEvidence(sources);
}

QVector<EvidenceId> EvidencePanel::attachFiles(const QStringList &paths)
{
    QVector<EvidenceFromSource> sources;
    for (const QString &path : paths)
        sources.append(evidenceFromFile(path));
    return addEvidence(sources);
}

void EvidencePanel::paste()
{
    if (const QMimeData *mime = QApplication::clipboard()->mimeData())
        addFromMimeData(*mime);
    else
        showError(tr("Nothing to attach: the clipboard is empty."));
}

void EvidencePanel::attachFile()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach Evidence"), QString(),
        tr("Text and images (*.log *.txt *.sql *.sh *.yaml *.yml *.json *.conf *.ini *.toml *.xml *.png "
           "*.jpg "
           "*.jpeg);;All files (*)"));
    if (!files.isEmpty())
        attachFiles(files);
}

void EvidencePanel::removeSelected()
{
    QVector<EvidenceId> ids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes())
        ids.append(EvidenceId(index.data(EvidenceModel::EvidenceIdRole).toULongLong()));
    if (!ids.isEmpty())
        m_document->removeEvidence(ids);
}

void EvidencePanel::showError(const QString &message)
{
    m_lastError = message;
    m_message->setText(message);
    m_message->show();
    Q_EMIT statusMessage(message.section(QLatin1Char('\n'), 0, 0));
}

void EvidencePanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData() && canMakeEvidence(*event->mimeData()))
        event->acceptProposedAction();
}

void EvidencePanel::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData() && canMakeEvidence(*event->mimeData()))
        event->acceptProposedAction();
}

void EvidencePanel::dropEvent(QDropEvent *event)
{
    if (!event->mimeData())
        return;
    event->acceptProposedAction();
    addFromMimeData(*event->mimeData());
}

} // namespace causeway
