// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandids.h"
#include "document.h"

#include <QUndoCommand>

namespace causeway {

template<class T>
constexpr int changeCommandId();
template<>
constexpr int changeCommandId<Person>()
{
    return CmdChangePerson;
}
template<>
constexpr int changeCommandId<TimelineEvent>()
{
    return CmdChangeEvent;
}
template<>
constexpr int changeCommandId<CausalNode>()
{
    return CmdChangeNode;
}
template<>
constexpr int changeCommandId<CausalLink>()
{
    return CmdChangeLink;
}
template<>
constexpr int changeCommandId<DifferentEngineerAnswer>()
{
    return CmdChangeAnswer;
}
template<>
constexpr int changeCommandId<CorrectiveAction>()
{
    return CmdChangeAction;
}
template<>
constexpr int changeCommandId<Lesson>()
{
    return CmdChangeLesson;
}
template<>
constexpr int changeCommandId<Evidence>()
{
    return CmdChangeEvidence;
}

/// Adds one entity at \a index (or at the end); undo removes it again.
template<class T>
class AddEntityCommand : public QUndoCommand
{
public:
    AddEntityCommand(Document *doc, const T &value, int index = -1, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_doc(doc)
        , m_value(value)
        , m_index(index)
    { }
    void redo() override { m_doc->insertRaw(m_index, m_value); }
    void undo() override { m_doc->removeRaw<T>(m_value.id, nullptr); }

private:
    Document *m_doc;
    T m_value;
    int m_index;
};

/// Appends many events at the end in one go (an import); undo removes them from the end.
class AppendEventsCommand : public QUndoCommand
{
public:
    AppendEventsCommand(Document *doc, QVector<TimelineEvent> events, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_doc(doc)
        , m_events(std::move(events))
    { }
    void redo() override { m_doc->appendEventsRaw(m_events); }
    void undo() override { m_doc->truncateEventsRaw(m_events.size()); }

private:
    Document *m_doc;
    QVector<TimelineEvent> m_events;
};

/// Removes one entity by id; undo puts it back at the place it had.
template<class T>
class RemoveEntityCommand : public QUndoCommand
{
public:
    RemoveEntityCommand(Document *doc, typename T::IdType id, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_doc(doc)
        , m_id(id)
    { }
    void redo() override { m_value = m_doc->removeRaw<T>(m_id, &m_index); }
    void undo() override { m_doc->insertRaw(m_index, m_value); }

private:
    Document *m_doc;
    typename T::IdType m_id;
    T m_value; // the detached entity while removed
    int m_index = -1;
};

/**
 * Replaces one entity's value. Consecutive changes to the same fields of the same entity merge
 * (typing in a field gives one undo step) until the document's edits are sealed; a merge that
 * ends where it began leaves no step behind.
 */
template<class T>
class ChangeEntityCommand : public QUndoCommand
{
public:
    ChangeEntityCommand(Document *doc, const T &after, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_doc(doc)
        , m_before(*doc->find<T>(after.id))
        , m_after(after)
        , m_fields(T::diff(m_before, after))
        , m_generation(doc->sealGeneration())
    { }
    void redo() override { m_doc->replaceRaw(m_after); }
    void undo() override { m_doc->replaceRaw(m_before); }
    int id() const override { return changeCommandId<T>(); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const ChangeEntityCommand *>(other);
        if (o->m_after.id != m_after.id || o->m_fields != m_fields || o->m_generation != m_generation)
            return false;
        m_after = o->m_after;
        setObsolete(!T::diff(m_before, m_after));
        return true;
    }

private:
    Document *m_doc;
    T m_before;
    T m_after;
    typename T::Fields m_fields;
    int m_generation;
};

} // namespace causeway
