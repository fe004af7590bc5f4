// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentcontent.h"
#include "exportoptions.h"

#include <QHash>
#include <QRegularExpression>
#include <QVector>

namespace causeway {

/**
 * Replaces people's names by their roles ("On-call engineer A") in any text.
 *
 * Names come from the document's people and from the actors of chat and paging events (people who
 * spoke or acknowledged but are not in the people list). A full name is replaced wherever it
 * stands, in any letter case; a first or last name on its own only as a capitalised whole word, so
 * that a name which is also a word ("Will", "May") is not replaced inside ordinary prose.
 */
class NameRedactor
{
public:
    explicit NameRedactor(const DocumentContent &content);

    /// The text with every known name replaced by its stand-in.
    QString redact(const QString &text) const;
    /// The stand-in for a person of the document ("Incident commander", "On-call engineer B").
    QString standInFor(PersonId person) const { return m_personStandIns.value(person); }
    /// The stand-in for a free-text actor: a known name's stand-in, or the text redacted.
    QString redactActor(const TimelineEvent &event) const;

private:
    void addName(const QString &name, const QString &standIn);

    QHash<PersonId, QString> m_personStandIns;
    QHash<QString, QString> m_actorStandIns; ///< by case-folded free-text actor
    struct Pattern
    {
        QRegularExpression expression;
        QString standIn;
    };
    QVector<Pattern> m_patterns; ///< longest names first
};

/// Whether a free-text actor of \a event names a person (a chat speaker, a responder) rather than a system.
bool actorIsPerson(const TimelineEvent &event);

/**
 * The document as \a options' audience may read it: with names hidden, every name in every field
 * (actors, labels, prose, owners, people's own names) becomes a role; for leadership, private notes
 * and raw evidence are left out as well. Internal exports without anonymising get the content unchanged.
 */
DocumentContent redactedFor(const DocumentContent &content, const ExportOptions &options);

} // namespace causeway
