// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "languagerules.h"
#include "prosetext.h"

namespace causeway {

/// One place in a text where a language rule matched.
struct LanguageMatch
{
    const LanguageRule *rule = nullptr;
    int start = 0;
    int length = 0;
    QString excerpt; ///< the matched words as written
    QString person; ///< the document's person named in the match, if any
    QString suggestion; ///< the rule's rewrite filled in, or its generic suggestion
};

/// A document person's name found in a text.
struct NameMatch
{
    int start = 0;
    int length = 0;
    QString person; ///< the full name
};

/**
 * Applies language rules to prose: whole words only, inflections from the rule file, quoted text
 * and code ignored, negated judgements ("was not careless", "no one was to blame") ignored for
 * rules marked negatable, and {person} matching the document's people by full or first name
 * (written with a capital letter) or a word that stands for a person ("the engineer").
 */
class LanguageCheck
{
public:
    LanguageCheck(const LanguageRules &rules, const QVector<Person> &people);

    /// The matches in \a text of the rules of \a scope, in text order, without overlaps.
    QVector<LanguageMatch> matches(const QString &text, LanguageRule::Scope scope) const;
    QVector<LanguageMatch> matches(const ProseText &text, LanguageRule::Scope scope) const;
    /// Where the document's people are named in \a text (quoted text and code excepted).
    QVector<NameMatch> names(const ProseText &text) const;

private:
    struct Name
    {
        QStringList words; ///< lower-case
        QString person;
    };
    /// The end (word index) of \a phrase matched at word \a at, or -1.
    int matchPhrase(const ProseText &text, const QVector<PhraseElement> &phrase, int element, int at,
        QString *person) const;
    /// The ends of the ways a person can be named at word \a at, longest first.
    QVector<QPair<int, QString>> personAt(const ProseText &text, int at, const QString &suffix) const;
    bool negated(const ProseText &text, int firstWord) const;

    /// Whether a person can be named starting at word \a at (a first word of a name or a person word).
    bool mayStartPerson(const ProseText::Word &word) const;

    struct PhraseRef
    {
        int rule;
        int phrase;
    };
    const LanguageRules &m_rules;
    QVector<Name> m_names; // full names before first names: the longest match wins
    // Phrases by their first word, so that each word of a text is tried only against the phrases
    // that can start there: this keeps a full run in milliseconds.
    QHash<QString, QVector<PhraseRef>> m_byFirstWord;
    QVector<PhraseRef> m_startingWithPerson;
    QSet<QString> m_personStarts;
};

} // namespace causeway
