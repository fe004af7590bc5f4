// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace causeway {

/**
 * PagerDuty incident log entries as the REST API v2 returns them (`GET /incidents/{id}/log_entries`):
 * `{"log_entries": [...]}`, or a bare array of entries. Each entry becomes an event at `created_at`
 * with its `summary` as text (with the `channel`'s notes, and for a trigger the incident's title), its
 * `agent` as actor and its type and service as tags. Kinds: a trigger is an alert; acknowledging,
 * assigning, escalating, snoozing and the like are actions (they change who handles the incident);
 * notifications and notes are communication; resolving is a milestone; other types observations.
 * An entry that appears twice (same `id`, as overlapping pages of the API give) is read once.
 */
std::unique_ptr<Importer> makePagerDutyImporter();

} // namespace causeway
