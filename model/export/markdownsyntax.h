// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/*
 * Writing GitHub-flavoured Markdown from user text. Everything a user typed goes through one of
 * these, so that no title, label or cell can break a table, start a heading or pass raw HTML through.
 */
namespace causeway::markdown {

/// Plain user text as inline Markdown: markup characters are escaped, lines joined by spaces.
QString inlineText(const QString &text);
/// A table cell: inline text in which a `|` cannot end the cell; line breaks become `<br>`.
QString tableCell(const QString &text);
/// User prose that is Markdown already: kept as written, except raw HTML, which is shown as text.
QString prose(const QString &markdown);
/// A code span that holds \a text whatever backticks it contains.
QString codeSpan(const QString &text);
/// A fenced code block with a fence longer than any backtick run inside; \a language may be empty.
QString fencedBlock(const QString &text, const QString &language);
/// The info string of a fence for a KSyntaxHighlighting definition name ("SQL" → "sql", "C++" → "cpp").
QString fenceLanguage(const QString &definitionName);
/// A table with a header row. Cells are Markdown already: pass user text through tableCell().
QString table(const QStringList &header, const QVector<QStringList> &rows);
/// A heading of \a level (1–6) whose text is one line of inline text.
QString heading(int level, const QString &text);
/// A GitHub anchor for a heading ("Corrective actions" → "corrective-actions").
QString anchor(const QString &heading);

} // namespace causeway::markdown
