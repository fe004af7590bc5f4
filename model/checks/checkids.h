// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The stable ids of the analysis checks. They are part of the file format (acknowledgements name
// them) and of the command line's output: never rename one, add new ones instead.

namespace causeway::checks {

// Language (rules in resources/checks/blame-language.<lang>.json)
inline constexpr char BlameLanguage[] = "blame.language";
inline constexpr char PersonAsCause[] = "blame.person-as-cause";
inline constexpr char VagueAction[] = "action.vague";
// Corrective actions
inline constexpr char ActionNoOwner[] = "action.no-owner";
inline constexpr char ActionNoDue[] = "action.no-due";
inline constexpr char ActionOverdue[] = "action.overdue";
inline constexpr char ActionNoCause[] = "action.no-cause";
inline constexpr char NodeNoAction[] = "node.no-action";
// Causal analysis
inline constexpr char NodeNoEvidence[] = "node.no-evidence";
inline constexpr char WhysEndsAtPerson[] = "whys.ends-at-person";
inline constexpr char WhysEndsAtAction[] = "whys.ends-at-action";
inline constexpr char WhysTooShort[] = "whys.too-short";
inline constexpr char WhysMissing[] = "whys.missing";
inline constexpr char DiagramCycle[] = "diagram.cycle";
inline constexpr char TriggerMissing[] = "trigger.missing";
inline constexpr char WarningSignsNone[] = "warning-signs.none";
inline constexpr char DifferentEngineerUnanswered[] = "different-engineer.unanswered";
inline constexpr char DifferentEngineerNoAction[] = "different-engineer.no-action";
// Timeline and impact
inline constexpr char TimelineMissingMilestone[] = "timeline.missing-milestone";
inline constexpr char TimelineNoZone[] = "timeline.no-zone";
inline constexpr char ImpactNoNumbers[] = "impact.no-numbers";

} // namespace causeway::checks
