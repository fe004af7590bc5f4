// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace causeway {

/**
 * A Slack workspace export: the ZIP file, or the folder it was unpacked into. `channels.json`
 * (and `groups.json`, `mpims.json`, `dms.json` when present) lists the conversations, `users.json`
 * (or `org_users.json`) names the people, and each conversation's folder holds one
 * `YYYY-MM-DD.json` array of messages per day. Every message becomes a communication event at its
 * `ts` (UTC, microseconds), by the author's name, with Slack's markup turned into plain text. The
 * channel is a tag (`#incidents`); a thread's parent and replies share a `thread:<ts>` tag and
 * replies start with "↳ ". Joins and leaves are left out and counted.
 */
std::unique_ptr<Importer> makeSlackImporter();

} // namespace causeway
