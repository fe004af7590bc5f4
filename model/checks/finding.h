// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "acknowledgement.h"

#include <QMetaType>
#include <QString>
#include <QVector>

namespace causeway {

enum class FindingSeverity { Info, Warning, Error };

/**
 * Where a finding points: a thing of the document, one of its fields ("label", "title", "due",
 * or empty for the thing as a whole) and, for text, a character range in that field's text.
 */
struct FindingPlace
{
    EntityRef entity;
    QString field;
    int start = -1; ///< first character of the range in the field's text, or -1
    int length = 0;

    bool hasRange() const { return start >= 0; }
    friend bool operator==(const FindingPlace &a, const FindingPlace &b)
    {
        return a.entity == b.entity && a.field == b.field && a.start == b.start && a.length == b.length;
    }
};

/**
 * One result of the analysis checks: what is wrong, where, what the method expects instead and,
 * for language, a system-level rewrite. Findings are computed from the document, never stored;
 * only their acknowledgements are (see Acknowledgement).
 */
struct Finding
{
    QString checkId; ///< stable, e.g. "action.no-owner" (see checkids.h)
    QString ruleId; ///< for language checks: the rule of the rule file that matched, e.g. "forgot"
    FindingSeverity severity = FindingSeverity::Warning;
    FindingPlace place;
    QString message; ///< what is wrong and what the method expects
    QString suggestion; ///< a system-level rewrite or the next step; may be empty
    QString excerpt; ///< the text the range covers, for lists and tooltips
    bool acknowledged = false;
    QString acknowledgementReason;

    /// The acknowledgement that would keep this finding as it is.
    Acknowledgement acknowledgement(const QString &reason) const
    {
        return { checkId, place.entity, place.field, reason };
    }
    friend bool operator==(const Finding &a, const Finding &b)
    {
        return a.checkId == b.checkId && a.ruleId == b.ruleId && a.severity == b.severity &&
            a.place == b.place && a.message == b.message && a.suggestion == b.suggestion &&
            a.acknowledged == b.acknowledged && a.acknowledgementReason == b.acknowledgementReason;
    }
    friend bool operator!=(const Finding &a, const Finding &b) { return !(a == b); }
};

using Findings = QVector<Finding>;

} // namespace causeway

Q_DECLARE_METATYPE(causeway::Finding)
Q_DECLARE_METATYPE(causeway::FindingPlace)
