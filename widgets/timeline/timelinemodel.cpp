// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "labels.h"

#include <QFont>

namespace causeway {

TimelineModel::TimelineModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_zone(document->incident().zone.toUtf8())
{
    m_rows.reserve(document->events().size());
    for (const TimelineEvent &e : document->events())
        m_rows.append(e.id);

    connect(document, &Document::eventAdded, this, &TimelineModel::onEventAdded);
    connect(document, &Document::eventAboutToBeRemoved, this, &TimelineModel::onEventAboutToBeRemoved);
    connect(document, &Document::eventRemoved, this, &TimelineModel::onEventRemoved);
    connect(document, &Document::eventChanged, this, [this](EventId id) { onEventChanged(id); });
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
    connect(document, &Document::personChanged, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, ActorColumn), index(m_rows.size() - 1, ActorColumn));
    });
    connect(document, &Document::incidentChanged, this, [this](Incident::Fields fields) {
        if (!fields.testFlag(Incident::Field::Zone))
            return;
        m_zone = QTimeZone(m_document->incident().zone.toUtf8());
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, TimeColumn), index(m_rows.size() - 1, TimeColumn));
        Q_EMIT headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
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

QString TimelineModel::formatTime(const Instant &instant) const
{
    if (!instant.isValid())
        return {};
    const QDateTime local = m_zone.isValid() ? instant.toDateTime().toTimeZone(m_zone) : instant.toDateTime();
    // Every shown time says its zone.
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ') +
        (m_zone.isValid() ? m_zone.abbreviation(local) : local.timeZoneAbbreviation());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const TimelineEvent *e = m_document->event(m_rows.at(index.row()));
    if (!e)
        return {};
    if (role == EventIdRole)
        return QVariant::fromValue(e->id);
    if (role == SortRole && index.column() == TimeColumn)
        return e->time.utcMicroseconds();
    if (role == Qt::FontRole && e->flags.testFlag(EventFlag::Trigger)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::EditRole)
            return e->time.toRfc3339();
        if (role == Qt::ToolTipRole)
            return tr("%1 (as recorded: %2)").arg(formatTime(e->time), e->time.toRfc3339());
        return formatTime(e->time);
    case KindColumn:
        return label(e->kind);
    case ActorColumn:
        return m_document->actorName(*e);
    case TextColumn:
        return e->text;
    case TagsColumn:
        return e->tags.join(QStringLiteral(", "));
    case SourceColumn:
        if (e->source.file.isEmpty())
            return e->source.format;
        return e->source.line > 0 ? QStringLiteral("%1:%2").arg(e->source.file).arg(e->source.line)
                                  : e->source.file;
    case FlagsColumn:
        return flagsLabel(e->flags);
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return m_zone.isValid() ? tr("Time (%1)").arg(QString::fromUtf8(m_zone.id())) : tr("Time");
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
    }
    return {};
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    switch (index.column()) {
    case TimeColumn:
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
        e.text = text;
        break;
    case TagsColumn: {
        e.tags.clear();
        for (const QString &tag : text.split(QLatin1Char(','))) {
            if (!tag.trimmed().isEmpty())
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

void TimelineModel::onEventAdded(EventId id)
{
    const int row = m_document->indexOf<TimelineEvent>(id);
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, id);
    endInsertRows();
}

void TimelineModel::onEventAboutToBeRemoved(EventId id)
{
    const int row = m_document->indexOf<TimelineEvent>(id);
    beginRemoveRows(QModelIndex(), row, row);
}

void TimelineModel::onEventRemoved(EventId id)
{
    const int row = m_rows.indexOf(id);
    m_rows.remove(row);
    endRemoveRows();
}

void TimelineModel::onEventChanged(EventId id)
{
    const int row = m_document->indexOf<TimelineEvent>(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace causeway
