// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "icons.h"
#include "labels.h"

#include <QDataStream>
#include <QFont>
#include <QGuiApplication>
#include <QIODevice>
#include <QMimeData>
#include <QPalette>

namespace causeway {

TimelineModel::TimelineModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    m_rows.reserve(document->events().size());
    for (const TimelineEvent &e : document->events())
        m_rows.append(e.id);
    updateFormatter();

    connect(document, &Document::eventAdded, this, &TimelineModel::onEventAdded);
    connect(document, &Document::eventAboutToBeRemoved, this, &TimelineModel::onEventAboutToBeRemoved);
    connect(document, &Document::eventRemoved, this, &TimelineModel::onEventRemoved);
    connect(document, &Document::eventChanged, this, &TimelineModel::onEventChanged);
    connect(document, &Document::eventsAppended, this, [this](int first, int count) {
        beginInsertRows(QModelIndex(), first, first + count - 1);
        const QVector<TimelineEvent> &events = m_document->events();
        for (int i = first; i < first + count; ++i)
            m_rows.append(events.at(i).id);
        endInsertRows();
    });
    connect(document, &Document::eventsAboutToBeTruncated, this,
        [this](int first) { beginRemoveRows(QModelIndex(), first, m_rows.size() - 1); });
    connect(document, &Document::eventsTruncated, this, [this](int first) {
        m_rows.resize(first);
        endRemoveRows();
    });
    connect(document, &Document::personChanged, this, [this] { columnChanged(ActorColumn); });
    connect(document, &Document::incidentChanged, this, [this](Incident::Fields fields) {
        if (fields & (Incident::Field::Zone | Incident::Field::KeyInstants))
            updateFormatter();
    });
    // Which nodes an event supports is shown in the Supports column.
    auto nodesChanged = [this] {
        m_supportsValid = false;
        columnChanged(SupportsColumn);
    };
    connect(document, &Document::nodeAdded, this, nodesChanged);
    connect(document, &Document::nodeRemoved, this, nodesChanged);
    connect(document, &Document::nodeChanged, this, [nodesChanged](NodeId, CausalNode::Fields fields) {
        if (fields & (CausalNode::Field::EvidenceEvents | CausalNode::Field::Label))
            nodesChanged();
    });
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

EventId TimelineModel::eventAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : EventId();
}

int TimelineModel::rowOf(EventId id) const
{
    return m_document ? m_document->indexOf<TimelineEvent>(id) : -1;
}

void TimelineModel::setTimeDisplay(TimeDisplay display)
{
    if (m_display == display)
        return;
    m_display = display;
    updateFormatter();
}

Instant TimelineModel::triggerTime() const
{
    if (!m_document)
        return {};
    Instant trigger;
    for (const TimelineEvent &e : m_document->events()) {
        if (e.flags.testFlag(EventFlag::Trigger) && (!trigger.isValid() || e.time < trigger))
            trigger = e.time;
    }
    return trigger.isValid() ? trigger : m_document->incident().started;
}

void TimelineModel::setHighlightedEvents(const QSet<EventId> &events)
{
    if (events == m_highlighted)
        return;
    // Repaint only the rows whose tint changes: one row each, so a long timeline is not touched.
    QSet<EventId> changed = events;
    changed.unite(m_highlighted);
    const QSet<EventId> both = QSet<EventId>(events).intersect(m_highlighted);
    changed.subtract(both);
    m_highlighted = events;
    for (EventId id : changed) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), { Qt::BackgroundRole });
    }
}

QColor TimelineModel::highlightTint()
{
    QColor tint = QGuiApplication::palette().color(QPalette::Highlight);
    tint.setAlphaF(0.22);
    return tint;
}

void TimelineModel::updateFormatter()
{
    const QByteArray zone = m_document->incident().zone.toUtf8();
    m_formatter = TimeFormatter(m_display, zone.isEmpty() ? QTimeZone() : QTimeZone(zone), triggerTime());
    columnChanged(TimeColumn);
    Q_EMIT headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
}

void TimelineModel::columnChanged(int column)
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(m_rows.size() - 1, column));
}

QString TimelineModel::supportsText(EventId id) const
{
    if (!m_supportsValid) {
        m_supports.clear();
        for (const CausalNode &n : m_document->nodes()) {
            for (EventId e : n.evidenceEvents)
                m_supports[e].append(n.label);
        }
        m_supportsValid = true;
    }
    return m_supports.value(id).join(QStringLiteral("; "));
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const TimelineEvent *e = m_document->event(m_rows.at(index.row()));
    if (!e)
        return {};
    const int column = index.column();
    switch (role) {
    case EventIdRole:
        return QVariant::fromValue(e->id);
    case SortRole:
        if (column == TimeColumn)
            return e->time.utcMicroseconds();
        if (column == KindColumn)
            return int(e->kind);
        if (column == FlagsColumn)
            return int(e->flags);
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (column == KindColumn)
            return kindIcon(e->kind);
        if (column == FlagsColumn)
            return flagsIcon(e->flags);
        return {};
    case Qt::BackgroundRole:
        if (m_highlighted.contains(e->id))
            return highlightTint();
        return {};
    case Qt::FontRole:
        if (e->flags.testFlag(EventFlag::Trigger)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case TimeColumn:
        if (role == Qt::EditRole)
            return e->time.toRfc3339();
        if (role == Qt::ToolTipRole) {
            QString tip = tr("As recorded: %1").arg(e->time.toRfc3339());
            if (e->end.isValid())
                tip += QLatin1Char('\n') +
                    tr("Until %1 (%2)")
                        .arg(
                            m_formatter.format(e->end), formatDuration(microsecondsBetween(e->time, e->end)));
            return tip;
        }
        return m_formatter.format(e->time);
    case KindColumn:
        return role == Qt::EditRole ? QVariant(int(e->kind)) : QVariant(label(e->kind));
    case ActorColumn:
        return m_document->actorName(*e);
    case TextColumn:
        if (role == Qt::ToolTipRole && !e->note.isEmpty())
            return tr("%1\n\nPrivate note: %2").arg(e->text, e->note);
        return e->text;
    case TagsColumn:
        return e->tags.join(QStringLiteral(", "));
    case SourceColumn: {
        const QString kind = e->source.type == SourceType::Typed ? tr("typed")
            : e->source.type == SourceType::Pasted               ? tr("pasted")
                                                                 : e->source.format;
        if (e->source.file.isEmpty())
            return kind;
        const QString where = e->source.line > 0
            ? QStringLiteral("%1:%2").arg(e->source.file).arg(e->source.line)
            : e->source.file;
        return kind.isEmpty() ? where : QStringLiteral("%1 (%2)").arg(where, kind);
    }
    case FlagsColumn:
        return flagsLabel(e->flags);
    case SupportsColumn:
        return supportsText(e->id);
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return m_formatter.header();
    case KindColumn:
        return tr("Kind");
    case ActorColumn:
        return tr("Actor");
    case TextColumn:
        return tr("What happened");
    case TagsColumn:
        return tr("Tags");
    case SourceColumn:
        return tr("Source");
    case FlagsColumn:
        return tr("Flags");
    case SupportsColumn:
        return tr("Supports");
    }
    return {};
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    f |= Qt::ItemIsDragEnabled;
    switch (index.column()) {
    case TimeColumn:
    case KindColumn:
    case ActorColumn:
    case TextColumn:
    case TagsColumn:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

bool TimelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || role != Qt::EditRole || !index.isValid())
        return false;
    const TimelineEvent *current = m_document->event(eventAt(index.row()));
    if (!current)
        return false;
    TimelineEvent e = *current;
    const QString text = value.toString();
    switch (index.column()) {
    case TimeColumn: {
        const Instant parsed = Instant::parseRfc3339(text.trimmed());
        if (!parsed.isValid())
            return false;
        e.time = parsed;
        break;
    }
    case KindColumn: {
        bool ok = false;
        const int kind = value.toInt(&ok);
        if (!ok || kind < 0 || kind > int(EventKind::Milestone))
            return false;
        e.kind = EventKind(kind);
        break;
    }
    case ActorColumn: {
        e.person = PersonId();
        e.actor = text.trimmed();
        for (const Person &p : m_document->people()) {
            if (p.name == e.actor) {
                e.person = p.id;
                e.actor.clear();
            }
        }
        break;
    }
    case TextColumn:
        if (text.trimmed().isEmpty())
            return false;
        e.text = text;
        break;
    case TagsColumn: {
        e.tags.clear();
        for (const QString &tag : text.split(QLatin1Char(','))) {
            if (!tag.trimmed().isEmpty() && !e.tags.contains(tag.trimmed()))
                e.tags << tag.trimmed();
        }
        break;
    }
    default:
        return false;
    }
    m_document->change(e);
    m_document->sealEdits(); // one cell edit is one undo step
    return true;
}

QString TimelineModel::eventIdsMimeType()
{
    return QStringLiteral("application/x-causeway-event-ids");
}

QStringList TimelineModel::mimeTypes() const
{
    return { eventIdsMimeType(), QStringLiteral("text/plain") };
}

QMimeData *TimelineModel::mimeData(const QModelIndexList &indexes) const
{
    QVector<EventId> ids;
    QStringList lines;
    for (const QModelIndex &index : indexes) {
        const EventId id = eventAt(index.row());
        if (!id.isValid() || ids.contains(id))
            continue;
        ids.append(id);
        lines << QStringLiteral("%1\t%2").arg(data(this->index(index.row(), TimeColumn)).toString(),
            data(this->index(index.row(), TextColumn)).toString());
    }
    auto *mime = new QMimeData;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    for (EventId id : ids)
        stream << quint64(id.value);
    mime->setData(eventIdsMimeType(), bytes);
    mime->setText(lines.join(QLatin1Char('\n')));
    return mime;
}

QVector<EventId> TimelineModel::eventIdsFromMime(const QMimeData *mime)
{
    QVector<EventId> ids;
    if (!mime || !mime->hasFormat(eventIdsMimeType()))
        return ids;
    QDataStream stream(mime->data(eventIdsMimeType()));
    while (!stream.atEnd()) {
        quint64 v = 0;
        stream >> v;
        if (stream.status() != QDataStream::Ok)
            break;
        ids.append(EventId(v));
    }
    return ids;
}

void TimelineModel::onEventAdded(EventId id)
{
    const int row = m_document->indexOf<TimelineEvent>(id);
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, id);
    endInsertRows();
    if (m_document->event(id)->flags.testFlag(EventFlag::Trigger))
        updateFormatter();
}

void TimelineModel::onEventAboutToBeRemoved(EventId id)
{
    m_highlighted.remove(id);
    const int row = m_document->indexOf<TimelineEvent>(id);
    m_removingTrigger = m_document->event(id)->flags.testFlag(EventFlag::Trigger);
    beginRemoveRows(QModelIndex(), row, row);
}

void TimelineModel::onEventRemoved(EventId id)
{
    const int row = m_rows.indexOf(id);
    m_rows.remove(row);
    endRemoveRows();
    if (m_removingTrigger)
        updateFormatter();
}

void TimelineModel::onEventChanged(EventId id, TimelineEvent::Fields fields)
{
    // The trigger flag or the trigger's time moves every relative time.
    if (fields & (TimelineEvent::Field::Flags | TimelineEvent::Field::Time))
        updateFormatter();
    const int row = m_document->indexOf<TimelineEvent>(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace causeway
