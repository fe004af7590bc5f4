// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates.h"

#include "document.h"

#include <QCoreApplication>
#include <QSet>

namespace causeway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FormTemplates", text);
}

SectionDefinition prose(const char *key, const char *title, const char *guidance)
{
    SectionDefinition s;
    s.key = QLatin1String(key);
    s.titleText = title;
    s.guidanceText = guidance;
    return s;
}

SectionDefinition nodes(
    const char *key, const char *title, const char *guidance, QVector<NodeType> types, bool hasProse)
{
    SectionDefinition s = prose(key, title, guidance);
    s.kind = SectionKind::Nodes;
    s.nodeTypes = std::move(types);
    s.hasProse = hasProse;
    return s;
}

SectionDefinition special(
    const char *key, SectionKind kind, const char *title, const char *guidance, bool hasProse)
{
    SectionDefinition s = prose(key, title, guidance);
    s.kind = kind;
    s.hasProse = hasProse;
    return s;
}

SectionDefinition withOutline(SectionDefinition s, const char *outline)
{
    s.outlineText = outline;
    return s;
}

// QT_TRANSLATE_NOOP keeps the texts visible to lupdate; title()/guidance() translate them.
QVector<SectionDefinition> makeSections()
{
    return {
        prose("summary", QT_TRANSLATE_NOOP("FormTemplates", "Summary"),
            QT_TRANSLATE_NOOP(
                "FormTemplates", "Two or three sentences: what happened, who was affected, how it ended.")),
        prose("impact", QT_TRANSLATE_NOOP("FormTemplates", "Impact"),
            QT_TRANSLATE_NOOP("FormTemplates",
                "Who and what was affected, with numbers: customers, failed requests, revenue, duration.")),
        nodes("trigger", QT_TRANSLATE_NOOP("FormTemplates", "Direct trigger"),
            QT_TRANSLATE_NOOP(
                "FormTemplates", "The specific action or failure that immediately caused the incident."),
            { NodeType::Trigger }, false),
        nodes("conditions", QT_TRANSLATE_NOOP("FormTemplates", "Conditions"),
            QT_TRANSLATE_NOOP("FormTemplates",
                "The system properties that made the trigger harmful instead of harmless: missing checks, "
                "validation steps, monitoring that missed it."),
            { NodeType::Condition }, false),
        nodes("defences", QT_TRANSLATE_NOOP("FormTemplates", "Defences"),
            QT_TRANSLATE_NOOP("FormTemplates",
                "The barriers that should have stopped or caught it, and whether each was absent, degraded, "
                "misaligned or held."),
            { NodeType::Defence }, false),
        nodes("warning-signs", QT_TRANSLATE_NOOP("FormTemplates", "Early warning signs"),
            QT_TRANSLATE_NOOP(
                "FormTemplates", "Signals that were present before the incident but were not acted on."),
            { NodeType::WarningSign }, false),
        prose("prevention", QT_TRANSLATE_NOOP("FormTemplates", "What would have prevented it"),
            QT_TRANSLATE_NOOP("FormTemplates", "Changes to the system, not to people.")),
        special("five-whys", SectionKind::FiveWhys, QT_TRANSLATE_NOOP("FormTemplates", "Five Whys"),
            QT_TRANSLATE_NOOP("FormTemplates",
                "Each answer is a cause of the one before. The chain ends at a property of the system, never "
                "at "
                "a person. Edit the steps on the causal diagram."),
            false),
        withOutline(
            special("different-engineer", SectionKind::DifferentEngineer,
                QT_TRANSLATE_NOOP("FormTemplates",
                    "If a different engineer made the same mistake, would our current systems catch it?"),
                QT_TRANSLATE_NOOP("FormTemplates",
                    "Answer for each human action on the causal path. A “no” is the highest-priority "
                    "corrective action."),
                false),
            QT_TRANSLATE_NOOP("FormTemplates", "A different engineer?")),
        special("actions", SectionKind::Actions, QT_TRANSLATE_NOOP("FormTemplates", "Corrective actions"),
            QT_TRANSLATE_NOOP("FormTemplates",
                "Named changes with an owner and a due date, each addressing a cause. Never “be more "
                "careful”."),
            false),
        special("lessons", SectionKind::Lessons, QT_TRANSLATE_NOOP("FormTemplates", "Lessons learned"),
            QT_TRANSLATE_NOOP("FormTemplates", "What went well, what went wrong, and where we got lucky."),
            true),
        prose("timeline-summary", QT_TRANSLATE_NOOP("FormTemplates", "Timeline summary"),
            QT_TRANSLATE_NOOP("FormTemplates",
                "The key moments in a few lines, with times in the incident's zone. The full timeline is in "
                "the "
                "Timeline tab.")),
        // Google SRE and Atlassian sections.
        nodes("root-causes", QT_TRANSLATE_NOOP("FormTemplates", "Root causes"),
            QT_TRANSLATE_NOOP("FormTemplates",
                "The conditions and failed defences that let the trigger do harm, explained at system "
                "level."),
            { NodeType::Condition, NodeType::Defence }, true),
        prose("resolution", QT_TRANSLATE_NOOP("FormTemplates", "Resolution"),
            QT_TRANSLATE_NOOP(
                "FormTemplates", "What was done to mitigate and resolve it, in order, with times.")),
        nodes("detection", QT_TRANSLATE_NOOP("FormTemplates", "Detection"),
            QT_TRANSLATE_NOOP("FormTemplates",
                "How and when it was detected, and the warning signs that were present earlier. How could "
                "detection have taken half the time?"),
            { NodeType::WarningSign }, true),
        prose("leadup", QT_TRANSLATE_NOOP("FormTemplates", "Leadup"),
            QT_TRANSLATE_NOOP("FormTemplates", "The circumstances and changes that led to the incident.")),
        nodes("fault", QT_TRANSLATE_NOOP("FormTemplates", "Fault"),
            QT_TRANSLATE_NOOP("FormTemplates", "What failed, and the direct trigger that made it fail."),
            { NodeType::Trigger }, true),
        prose("response", QT_TRANSLATE_NOOP("FormTemplates", "Response"),
            QT_TRANSLATE_NOOP(
                "FormTemplates", "Who responded, when and how; what slowed the response down.")),
        prose("recovery", QT_TRANSLATE_NOOP("FormTemplates", "Recovery"),
            QT_TRANSLATE_NOOP("FormTemplates", "How service was restored and how we knew it was restored.")),
    };
}

QStringList keys(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *k : list)
        result << QLatin1String(k);
    return result;
}

} // namespace

QString SectionDefinition::title() const
{
    return tr(titleText);
}

QString SectionDefinition::outlineTitle() const
{
    return outlineText ? tr(outlineText) : title();
}

QString SectionDefinition::guidance() const
{
    return tr(guidanceText);
}

const QVector<SectionDefinition> &allSections()
{
    static const QVector<SectionDefinition> sections = makeSections();
    return sections;
}

const SectionDefinition *sectionDefinition(const QString &key)
{
    for (const SectionDefinition &s : allSections()) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

QStringList templateSectionKeys(TemplateId id)
{
    switch (id) {
    case TemplateId::Default:
        // The order of the root-cause analysis method: trigger, conditions, warning signs, prevention.
        return keys({ "summary", "impact", "trigger", "conditions", "defences", "warning-signs", "prevention",
            "five-whys", "different-engineer", "actions", "lessons", "timeline-summary" });
    case TemplateId::GoogleSre:
        return keys({ "summary", "impact", "root-causes", "trigger", "resolution", "detection",
            "different-engineer", "actions", "lessons", "timeline-summary" });
    case TemplateId::Atlassian:
        return keys({ "summary", "leadup", "fault", "impact", "detection", "response", "recovery",
            "timeline-summary", "five-whys", "root-causes", "different-engineer", "actions" });
    }
    return {};
}

QVector<TemplateId> allTemplates()
{
    return { TemplateId::Default, TemplateId::GoogleSre, TemplateId::Atlassian };
}

QString templateName(TemplateId id)
{
    switch (id) {
    case TemplateId::Default:
        return QCoreApplication::translate("FormTemplates", "Root-cause analysis (default)");
    case TemplateId::GoogleSre:
        return QCoreApplication::translate("FormTemplates", "Google SRE");
    case TemplateId::Atlassian:
        return QCoreApplication::translate("FormTemplates", "Atlassian-style");
    }
    return {};
}

namespace {

bool hasNodeOfType(const Document &doc, const QVector<NodeType> &types)
{
    for (const CausalNode &n : doc.nodes()) {
        if (types.contains(n.type))
            return true;
    }
    return false;
}

bool hasWhyLink(const Document &doc)
{
    for (const CausalLink &l : doc.links()) {
        if (l.why)
            return true;
    }
    return false;
}

/// Whether the section shows entities (not its prose) and there are some.
bool hasEntities(const Document &doc, const SectionDefinition &section)
{
    switch (section.kind) {
    case SectionKind::Prose:
        return false;
    case SectionKind::Nodes:
        return hasNodeOfType(doc, section.nodeTypes);
    case SectionKind::FiveWhys:
        return hasWhyLink(doc);
    case SectionKind::DifferentEngineer:
        return !doc.answers().isEmpty();
    case SectionKind::Actions:
        return !doc.actions().isEmpty();
    case SectionKind::Lessons:
        return !doc.lessons().isEmpty();
    }
    return false;
}

} // namespace

bool sectionHasContent(const Document &doc, const SectionDefinition &section)
{
    return !doc.section(section.key).trimmed().isEmpty() || hasEntities(doc, section);
}

QStringList hiddenSectionsWithContent(const Document &doc, TemplateId id)
{
    const QStringList shown = templateSectionKeys(id);
    // What the shown sections already show: a node type or an entity list shown twice is not lost.
    QSet<int> shownNodeTypes;
    QSet<int> shownKinds;
    for (const QString &key : shown) {
        const SectionDefinition *s = sectionDefinition(key);
        for (NodeType t : s->nodeTypes)
            shownNodeTypes.insert(int(t));
        shownKinds.insert(int(s->kind));
    }

    QStringList hidden;
    for (const SectionDefinition &s : allSections()) {
        if (shown.contains(s.key))
            continue;
        bool lost = !doc.section(s.key).trimmed().isEmpty();
        if (!lost && s.kind == SectionKind::Nodes) {
            QVector<NodeType> unshown;
            for (NodeType t : s.nodeTypes) {
                if (!shownNodeTypes.contains(int(t)))
                    unshown << t;
            }
            lost = hasNodeOfType(doc, unshown);
        } else if (!lost && s.kind != SectionKind::Prose && !shownKinds.contains(int(s.kind))) {
            lost = hasEntities(doc, s);
        }
        if (lost)
            hidden << s.key;
    }
    const QMap<QString, QString> &sections = doc.sections();
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        if (!sectionDefinition(it.key()) && !it.value().trimmed().isEmpty())
            hidden << it.key();
    }
    return hidden;
}

} // namespace causeway
