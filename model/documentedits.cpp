// SPDX-License-Identifier: GPL-3.0-or-later
// The document's user edits: each one pushes commands, so each is undoable. Compound edits keep
// the document consistent (no dangling references) inside one undo step.
#include "commands/documentcommands.h"
#include "commands/entitycommands.h"
#include "commands/undomacroguard.h"
#include "document.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace causeway {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Undo Commands", text, nullptr, n);
}

template<class T>
struct EditTexts;

// lupdate does not expand macros: QT_TRANSLATE_NOOP shows it the texts.
#define CAUSEWAY_EDIT_TEXTS(T, addText, editText, removeText)                                                \
    template<>                                                                                               \
    struct EditTexts<T>                                                                                      \
    {                                                                                                        \
        static QString add() { return tr(addText); }                                                         \
        static QString edit() { return tr(editText); }                                                       \
        static QString remove(int n) { return tr(removeText, n); }                                           \
    };

CAUSEWAY_EDIT_TEXTS(Person, QT_TRANSLATE_NOOP("Undo Commands", "Add Person"),
    QT_TRANSLATE_NOOP("Undo Commands", "Edit Person"),
    QT_TRANSLATE_N_NOOP("Undo Commands", "Delete %n Person(s)"))
CAUSEWAY_EDIT_TEXTS(TimelineEvent, QT_TRANSLATE_NOOP("Undo Commands", "Add Event"),
    QT_TRANSLATE_NOOP("Undo Commands", "Edit Event"),
    QT_TRANSLATE_N_NOOP("Undo Commands", "Delete %n Event(s)"))
CAUSEWAY_EDIT_TEXTS(CausalNode, QT_TRANSLATE_NOOP("Undo Commands", "Add Node"),
    QT_TRANSLATE_NOOP("Undo Commands", "Edit Node"),
    QT_TRANSLATE_N_NOOP("Undo Commands", "Delete %n Node(s)"))
CAUSEWAY_EDIT_TEXTS(CausalLink, QT_TRANSLATE_NOOP("Undo Commands", "Add Link"),
    QT_TRANSLATE_NOOP("Undo Commands", "Edit Link"),
    QT_TRANSLATE_N_NOOP("Undo Commands", "Delete %n Link(s)"))
CAUSEWAY_EDIT_TEXTS(DifferentEngineerAnswer, QT_TRANSLATE_NOOP("Undo Commands", "Add Answer"),
    QT_TRANSLATE_NOOP("Undo Commands", "Edit Answer"),
    QT_TRANSLATE_N_NOOP("Undo Commands", "Delete %n Answer(s)"))
CAUSEWAY_EDIT_TEXTS(CorrectiveAction, QT_TRANSLATE_NOOP("Undo Commands", "Add Action"),
    QT_TRANSLATE_NOOP("Undo Commands", "Edit Action"),
    QT_TRANSLATE_N_NOOP("Undo Commands", "Delete %n Action(s)"))
CAUSEWAY_EDIT_TEXTS(Lesson, QT_TRANSLATE_NOOP("Undo Commands", "Add Lesson"),
    QT_TRANSLATE_NOOP("Undo Commands", "Edit Lesson"),
    QT_TRANSLATE_N_NOOP("Undo Commands", "Delete %n Lesson(s)"))
CAUSEWAY_EDIT_TEXTS(Evidence, QT_TRANSLATE_NOOP("Undo Commands", "Add Evidence"),
    QT_TRANSLATE_NOOP("Undo Commands", "Edit Evidence"),
    QT_TRANSLATE_N_NOOP("Undo Commands", "Delete %n Evidence Item(s)"))
#undef CAUSEWAY_EDIT_TEXTS

/// The ids of \a ids that exist in \a doc, each once, in document order (so undo restores order).
template<class Id>
QSet<Id> toSet(const QVector<Id> &ids)
{
    return QSet<Id>(ids.begin(), ids.end());
}

template<class T>
QVector<typename T::IdType> existing(const Document &doc, const QVector<typename T::IdType> &ids)
{
    const auto wanted = toSet(ids);
    QVector<typename T::IdType> result;
    for (const T &v : doc.all<T>()) {
        if (wanted.contains(v.id))
            result.append(v.id);
    }
    return result;
}

template<class Id>
bool removeAll(QVector<Id> &list, const QSet<Id> &ids)
{
    const auto oldSize = list.size();
    list.erase(std::remove_if(list.begin(), list.end(), [&](Id id) { return ids.contains(id); }), list.end());
    return list.size() != oldSize;
}

template<class T>
void pushRemovals(Document *doc, const QVector<typename T::IdType> &ids)
{
    // Last first: each command then restores its entity at an index that is valid again.
    for (auto it = ids.crbegin(); it != ids.crend(); ++it)
        doc->undoStack()->push(new RemoveEntityCommand<T>(doc, *it));
}

/// Removes entities that nothing else refers to, in one undo step.
template<class T>
void removeUnreferenced(Document *doc, const QVector<typename T::IdType> &requested)
{
    const QVector<typename T::IdType> ids = existing<T>(*doc, requested);
    if (ids.isEmpty())
        return;
    UndoMacroGuard macro(doc->undoStack(), EditTexts<T>::remove(ids.size()));
    pushRemovals<T>(doc, ids);
}

template<class T>
void sortIds(QVector<T> &ids)
{
    std::sort(ids.begin(), ids.end());
}

} // namespace

template<class T>
typename T::IdType Document::add(T value)
{
    value.id = allocateId<T>();
    auto *command = new AddEntityCommand<T>(this, value);
    command->setText(EditTexts<T>::add());
    m_undoStack->push(command);
    return value.id;
}

template<class T>
void Document::change(const T &value)
{
    const T *current = find<T>(value.id);
    if (!current || !T::diff(*current, value))
        return;
    auto *command = new ChangeEntityCommand<T>(this, value);
    command->setText(EditTexts<T>::edit());
    m_undoStack->push(command);
}

template<class T>
void Document::changeEach(const QVector<T> &values)
{
    for (const T &v : values)
        m_undoStack->push(new ChangeEntityCommand<T>(this, v));
}

#define CAUSEWAY_INSTANTIATE_EDITS(T)                                                                        \
    template T::IdType Document::add<T>(T);                                                                  \
    template void Document::change<T>(const T &);

CAUSEWAY_INSTANTIATE_EDITS(Person)
CAUSEWAY_INSTANTIATE_EDITS(TimelineEvent)
CAUSEWAY_INSTANTIATE_EDITS(CausalNode)
CAUSEWAY_INSTANTIATE_EDITS(CausalLink)
CAUSEWAY_INSTANTIATE_EDITS(DifferentEngineerAnswer)
CAUSEWAY_INSTANTIATE_EDITS(CorrectiveAction)
CAUSEWAY_INSTANTIATE_EDITS(Lesson)
CAUSEWAY_INSTANTIATE_EDITS(Evidence)
#undef CAUSEWAY_INSTANTIATE_EDITS

void Document::changeEvents(
    const QVector<EventId> &requested, const std::function<void(TimelineEvent &)> &edit, const QString &text)
{
    QVector<TimelineEvent> changed;
    for (EventId id : existing<TimelineEvent>(*this, requested)) {
        TimelineEvent e = *event(id);
        edit(e);
        if (TimelineEvent::diff(*event(id), e))
            changed.append(e);
    }
    if (changed.isEmpty())
        return;
    UndoMacroGuard macro(m_undoStack, text);
    changeEach(changed);
}

void Document::placeNodes(const QVector<NodePlacement> &placements, const QString &text)
{
    QVector<CausalNode> changed;
    for (const NodePlacement &p : placements) {
        const CausalNode *current = node(p.node);
        if (!current)
            continue;
        CausalNode n = *current;
        n.position = p.position;
        n.pinned = p.pinned;
        if (CausalNode::diff(*current, n))
            changed.append(n);
    }
    if (changed.isEmpty())
        return;
    UndoMacroGuard macro(m_undoStack, text);
    changeEach(changed);
}

void Document::removePeople(const QVector<PersonId> &requested)
{
    const QVector<PersonId> ids = existing<Person>(*this, requested);
    const QSet<PersonId> idSet = toSet(ids);
    if (ids.isEmpty())
        return;
    UndoMacroGuard macro(m_undoStack, EditTexts<Person>::remove(ids.size()));

    // What a person did stays in the record: their name moves into the free-text fields.
    QVector<TimelineEvent> events;
    for (const TimelineEvent &e : this->events()) {
        if (idSet.contains(e.person)) {
            TimelineEvent c = e;
            c.actor = person(e.person)->name;
            c.person = PersonId();
            events.append(c);
        }
    }
    changeEach(events);
    QVector<CorrectiveAction> actions;
    for (const CorrectiveAction &a : this->actions()) {
        if (idSet.contains(a.owner)) {
            CorrectiveAction c = a;
            c.ownerName = person(a.owner)->name;
            c.owner = PersonId();
            actions.append(c);
        }
    }
    changeEach(actions);
    Incident incident = m_incident;
    if (idSet.contains(incident.commander))
        incident.commander = PersonId();
    removeAll(incident.authors, idSet);
    removeAll(incident.reviewers, idSet);
    if (Incident::diff(m_incident, incident))
        m_undoStack->push(new ChangeIncidentCommand(this, incident));

    pushRemovals<Person>(this, ids);
}

void Document::removeEvents(const QVector<EventId> &requested)
{
    const QVector<EventId> ids = existing<TimelineEvent>(*this, requested);
    const QSet<EventId> idSet = toSet(ids);
    if (ids.isEmpty())
        return;
    UndoMacroGuard macro(m_undoStack, EditTexts<TimelineEvent>::remove(ids.size()));

    QVector<CausalNode> nodes;
    for (CausalNode n : this->nodes()) {
        if (removeAll(n.evidenceEvents, idSet))
            nodes.append(n);
    }
    changeEach(nodes);
    QVector<Evidence> evidence;
    for (Evidence e : this->evidence()) {
        if (removeAll(e.events, idSet))
            evidence.append(e);
    }
    changeEach(evidence);
    pushRemovals<TimelineEvent>(this, ids);
}

void Document::removeNodes(const QVector<NodeId> &requested)
{
    const QVector<NodeId> ids = existing<CausalNode>(*this, requested);
    const QSet<NodeId> idSet = toSet(ids);
    if (ids.isEmpty())
        return;
    UndoMacroGuard macro(m_undoStack, EditTexts<CausalNode>::remove(ids.size()));

    QVector<AnswerId> answersAbout;
    QVector<DifferentEngineerAnswer> answers;
    for (const DifferentEngineerAnswer &a : this->answers()) {
        if (idSet.contains(a.node)) {
            answersAbout.append(a.id);
        } else if (idSet.contains(a.defence)) {
            DifferentEngineerAnswer c = a;
            c.defence = NodeId();
            answers.append(c);
        }
    }
    changeEach(answers);
    pushRemovals<DifferentEngineerAnswer>(this, answersAbout);

    QVector<CorrectiveAction> actions;
    for (CorrectiveAction a : this->actions()) {
        if (removeAll(a.addresses, idSet))
            actions.append(a);
    }
    changeEach(actions);
    QVector<Evidence> evidence;
    for (Evidence e : this->evidence()) {
        if (removeAll(e.nodes, idSet))
            evidence.append(e);
    }
    changeEach(evidence);

    QVector<LinkId> links;
    for (const CausalLink &l : this->links()) {
        if (idSet.contains(l.from) || idSet.contains(l.to))
            links.append(l.id);
    }
    pushRemovals<CausalLink>(this, links);
    pushRemovals<CausalNode>(this, ids);
}

void Document::removeLinks(const QVector<LinkId> &requested)
{
    removeUnreferenced<CausalLink>(this, requested);
}

void Document::removeAnswers(const QVector<AnswerId> &requested)
{
    removeUnreferenced<DifferentEngineerAnswer>(this, requested);
}

void Document::removeActions(const QVector<ActionId> &requested)
{
    const QVector<ActionId> ids = existing<CorrectiveAction>(*this, requested);
    const QSet<ActionId> idSet = toSet(ids);
    if (ids.isEmpty())
        return;
    UndoMacroGuard macro(m_undoStack, EditTexts<CorrectiveAction>::remove(ids.size()));
    QVector<DifferentEngineerAnswer> answers;
    for (DifferentEngineerAnswer a : this->answers()) {
        if (removeAll(a.actions, idSet))
            answers.append(a);
    }
    changeEach(answers);
    pushRemovals<CorrectiveAction>(this, ids);
}

void Document::removeLessons(const QVector<LessonId> &requested)
{
    removeUnreferenced<Lesson>(this, requested);
}

void Document::removeEvidence(const QVector<EvidenceId> &requested)
{
    removeUnreferenced<Evidence>(this, requested);
}

QVector<EventId> Document::appendEvents(QVector<TimelineEvent> events, const QString &text)
{
    QVector<EventId> ids;
    if (events.isEmpty())
        return ids;
    ids.reserve(events.size());
    for (TimelineEvent &e : events) {
        e.id = allocateId<TimelineEvent>();
        ids.append(e.id);
    }
    auto *command = new AppendEventsCommand(this, std::move(events));
    command->setText(text);
    m_undoStack->push(command);
    return ids;
}

LinkId Document::connect(NodeId cause, NodeId effect, LinkKind kind)
{
    if (cause == effect || !node(cause) || !node(effect))
        return LinkId();
    CausalLink link;
    link.from = cause;
    link.to = effect;
    link.kind = kind;
    return add(link);
}

void Document::changeIncident(const Incident &incident)
{
    Incident normalized = incident;
    sortIds(normalized.authors);
    sortIds(normalized.reviewers);
    if (!Incident::diff(m_incident, normalized))
        return;
    m_undoStack->push(new ChangeIncidentCommand(this, normalized));
}

void Document::setSection(const QString &key, const QString &text)
{
    if (section(key) == text)
        return;
    m_undoStack->push(new SetSectionCommand(this, key, text));
}

void Document::setTemplate(TemplateId id)
{
    if (id == m_templateId)
        return;
    m_undoStack->push(new SetTemplateCommand(this, id));
}

} // namespace causeway
