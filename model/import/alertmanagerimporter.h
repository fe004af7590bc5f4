// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace causeway {

/**
 * Prometheus Alertmanager webhook notifications (`"version": "4"`): a file with one webhook object,
 * an array of them, or one per line (JSON Lines, as webhook receivers log them). Each alert becomes
 * an alert event at `startsAt` ("firing: ProbeFailure on orders-api — <summary>"), and a resolved
 * alert a second one at `endsAt` ("resolved: ..."); an `endsAt` of "0001-01-01T00:00:00Z" means
 * still firing. Actor: the `job` or `instance` label, else "Alertmanager"; tags: `alertname` and
 * `severity`. Alertmanager repeats a group's alerts in every notification: the same alert
 * (fingerprint and `startsAt`) gives its events once.
 */
std::unique_ptr<Importer> makeAlertmanagerImporter();

} // namespace causeway
