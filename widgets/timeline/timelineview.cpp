// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "document.h"
#include "icons.h"
#include "import/chatpaste.h"
#include "kinddelegate.h"
#include "labels.h"
#include "milestonestrip.h"
#include "selection/selectionhub.h"
#include "time/quickentry.h"
#include "timelinefilterbar.h"
#include "timelinefilterproxy.h"
#include "timelinemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace causeway {

namespace {
const char *const TimeDisplayKey = "timeline/timeDisplay";
} // namespace

TimelineView::TimelineView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new TimelineModel(document, this))
    , m_proxy(new TimelineFilterProxy(m_model, this))
    , m_quickEntry(new QLineEdit(this))
    , m_quickEntryError(new QLabel(this))
    , m_timeDisplay(new QComboBox(this))
    , m_milestones(new MilestoneStrip(document, this))
    , m_filterBar(new TimelineFilterBar(this))
    , m_table(new QTableView(this))
    , m_selectionInfo(new QLabel(this))
{
    m_quickEntry->setPlaceholderText(tr("Quick entry: \"14:03 deploy started\", \"+5m rollback begun\", "
                                        "\"2026-03-02 14:03:10Z paged the DBA\""));
    m_quickEntry->setAccessibleName(tr("Quick entry"));
    m_quickEntry->setClearButtonEnabled(true);
    connect(m_quickEntry, &QLineEdit::returnPressed, this, &TimelineView::submitQuickEntry);
    connect(m_quickEntry, &QLineEdit::textEdited, m_quickEntryError, &QLabel::hide);
    m_quickEntryError->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_quickEntryError->setWordWrap(true);
    m_quickEntryError->hide();

    m_timeDisplay->addItem(tr("Incident zone"), int(TimeDisplay::IncidentZone));
    m_timeDisplay->addItem(tr("UTC"), int(TimeDisplay::Utc));
    m_timeDisplay->addItem(tr("Local time"), int(TimeDisplay::Local));
    m_timeDisplay->addItem(tr("T± from trigger"), int(TimeDisplay::SinceTrigger));
    m_timeDisplay->setToolTip(tr("Show times in"));
    m_timeDisplay->setAccessibleName(tr("Show times in"));
    connect(m_timeDisplay, qOverload<int>(&QComboBox::currentIndexChanged), this,
        [this] { setTimeDisplay(TimeDisplay(m_timeDisplay->currentData().toInt())); });

    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(TimelineModel::KindColumn, new KindDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TimelineModel::TimeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
        QAbstractItemView::AnyKeyPressed);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Rows of one text line: a million rows scroll without measuring each one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAccessibleName(tr("Timeline"));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Long texts would make the table scroll sideways: the text column gets a reading width and
    // the full text is in the cell's tooltip and editor.
    m_table->setColumnWidth(TimelineModel::TextColumn, 480);
    m_table->setColumnWidth(
        TimelineModel::TagsColumn, qMin(m_table->columnWidth(TimelineModel::TagsColumn), 160));
    m_table->setColumnWidth(
        TimelineModel::SourceColumn, qMin(m_table->columnWidth(TimelineModel::SourceColumn), 180));
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        buildContextMenu(&menu);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });

    auto addTableAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
        return action;
    };
    addTableAction(tr("Delete Events"), QKeySequence::Delete, &TimelineView::deleteSelected);
    addTableAction(tr("Copy Events"), QKeySequence::Copy, &TimelineView::copySelected);
    addTableAction(tr("Paste Chat as Events"), QKeySequence::Paste,
        [this] { pasteChat(QApplication::clipboard()->text()); });
    m_table->viewport()->installEventFilter(this);
    m_table->viewport()->setAcceptDrops(true);

    connect(m_filterBar, &TimelineFilterBar::rangeRequested, this, [this] {
        Instant first, last;
        for (const TimelineEvent &e : m_document->events()) {
            if (!first.isValid() || e.time < first)
                first = e.time;
            if (!last.isValid() || last < e.time)
                last = e.time;
        }
        if (first.isValid())
            m_filterBar->setRange(first.toDateTime(), last.toDateTime());
    });
    connect(m_filterBar, &TimelineFilterBar::filterChanged, this, [this](const TimelineFilter &filter) {
        m_proxy->setFilter(filter);
        updateCounts();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateSelectionInfo();
        const QVector<EventId> ids = selectedEvents();
        if (m_hub)
            m_hub->selectEvents(ids, this);
        Q_EMIT selectedEventsChanged(ids);
    });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &TimelineView::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::updateCounts);
    connect(document, &Document::incidentChanged, this, &TimelineView::refreshMilestones);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &TimelineView::refreshMilestones);

    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_quickEntry, 1);
    entryRow->addWidget(new QLabel(tr("Times in:"), this));
    entryRow->addWidget(m_timeDisplay);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(entryRow);
    layout->addWidget(m_quickEntryError);
    layout->addWidget(m_milestones);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_selectionInfo);

    const int saved =
        QSettings().value(QLatin1String(TimeDisplayKey), int(TimeDisplay::IncidentZone)).toInt();
    m_timeDisplay->setCurrentIndex(qMax(0, m_timeDisplay->findData(saved)));
    setTimeDisplay(TimeDisplay(m_timeDisplay->currentData().toInt()));
    updateCounts();
    updateSelectionInfo();
}

void TimelineView::setTimeDisplay(TimeDisplay display)
{
    m_model->setTimeDisplay(display);
    m_timeDisplay->setCurrentIndex(m_timeDisplay->findData(int(display)));
    QSettings().setValue(QLatin1String(TimeDisplayKey), int(display));
    m_filterBar->setZone(m_model->formatter().zone());
    refreshMilestones();
    updateSelectionInfo();
}

void TimelineView::refreshMilestones()
{
    m_milestones->refresh(m_model->formatter());
}

void TimelineView::updateCounts()
{
    m_filterBar->setCounts(m_proxy->rowCount(), m_model->rowCount());
}

void TimelineView::updateSelectionInfo()
{
    const QVector<EventId> ids = selectedEvents();
    if (ids.size() < 2) {
        m_selectionInfo->setText(
            ids.isEmpty() ? tr("Select two events to see the time between them.") : tr("1 event selected"));
        return;
    }
    Instant first, last;
    for (EventId id : ids) {
        const Instant t = m_document->event(id)->time;
        if (!first.isValid() || t < first)
            first = t;
        if (!last.isValid() || last < t)
            last = t;
    }
    m_selectionInfo->setText(tr("%1 events selected, %2 from the first to the last")
                                 .arg(ids.size())
                                 .arg(formatDuration(microsecondsBetween(first, last))));
}

QVector<EventId> TimelineView::selectedEvents() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QVector<EventId> ids;
    for (const QModelIndex &index : rows)
        ids.append(index.data(TimelineModel::EventIdRole).value<EventId>());
    return ids;
}

void TimelineView::selectEvents(const QVector<EventId> &ids)
{
    QItemSelection selection;
    for (EventId id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
        if (shown.isValid())
            selection.select(shown, shown.siblingAtColumn(TimelineModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.first().topLeft());
}

void TimelineView::setSelectionHub(SelectionHub *hub)
{
    if (m_hub)
        disconnect(m_hub, nullptr, this, nullptr);
    m_hub = hub;
    if (hub)
        connect(hub, &SelectionHub::changed, this, &TimelineView::followHub);
    followHub(nullptr);
}

SelectionHub *TimelineView::selectionHub() const
{
    return m_hub;
}

void TimelineView::followHub(QObject *origin)
{
    // The user's own selection here needs no tint; a selection made elsewhere shows as one.
    if (!m_hub || origin == this) {
        m_model->setHighlightedEvents({});
        return;
    }
    const QSet<EventId> events = m_hub->highlightedEvents();
    m_model->setHighlightedEvents(events);
    int first = -1;
    for (EventId id : events) {
        const QModelIndex shown = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        if (shown.isValid() && (first < 0 || shown.row() < first))
            first = shown.row();
    }
    if (first < 0)
        return;
    // Bring the row into view without moving sideways: the columns the user reads stay put.
    const int sideways = m_table->horizontalScrollBar()->value();
    m_table->scrollTo(m_proxy->index(first, TimelineModel::TextColumn), QAbstractItemView::PositionAtCenter);
    m_table->horizontalScrollBar()->setValue(sideways);
}

QuickEntryContext TimelineView::quickEntryContext() const
{
    QuickEntryContext context;
    const Incident &incident = m_document->incident();
    context.zone = QTimeZone(incident.zone.toUtf8());
    // The anchor for "+5m": the selected event, else the latest one.
    const QVector<EventId> selected = selectedEvents();
    if (!selected.isEmpty()) {
        context.anchor = m_document->event(selected.last())->time;
    } else {
        for (const TimelineEvent &e : m_document->events()) {
            if (!context.anchor.isValid() || context.anchor < e.time)
                context.anchor = e.time;
        }
    }
    // The date for "14:03": the incident's start, else the anchor's day, in the incident's zone.
    const Instant day = incident.started.isValid() ? incident.started : context.anchor;
    context.date = day.isValid() ? day.toDateTime().toTimeZone(context.zone).date()
                                 : QDateTime::currentDateTimeUtc().toTimeZone(context.zone).date();
    return context;
}

bool TimelineView::submitQuickEntry()
{
    const QuickEntry entry = parseQuickEntry(m_quickEntry->text(), quickEntryContext());
    if (!entry.isValid()) {
        m_quickEntryError->setText(entry.error);
        m_quickEntryError->show();
        return false;
    }
    TimelineEvent e;
    e.time = entry.time;
    e.text = entry.text;
    e.kind = EventKind::Action;
    e.source.type = SourceType::Typed;
    const EventId id = m_document->add(e);
    m_document->sealEdits();
    m_quickEntry->clear();
    m_quickEntryError->hide();
    selectEvents({ id });
    return true;
}

int TimelineView::pasteChat(const QString &text)
{
    ImportBatch batch = parseChatPaste(text, quickEntryContext());
    const int n = batch.events.size();
    if (n > 0) {
        const QVector<EventId> ids = m_document->appendEvents(
            std::move(batch.events), n == 1 ? tr("Paste 1 Event") : tr("Paste %1 Events").arg(n));
        selectEvents(ids);
    }
    QString message = n == 1 ? tr("Pasted 1 event") : tr("Pasted %1 events").arg(n);
    if (!batch.skipped.isEmpty())
        message += tr("; %1 lines left out (line %2: %3)")
                       .arg(batch.skipped.size())
                       .arg(batch.skipped.first().line)
                       .arg(batch.skipped.first().reason);
    Q_EMIT statusMessage(message);
    return n;
}

bool TimelineView::eventFilter(QObject *watched, QEvent *event)
{
    // Files dropped anywhere on the timeline are offered for import.
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (drag->mimeData()->hasUrls()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        QStringList files;
        for (const QUrl &url : drop->mimeData()->urls()) {
            if (url.isLocalFile())
                files << url.toLocalFile();
        }
        if (!files.isEmpty()) {
            drop->acceptProposedAction();
            Q_EMIT filesDropped(files);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimelineView::addEvent()
{
    TimelineEvent e;
    const QVector<TimelineEvent> &events = m_document->events();
    if (events.isEmpty()) {
        e.time = Instant::fromDateTime(QDateTime::currentDateTimeUtc());
    } else {
        const Instant &last =
            std::max_element(events.cbegin(), events.cend(), [](const auto &a, const auto &b) {
                return a.time < b.time;
            })->time;
        e.time = Instant::fromUtcMicroseconds(last.utcMicroseconds() + 60 * 1000000LL, last.offsetSeconds());
    }
    e.kind = EventKind::Observation;
    e.text = tr("New event");
    e.source.type = SourceType::Typed;
    const EventId id = m_document->add(e);
    const QModelIndex shown =
        m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), TimelineModel::TextColumn));
    m_table->setCurrentIndex(shown);
    m_table->edit(shown);
}

void TimelineView::deleteSelected()
{
    m_document->removeEvents(selectedEvents());
}

void TimelineView::copySelected() const
{
    // Tab-separated, with a header, so it pastes into a spreadsheet or a chat as a table.
    QStringList lines;
    QStringList header;
    for (int c = 0; c < TimelineModel::ColumnCount; ++c)
        header << m_model->headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (EventId id : selectedEvents()) {
        const int row = m_model->rowOf(id);
        QStringList cells;
        for (int c = 0; c < TimelineModel::ColumnCount; ++c)
            cells << m_model->index(row, c).data().toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    if (lines.size() > 1)
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void TimelineView::toggleFlag(EventFlag flag)
{
    const QVector<EventId> ids = selectedEvents();
    if (ids.isEmpty())
        return;
    // Set on all when any lacks it, else clear on all: one predictable result for a mixed selection.
    bool allHave = true;
    for (EventId id : ids)
        allHave = allHave && m_document->event(id)->flags.testFlag(flag);
    m_document->changeEvents(
        ids, [flag, allHave](TimelineEvent &e) { e.flags.setFlag(flag, !allHave); }, tr("Change Flags"));
}

void TimelineView::setMilestone(int which)
{
    const QVector<EventId> ids = selectedEvents();
    if (ids.size() != 1)
        return;
    Incident incident = m_document->incident();
    const Instant t = m_document->event(ids.first())->time;
    Instant *slots[] = { &incident.started, &incident.detected, &incident.mitigated, &incident.resolved };
    *slots[qBound(0, which, 3)] = t;
    m_document->changeIncident(incident);
    m_document->sealEdits();
}

void TimelineView::toggleEvidence(NodeId nodeId)
{
    const CausalNode *node = m_document->node(nodeId);
    const QVector<EventId> ids = selectedEvents();
    if (!node || ids.isEmpty())
        return;
    CausalNode changed = *node;
    bool allIn = true;
    for (EventId id : ids)
        allIn = allIn && node->evidenceEvents.contains(id);
    for (EventId id : ids) {
        changed.evidenceEvents.removeAll(id);
        if (!allIn)
            changed.evidenceEvents.append(id);
    }
    std::sort(changed.evidenceEvents.begin(), changed.evidenceEvents.end());
    m_document->change(changed);
    m_document->sealEdits();
}

void TimelineView::buildContextMenu(QMenu *menu)
{
    const QVector<EventId> ids = selectedEvents();
    const bool any = !ids.isEmpty();
    const TimelineEvent *first = any ? m_document->event(ids.first()) : nullptr;

    QMenu *kinds = menu->addMenu(tr("&Kind"));
    kinds->setEnabled(any);
    for (int k = 0; k <= int(EventKind::Milestone); ++k) {
        QAction *a = kinds->addAction(kindIcon(EventKind(k)), label(EventKind(k)), this, [this, k, ids] {
            m_document->changeEvents(
                ids, [k](TimelineEvent &e) { e.kind = EventKind(k); }, tr("Change Kind"));
        });
        a->setCheckable(true);
        a->setChecked(first && int(first->kind) == k);
    }

    const QPair<EventFlag, QString> flags[] = {
        { EventFlag::Trigger, tr("&Trigger") },
        { EventFlag::MissedWarning, tr("&Missed Warning Sign") },
        { EventFlag::KeyMoment, tr("Key &Moment") },
    };
    for (const auto &flag : flags) {
        QAction *a = menu->addAction(
            flagIcon(flag.first), flag.second, this, [this, flag] { toggleFlag(flag.first); });
        a->setCheckable(true);
        a->setChecked(first && first->flags.testFlag(flag.first));
        a->setEnabled(any);
    }

    QMenu *milestones = menu->addMenu(tr("Set as &Milestone"));
    milestones->setEnabled(ids.size() == 1);
    const QString names[] = { tr("Started"), tr("Detected"), tr("Mitigated"), tr("Resolved") };
    for (int i = 0; i < 4; ++i)
        milestones->addAction(names[i], this, [this, i] { setMilestone(i); });

    QMenu *supports = menu->addMenu(tr("&Evidence For"));
    supports->setEnabled(any && !m_document->nodes().isEmpty());
    for (const CausalNode &n : m_document->nodes()) {
        QAction *a = supports->addAction(QStringLiteral("%1: %2").arg(label(n.type), n.label), this,
            [this, id = n.id] { toggleEvidence(id); });
        a->setCheckable(true);
        bool allIn = any;
        for (EventId id : ids)
            allIn = allIn && n.evidenceEvents.contains(id);
        a->setChecked(allIn);
    }

    menu->addSeparator();
    menu->addAction(tr("&Copy"), this, &TimelineView::copySelected, QKeySequence::Copy)->setEnabled(any);
    menu->addAction(
        tr("&Paste Chat as Events"), this, [this] { pasteChat(QApplication::clipboard()->text()); },
        QKeySequence::Paste);
    menu->addAction(tr("&Delete"), this, &TimelineView::deleteSelected, QKeySequence::Delete)
        ->setEnabled(any);
}

} // namespace causeway
