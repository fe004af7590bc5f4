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

/// What kind of word a label is, for labelInSentence().
enum class LabelWord {
    Noun, ///< "Condition", "Trigger": German keeps the capital of nouns
    Other, ///< "Open", "Done", "failed to stop": adjectives, verbs and phrases
};

/**
 * \a label as a word inside a running sentence ("Add condition", "Why 1 · because · condition",
 * "still open"). English lower-cases every label there; German lower-cases adjectives but keeps
 * the capital of nouns. Whether to lower-case is a decision of the translation, so each language
 * makes it in its catalogue, once for each kind of word.
 */
QString labelInSentence(const QString &label, LabelWord word = LabelWord::Noun);

/// \a one when \a n is 1, else \a many with %1 replaced by \a n ("1 event", "3 events").
QString countLabel(int n, const QString &one, const QString &many);

} // namespace causeway
