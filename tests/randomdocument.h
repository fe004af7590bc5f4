// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds seeded random documents that use every field and every value of every enumeration,
// with hostile text (quotes, backslashes, control characters, non-ASCII), for round-trip and
// schema tests. The same seed always gives the same document.

#include "documentcontent.h"
#include "enumnames.h"

#include <QRandomGenerator>

namespace causeway::testing {

class RandomDocument
{
public:
    explicit RandomDocument(quint32 seed)
        : m_random(seed)
    { }

    DocumentContent make(int events = 40, int nodes = 12)
    {
        DocumentContent c;
        c.templateId = pick<TemplateId>();
        for (quint64 i = 1; i <= 5; ++i)
            c.people.append(Person { PersonId(i), text(1), text(0), text(0) });
        c.incident = incident();
        for (int i = 1; i <= events; ++i)
            c.events.append(event(EventId(quint64(i))));
        for (int i = 1; i <= nodes; ++i)
            c.nodes.append(node(NodeId(quint64(i)), events));
        for (int i = 1; i < nodes; ++i) {
            CausalLink l;
            l.id = LinkId(quint64(i));
            l.from = NodeId(quint64(i + 1));
            l.to = NodeId(quint64(1 + m_random.bounded(i)));
            l.kind = pick<LinkKind>();
            l.why = m_random.bounded(2) == 0;
            l.note = text(0);
            c.links.append(l);
        }
        for (quint64 i = 1; i <= 6; ++i)
            c.actions.append(action(ActionId(i), nodes));
        for (quint64 i = 1; i <= 2; ++i) {
            DifferentEngineerAnswer a;
            a.id = AnswerId(i);
            a.node = NodeId(1 + m_random.bounded(quint32(nodes)));
            a.answer = pick<EngineerAnswer>();
            a.defence = maybe() ? NodeId(1 + m_random.bounded(quint32(nodes))) : NodeId();
            a.explanation = text(0);
            a.actions = { ActionId(i), ActionId(i + 2) };
            c.answers.append(a);
        }
        for (quint64 i = 1; i <= 4; ++i)
            c.lessons.append(Lesson { LessonId(i), pick<LessonCategory>(), text(0) });
        for (quint64 i = 1; i <= 3; ++i)
            c.evidence.append(evidence(EvidenceId(i), events, nodes));
        const QStringList keys = { QStringLiteral("summary"), QStringLiteral("impact"),
            QStringLiteral("prevention"), QStringLiteral("timeline-summary"), QStringLiteral("root-causes") };
        for (const QString &key : keys) {
            if (maybe())
                c.sections.insert(key, text(1) + QStringLiteral("\n\n- a list item\n- `code`"));
        }
        // Last, so that the rest of a seed's document stays what it was before acknowledgements.
        if (maybe()) {
            c.acknowledgements.append({ QStringLiteral("action.no-owner"),
                EntityRef::of(EntityKind::Action, ActionId(1)), QStringLiteral("owner"), text(1) });
            c.acknowledgements.append(
                { QStringLiteral("trigger.missing"), EntityRef::document(), QString(), text(1) });
            if (!c.sections.isEmpty())
                c.acknowledgements.append({ QStringLiteral("blame.language"),
                    EntityRef::section(c.sections.firstKey()), QStringLiteral("text"), text(1) });
        }
        return c;
    }

    /// Text that exercises escaping: quotes, backslashes, control characters, non-ASCII, emoji.
    QString text(int minLength)
    {
        static const QStringList pieces = { QStringLiteral("deploy"), QStringLiteral("migration"),
            QStringLiteral("\"quoted\""), QStringLiteral("back\\slash"), QStringLiteral("line\nbreak"),
            QStringLiteral("tab\there"), QStringLiteral("Grüße"), QStringLiteral("αβγ"),
            QStringLiteral("€ 5"), QStringLiteral("\u0001ctrl"), QStringLiteral("\U0001F525 fire"),
            QStringLiteral("<script>"), QStringLiteral("a | b"), QStringLiteral("/path/x") };
        const int n = minLength + int(m_random.bounded(4));
        QStringList words;
        for (int i = 0; i < n; ++i)
            words << pieces.at(int(m_random.bounded(quint32(pieces.size()))));
        QString s = words.join(QLatin1Char(' '));
        if (minLength > 0 && s.trimmed().isEmpty())
            s = QStringLiteral("x");
        return s;
    }

    Instant instant()
    {
        static const int offsets[] = { 0, 3600, 7200, -18000, 19800, -12600, 45900 };
        const qint64 base = 1767225600LL * 1000000; // 2026-01-01
        qint64 usecs = base + qint64(m_random.bounded(365u * 86400u)) * 1000000;
        switch (m_random.bounded(3)) {
        case 1:
            usecs += qint64(m_random.bounded(1000u)) * 1000;
            break;
        case 2:
            usecs += qint64(m_random.bounded(1000000u));
            break;
        default:
            break;
        }
        return Instant::fromUtcMicroseconds(usecs, offsets[m_random.bounded(7)]);
    }

private:
    template<class E>
    E pick()
    {
        return E(m_random.bounded(quint32(enumCount<E>())));
    }
    bool maybe() { return m_random.bounded(2) == 0; }

    Incident incident()
    {
        Incident i;
        i.title = text(1);
        i.identifier = QStringLiteral("INC-%1").arg(m_random.bounded(10000u));
        i.severity = pick<Severity>();
        i.status = pick<IncidentStatus>();
        i.zone = maybe() ? QStringLiteral("Europe/Berlin") : QStringLiteral("America/New_York");
        i.commander = maybe() ? PersonId(1) : PersonId();
        i.authors = { PersonId(1), PersonId(3) };
        i.reviewers = { PersonId(2) };
        i.services = QStringList { text(1), text(1) };
        if (maybe())
            i.impact.customers = m_random.bounded(100000u);
        if (maybe())
            i.impact.failedRequests = qint64(m_random.bounded(1000000u)) * 1000;
        if (maybe()) {
            i.impact.revenue = m_random.bounded(100000u) / 4.0;
            i.impact.currency = QStringLiteral("EUR");
        }
        i.impact.description = text(0);
        i.started = instant();
        if (maybe())
            i.detected = instant();
        if (maybe())
            i.mitigated = instant();
        if (maybe())
            i.resolved = instant();
        return i;
    }

    TimelineEvent event(EventId id)
    {
        TimelineEvent e;
        e.id = id;
        e.time = instant();
        if (m_random.bounded(4) == 0)
            e.end = Instant::fromUtcMicroseconds(e.time.utcMicroseconds() + 1500000, e.time.offsetSeconds());
        e.kind = pick<EventKind>();
        if (maybe())
            e.person = PersonId(1 + m_random.bounded(5u));
        else
            e.actor = text(0);
        e.text = text(1);
        for (int i = int(m_random.bounded(3u)); i > 0; --i)
            e.tags << text(1);
        e.flags = EventFlags(int(m_random.bounded(8u)));
        e.source.type = pick<SourceType>();
        if (e.source.type == SourceType::Imported) {
            e.source.format = QStringLiteral("jsonl");
            e.source.file = QStringLiteral("/var/log/app-%1.jsonl").arg(m_random.bounded(9u));
            e.source.line = m_random.bounded(100000u);
        }
        e.note = maybe() ? text(1) : QString();
        return e;
    }

    CausalNode node(NodeId id, int events)
    {
        CausalNode n;
        n.id = id;
        n.type = pick<NodeType>();
        n.label = text(1);
        n.description = text(0);
        if (n.type == NodeType::Defence)
            n.defenceState = pick<DefenceState>();
        n.rootCause = m_random.bounded(5u) == 0;
        n.acceptedRisk = m_random.bounded(5u) == 0 ? text(1) : QString();
        if (maybe())
            n.position = QPointF(m_random.bounded(2000u) - 1000, m_random.bounded(16000u) / 16.0);
        n.pinned = n.position && maybe();
        for (quint32 e = 1; e <= quint32(events); e += 1 + m_random.bounded(15u))
            n.evidenceEvents.append(EventId(e));
        n.note = text(0);
        return n;
    }

    CorrectiveAction action(ActionId id, int nodes)
    {
        CorrectiveAction a;
        a.id = id;
        a.title = text(1);
        if (maybe())
            a.owner = PersonId(1 + m_random.bounded(5u));
        else
            a.ownerName = text(0);
        if (maybe())
            a.due = QDate(2026, 1, 1).addDays(m_random.bounded(400u));
        a.priority = pick<ActionPriority>();
        a.type = pick<ActionType>();
        a.nature = pick<ActionNature>();
        a.status = pick<ActionStatus>();
        a.tracker = maybe()
            ? QStringLiteral("https://tracker.example.com/OPS-%1").arg(m_random.bounded(9999u))
            : QString();
        for (quint32 n = 1 + m_random.bounded(3u); n <= quint32(nodes); n += 1 + m_random.bounded(6u))
            a.addresses.append(NodeId(n));
        return a;
    }

    Evidence evidence(EvidenceId id, int events, int nodes)
    {
        Evidence e;
        e.id = id;
        e.title = text(1);
        e.kind = pick<EvidenceKind>();
        if (e.kind == EvidenceKind::Image) {
            e.mediaType = QStringLiteral("image/png");
            e.data = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
            for (int i = int(m_random.bounded(50u)); i > 0; --i)
                e.data.append(char(m_random.bounded(256u)));
        } else {
            e.language = maybe() ? QStringLiteral("SQL") : QStringLiteral("YAML");
            e.text = text(3);
        }
        e.fileName = maybe() ? QStringLiteral("migration.sql") : QString();
        e.events = { EventId(1 + m_random.bounded(quint32(events))) };
        e.nodes = { NodeId(1 + m_random.bounded(quint32(nodes))) };
        return e;
    }

    QRandomGenerator m_random;
};

} // namespace causeway::testing
