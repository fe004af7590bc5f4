// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QString>

namespace causeway {

/*
 * The words users see for the model's enumerations, translated. The file vocabulary
 * (enumnames.h) stays English and stable; these follow the user's language.
 */
QString label(EventKind kind);
QString label(NodeType type);
QString label(DefenceState state);
QString label(LinkKind kind);
QString label(Severity severity);
QString label(IncidentStatus status);
QString label(EngineerAnswer answer);
QString label(ActionStatus status);
QString label(LessonCategory category);
QString label(ActionPriority priority);
QString label(ActionType type);
QString label(ActionNature nature);
QString flagsLabel(EventFlags flags);

/// \a one when \a n is 1, else \a many with %1 replaced by \a n ("1 event", "3 events").
QString countLabel(int n, const QString &one, const QString &many);

} // namespace causeway
