// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace causeway {

/**
 * Timesketch / Plaso JSON Lines: one JSON object per line with `message`, `datetime` (ISO 8601)
 * and `timestamp_desc`; Plaso's `timestamp` (microseconds since the epoch) stands in for a missing
 * `datetime`. `timestamp_desc` and `tag` become tags; `username` or `hostname` the actor.
 */
std::unique_ptr<Importer> makeJsonLinesImporter();

} // namespace causeway
