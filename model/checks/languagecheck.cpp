// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagecheck.h"

#include "checkids.h"

#include <algorithm>

namespace causeway {

namespace {

constexpr int NegationWindow = 3; // "no one was to blame": the negation may stand three words before

} // namespace

LanguageCheck::LanguageCheck(const LanguageRules &rules, const QVector<Person> &people)
    : m_rules(rules)
{
    QVector<Name> firstNames;
    for (const Person &p : people) {
        const QStringList words = ProseText::wordsOf(p.name);
        if (words.isEmpty() || (words.size() == 1 && words.first().size() < 2))
            continue;
        m_names.append({ words, p.name });
        if (words.size() > 1 && words.first().size() > 1)
            firstNames.append({ { words.first() }, p.name });
    }
    std::stable_sort(m_names.begin(), m_names.end(),
        [](const Name &a, const Name &b) { return a.words.size() > b.words.size(); });
    m_names += firstNames;

    for (const Name &name : m_names)
        m_personStarts.insert(name.words.first());
    for (const QString &w : rules.personWords())
        m_personStarts.insert(w);
    for (int r = 0; r < rules.rules().size(); ++r) {
        const LanguageRule &rule = rules.rules().at(r);
        for (int p = 0; p < rule.phrases.size(); ++p) {
            const PhraseElement &first = rule.phrases.at(p).first();
            if (first.person) {
                m_startingWithPerson.append({ r, p });
                continue;
            }
            for (const QString &w : first.words)
                m_byFirstWord[w].append({ r, p });
        }
    }
}

bool LanguageCheck::mayStartPerson(const ProseText::Word &word) const
{
    if (m_personStarts.contains(word.lower))
        return true;
    // A possessive ("Amara's", "engineer's") of a one-word name or person word.
    return word.lower.endsWith(QLatin1String("'s")) && m_personStarts.contains(word.lower.chopped(2));
}

QVector<QPair<int, QString>> LanguageCheck::personAt(
    const ProseText &text, int at, const QString &suffix) const
{
    QVector<QPair<int, QString>> ends;
    const auto &words = text.words();
    auto wordIs = [&](int i, const QString &w, bool last) {
        return last && !suffix.isEmpty() ? words.at(i).lower == w + suffix : words.at(i).lower == w;
    };
    for (const Name &name : m_names) {
        const int n = int(name.words.size());
        if (at + n > words.size() || !words.at(at).capitalized)
            continue;
        bool same = true;
        for (int k = 0; k < n && same; ++k)
            same = wordIs(at + k, name.words.at(k), k == n - 1) && (k == 0 || words.at(at + k).capitalized);
        if (same)
            ends.append({ at + n, name.person });
    }
    for (const QString &w : m_rules.personWords()) {
        if (wordIs(at, w, true))
            ends.append({ at + 1, QString() });
    }
    return ends;
}

int LanguageCheck::matchPhrase(
    const ProseText &text, const QVector<PhraseElement> &phrase, int element, int at, QString *person) const
{
    if (element == phrase.size())
        return at;
    const auto &words = text.words();
    if (at >= words.size())
        return -1;
    // Words of one phrase belong to one clause: "forgot. To" is not "forgot to".
    if (element > 0 && text.clauseBreakBetween(words.at(at - 1).end, words.at(at).start))
        return -1;
    const PhraseElement &e = phrase.at(element);
    if (e.person) {
        for (const auto &end : personAt(text, at, e.suffix)) {
            const int result = matchPhrase(text, phrase, element + 1, end.first, person);
            if (result >= 0) {
                if (!end.second.isEmpty())
                    *person = end.second;
                return result;
            }
        }
        return -1;
    }
    if (!e.words.contains(words.at(at).lower))
        return -1;
    return matchPhrase(text, phrase, element + 1, at + 1, person);
}

bool LanguageCheck::negated(const ProseText &text, int firstWord) const
{
    const auto &words = text.words();
    for (int i = firstWord - 1; i >= 0 && i >= firstWord - NegationWindow; --i) {
        if (text.clauseBreakBetween(words.at(i).end, words.at(i + 1).start))
            return false;
        if (m_rules.isNegation(words.at(i).lower))
            return true;
    }
    return false;
}

QVector<LanguageMatch> LanguageCheck::matches(const QString &text, LanguageRule::Scope scope) const
{
    return matches(ProseText(text), scope);
}

QVector<LanguageMatch> LanguageCheck::matches(const ProseText &text, LanguageRule::Scope scope) const
{
    struct Candidate
    {
        LanguageMatch match;
        int firstWord;
        int lastWord;
        bool personRule;
    };
    QVector<Candidate> found;
    const auto &words = text.words();
    QVector<PhraseRef> candidates;
    for (int at = 0; at < words.size(); ++at) {
        candidates = m_byFirstWord.value(words.at(at).lower);
        if (mayStartPerson(words.at(at)))
            candidates += m_startingWithPerson;
        for (const PhraseRef &ref : candidates) {
            const LanguageRule &rule = m_rules.rules().at(ref.rule);
            if (rule.scope != scope &&
                !(scope == LanguageRule::Scope::Actions && rule.scope == LanguageRule::Scope::Prose))
                continue;
            QString person;
            const int end = matchPhrase(text, rule.phrases.at(ref.phrase), 0, at, &person);
            if (end < 0)
                continue;
            if (rule.negatable && negated(text, at))
                continue;
            LanguageMatch m;
            m.rule = &rule;
            m.start = words.at(at).start;
            m.length = words.at(end - 1).end - m.start;
            m.excerpt = text.text().mid(m.start, m.length);
            m.person = person;
            QString object = text.restOfClause(words.at(end - 1).end);
            if (rule.phraseEndsWithTo.at(ref.phrase))
                object = object.section(QLatin1Char(' '), 1); // "to *run* the check" → "the check"
            m.suggestion = !rule.rewrite.isEmpty() && !object.isEmpty()
                ? QString(rule.rewrite).replace(QLatin1String("{object}"), object)
                : rule.suggestion;
            found.append({ m, at, end - 1, rule.checkId == QLatin1String(checks::PersonAsCause) });
        }
    }
    // One finding per stretch of text: the earliest match wins, then the one naming a person,
    // then the longest ("forgot to" over "forgot").
    std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        if (a.firstWord != b.firstWord)
            return a.firstWord < b.firstWord;
        if (a.personRule != b.personRule)
            return a.personRule;
        return a.lastWord > b.lastWord;
    });
    QVector<LanguageMatch> result;
    int coveredUpTo = -1; // last word index covered by a kept match
    for (const Candidate &c : found) {
        if (c.firstWord <= coveredUpTo) {
            // A person-rule match that starts inside a language match (".. the engineer forgot")
            // is better than the language match it overlaps: replace it.
            if (c.personRule && !result.isEmpty() &&
                result.last().rule->checkId != QLatin1String(checks::PersonAsCause)) {
                result.last() = c.match;
                coveredUpTo = qMax(coveredUpTo, c.lastWord);
            }
            continue;
        }
        result.append(c.match);
        coveredUpTo = c.lastWord;
    }
    return result;
}

QVector<NameMatch> LanguageCheck::names(const ProseText &text) const
{
    QVector<NameMatch> result;
    const auto &words = text.words();
    for (int at = 0; at < words.size(); ++at) {
        for (const Name &name : m_names) {
            const int n = int(name.words.size());
            if (at + n > words.size())
                continue;
            bool same = true;
            for (int k = 0; k < n && same; ++k) {
                const QString &w = words.at(at + k).lower;
                same = words.at(at + k).capitalized &&
                    (w == name.words.at(k) || (k == n - 1 && w == name.words.at(k) + QLatin1String("'s")));
            }
            if (same) {
                const int start = words.at(at).start;
                result.append({ start, words.at(at + n - 1).end - start, name.person });
                at += n - 1;
                break;
            }
        }
    }
    return result;
}

} // namespace causeway
