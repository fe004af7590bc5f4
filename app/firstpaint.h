// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace causeway {

/**
 * For measuring the start-up time (the hidden option --exit-after-first-paint): once \a window has
 * been painted for the first time, prints "first-paint-ms N" (milliseconds since the process
 * started, as the kernel counts it) and "first-paint-monotonic-ms N" (the system's monotonic clock,
 * for a program that started this one to compare with its own), then quits.
 */
void exitAfterFirstPaint(QWidget *window);

/// Milliseconds since this process was started, from the kernel's start time of the process.
double msSinceProcessStart();

} // namespace causeway
