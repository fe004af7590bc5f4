// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

namespace causeway {

namespace {

// Which signals belong to which entity type, so that the raw layer is written once.
template<class T>
struct SignalsOf;

#define CAUSEWAY_SIGNALS_OF(T, prefix)                                                                       \
    template<>                                                                                               \
    struct SignalsOf<T>                                                                                      \
    {                                                                                                        \
        static constexpr auto added = &Document::prefix##Added;                                              \
        static constexpr auto aboutToBeRemoved = &Document::prefix##AboutToBeRemoved;                        \
        static constexpr auto removed = &Document::prefix##Removed;                                          \
        static constexpr auto changed = &Document::prefix##Changed;                                          \
    };

CAUSEWAY_SIGNALS_OF(Person, person)
CAUSEWAY_SIGNALS_OF(TimelineEvent, event)
CAUSEWAY_SIGNALS_OF(CausalNode, node)
CAUSEWAY_SIGNALS_OF(CausalLink, link)
CAUSEWAY_SIGNALS_OF(DifferentEngineerAnswer, answer)
CAUSEWAY_SIGNALS_OF(CorrectiveAction, action)
CAUSEWAY_SIGNALS_OF(Lesson, lesson)
CAUSEWAY_SIGNALS_OF(Evidence, evidence)
#undef CAUSEWAY_SIGNALS_OF

template<class T>
void fill(EntityList<T> &list, QVector<T> &&values)
{
    list.assign(std::move(values));
}

} // namespace

Document::Document(QObject *parent)
    : Document(DocumentContent {}, parent)
{ }

Document::Document(DocumentContent content, QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_templateId(content.templateId)
    , m_incident(std::move(content.incident))
    , m_sections(std::move(content.sections))
    , m_acknowledgements(std::move(content.acknowledgements))
{
    registerModelMetaTypes();
    fill(list<Person>(), std::move(content.people));
    fill(list<TimelineEvent>(), std::move(content.events));
    fill(list<CausalNode>(), std::move(content.nodes));
    fill(list<CausalLink>(), std::move(content.links));
    fill(list<DifferentEngineerAnswer>(), std::move(content.answers));
    fill(list<CorrectiveAction>(), std::move(content.actions));
    fill(list<Lesson>(), std::move(content.lessons));
    fill(list<Evidence>(), std::move(content.evidence));
    QObject::connect(
        m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Document::~Document() = default;

void Document::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    Q_EMIT fileNameChanged(fileName);
}

QVector<LinkId> Document::linksOf(NodeId node) const
{
    QVector<LinkId> ids;
    for (const CausalLink &l : links()) {
        if (l.from == node || l.to == node)
            ids.append(l.id);
    }
    return ids;
}

QString Document::actorName(const TimelineEvent &event) const
{
    if (const Person *p = person(event.person))
        return p->name;
    return event.actor;
}

DocumentContent Document::content() const
{
    DocumentContent c;
    c.templateId = m_templateId;
    c.incident = m_incident;
    c.people = people();
    c.events = events();
    c.nodes = nodes();
    c.links = links();
    c.answers = answers();
    c.actions = actions();
    c.lessons = lessons();
    c.evidence = evidence();
    c.sections = m_sections;
    c.acknowledgements = m_acknowledgements;
    return c;
}

template<class T>
void Document::insertRaw(int index, const T &value)
{
    list<T>().insert(index, value);
    Q_EMIT(this->*SignalsOf<T>::added)(value.id);
}

template<class T>
T Document::removeRaw(typename T::IdType id, int *index)
{
    EntityList<T> &l = list<T>();
    const int i = l.indexOf(id);
    Q_ASSERT(i >= 0);
    Q_EMIT(this->*SignalsOf<T>::aboutToBeRemoved)(id);
    T value = l.takeAt(i);
    if (index)
        *index = i;
    Q_EMIT(this->*SignalsOf<T>::removed)(id);
    return value;
}

template<class T>
void Document::replaceRaw(const T &value)
{
    EntityList<T> &l = list<T>();
    const int i = l.indexOf(value.id);
    Q_ASSERT(i >= 0);
    const auto fields = T::diff(l.items().at(i), value);
    if (!fields)
        return;
    l.replaceAt(i, value);
    Q_EMIT(this->*SignalsOf<T>::changed)(value.id, fields);
}

void Document::appendEventsRaw(const QVector<TimelineEvent> &events)
{
    EntityList<TimelineEvent> &l = list<TimelineEvent>();
    const int first = l.size();
    l.reserve(first + events.size());
    for (const TimelineEvent &e : events)
        l.append(e);
    Q_EMIT eventsAppended(first, events.size());
}

QVector<TimelineEvent> Document::truncateEventsRaw(int count)
{
    EntityList<TimelineEvent> &l = list<TimelineEvent>();
    const int first = l.size() - count;
    Q_EMIT eventsAboutToBeTruncated(first);
    QVector<TimelineEvent> tail = l.takeFrom(first);
    Q_EMIT eventsTruncated(first);
    return tail;
}

void Document::setIncidentRaw(const Incident &incident)
{
    const Incident::Fields fields = Incident::diff(m_incident, incident);
    if (!fields)
        return;
    m_incident = incident;
    Q_EMIT incidentChanged(fields);
}

void Document::setSectionRaw(const QString &key, const QString &text)
{
    if (m_sections.value(key) == text && m_sections.contains(key) == !text.isEmpty())
        return;
    // An empty section is not kept: a file never holds keys that say nothing.
    if (text.isEmpty())
        m_sections.remove(key);
    else
        m_sections.insert(key, text);
    Q_EMIT sectionChanged(key);
}

void Document::setTemplateRaw(TemplateId id)
{
    if (m_templateId == id)
        return;
    m_templateId = id;
    Q_EMIT templateChanged(id);
}

#define CAUSEWAY_INSTANTIATE_RAW(T)                                                                          \
    template void Document::insertRaw<T>(int, const T &);                                                    \
    template T Document::removeRaw<T>(T::IdType, int *);                                                     \
    template void Document::replaceRaw<T>(const T &);

CAUSEWAY_INSTANTIATE_RAW(Person)
CAUSEWAY_INSTANTIATE_RAW(TimelineEvent)
CAUSEWAY_INSTANTIATE_RAW(CausalNode)
CAUSEWAY_INSTANTIATE_RAW(CausalLink)
CAUSEWAY_INSTANTIATE_RAW(DifferentEngineerAnswer)
CAUSEWAY_INSTANTIATE_RAW(CorrectiveAction)
CAUSEWAY_INSTANTIATE_RAW(Lesson)
CAUSEWAY_INSTANTIATE_RAW(Evidence)
#undef CAUSEWAY_INSTANTIATE_RAW

void registerModelMetaTypes()
{
    static const bool registered = [] {
        qRegisterMetaType<PersonId>("causeway::PersonId");
        qRegisterMetaType<EventId>("causeway::EventId");
        qRegisterMetaType<NodeId>("causeway::NodeId");
        qRegisterMetaType<LinkId>("causeway::LinkId");
        qRegisterMetaType<AnswerId>("causeway::AnswerId");
        qRegisterMetaType<ActionId>("causeway::ActionId");
        qRegisterMetaType<LessonId>("causeway::LessonId");
        qRegisterMetaType<EvidenceId>("causeway::EvidenceId");
        qRegisterMetaType<Incident::Fields>("causeway::Incident::Fields");
        qRegisterMetaType<Person::Fields>("causeway::Person::Fields");
        qRegisterMetaType<TimelineEvent::Fields>("causeway::TimelineEvent::Fields");
        qRegisterMetaType<CausalNode::Fields>("causeway::CausalNode::Fields");
        qRegisterMetaType<CausalLink::Fields>("causeway::CausalLink::Fields");
        qRegisterMetaType<DifferentEngineerAnswer::Fields>("causeway::DifferentEngineerAnswer::Fields");
        qRegisterMetaType<CorrectiveAction::Fields>("causeway::CorrectiveAction::Fields");
        qRegisterMetaType<Lesson::Fields>("causeway::Lesson::Fields");
        qRegisterMetaType<Evidence::Fields>("causeway::Evidence::Fields");
        qRegisterMetaType<TemplateId>("causeway::TemplateId");
        return true;
    }();
    Q_UNUSED(registered)
}

} // namespace causeway
