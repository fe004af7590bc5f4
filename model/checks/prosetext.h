// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace causeway {

/**
 * A prose field prepared for the language checks: quoted text and code are blanked out (they
 * quote someone or something, they do not analyse), and the rest is split into words with their
 * character ranges, so that rules match whole words only ("forgot" never matches "forgotten").
 */
class ProseText
{
public:
    struct Word
    {
        int start = 0;
        int end = 0; ///< one past the last character
        QString lower; ///< lower-case, with typographic apostrophes as '
        bool capitalized = false; ///< starts with an upper-case letter (names do)
    };

    explicit ProseText(const QString &text);

    const QString &text() const { return m_text; }
    /// The text with quoted text and code replaced by spaces: same length, same positions.
    const QString &masked() const { return m_masked; }
    const QVector<Word> &words() const { return m_words; }
    /// Whether a sentence or clause ends between \a from and \a to ('.', '!', '?', ';', ':' or a blank line).
    bool clauseBreakBetween(int from, int to) const;
    /// The words after \a from up to the end of the clause, as written.
    QString restOfClause(int from) const;

    /// \a text with "…", “…”, „…“, «…», `code` and ``` blocks ``` blanked out.
    static QString maskQuotesAndCode(const QString &text);
    /// Lower-case words of \a text, as the checks compare them (for names and phrases).
    static QStringList wordsOf(const QString &text);

private:
    QString m_text;
    QString m_masked;
    QVector<Word> m_words;
};

} // namespace causeway
