// SPDX-License-Identifier: GPL-3.0-or-later
#include "prosetext.h"

namespace causeway {

namespace {

bool isWordChar(QChar c)
{
    // '_' keeps identifiers such as carelessly_named_flag one word: they are names, not prose.
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_');
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

/// Blanks [from, to) of \a masked.
void blank(QString &masked, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (masked.at(i) != QLatin1Char('\n'))
            masked[i] = QLatin1Char(' ');
    }
}

/// The index of \a close after \a from, within the same paragraph, or -1.
int closingIn(const QString &text, int from, QChar close, bool acrossParagraphs = false)
{
    for (int i = from; i < text.size(); ++i) {
        if (text.at(i) == close)
            return i;
        if (!acrossParagraphs && text.at(i) == QLatin1Char('\n') && i + 1 < text.size() &&
            text.at(i + 1) == QLatin1Char('\n'))
            return -1;
    }
    return -1;
}

} // namespace

QString ProseText::maskQuotesAndCode(const QString &text)
{
    QString masked = text;
    const QString fence = QStringLiteral("```");
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        int end = -1; // the closing character's index
        const QChar tick = QLatin1Char('`');
        if (c == tick && i + 2 < text.size() && text.at(i + 1) == tick && text.at(i + 2) == tick) {
            const int close = text.indexOf(fence, i + 3);
            end = close < 0 ? int(text.size()) - 1 : close + 2; // an open fence runs to the end
        } else if (c == tick) {
            end = closingIn(text, i + 1, QLatin1Char('`'));
        } else if (c == QLatin1Char('"')) {
            end = closingIn(text, i + 1, QLatin1Char('"'));
        } else if (c == QChar(0x201C)) { // “…”
            end = closingIn(text, i + 1, QChar(0x201D));
        } else if (c == QChar(0x201E)) { // „…“ as German writes it
            end = closingIn(text, i + 1, QChar(0x201C));
        } else if (c == QChar(0x00AB)) { // «…»
            end = closingIn(text, i + 1, QChar(0x00BB));
        }
        if (end >= 0) {
            blank(masked, i, end + 1);
            i = end + 1;
        } else {
            ++i;
        }
    }
    return masked;
}

ProseText::ProseText(const QString &text)
    : m_text(text)
    , m_masked(maskQuotesAndCode(text))
{
    const QString &m = m_masked;
    int i = 0;
    const int n = int(m.size());
    while (i < n) {
        if (!isWordChar(m.at(i))) {
            ++i;
            continue;
        }
        const int start = i;
        // Apostrophes and hyphens join words ("didn't", "on-call") when letters follow them.
        while (i < n &&
            (isWordChar(m.at(i)) ||
                ((isApostrophe(m.at(i)) || m.at(i) == QLatin1Char('-')) && i + 1 < n &&
                    isWordChar(m.at(i + 1)))))
            ++i;
        Word w;
        w.start = start;
        w.end = i;
        w.lower = m.mid(start, i - start).toLower();
        w.lower.replace(QChar(0x2019), QLatin1Char('\''));
        w.capitalized = m.at(start).isUpper();
        m_words.append(w);
    }
}

bool ProseText::clauseBreakBetween(int from, int to) const
{
    for (int i = qMax(0, from); i < to && i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
            c == QLatin1Char(';') || c == QLatin1Char(':'))
            return true;
        if (c == QLatin1Char('\n') && i + 1 < to && m_text.at(i + 1) == QLatin1Char('\n'))
            return true;
    }
    return false;
}

QString ProseText::restOfClause(int from) const
{
    int end = from;
    while (end < m_text.size()) {
        const QChar c = m_text.at(end);
        if (c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char(';') ||
            c == QLatin1Char(':') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
            c == QLatin1Char('(') || c == QLatin1Char('\n'))
            break;
        ++end;
    }
    QString rest = m_text.mid(from, end - from).simplified();
    // A clause also ends at a conjunction that starts a new one.
    static const char *const conjunctions[] = { " and ", " but ", " because ", " so ", " which ", " when " };
    for (const char *conjunction : conjunctions) {
        const int at = rest.indexOf(QLatin1String(conjunction));
        if (at >= 0)
            rest.truncate(at);
    }
    return rest;
}

QStringList ProseText::wordsOf(const QString &text)
{
    QStringList words;
    const ProseText prose(text);
    for (const Word &w : prose.words())
        words << w.lower;
    return words;
}

} // namespace causeway
