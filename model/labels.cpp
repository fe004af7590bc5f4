// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.h"

#include <QCoreApplication>
#include <QStringList>

namespace causeway {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("causeway", text);
}
} // namespace

QString label(EventKind kind)
{
    switch (kind) {
    case EventKind::Alert:
        return tr("Alert");
    case EventKind::Action:
        return tr("Action");
    case EventKind::Communication:
        return tr("Communication");
    case EventKind::Deploy:
        return tr("Deploy");
    case EventKind::Observation:
        return tr("Observation");
    case EventKind::Decision:
        return tr("Decision");
    case EventKind::Milestone:
        return tr("Milestone");
    }
    return {};
}

QString label(NodeType type)
{
    switch (type) {
    case NodeType::Outcome:
        return tr("Outcome");
    case NodeType::Trigger:
        return tr("Trigger");
    case NodeType::Condition:
        return tr("Condition");
    case NodeType::Defence:
        return tr("Defence");
    case NodeType::WarningSign:
        return tr("Warning sign");
    case NodeType::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString label(DefenceState state)
{
    switch (state) {
    case DefenceState::Absent:
        return tr("absent");
    case DefenceState::Degraded:
        return tr("degraded");
    case DefenceState::Misaligned:
        return tr("misaligned");
    case DefenceState::Held:
        return tr("held");
    }
    return {};
}

QString label(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Causes:
        return tr("causes");
    case LinkKind::Enables:
        return tr("enables");
    case LinkKind::FailedToStop:
        return tr("failed to stop");
    case LinkKind::WarnedOf:
        return tr("warned of");
    case LinkKind::Limited:
        return tr("limited");
    }
    return {};
}

QString label(Severity severity)
{
    switch (severity) {
    case Severity::Unset:
        return tr("Not set");
    case Severity::Sev1:
        return tr("SEV1");
    case Severity::Sev2:
        return tr("SEV2");
    case Severity::Sev3:
        return tr("SEV3");
    case Severity::Sev4:
        return tr("SEV4");
    case Severity::Sev5:
        return tr("SEV5");
    }
    return {};
}

QString label(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Draft:
        return tr("Draft");
    case IncidentStatus::InReview:
        return tr("In review");
    case IncidentStatus::Final:
        return tr("Final");
    }
    return {};
}

QString label(EngineerAnswer answer)
{
    switch (answer) {
    case EngineerAnswer::Unanswered:
        return tr("Not answered");
    case EngineerAnswer::Yes:
        return tr("Yes");
    case EngineerAnswer::Partly:
        return tr("Partly");
    case EngineerAnswer::No:
        return tr("No");
    }
    return {};
}

QString label(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return tr("Open");
    case ActionStatus::InProgress:
        return tr("In progress");
    case ActionStatus::Done:
        return tr("Done");
    case ActionStatus::WontDo:
        return tr("Won't do");
    }
    return {};
}

QString label(LessonCategory category)
{
    switch (category) {
    case LessonCategory::WentWell:
        return tr("Went well");
    case LessonCategory::WentWrong:
        return tr("Went wrong");
    case LessonCategory::Lucky:
        return tr("Where we got lucky");
    }
    return {};
}

QString label(ActionPriority priority)
{
    switch (priority) {
    case ActionPriority::P1:
        return tr("P1");
    case ActionPriority::P2:
        return tr("P2");
    case ActionPriority::P3:
        return tr("P3");
    case ActionPriority::P4:
        return tr("P4");
    }
    return {};
}

QString label(ActionType type)
{
    switch (type) {
    case ActionType::Prevent:
        return tr("Prevent");
    case ActionType::Detect:
        return tr("Detect");
    case ActionType::Mitigate:
        return tr("Mitigate");
    case ActionType::Process:
        return tr("Process");
    }
    return {};
}

QString label(ActionNature nature)
{
    switch (nature) {
    case ActionNature::Tooling:
        return tr("Tooling");
    case ActionNature::Process:
        return tr("Process");
    case ActionNature::Training:
        return tr("Training");
    }
    return {};
}

QString labelInSentence(const QString &label, LabelWord word)
{
    QString rule;
    if (word == LabelWord::Noun) {
        //: Answer "lower" when nouns such as "Condition" or "Trigger" are lower-cased inside a
        //: sentence (English), anything else (e.g. "keep") when they keep their capital (German).
        rule = QCoreApplication::translate("causeway", "lower", "case of a noun label inside a sentence");
    } else {
        //: Answer "lower" when adjectives and phrases such as "Open" or "Done" are lower-cased inside
        //: a sentence (English, German), anything else (e.g. "keep") when they keep their capital.
        rule = QCoreApplication::translate("causeway", "lower", "case of another label inside a sentence");
    }
    return rule == QLatin1String("lower") ? label.toLower() : label;
}

QString countLabel(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

QString flagsLabel(EventFlags flags)
{
    QStringList parts;
    if (flags.testFlag(EventFlag::Trigger))
        parts << tr("Trigger");
    if (flags.testFlag(EventFlag::MissedWarning))
        parts << tr("Missed warning");
    if (flags.testFlag(EventFlag::KeyMoment))
        parts << tr("Key moment");
    return parts.join(QStringLiteral(", "));
}

} // namespace causeway
