// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcontentreader.h"

#include "documentwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace causeway::reading {

namespace {

constexpr const char *ListKeys[ListCount] = { "people", "timeline", "nodes", "links", "differentEngineer",
    "actions", "lessons", "evidence" };

} // namespace

Reader::Reader(int maxErrors)
    : m_all(maxErrors)
    , m_listErrors(ListCount, ErrorCollector(maxErrors))
    , m_firstUse(ListCount)
{ }

int Reader::listOf(const QString &key)
{
    for (int list = 0; list < ListCount; ++list) {
        if (key == QLatin1String(ListKeys[list]))
            return list;
    }
    return -1;
}

void Reader::member(const QString &key, const QJsonValue &value)
{
    // The one optional top-level key: kept out of the check that every key is there.
    if (key == QLatin1String("acknowledgements")) {
        m_acknowledgements = value;
        return;
    }
    // Only the template's value is needed for the top-level checks; the big ones are not kept twice.
    m_top.insert(key, key == QLatin1String("template") ? value : QJsonValue());
    if (key == QLatin1String("format")) {
        m_format = value;
        m_refused = m_refused || value.toString() != QLatin1String("causeway");
    } else if (key == QLatin1String("version")) {
        m_version = value;
        const double v = value.toDouble();
        m_refused = m_refused || !value.isDouble() || std::floor(v) != v || v < 1 || v > CurrentFormatVersion;
    }
    if (m_refused)
        return; // only the format's or version's error will be reported
    if (key == QLatin1String("incident")) {
        m_incident = value;
    } else if (key == QLatin1String("sections")) {
        m_sections = value;
    }
    const int list = listOf(key);
    if (list < 0)
        return;
    if (!value.isArray()) {
        m_listErrors[list].fail(key,
            QCoreApplication::translate("causeway::DocumentReader", "expected an array, got %1")
                .arg(describe(value)));
        return;
    }
    beginList(list);
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i)
        element(list, array.at(i));
}

void Reader::beginList(int list)
{
    m_top.insert(QLatin1String(ListKeys[list]), QJsonValue());
}

void Reader::element(int list, const QJsonValue &value)
{
    m_errors = &m_listErrors[list];
    DocumentContent &c = m_content;
    switch (List(list)) {
    case PeopleList:
        readElement<Person>(c.people, &Reader::readPerson, { "id", "name", "role", "team" }, value);
        break;
    case TimelineList:
        readElement<TimelineEvent>(c.events, &Reader::readEvent,
            { "id", "time", "end", "kind", "person", "actor", "text", "tags", "flags", "source", "note" },
            value);
        break;
    case NodeList:
        readElement<CausalNode>(c.nodes, &Reader::readNode,
            { "id", "type", "label", "description", "defenceState", "rootCause", "acceptedRisk", "position",
                "pinned", "evidenceEvents", "note" },
            value);
        break;
    case LinkList:
        readElement<CausalLink>(
            c.links, &Reader::readLink, { "id", "from", "to", "kind", "why", "note" }, value);
        break;
    case AnswerList:
        readElement<DifferentEngineerAnswer>(c.answers, &Reader::readAnswer,
            { "id", "node", "answer", "defence", "explanation", "actions" }, value);
        break;
    case ActionList:
        readElement<CorrectiveAction>(c.actions, &Reader::readAction,
            { "id", "title", "owner", "ownerName", "due", "priority", "type", "nature", "status", "tracker",
                "addresses" },
            value);
        break;
    case LessonList:
        readElement<Lesson>(c.lessons, &Reader::readLesson, { "id", "category", "text" }, value);
        break;
    case EvidenceList:
        readElement<Evidence>(c.evidence, &Reader::readEvidence,
            { "id", "title", "kind", "language", "fileName", "text", "mediaType", "data", "events", "nodes" },
            value);
        break;
    case ListCount:
        break;
    }
}

// --- the document's parts ----------------------------------------------------------------------

void Reader::readIncident(const QJsonValue &v, Incident &i)
{
    ObjectReader o(*m_errors, v, QStringLiteral("incident"),
        { "title", "identifier", "severity", "status", "zone", "commander", "authors", "reviewers",
            "services", "impact", "started", "detected", "mitigated", "resolved" });
    if (!o.isObject())
        return;
    i.title = o.text("title");
    i.identifier = o.text("identifier");
    i.severity = o.enumValue<Severity>("severity");
    i.status = o.enumValue<IncidentStatus>("status");
    i.zone = o.text("zone");
    // Region ids only (as in the schema): offset ids such as "UTC+01:00" do not know daylight saving.
    static const QRegularExpression zonePattern(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"));
    if (o.value("zone").isString() &&
        (!zonePattern.match(i.zone).hasMatch() || !QTimeZone::isTimeZoneIdAvailable(i.zone.toUtf8())))
        fail(o.at("zone"),
            QCoreApplication::translate("causeway::DocumentReader",
                "expected an IANA time-zone id such as \"Europe/Berlin\" or \"UTC\", got %1")
                .arg(quoted(i.zone)));
    i.commander = o.id<PersonTag>("commander", true);
    i.authors = o.idList<PersonTag>("authors");
    i.reviewers = o.idList<PersonTag>("reviewers");
    i.services = o.textList("services");
    ObjectReader impact(*m_errors, o.value("impact"), o, "impact",
        { "customers", "failedRequests", "revenue", "currency", "description" });
    if (impact.isObject()) {
        i.impact.customers = impact.integer("customers", 0, true);
        i.impact.failedRequests = impact.integer("failedRequests", 0, true);
        i.impact.revenue = impact.number("revenue", true);
        if (i.impact.revenue && *i.impact.revenue < 0)
            fail(impact.at("revenue"),
                QCoreApplication::translate(
                    "causeway::DocumentReader", "expected null or a number of at least 0, got %1")
                    .arg(*i.impact.revenue));
        i.impact.currency = impact.text("currency");
        static const QRegularExpression currencyPattern(QStringLiteral("^([A-Z]{3})?$"));
        if (!currencyPattern.match(i.impact.currency).hasMatch())
            fail(impact.at("currency"),
                QCoreApplication::translate(
                    "causeway::DocumentReader", "expected \"\" or an ISO 4217 code such as \"EUR\", got %1")
                    .arg(quoted(i.impact.currency)));
        i.impact.description = impact.text("description");
    }
    i.started = o.instant("started", true);
    i.detected = o.instant("detected", true);
    i.mitigated = o.instant("mitigated", true);
    i.resolved = o.instant("resolved", true);
}

template<class T>
void Reader::readElement(QVector<T> &items, bool (Reader::*readOne)(ObjectReader &, T &),
    std::initializer_list<const char *> keys, const QJsonValue &value)
{
    const int list = int(m_errors - m_listErrors.data());
    const int i = m_index[list]++;
    ObjectReader o(*m_errors, value, ListKeys[list], i, keys);
    if (!o.isObject())
        return;
    T item;
    item.id = o.id<typename T::IdType::Tag>("id", false);
    (this->*readOne)(o, item);
    if (item.id.isValid()) {
        IdFirstUse &firstUse = m_firstUse[list];
        const int seen = firstUse.find(item.id.value);
        if (seen >= 0)
            fail(o.at("id"),
                QCoreApplication::translate("causeway::DocumentReader", "id %1 is already used by %2[%3]")
                    .arg(item.id.value)
                    .arg(QLatin1String(ListKeys[list]))
                    .arg(seen));
        else
            firstUse.add(item.id.value, i);
    }
    items.append(std::move(item));
}

bool Reader::readPerson(ObjectReader &o, Person &p)
{
    p.name = o.text("name", true);
    p.role = o.text("role");
    p.team = o.text("team");
    return true;
}

bool Reader::readEvent(ObjectReader &o, TimelineEvent &e)
{
    e.time = o.instant("time", false);
    e.end = o.instant("end", true);
    if (e.time.isValid() && e.end.isValid() && e.end < e.time)
        fail(o.at("end"),
            QCoreApplication::translate("causeway::DocumentReader", "the end %1 is before the start %2")
                .arg(e.end.toRfc3339(), e.time.toRfc3339()));
    e.kind = o.enumValue<EventKind>("kind");
    e.person = o.id<PersonTag>("person", true);
    e.actor = m_pool.intern(o.text("actor"));
    if (e.person.isValid() && !e.actor.isEmpty())
        fail(o.at("actor"),
            QCoreApplication::translate("causeway::DocumentReader",
                "expected \"\" when \"person\" is set (the actor is either a person or a system)"));
    e.text = o.text("text");
    e.tags = m_pool.intern(o.textList("tags"));
    const QStringList flags = o.textList("flags");
    int previous = -1; // flags are written at most once each, in eventFlagNames() order
    for (int i = 0; i < flags.size(); ++i) {
        int known = -1;
        for (int f = 0; f < eventFlagNames().size(); ++f) {
            if (flags.at(i) == eventFlagNames().at(f).second) {
                e.flags |= eventFlagNames().at(f).first;
                known = f;
            }
        }
        if (known >= 0 && known == previous)
            fail(o.at("flags") + QStringLiteral("[%1]").arg(i),
                QCoreApplication::translate("causeway::DocumentReader", "%1 is listed twice")
                    .arg(quoted(flags.at(i))));
        else if (known >= 0 && known < previous)
            fail(o.at("flags") + QStringLiteral("[%1]").arg(i),
                QCoreApplication::translate("causeway::DocumentReader",
                    "out of order: expected the order \"trigger\", \"missed-warning\", \"key-moment\""));
        if (known >= 0)
            previous = known;
        if (known < 0)
            fail(o.at("flags") + QStringLiteral("[%1]").arg(i),
                QStringLiteral("expected \"trigger\", \"missed-warning\" or \"key-moment\", got %1")
                    .arg(quoted(flags.at(i))));
    }
    ObjectReader source(*m_errors, o.value("source"), o, "source", { "type", "format", "file", "line" });
    if (source.isObject()) {
        e.source.type = source.enumValue<SourceType>("type");
        e.source.format = m_pool.intern(source.text("format"));
        e.source.file = m_pool.intern(source.text("file"));
        e.source.line = source.integer("line", 0, false).value_or(0);
    }
    e.note = o.text("note");
    return true;
}

bool Reader::readNode(ObjectReader &o, CausalNode &n)
{
    n.type = o.enumValue<NodeType>("type");
    n.label = o.text("label", true);
    n.description = o.text("description");
    n.defenceState = o.nullableEnum<DefenceState>("defenceState");
    const bool hasState = !o.value("defenceState").isNull() && !o.value("defenceState").isUndefined();
    const bool typeKnown = isKnown<NodeType>(o.value("type"));
    if (typeKnown && n.type == NodeType::Defence && !hasState)
        fail(o.at("defenceState"),
            QCoreApplication::translate("causeway::DocumentReader", "expected %1 for a defence, got null")
                .arg(orList(enumNameList<DefenceState>())));
    else if (typeKnown && n.type != NodeType::Defence && hasState)
        fail(o.at("defenceState"),
            QCoreApplication::translate(
                "causeway::DocumentReader", "expected null: only defences have a state"));
    n.rootCause = o.boolean("rootCause");
    n.acceptedRisk = o.text("acceptedRisk");
    const QJsonValue position = o.value("position");
    if (!position.isNull() && !position.isUndefined()) {
        ObjectReader p(*m_errors, position, o, "position", { "x", "y" });
        if (p.isObject()) {
            const auto x = p.number("x", false);
            const auto y = p.number("y", false);
            if (x && y)
                n.position = QPointF(*x, *y);
        }
    }
    n.pinned = o.boolean("pinned");
    n.evidenceEvents = o.idList<EventTag>("evidenceEvents");
    n.note = o.text("note");
    return true;
}

bool Reader::readLink(ObjectReader &o, CausalLink &l)
{
    l.from = o.id<NodeTag>("from", false);
    l.to = o.id<NodeTag>("to", false);
    if (l.from.isValid() && l.from == l.to)
        fail(o.at("to"),
            QCoreApplication::translate(
                "causeway::DocumentReader", "a link cannot lead from node %1 to itself")
                .arg(l.from.value));
    l.kind = o.enumValue<LinkKind>("kind");
    l.why = o.boolean("why");
    l.note = o.text("note");
    return true;
}

bool Reader::readAnswer(ObjectReader &o, DifferentEngineerAnswer &a)
{
    a.node = o.id<NodeTag>("node", false);
    a.answer = o.enumValue<EngineerAnswer>("answer");
    a.defence = o.id<NodeTag>("defence", true);
    a.explanation = o.text("explanation");
    a.actions = o.idList<ActionTag>("actions");
    return true;
}

bool Reader::readAction(ObjectReader &o, CorrectiveAction &a)
{
    a.title = o.text("title", true);
    a.owner = o.id<PersonTag>("owner", true);
    a.ownerName = o.text("ownerName");
    if (a.owner.isValid() && !a.ownerName.isEmpty())
        fail(o.at("ownerName"),
            QCoreApplication::translate("causeway::DocumentReader", "expected \"\" when \"owner\" is set"));
    a.due = o.date("due");
    a.priority = o.enumValue<ActionPriority>("priority");
    a.type = o.enumValue<ActionType>("type");
    a.nature = o.enumValue<ActionNature>("nature");
    a.status = o.enumValue<ActionStatus>("status");
    a.tracker = o.text("tracker");
    a.addresses = o.idList<NodeTag>("addresses");
    return true;
}

bool Reader::readLesson(ObjectReader &o, Lesson &l)
{
    l.category = o.enumValue<LessonCategory>("category");
    l.text = o.text("text");
    return true;
}

bool Reader::readEvidence(ObjectReader &o, Evidence &e)
{
    e.title = o.text("title");
    e.kind = o.enumValue<EvidenceKind>("kind");
    e.language = o.text("language");
    e.fileName = o.text("fileName");
    e.text = o.text("text");
    e.mediaType = o.text("mediaType");
    const QString data = o.text("data");
    const bool kindKnown = isKnown<EvidenceKind>(o.value("kind"));
    if (!kindKnown) {
        // the kind's own error is enough: what else is expected depends on it
    } else if (e.kind == EvidenceKind::Image) {
        if (e.mediaType != QLatin1String("image/png") && e.mediaType != QLatin1String("image/jpeg"))
            fail(o.at("mediaType"),
                QCoreApplication::translate("causeway::DocumentReader",
                    "expected \"image/png\" or \"image/jpeg\" for an image, got %1")
                    .arg(quoted(e.mediaType)));
        const auto decoded =
            QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || data.isEmpty())
            fail(o.at("data"),
                QCoreApplication::translate(
                    "causeway::DocumentReader", "expected the image's bytes in base64"));
        else
            e.data = *decoded;
        if (!e.text.isEmpty())
            fail(o.at("text"),
                QCoreApplication::translate("causeway::DocumentReader", "expected \"\" for an image"));
    } else {
        if (!e.mediaType.isEmpty())
            fail(o.at("mediaType"),
                QCoreApplication::translate("causeway::DocumentReader", "expected \"\" for text evidence"));
        if (!data.isEmpty())
            fail(o.at("data"),
                QCoreApplication::translate("causeway::DocumentReader", "expected \"\" for text evidence"));
    }
    e.events = o.idList<EventTag>("events");
    e.nodes = o.idList<NodeTag>("nodes");
    return true;
}

void Reader::readSections(const QJsonValue &v, QMap<QString, QString> &out)
{
    if (v.isUndefined())
        return;
    if (!v.isObject()) {
        fail(QStringLiteral("sections"),
            QCoreApplication::translate("causeway::DocumentReader", "expected an object, got %1")
                .arg(describe(v)));
        return;
    }
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9-]*$"));
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString path = QStringLiteral("sections.") + it.key();
        if (!keyPattern.match(it.key()).hasMatch())
            fail(path,
                QCoreApplication::translate("causeway::DocumentReader",
                    "expected a section key of lower-case letters, digits and \"-\""));
        else if (!it.value().isString())
            fail(path, QStringLiteral("expected a string, got %1").arg(describe(it.value())));
        else
            out.insert(it.key(), it.value().toString());
    }
}

void Reader::readAcknowledgements(const QJsonValue &v, QVector<Acknowledgement> &out)
{
    if (v.isUndefined())
        return;
    if (!v.isArray()) {
        fail(QStringLiteral("acknowledgements"),
            QCoreApplication::translate("causeway::DocumentReader", "expected an array, got %1")
                .arg(describe(v)));
        return;
    }
    static const QRegularExpression checkPattern(QStringLiteral("^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+$"));
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9-]*$"));
    const QJsonArray array = v.toArray();
    for (int i = 0; i < array.size(); ++i) {
        ObjectReader o(
            *m_errors, array.at(i), "acknowledgements", i, { "check", "entity", "id", "field", "reason" });
        if (!o.isObject())
            continue;
        Acknowledgement a;
        a.checkId = o.text("check");
        if (o.value("check").isString() && !checkPattern.match(a.checkId).hasMatch())
            fail(o.at("check"),
                QCoreApplication::translate(
                    "causeway::DocumentReader", "expected a check id such as \"action.no-owner\", got %1")
                    .arg(quoted(a.checkId)));
        a.entity.kind = o.enumValue<EntityKind>("entity");
        const QJsonValue id = o.value("id");
        if (isKnown<EntityKind>(o.value("entity"))) {
            switch (a.entity.kind) {
            case EntityKind::Document:
            case EntityKind::Incident:
                if (!id.isNull())
                    fail(o.at("id"),
                        QCoreApplication::translate(
                            "causeway::DocumentReader", "expected null for %1, got %2")
                            .arg(quoted(enumName(a.entity.kind)), describe(id)));
                break;
            case EntityKind::Section:
                a.entity.key = id.toString();
                if (!id.isString() || !keyPattern.match(a.entity.key).hasMatch())
                    fail(o.at("id"),
                        QCoreApplication::translate("causeway::DocumentReader",
                            "expected a section key of lower-case letters, digits and "
                            "\"-\", got %1")
                            .arg(describe(id)));
                break;
            default:
                a.entity.id = quint64(o.integer("id", 1, false).value_or(0));
                break;
            }
        }
        a.field = o.text("field");
        a.reason = o.text("reason", true);
        for (int j = 0; j < out.size(); ++j) {
            if (out.at(j).covers(a.checkId, a.entity, a.field)) {
                fail(o.path(),
                    QCoreApplication::translate("causeway::DocumentReader",
                        "the same finding is already acknowledged by acknowledgements[%1]")
                        .arg(j));
                break;
            }
        }
        out.append(a);
    }
}

bool Reader::checkFormat()
{
    // Format and version first: a file that is not ours, or too new, is not read any further.
    if (m_format.toString() != QLatin1String("causeway")) {
        fail(QStringLiteral("format"),
            QCoreApplication::translate(
                "causeway::DocumentReader", "expected \"causeway\", got %1: this is not a Causeway document")
                .arg(describe(m_format)));
        return false;
    }
    const double v = m_version.toDouble();
    if (!m_version.isDouble() || std::floor(v) != v || v < 1) {
        fail(QStringLiteral("version"),
            QCoreApplication::translate(
                "causeway::DocumentReader", "expected an integer format version, got %1")
                .arg(describe(m_version)));
        return false;
    }
    if (v > CurrentFormatVersion) {
        fail(QStringLiteral("version"),
            QCoreApplication::translate("causeway::DocumentReader",
                "this file was written by a newer Causeway (format version %1); this version reads up to %2")
                .arg(describe(m_version))
                .arg(CurrentFormatVersion));
        return false;
    }
    return true;
}

ReadResult Reader::finish()
{
    ReadResult result;
    m_errors = &m_all;
    if (!checkFormat()) {
        result.errors = m_all.takeErrors();
        return result;
    }
    DocumentContent &c = m_content;
    ObjectReader top(m_all, m_top, QString(),
        { "format", "version", "template", "incident", "people", "timeline", "nodes", "links",
            "differentEngineer", "actions", "lessons", "evidence", "sections" });
    c.templateId = top.enumValue<TemplateId>("template");
    readIncident(m_incident, c.incident);
    for (const ErrorCollector &errors : m_listErrors)
        m_all.append(errors);
    readSections(m_sections, c.sections);
    readAcknowledgements(m_acknowledgements, c.acknowledgements);
    // References are checked only on a well-formed file: with shape errors, indices could mislead.
    if (!m_all.failed())
        checkReferences(c);
    if (m_all.failed())
        result.errors = m_all.takeErrors();
    else
        result.content = std::move(c);
    return result;
}

} // namespace causeway::reading
