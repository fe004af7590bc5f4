// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace causeway {

/**
 * Installs the translators for \a locale on the running application: Qt's own texts (qtbase,
 * from Qt's translations folder when it has a catalogue for the language) and Causeway's,
 * built in under :/translations. Translators installed by an earlier call are removed first, so
 * the language can be switched. Call it right after the application object is made and before
 * any user-visible text is; main() passes QLocale::system(), which follows LANGUAGE and LANG.
 *
 * Returns whether Causeway's own catalogue was loaded (false for English, which needs none).
 */
bool installTranslators(const QLocale &locale);

} // namespace causeway
