// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMainWindow;
class QTabWidget;

namespace causeway {

/**
 * The main window's layout across runs: its geometry, where the docks and toolbars are, and the
 * current tab. Stored in QSettings on close and restored on start.
 */
namespace windowlayout {

/**
 * Bumped whenever the docks or toolbars change in a way an old saved state would misplace: a
 * state saved with another version is ignored and the window keeps its built-in layout.
 */
constexpr int StateVersion = 1;

void save(const QMainWindow *window, const QTabWidget *tabs);
/// Restores what save() stored; false (and nothing changed) when nothing usable was stored.
bool restore(QMainWindow *window, QTabWidget *tabs);

} // namespace windowlayout
} // namespace causeway
