// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "time/quickentry.h"
#include "time/timedisplay.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

namespace causeway {

class Document;
class MilestoneStrip;
class SelectionHub;
class TimelineFilterBar;
class TimelineFilterProxy;
class TimelineModel;

/**
 * The timeline editor: quick entry, milestones, filters and a sortable table of the document's
 * events. Every edit made here is a document command.
 */
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(Document *document, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    TimelineModel *model() const { return m_model; }
    TimelineFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *quickEntry() const { return m_quickEntry; }
    TimelineFilterBar *filterBar() const { return m_filterBar; }
    /// Selected events, in the order shown.
    QVector<EventId> selectedEvents() const;
    void selectEvents(const QVector<EventId> &ids);

    /// Reads the quick-entry line; on success adds the event and clears the line, else says why.
    bool submitQuickEntry();
    /// Adds the events in pasted chat text as one undo step; returns how many.
    int pasteChat(const QString &text);
    /// Adds an event one minute after the last one (or now), and starts editing its text.
    void addEvent();
    void deleteSelected();
    void copySelected() const;
    void setTimeDisplay(TimeDisplay display);
    void toggleFlag(EventFlag flag);
    void setMilestone(int which); ///< 0 started, 1 detected, 2 mitigated, 3 resolved
    /// Adds the selected events to (or removes them from) the evidence of \a node.
    void toggleEvidence(NodeId node);

    /**
     * Shares the selection with the document's other views: the events selected here are reported
     * to \a hub, and a selection made elsewhere tints its events here (the evidence of a selected
     * node) and scrolls to the first of them, without changing the table's own selection.
     */
    void setSelectionHub(SelectionHub *hub);
    SelectionHub *selectionHub() const;

Q_SIGNALS:
    void selectedEventsChanged(const QVector<causeway::EventId> &ids);
    /// Files were dropped on the timeline: the window offers to import them.
    void filesDropped(const QStringList &files);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QuickEntryContext quickEntryContext() const;
    void buildContextMenu(QMenu *menu);
    void updateCounts();
    void updateSelectionInfo();
    void refreshMilestones();
    void followHub(QObject *origin);

    Document *m_document;
    TimelineModel *m_model;
    TimelineFilterProxy *m_proxy;
    QLineEdit *m_quickEntry;
    QLabel *m_quickEntryError;
    QComboBox *m_timeDisplay;
    MilestoneStrip *m_milestones;
    TimelineFilterBar *m_filterBar;
    QTableView *m_table;
    QLabel *m_selectionInfo;
    QPointer<SelectionHub> m_hub;
};

} // namespace causeway
