// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace causeway {

/**
 * One word position of a phrase: one of a few words ("a|an", an inflection such as {forget}),
 * or a person ({person}, {person}'s) — a name of the document's people, their first names, or a
 * word that stands for a person ("engineer", "operator").
 */
struct PhraseElement
{
    bool person = false;
    QStringList words; ///< lower-case alternatives, when not a person
    QString suffix; ///< after a person: "'s" for the possessive
};

struct LanguageRule
{
    enum class Scope { Prose, Actions };

    QString id; ///< unique within its file, e.g. "forgot"
    QString checkId; ///< blame.language, blame.person-as-cause or action.vague
    FindingSeverity severity = FindingSeverity::Warning;
    Scope scope = Scope::Prose;
    QVector<QVector<PhraseElement>> phrases;
    QVector<bool> phraseEndsWithTo; ///< per phrase: the next word is a verb ("forgot to *run* ...")
    bool negatable = false; ///< "was not careless" is not a finding
    QString message;
    QString suggestion; ///< the generic next step
    QString
        rewrite; ///< a system-level rewrite with {object}, e.g. "{object} was not enforced by the pipeline"
};

/**
 * The language rules, loaded from JSON rule files (resources/checks/blame-language.<lang>.json,
 * built in; see docs/analysis-checks.md for the format). Several files merge into one set, so a
 * post-mortem written in German or English is checked with both.
 */
class LanguageRules
{
public:
    /// Reads one rule file. On error returns false and sets \a error to "FILE: place: what was expected".
    bool load(const QByteArray &json, const QString &fileName, QString *error);
    /// Loads one file from disk or from the resources (":/checks/...").
    bool loadFile(const QString &path, QString *error);

    /// The rules of every built-in language, loaded once. A broken built-in file is a bug: it is
    /// reported with qWarning() and its rules are left out.
    static const LanguageRules &builtIn();
    /// The built-in rule files, e.g. ":/checks/blame-language.en.json".
    static QStringList builtInFiles();

    const QVector<LanguageRule> &rules() const { return m_rules; }
    bool isNegation(const QString &lowerWord) const;
    const QSet<QString> &personWords() const { return m_personWords; }
    QStringList languages() const { return m_languages; }

private:
    QVector<LanguageRule> m_rules;
    QSet<QString> m_negations;
    QSet<QString> m_personWords;
    QStringList m_languages;
};

} // namespace causeway
