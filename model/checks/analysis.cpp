// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis.h"

#include "checkids.h"
#include "document.h"
#include "languagecheck.h"
#include "structuralchecks.h"

#include <QCoreApplication>

#include <algorithm>

namespace causeway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway", text);
}

QString shortened(const QString &text, int max = 48)
{
    const QString simple = text.simplified();
    return simple.size() <= max ? simple : simple.left(max - 1) + QChar(0x2026);
}

void addProse(QVector<ProseField> &fields, const EntityRef &entity, const char *field, const QString &text,
    bool isCause = false, bool isAction = false)
{
    if (text.trimmed().isEmpty())
        return;
    ProseField f;
    f.place.entity = entity;
    f.place.field = QLatin1String(field);
    f.text = text;
    f.isCause = isCause;
    f.isAction = isAction;
    fields.append(f);
}

Findings proseFindings(const LanguageCheck &check, const ProseField &field)
{
    Findings findings;
    const ProseText text(field.text);
    const QVector<LanguageMatch> matches =
        check.matches(text, field.isAction ? LanguageRule::Scope::Actions : LanguageRule::Scope::Prose);
    for (const LanguageMatch &m : matches) {
        Finding f;
        f.checkId = m.rule->checkId;
        f.ruleId = m.rule->id;
        f.severity = m.rule->severity;
        f.place = field.place;
        f.place.start = m.start;
        f.place.length = m.length;
        f.excerpt = m.excerpt;
        f.message = QStringLiteral("\u201C%1\u201D %2").arg(m.excerpt, m.rule->message);
        f.suggestion = m.suggestion;
        findings.append(f);
    }
    if (!field.isCause)
        return findings;
    for (const NameMatch &name : check.names(text)) {
        const bool covered = std::any_of(matches.begin(), matches.end(), [&](const LanguageMatch &m) {
            return name.start < m.start + m.length && m.start < name.start + name.length;
        });
        if (covered)
            continue;
        Finding f;
        f.checkId = QLatin1String(checks::PersonAsCause);
        f.ruleId = QStringLiteral("name-in-cause");
        f.place = field.place;
        f.place.start = name.start;
        f.place.length = name.length;
        f.excerpt = field.text.mid(name.start, name.length);
        f.message = tr("Names %1 in a cause; causes and Five Whys answers describe the system, not a person")
                        .arg(name.person);
        f.suggestion =
            tr("Describe the system property involved; where a person's action matters, use the role "
               "(\"the deploying engineer\").");
        findings.append(f);
    }
    return findings;
}

int severityRank(FindingSeverity s)
{
    return s == FindingSeverity::Error ? 0 : (s == FindingSeverity::Warning ? 1 : 2);
}

} // namespace

const QVector<CheckInfo> &allChecks()
{
    using S = FindingSeverity;
    static const QVector<CheckInfo> list = {
        { checks::BlameLanguage, S::Warning, QT_TRANSLATE_NOOP("Checks", "Blame language") },
        { checks::PersonAsCause, S::Warning, QT_TRANSLATE_NOOP("Checks", "A person as a cause") },
        { checks::VagueAction, S::Warning, QT_TRANSLATE_NOOP("Checks", "Vague corrective action") },
        { checks::ActionNoOwner, S::Error, QT_TRANSLATE_NOOP("Checks", "Action without an owner") },
        { checks::ActionNoDue, S::Error, QT_TRANSLATE_NOOP("Checks", "Action without a due date") },
        { checks::ActionOverdue, S::Info, QT_TRANSLATE_NOOP("Checks", "Action overdue") },
        { checks::ActionNoCause, S::Warning, QT_TRANSLATE_NOOP("Checks", "Action that addresses no cause") },
        { checks::NodeNoAction, S::Warning,
            QT_TRANSLATE_NOOP("Checks", "Cause with no action and no accepted risk") },
        { checks::NodeNoEvidence, S::Info, QT_TRANSLATE_NOOP("Checks", "Node without evidence") },
        { checks::WhysEndsAtPerson, S::Error, QT_TRANSLATE_NOOP("Checks", "Five Whys ending at a person") },
        { checks::WhysEndsAtAction, S::Warning,
            QT_TRANSLATE_NOOP("Checks", "Five Whys ending at an action") },
        { checks::WhysTooShort, S::Warning,
            QT_TRANSLATE_NOOP("Checks", "Five Whys shorter than it needs to be") },
        { checks::WhysMissing, S::Info, QT_TRANSLATE_NOOP("Checks", "No Five Whys") },
        { checks::DiagramCycle, S::Warning, QT_TRANSLATE_NOOP("Checks", "Cycle in the causal diagram") },
        { checks::TriggerMissing, S::Error, QT_TRANSLATE_NOOP("Checks", "No direct trigger") },
        { checks::WarningSignsNone, S::Warning, QT_TRANSLATE_NOOP("Checks", "No warning signs considered") },
        { checks::DifferentEngineerUnanswered, S::Warning,
            QT_TRANSLATE_NOOP("Checks", "\"Different engineer\" question unanswered") },
        { checks::DifferentEngineerNoAction, S::Error,
            QT_TRANSLATE_NOOP("Checks", "\"Different engineer\" answered no, with no action") },
        { checks::TimelineMissingMilestone, S::Warning,
            QT_TRANSLATE_NOOP("Checks", "Detected, mitigated or resolved time missing") },
        { checks::TimelineNoZone, S::Warning, QT_TRANSLATE_NOOP("Checks", "Times without a zone") },
        { checks::ImpactNoNumbers, S::Warning, QT_TRANSLATE_NOOP("Checks", "Impact without numbers") },
    };
    return list;
}

QVector<ProseField> proseFields(const Document &d)
{
    QVector<ProseField> fields;
    addProse(fields, EntityRef::incident(), "title", d.incident().title);
    addProse(fields, EntityRef::incident(), "impact.description", d.incident().impact.description);
    const auto &sections = d.sections();
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        addProse(fields, EntityRef::section(it.key()), "text", it.value());
    for (const CausalNode &n : d.nodes()) {
        const bool cause = n.type != NodeType::Outcome;
        addProse(fields, EntityRef::of(EntityKind::Node, n.id), "label", n.label, cause);
        addProse(fields, EntityRef::of(EntityKind::Node, n.id), "description", n.description, cause);
    }
    for (const CausalLink &l : d.links())
        addProse(fields, EntityRef::of(EntityKind::Link, l.id), "note", l.note, l.why);
    for (const DifferentEngineerAnswer &a : d.answers())
        addProse(fields, EntityRef::of(EntityKind::Answer, a.id), "explanation", a.explanation);
    for (const CorrectiveAction &a : d.actions())
        addProse(fields, EntityRef::of(EntityKind::Action, a.id), "title", a.title, false, true);
    for (const Lesson &l : d.lessons())
        addProse(fields, EntityRef::of(EntityKind::Lesson, l.id), "text", l.text);
    return fields;
}

Findings checkProse(const Document &document, const ProseField &field, const LanguageRules *rules)
{
    const LanguageCheck check(rules ? *rules : LanguageRules::builtIn(), document.people());
    return proseFindings(check, field);
}

Findings runChecks(const Document &document, const CheckOptions &options)
{
    const LanguageCheck language(
        options.rules ? *options.rules : LanguageRules::builtIn(), document.people());
    Findings findings;
    for (const ProseField &field : proseFields(document)) {
        Findings f = proseFindings(language, field);
        // Vague wording only matters when no tooling stands behind the action.
        if (field.isAction) {
            const CorrectiveAction *a = document.action(ActionId(field.place.entity.id));
            if (a && a->nature == ActionNature::Tooling)
                f.erase(std::remove_if(f.begin(), f.end(),
                            [](const Finding &x) { return x.checkId == QLatin1String(checks::VagueAction); }),
                    f.end());
        }
        findings += f;
    }
    findings += structuralFindings(document, language, options.today);

    for (Finding &f : findings) {
        if (const Acknowledgement *a = document.acknowledgement(f.checkId, f.place.entity, f.place.field)) {
            f.acknowledged = true;
            f.acknowledgementReason = a->reason;
        }
    }
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return severityRank(a.severity) < severityRank(b.severity);
    });
    return findings;
}

QString severityName(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return QStringLiteral("error");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString describePlace(const Document &d, const FindingPlace &place)
{
    const EntityRef &e = place.entity;
    QString what;
    auto named = [](const QString &kind, quint64 id, const QString &text) {
        return text.isEmpty() ? QStringLiteral("%1 %2").arg(kind).arg(id)
                              : QStringLiteral("%1 %2 \u201C%3\u201D").arg(kind).arg(id).arg(shortened(text));
    };
    switch (e.kind) {
    case EntityKind::Document:
        what = tr("document");
        break;
    case EntityKind::Incident:
        what = tr("incident");
        break;
    case EntityKind::Section:
        what = tr("section %1").arg(e.key);
        break;
    case EntityKind::Person: {
        const Person *p = d.person(PersonId(e.id));
        what = named(tr("person"), e.id, p ? p->name : QString());
        break;
    }
    case EntityKind::Event: {
        const TimelineEvent *ev = d.event(EventId(e.id));
        what = named(tr("event"), e.id, ev ? ev->text : QString());
        break;
    }
    case EntityKind::Node: {
        const CausalNode *n = d.node(NodeId(e.id));
        what = named(tr("node"), e.id, n ? n->label : QString());
        break;
    }
    case EntityKind::Link:
        what = tr("link %1").arg(e.id);
        break;
    case EntityKind::Answer:
        what = tr("different-engineer answer %1").arg(e.id);
        break;
    case EntityKind::Action: {
        const CorrectiveAction *a = d.action(ActionId(e.id));
        what = named(tr("action"), e.id, a ? a->title : QString());
        break;
    }
    case EntityKind::Lesson:
        what = tr("lesson %1").arg(e.id);
        break;
    }
    if (!place.field.isEmpty())
        what += QStringLiteral(", ") + place.field;
    if (place.hasRange())
        what += QStringLiteral(" [%1\u2013%2]").arg(place.start).arg(place.start + place.length);
    return what;
}

} // namespace causeway
