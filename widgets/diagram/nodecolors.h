// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QColor>
#include <QString>

namespace causeway {

/// The colour that marks a node type in the Five Whys and defences views.
QColor nodeTypeColor(NodeType type);
/// The colour of a defence state: red absent, amber degraded, violet misaligned, green held.
QColor defenceStateColor(DefenceState state);
/// What a defence state means, for tooltips and legends.
QString defenceStateExplanation(DefenceState state);

} // namespace causeway
