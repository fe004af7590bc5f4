// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace causeway {

/**
 * Kubernetes events as `kubectl get events -o json` writes them: a List whose `items` are core/v1
 * Events, streamed one item at a time. Also one Event on its own (`kubectl get event NAME -o json`)
 * and the events.k8s.io/v1 shape (`note`, `regarding`, `deprecatedSource`,
 * `deprecatedFirstTimestamp`, ...), in a List or alone.
 *
 * - Time: `eventTime`, else `firstTimestamp`, else `metadata.creationTimestamp`. End: the last
 *   occurrence (`lastTimestamp`, else `series.lastObservedTime`) when the event repeated and the
 *   last occurrence is after the time.
 * - Text: `reason: Kind/name: message`, and ` (×count)` when it occurred more than once (`count`,
 *   or `series.count`).
 * - Actor: `source.component`, else `reportingComponent`, followed by `@source.host`.
 * - Kind: alert for `Warning`, observation for `Normal`. Tags: the namespace, the reason and the
 *   kind of the object the event is about.
 *
 * A file that is not a List of Events nor one Event is refused as a whole; a bad item is skipped
 * with the line it starts on. A file cut short keeps the items before the cut.
 */
std::unique_ptr<Importer> makeK8sEventsImporter();

} // namespace causeway
