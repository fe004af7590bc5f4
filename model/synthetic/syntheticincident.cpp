// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticincident.h"

#include <QIODevice>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <array>

namespace causeway {

namespace {

const std::array<const char *, 12> services = { "orders-api", "checkout-web", "payments-api", "orders-db",
    "search", "inventory", "edge-proxy", "auth", "notifications", "billing", "catalog", "kafka" };
const std::array<const char *, 10> verbs = { "restarted", "scaled", "deployed", "rolled back", "paged",
    "investigated", "acknowledged", "drained", "failed over", "throttled" };
const std::array<const char *, 10> symptoms = { "p95 latency above 2 s", "5xx rate at 4 %",
    "queue depth 120k", "connection pool exhausted", "disk 91 % full", "replica lag 45 s", "OOMKilled",
    "TLS handshake errors", "readiness probe failing", "error budget burn 14x" };
const std::array<const char *, 8> zones = { "UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo",
    "Europe/London", "America/Los_Angeles", "Asia/Kolkata", "Australia/Sydney" };
const std::array<const char *, 12> firstNames = { "Amara", "Jonas", "Priya", "Mateo", "Sofia", "Daniel",
    "Léa", "Kenji", "Olu", "Ingrid", "Ravi", "Chen" };
const std::array<const char *, 8> roles = { "on-call engineer", "incident commander",
    "database administrator", "release engineer", "site reliability engineer", "engineering manager",
    "customer support lead", "communications lead" };

class Maker
{
public:
    explicit Maker(quint32 seed)
        : m_random(seed)
    { }

    int below(int n) { return n <= 0 ? 0 : int(m_random.bounded(quint32(n))); }
    template<class T, std::size_t N>
    const char *pick(const std::array<T, N> &a)
    {
        return a[std::size_t(below(int(N)))];
    }
    QString service() { return QString::fromUtf8(pick(services)); }
    QString sentence()
    {
        return QStringLiteral("%1 %2 after %3")
            .arg(service(), QString::fromUtf8(pick(verbs)), QString::fromUtf8(pick(symptoms)));
    }

private:
    QRandomGenerator m_random;
};

Instant at(qint64 utcMicroseconds, const QTimeZone &zone)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(utcMicroseconds / 1000, Qt::UTC);
    return Instant::fromUtcMicroseconds(utcMicroseconds, zone.offsetFromUtc(utc));
}

} // namespace

DocumentContent syntheticIncident(const SyntheticSpec &spec)
{
    Maker m(spec.seed);
    DocumentContent c;
    c.templateId = TemplateId::Default;
    const qint64 start = QDateTime(QDate(2026, 3, 28), QTime(22, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
    const qint64 span = qint64(qMax(1, spec.days)) * 24 * 3600 * 1000000LL;

    for (int i = 0; i < spec.people; ++i) {
        Person p;
        p.id = PersonId(quint64(i + 1));
        p.name =
            QStringLiteral("%1 %2").arg(QString::fromUtf8(firstNames[std::size_t(i) % firstNames.size()]),
                QStringLiteral("Synth%1").arg(i + 1));
        p.role = QString::fromUtf8(roles[std::size_t(i) % roles.size()]);
        p.team = m.service();
        c.people.append(p);
    }

    Incident &inc = c.incident;
    inc.title = QStringLiteral("Synthetic incident %1: %2").arg(spec.seed).arg(m.sentence());
    inc.identifier = QStringLiteral("SYN-%1").arg(spec.seed);
    inc.severity = Severity::Sev2;
    inc.zone = QStringLiteral("Europe/Berlin");
    if (!c.people.isEmpty()) {
        inc.commander = c.people.first().id;
        inc.authors = { c.people.first().id };
    }
    inc.services = QStringList { m.service(), m.service() };
    const QTimeZone berlin("Europe/Berlin");
    inc.started = at(start + span / 10, berlin);
    inc.detected = at(start + span / 10 + 11 * 60 * 1000000LL, berlin);
    inc.mitigated = at(start + span / 10 + 48 * 60 * 1000000LL, berlin);
    inc.resolved = at(start + span / 10 + 3 * 3600 * 1000000LL, berlin);
    inc.impact.customers = 1000 + m.below(9000);
    inc.impact.failedRequests = 10000 + m.below(90000);

    c.events.reserve(spec.events);
    const qint64 step = spec.events > 0 ? span / spec.events : 0;
    for (int i = 0; i < spec.events; ++i) {
        TimelineEvent e;
        e.id = EventId(quint64(i + 1));
        const QTimeZone zone(m.pick(zones));
        e.time = at(start + i * step + m.below(int(qMin<qint64>(step, 1000000000))), zone);
        e.kind = EventKind(m.below(7));
        if (e.kind == EventKind::Action || e.kind == EventKind::Communication ||
            e.kind == EventKind::Decision) {
            if (!c.people.isEmpty())
                e.person = c.people.at(m.below(int(c.people.size()))).id;
        } else {
            e.actor = m.service();
        }
        e.text = m.sentence() + QStringLiteral(" (#%1)").arg(i + 1);
        if (m.below(4) == 0)
            e.tags = QStringList { m.service() };
        e.source.type = SourceType::Imported;
        e.source.format = QStringLiteral("jsonl");
        e.source.file = QStringLiteral("synthetic-%1.jsonl").arg(spec.seed);
        e.source.line = i + 1;
        c.events.append(e);
    }
    if (!c.events.isEmpty()) {
        c.events[c.events.size() / 10].flags = EventFlag::Trigger;
        for (int k = 1; k <= 3 && c.events.size() > 20; ++k)
            c.events[c.events.size() / 10 - k].flags = EventFlag::MissedWarning;
    }

    // A DAG that flows toward the outcome (node 1): every link goes from a higher id to a lower.
    for (int i = 0; i < spec.nodes; ++i) {
        CausalNode n;
        n.id = NodeId(quint64(i + 1));
        if (i == 0)
            n.type = NodeType::Outcome;
        else if (i == 1)
            n.type = NodeType::Trigger;
        else
            n.type = std::array<NodeType, 6> { NodeType::Condition, NodeType::Condition, NodeType::Defence,
                NodeType::WarningSign, NodeType::Condition, NodeType::Unknown }[std::size_t(m.below(6))];
        if (n.type == NodeType::Defence)
            n.defenceState = DefenceState(m.below(4));
        n.label = m.sentence();
        if (!c.events.isEmpty() && m.below(3) > 0)
            n.evidenceEvents = { c.events.at(m.below(int(c.events.size()))).id };
        c.nodes.append(n);
    }
    const int links = spec.links >= 0 ? spec.links : spec.nodes * 3 / 2;
    QSet<QPair<quint64, quint64>> seen;
    for (int i = 0, tries = 0; i < links && spec.nodes > 1 && tries < links * 10; ++tries) {
        // Mostly local edges, as in real diagrams: a cause sits near its effect.
        const int from = 1 + m.below(spec.nodes - 1);
        const int to = qMax(0, from - 1 - m.below(qMin(from, 8)));
        if (from == to || seen.contains({ quint64(from), quint64(to) }))
            continue;
        seen.insert({ quint64(from), quint64(to) });
        CausalLink l;
        l.id = LinkId(quint64(++i));
        l.from = c.nodes.at(from).id;
        l.to = c.nodes.at(to).id;
        const NodeType type = c.nodes.at(from).type;
        l.kind = type == NodeType::Defence  ? LinkKind::FailedToStop
            : type == NodeType::WarningSign ? LinkKind::WarnedOf
                                            : (m.below(2) ? LinkKind::Causes : LinkKind::Enables);
        l.why = to == from - 1 && from <= 5;
        c.links.append(l);
    }
    if (spec.nodes > 5)
        c.nodes[5].rootCause = true;

    for (int i = 0; i < spec.actions; ++i) {
        CorrectiveAction a;
        a.id = ActionId(quint64(i + 1));
        a.title = QStringLiteral("Prevent %1").arg(m.sentence());
        if (!c.people.isEmpty())
            a.owner = c.people.at(m.below(int(c.people.size()))).id;
        a.due = QDate(2026, 5, 1).addDays(m.below(90));
        a.priority = ActionPriority(m.below(4));
        a.type = ActionType(m.below(4));
        a.status = ActionStatus(m.below(4));
        if (!c.nodes.isEmpty())
            a.addresses = { c.nodes.at(m.below(int(c.nodes.size()))).id };
        c.actions.append(a);
    }
    for (int i = 0; i < spec.evidence; ++i) {
        Evidence e;
        e.id = EvidenceId(quint64(i + 1));
        e.title = QStringLiteral("Log excerpt %1").arg(i + 1);
        e.language = QStringLiteral("Log File");
        e.fileName = QStringLiteral("excerpt-%1.log").arg(i + 1);
        for (int line = 0; line < 20; ++line)
            e.text +=
                QStringLiteral("2026-03-29T0%1:1%2:00Z %3\n").arg(line % 10).arg(line % 6).arg(m.sentence());
        c.evidence.append(e);
    }
    for (LessonCategory category :
        { LessonCategory::WentWell, LessonCategory::WentWrong, LessonCategory::Lucky })
        c.lessons.append(Lesson { LessonId(quint64(c.lessons.size() + 1)), category, m.sentence() });
    c.sections.insert(QStringLiteral("summary"),
        QStringLiteral("A synthetic incident: ") + m.sentence() + QLatin1Char('.'));
    c.sections.insert(QStringLiteral("impact"), QStringLiteral("- ") + m.sentence());
    return c;
}

qint64 writeSyntheticLog(QIODevice *device, SyntheticLogFormat format, qint64 bytes, quint32 seed)
{
    Maker m(seed);
    const qint64 start = QDateTime(QDate(2026, 3, 29), QTime(6, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
    qint64 written = 0;
    qint64 lines = 0;
    QByteArray chunk;
    if (format == SyntheticLogFormat::Csv)
        chunk += "datetime,timestamp_desc,message,hostname\n";
    for (;;) {
        const Instant t = Instant::fromUtcMicroseconds(start + lines * 1730, 0);
        const QByteArray text = m.sentence().toUtf8() + " #" + QByteArray::number(lines);
        const QByteArray host = m.service().toUtf8();
        QByteArray line;
        switch (format) {
        case SyntheticLogFormat::Jsonl:
            line = "{\"message\": \"" + text + "\", \"datetime\": \"" + t.toRfc3339().toUtf8() +
                "\", \"timestamp_desc\": \"Event Recorded\", \"hostname\": \"" + host + "\"}\n";
            break;
        case SyntheticLogFormat::Csv:
            line = t.toRfc3339().toUtf8() + ",Event Recorded,\"" + text + "\"," + host + "\n";
            break;
        case SyntheticLogFormat::Syslog:
            line = "<" + QByteArray::number(8 + m.below(8)) + ">1 " + t.toRfc3339().toUtf8() + " " + host +
                " " + host + " " + QByteArray::number(1000 + m.below(9000)) + " - - " + text + "\n";
            break;
        }
        // Never past the size asked for.
        if (written + chunk.size() + line.size() > bytes)
            break;
        chunk += line;
        ++lines;
        if (chunk.size() > (1 << 20)) {
            if (device->write(chunk) != chunk.size())
                return -1;
            written += chunk.size();
            chunk.clear();
        }
    }
    if (!chunk.isEmpty()) {
        if (device->write(chunk) != chunk.size())
            return -1;
    }
    return lines;
}

} // namespace causeway
