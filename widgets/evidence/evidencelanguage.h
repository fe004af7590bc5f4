// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace causeway {

/*
 * The languages of text evidence, named as KSyntaxHighlighting names its definitions ("SQL",
 * "YAML", "Log File (simplified)"), so that a document keeps the same language whether or not the
 * build that wrote it could highlight. Without KSyntaxHighlighting the names come from a short
 * list of what incidents usually carry, and any other name may be typed.
 */

/// Whether this build colours text evidence (KSyntaxHighlighting is there).
bool canHighlightEvidence();
/// The languages to choose from, sorted case-insensitively; "" (plain text) is not among them.
QStringList evidenceLanguages();
/// The language of a file with the name \a fileName ("schema.sql" → "SQL"), or "" if none fits.
QString languageForFileName(const QString &fileName);
/**
 * A language for pasted \a text, guessed from how it looks: JSON that parses, a shell transcript,
 * SQL statements, a YAML mapping, a stack trace, a log with timestamps. "" when nothing fits.
 */
QString guessLanguage(const QString &text);

} // namespace causeway
