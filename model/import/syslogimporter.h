// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace causeway {

/**
 * Syslog, recognised line by line so that one file may mix the formats:
 * - RFC 5424: `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA [MSG]`;
 * - RFC 3164: `<PRI>Mmm dd hh:mm:ss HOSTNAME TAG[PID]: MSG`. It has no year and no zone, so these come
 *   from ImportOptions::year and ::zone; without them read() fails and imports nothing;
 * - what syslog daemons write to files: the same without `<PRI>`, or with an RFC 3339 time in place
 *   of `Mmm dd hh:mm:ss` (rsyslog's file and forwarding formats).
 * The actor is APP-NAME (or TAG) @ HOSTNAME; the severity of PRI (emerg ... debug) and the MSGID are
 * tags; err and worse make the event an alert. Structured data is kept in the event's note.
 */
std::unique_ptr<Importer> makeSyslogImporter();

} // namespace causeway
