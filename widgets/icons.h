// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QColor>
#include <QIcon>

namespace causeway {

/*
 * Colours and icons for kinds and flags, drawn rather than loaded so that they stay sharp at any
 * scale and follow one palette. Hues are chosen to stay apart for common colour-vision deficiencies
 * and are always paired with a shape or a word, never used alone.
 */
QColor kindColor(EventKind kind);
QIcon kindIcon(EventKind kind);
QColor flagColor(EventFlag flag);
QIcon flagIcon(EventFlag flag);
/// All set flags as one icon row, for the flags column.
QIcon flagsIcon(EventFlags flags);

} // namespace causeway
