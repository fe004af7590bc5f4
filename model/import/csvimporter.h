// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace causeway {

/**
 * CSV as RFC 4180 writes it: a header row, fields in double quotes when they hold commas, quotes
 * (doubled) or line breaks, and `\n` or `\r\n` line ends. Three layouts:
 * - Timesketch/Plaso CSV, recognised from the header (`datetime`, `message`, `timestamp_desc`;
 *   Plaso adds `source`, `source_long`, `parser`, `display_name` and `tag`): read like the JSON
 *   Lines importer reads the same fields.
 * - Plaso's l2tcsv (`date,time,timezone,MACB,source,sourcetype,type,user,host,short,desc,...`),
 *   also recognised from the header: dates are MM/DD/YYYY in the zone of the `timezone` column.
 * - Any other CSV, whose columns ImportOptions::csv names (time and text at least).
 * ImportOptions::csv's actor and kind columns apply to all three.
 */
std::unique_ptr<Importer> makeCsvImporter();

} // namespace causeway
