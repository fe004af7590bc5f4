// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QColor>

class QLabel;
class QWidget;

namespace causeway {

/// The form's small visual vocabulary, in one place so that every section looks the same.
namespace formstyle {

/// Guidance and notes: a muted colour from the palette, word-wrapped.
void makeMuted(QLabel *label);
/// A section title: larger, bold.
void makeTitle(QLabel *label);
/// A small rounded badge with white text on \a color.
void setBadge(QLabel *label, const QString &text, const QColor &color);
/// The colour of a node type, shared with the badge in every node card.
QColor nodeColor(NodeType type);
/// The colour of a "different engineer" answer.
QColor answerColor(EngineerAnswer answer);
/// \a hue as a text colour that reads in the current theme (light or dark), as an HTML/CSS name.
QString textColor(const QColor &hue);

} // namespace formstyle
} // namespace causeway
