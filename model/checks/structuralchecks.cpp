// SPDX-License-Identifier: GPL-3.0-or-later
#include "structuralchecks.h"

#include "checkids.h"
#include "document.h"
#include "languagecheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace causeway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway", text);
}

Finding make(const char *check, FindingSeverity severity, const EntityRef &entity, const char *field,
    const QString &message, const QString &suggestion = QString())
{
    Finding f;
    f.checkId = QLatin1String(check);
    f.severity = severity;
    f.place.entity = entity;
    f.place.field = QLatin1String(field);
    f.message = message;
    f.suggestion = suggestion;
    return f;
}

EntityRef ref(NodeId id)
{
    return EntityRef::of(EntityKind::Node, id);
}

bool isOpen(const CorrectiveAction &a)
{
    return a.status == ActionStatus::Open || a.status == ActionStatus::InProgress;
}

void actionChecks(const Document &d, const QDate &today, Findings &out)
{
    QSet<NodeId> addressed;
    for (const CorrectiveAction &a : d.actions()) {
        for (NodeId n : a.addresses)
            addressed.insert(n);
        const EntityRef at = EntityRef::of(EntityKind::Action, a.id);
        if (isOpen(a) && !a.owner.isValid() && a.ownerName.trimmed().isEmpty())
            out << make(checks::ActionNoOwner, FindingSeverity::Error, at, "owner",
                tr("The action has no owner; the method wants every change named with an owner"),
                tr("Choose a person or a team who will see it done."));
        if (isOpen(a) && !a.due.isValid())
            out << make(checks::ActionNoDue, FindingSeverity::Error, at, "due",
                tr("The action has no due date; the method wants every change with a date"),
                tr("Agree a date with the owner."));
        if (isOpen(a) && a.due.isValid() && a.due < today)
            out << make(checks::ActionOverdue, FindingSeverity::Info, at, "due",
                tr("The action was due on %1 and is still %2")
                    .arg(a.due.toString(Qt::ISODate),
                        a.status == ActionStatus::Open ? tr("open") : tr("in progress")),
                tr("Finish it, or agree a new date and say why."));
        if (a.addresses.isEmpty())
            out << make(checks::ActionNoCause, FindingSeverity::Warning, at, "addresses",
                tr("The action addresses no cause; every action should change a condition, defence or "
                   "warning sign of the "
                   "analysis"),
                tr("Link it to the nodes it changes, or reconsider whether it is needed."));
    }
    for (const CausalNode &n : d.nodes()) {
        const bool needsAction = n.type == NodeType::Condition || n.type == NodeType::WarningSign ||
            (n.type == NodeType::Defence &&
                (n.defenceState == DefenceState::Absent || n.defenceState == DefenceState::Degraded));
        if (needsAction && !addressed.contains(n.id) && n.acceptedRisk.trimmed().isEmpty()) {
            const QString what = n.type == NodeType::Condition ? tr("condition")
                : n.type == NodeType::WarningSign              ? tr("missed warning sign")
                                                               : tr("defence that was absent or degraded");
            out << make(checks::NodeNoAction, FindingSeverity::Warning, ref(n.id), "actions",
                tr("This %1 has no corrective action and is not accepted as a risk").arg(what),
                tr("Add an action that changes it, or accept the risk and say why."));
        }
        if (n.evidenceEvents.isEmpty())
            out << make(checks::NodeNoEvidence, FindingSeverity::Info, ref(n.id), "evidenceEvents",
                tr("The node has no evidence: no timeline event supports it"),
                tr("Link the events that show it, or mark it as an open question (unknown)."));
    }
}

/// Whether a node's own words make a person the cause.
bool namesPerson(const CausalNode &n, const LanguageCheck &language)
{
    for (const QString &text : { n.label, n.description }) {
        const ProseText prose(text);
        if (!language.names(prose).isEmpty())
            return true;
        for (const LanguageMatch &m : language.matches(prose, LanguageRule::Scope::Prose)) {
            if (m.rule->checkId == QLatin1String(checks::PersonAsCause) ||
                m.rule->id == QLatin1String("human-error"))
                return true;
        }
    }
    return false;
}

void whyChecks(const Document &d, const LanguageCheck &language, Findings &out)
{
    // Why-steps run from cause to effect: "why did `to` happen? because `from`".
    QHash<NodeId, QVector<NodeId>> effectsOf; // cause → effects it answers
    QSet<NodeId> answered; // effects that have a why-answer
    for (const CausalLink &l : d.links()) {
        if (!l.why)
            continue;
        effectsOf[l.from].append(l.to);
        answered.insert(l.to);
    }
    if (effectsOf.isEmpty()) {
        const bool hasOutcome = std::any_of(d.nodes().begin(), d.nodes().end(),
            [](const CausalNode &n) { return n.type == NodeType::Outcome; });
        if (hasOutcome)
            out << make(checks::WhysMissing, FindingSeverity::Info, EntityRef::document(), "",
                tr("There is no Five Whys: no why-step leads back from the outcome"),
                tr("Ask why the outcome happened, and keep asking until the answer is a property of the "
                   "system."));
        return;
    }
    // The longest chain of why-steps from a node to an effect nobody asked "why" past.
    QHash<NodeId, int> depth;
    std::function<int(NodeId, QSet<NodeId> &)> stepsFrom = [&](NodeId n, QSet<NodeId> &onPath) {
        const auto known = depth.constFind(n);
        if (known != depth.constEnd())
            return *known;
        if (onPath.contains(n))
            return 0; // a cycle: reported by diagram.cycle
        onPath.insert(n);
        int best = 0;
        for (NodeId effect : effectsOf.value(n))
            best = qMax(best, 1 + stepsFrom(effect, onPath));
        onPath.remove(n);
        depth.insert(n, best);
        return best;
    };
    for (const CausalNode &n : d.nodes()) {
        if (!effectsOf.contains(n.id) || answered.contains(n.id))
            continue; // not the end of a chain: something answers why it happened
        QSet<NodeId> onPath;
        const int steps = stepsFrom(n.id, onPath);
        if (namesPerson(n, language)) {
            out << make(checks::WhysEndsAtPerson, FindingSeverity::Error, ref(n.id), "label",
                tr("The Five Whys chain ends at a person; the chain should end at a property of the system"),
                tr("Ask one more why: what let this action do harm? (\"no tooling to estimate migration "
                   "duration\")"));
        } else if (n.type != NodeType::Condition && n.type != NodeType::Defence) {
            out << make(checks::WhysEndsAtAction, FindingSeverity::Warning, ref(n.id), "type",
                n.type == NodeType::Unknown
                    ? tr("The Five Whys chain ends at an open question; the chain is not finished")
                    : tr("The Five Whys chain ends at an action or event, not at a condition or defence of "
                         "the system"),
                tr("Ask why this happened until the answer is a condition or a defence."));
        }
        if (steps < 3 && !n.rootCause)
            out << make(checks::WhysTooShort, FindingSeverity::Warning, ref(n.id), "",
                QCoreApplication::translate("causeway",
                    "The Five Whys chain ends after %n step(s); a chain that stops this early usually stops "
                    "at a "
                    "symptom",
                    nullptr, steps),
                QCoreApplication::translate(
                    "causeway", "Ask why again, or mark the node as a root cause if it is one."));
    }
}

void cycleChecks(const Document &d, Findings &out)
{
    // Tarjan's strongly connected components: every component with more than one node is a cycle.
    QHash<NodeId, QVector<NodeId>> next;
    for (const CausalLink &l : d.links())
        next[l.from].append(l.to);
    QHash<NodeId, int> index, low;
    QVector<NodeId> stack;
    QSet<NodeId> onStack;
    int counter = 0;
    std::function<void(NodeId)> visit = [&](NodeId v) {
        index.insert(v, counter);
        low.insert(v, counter);
        ++counter;
        stack.append(v);
        onStack.insert(v);
        for (NodeId w : next.value(v)) {
            if (!index.contains(w)) {
                visit(w);
                low[v] = qMin(low.value(v), low.value(w));
            } else if (onStack.contains(w)) {
                low[v] = qMin(low.value(v), index.value(w));
            }
        }
        if (low.value(v) != index.value(v))
            return;
        QVector<NodeId> component;
        NodeId w;
        do {
            w = stack.takeLast();
            onStack.remove(w);
            component.append(w);
        } while (w != v);
        if (component.size() < 2)
            return;
        NodeId first = component.first();
        QStringList ids;
        for (const CausalNode &n : d.nodes()) { // document order, so the report is stable
            if (component.contains(n.id)) {
                if (ids.isEmpty())
                    first = n.id;
                ids << QString::number(n.id.value);
            }
        }
        out << make(checks::DiagramCycle, FindingSeverity::Warning, ref(first), "",
            tr("The node is on a cycle of causes (nodes %1); a cause cannot be its own effect")
                .arg(ids.join(QStringLiteral(", "))),
            tr("Check the direction of the links, or split the node into the two moments it stands for."));
    };
    for (const CausalNode &n : d.nodes()) {
        if (!index.contains(n.id))
            visit(n.id);
    }
}

void methodChecks(const Document &d, Findings &out)
{
    bool triggerEvent = false;
    bool warningEvent = false;
    for (const TimelineEvent &e : d.events()) { // one pass, also at a million events
        triggerEvent = triggerEvent || e.flags.testFlag(EventFlag::Trigger);
        warningEvent = warningEvent || e.flags.testFlag(EventFlag::MissedWarning);
        if (triggerEvent && warningEvent)
            break;
    }
    QVector<NodeId> triggers;
    bool warningNode = false;
    for (const CausalNode &n : d.nodes()) {
        if (n.type == NodeType::Trigger)
            triggers.append(n.id);
        warningNode = warningNode || n.type == NodeType::WarningSign;
    }
    if (triggers.isEmpty() && !triggerEvent)
        out << make(checks::TriggerMissing, FindingSeverity::Error, EntityRef::document(), "",
            tr("No direct trigger is named: no trigger node and no event marked as the trigger"),
            tr("Add the specific action or failure that immediately caused the incident."));
    if (!warningNode && !warningEvent)
        out << make(checks::WarningSignsNone, FindingSeverity::Warning, EntityRef::document(), "",
            tr("No early warning signs are considered: no warning-sign node and no event marked as a missed "
               "warning"),
            tr("Ask which signals were present but not acted on (staging results, elevated latency)."));

    for (NodeId trigger : triggers) {
        const auto answer = std::find_if(d.answers().begin(), d.answers().end(),
            [&](const DifferentEngineerAnswer &a) { return a.node == trigger; });
        if (answer == d.answers().end() || answer->answer == EngineerAnswer::Unanswered)
            out << make(checks::DifferentEngineerUnanswered, FindingSeverity::Warning, ref(trigger),
                "differentEngineer",
                tr("For this trigger, \"If a different engineer made the same mistake, would our current "
                   "systems catch it?\" has no answer"),
                tr("Answer yes, partly or no, with the defence that would catch it."));
    }
    for (const DifferentEngineerAnswer &a : d.answers()) {
        if (a.answer == EngineerAnswer::No && a.actions.isEmpty())
            out << make(checks::DifferentEngineerNoAction, FindingSeverity::Error,
                EntityRef::of(EntityKind::Answer, a.id), "actions",
                tr("The answer is \"no\": a different engineer's mistake would not be caught, and no "
                   "corrective action "
                   "changes that"),
                tr("Add the corrective action that would catch it; the method makes it the highest "
                   "priority."));
    }
}

void timelineChecks(const Document &d, Findings &out)
{
    const Incident &i = d.incident();
    const QPair<const Instant *, const char *> instants[] = {
        { &i.detected, "detected" },
        { &i.mitigated, "mitigated" },
        { &i.resolved, "resolved" },
    };
    const QString names[] = { tr("detected"), tr("mitigated"), tr("resolved") };
    for (int k = 0; k < 3; ++k) {
        if (!instants[k].first->isValid())
            out << make(checks::TimelineMissingMilestone, FindingSeverity::Warning, EntityRef::incident(),
                instants[k].second, tr("The incident has no time for when it was %1").arg(names[k]),
                tr("Set the key instant; time to detect, mitigate and resolve are computed from it."));
    }
    if (i.zone.trimmed().isEmpty())
        out << make(checks::TimelineNoZone, FindingSeverity::Warning, EntityRef::incident(), "zone",
            tr("The incident has no reference time zone, so times cannot be shown as the responders saw "
               "them"),
            tr("Choose the zone the incident was handled in."));
    if (!i.impact.customers && !i.impact.failedRequests && !i.impact.revenue)
        out << make(checks::ImpactNoNumbers, FindingSeverity::Warning, EntityRef::incident(), "impact",
            tr("The impact is described without numbers (customers, failed requests or revenue)"),
            tr("Add the numbers that are known, even as estimates."));
}

} // namespace

Findings structuralFindings(const Document &document, const LanguageCheck &language, const QDate &today)
{
    Findings out;
    methodChecks(document, out);
    whyChecks(document, language, out);
    cycleChecks(document, out);
    actionChecks(document, today, out);
    timelineChecks(document, out);
    return out;
}

} // namespace causeway
