// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>

namespace causeway {

/**
 * The systemd journal as `journalctl -o json` writes it: one JSON object per line (a leading
 * record separator, as `-o json-seq` writes, is accepted too).
 *
 * - Time: `__REALTIME_TIMESTAMP` (microseconds since the epoch in UTC, a decimal string), or
 *   `_SOURCE_REALTIME_TIMESTAMP` when the entry has no `__REALTIME_TIMESTAMP`.
 * - Text: `MESSAGE`. journalctl writes a value that is not printable UTF-8 as an array of byte
 *   values. Bytes that are valid UTF-8 become that text (they were bytes only because of control
 *   characters, usually terminal colours). Bytes that are not valid UTF-8 keep their readable part:
 *   each invalid byte becomes U+FFFD and the event is tagged `binary-message`. Bytes that are not
 *   text at all (a NUL inside, or more than a quarter of the bytes invalid) are shown as a hex dump
 *   of their first 64 bytes, also tagged `binary-message`. Trailing NUL bytes (a C string's
 *   terminator sent along) are dropped first. Terminal colour codes (`ESC [ ... m` and the other
 *   CSI sequences) are removed from every message: they are how a terminal drew the text, not
 *   what it said.
 * - `MESSAGE` null (journalctl leaves out values larger than 4096 bytes unless given `--all`) is
 *   kept as "(message left out by journalctl: larger than 4096 bytes)", tagged `message-left-out`.
 *   A field that occurs more than once is an array of values: the messages are joined with new
 *   lines; for the other fields the first value is taken.
 * - Actor: `SYSLOG_IDENTIFIER`, else `_COMM`, else `_SYSTEMD_UNIT`, followed by `@_HOSTNAME`.
 * - Tags: the `PRIORITY` name (`emerg` ... `debug`), `_SYSTEMD_UNIT`, then `binary-message` or
 *   `message-left-out`. Kind: alert for priorities 0 to 3 (emerg to err), observation otherwise.
 *
 * A file in which no line is a journal entry (journalctl -o json-pretty, a plain log) is refused
 * as a whole; single bad lines are skipped with the reason.
 */
std::unique_ptr<Importer> makeJournaldImporter();

} // namespace causeway
