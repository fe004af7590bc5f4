// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace causeway {

/// The kinds of things an analysis finding can point at (see model/checks/finding.h).
enum class EntityKind { Document, Incident, Section, Person, Event, Node, Link, Answer, Action, Lesson };

/**
 * A reference to one thing of the document by kind and id: a node, an action, a form section
 * (by its key), the incident, or the document as a whole. A plain value, so it stays valid
 * when the thing is removed (and means the same thing again when the removal is undone).
 */
struct EntityRef
{
    EntityKind kind = EntityKind::Document;
    quint64 id = 0; ///< for people, events, nodes, links, answers, actions and lessons
    QString key; ///< for sections: the section's key

    static EntityRef document() { return {}; }
    static EntityRef incident() { return { EntityKind::Incident, 0, QString() }; }
    static EntityRef section(const QString &key) { return { EntityKind::Section, 0, key }; }
    template<class IdT>
    static EntityRef of(EntityKind kind, IdT id)
    {
        return { kind, id.value, QString() };
    }

    friend bool operator==(const EntityRef &a, const EntityRef &b)
    {
        return a.kind == b.kind && a.id == b.id && a.key == b.key;
    }
    friend bool operator!=(const EntityRef &a, const EntityRef &b) { return !(a == b); }
};

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
inline size_t qHash(const EntityRef &r, size_t seed = 0)
#else
inline uint qHash(const EntityRef &r, uint seed = 0)
#endif
{
    return ::qHash(r.id, seed) ^ ::qHash(int(r.kind)) ^ ::qHash(r.key);
}

/**
 * A finding the authors have looked at and decided to keep as it is, with their reason. It
 * covers every finding of \a checkId on \a field of \a entity, so that it survives edits of the
 * text that move the finding's character range. Kept by the document and saved with it.
 */
struct Acknowledgement
{
    QString checkId;
    EntityRef entity;
    QString field; ///< e.g. "label"; empty for findings about the entity as a whole
    QString reason;

    /// Whether this acknowledges findings of \a check at \a field of \a ref.
    bool covers(const QString &check, const EntityRef &ref, const QString &atField) const
    {
        return checkId == check && entity == ref && field == atField;
    }
    friend bool operator==(const Acknowledgement &a, const Acknowledgement &b)
    {
        return a.checkId == b.checkId && a.entity == b.entity && a.field == b.field && a.reason == b.reason;
    }
    friend bool operator!=(const Acknowledgement &a, const Acknowledgement &b) { return !(a == b); }
};

} // namespace causeway

Q_DECLARE_METATYPE(causeway::EntityRef)
