// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcontent.h"
#include "entitylist.h"

#include <QObject>
#include <QPointF>
#include <QUndoStack>

#include <functional>
#include <tuple>

namespace causeway {

/**
 * One post-mortem: the only object that owns its data, and the owner of its one undo history.
 *
 * Views and exporters read through the const API and listen to the id-based signals; they never
 * change data themselves. Every user edit is a method in the "edits" section, which pushes one
 * undoable command (compound edits such as deleting a node and its links are one step). The
 * "raw" section at the end is for commands only.
 */
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    explicit Document(DocumentContent content, QObject *parent = nullptr);
    ~Document() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    /// Unsaved changes: the undo stack is away from the state last saved or loaded.
    bool isModified() const { return !m_undoStack->isClean(); }
    /// Records that the current state is what is on disk.
    void markSaved() { m_undoStack->setClean(); }
    /// Marks the document as holding unsaved changes with no undo step for them (a restored journal).
    void markUnsaved() { m_undoStack->resetClean(); }

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);

    // --- Reading -------------------------------------------------------------------------------
    TemplateId templateId() const { return m_templateId; }
    const Incident &incident() const { return m_incident; }
    const QMap<QString, QString> &sections() const { return m_sections; }
    QString section(const QString &key) const { return m_sections.value(key); }

    const QVector<Person> &people() const { return all<Person>(); }
    const QVector<TimelineEvent> &events() const { return all<TimelineEvent>(); }
    const QVector<CausalNode> &nodes() const { return all<CausalNode>(); }
    const QVector<CausalLink> &links() const { return all<CausalLink>(); }
    const QVector<DifferentEngineerAnswer> &answers() const { return all<DifferentEngineerAnswer>(); }
    const QVector<CorrectiveAction> &actions() const { return all<CorrectiveAction>(); }
    const QVector<Lesson> &lessons() const { return all<Lesson>(); }
    const QVector<Evidence> &evidence() const { return all<Evidence>(); }

    const Person *person(PersonId id) const { return find<Person>(id); }
    // QObject::event(QEvent *) stays callable: this lookup only adds an overload.
    using QObject::event;
    const TimelineEvent *event(EventId id) const { return find<TimelineEvent>(id); }
    const CausalNode *node(NodeId id) const { return find<CausalNode>(id); }
    const CausalLink *link(LinkId id) const { return find<CausalLink>(id); }
    const DifferentEngineerAnswer *answer(AnswerId id) const { return find<DifferentEngineerAnswer>(id); }
    const CorrectiveAction *action(ActionId id) const { return find<CorrectiveAction>(id); }
    const Lesson *lesson(LessonId id) const { return find<Lesson>(id); }
    const Evidence *evidenceItem(EvidenceId id) const { return find<Evidence>(id); }

    template<class T>
    const QVector<T> &all() const
    {
        return std::get<EntityList<T>>(m_lists).items();
    }
    template<class T>
    const T *find(typename T::IdType id) const
    {
        return std::get<EntityList<T>>(m_lists).find(id);
    }
    template<class T>
    int indexOf(typename T::IdType id) const
    {
        return std::get<EntityList<T>>(m_lists).indexOf(id);
    }

    /// Findings of the analysis checks that the authors keep on purpose, with their reasons.
    const QVector<Acknowledgement> &acknowledgements() const { return m_acknowledgements; }
    /// The acknowledgement of \a checkId at \a field of \a entity, or null.
    const Acknowledgement *acknowledgement(
        const QString &checkId, const EntityRef &entity, const QString &field) const;

    /// The links that start or end at \a node.
    QVector<LinkId> linksOf(NodeId node) const;
    /// The actor's display name: the person's name, or the system actor.
    QString actorName(const TimelineEvent &event) const;

    /// A copy of everything, e.g. for tests and for "revert"; views use the API above instead.
    DocumentContent content() const;

    // --- Edits: each pushes one undo step ------------------------------------------------------
    /// Adds \a value (its id is ignored and a fresh one given) at the end; returns the new id.
    template<class T>
    typename T::IdType add(T value);
    /**
     * Replaces the entity with \a value's id. Consecutive changes of the same fields of the same
     * entity merge into one step (typing in a field) until sealEdits() is called.
     */
    template<class T>
    void change(const T &value);
    /// Applies \a edit to each of \a ids as one undo step named \a text (e.g. flag a selection).
    void changeEvents(
        const QVector<EventId> &ids, const std::function<void(TimelineEvent &)> &edit, const QString &text);
    /// Where a node goes, and whether it is pinned there (placed by hand) or free (placed by layout).
    struct NodePlacement
    {
        NodeId node;
        QPointF position;
        bool pinned = false;
    };
    /**
     * Moves each node to its placement as one undo step named \a text: a drag of a selection, an
     * alignment or a layout. Unknown ids and placements that change nothing are skipped; when
     * nothing changes no step is pushed.
     */
    void placeNodes(const QVector<NodePlacement> &placements, const QString &text);
    void removePeople(const QVector<PersonId> &ids);
    void removeEvents(const QVector<EventId> &ids);
    void removeNodes(const QVector<NodeId> &ids);
    void removeLinks(const QVector<LinkId> &ids);
    void removeAnswers(const QVector<AnswerId> &ids);
    void removeActions(const QVector<ActionId> &ids);
    void removeLessons(const QVector<LessonId> &ids);
    void removeEvidence(const QVector<EvidenceId> &ids);
    /**
     * Appends \a events (ids are given fresh) as one undo step named \a text, e.g. an import.
     * Views get one eventsAppended() signal, not one per event. Returns the new ids.
     */
    QVector<EventId> appendEvents(QVector<TimelineEvent> events, const QString &text);
    /// Links \a cause to \a effect with \a kind; returns the new link's id (invalid for a self-link).
    LinkId connect(NodeId cause, NodeId effect, LinkKind kind);
    void changeIncident(const Incident &incident);
    void setSection(const QString &key, const QString &text);
    void setTemplate(TemplateId id);
    /// Keeps findings of a check as they are, with a reason; an existing one gets the new reason.
    void acknowledge(const Acknowledgement &acknowledgement);
    /// Opens the findings of \a checkId at \a field of \a entity again.
    void unacknowledge(const QString &checkId, const EntityRef &entity, const QString &field);
    /// Ends merging: the next change starts a new undo step (a field lost focus, a drag ended).
    void sealEdits() { ++m_sealGeneration; }
    int sealGeneration() const { return m_sealGeneration; }

    // --- Raw changes: for commands only; they change data and emit signals ----------------------
    template<class T>
    void insertRaw(int index, const T &value);
    template<class T>
    T removeRaw(typename T::IdType id, int *index);
    template<class T>
    void replaceRaw(const T &value);
    template<class T>
    typename T::IdType allocateId()
    {
        return std::get<EntityList<T>>(m_lists).allocateId();
    }
    /// Appends at the end of the timeline; emits eventsAppended() once.
    void appendEventsRaw(const QVector<TimelineEvent> &events);
    /// Removes the last \a count events; emits eventsAboutToBeTruncated() and eventsTruncated() once.
    QVector<TimelineEvent> truncateEventsRaw(int count);
    void setIncidentRaw(const Incident &incident);
    void setSectionRaw(const QString &key, const QString &text);
    void setTemplateRaw(TemplateId id);
    void insertAcknowledgementRaw(int index, const Acknowledgement &acknowledgement);
    Acknowledgement takeAcknowledgementRaw(int index);
    void replaceAcknowledgementRaw(int index, const Acknowledgement &acknowledgement);
    /// The index of the acknowledgement of \a checkId at \a field of \a entity, or -1.
    int indexOfAcknowledgement(const QString &checkId, const EntityRef &entity, const QString &field) const;

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);

    void incidentChanged(causeway::Incident::Fields fields);
    void sectionChanged(const QString &key);
    void templateChanged(causeway::TemplateId id);
    void acknowledgementsChanged();

    void personAdded(causeway::PersonId id);
    void personAboutToBeRemoved(causeway::PersonId id);
    void personRemoved(causeway::PersonId id);
    void personChanged(causeway::PersonId id, causeway::Person::Fields fields);

    void eventAdded(causeway::EventId id);
    void eventAboutToBeRemoved(causeway::EventId id);
    void eventRemoved(causeway::EventId id);
    void eventChanged(causeway::EventId id, causeway::TimelineEvent::Fields fields);
    /// Events [first, first + count) were appended in one go (an import).
    void eventsAppended(int first, int count);
    /// Events from index \a first to the end are about to be removed in one go (undoing an import).
    void eventsAboutToBeTruncated(int first);
    void eventsTruncated(int first);

    void nodeAdded(causeway::NodeId id);
    void nodeAboutToBeRemoved(causeway::NodeId id);
    void nodeRemoved(causeway::NodeId id);
    void nodeChanged(causeway::NodeId id, causeway::CausalNode::Fields fields);

    void linkAdded(causeway::LinkId id);
    void linkAboutToBeRemoved(causeway::LinkId id);
    void linkRemoved(causeway::LinkId id);
    void linkChanged(causeway::LinkId id, causeway::CausalLink::Fields fields);

    void answerAdded(causeway::AnswerId id);
    void answerAboutToBeRemoved(causeway::AnswerId id);
    void answerRemoved(causeway::AnswerId id);
    void answerChanged(causeway::AnswerId id, causeway::DifferentEngineerAnswer::Fields fields);

    void actionAdded(causeway::ActionId id);
    void actionAboutToBeRemoved(causeway::ActionId id);
    void actionRemoved(causeway::ActionId id);
    void actionChanged(causeway::ActionId id, causeway::CorrectiveAction::Fields fields);

    void lessonAdded(causeway::LessonId id);
    void lessonAboutToBeRemoved(causeway::LessonId id);
    void lessonRemoved(causeway::LessonId id);
    void lessonChanged(causeway::LessonId id, causeway::Lesson::Fields fields);

    void evidenceAdded(causeway::EvidenceId id);
    void evidenceAboutToBeRemoved(causeway::EvidenceId id);
    void evidenceRemoved(causeway::EvidenceId id);
    void evidenceChanged(causeway::EvidenceId id, causeway::Evidence::Fields fields);

private:
    template<class T>
    EntityList<T> &list()
    {
        return std::get<EntityList<T>>(m_lists);
    }
    template<class T>
    void changeEach(const QVector<T> &values);

    QUndoStack *m_undoStack;
    QString m_fileName;
    TemplateId m_templateId = TemplateId::Default;
    Incident m_incident;
    QMap<QString, QString> m_sections;
    QVector<Acknowledgement> m_acknowledgements;
    std::tuple<EntityList<Person>, EntityList<TimelineEvent>, EntityList<CausalNode>, EntityList<CausalLink>,
        EntityList<DifferentEngineerAnswer>, EntityList<CorrectiveAction>, EntityList<Lesson>,
        EntityList<Evidence>>
        m_lists;
    int m_sealGeneration = 0;
};

/// Registers the id and field types with Qt's meta-type system (for queued signals and QSignalSpy).
void registerModelMetaTypes();

} // namespace causeway

Q_DECLARE_METATYPE(causeway::Incident::Fields)
Q_DECLARE_METATYPE(causeway::Person::Fields)
Q_DECLARE_METATYPE(causeway::TimelineEvent::Fields)
Q_DECLARE_METATYPE(causeway::CausalNode::Fields)
Q_DECLARE_METATYPE(causeway::CausalLink::Fields)
Q_DECLARE_METATYPE(causeway::DifferentEngineerAnswer::Fields)
Q_DECLARE_METATYPE(causeway::CorrectiveAction::Fields)
Q_DECLARE_METATYPE(causeway::Lesson::Fields)
Q_DECLARE_METATYPE(causeway::Evidence::Fields)
Q_DECLARE_METATYPE(causeway::TemplateId)
