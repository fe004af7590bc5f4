// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "time/timedisplay.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

namespace causeway {

/**
 * The timeline as a table: an adapter that mirrors the document's events in document order and
 * turns the document's id-based signals into row signals. Edits made in the table become
 * document commands; the model itself never changes data.
 */
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        KindColumn,
        ActorColumn,
        TextColumn,
        TagsColumn,
        SourceColumn,
        FlagsColumn,
        SupportsColumn,
        ColumnCount
    };
    enum Role {
        EventIdRole = Qt::UserRole + 1, ///< the event's id, on every column
        SortRole, ///< for sorting: the time column sorts by the instant, not its text
    };

    explicit TimelineModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    Document *document() const { return m_document; }
    EventId eventAt(int row) const;
    int rowOf(EventId id) const;

    void setTimeDisplay(TimeDisplay display);
    const TimeFormatter &formatter() const { return m_formatter; }
    /// The trigger's time: the first event flagged as the trigger, else the incident's start.
    Instant triggerTime() const;

    /**
     * Events to tint (Qt::BackgroundRole), e.g. the evidence of a node selected in another view.
     * The tint is a look only: it leaves the table's own selection alone.
     */
    void setHighlightedEvents(const QSet<EventId> &events);
    const QSet<EventId> &highlightedEvents() const { return m_highlighted; }
    /// The tint of highlighted rows: the palette's highlight, faint enough to read text on.
    static QColor highlightTint();

    /// The MIME type of dragged events (their ids), dropped on causal nodes as evidence.
    static QString eventIdsMimeType();
    static QVector<EventId> eventIdsFromMime(const QMimeData *mime);

private:
    void onEventAdded(EventId id);
    void onEventAboutToBeRemoved(EventId id);
    void onEventRemoved(EventId id);
    void onEventChanged(EventId id, TimelineEvent::Fields fields);
    void updateFormatter();
    void columnChanged(int column);
    QString supportsText(EventId id) const;

    QPointer<Document> m_document;
    QVector<EventId> m_rows; // mirrors the document's order
    TimeDisplay m_display = TimeDisplay::IncidentZone;
    TimeFormatter m_formatter;
    mutable QHash<EventId, QStringList> m_supports; // event → labels of the nodes it supports
    mutable bool m_supportsValid = false;
    bool m_removingTrigger = false;
    QSet<EventId> m_highlighted;
};

} // namespace causeway
