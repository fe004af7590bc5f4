// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace causeway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("causeway::NameRedactor", text);
}

QString capitalised(const QString &role)
{
    QString s = role.simplified();
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

QString letter(int index)
{
    QString suffix;
    do {
        suffix.prepend(QChar(u'A' + index % 26));
        index = index / 26 - 1;
    } while (index >= 0);
    return suffix;
}

// A name written with flexible white space, as a whole word.
QString wholeWords(const QString &name)
{
    const QStringList parts = name.simplified().split(QLatin1Char(' '));
    QStringList escaped;
    for (const QString &part : parts)
        escaped.append(QRegularExpression::escape(part));
    return QStringLiteral("(?<![\\p{L}\\p{N}_])") + escaped.join(QStringLiteral("\\s+")) +
        QStringLiteral("(?![\\p{L}\\p{N}_])");
}

} // namespace

bool actorIsPerson(const TimelineEvent &event)
{
    if (event.actor.isEmpty())
        return false;
    if (event.source.type == SourceType::Pasted)
        return true; // a chat paste: the actor is the speaker
    const QString &format = event.source.format;
    return format == QLatin1String("slack") || format == QLatin1String("pagerduty") ||
        (event.source.type == SourceType::Typed && event.kind == EventKind::Communication);
}

NameRedactor::NameRedactor(const DocumentContent &content)
{
    // Stand-ins: the role, with a letter when several people share it.
    QMap<QString, QVector<PersonId>> byRole;
    QVector<QString> roleOrder;
    for (const Person &p : content.people) {
        const QString role = p.role.trimmed().isEmpty() ? tr("Participant") : capitalised(p.role);
        if (!byRole.contains(role))
            roleOrder.append(role);
        byRole[role].append(p.id);
    }
    // Chat speakers and responders who are not in the people list are participants too.
    QSet<QString> knownNames;
    for (const Person &p : content.people)
        knownNames.insert(p.name.simplified().toCaseFolded());
    QStringList unlistedActors;
    QSet<QString> seenActors;
    for (const TimelineEvent &e : content.events) {
        if (e.person.isValid() || !actorIsPerson(e))
            continue;
        const QString key = e.actor.simplified().toCaseFolded();
        if (knownNames.contains(key) || seenActors.contains(key))
            continue;
        seenActors.insert(key);
        unlistedActors.append(e.actor.simplified());
    }
    const QString participant = tr("Participant");
    const int participantsListed = byRole.value(participant).size();

    for (const QString &role : roleOrder) {
        const QVector<PersonId> &ids = byRole[role];
        const bool lettered = ids.size() > 1 || (role == participant && !unlistedActors.isEmpty());
        for (int i = 0; i < ids.size(); ++i)
            m_personStandIns.insert(ids[i], lettered ? role + QLatin1Char(' ') + letter(i) : role);
    }
    for (const Person &p : content.people) {
        if (!p.name.trimmed().isEmpty())
            addName(p.name, m_personStandIns.value(p.id));
    }
    for (int i = 0; i < unlistedActors.size(); ++i) {
        const QString standIn = participant + QLatin1Char(' ') + letter(participantsListed + i);
        m_actorStandIns.insert(unlistedActors[i].toCaseFolded(), standIn);
        addName(unlistedActors[i], standIn);
    }
    for (const Person &p : content.people)
        m_actorStandIns.insert(p.name.simplified().toCaseFolded(), m_personStandIns.value(p.id));

    // Longest names first, so that "Amara Okafor" wins over "Amara".
    std::stable_sort(m_patterns.begin(), m_patterns.end(), [](const Pattern &a, const Pattern &b) {
        return a.expression.pattern().size() > b.expression.pattern().size();
    });
}

void NameRedactor::addName(const QString &name, const QString &standIn)
{
    const QString simple = name.simplified();
    if (simple.isEmpty())
        return;
    m_patterns.append(
        { QRegularExpression(wholeWords(simple),
              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption),
            standIn });
    const QStringList parts = simple.split(QLatin1Char(' '));
    if (parts.size() < 2)
        return;
    // "amara.okafor", "amara_okafor", "aokafor": handles and mail addresses built from the name.
    const QString first = QRegularExpression::escape(parts.first());
    const QString last = QRegularExpression::escape(parts.last());
    m_patterns.append(
        { QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])(%1[._-]?%2|%3%2)(?![\\p{L}\\p{N}])")
                                 .arg(first, last, QRegularExpression::escape(parts.first().left(1))),
              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption),
            standIn });
    // A first or last name alone, only capitalised as names are written.
    for (const QString &part : parts) {
        if (part.size() < 2 || !part.at(0).isUpper())
            continue;
        m_patterns.append(
            { QRegularExpression(wholeWords(part), QRegularExpression::UseUnicodePropertiesOption),
                standIn });
    }
}

QString NameRedactor::redact(const QString &text) const
{
    if (text.isEmpty())
        return text;
    QString result = text;
    for (const Pattern &p : m_patterns) {
        if (result.contains(p.expression))
            result.replace(p.expression, p.standIn);
    }
    return result;
}

QString NameRedactor::redactActor(const TimelineEvent &event) const
{
    const QString known = m_actorStandIns.value(event.actor.simplified().toCaseFolded());
    return known.isEmpty() ? redact(event.actor) : known;
}

DocumentContent redactedFor(const DocumentContent &content, const ExportOptions &options)
{
    DocumentContent out = content;
    const bool dropNotes = options.hidesRawMaterial();
    if (dropNotes) {
        out.evidence.clear();
        for (TimelineEvent &e : out.events)
            e.note.clear();
        for (CausalNode &n : out.nodes)
            n.note.clear();
        for (CausalLink &l : out.links)
            l.note.clear();
    }
    if (!options.hidesNames())
        return out;

    const NameRedactor names(content);
    out.incident.title = names.redact(out.incident.title);
    out.incident.impact.description = names.redact(out.incident.impact.description);
    for (QString &service : out.incident.services)
        service = names.redact(service);
    for (Person &p : out.people)
        p.name = names.standInFor(p.id);
    for (TimelineEvent &e : out.events) {
        e.actor = names.redactActor(e);
        e.text = names.redact(e.text);
        e.note = names.redact(e.note);
        for (QString &tag : e.tags)
            tag = names.redact(tag);
        e.source.file = names.redact(e.source.file);
    }
    for (CausalNode &n : out.nodes) {
        n.label = names.redact(n.label);
        n.description = names.redact(n.description);
        n.acceptedRisk = names.redact(n.acceptedRisk);
        n.note = names.redact(n.note);
    }
    for (CausalLink &l : out.links)
        l.note = names.redact(l.note);
    for (DifferentEngineerAnswer &a : out.answers)
        a.explanation = names.redact(a.explanation);
    for (CorrectiveAction &a : out.actions) {
        a.title = names.redact(a.title);
        a.ownerName = names.redact(a.ownerName);
        a.tracker = names.redact(a.tracker);
    }
    for (Lesson &l : out.lessons)
        l.text = names.redact(l.text);
    for (Evidence &e : out.evidence) {
        e.title = names.redact(e.title);
        e.fileName = names.redact(e.fileName);
        e.text = names.redact(e.text);
    }
    for (auto it = out.sections.begin(); it != out.sections.end(); ++it)
        it.value() = names.redact(it.value());
    return out;
}

} // namespace causeway
