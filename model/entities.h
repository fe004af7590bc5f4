// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"
#include "instant.h"

#include <QByteArray>
#include <QDate>
#include <QFlags>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

/*
 * The entities of a post-mortem (see docs/file-format.md for every field). They are plain values:
 * copying one is cheap, comparing two tells which fields changed, and none of them knows the
 * Document or any view. Enumerations are contiguous from 0 so that enumnames.h can name them.
 */
namespace causeway {

enum class Severity { Unset, Sev1, Sev2, Sev3, Sev4, Sev5 };
enum class IncidentStatus { Draft, InReview, Final };
enum class EventKind { Alert, Action, Communication, Deploy, Observation, Decision, Milestone };
enum class EventFlag { Trigger = 0x1, MissedWarning = 0x2, KeyMoment = 0x4 };
Q_DECLARE_FLAGS(EventFlags, EventFlag)
enum class SourceType { Typed, Pasted, Imported };
enum class NodeType { Outcome, Trigger, Condition, Defence, WarningSign, Unknown };
enum class DefenceState { Absent, Degraded, Misaligned, Held };
enum class LinkKind { Causes, Enables, FailedToStop, WarnedOf, Limited };
enum class EngineerAnswer { Unanswered, Yes, Partly, No };
enum class ActionPriority { P1, P2, P3, P4 };
enum class ActionType { Prevent, Detect, Mitigate, Process };
enum class ActionNature { Tooling, Process, Training };
enum class ActionStatus { Open, InProgress, Done, WontDo };
enum class LessonCategory { WentWell, WentWrong, Lucky };
enum class EvidenceKind { Text, Image };
enum class TemplateId { Default, GoogleSre, Atlassian };

struct Impact
{
    std::optional<qint64> customers;
    std::optional<qint64> failedRequests;
    std::optional<double> revenue;
    QString currency;
    QString description;
    friend bool operator==(const Impact &a, const Impact &b);
    friend bool operator!=(const Impact &a, const Impact &b) { return !(a == b); }
};

/// The incident's metadata: one per document.
struct Incident
{
    enum class Field {
        Title = 0x1,
        Identifier = 0x2,
        Severity = 0x4,
        Status = 0x8,
        Zone = 0x10,
        Commander = 0x20,
        Authors = 0x40,
        Reviewers = 0x80,
        Services = 0x100,
        Impact = 0x200,
        KeyInstants = 0x400,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    QString title;
    QString identifier;
    Severity severity = Severity::Unset;
    IncidentStatus status = IncidentStatus::Draft;
    QString zone = QStringLiteral("UTC");
    PersonId commander;
    QVector<PersonId> authors;
    QVector<PersonId> reviewers;
    QStringList services;
    causeway::Impact impact;
    Instant started;
    Instant detected;
    Instant mitigated;
    Instant resolved;

    static Fields diff(const Incident &a, const Incident &b);
};

/// Time to detect, mitigate and resolve, counted from the start. Computed, never stored.
struct IncidentDurations
{
    std::optional<qint64> toDetect;
    std::optional<qint64> toMitigate;
    std::optional<qint64> toResolve;
};
IncidentDurations durationsOf(const Incident &incident);

struct Person
{
    using IdType = PersonId;
    enum class Field { Name = 0x1, Role = 0x2, Team = 0x4 };
    Q_DECLARE_FLAGS(Fields, Field)

    PersonId id;
    QString name;
    QString role;
    QString team;

    static Fields diff(const Person &a, const Person &b);
};

struct EventSource
{
    SourceType type = SourceType::Typed;
    QString format;
    QString file;
    qint64 line = 0;
    friend bool operator==(const EventSource &a, const EventSource &b)
    {
        return a.type == b.type && a.format == b.format && a.file == b.file && a.line == b.line;
    }
};

struct TimelineEvent
{
    using IdType = EventId;
    enum class Field {
        Time = 0x1,
        End = 0x2,
        Kind = 0x4,
        Actor = 0x8,
        Text = 0x10,
        Tags = 0x20,
        Flags = 0x40,
        Source = 0x80,
        Note = 0x100,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    // The order keeps the 4-byte members together, so a million events carry no padding.
    EventId id;
    PersonId person; ///< the actor when it is a person of the document
    QString actor; ///< the actor when it is a system (or someone not in the people list)
    QString text;
    QStringList tags;
    EventSource source;
    QString note; ///< private: never in a leadership export
    Instant time;
    Instant end;
    EventKind kind = EventKind::Observation;
    EventFlags flags;

    static Fields diff(const TimelineEvent &a, const TimelineEvent &b);
};

struct CausalNode
{
    using IdType = NodeId;
    enum class Field {
        Type = 0x1,
        Label = 0x2,
        Description = 0x4,
        DefenceState = 0x8,
        RootCause = 0x10,
        AcceptedRisk = 0x20,
        Position = 0x40,
        Pinned = 0x80,
        EvidenceEvents = 0x100,
        Note = 0x200,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    NodeId id;
    NodeType type = NodeType::Condition;
    QString label;
    QString description;
    std::optional<causeway::DefenceState> defenceState; ///< set exactly when type is Defence
    bool rootCause = false;
    QString acceptedRisk; ///< why no action is needed; empty when the risk is not accepted
    std::optional<QPointF> position; ///< empty until placed by the user or by layout
    bool pinned = false; ///< placed by hand: layout keeps it exactly where it is
    QVector<EventId> evidenceEvents; ///< sorted
    QString note;

    static Fields diff(const CausalNode &a, const CausalNode &b);
};

struct CausalLink
{
    using IdType = LinkId;
    enum class Field { Ends = 0x1, Kind = 0x2, Why = 0x4, Note = 0x8 };
    Q_DECLARE_FLAGS(Fields, Field)

    LinkId id;
    NodeId from; ///< the cause
    NodeId to; ///< the effect
    LinkKind kind = LinkKind::Causes;
    bool why = false; ///< a step of the Five Whys: "why did `to` happen? because `from`"
    QString note;

    static Fields diff(const CausalLink &a, const CausalLink &b);
};

/// "If a different engineer made the same mistake, would our current systems catch it?"
struct DifferentEngineerAnswer
{
    using IdType = AnswerId;
    enum class Field { Node = 0x1, Answer = 0x2, Defence = 0x4, Explanation = 0x8, Actions = 0x10 };
    Q_DECLARE_FLAGS(Fields, Field)

    AnswerId id;
    NodeId node;
    EngineerAnswer answer = EngineerAnswer::Unanswered;
    NodeId defence;
    QString explanation;
    QVector<ActionId> actions; ///< sorted

    static Fields diff(const DifferentEngineerAnswer &a, const DifferentEngineerAnswer &b);
};

struct CorrectiveAction
{
    using IdType = ActionId;
    enum class Field {
        Title = 0x1,
        Owner = 0x2,
        Due = 0x4,
        Priority = 0x8,
        Type = 0x10,
        Nature = 0x20,
        Status = 0x40,
        Tracker = 0x80,
        Addresses = 0x100,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    ActionId id;
    QString title;
    PersonId owner;
    QString ownerName; ///< an owner outside the people list (a team); empty when owner is set
    QDate due;
    ActionPriority priority = ActionPriority::P2;
    ActionType type = ActionType::Prevent;
    ActionNature nature = ActionNature::Tooling;
    ActionStatus status = ActionStatus::Open;
    QString tracker;
    QVector<NodeId> addresses; ///< sorted

    static Fields diff(const CorrectiveAction &a, const CorrectiveAction &b);
};

struct Lesson
{
    using IdType = LessonId;
    enum class Field { Category = 0x1, Text = 0x2 };
    Q_DECLARE_FLAGS(Fields, Field)

    LessonId id;
    LessonCategory category = LessonCategory::WentWell;
    QString text;

    static Fields diff(const Lesson &a, const Lesson &b);
};

struct Evidence
{
    using IdType = EvidenceId;
    enum class Field {
        Title = 0x1,
        Kind = 0x2,
        Language = 0x4,
        FileName = 0x8,
        Content = 0x10,
        Events = 0x20,
        Nodes = 0x40,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    EvidenceId id;
    QString title;
    EvidenceKind kind = EvidenceKind::Text;
    QString language; ///< a KSyntaxHighlighting definition name, or empty
    QString fileName;
    QString text; ///< text evidence
    QString mediaType; ///< image evidence: "image/png" or "image/jpeg"
    QByteArray data; ///< image evidence: the raw bytes
    QVector<EventId> events; ///< sorted
    QVector<NodeId> nodes; ///< sorted

    static Fields diff(const Evidence &a, const Evidence &b);
};

} // namespace causeway

Q_DECLARE_OPERATORS_FOR_FLAGS(causeway::EventFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(causeway::Incident::Fields)
Q_DECLARE_OPERATORS_FOR_FLAGS(causeway::Person::Fields)
Q_DECLARE_OPERATORS_FOR_FLAGS(causeway::TimelineEvent::Fields)
Q_DECLARE_OPERATORS_FOR_FLAGS(causeway::CausalNode::Fields)
Q_DECLARE_OPERATORS_FOR_FLAGS(causeway::CausalLink::Fields)
Q_DECLARE_OPERATORS_FOR_FLAGS(causeway::DifferentEngineerAnswer::Fields)
Q_DECLARE_OPERATORS_FOR_FLAGS(causeway::CorrectiveAction::Fields)
Q_DECLARE_OPERATORS_FOR_FLAGS(causeway::Lesson::Fields)
Q_DECLARE_OPERATORS_FOR_FLAGS(causeway::Evidence::Fields)

// Every member is a Qt value or plain data, so a QVector of a million events grows and inserts by
// moving bytes instead of copying and destroying each event.
Q_DECLARE_TYPEINFO(causeway::EventSource, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(causeway::TimelineEvent, Q_RELOCATABLE_TYPE);
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
static_assert(sizeof(void *) != 8 || sizeof(causeway::TimelineEvent) == 208,
    "a timeline event grew: a million of them are kept in memory at once (docs/benchmarks.md)");
#endif
