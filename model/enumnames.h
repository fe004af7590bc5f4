// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acknowledgement.h"
#include "entities.h"

#include <QLatin1String>
#include <QStringList>

namespace causeway {

/*
 * The names that enumerations have in .causeway files and on the command line. These are file
 * vocabulary, not user-visible text: views translate their own labels.
 */
template<class E>
struct EnumNames;

#define CAUSEWAY_ENUM_NAMES(E, ...)                                                                          \
    template<>                                                                                               \
    struct EnumNames<E>                                                                                      \
    {                                                                                                        \
        static constexpr const char *names[] = { __VA_ARGS__ };                                              \
    };

CAUSEWAY_ENUM_NAMES(Severity, "", "SEV1", "SEV2", "SEV3", "SEV4", "SEV5")
CAUSEWAY_ENUM_NAMES(IncidentStatus, "draft", "in-review", "final")
CAUSEWAY_ENUM_NAMES(
    EventKind, "alert", "action", "communication", "deploy", "observation", "decision", "milestone")
CAUSEWAY_ENUM_NAMES(SourceType, "typed", "pasted", "imported")
CAUSEWAY_ENUM_NAMES(NodeType, "outcome", "trigger", "condition", "defence", "warning-sign", "unknown")
CAUSEWAY_ENUM_NAMES(DefenceState, "absent", "degraded", "misaligned", "held")
CAUSEWAY_ENUM_NAMES(LinkKind, "causes", "enables", "failed-to-stop", "warned-of", "limited")
CAUSEWAY_ENUM_NAMES(EngineerAnswer, "unanswered", "yes", "partly", "no")
CAUSEWAY_ENUM_NAMES(ActionPriority, "P1", "P2", "P3", "P4")
CAUSEWAY_ENUM_NAMES(ActionType, "prevent", "detect", "mitigate", "process")
CAUSEWAY_ENUM_NAMES(ActionNature, "tooling", "process", "training")
CAUSEWAY_ENUM_NAMES(ActionStatus, "open", "in-progress", "done", "wont-do")
CAUSEWAY_ENUM_NAMES(LessonCategory, "went-well", "went-wrong", "lucky")
CAUSEWAY_ENUM_NAMES(EvidenceKind, "text", "image")
CAUSEWAY_ENUM_NAMES(TemplateId, "default", "google-sre", "atlassian")
CAUSEWAY_ENUM_NAMES(EntityKind, "document", "incident", "section", "person", "event", "node", "link",
    "answer", "action", "lesson")
#undef CAUSEWAY_ENUM_NAMES

template<class E>
constexpr int enumCount()
{
    return int(sizeof(EnumNames<E>::names) / sizeof(EnumNames<E>::names[0]));
}

template<class E>
QString enumName(E value)
{
    return QString::fromLatin1(EnumNames<E>::names[int(value)]);
}

/// The value named \a name, or nothing when no value has that name.
template<class E>
std::optional<E> enumFromName(const QString &name)
{
    for (int i = 0; i < enumCount<E>(); ++i) {
        if (name == QLatin1String(EnumNames<E>::names[i]))
            return E(i);
    }
    return std::nullopt;
}

/// All names, for error messages ("expected one of ...") and command-line help.
template<class E>
QStringList enumNameList()
{
    QStringList list;
    for (int i = 0; i < enumCount<E>(); ++i)
        list << QString::fromLatin1(EnumNames<E>::names[i]);
    return list;
}

/// Event flags in their fixed file order.
inline const QVector<QPair<EventFlag, QLatin1String>> &eventFlagNames()
{
    static const QVector<QPair<EventFlag, QLatin1String>> names = {
        { EventFlag::Trigger, QLatin1String("trigger") },
        { EventFlag::MissedWarning, QLatin1String("missed-warning") },
        { EventFlag::KeyMoment, QLatin1String("key-moment") },
    };
    return names;
}

} // namespace causeway
