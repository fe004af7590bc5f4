// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <QDate>

namespace causeway {

class Document;
class LanguageCheck;

/**
 * The checks of the analysis's shape (everything but language): actions with owners, dates and
 * causes; coverage of conditions, defences and warning signs; the Five Whys; the trigger and the
 * "different engineer" question; the timeline's milestones and the impact's numbers. \a language
 * tells whether a why-chain ends at a person.
 */
Findings structuralFindings(const Document &document, const LanguageCheck &language, const QDate &today);

} // namespace causeway
