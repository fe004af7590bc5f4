// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities.h"

namespace causeway {

namespace {

template<class Flags, class Flag>
void markIf(Flags &fields, bool changed, Flag flag)
{
    if (changed)
        fields |= flag;
}

} // namespace

bool operator==(const Impact &a, const Impact &b)
{
    return a.customers == b.customers && a.failedRequests == b.failedRequests && a.revenue == b.revenue &&
        a.currency == b.currency && a.description == b.description;
}

Incident::Fields Incident::diff(const Incident &a, const Incident &b)
{
    Fields f;
    markIf(f, a.title != b.title, Field::Title);
    markIf(f, a.identifier != b.identifier, Field::Identifier);
    markIf(f, a.severity != b.severity, Field::Severity);
    markIf(f, a.status != b.status, Field::Status);
    markIf(f, a.zone != b.zone, Field::Zone);
    markIf(f, a.commander != b.commander, Field::Commander);
    markIf(f, a.authors != b.authors, Field::Authors);
    markIf(f, a.reviewers != b.reviewers, Field::Reviewers);
    markIf(f, a.services != b.services, Field::Services);
    markIf(f, a.impact != b.impact, Field::Impact);
    markIf(f,
        a.started != b.started || a.detected != b.detected || a.mitigated != b.mitigated ||
            a.resolved != b.resolved,
        Field::KeyInstants);
    return f;
}

IncidentDurations durationsOf(const Incident &incident)
{
    IncidentDurations d;
    if (!incident.started.isValid())
        return d;
    if (incident.detected.isValid())
        d.toDetect = microsecondsBetween(incident.started, incident.detected);
    if (incident.mitigated.isValid())
        d.toMitigate = microsecondsBetween(incident.started, incident.mitigated);
    if (incident.resolved.isValid())
        d.toResolve = microsecondsBetween(incident.started, incident.resolved);
    return d;
}

Person::Fields Person::diff(const Person &a, const Person &b)
{
    Fields f;
    markIf(f, a.name != b.name, Field::Name);
    markIf(f, a.role != b.role, Field::Role);
    markIf(f, a.team != b.team, Field::Team);
    return f;
}

TimelineEvent::Fields TimelineEvent::diff(const TimelineEvent &a, const TimelineEvent &b)
{
    Fields f;
    markIf(f, a.time != b.time, Field::Time);
    markIf(f, a.end != b.end, Field::End);
    markIf(f, a.kind != b.kind, Field::Kind);
    markIf(f, a.person != b.person || a.actor != b.actor, Field::Actor);
    markIf(f, a.text != b.text, Field::Text);
    markIf(f, a.tags != b.tags, Field::Tags);
    markIf(f, a.flags != b.flags, Field::Flags);
    markIf(f, !(a.source == b.source), Field::Source);
    markIf(f, a.note != b.note, Field::Note);
    return f;
}

CausalNode::Fields CausalNode::diff(const CausalNode &a, const CausalNode &b)
{
    Fields f;
    markIf(f, a.type != b.type, Field::Type);
    markIf(f, a.label != b.label, Field::Label);
    markIf(f, a.description != b.description, Field::Description);
    markIf(f, a.defenceState != b.defenceState, Field::DefenceState);
    markIf(f, a.rootCause != b.rootCause, Field::RootCause);
    markIf(f, a.acceptedRisk != b.acceptedRisk, Field::AcceptedRisk);
    markIf(f, a.position != b.position, Field::Position);
    markIf(f, a.pinned != b.pinned, Field::Pinned);
    markIf(f, a.evidenceEvents != b.evidenceEvents, Field::EvidenceEvents);
    markIf(f, a.note != b.note, Field::Note);
    return f;
}

CausalLink::Fields CausalLink::diff(const CausalLink &a, const CausalLink &b)
{
    Fields f;
    markIf(f, a.from != b.from || a.to != b.to, Field::Ends);
    markIf(f, a.kind != b.kind, Field::Kind);
    markIf(f, a.why != b.why, Field::Why);
    markIf(f, a.note != b.note, Field::Note);
    return f;
}

DifferentEngineerAnswer::Fields DifferentEngineerAnswer::diff(
    const DifferentEngineerAnswer &a, const DifferentEngineerAnswer &b)
{
    Fields f;
    markIf(f, a.node != b.node, Field::Node);
    markIf(f, a.answer != b.answer, Field::Answer);
    markIf(f, a.defence != b.defence, Field::Defence);
    markIf(f, a.explanation != b.explanation, Field::Explanation);
    markIf(f, a.actions != b.actions, Field::Actions);
    return f;
}

CorrectiveAction::Fields CorrectiveAction::diff(const CorrectiveAction &a, const CorrectiveAction &b)
{
    Fields f;
    markIf(f, a.title != b.title, Field::Title);
    markIf(f, a.owner != b.owner || a.ownerName != b.ownerName, Field::Owner);
    markIf(f, a.due != b.due, Field::Due);
    markIf(f, a.priority != b.priority, Field::Priority);
    markIf(f, a.type != b.type, Field::Type);
    markIf(f, a.nature != b.nature, Field::Nature);
    markIf(f, a.status != b.status, Field::Status);
    markIf(f, a.tracker != b.tracker, Field::Tracker);
    markIf(f, a.addresses != b.addresses, Field::Addresses);
    return f;
}

Lesson::Fields Lesson::diff(const Lesson &a, const Lesson &b)
{
    Fields f;
    markIf(f, a.category != b.category, Field::Category);
    markIf(f, a.text != b.text, Field::Text);
    return f;
}

Evidence::Fields Evidence::diff(const Evidence &a, const Evidence &b)
{
    Fields f;
    markIf(f, a.title != b.title, Field::Title);
    markIf(f, a.kind != b.kind, Field::Kind);
    markIf(f, a.language != b.language, Field::Language);
    markIf(f, a.fileName != b.fileName, Field::FileName);
    markIf(f, a.text != b.text || a.mediaType != b.mediaType || a.data != b.data, Field::Content);
    markIf(f, a.events != b.events, Field::Events);
    markIf(f, a.nodes != b.nodes, Field::Nodes);
    return f;
}

} // namespace causeway
