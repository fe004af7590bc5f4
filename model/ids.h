// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QtGlobal>

namespace causeway {

/**
 * A stable, typed entity id. Ids are positive integers, unique within one list of the document
 * and kept across save and load. The tag type keeps a NodeId from being passed where an EventId
 * is meant; commands and views refer to entities only through these.
 */
template<class TagT>
struct Id
{
    using Tag = TagT;
    quint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(quint64 v)
        : value(v)
    { }
    constexpr bool isValid() const { return value != 0; }
    friend constexpr bool operator==(Id a, Id b) { return a.value == b.value; }
    friend constexpr bool operator!=(Id a, Id b) { return a.value != b.value; }
    friend constexpr bool operator<(Id a, Id b) { return a.value < b.value; }
};

// qHash's return type differs between Qt 5 (uint) and Qt 6 (size_t).
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
template<class Tag>
size_t qHash(Id<Tag> id, size_t seed = 0)
#else
template<class Tag>
uint qHash(Id<Tag> id, uint seed = 0)
#endif
{
    return ::qHash(id.value, seed);
}

struct PersonTag;
struct EventTag;
struct NodeTag;
struct LinkTag;
struct AnswerTag;
struct ActionTag;
struct LessonTag;
struct EvidenceTag;

using PersonId = Id<PersonTag>;
using EventId = Id<EventTag>;
using NodeId = Id<NodeTag>;
using LinkId = Id<LinkTag>;
using AnswerId = Id<AnswerTag>;
using ActionId = Id<ActionTag>;
using LessonId = Id<LessonTag>;
using EvidenceId = Id<EvidenceTag>;

} // namespace causeway

Q_DECLARE_METATYPE(causeway::PersonId)
Q_DECLARE_METATYPE(causeway::EventId)
Q_DECLARE_METATYPE(causeway::NodeId)
Q_DECLARE_METATYPE(causeway::LinkId)
Q_DECLARE_METATYPE(causeway::AnswerId)
Q_DECLARE_METATYPE(causeway::ActionId)
Q_DECLARE_METATYPE(causeway::LessonId)
Q_DECLARE_METATYPE(causeway::EvidenceId)
