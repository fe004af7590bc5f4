// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <QDate>

namespace causeway {

class Document;
class LanguageRules;

struct CheckOptions
{
    QDate today = QDate::currentDate(); ///< for overdue actions
    const LanguageRules *rules = nullptr; ///< null: the built-in rules of every language
};

/// A check as the method names it: for help texts, the command line and documentation.
struct CheckInfo
{
    const char *id;
    FindingSeverity severity; ///< the usual severity; language rules set their own
    const char *title;
};
const QVector<CheckInfo> &allChecks();

/**
 * A prose field the language checks read: the form's sections, the incident's title and impact
 * description, node labels and descriptions, link notes (the Five Whys answers), "different
 * engineer" explanations, action titles and lessons. Timeline event text is deliberately not
 * read: it records what happened, names who did what, and can hold a million lines.
 */
struct ProseField
{
    FindingPlace place; ///< without a range
    QString text;
    bool isCause = false; ///< a cause or a Five Whys answer: people's names are findings there
    bool isAction = false; ///< an action title: vague-action rules apply too
};
QVector<ProseField> proseFields(const Document &document);

/**
 * Runs every check over \a document and returns the findings, most severe first, then in the
 * order of the document; findings the document acknowledges are marked as such, not dropped.
 */
Findings runChecks(const Document &document, const CheckOptions &options = {});

/// The language findings of one text, e.g. a field being edited, as if it were at \a place.
Findings checkProse(const Document &document, const ProseField &field, const LanguageRules *rules = nullptr);

/// "node 6 “No tooling to estimate…”, label": where a finding points, for people.
QString describePlace(const Document &document, const FindingPlace &place);
/// "error", "warning", "info": as the command line prints them (not translated).
QString severityName(FindingSeverity severity);

} // namespace causeway
