// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcontent.h"

#include <QtGlobal>

class QIODevice;

namespace causeway {

/// The size and seed of a synthetic incident.
struct SyntheticSpec
{
    int events = 1000;
    int nodes = 40;
    int links = -1; ///< -1: one and a half per node
    int people = 12;
    int actions = 20;
    int evidence = 6;
    int days = 3; ///< the events spread over this many days
    quint32 seed = 1;
};

/**
 * A realistic incident of any size for benchmarks and tests: events of every kind from people and
 * systems in several time zones over several days (with a trigger, warning signs and milestones),
 * a directed acyclic graph of typed causal nodes and links ending in one outcome (with a Five Whys
 * chain), corrective actions, lessons, evidence and prose. The same spec always gives the same
 * incident.
 */
DocumentContent syntheticIncident(const SyntheticSpec &spec);

/// Raw input files for the importers.
enum class SyntheticLogFormat { Jsonl, Csv, Syslog };

/**
 * Writes about \a bytes of \a format log lines to \a device (Timesketch JSON Lines, Timesketch CSV
 * with a header, or RFC 5424 syslog), deterministic for \a seed. Returns the number of lines, or -1
 * when the device fails.
 */
qint64 writeSyntheticLog(QIODevice *device, SyntheticLogFormat format, qint64 bytes, quint32 seed);

} // namespace causeway
