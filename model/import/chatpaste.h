// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"
#include "time/quickentry.h"

namespace causeway {

/**
 * Turns chat text pasted from Slack, Teams, IRC or a terminal into timeline events. Understood:
 * - `[10:02] alice: text`, `10:02 alice: text`, `2026-04-14 10:02:13 alice: text`;
 * - `[10:02:13] <alice> text` (IRC);
 * - Slack's copy format: a line `Alice Smith  10:02 AM` (or `Alice Smith [10:02]`), then message
 *   lines, and further messages as `10:03` lines.
 * Lines that continue a message are joined to it. Times of day fall on the context's date in its
 * zone. Lines before the first time are skipped with a reason.
 */
ImportBatch parseChatPaste(const QString &text, const QuickEntryContext &context);

} // namespace causeway
