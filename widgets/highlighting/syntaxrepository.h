// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
namespace KSyntaxHighlighting {
class Repository;
}
#endif

namespace causeway {

#ifdef CAUSEWAY_HAVE_KSYNTAXHIGHLIGHTING
/// The one syntax definition repository of the program: loading it reads hundreds of files.
KSyntaxHighlighting::Repository &syntaxRepository();
#endif

/**
 * \a code as HTML for a `<pre>` block: coloured by KSyntaxHighlighting with \a language (a
 * definition name such as "SQL", or a file name to guess from) where the build has it, otherwise
 * plain text. Always escaped.
 */
QString highlightedHtml(
    const QString &code, const QString &language, const QString &fileName, bool dark = false);

} // namespace causeway
