// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/**
 * How much of a file Causeway reads into memory at once, in one place. Every reader streams; these
 * bound the one piece it must hold whole (a line, a record, an entity), so that a damaged or hostile
 * file fails with a message naming the file, the place and the limit instead of exhausting memory.
 * No real post-mortem or incident source comes near any of them. docs/file-format.md and
 * docs/importing.md list them for users.
 */
namespace causeway::limits {

constexpr qint64 MiB = 1024 * 1024;

/// A .causeway document file: larger ones are refused before a byte is read.
constexpr qint64 DocumentFile = 1024 * MiB;
/// One entity of a document, or one top-level value (the incident, the sections), as JSON text:
/// a string field of gigabytes is refused when the reader reaches this, not when memory runs out.
constexpr qint64 DocumentEntry = 64 * MiB;

/// One line of a line-based import (logs, syslog, JSON Lines, CSV): a longer line is left out, reported.
constexpr qint64 ImportLine = 16 * MiB;
/// One quoted CSV field spanning lines: still open after this many bytes or lines, it is a stray quote.
constexpr qint64 CsvRecord = 4 * MiB;
constexpr int CsvRecordLines = 1000;
/// One element of a streamed JSON array (an alert, an incident log entry, a chat message).
constexpr qint64 ImportJsonElement = 64 * MiB;
/// A JSON file that is one object and is read whole (a single Kubernetes Event).
constexpr qint64 ImportJsonDocument = 64 * MiB;
/// The text gathered into one log event from its continuation lines.
constexpr qint64 LogEventText = 1 * MiB;
/// One entry of a ZIP archive, as unpacked (a Slack export): against ZIP bombs.
constexpr qint64 ZipEntry = 512 * MiB;

} // namespace causeway::limits
