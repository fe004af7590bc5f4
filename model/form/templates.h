// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace causeway {

class Document;

/// What a form section shows besides (or instead of) its prose.
enum class SectionKind {
    Prose, ///< Markdown text only, stored under the section's key
    Nodes, ///< the causal nodes of some types (and optional prose)
    FiveWhys, ///< the why-links of the causal graph, read as a chain
    DifferentEngineer, ///< the "different engineer" answers
    Actions, ///< the corrective actions
    Lessons, ///< went well / went wrong / where we got lucky (and optional prose)
};

/**
 * One section a form can show. The key is the key of its prose in Document::sections(); the
 * title and guidance are stored untranslated (for lupdate) and read through title()/guidance().
 */
struct SectionDefinition
{
    QString key;
    SectionKind kind = SectionKind::Prose;
    const char *titleText = "";
    const char *guidanceText = "";
    QVector<NodeType> nodeTypes; ///< the node types a Nodes section lists
    bool hasProse = true; ///< whether the section has a prose field of its own
    const char *outlineText = nullptr; ///< a shorter title for outlines, when the title is long

    QString title() const;
    QString outlineTitle() const;
    QString guidance() const;
};

/// Every section any template knows, in no particular order.
const QVector<SectionDefinition> &allSections();
/// The section with \a key, or nullptr.
const SectionDefinition *sectionDefinition(const QString &key);
/// The keys of the sections \a id shows, in the order it shows them.
QStringList templateSectionKeys(TemplateId id);
/// Every template, in the order a chooser lists them.
QVector<TemplateId> allTemplates();
/// "Default (root-cause analysis)", "Google SRE", "Atlassian-style", translated.
QString templateName(TemplateId id);

/**
 * Whether the section holds something a reader would miss if it were hidden: prose, or entities
 * it is the only section to show (lessons, actions, answers, nodes of its types).
 */
bool sectionHasContent(const Document &doc, const SectionDefinition &section);
/**
 * The known sections that \a id does not show and that hold content that no shown section shows,
 * plus unknown section keys of the document that hold text (e.g. written by a newer version).
 * Switching templates never deletes data: this is how a form tells the user where it went.
 */
QStringList hiddenSectionsWithContent(const Document &doc, TemplateId id);

} // namespace causeway
