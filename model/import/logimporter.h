// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace causeway {

/**
 * Plain log files: an event per line that starts with a timestamp, in a pattern detected from the
 * first 50 non-empty lines: ISO 8601 (`2026-04-14T10:02:13.123Z`, `2026-04-14 10:02:13,123`, also
 * in brackets), syslog style `Apr 14 10:02:13` (needs ImportOptions::year and ::zone), access logs
 * `192.0.2.7 - - [14/Apr/2026:10:02:13 +0200] "GET ..."` (Apache, nginx), and seconds or
 * milliseconds since 1970. A line without a timestamp continues the event before it (a stack trace).
 * A leading level (ERROR, WARN, [info], level=debug ...) becomes a tag; ERROR and worse make the
 * event an alert, anything else an observation.
 */
std::unique_ptr<Importer> makeLogImporter();

} // namespace causeway
